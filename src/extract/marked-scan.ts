// Scanning a text for a pattern only where a rare mark shows a match may be
// (the % of a percent, the 万/亿 of an amount), instead of trying the pattern
// at every digit and numeral of the text.

export interface MarkedScan {
  /** A global regex for the marks; every match of `pattern` holds one. */
  marks: RegExp;
  /** The pattern, sticky ('y'): tried at a position, not searched for. */
  pattern: RegExp;
  /** A character that may stand between a match's start and its first mark. */
  part: RegExp;
  /** A character a match may start with. */
  start: RegExp;
}

/**
 * The matches of `scan.pattern` as a global scan of the whole text would
 * find them (leftmost first, never overlapping). A match holds only `part`
 * characters before its first mark, so it starts in the run of them before a
 * mark, after the previous mark (whose own run was tried already): each
 * character is looked at a bounded number of times.
 */
export function* markedMatches(text: string, scan: MarkedScan): Generator<RegExpExecArray> {
  let lastEnd = 0;
  let previousMark = -1;
  for (const mark of text.matchAll(scan.marks)) {
    const at = mark.index!;
    const bound = Math.max(lastEnd, previousMark + 1);
    previousMark = at;
    if (at < lastEnd) continue;
    let from = at;
    while (from > bound && scan.part.test(text[from - 1]!)) from--;
    const match = firstMatchIn(text, scan, from, at);
    if (match) {
      lastEnd = match.index + match[0].length;
      yield match;
    }
  }
}

function firstMatchIn(text: string, scan: MarkedScan, from: number, to: number): RegExpExecArray | undefined {
  for (let at = from; at < to; at++) {
    if (!scan.start.test(text[at]!)) continue;
    scan.pattern.lastIndex = at;
    const match = scan.pattern.exec(text);
    if (match) return match;
  }
  return undefined;
}
