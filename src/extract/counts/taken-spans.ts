import type { DraftMention } from '../../model/mention';
import type { Span } from '../types';

// Spans already claimed by an earlier extractor (money, percent, date) or by
// an earlier match of this one: a later match may not overlap them.

/** Spans are filed in buckets of this many characters, so a lookup reads a few short lists, not every span. */
const BUCKET = 256;

export class TakenSpans {
  private readonly buckets = new Map<number, Span[]>();

  static fromMentions(mentions: readonly DraftMention[]): TakenSpans {
    return TakenSpans.of(mentions.map((m) => ({ start: m.cleanStart, end: m.cleanEnd })));
  }

  static of(spans: readonly Span[]): TakenSpans {
    const taken = new TakenSpans();
    for (const span of spans) taken.add(span);
    return taken;
  }

  add(span: Span): void {
    for (let b = bucketOf(span.start); b <= bucketOf(Math.max(span.start, span.end - 1)); b++) {
      let list = this.buckets.get(b);
      if (!list) this.buckets.set(b, (list = []));
      list.push(span);
    }
  }

  overlaps(start: number, end: number): boolean {
    for (let b = bucketOf(start); b <= bucketOf(Math.max(start, end - 1)); b++) {
      if (this.buckets.get(b)?.some((s) => s.start < end && start < s.end)) return true;
    }
    return false;
  }
}

function bucketOf(index: number): number {
  return Math.floor(index / BUCKET);
}

/** The spans of every match of `pattern` (a global regex) in `text`. */
export function spansOf(pattern: RegExp | undefined, text: string): Span[] {
  if (!pattern) return [];
  const spans: Span[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    spans.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return spans;
}
