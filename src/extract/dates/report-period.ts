import { allOf, oneOf, type RuleFileSpec, type RuleSet } from '../../rules/loader';
import { escapeRegex } from '../../util/alternation';

// A report on one year (a statistical bulletin, a work review) says so in
// its title: 2022年某县国民经济和社会发展统计公报, 2022年工作回顾. Its 年末,
// 上年 and 全年 are that year's, though it is published later (a bulletin on
// 2022 in 2023); and that publication year is better evidence of when it was
// written than the latest year it states.

export const DATE_REPORT_PERIOD_RULES: RuleFileSpec = {
  file: 'date-report-period.tsv',
  columns: ['word', 'published', 'governs'],
  check: allOf(oneOf('governs', ['yes', 'no']), (row) => (/^[0-9]$/.test(row.cells.published ?? '') ? undefined : 'column "published" must be a number of years, 0-9')),
};

/** How much of the text's start a title may be found in. */
const TITLE_CHARS = 300;
/** A title is a short line; a longer one is a sentence that may only cite a report. */
const TITLE_MAX_LENGTH = 60;

export interface ReportPeriod {
  /** The year the report is on. */
  year: number;
  /** The year it was most likely published. */
  published: number;
  /** The whole text is about that year: it governs the text's 年末, 上年 and month-days. */
  governs: boolean;
}

export class ReportPeriodFinder {
  private readonly title: RegExp;
  private readonly words: ReadonlyMap<string, { published: number; governs: boolean }>;

  constructor(rules: RuleSet) {
    const rows = rules.load(DATE_REPORT_PERIOD_RULES);
    this.words = new Map(rows.map((row) => [row.cells.word!, { published: Number(row.cells.published), governs: row.cells.governs === 'yes' }]));
    const words = rows.map((row) => escapeRegex(row.cells.word!)).join('|') || '(?!)';
    // A line of its own: the year, then the report's word, with no sentence break between.
    this.title = new RegExp(`^[^\\n]{0,30}?(?<![\\d.])((?:19|20)\\d{2})\\s*年度?[^\\n。，,；;！？]{0,40}?(${words})[^\\n。，,；;！？]*$`, 'm');
  }

  /** The report period a title line near the top declares, if any. */
  find(text: string): ReportPeriod | undefined {
    const head = text.length > TITLE_CHARS ? text.slice(0, TITLE_CHARS) : text;
    const m = this.title.exec(head);
    if (!m) return undefined;
    const lineStart = head.lastIndexOf('\n', m.index) + 1;
    const lineEnd = head.indexOf('\n', m.index);
    if ((lineEnd < 0 ? head.length : lineEnd) - lineStart > TITLE_MAX_LENGTH) return undefined;
    const year = Number(m[1]);
    const word = this.words.get(m[2]!)!;
    return { year, published: year + word.published, governs: word.governs };
  }
}
