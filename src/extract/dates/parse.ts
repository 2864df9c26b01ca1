import { parseChineseNumber } from '../numbers';

// Reads one written date phrase (2023年9月24日, 今年7月, 9月14日至18日,
// 2012—2017年) from a position in the text, without resolving it: a year may
// still be a relative word and a month-day may still lack its year.

/** The year part of a date as written. */
export type YearRef = { kind: 'absolute'; year: number } | { kind: 'relative'; word: string };

export type DateLevel = 'year' | 'month' | 'day';

export interface DatePoint {
  start: number;
  end: number;
  year?: YearRef;
  month?: number;
  day?: number;
  /** 上半年/下半年 (half) or a quarter (season) of the year. */
  part?: 'half' | 'season';
  last: DateLevel;
  /** The last component was written without its unit (2012 in 2012—2017年, 1 in 今年1—6月). */
  unitMissing: boolean;
}

export interface ParsedDate {
  start: number;
  end: number;
  from: DatePoint;
  /** The second end of a span written as one phrase (2018年至2020年). */
  to?: DatePoint;
}

const GAP = '[ \\t\\u3000]*';
/** ○ (a circle) stands for 〇 in much OCR'd and typed text: 二○二三年. */
const CHINESE_YEAR_DIGITS = '[〇○零一二三四五六七八九]{4}';
const MONTH_NUMBER = '\\d{1,2}|十[一二]?|[一二三四五六七八九]';
const DAY_NUMBER = '\\d{1,2}|三十一?|[二]?十[一二三四五六七八九]?|[一二三四五六七八九]';

/** Characters after a bare number that show it is not a day (16个项目, 16万元, 16.5). */
const NOT_A_BARE_DAY = /^[\d.%万亿千百十余多来个名次件项人批届期元岁年月日号时点分秒天周]/;

export class DatePhraseParser {
  private readonly arabicYear = new RegExp(`(\\d{4})(?!\\d)(?:${GAP}(年))?`, 'y');
  private readonly chineseYear = new RegExp(`(${CHINESE_YEAR_DIGITS})${GAP}年`, 'y');
  private readonly relativeYear: RegExp;
  private readonly yearPart = new RegExp(`${GAP}(上半年|下半年|前三季度|第?[一二三四1-4]季度)`, 'y');
  private readonly month = new RegExp(`${GAP}(${MONTH_NUMBER})(?:${GAP}(月份|月))?`, 'y');
  private readonly day = new RegExp(`${GAP}(${DAY_NUMBER})(?:${GAP}([日号]))?`, 'y');
  private readonly connector = new RegExp(`${GAP}(?:——|—|–|－|-|~|～|至|到)${GAP}`, 'y');
  private readonly standalonePart = /(上半年|下半年)/y;

  /** `relativeYearWords`: 今年, 去年, 当年 … (words whose anchor is a year). */
  constructor(relativeYearWords: readonly string[]) {
    const words = [...relativeYearWords].sort((a, b) => b.length - a.length);
    this.relativeYear = new RegExp(`(${words.join('|') || '(?!)'})`, 'y');
  }

  /** Parses the phrase starting exactly at `at`, or returns undefined. */
  parse(text: string, at: number): ParsedDate | undefined {
    const from = this.readPoint(text, at, undefined);
    if (!from) return undefined;
    const to = this.readSpanEnd(text, from);
    if (to) return { start: from.start, end: to.end, from, to };
    const settled = this.settleWithoutSpan(text, from);
    return settled ? { start: settled.start, end: settled.end, from: settled } : undefined;
  }

  /**
   * Reads year, month and day in order. `after` is the first end of a span
   * when reading its second end: the second end may start at any level
   * below the year (9月14日至18日).
   */
  private readPoint(text: string, at: number, after: DatePoint | undefined): DatePoint | undefined {
    const year = this.readYear(text, at);
    if (year) {
      const point: DatePoint = { start: at, end: year.end, year: year.ref, last: 'year', unitMissing: !year.hasUnit };
      if (!year.hasUnit) return point;
      const part = this.match(this.yearPart, text, point.end);
      if (part) return { ...point, end: part.end, part: part.groups[1]!.includes('半') ? 'half' : 'season' };
      return this.readMonthAndDay(text, point);
    }
    if (after && after.last === 'day' && after.month !== undefined) {
      // A span's second end may be a day alone (9月14日至18日) or a month and day (9月24日至10月2日).
      const day = this.readDay(text, at, false);
      if (day && !day.unitMissing) return { start: at, end: day.end, day: day.value, last: 'day', unitMissing: false };
    }
    const part = this.match(this.standalonePart, text, at);
    if (part) return { start: at, end: part.end, part: 'half', last: 'year', unitMissing: false };
    return this.readMonthAndDay(text, { start: at, end: at, last: 'year', unitMissing: false });
  }

