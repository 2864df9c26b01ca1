import type { DraftMention } from '../../model/mention';
import type { Span } from '../types';

// Spans already claimed by an earlier extractor (money, percent, date) or by
// an earlier match of this one: a later match may not overlap them.

export class TakenSpans {
  private readonly spans: Span[] = [];

  static fromMentions(mentions: readonly DraftMention[]): TakenSpans {
    const taken = new TakenSpans();
    for (const m of mentions) taken.add({ start: m.cleanStart, end: m.cleanEnd });
    return taken;
  }

  add(span: Span): void {
    this.spans.push(span);
  }

  overlaps(start: number, end: number): boolean {
    return this.spans.some((s) => s.start < end && start < s.end);
  }
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
