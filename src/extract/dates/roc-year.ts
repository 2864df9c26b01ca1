// Years of the Republic of China calendar, as Taiwan's official pages write
// them (中华民国111年4月26日, 民国38年, 106年7月25日): the year is the ROC
// year plus 1911. A bare three-digit year (100 to 199) is one with its month,
// or alone (115年度) or as a span of years (104-107年, 113年至115年) in a
// text of Taiwan (the caller decides): elsewhere a
// number and 年 alone (历经106年) stays a length of time, and so does one
// after a word of founding or of time passed (建党100年7月1日).

const GAP = '[ \\t\\u3000]*';

/** Chinese digits by their value; ○ and 零, not listed, are 0 as 〇 is. */
const CHINESE_DIGIT_VALUES = '〇一二三四五六七八九';

/** The offset from an ROC year to the Gregorian one (民国1年 is 1912). */
const ROC_EPOCH = 1911;

/**
 * Regex source (global: use with matchAll) of an ROC date. Groups: era (民国 written), eraYear or
 * bareYear (and bareYearTo, the second end of a span of bare years), month, day. `ageBefore`: the pattern of words before a bare three-digit year that make it
 * an age or a length of time (建党, 历经; date-context.tsv role roc-age-before).
 */
export function rocDateSource(ageBefore: string): string {
  return (
    `(?:(?<era>(?:中华)?民[国國])${GAP}(?<eraYear>\\d{1,3})|(?<![\\d.．])(?<!(?:${ageBefore}))(?<bareYear>1\\d{2})` +
    `(?:(?:${GAP}年度?)?${GAP}[-–—~～至到]${GAP}(?<bareYearTo>1\\d{2}))?` +
    `|(?<![〇○零一二三四五六七八九十])(?<bareYearChinese>一[〇○零一二三四五六七八九]{2}))(?!\\d)${GAP}年` +
    `(?:${GAP}(?<month>\\d{1,2})${GAP}月(?:${GAP}(?<day>\\d{1,2})${GAP}[日号])?)?`
  );
}

/**
 * A line that is only a bare ROC date with its month and day (114年01月13日), as Taiwan's official
 * pages date themselves: a year 100 to 199 with a month and a day is no length of time, and marks
 * a text of Taiwan as taiwan-text's words do.
 */
export const ROC_DAY_LINE = /^[ \t\u3000（(]*1\d{2}[ \t\u3000]*年[ \t\u3000]*\d{1,2}[ \t\u3000]*月[ \t\u3000]*\d{1,2}[ \t\u3000]*[日号]?[ \t\u3000）)]*$/m;

/** The Gregorian year of an ROC year (97 → 2008). */
export function rocYear(year: number): number {
  return year + ROC_EPOCH;
}

export interface RocDate {
  year: number;
  /** The last year of a span of years (104-107年 → 2018). */
  yearTo?: number;
  month?: number;
  day?: number;
}

/**
 * The Gregorian date of one rocDateSource match, or undefined where it is none (a bare year without its
 * month, unless `yearAlone` allows it).
 */
export function readRocDate(m: RegExpMatchArray, yearAlone = false): RocDate | undefined {
  const g = m.groups!;
  const month = g.month === undefined ? undefined : Number(g.month);
  const day = g.day === undefined ? undefined : Number(g.day);
  // 一一四年度: a bare year written digit by digit in Chinese, as Taiwan's papers print it, is read as 114.
  const bareYear = g.bareYear ?? (g.bareYearChinese === undefined ? undefined : [...g.bareYearChinese].map((c) => Math.max(0, CHINESE_DIGIT_VALUES.indexOf(c))).join(''));
  if (bareYear !== undefined && month === undefined && !yearAlone) return undefined;
  if (g.bareYearTo !== undefined) {
    // A span of years has no month of its own (104-107年6月 is no span this reads), and runs forward.
    const to = Number(g.bareYearTo);
    if (month !== undefined || to <= Number(g.bareYear)) return undefined;
    return { year: Number(g.bareYear) + ROC_EPOCH, yearTo: to + ROC_EPOCH };
  }
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && (day < 1 || day > 31)) return undefined;
  const written = Number(g.eraYear ?? bareYear);
  if (written < 1) return undefined;
  return { year: rocYear(written), month, day };
}
