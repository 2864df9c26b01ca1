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
 * the characters it covers.
 */
export function settleOverlaps(drafts: readonly DraftMention[], priorityOf: (type: string) => number): Settled {
  const byPriority = drafts
    .map((mention, index) => ({ mention, index, priority: priorityOf(mention.type) }))
    .sort((a, b) => b.priority - a.priority || a.index - b.index);
  const owner = new Map<number, DraftMention>();
  const keptIndexes = new Set<number>();
  const dropped: Dropped[] = [];
  for (const { mention, index } of byPriority) {
    const rival = firstRival(mention, owner);
    if (rival) {
      dropped.push({ mention, by: rival });
      continue;
    }
    keptIndexes.add(index);
    for (let i = mention.cleanStart; i < mention.cleanEnd; i++) if (!owner.has(i)) owner.set(i, mention);
  }
  return { kept: drafts.filter((_, index) => keptIndexes.has(index)), dropped };
}

function firstRival(mention: DraftMention, owner: ReadonlyMap<number, DraftMention>): DraftMention | undefined {
  for (let i = mention.cleanStart; i < mention.cleanEnd; i++) {
    const other = owner.get(i);
    if (other && other.type !== mention.type) return other;
  }
  return undefined;
}
