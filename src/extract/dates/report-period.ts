import { allOf, oneOf, type RuleFileSpec, type RuleSet } from '../../rules/loader';
import { alternation, escapeRegex } from '../../util/alternation';
import { loadDateRules, type ContextRole, type DateRules, type WordList } from './rules';

// A report on one year (a statistical bulletin, a work review) says so in
// its title: 2022年某县国民经济和社会发展统计公报, 2022年工作回顾; or a lead
// quotes it after (某公司发布2022年年度报告，报告中的要点如下：). Its 年末,
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

/** A review of a year gone by without a title (2021年是…之年, 全年…, 比上年…) came out the year after. */
const SUMMED_YEAR_PUBLISHED = 1;

export class ReportPeriodFinder {
  private readonly title: RegExp;
  private readonly quotedReport: RegExp;
  /** 来源： opening a line: it cites a report (来源：某省统计局2014年统计公报), it is no title. */
  private readonly sourceLabel: WordList;
  private readonly words: ReadonlyMap<string, { published: number; governs: boolean }>;
  private readonly summed: SummedYearPatterns;

  constructor(rules: RuleSet, dates: DateRules = loadDateRules(rules)) {
    this.summed = summedYearPatterns(dates);
    this.sourceLabel = dates.context('source-label');
    const rows = rules.load(DATE_REPORT_PERIOD_RULES);
    this.words = new Map(rows.map((row) => [row.cells.word!, { published: Number(row.cells.published), governs: row.cells.governs === 'yes' }]));
    const words = rows.map((row) => escapeRegex(row.cells.word!)).join('|') || '(?!)';
    // A line of its own: the year, then the report's word, with no sentence break between.
    // 发布2024年年度报告，报告中的…如下：: the text goes on with the report itself.
    this.quotedReport = new RegExp(`(?<![\\d.])((?:19|20)\\d{2})\\s*(?:年度?)?(${words})[^\\n。；;！？]{0,24}?如下\\s*[:：]`);
    this.title = new RegExp(`^[^\\n]{0,30}?(?<![\\d.])((?:19|20)\\d{2})\\s*年度?[^\\n。，,；;！？]{0,40}?(${words})[^\\n。，,；;！？]*$`, 'm');
  }

  /**
   * The period that governs the text's 年末 and 上年: the one its title
   * declares, else the year a text without a title sums up (see summedYear).
   */
  governing(text: string): ReportPeriod | undefined {
    const titled = this.find(text);
    if (titled) return titled;
    const year = this.summedYear(text);
    return year === undefined ? undefined : { year, published: year + SUMMED_YEAR_PUBLISHED, governs: true };
  }

  /**
   * The year a text sums up (2022年是…之年; or opens its first sentence with,
   * 2022年，…; or ends its charts' series with, 图2：2018—2022年…) while it
   * gives that year's figures whole (全年…, 比上年…) and never calls any year
   * 今年: it reviews a year gone by, as a bulletin or a work report without
   * its title does.
   */
  summedYear(text: string): number | undefined {
    const s = this.summed;
    // The cheap tests first (most texts call some year 今年); the year's sentence last.
    if (s.thisYearWord.test(text) || !s.priorYearComparison.test(text) || !s.wholeYearFigures.test(text)) return undefined;
    // 2021年，在县委…的坚强领导下，…: a bulletin's lead opens with its year; 图4：2017—2021年…增长速度: its charts end with it.
    const m = s.yearSummed.exec(text) ?? YEAR_OPENING_TEXT.exec(text) ?? CHART_SPAN_CAPTION.exec(text);
    return m ? Number(m[1]) : undefined;
  }

  /** The report period a title line near the top declares, or a lead that quotes the report after it, if any. */
  find(text: string): ReportPeriod | undefined {
    const head = text.length > TITLE_CHARS ? text.slice(0, TITLE_CHARS) : text;
    const quoted = head.includes('如下') ? this.quotedReport.exec(head) : null;
    if (quoted) return this.periodOf(quoted);
    const m = this.title.exec(head);
    if (!m) return undefined;
    const lineStart = head.lastIndexOf('\n', m.index) + 1;
    const lineEnd = head.indexOf('\n', m.index);
    if ((lineEnd < 0 ? head.length : lineEnd) - lineStart > TITLE_MAX_LENGTH) return undefined;
    if (this.sourceLabel.starts(head.slice(lineStart, m.index + m[0].length).trimStart()) !== undefined) return undefined;
    return this.periodOf(m);
  }

  /** The period of a match with the year in group 1 and the report's word in group 2. */
  private periodOf(m: RegExpExecArray): ReportPeriod {
    const year = Number(m[1]);
    const word = this.words.get(m[2]!)!;
    return { year, published: year + word.published, governs: word.governs };
  }
}

/** A text whose first sentence opens with a year and a comma (2021年，全县上下…): the year in group 1. */
const YEAR_OPENING_TEXT = /^[\s\u3000]*((?:19|20)\d{2})\s*年\s*[，,]/;
/** A chart's caption on a line of its own (图4：2017—2021年固定资产投资增长速度): its last year in group 1. */
const CHART_SPAN_CAPTION = /(?:^|\n)[ \t\u3000]*图\s*\d{1,2}\s*[：:]?\s*(?:19|20)\d{2}\s*年?\s*[-–—~～至]{1,2}\s*((?:19|20)\d{2})\s*年/;

interface SummedYearPatterns {
  yearSummed: RegExp;
  wholeYearFigures: RegExp;
  priorYearComparison: RegExp;
  thisYearWord: RegExp;
}

function summedYearPatterns(dates: DateRules): SummedYearPatterns {
  const words = (role: ContextRole) => dates.context(role).pattern;
  // The words for this year: anchored on the reference date, no offset (今年).
  const thisYear = alternation([...dates.relativeWords].filter(([, w]) => w.anchor === 'reference' && w.offset === 0).map(([word]) => word));
  return {
    yearSummed: new RegExp(`(?<![\\d.])((?:19|20)\\d{2})\\s*年\\s*[，,]?\\s*是[^。！？\\n]{0,60}?(?:${words('summed-year-end')})`),
    wholeYearFigures: new RegExp(`(?:${words('completed-year-after')})(?![^，,；;。！？\\n]{0,8}(?:${words('plan')}|${words('completed-year-not-after')}))`),
    priorYearComparison: new RegExp(`(?:${words('prior-year-before')})上年`),
    thisYearWord: new RegExp(thisYear),
  };
}
