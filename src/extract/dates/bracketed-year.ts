// Taiwan's official style writes the year or month a relative word means in
// brackets inside it: 去(2023)年, 今（2024）年, 明(2025)年, 本(5)月. The figure
// in brackets is the date; the word only says how it relates to today.

const GAP = '[ \\t\\u3000]*';

/**
 * Regex source (global: use with matchAll) of a bracketed year or month. Groups: year (去(2023)年) or
 * month (本(5)月). `endsAnotherWord`: the pattern of characters before 前, 今, 本, 明, 去 that make them
 * end another word (目前, 如今, 成本, 说明, 过去; date-context.tsv role bracketed-word-end).
 */
export function bracketedYearSource(endsAnotherWord: string): string {
  return `(?<!(?:${endsAnotherWord}))[今去明前本][（(]${GAP}(?:(?<year>\\d{4})${GAP}[）)]年|(?<month>\\d{1,2})${GAP}[）)]月)`;
}

export interface BracketedDate {
  /** The year written in the brackets, when the word is a year's. */
  year?: number;
  /** The month written in the brackets (本(5)月): of the reference year. */
  month?: number;
}

/** The date one bracketedYearSource match writes, or undefined where the figure is none (本(13)月). */
export function readBracketedDate(m: RegExpMatchArray): BracketedDate | undefined {
  const g = m.groups!;
  if (g.year !== undefined) {
    const year = Number(g.year);
    return year >= 1900 && year <= 2199 ? { year } : undefined;
  }
  const month = Number(g.month);
  if (!m[0].startsWith('本') || month < 1 || month > 12) return undefined;
  return { month };
}
