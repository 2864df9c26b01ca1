// Scanning a text for a pattern only where a rare mark shows a match may be
// (the % of a percent, the 万/亿 of an amount), instead of trying the pattern
// at every digit and numeral of the text.

export interface MarkedScan {
  /** A global regex for the marks; every match of `pattern` holds one. */
  marks: RegExp;
  /** The pattern, sticky ('y'): tried at a position, not searched for. */
  pattern: RegExp;
  /** The characters that may stand between a match's start and its first mark. */
  part: ReadonlySet<string>;
  /** The characters a match may start with. */
  start: ReadonlySet<string>;
}

/** The white space characters of a regex's \\s, for a `part` set. */
export const REGEX_SPACES = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
export const ASCII_DIGITS = '0123456789';

/** A set of the characters of the strings (a character class looked up without a regex call per character). */
export function charSet(...chars: string[]): ReadonlySet<string> {
  return new Set(chars.join(''));
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
  // exec on the shared regex, not matchAll (which copies the regex on every call).
  scan.marks.lastIndex = 0;
  for (let mark = scan.marks.exec(text); mark; mark = scan.marks.exec(text)) {
    const at = mark.index;
    const bound = Math.max(lastEnd, previousMark + 1);
    previousMark = at;
    if (at < lastEnd) continue;
    let from = at;
    while (from > bound && scan.part.has(text[from - 1]!)) from--;
    const match = firstMatchIn(text, scan, from, at);
    if (match) {
      lastEnd = match.index + match[0].length;
      yield match;
    }
  }
}

function firstMatchIn(text: string, scan: MarkedScan, from: number, to: number): RegExpExecArray | undefined {
  for (let at = from; at < to; at++) {
    if (!scan.start.has(text[at]!)) continue;
    scan.pattern.lastIndex = at;
    const match = scan.pattern.exec(text);
    if (match) return match;
  }
  return undefined;
}
