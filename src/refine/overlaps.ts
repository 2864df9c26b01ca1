import type { DraftMention } from '../model/mention';

// The refine stage (chrono's refiners): the extractors propose mentions, and
// here one rule settles where mentions of different types overlap: the type
// of higher priority (its descriptor's) stays, and the other is dropped with
// the reason recorded for `zhextract explain`. Overlaps within one type are
// the extractor's own business (黄渤海 → 黄海 and 渤海) and stay.

export interface Dropped {
  mention: DraftMention;
  /** The mention of higher priority it overlapped. */
  by: DraftMention;
}

export interface Settled {
  kept: DraftMention[];
  dropped: Dropped[];
}

/**
 * Keeps, of every set of overlapping mentions of different types, those of
 * the highest priority. Linear in the text covered: each kept mention marks
 * the characters it covers in one typed array.
 */
export function settleOverlaps(
  drafts: readonly DraftMention[],
  priorityOf: (type: string) => number,
  covers: (type: string, other: string) => boolean = () => false,
): Settled {
  if (drafts.length < 2) return { kept: drafts.slice(), dropped: [] };
  const order = drafts.map((_, index) => index);
  const priority = drafts.map((d) => priorityOf(d.type));
  order.sort((a, b) => priority[b]! - priority[a]! || a - b);
  // owner[i]: index of the kept mention covering character i of the cleaned text, or -1.
  let end = 0;
  for (const d of drafts) if (d.cleanEnd > end) end = d.cleanEnd;
  const owner = new Int32Array(end).fill(-1);
  const kept = new Uint8Array(drafts.length);
  const dropped: Dropped[] = [];
  for (const index of order) {
    const mention = drafts[index]!;
    let rival = firstRival(mention, drafts, owner);
    // A mention covering a kept rival's whole span and more, of a type it covers, takes the rival's place.
    while (rival !== -1 && coversWhole(mention, drafts[rival]!) && covers(mention.type, drafts[rival]!.type)) {
      kept[rival] = 0;
      dropped.push({ mention: drafts[rival]!, by: mention });
      for (let i = drafts[rival]!.cleanStart; i < drafts[rival]!.cleanEnd; i++) if (owner[i] === rival) owner[i] = -1;
      rival = firstRival(mention, drafts, owner);
    }
    if (rival !== -1) {
      dropped.push({ mention, by: drafts[rival]! });
      continue;
    }
    kept[index] = 1;
    for (let i = mention.cleanStart; i < mention.cleanEnd; i++) if (owner[i] === -1) owner[i] = index;
  }
  return { kept: drafts.filter((_, index) => kept[index] === 1), dropped };
}

/** The index of the first kept mention of another type under `mention`, or -1. */
function firstRival(mention: DraftMention, drafts: readonly DraftMention[], owner: Int32Array): number {
  for (let i = mention.cleanStart; i < mention.cleanEnd; i++) {
    const other = owner[i]!;
    if (other !== -1 && drafts[other]!.type !== mention.type) return other;
  }
  return -1;
}

/** `mention` spans all of `other` and more. */
function coversWhole(mention: DraftMention, other: DraftMention): boolean {
  return mention.cleanStart <= other.cleanStart && other.cleanEnd <= mention.cleanEnd && mention.cleanEnd - mention.cleanStart > other.cleanEnd - other.cleanStart;
}