  private readMonthAndDay(text: string, point: DatePoint): DatePoint | undefined {
    const month = this.match(this.month, text, point.end);
    const monthValue = month ? parseSmallNumber(month.groups[1]!) : undefined;
    const noYear = point.year === undefined;
    if (!month || monthValue === undefined || monthValue < 1 || monthValue > 12) return noYear ? undefined : point;
    const monthUnit = month.groups[2];
    const chineseMonth = !/\d/.test(month.groups[1]!);
    if (!monthUnit) {
      // 今年1—6月: the month's unit comes after the span's second end.
      return this.connectorAt(text, month.end) ? { ...point, end: month.end, month: monthValue, last: 'month', unitMissing: true } : noYear ? undefined : point;
    }
    const withMonth: DatePoint = { ...point, end: month.end, month: monthValue, last: 'month', unitMissing: false };
    const day = this.readDay(text, withMonth.end, point.year !== undefined && monthUnit === '月');
    if (!day || day.value > 31) {
      // A Chinese month alone (五月) is too often not a date; it needs a year or a day.
      return noYear && chineseMonth ? undefined : withMonth;
    }
    return { ...withMonth, end: day.end, day: day.value, last: 'day', unitMissing: day.unitMissing };
  }

  /**
   * A day with 日/号, or (after a full year and month) a bare Arabic day
   * (2021年4月16集中开工), or one whose unit follows a span connector.
   */
  private readDay(text: string, at: number, bareAllowed: boolean): { value: number; end: number; unitMissing: boolean } | undefined {
    const day = this.match(this.day, text, at);
    if (!day) return undefined;
    const value = parseSmallNumber(day.groups[1]!);
    if (value === undefined || value < 1 || value > 31) return undefined;
    if (day.groups[2]) return { value, end: day.end, unitMissing: false };
    if (!/^\d+$/.test(day.groups[1]!)) return undefined;
    if (this.connectorAt(text, day.end)) return { value, end: day.end, unitMissing: true };
    const next = text.slice(day.end, day.end + 1);
    if (bareAllowed && next !== '' && !NOT_A_BARE_DAY.test(next)) return { value, end: day.end, unitMissing: false };
    return undefined;
  }

  private readYear(text: string, at: number): { ref: YearRef; end: number; hasUnit: boolean } | undefined {
    const relative = this.match(this.relativeYear, text, at);
    if (relative) return { ref: { kind: 'relative', word: relative.groups[1]! }, end: relative.end, hasUnit: true };
    const chinese = this.match(this.chineseYear, text, at);
    if (chinese) {
      const digits = chinese.groups[1]!.replace(/○/g, '〇');
      return { ref: { kind: 'absolute', year: parseChineseNumber(digits)! }, end: chinese.end, hasUnit: true };
    }
    const arabic = this.match(this.arabicYear, text, at);
    if (!arabic) return undefined;
    const year = Number(arabic.groups[1]);
    if (year < 1000 || year > 2199) return undefined;
    const hasUnit = arabic.groups[2] !== undefined;
    return { ref: { kind: 'absolute', year }, end: hasUnit ? arabic.end : at + 4, hasUnit };
  }

  /** The second end of a span (2012—2017年, 9月14日至18日), if one follows. */
  private readSpanEnd(text: string, from: DatePoint): DatePoint | undefined {
    const connector = this.connectorAt(text, from.end);
    if (!connector || from.part) return undefined;
    const to = this.readPoint(text, connector, from);
    if (!to || to.unitMissing || to.part) return undefined;
    const toFirst: DateLevel = to.year ? 'year' : to.month !== undefined ? 'month' : 'day';
    // Without units, the first end must be completed by the second: 2012—2017年, 1—6月.
    if (from.unitMissing && toFirst !== from.last) return undefined;
    if (!from.unitMissing && levelRank(toFirst) > levelRank(from.last)) return undefined;
    if (levelRank(to.last) !== levelRank(from.last)) return undefined;
    if (from.year === undefined && to.year !== undefined) return undefined;
    return to;
  }

  /** A point whose last unit was missing and which starts no span: drop the unfinished part. */
  private settleWithoutSpan(text: string, point: DatePoint): DatePoint | undefined {
    if (!point.unitMissing) return point;
    if (point.last === 'year') return point; // a bare year: the caller decides (2023西藏文化青岛行, 2021、2022年)
    if (point.last === 'day') return { ...point, day: undefined, last: 'month', end: this.monthEnd(text, point), unitMissing: false };
    // A month without 月 that starts no span: keep only the year before it.
    if (point.year === undefined) return undefined;
    const year = this.readYear(text, point.start)!;
    return { start: point.start, end: year.end, year: year.ref, last: 'year', unitMissing: false };
  }

  private monthEnd(text: string, point: DatePoint): number {
    const year = point.year ? this.readYear(text, point.start) : undefined;
    const month = this.match(this.month, text, year ? year.end : point.start);
    return month ? month.end : point.end;
  }

  private connectorAt(text: string, at: number): number | undefined {
    return this.match(this.connector, text, at)?.end;
  }

  private match(pattern: RegExp, text: string, at: number): { groups: RegExpExecArray; end: number } | undefined {
    pattern.lastIndex = at;
    const m = pattern.exec(text);
    return m ? { groups: m, end: at + m[0].length } : undefined;
  }
}

function levelRank(level: DateLevel): number {
  return level === 'year' ? 0 : level === 'month' ? 1 : 2;
}

function parseSmallNumber(text: string): number | undefined {
  return /^\d+$/.test(text) ? Number(text) : parseChineseNumber(text);
}

/** ISO 8601 text of a resolved point at its level. */
export function isoDate(year: number, month?: number, day?: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (month === undefined) return String(year);
  if (day === undefined) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}
