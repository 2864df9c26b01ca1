// Taiwan's official style writes the year or month a relative word means in
// brackets inside it: 去(2023)年, 今（2024）年, 明(2025)年, 本(5)月, and today's
// month and day inside 今 (今(4/22), 今(4/10)日). The figure in brackets is the
// date; the word only says how it relates to today.

const GAP = '[ \\t\\u3000]*';

/**
 * Regex source (global: use with matchAll) of a bracketed year or month. Groups: year (去(2023)年) or
 * month (本(5)月). `endsAnotherWord`: the pattern of characters before 前, 今, 本, 明, 去 that make them
 * end another word (目前, 如今, 成本, 说明, 过去; date-context.tsv role bracketed-word-end).
 */
export function bracketedYearSource(endsAnotherWord: string): string {
  return (
    `(?<!(?:${endsAnotherWord}))(?:[今去明前本][（(]${GAP}(?:(?<year>\\d{4})${GAP}[）)]年|(?<month>\\d{1,2})${GAP}[）)]月)` +
    `|今[（(]${GAP}(?<todayMonth>\\d{1,2})${GAP}[/／]${GAP}(?<todayDay>\\d{1,2})${GAP}[）)]日?)`
  );
}

export interface BracketedDate {
  /** The year written in the brackets, when the word is a year's. */
  year?: number;
  /** The month written in the brackets (本(5)月, 今(4/22)): of the reference year. */
  month?: number;
  /** The day of the month written in the brackets with its month (今(4/22)): today. */
  day?: number;
}

/** The date one bracketedYearSource match writes, or undefined where the figure is none (本(13)月). */
export function readBracketedDate(m: RegExpMatchArray): BracketedDate | undefined {
  const g = m.groups!;
  if (g.year !== undefined) {
    const year = Number(g.year);
    return year >= 1900 && year <= 2199 ? { year } : undefined;
  }
  if (g.todayMonth !== undefined) {
    const [month, day] = [Number(g.todayMonth), Number(g.todayDay)];
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { month, day } : undefined;
  }
  const month = Number(g.month);
  if (!m[0].startsWith('本') || month < 1 || month > 12) return undefined;
  return { month };
}
