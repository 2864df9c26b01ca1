import { newPoint, type DatePoint } from './parse';
import type { FoundDate } from './resolve';
import { trieRegex, type DateRules } from './rules';

// Dates a page lost one character of (a mirror drops 年, 月 or a dash as it
// re-encodes the text), read only where the digits left allow one reading:
//   20168月 (2016年8月): a year of this century glued to its month;
//   截至430日 (截至4月30日): a month-day glued after a word that opens a day
//     (rules/date-context.tsv, damaged-day-before), never after a count (历时430日);
//   今年14月 (今年1-4月): the months from January, the run a year's figures
//     are summed over; 今年12月 stays December, so only 13 to 19 and 110 to 112.

export class DamagedDateFinder {
  private readonly pattern: RegExp;
  private readonly relativeYears: ReadonlySet<string>;

  constructor(rules: DateRules) {
    const dayCues = rules.context('damaged-day-before').pattern;
    const years = [...rules.relativeWords].filter(([, w]) => w.anchor === 'reference').map(([word]) => word);
    this.relativeYears = new Set(years);
    const yearWords = trieRegex(years);
    this.pattern = new RegExp(
      [
        `(?<![\\d.])((?:19|20)\\d{2})(1[0-2]|[1-9])月`,
        `(?<=(?:${dayCues}))(1[0-2]|[1-9])(0[1-9]|[12]\\d|3[01])日`,
        `(${yearWords})1([3-9]|1[0-2])月`,
      ].join('|'),
      'g',
    );
  }

  find(text: string, newFound: (start: number, end: number, rule: string, extra: Partial<FoundDate>) => FoundDate): FoundDate[] {
    const found: FoundDate[] = [];
    for (const m of text.matchAll(this.pattern)) {
      const start = m.index!;
      const end = start + m[0].length;
      const point = this.pointOf(m, start, end);
      if (point) found.push(newFound(start, end, 'date.damaged', { phrase: { start, end, from: point, readTo: end } }));
    }
    return found;
  }

  private pointOf(m: RegExpMatchArray, start: number, end: number): DatePoint | undefined {
    if (m[1]) return newPoint(start, end, { kind: 'absolute', year: Number(m[1]) }, Number(m[2]), undefined, 'month', false);
    if (m[3]) return newPoint(start, end, undefined, Number(m[3]), Number(m[4]), 'day', false);
    if (!m[5] || !this.relativeYears.has(m[5])) return undefined;
    const point = newPoint(start, end, { kind: 'relative', word: m[5] }, undefined, undefined, 'year', false);
    return { ...point, part: { from: 1, to: Number(m[6]), standalone: false, notBefore: '' } };
  }
}
