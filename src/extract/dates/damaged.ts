import { newPoint, type DatePoint } from './parse';
import type { FoundDate } from './resolve';
import { trieRegex, type DateRules } from './rules';

// Dates a page lost one character of (a mirror drops 年, 月 or a dash as it
// re-encodes the text), read only where the digits left allow one reading:
//   20168月 (2016年8月): a year of this century glued to its month;
//   截至430日 (截至4月30日): a month-day glued after a word that opens a day
//     (rules/date-context.tsv, damaged-day-before), never after a count (历时430日);
//     or opening its sentence as its own time clause (。915日，副市长…: 9月15日);
//   今年14月 (今年1-4月): the months from January, the run a year's figures
//     are summed over; 今年12月 stays December, so only 13 to 19 and 110 to 112.
// Three patterns, each led by the characters it needs (19/20, the cue word,
// the year word), so that a scan of the text stays cheap.

type NewFound = (start: number, end: number, rule: string, extra: Partial<FoundDate>) => FoundDate;

/** 20168月: a year and its month, with no digit or point before. */
const YEAR_MONTH_GLUED = /((?:19|20)\d{2})(1[0-2]|[1-9])月/g;
const NUMBER_BEFORE = /[\d.]/;
/** 。915日，…: a month-day that lost its 月, opening its sentence (or line) and closed by a comma as its own time clause. */
const MONTH_DAY_OPENING_CLAUSE = /(?<=^|[\n。！？!?])[ \t\u3000]*(1[0-2]|[1-9])(0[1-9]|[12]\d|3[01])日(?=[，,])/g;

export class DamagedDateFinder {
  private readonly monthDay: RegExp;
  private readonly firstMonths: RegExp;
  private readonly relativeYears: ReadonlySet<string>;

  constructor(rules: DateRules) {
    const years = [...rules.relativeWords].filter(([, w]) => w.anchor === 'reference').map(([word]) => word);
    this.relativeYears = new Set(years);
    this.monthDay = new RegExp(`(?:${rules.context('damaged-day-before').pattern})(1[0-2]|[1-9])(0[1-9]|[12]\\d|3[01])日`, 'g');
    this.firstMonths = new RegExp(`(${trieRegex(years)})1([3-9]|1[0-2])月`, 'g');
  }

  find(text: string, newFound: NewFound): FoundDate[] {
    const found: FoundDate[] = [];
    const push = (start: number, end: number, point: DatePoint) => found.push(newFound(start, end, 'date.damaged', { phrase: { start, end, from: point, readTo: end } }));
    for (const m of text.matchAll(YEAR_MONTH_GLUED)) {
      const start = m.index!;
      if (start > 0 && NUMBER_BEFORE.test(text[start - 1]!)) continue;
      const end = start + m[0].length;
      push(start, end, newPoint(start, end, { kind: 'absolute', year: Number(m[1]) }, Number(m[2]), undefined, 'month', false));
    }
    for (const m of [...text.matchAll(this.monthDay), ...text.matchAll(MONTH_DAY_OPENING_CLAUSE)]) {
      const end = m.index! + m[0].length;
      const start = end - m[1]!.length - m[2]!.length - 1;
      push(start, end, newPoint(start, end, undefined, Number(m[1]), Number(m[2]), 'day', false));
    }
    for (const m of text.matchAll(this.firstMonths)) {
      if (!this.relativeYears.has(m[1]!)) continue;
      const start = m.index!;
      const end = start + m[0].length;
      const point = newPoint(start, end, { kind: 'relative', word: m[1]! }, undefined, undefined, 'year', false);
      push(start, end, { ...point, part: { from: 1, to: Number(m[2]), standalone: false, notBefore: '' } });
    }
    return found;
  }
}
