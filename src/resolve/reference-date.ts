import { escapeRegex } from '../extract/approx';
import type { Span } from '../extract/types';
import { spansOf } from '../extract/counts/taken-spans';
import { FIVE_YEAR_PLAN_PATTERN, planStartYear } from '../extract/dates/five-year-plan';
import { ROC_DAY_LINE, readRocDate, rocDateSource, rocYear } from '../extract/dates/roc-year';
import { WEB_ADDRESS } from '../extract/dates/parse';
import { YEAR_LAST_DAY_SOURCE, readYearLastDay } from '../extract/dates/year-last';
import { fullYear } from '../extract/dates/resolve';
import { ReportPeriodFinder } from '../extract/dates/report-period';
import { DATE_ANNIVERSARY_RULES, DATE_CONTEXT_RULES, DATE_MONTH_NAME_RULES, DATE_RELATIVE_RULES, DATE_WEEKDAY_RULES, relatedHeadingLine, relatedTeasersStart, WordList } from '../extract/dates/rules';
import { parseChineseNumber } from '../extract/numbers';
import { RuleSet, type RuleFileSpec } from '../rules/loader';
import { MEASURE_UNIT_RULES, MEASURE_WORD_RULES } from '../extract/counts/rules';
import { maxOf, minOf } from '../util/arrays';
import { alternation } from '../util/alternation';

// Infers an article's publication date from its own text, in order of trust:
// 1. a dateline: labelled (发布时间：2018-09-21) anywhere in a crawled
//    page's first screens, which beats a bare date at the top (a mirror
//    page's own clock: 2024年05月02日 星期四); else near the top, on a short
//    line of its own (not a title that names a second day) or beside a
//    publication word (2018-09-21 10:15; a date with only its weekday, or
//    one among a title's words without a clock time or a publication word
//    before it, yields to a later dateline of another form), also
//    where a crawled page glues it onto the title or the first sentence, and
//    in Latin script (Mon, 3 Jul 2023 08:15:00 GMT), or set over lines (2023 / 05/18 / 16:55),
//    or with its year last
//    on a line of its own (22.01.2017  19:01), or in Chinese numerals or the
//    Republic of China calendar with its era (二〇二二年九月六日, 中华民国111年3月8日);
//    or, at the end, a signing date on a line of its own (a notice's, a bulletin's);
// 2. a title that makes the text a report on one year (2022年…统计公报,
//    2022年工作回顾): such reports come out the year after (rules/date-report-period.tsv);
// 2b. 今年（2023年）, 去年(2022): a year word glossed with its year names the
//    year of writing outright (read right after the datelines, before 2);
// 3. 今年是“十四五”开局之年 (收官之年, 规划实施的第三年): the plan's first (last,
//    Nth) year; else
//    今年是…N周年, counted from a start year the article states (1994年 …
//    今年是对口援藏30周年 → 2024) or from a well-known anniversary
//    (rules/date-anniversaries.tsv); else a five-year plan's document
//    reported released (印发《某省“十四五”…规划》), where no stated year is
//    as late as the plan's first;
// 4. the latest year the article states as past or present, or the year after it
//    when the article gives that year's months later than every month it
//    calls 今年 (今年5月 … 2023年9月: 2023 is last year), or the year a count
//    of years since a start reaches (从2016年起…三年来; 2005年，…结为友好城市。
//    18年来 → 2023) or up to now (1928年，…开设一家酒店，…至今已经走过了95年 →
//    2023); a wire dateline without a year (新华社北京5月20日电) then gives the day.
// Years that say only that the article is later, or nothing of when it was
// written, never date it: planned and target years (到2035年, 2025年计划…),
// baselines (比2019年), the start of a record or of a history (为2014年以来
// 同期最好, 1957年建站以来, 1949年成立, 自2010年, “十四五”以来), years of an anniversary
// (1994年…30周年, which counts them instead) and years inside the title of a
// document (《2021—2035年规划》) and the window of a period in brackets
// (第一轮五年（2012—2016年）). Where such a year is later than every
// credible one, or none is left, the answer is null: a wrong year would move
// every month-day and relative date of the article.

export { DATE_ANNIVERSARY_RULES };

/** The longest meta line with a byline label and a date (作者：张三 | 2023-05-12 | 点击：33). */
const BYLINE_MAX_LENGTH = 80;
/** How much of the text's start a dateline may be found in. */
const HEAD_LINES = 8;
const HEAD_CHARS = 400;
/** A dateline longer than this is a sentence, not a dateline. */
const DATELINE_MAX_LENGTH = 60;
/** How near a publication word or a time must be to a date glued into a long line. */
const GLUED_REACH = 12;
/** How far into a crawled page (markup, navigation) a labelled dateline (发布时间：…) may be found. */
const LABELLED_CHARS = 4000;

/** 2018-09-21, 2018/9/21, 2018.9.21: one mark twice (2012.05-2013.08 is a span of months, no day 20). */
const NUMERIC_DATE = /((?:19|20)\d{2})(?=-\d{1,2}-|\/\d{1,2}\/|\.\d{1,2}\.)[-/.](\d{1,2})[-/.](\d{1,2})/g;
const WRITTEN_DATE = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g;
/** 22.01.2017, 3-5-2016, 01/22/2017: a day with its year last, as European and American pages print their dateline. */
const YEAR_LAST_DATE = new RegExp(YEAR_LAST_DAY_SOURCE, 'g');
const TIME = /\d{1,2}:\d{2}/;
const TIME_AFTER = /^\s*\d{1,2}:\d{2}/;

/** A document's title (《…》), where a year names the document, not the time of writing. */
const TITLE = /《[^《》\n]{0,80}》/g;
/** How far after a year 以来 or 周年 may close its clause (1954年有实测资料以来, 1994年对口援藏30周年). */
const CLAUSE_REACH = 16;
/** 1 at ，,；;。！？ and a line break, by UTF-16 code unit. */
const CLAUSE_BREAKS = new Uint8Array(0x10000);
for (const mark of '，,；;。！？\n') CLAUSE_BREAKS[mark.charCodeAt(0)] = 1;
/** What every anniversary the text counts to says (今年是…30周年). */
const ANNIVERSARY = '周年';
/** How long a subject may stand between a year and its 全年 (2017年该总会全年累计…). */
const COMPLETED_SUBJECT_REACH = 4;
/** How far past the latest stated year the publication year may lie. */
const MAX_YEARS_AFTER_LATEST = 3;

/** A full date in Chinese numerals (二〇二一年三月五日): year, month and day in groups 1-3. */
const CHINESE_DATE = '([〇○零一二三四五六七八九]{4})\\s*年\\s*([一二三四五六七八九十]{1,2})\\s*月\\s*([一二三四五六七八九十]{1,3})\\s*日';
/** A month and a day in Chinese numerals (六月, 二十五日), as wire copy writes them. */
const CHINESE_MONTH = '十[一二]?|[一二三四五六七八九]';
const CHINESE_DAY = '[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]';

interface Anniversary {
  keyword: string;
  year: number;
}

interface InferenceRules {
  anniversaries: Anniversary[];
  /** A repost's original headline on its own line (原标题：去年某地投资…), its title in group 1. */
  originalTitleLine: RegExp;
  /** A relative year word of this year's anchor (今年, 去年, 明年) and the words after it: group 1 the word, 2 the words. */
  relativeYearPhrase: RegExp;
  /** The anniversaries that are events of one day, not programmes (对口援藏 runs on): a count of years may start at them. */
  countedEvents: Anniversary[];
  reportPeriods: ReportPeriodFinder;
  datelineWords: RegExp;
  planBefore: RegExp;
  /** A plan word before a year in its clause (计划, 预计 …), whatever else stands there. */
  planWordBefore: RegExp;
  /** A verb of change and 到/至 right before a year (增长到2022年的…): the year a figure reached. */
  changeToBefore: RegExp;
  /** 截至, 截止到 right before a year: a cutoff, not a target, though it may end in 到 (截止到2017年底). */
  cutoffBefore: RegExp;
  /** 底, 年末 right after a year and its 年: its end. */
  yearEndAfter: RegExp;
  planAfter: RegExp;
  /** 预计 anywhere before in a sentence: with a completion after a year in its clause, the year is planned. */
  planWords: WordList;
  /** 竣工, 投入使用 closing a year's clause (2027年上半年竣工). */
  completionAfter: RegExp;
  targetAfter: RegExp;
  /** A year named a long-range vision (2035年远景目标, 二〇三五年远景): year in group 1, in figures or Chinese numerals (global). */
  visionYear: RegExp;
  baselineBefore: RegExp;
  arrangedBefore: RegExp;
  /** 2021/22年度, 2021至22财政年度, 2021-2022年度: a fiscal year's span (first year in group 1, the second's figures in group 2), its fiscal word after (global). */
  fiscalSpan: RegExp;
  /** 施政报告 after a year's 财政年度: that year's programme, read out in the year before. */
  draftedAhead: WordList;
  /** 结余, 决算 after a year's 财政年度: known once the year is closed. */
  closedYear: WordList;
  /** 原标题：2021年776个项目…: a headline (its label optional) opening with a year and a tally of it; the year in group 1. */
  tallyTitle: RegExp;
  /** 提交 right before a year: with budgetDraftAfter, a budget drafted ahead (提交2024年度财政预算案). */
  submittedBefore: RegExp;
  /** After a year and its 年: (度 or 财政年度, then) a draft budget (预算案, 预算草案). */
  budgetDraftAfter: RegExp;
  relatedHeading: RegExp;
  /**
   * 全年 right after a year or after a short subject (2020年全年, 2017年该会全年), with no plan or
   * target word in its clause: the year is over.
   */
  completedAfter: RegExp;
  /** The words of completedAfter (全年): a cheap look before it runs. */
  completedWords: string[];
  /** Right after a year and its 年, that year's annual report (2023年年报, 2023年度报告): the year is over. */
  annualReport: WordList;
  /** The last words of a year's review's title after the year (白皮书, 公报, 年鉴): the year is over. */
  annualTitleEnd: readonly string[];
  sinceBefore: WordList;
  /** 与, 同 right before a year that a compared-after word (持平, 并列, 相比) later in its clause makes a comparison's. */
  comparedBefore: WordList;
  comparedAfter: WordList;
  /** 仅次于 right before a year: a record the figure comes second to. */
  secondToBefore: WordList;
  /** 预期目标, 重点工作 in the sentence after the year after the latest: that year's goals, set early in it. */
  nextYearGoal: WordList;
  /** 创建于, 成立于 right before a year: the year a thing began, history to the article. */
  historyBefore: WordList;
  historyAfter: RegExp;
  since: WordList;
  record: WordList;
  latin: RegExp;
  labelled: RegExp;
  /** After a bare year, a unit or measure word (2000公里, 2019户) or a word that makes it a figure (2000多): no year. */
  unitAfterBareYear: WordList;
  /** 来源：某某网站 2016年7月26日 on a line of its own: the outlet's date (multiline). */
  sourceLine: RegExp;
  /** The labels of such a line (来源, 稿源): a cheap look before sourceLine runs. */
  sourceLabel: WordList;
  /** 时间:2021-04-02 | 来源：…: a bare label opening a page's meta line, the date closed by page chrome. */
  chromeLabelled: RegExp;
  /** 发布日期：二〇二三年七月十八日: a labelled date in Chinese numerals (year, month, day in groups 1-3). */
  labelledChinese: RegExp;
  /** 发表于 2024-1-12 10:52:39: a post's date and clock after a verb of posting, without a colon; with one (发表于: 2008-05-31), the date alone. */
  posted: RegExp;
  /** date 2026-02-23, pubdate: 2021-05-10: a crawled page's metadata key opening a line. */
  keyed: RegExp;
  /** date 2017-11: such a key with a year and month and nothing more of a date (year in group 1, month in group 2). */
  keyedMonth: RegExp;
  /** 2015-06-12 10:20:33 来源：… : a dated, timed byline, however deep in a crawled page's navigation. */
  timedByline: RegExp;
  /** ( 2025-12-25 ) 稿件来源：… : a date right before a source label, however deep in a crawled page's navigation. */
  sourcedByline: RegExp;
  /** 作者：张三 | 2023-05-12, 浏览次数：12 日期：2023-05-12: a page's meta line, a byline label on it and no sentence mark (multiline). */
  bylineLine: RegExp;
  /** The labels of such a line (作者, 点击): a cheap look before bylineLine runs. */
  bylineLabel: WordList;
  monthNames: Map<string, number>;
  /** A year (with its month) the article states; not 2023年来/间/多/余, a duration. */
  statedYear: RegExp;
  /** 今年（2023年）, 去年(2022): a year word glossed with its year in brackets; the word in group 1, the year in group 2 (global). */
  glossedYear: RegExp;
  /** The years the words of glossedYear lie from the year of writing (今年 0, 去年 -1). */
  yearOffsets: Map<string, number>;
  /** 今年5月, 今年3-5月: months of this year (今年 from date-relative.tsv). */
  thisYearMonth: RegExp;
  /** 今年是…N周年 within one clause. */
  anniversary: RegExp;
  anniversaryDay: RegExp;
  /** 从2016年7月起, 2016年以来, 自2016年: the start of a period, its year in group 1 or 2 (global). */
  periodStart: RegExp;
  /** 3年来, 三年间, 3年，… opening a sentence: the years gone by, in group 1 (global). */
  yearsElapsed: RegExp;
  /** 施行, 生效 …: in the sentence of 从2024年1月1日起, a rule coming into force, not a period gone by. */
  inForceAfter: WordList;
  /** 连续18年, 连续第8年, 已是十三载: a streak of years up to now, the ordinal's 第 in group 1 and the count in group 2 (global). */
  streak: RegExp;
  /** The words before such a count (连续, 已是): a cheap look before streak runs. */
  streakWords: WordList;
  /** Words that make a text one of Taiwan (县府, 行政院): its bare years of 100年 and more are of the Republic of China calendar. */
  taiwanText: RegExp;
  /** Right after such a year, a word that makes it a length of time (来, 间, 多): no year. */
  rocYearNotBefore: RegExp;
  /** 12年来, 十二年间 ending a piece of text: the years since a start year, in group 1. */
  yearsSinceStart: RegExp;
  /** 年来, 年间 …: what every such count ends with, looked for before the start years are (global). */
  yearsSinceStartCue: RegExp;
  /** The rest of a line that holds only a date and its weekday (2024年05月02日 星期四). */
  clockRest: RegExp;
  /** A line that holds only a weekday, in Chinese or Latin script (星期四, Thursday): under a bare date, a page's clock. */
  weekdayLine: RegExp;
  /** Right after a date: 电 or 讯 (rules/date-context.tsv, wire-dateline-after) make it a wire dateline. */
  wireAfter: RegExp;
  /** 新华社北京5月20日电, 本报拉萨3月5日讯, 中新社澳门六月十日电: a wire service's dateline without its year. */
  wireDateline: RegExp;
  /** 今天（7月16日）, 今天是5月20日: the day the text names as today (今天 and the like from date-relative.tsv). */
  todayNamed: RegExp;
  /** 12月3日（星期四）, 5月20日 周三: a month-day without a year, with its weekday beside it (global). */
  weekdayDay: RegExp;
  /** Weekday names (星期四, 周四) and their number, Monday = 1 … Sunday = 7. */
  weekdays: Map<string, number>;
  /**
   * 今年是“十四五”开局之年 (a plan's first year: group 2), 收官之年 (its last: group 3) or
   * 规划实施的第三年 (its Nth: group 4); the plan's ordinal in group 1.
   */
  planMilestone: RegExp;
  /** “十三五”开局之年，… opening a sentence as its time: the groups of planMilestone. */
  planMilestoneOpening: RegExp;
  /** In a plan's title, a word that makes it a document of the plan's drafting (《关于编制“十四五”规划的通知》). */
  planDrafting: RegExp;
  /** A release word (印发, 通气会) ending right before a title. */
  releasedBefore: RegExp;
  /** A release word right after a title (sticky), not one of a time since (发布以来). */
  releasedAfter: RegExp;
}

let builtinRules: RuleSet | undefined;
const compiled = new WeakMap<RuleSet, InferenceRules>();

/** Compiled once per rule set, never per document. */
function inferenceRules(rules: RuleSet): InferenceRules {
  const known = compiled.get(rules);
  if (known) return known;
  const words = (role: string) => roleWords(rules, role).map(escapeRegex).join('|') || '(?!)';
  const monthNames = new Map(rules.load(DATE_MONTH_NAME_RULES).map((row) => [row.cells.name!.toLowerCase(), Number(row.cells.month)]));
  const months = alternation(monthNames.keys());
  // The words for this year: anchored on the reference date, no offset (今年).
  const thisYear = alternation(
    rules
      .load(DATE_RELATIVE_RULES)
      .filter((row) => row.cells.anchor === 'reference' && Number(row.cells.offset) === 0)
      .map((row) => row.cells.word!),
  );
  const yearWords = rules.load(DATE_RELATIVE_RULES).filter((row) => row.cells.anchor === 'reference');
  const anniversaries = rules
    .load(DATE_ANNIVERSARY_RULES)
    .map((row) => ({ keyword: row.cells.keyword!, year: Number(row.cells.year) }))
    .sort((a, b) => b.keyword.length - a.keyword.length);
  const programme = new WordList(roleWords(rules, 'programme-word'));
  const result: InferenceRules = {
    countedEvents: anniversaries.filter((a) => !programme.occursIn(a.keyword)),
    unitAfterBareYear: new WordList([
      ...rules.load(MEASURE_WORD_RULES).map((row) => row.cells.word!),
      ...rules.load(MEASURE_UNIT_RULES).map((row) => row.cells.unit!),
      ...roleWords(rules, 'not-after-bare-year'),
    ]),
    glossedYear: new RegExp(`(${alternation(yearWords.map((row) => row.cells.word!))})\\s*[（(]\\s*((?:19|20)\\d{2})\\s*年?\\s*[）)]`, 'g'),
    yearOffsets: new Map(yearWords.map((row) => [row.cells.word!, Number(row.cells.offset)])),
    originalTitleLine: new RegExp(`(?:^|\\n)[\\s\u3000]*(?:${words('original-title-label')})[\\s\u3000]*[：:][\\s\u3000]*([^\\n]+)`),
    relativeYearPhrase: new RegExp(`(${alternation(yearWords.map((row) => row.cells.word!))})([^\\d\\s，,。；;：:！？]{${RESTATED_WORDS}})`, 'g'),
    reportPeriods: new ReportPeriodFinder(rules),
    anniversaries,
    datelineWords: new RegExp(`(?:${words('dateline')})`),
    planBefore: new RegExp(`(?:${words('plan')}|${words('target-before')})[^，,；;。！？\\n]{0,6}$`),
    planWordBefore: new RegExp(`(?:${words('plan')})[^，,；;。！？\\n]{0,6}$`),
    changeToBefore: new RegExp(`(?:${words('change-to')})[到至]$`),
    cutoffBefore: new RegExp(`(?:${words('cutoff-before')})\\s*$`),
    yearEndAfter: new RegExp(`^(?:${words('year-end')})`),
    planAfter: new RegExp(`^[^，,；;。！？\\n]{0,8}(?:${words('plan')})`),
    planWords: new WordList(roleWords(rules, 'plan')),
    completionAfter: new RegExp(`^[^，,；;。！？\\n]{0,6}(?:${words('completion-after')})`),
    targetAfter: new RegExp(`^(?:${words('target-after')})`),
    visionYear: new RegExp(`((?:19|20)\\d{2}|[${CHINESE_YEAR_DIGITS}]{4})\\s*年(?:${words('vision-after')})`, 'g'),
    baselineBefore: new RegExp(`(?:${words('baseline-before')})$`),
    arrangedBefore: new RegExp(`(?:${words('arranged-year-before')})$`),
    submittedBefore: new RegExp(`(?:${words('submitted-year-before')})$`),
    fiscalSpan: new RegExp(`(?<![\\d.／/-])((?:19|20)\\d{2})\\s*年?\\s*(?:[-–—~～至到/／]|——)\\s*(\\d{2}|(?:19|20)\\d{2})(?:\\s*年?\\s*(?:${words('fiscal-year-after')})|(?<=[/／]\\d{2,4})(?![\\d/／.\\-年月]))`, 'g'),
    tallyTitle: new RegExp(`^[\\s\u3000]*(?:(?:${words('original-title-label')})[\\s\u3000]*[：:][\\s\u3000]*)?((?:19|20)\\d{2})\\s*年\\s*\\d+(?:\\.\\d+)?(?![\\d.．])(?!\\s*(?:[月日号季\\-—–~～至到]|年))`),
    draftedAhead: new WordList(roleWords(rules, 'drafted-ahead-after')),
    closedYear: new WordList(roleWords(rules, 'closed-year-after')),
    budgetDraftAfter: new RegExp(`^(?:度|财政年度)?(?:${words('budget-draft-after')})`),
    relatedHeading: relatedHeadingLine(words('related-heading')),
    completedAfter: new RegExp(`^(?:(?!${words('plan')})[^，,；;。！？\\n]){0,${COMPLETED_SUBJECT_REACH}}?(?:${words('completed-year-after')})(?![^，,；;。！？\\n]{0,8}(?:${words('plan')}|${words('completed-year-not-after')}))`),
    sinceBefore: new WordList(roleWords(rules, 'since-before')),
    comparedBefore: new WordList(roleWords(rules, 'compared-before')),
    comparedAfter: new WordList(roleWords(rules, 'compared-after')),
    secondToBefore: new WordList(roleWords(rules, 'second-to-before')),
    nextYearGoal: new WordList(roleWords(rules, 'next-year-goal')),
    historyBefore: new WordList(roleWords(rules, 'history-before')),
    historyAfter: new RegExp(`(?:${words('history-after')})`, 'y'),
    since: new WordList(roleWords(rules, 'since-after')),
    record: new WordList(roleWords(rules, 'record-after')),
    latin: new RegExp(`(?<![A-Za-z\\d])(\\d{1,2})\\s+(${months})\\.?,?\\s+((?:19|20)\\d{2})(?!\\d)|(?<![A-Za-z])(${months})\\.?\\s+(\\d{1,2}),?\\s+((?:19|20)\\d{2})(?!\\d)`, 'i'),
    sourceLabel: new WordList(roleWords(rules, 'source-label')),
    sourceLine: new RegExp(
      `^[\\s\u3000]*(?:${words('source-label')})[\\s\u3000]*[：:][^\\n]{0,30}?(?<!\\d)(?:${NUMERIC_DATE.source}|${WRITTEN_DATE.source})[\\s\u3000]*(?:\\d{1,2}:\\d{2}(?::\\d{2})?)?[\\s\u3000]*$`,
      'm',
    ),
    labelled: new RegExp(`(?:${words('dateline-label')})\\s*[：:]\\s*(?:${NUMERIC_DATE.source}|${WRITTEN_DATE.source})`),
    chromeLabelled: new RegExp(
      `(?:^|\\n)[ \\t\u3000]*(?:${words('dateline-bare-label')})[ \\t\u3000]*[：:][ \\t\u3000]*(?:${NUMERIC_DATE.source}|${WRITTEN_DATE.source})` +
        `(?:[ \\t\u3000]+\\d{1,2}:\\d{2}(?::\\d{2})?)?[ \\t\u3000]*[|｜][ \\t\u3000]*(?:$|\\n|(?:${words('dateline-chrome-after')})[ \\t\u3000]*[：:])`,
    ),
    labelledChinese: new RegExp(`(?:${words('dateline-label')})\\s*[：:]\\s*${CHINESE_DATE}`),
    posted: new RegExp(
      `(?:${words('dateline-verb')})[ \\t\u3000]*(?:${NUMERIC_DATE.source}[ \\t\u3000]+\\d{1,2}:\\d{2}|[：:][ \\t\u3000]*${NUMERIC_DATE.source}(?![\\d/.-]))`,
    ),
    keyedMonth: new RegExp(`(?:^|\\n)[ \\t\u3000]*(?:${words('dateline-key')})[ \\t\u3000]*[：:=]?[ \\t\u3000]*((?:19|20)\\d{2})[-/.](\\d{1,2})(?![\\d/.-])`, 'i'),
    keyed: new RegExp(`(?:^|\\n)[ \\t\u3000]*(?:${words('dateline-key')})[ \\t\u3000]*[：:=]?[ \\t\u3000]*(?:${NUMERIC_DATE.source}|${WRITTEN_DATE.source})`, 'i'),
    timedByline: new RegExp(`(?:${NUMERIC_DATE.source}|${WRITTEN_DATE.source})[ \\t\u3000]*\\d{1,2}:\\d{2}(?::\\d{2})?[ \\t\u3000]*(?:${words('dateline')})`),
    sourcedByline: new RegExp(
      `(?:${NUMERIC_DATE.source}|${WRITTEN_DATE.source})[ \\t\u3000]*[)）]?[ \\t\u3000]*[\u4e00-\u9fff]{0,2}(?:${words('source-label')})[ \\t\u3000]*[：:]`,
    ),
    bylineLabel: new WordList(roleWords(rules, 'byline-label')),
    bylineLine: new RegExp(
      `^(?=[^\\n]{0,${BYLINE_MAX_LENGTH}}$)(?=[^\\n]*?(?:${words('byline-label')})[\u4e00-\u9fff]{0,2}[ \\t\u3000]*[：:])[^。，,；;！？!?\\n]*?(?<!\\d)(?:${NUMERIC_DATE.source}|${WRITTEN_DATE.source})[^。，,；;！？!?\\n]*$`,
      'm',
    ),
    monthNames,
    statedYear: new RegExp(`((?:19|20)(?<![\\d.]\\d\\d)\\d{2})\\s*年(?!${alternation(roleWords(rules, 'not-after-stated-year'))})(?:\\s*(\\d{1,2})\\s*月)?`, 'g'),
    thisYearMonth: new RegExp(`(?:${thisYear})\\s*(?:(\\d{1,2})\\s*[—–\\-~～至到]\\s*)?(\\d{1,2})\\s*月`, 'g'),
    clockRest: new RegExp(`^[\\s\u3000]*(?:${weekdayNames(rules)})[\\s\u3000]*$`),
    weekdayLine: new RegExp(`^[\\s\u3000]*(?:${weekdayNames(rules)}|${words('clock-weekday')})\\.?[\\s\u3000]*$`, 'i'),
    wireAfter: new RegExp(`^\\s*(?:${words('wire-dateline-after')})`),
    wireDateline: new RegExp(`(?<![\\d一二三四五六七八九十])(\\d{1,2}|${CHINESE_MONTH})\\s*月\\s*(\\d{1,2}|${CHINESE_DAY})\\s*日\\s*(?:${words('wire-dateline-after')})`),
    todayNamed: new RegExp(`(?:${alternation(todayWords(rules))})\\s*(?:[（(]|是)\\s*(\\d{1,2}|${CHINESE_MONTH})\\s*月\\s*(\\d{1,2}|${CHINESE_DAY})\\s*[日号]`),
    weekdayDay: new RegExp(`(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]\\s*[（(，,]?\\s*(${weekdayNames(rules)})`, 'g'),
    weekdays: new Map(weekdayRows(rules).map((row) => [row.cells.word!, Number(row.cells.value)])),
    planDrafting: new RegExp(`(?:${words('plan-drafting')})`),
    releasedBefore: new RegExp(`(?:${words('plan-released')})$`),
    releasedAfter: new RegExp(`(?:${words('plan-released')})(?!以来)`, 'y'),
    periodStart: new RegExp(
      `(?:${words('period-start-before')})\\s*((?:19|20)\\d{2})\\s*年|(?<![\\d.])((?:19|20)\\d{2})\\s*年(?:\\s*\\d{1,2}\\s*月)?\\s*(?:${words('period-start-after')})`,
      'g',
    ),
    yearsElapsed: new RegExp(`(?:^|[。！？\\n])[\\s\u3000]*(?:这|过去的?)?(\\d{1,2}|[一二两三四五六七八九十]{1,3})\\s*年(?:${words('years-elapsed-after')})`, 'g'),
    yearsSinceStart: new RegExp(`(?<![\\d.〇零一二两三四五六七八九十百千])(\\d{1,2}|[一二两三四五六七八九十]{1,3})年(?:${words('years-since-start-after')})$`),
    completedWords: roleWords(rules, 'completed-year-after'),
    inForceAfter: new WordList(roleWords(rules, 'in-force-after')),
    taiwanText: new RegExp(`(?:${words('taiwan-text')})`),
    rocYearNotBefore: new RegExp(`^(?:${words('roc-year-alone-not-before')})`),
    streakWords: new WordList(roleWords(rules, 'streak-before')),
    streak: new RegExp(`(?:${words('streak-before')})(第?)(\\d{1,2}|[一二两三四五六七八九十]{1,3})个?[年载](?![代级度底末初前后])`, 'g'),
    annualReport: new WordList(roleWords(rules, 'annual-report-after')),
    annualTitleEnd: roleWords(rules, 'annual-title-end'),
    yearsSinceStartCue: new RegExp(`年(?:${words('years-since-start-after')})`, 'g'),
    planMilestone: new RegExp(
      `(?:${thisYear})(?:既?是|为)[^。；！？\\n]{0,24}?[“"‘「]?${FIVE_YEAR_PLAN_PATTERN}[”"’」]?[^，,。；！？\\n]{0,6}?(?:(${words('plan-first-year')})|(${words('plan-last-year')})|第([一二三四五1-5])个?年(?![级度]))`,
    ),
    planMilestoneOpening: new RegExp(
      `(?:^|[。！？!?\\n])[\\s\u3000]*[“"‘「]?${FIVE_YEAR_PLAN_PATTERN}[”"’」]?(?:规划)?(?:(${words('plan-first-year')})|(${words('plan-last-year')})|第([一二三四五1-5])个?年(?![级度]))[，,]`,
      'g',
    ),
    anniversary: new RegExp(`(?:${thisYear})是([^。；！？\\n]{0,40}?)(\\d{1,3}|[一二两三四五六七八九十百]+)\\s*周年`, 'g'),
    // 某地震十周年纪念日; 在建党100周年之际, …十周年已经来到: the text is of the anniversary's year.
    anniversaryDay: new RegExp(`([^，,。；！？\\n]{0,24}?)(\\d{1,3}|[一二两三四五六七八九十百]+)\\s*周年(?:纪念日|之际|前夕|(?:已经?|即将)?(?:来到|到来))`, 'g'),
  };
  compiled.set(rules, result);
  return result;
}

/** The words for today (今天, 今日, 今晨 …): anchored on the reference day, no offset. */
function todayWords(rules: RuleSet): string[] {
  return rules
    .load(DATE_RELATIVE_RULES)
    .filter((row) => row.cells.anchor === 'reference-day' && Number(row.cells.offset) === 0)
    .map((row) => row.cells.word!);
}

function weekdayRows(rules: RuleSet) {
  return rules.load(DATE_WEEKDAY_RULES).filter((row) => row.cells.kind === 'day');
}

function weekdayNames(rules: RuleSet): string {
  return alternation(weekdayRows(rules).map((row) => row.cells.word!));
}

function roleWords(rules: RuleSet, role: string): string[] {
  return rules
    .load(DATE_CONTEXT_RULES)
    .filter((row) => row.cells.role === role)
    .map((row) => row.cells.word!);
}

/** The article's publication date (YYYY-MM-DD or YYYY), or null when the text gives no clue. */
export function inferReferenceDate(text: string, rules?: RuleSet): string | null {
  const r = inferenceRules(rules ?? (builtinRules ??= RuleSet.withUserDir()));
  // A labelled date (发布时间：…) names itself; a bare one at the top may be a mirror page's own clock.
  const dateline = findLabelledDateline(text, r) ?? findDateline(text, r) ?? findTimedByline(text, r) ?? findLatinDateline(text, r) ?? findSplitDateline(text) ?? findSourceLineDate(text, r) ?? findChineseDateline(text) ?? findRocDateline(text) ?? findSignatureDate(text) ?? findChineseSignatureLine(text) ?? findSpeechLine(text);
  if (dateline) return dateline;
  // Teasers under a related-news heading after the story (新闻推荐) are other stories: their years do not date it.
  const teasers = relatedTeasersStart(text, r.relatedHeading);
  if (teasers >= 0) text = text.slice(0, teasers);
  // 今年（2023年）: the writer names the year outright.
  const namedYear = yearFromGloss(text, r) ?? yearFromRestatedTitle(text, r);
  if (namedYear !== undefined) return withStoryDay(text, namedYear, r);
  // A five-year plan's name as one (“十四五”, 十四五规划, 十四五开局): only then are plans' years looked for.
  const plans = namesPlan(text);
  const titles = text.includes('《') ? spansOf(TITLE, text) : [];
  const all = withoutFarSpanEnds(statedYears(withYearsInFigures(text), r, plans, titles));
  const stated = all.filter((s) => s.kind === 'credible');
  // A year over when the article was written (2020年全年) puts it in the year after, at the earliest.
  const afterCompleted = maxOf(all.filter((s) => s.kind === 'completed').map((s) => s.year + 1));
  // A year arranged ahead (初步安排2017年重点项目) puts it in the year before, at the earliest.
  const beforeArranged = maxOf(all.filter((s) => s.kind === 'arranged').map((s) => s.year - 1));
  const latest = maxOf([...stated.map((s) => s.year), ...[afterCompleted, beforeArranged].filter((y) => y !== undefined)]);
  // A report on one year (2022年…统计公报) states that year throughout, and comes out after it.
  const report = r.reportPeriods.find(text);
  // A page's address dates it (…/2010-07/22/content_…, …/t20180425_…), unless it is older than the text or its report.
  const address = findAddressDate(text, report ? Math.max(report.published, latest ?? 0) : latest);
  if (address) return address;
  if (report) return withStoryDay(text, report.published, r);
  // 今年是“十四五”开局之年: the text names its own year by the plan.
  const milestone = plans && (text.includes('之年') || text.includes('一年') || NTH_YEAR.test(text)) ? r.planMilestone.exec(text) : null;
  const ordinal = milestone ? parseChineseNumber(milestone[1]!) : undefined;
  if (ordinal !== undefined && ordinal >= 1) return withStoryDay(text, planStartYear(ordinal) + yearOfPlan(milestone!), r, stated);
  // “十三五”开局之年，3200多名记者…: with no year stated, a plan's milestone opening a sentence as its time is the year of writing.
  const opening = plans && latest === undefined && (text.includes('年，') || text.includes('年,')) ? yearOfPlanOpening(text, r) : undefined;
  if (opening !== undefined) return withStoryDay(text, opening, r, stated);
  const fromAnniversary = yearFromAnniversary(
    text,
    r.anniversary,
    r.anniversaries,
    all.map((s) => s.year),
    latest,
  );
  // 今年是抗战胜利80周年, under 中新社香港9月1日电: the wire's dateline gives that year its day.
  if (fromAnniversary !== undefined) return withStoryDay(text, fromAnniversary, r, stated);
  // 汶川地震后，…。一年来，…: with no year stated, a count of years since a well-known event names the year of writing.
  const fromEvent = latest === undefined ? yearFromEventCount(text, r) : undefined;
  if (fromEvent !== undefined) return withStoryDay(text, fromEvent, r, stated);
  // A well-known event's Nth anniversary day or occasion (某地震十周年纪念日当天, 在建党100周年之际): the text is of that year, and a wire dateline gives its day.
  // Not where the text states a later year (在建党100周年纪念日上 told afterwards).
  const fromAnniversaryDay = yearOfAnniversaryDay(text, r.anniversaryDay, r.anniversaries);
  if (fromAnniversaryDay !== undefined && (latest === undefined || fromAnniversaryDay >= latest)) return withStoryDay(text, fromAnniversaryDay, r);
  // A record or a history since a later year: the latest credible year is too early, and nothing says by how much.
  // A record since the latest year itself (为2020年1月以来最高, with 2020年初 …) also: its writer's present is later.
  const latestHistory = maxOf(all.filter((s) => s.kind === 'history').map((s) => s.year));
  const latestRecord = maxOf(all.filter((s) => s.kind === 'record').map((s) => s.year));
  const tooEarly = latest !== undefined && ((latestHistory !== undefined && latestHistory > latest) || (latestRecord !== undefined && latestRecord >= latest));
  // 《某省“十四五”规划》新闻通气会: a plan released, with no year stated as late as its first, dates the text to that year.
  const released = plans && titles.length > 0 ? releasedPlanYear(text, titles, r) : undefined;
  if (released !== undefined && [latest, latestHistory, latestRecord].every((year) => year === undefined || year < released)) {
    return withStoryDay(text, released, r, stated);
  }
  if (latest === undefined || tooEarly) {
    // Only a lower bound is left: a count of years since a period's start, or a month-day with its weekday, may still name the year.
    const floor = maxOf([latestHistory, latestRecord, latest].filter((y) => y !== undefined).map((y) => y! + 1));
    // 南府函〔2024〕83号 … 计划2024年6月动工: a document numbered in a year bounds the text from below, a plan of a year
    // from above; where both bounds meet, the text is of that year.
    const bounded = yearBetweenBounds(text, r, floor);
    if (bounded !== undefined) return withStoryDay(text, bounded, r, stated);
    const sinceStart =
      floor === undefined ? undefined : (yearFromElapsed(text, r, floor - 1) ?? yearFromUntilNow(text, floor) ?? yearFromStartInSentence(text, r, floor, true));
    if (sinceStart !== undefined) return withStoryDay(text, sinceStart, r, stated);
    const glossed = floor === undefined ? undefined : glossedDay(text, r);
    const fromWeekday = glossed ? onlyYearOfWeekday(glossed, floor!, floor! + WEEKDAY_YEARS) : undefined;
    return fromWeekday === undefined ? null : withStoryDay(text, fromWeekday, r, stated);
  }
  let year =
    reportsLastYear(text, r.thisYearMonth, stated, latest) ||
    r.reportPeriods.summedYear(text) === latest ||
    leadReportsLastYear(text, r, stated, latest) ||
    setsNextYearGoals(text, r, latest) ||
    pastYearBeforeThisYear(text, r, latest) ||
    tallyTitleBeforeThisYear(text, r, latest)
      ? latest + 1
      : latest;
  // 从2016年7月起 … 三年来: the years gone by since the period's start count on to the year of writing.
  const oneYearStated = new Set(all.map((s) => s.year)).size === 1;
  year = Math.max(
    year,
    yearFromElapsed(text, r, latest) ?? year,
    yearFromStartInSentence(text, r, latest, oneYearStated) ?? year,
    yearFromUntilNow(text, latest) ?? year,
    yearFromEventCountAfterLatest(text, r, latest) ?? year,
  );
  // A month-day whose weekday does not fall in that year but in the next (12月3日（星期四）) was written the year after.
  const glossed = glossedDay(text, r);
  if (glossed && !fitsWeekday(glossed, year) && fitsWeekday(glossed, year + 1)) year++;
  return withStoryDay(text, year, r, stated);
}

/** Where the latest year opens a sentence as its whole time clause (2021年，…: not 2024年3月，…, a day of the year told); -1 where it never does. */
function sentenceOpeningYear(text: string, year: number): number {
  const written = `${year}年`;
  for (let at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + written.length)) {
    let before = at - 1;
    while (before >= 0 && BLANK.test(text[before]!)) before--;
    // After a sentence's end, or a wire's dateline and its credit (…3月8日电（记者 某某）2019年，).
    if (before >= 0 && !SENTENCE_BREAKS.includes(text[before]!) && !DATELINE_ENDS.includes(text[before]!)) continue;
    if (OPENING_CLAUSE_REST.test(text.slice(at + written.length, at + written.length + 8))) return at;
  }
  return -1;
}

/** What ends a wire's dateline or the credit after it: 电, 讯, a closing bracket. */
const DATELINE_ENDS = '电讯）)';
/** After a sentence's opening year: the comma that closes its time clause. */
const OPENING_CLAUSE_REST = /^\s*[，,]/;

/**
 * 某社某地4月21日电 … 2021年，某产业被写入党代会报告。…今年1至2月，…: in a wire item, the latest year
 * opens a sentence of what was done (no plan word in it) and a later sentence speaks of 今年: the wire
 * would have called its own year 今年, so 今年 is a later year; the item is of the year after.
 */
function pastYearBeforeThisYear(text: string, r: InferenceRules, latest: number): boolean {
  // Only a wire item's (新华社北京5月20日电): filed on its day, it tells the years before by their numbers.
  if (!r.wireDateline.test(text.slice(0, HEAD_CHARS))) return false;
  const at = sentenceOpeningYear(text, latest);
  if (at < 0) return false;
  let end = at;
  while (end < text.length && !SENTENCE_BREAKS.includes(text[end]!)) end++;
  if (r.planWords.occursIn(text.slice(at, end))) return false;
  const thisYear = text.indexOf(THIS_YEAR, end);
  // 今年是…N周年 and 今年（2021年） are read by their own rules.
  return thisYear >= 0 && !/^[是（(]/.test(text.slice(thisYear + THIS_YEAR.length, thisYear + THIS_YEAR.length + 1));
}

const THIS_YEAR = '今年';

/**
 * 原标题：2021年776个项目在川落地 … 今年春天，…: a headline tallying the latest year as a whole
 * reports on it once it is over, and a body that calls another time 今年 (not 今年是…, 今年（…）,
 * nor 今年以来, which a year's own review says) is of the year after.
 */
function tallyTitleBeforeThisYear(text: string, r: InferenceRules, latest: number): boolean {
  const lineEnd = text.indexOf('\n');
  const title = r.tallyTitle.exec(lineEnd < 0 ? text : text.slice(0, lineEnd));
  if (!title || Number(title[1]) !== latest || lineEnd < 0) return false;
  for (let at = text.indexOf(THIS_YEAR, lineEnd); at >= 0; at = text.indexOf(THIS_YEAR, at + THIS_YEAR.length)) {
    const rest = text.slice(at + THIS_YEAR.length, at + THIS_YEAR.length + 2);
    if (!/^[是（(]/.test(rest) && !rest.startsWith('以来')) return true;
  }
  return false;
}

/** How far into the text the lead's day (3月5日，…告诉记者) may open a sentence. */
const LEAD_REACH = 200;
/** A month-day without a year opening a sentence (after a line's start, 。 or a closing quote, and an outlet's tag: 【某报讯】), then a comma: month in group 1. */
const LEAD_DAY = /(?:^|[。！？!?\n”"])[\s\u3000]*(?:【[^】\n]{1,12}】[\s\u3000]*)?(\d{1,2})\s*月\s*\d{1,2}\s*日\s*[，,]/;

/**
 * 3月5日，…告诉记者 … 2016年4月，她走访了9户学生家庭: where the story's day
 * opens its lead without a year and the latest stated year has a month later
 * than it told as past, that year is over: the text is of the year after, as a
 * wire's dateline (1月2日电 … 截至2023年11月底) is. Not where a wire dateline
 * gives the day (its own rule reads it).
 */
function leadReportsLastYear(text: string, r: InferenceRules, stated: readonly StatedYear[], latest: number): boolean {
  if (!stated.some((s) => s.year === latest && s.month !== undefined)) return false;
  const head = text.slice(0, LEAD_REACH);
  const lead = LEAD_DAY.exec(head);
  if (!lead || r.wireDateline.test(text.slice(0, HEAD_CHARS))) return false;
  const month = Number(lead[1]);
  return month >= 1 && month <= 12 && stated.some((s) => s.year === latest && s.month !== undefined && s.month > month);
}

/** The last month of the year's first months, when the year's reports on the one before are given (人代会, 工作会议). */
const REPORTING_SEASON_END = 3;
/** How far after the year its goal word may stand, within the sentence. */
const GOAL_REACH = 40;

/**
 * 2月19日，…作政府工作报告 … 2018年…取得显著成效 … 2019年…主要预期目标: the
 * story's day opens the lead in the year's first months, and the year after the
 * latest stated one is that of the goals set: a report on the year gone by, made
 * in the next. Not a December meeting's goals for the year ahead (its lead's
 * month is late).
 */
function setsNextYearGoals(text: string, r: InferenceRules, latest: number): boolean {
  const lead = LEAD_DAY.exec(text.slice(0, LEAD_REACH));
  if (!lead || Number(lead[1]) < 1 || Number(lead[1]) > REPORTING_SEASON_END) return false;
  const next = `${latest + 1}年`;
  for (let at = text.indexOf(next); at >= 0; at = text.indexOf(next, at + next.length)) {
    if (isDigitAt(text, at - 1)) continue;
    let stop = at + next.length;
    const limit = Math.min(text.length, stop + GOAL_REACH);
    while (stop < limit && !SENTENCE_BREAKS.includes(text[stop]!)) stop++;
    if (r.nextYearGoal.occursIn(text.slice(at + next.length, stop))) return true;
  }
  return false;
}

/** The one year that plans' milestones opening sentences (“十三五”开局之年，…) name; undefined where none, or several. */
function yearOfPlanOpening(text: string, r: InferenceRules): number | undefined {
  const found = new Set<number>();
  for (const m of text.matchAll(r.planMilestoneOpening)) {
    const ordinal = parseChineseNumber(m[1]!);
    if (ordinal !== undefined && ordinal >= 1) found.add(planStartYear(ordinal) + yearOfPlan(m));
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** The year of writing that 今年（2023年）, 去年(2022) … gloss; undefined where none do, or glosses disagree. */
function yearFromGloss(text: string, r: InferenceRules): number | undefined {
  // Every gloss has 年 before its bracket, maybe a space between (今年 （2023）): a text without one is not scanned.
  if (!text.includes('年（') && !text.includes('年(') && !YEAR_SPACE_BRACKET.test(text)) return undefined;
  const years = new Set<number>();
  r.glossedYear.lastIndex = 0;
  for (let m = r.glossedYear.exec(text); m; m = r.glossedYear.exec(text)) years.add(Number(m[2]) - r.yearOffsets.get(m[1]!)!);
  return years.size === 1 ? [...years][0] : undefined;
}

/** How many words after a relative year a restated headline must repeat word for word. */
const RESTATED_WORDS = 4;

/** How far into the text a repost's headlines stand. */
const RESTATED_REACH = 600;

/**
 * A repost whose new headline writes out the year its original headline gave relatively
 * (2017年某市投资5亿 above 原标题：去年某市投资5亿): the writer names the year outright,
 * counted from the relative word (去年 → that year + 1). One answer only.
 */
function yearFromRestatedTitle(text: string, r: InferenceRules): number | undefined {
  const head = text.slice(0, RESTATED_REACH);
  const original = r.originalTitleLine.exec(head);
  if (!original) return undefined;
  const years = new Set<number>();
  r.relativeYearPhrase.lastIndex = 0;
  for (let m = r.relativeYearPhrase.exec(original[1]!); m; m = r.relativeYearPhrase.exec(original[1]!)) {
    const restated = new RegExp(`((?:19|20)\\d{2})\\s*年${escapeRegex(m[2]!)}`, 'g');
    const rest = head.slice(0, original.index) + head.slice(original.index + original[0].length);
    for (let y = restated.exec(rest); y; y = restated.exec(rest)) years.add(Number(y[1]) - r.yearOffsets.get(m[1]!)!);
  }
  return years.size === 1 ? [...years][0] : undefined;
}

/** 年 and an opening bracket with a space between (今年 （2023）). */
const YEAR_SPACE_BRACKET = /年\s+[（(]/;

/** 第三年, 第四个年头: a plan's Nth year, looked for before the milestone pattern runs. */
const NTH_YEAR = /第[一二三四五1-5]个?年/;

/** How many years a five-year plan runs. */
const PLAN_YEARS = 5;

/** How many years after its plan's first the year a milestone names is: 开局之年 0, 收官之年 4, 第三年 2. */
function yearOfPlan(milestone: RegExpExecArray): number {
  if (milestone[2]) return 0;
  if (milestone[3]) return PLAN_YEARS - 1;
  return smallNumber(milestone[4]!) - 1;
}

/** A five-year plan's name in a document's title (“十四五”…规划, 十四五规划, 第十四个五年规划): its ordinal in group 1, 2 or 3. */
const PLAN_IN_TITLE = new RegExp(
  `[“"‘「]${FIVE_YEAR_PLAN_PATTERN}[”"’」][^《》]{0,12}?(?:规划|计划|纲要)|${FIVE_YEAR_PLAN_PATTERN}(?:规划|计划|纲要)|第(十[一二三四五六七八九]?|[一二三四五六七八九])个五年(?:规划|计划)`,
);

/** The first year of the latest five-year plan whose document the text reports released (印发《…“十四五”规划》). */
function releasedPlanYear(text: string, titles: readonly Span[], r: InferenceRules): number | undefined {
  let year: number | undefined;
  for (const { start, end } of titles) {
    const title = text.slice(start, end);
    const plan = title.includes('五') ? PLAN_IN_TITLE.exec(title) : null;
    if (!plan || r.planDrafting.test(title)) continue;
    r.releasedAfter.lastIndex = end;
    if (!r.releasedAfter.test(text) && !r.releasedBefore.test(text.slice(Math.max(0, start - RELEASE_WORD_REACH), start))) continue;
    const ordinal = parseChineseNumber(plan[1] ?? plan[2] ?? plan[3]!);
    if (ordinal !== undefined && ordinal >= 1) year = Math.max(year ?? 0, planStartYear(ordinal));
  }
  return year;
}

/** The longest release word before a title (新闻发布会 is the longest of any). */
const RELEASE_WORD_REACH = 6;

/**
 * Where the latest year the text states starts a period to now (从2016年7月起,
 * 2016年以来; `latest`), a count of years gone by opening a sentence (三年来,
 * 3年，…) reaches the year of writing: the one such year within
 * MAX_YEARS_AFTER_LATEST after it, undefined where none or several are. An
 * earlier start is no anchor: later years stand between it and the present.
 */
function yearFromElapsed(text: string, r: InferenceRules, latest: number): number | undefined {
  let startsPeriod = false;
  r.periodStart.lastIndex = 0;
  for (let m = r.periodStart.exec(text); m && !startsPeriod; m = r.periodStart.exec(text)) startsPeriod = Number(m[1] ?? m[2]) === latest;
  if (!startsPeriod) return undefined;
  const found = new Set<number>();
  r.yearsElapsed.lastIndex = 0;
  for (let m = r.yearsElapsed.exec(text); m; m = r.yearsElapsed.exec(text)) {
    const years = smallNumber(m[1]!);
    if (years >= 1 && years <= MAX_YEARS_AFTER_LATEST) found.add(latest + years);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** How far after a period's start year the count of years since it may stand in its sentence. */
const SINCE_START_REACH = 80;

/**
 * 从1995年开始，对口支援…，12年来: an exact count of years since (N年来, N年间)
 * and a start year earlier in its sentence name the year of writing (2007),
 * where that is the latest stated year or up to MAX_YEARS_AFTER_LATEST after
 * it (an article states the figures of the year before its own), or however
 * far where the article states that one year only. A count opening its
 * sentence also counts from a year opening the sentence before
 * (2005年，两市结为友好城市。18年来，…). Undefined where no such pair, or
 * pairs that disagree, are found. Only the few places where a cue (年来,
 * 年间) stands are read, in one scan.
 */
function yearFromStartInSentence(text: string, r: InferenceRules, latest: number, oneYearStated: boolean): number | undefined {
  const found = new Set<number>();
  const reach = oneYearStated ? new Date().getFullYear() : latest + MAX_YEARS_AFTER_LATEST;
  const add = (start: number | undefined, years: number) => {
    if (start !== undefined && start + years >= latest && start + years <= reach) found.add(start + years);
  };
  for (const { countStart, years } of countsOfYears(text, r)) {
    const sentence = sentenceStart(text, countStart, countStart - SINCE_START_REACH);
    add(lastPeriodStart(text.slice(sentence, countStart), r.periodStart) ?? yearOpeningSentenceBefore(text, sentence, countStart), years);
  }
  // 东莞市连续18年对口帮扶河池市。…从1996年起: a streak's start may also come after it, in its sentence or the next.
  for (const { countStart, years } of streaksOfYears(text, r)) {
    const sentence = sentenceStart(text, countStart, countStart - SINCE_START_REACH);
    add(lastPeriodStart(text.slice(sentence, countStart), r.periodStart) ?? firstPeriodStart(text.slice(countStart, nextSentenceEnd(text, countStart)), r.periodStart), years);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** Where the sentence after the one holding `at` ends (its break excluded), at most two reaches on. */
function nextSentenceEnd(text: string, at: number): number {
  let end = at;
  for (let sentences = 0; sentences < 2 && end < text.length; sentences++) {
    // A sentence's own mark before a paragraph's break (…超过5亿元。\n从1996年起): the breaks and blanks between are one.
    while (sentences > 0 && end < text.length && (SENTENCE_BREAKS.includes(text[end]!) || BLANK.test(text[end]!))) end++;
    const limit = Math.min(text.length, end + SINCE_START_REACH);
    while (end < limit && !SENTENCE_BREAKS.includes(text[end]!)) end++;
  }
  return end;
}

/** The year of the first start of a period (从1996年起, 2010年以来) in `tail`. */
function firstPeriodStart(tail: string, periodStart: RegExp): number | undefined {
  periodStart.lastIndex = 0;
  const m = periodStart.exec(tail);
  return m ? Number(m[1] ?? m[2]) : undefined;
}

/**
 * 改革开放40年来, 汶川地震发生后，…。一年来: an exact count of years since (N年来,
 * N年间) with a well-known event (rules/date-anniversaries.tsv) before it in its
 * sentence, or in the sentence before where the count opens its own, names
 * the year of writing: the event's year and the count, short of a year still
 * to come. Asked only where the text states no year (a start year it states,
 * 从1995年开始对口支援…12年来, is read before the table's). Undefined where
 * none, or several that disagree, are found.
 */
function yearFromEventCount(text: string, r: InferenceRules): number | undefined {
  const found = new Set<number>();
  for (const { countStart, years } of countsOfYears(text, r)) {
    let start = sentenceStart(text, countStart, countStart - SINCE_START_REACH);
    if (start > 0 && OPENS_SENTENCE.test(text.slice(start, countStart))) {
      const end = previousSentenceEnd(text, start);
      start = sentenceStart(text, end, end - SINCE_START_REACH);
    }
    const event = lastEventIn(text.slice(start, countStart), r.countedEvents);
    const year = event === undefined ? undefined : event + years;
    if (year !== undefined && year <= new Date().getFullYear()) found.add(year);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * 新中国成立后建设的第一座水库 … 2018年4月，… 70年来，…: a count of years since
 * (N年来) reaches from a well-known event the text names earlier, anywhere
 * before it, to the year of writing where that is the latest stated year or
 * up to MAX_YEARS_AFTER_LATEST after it (the text states its figures of the
 * year before); undefined where none, or several that disagree, are found.
 */
function yearFromEventCountAfterLatest(text: string, r: InferenceRules, latest: number): number | undefined {
  const found = new Set<number>();
  for (const { countStart, years } of countsOfYears(text, r)) {
    const event = lastEventIn(text.slice(0, countStart), r.countedEvents);
    const year = event === undefined ? undefined : event + years;
    if (year !== undefined && year >= latest && year <= latest + MAX_YEARS_AFTER_LATEST && year <= new Date().getFullYear()) found.add(year);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * The year of the well-known event named last in `head` (改革开放 → 1978) as
 * the start of the count: right before it (改革开放40年来) or followed by 后 or
 * 以来 (汶川大地震发生后，…。一年来); not one inside a name (援藏工作队进藏三年来).
 */
function lastEventIn(head: string, anniversaries: readonly Anniversary[]): number | undefined {
  let at = -1;
  let year: number | undefined;
  for (const a of anniversaries) {
    const i = head.lastIndexOf(a.keyword);
    const end = i + a.keyword.length;
    if (i > at && (end === head.length || EVENT_SINCE.test(head.slice(end, end + 4)))) [at, year] = [i, a.year];
  }
  return year;
}

/** After a well-known event's name, marks the time since it: 后, 以后, 以来, 发生后, 之初. */
const EVENT_SINCE = /^(?:发生)?(?:后|以后|之后|以来|之初)/;

/**
 * Every exact count of years since (3年来, 五年间) the text holds, with where
 * it starts; not one that opens a record (3年来首次, 五年间最高: it counts back
 * from its event), nor a start year (2019年以来). Only the few places where a
 * cue (年来, 年间) stands are read, in one scan.
 */
function* countsOfYears(text: string, r: InferenceRules): Generator<{ countStart: number; years: number }> {
  const cue = r.yearsSinceStartCue;
  cue.lastIndex = 0;
  for (let m = cue.exec(text); m; m = cue.exec(text)) {
    // 2019年以来 names a start, not a count: a count has at most two digits before its 年.
    if (isDigitAt(text, m.index - 3)) continue;
    const from = Math.max(0, m.index - COUNT_REACH);
    const count = r.yearsSinceStart.exec(text.slice(from, m.index + m[0].length));
    if (!count || opensRecord(text, m.index + m[0].length, r)) continue;
    yield { countStart: from + count.index, years: smallNumber(count[1]!) };
  }
}

/**
 * Every streak of years the text holds (连续18年, 连续第八年), with where it
 * starts and the years from its start to the year of writing: 从1996年起，…
 * 连续18年 reaches 2014 as 18年来 does; an ordinal counts its first year
 * (从2012年起，…连续第八年 → 2019).
 */
function* streaksOfYears(text: string, r: InferenceRules): Generator<{ countStart: number; years: number }> {
  if (!r.streakWords.occursIn(text)) return;
  r.streak.lastIndex = 0;
  for (let m = r.streak.exec(text); m; m = r.streak.exec(text)) {
    const years = smallNumber(m[2]!);
    if (years >= 1) yield { countStart: m.index, years: m[1] ? years - 1 : years };
  }
}

/** A record word (首次, 最高 …) in the clause after `at`. */
function opensRecord(text: string, at: number, r: InferenceRules): boolean {
  return hasWordIn(r.record, text, at, clauseEnd(text, at));
}

/** Whether a word of `words` stands wholly in [at, stop). */
function hasWordIn(words: WordList, text: string, at: number, stop: number): boolean {
  for (let i = at; i < stop; i++) if (words.startsAt(text, i, stop) !== undefined) return true;
  return false;
}

/**
 * 至今已95年, 至今已经走过了12年, 至今整整30年, 至今，新中国已经走过整整70年: an exact count of years up
 * to now, in group 1 (global); a short subject between takes 已 and a verb of time passed.
 */
const UNTIL_NOW =
  /至今(?:(?:已经?)?(?:有|走过了?|过去了?|经历了?|整整|正好)?|[，,]?[\u4e00-\u9fff]{0,6}?(?:已经?)(?:走过了?|过去了?|经历了?)(?:整整|正好)?)(\d{1,3}|[一二两三四五六七八九十百]{1,4})\s*(?:个)?年(?![代级度底末初多余])/g;
/** A year stated before a count up to now in its sentence; the last one is read. */
const YEAR_BEFORE_COUNT = /(?<![\d.])((?:19|20)\d{2})\s*年/g;

/**
 * 1928年，…开设一家酒店，…至今已经走过了95年: a year and an exact count of
 * years up to now in one sentence name the year of writing (2023), however
 * far, where that is no earlier than `latest` and not still to come.
 * Undefined where none, or several that disagree, are found.
 */
function yearFromUntilNow(text: string, latest: number): number | undefined {
  if (!text.includes('至今')) return undefined;
  const found = new Set<number>();
  for (const m of text.matchAll(UNTIL_NOW)) {
    const head = text.slice(sentenceStart(text, m.index, m.index - SINCE_START_REACH), m.index);
    let start: number | undefined;
    for (const y of head.matchAll(YEAR_BEFORE_COUNT)) start = Number(y[1]);
    if (start === undefined) continue;
    const year = start + smallNumber(m[1]!);
    if (year >= latest && year <= new Date().getFullYear()) found.add(year);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** A year (with its month and day) opening a sentence: 2005年，… or 2005年3月两市…; its year in group 1. */
const YEAR_OPENING_SENTENCE = /^[\s\u3000]*((?:19|20)\d{2})\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?(?![来间多余前后底末初])/;
/** Before a count of years that opens its sentence: nothing, or 这 / 过去 (这18年来, 过去18年间). */
const OPENS_SENTENCE = /^[\s\u3000]*(?:这|过去的?)?$/;

/**
 * Where a count of years opens the sentence that starts at `sentence`, the
 * year that opens the sentence before it (2005年，两市结为友好城市。18年来):
 * the count runs from that year's event.
 */
function yearOpeningSentenceBefore(text: string, sentence: number, countStart: number): number | undefined {
  if (sentence === 0 || !OPENS_SENTENCE.test(text.slice(sentence, countStart)) || !SENTENCE_BREAKS.includes(text[sentence - 1]!)) return undefined;
  const end = previousSentenceEnd(text, sentence);
  if (end === 0) return undefined;
  const previous = sentenceStart(text, end, end - SINCE_START_REACH);
  // A sentence longer than the reach is not read: its start is not found.
  if (previous > 0 && !SENTENCE_BREAKS.includes(text[previous - 1]!)) return undefined;
  // Across a paragraph's break the count follows a paragraph the year opens (2021年，…举办。\n两年来), not a year
  // closing a paragraph of others (2015年以来，…。2019年，全县脱贫。\n三年来: the three years up to it).
  if (text.slice(end, sentence).includes('\n') && previous > 0 && text[previous - 1] !== '\n') return undefined;
  const m = YEAR_OPENING_SENTENCE.exec(text.slice(previous, end));
  return m ? Number(m[1]) : undefined;
}

/**
 * Where the sentence before the one starting at `sentence` ends, before its
 * mark: a sentence may end in its own mark before a paragraph's break
 * (…取得成果。\n两年来), and the breaks and blanks between are one.
 */
function previousSentenceEnd(text: string, sentence: number): number {
  let end = sentence - 1;
  while (end > 0 && (SENTENCE_BREAKS.includes(text[end - 1]!) || BLANK.test(text[end - 1]!))) end--;
  return end;
}

const BLANK = /[\s\u3000]/;

function isDigitAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 0x30 && code <= 0x39;
}

/** How far before its cue (年来) the count of years may start (十二 in 十二年来). */
const COUNT_REACH = 4;

/** The year of the last start of a period (从1995年开始, 2010年以来) in `head`. */
function lastPeriodStart(head: string, periodStart: RegExp): number | undefined {
  let year: number | undefined;
  periodStart.lastIndex = 0;
  for (let m = periodStart.exec(head); m; m = periodStart.exec(head)) year = Number(m[1] ?? m[2]);
  return year;
}

/** Where the sentence holding `at` starts (after its 。！？ or line break), at the earliest at `limit`. */
function sentenceStart(text: string, at: number, limit: number): number {
  const first = Math.max(0, limit);
  for (let i = at - 1; i >= first; i--) if (SENTENCE_BREAKS.includes(text[i]!)) return i + 1;
  return first;
}

const SENTENCE_BREAKS = '。！？!?\n';

/** How many years past a lower bound a month-day's weekday is looked for (a record since 2014 … 3月5日（星期二）). */
const WEEKDAY_YEARS = 5;

interface GlossedDay {
  month: number;
  day: number;
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
}

/** Before a month-day: its year (2019年12月3日) or more digits (112月 is no month). */
const YEAR_OR_NUMBER_BEFORE = /[\d.年]\s*$/;

/** The first month-day without a year that the text glosses with its weekday (12月3日（星期四）). */
function glossedDay(text: string, r: InferenceRules): GlossedDay | undefined {
  r.weekdayDay.lastIndex = 0;
  for (let m = r.weekdayDay.exec(text); m; m = r.weekdayDay.exec(text)) {
    // 2019年12月3日（星期二） states its year; 112月 is no month.
    if (YEAR_OR_NUMBER_BEFORE.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    const [month, day, weekday] = [Number(m[1]), Number(m[2]), r.weekdays.get(m[3]!)];
    if (weekday !== undefined && month >= 1 && month <= 12 && day >= 1) return { month, day, weekday };
  }
  return undefined;
}

function fitsWeekday(glossed: GlossedDay, year: number): boolean {
  const date = new Date(Date.UTC(year, glossed.month - 1, glossed.day));
  return date.getUTCDate() === glossed.day && date.getUTCDay() === glossed.weekday % 7;
}

/** The one year in [from, to] in which the glossed day falls on its weekday; undefined where none or several do. */
function onlyYearOfWeekday(glossed: GlossedDay, from: number, to: number): number | undefined {
  const fits: number[] = [];
  for (let year = from; year <= to; year++) if (fitsWeekday(glossed, year)) fits.push(year);
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * The day of the year inferred: a wire dateline (新华社北京5月20日电) near the
 * top, else the day the text names as today (今天（7月16日）, 今天是5月20日).
 * A wire that reports months of that year later than its own day as past
 * (1月2日电 … 截至2023年11月底) was filed the year after.
 */
function withStoryDay(text: string, inferred: number, r: InferenceRules, stated: readonly StatedYear[] = []): string {
  const m = r.wireDateline.exec(text.slice(0, HEAD_CHARS)) ?? r.todayNamed.exec(text);
  if (!m) return String(inferred);
  const [month, day] = [smallNumber(m[1]!), smallNumber(m[2]!)];
  const reportsLaterMonths = stated.some((s) => s.year === inferred && s.month !== undefined && s.month > month);
  const year = reportsLaterMonths ? inferred + 1 : inferred;
  const valid = month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
  return valid ? iso(String(year), month, day) : String(year);
}

/** 6 or 六, 10 or 十: a month or a day of a wire dateline (中新社澳门六月十日电); NaN where neither. */
function smallNumber(text: string): number {
  return /^\d+$/.test(text) ? Number(text) : (parseChineseNumber(text) ?? Number.NaN);
}

function iso(year: string, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A date near the top that is a dateline: alone on a short line, or with a
 * time or a publication word (发布, 来源, 时间 …) beside it, which also finds
 * one glued onto a long line (标题2023-05-12 10:15 来源：…正文). Past the
 * first lines (a crawled page's list of links) but within the first
 * characters, a date with its clock time right after it
 * (某某日报2020-07-27 07:41) still is one.
 */
function findDateline(text: string, r: InferenceRules): string | null {
  const head = text.slice(0, HEAD_CHARS);
  let pageClock: string | null = null;
  let amongWords: string | null = null;
  const lines = head.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    // 2026年01月19日 14:21:21 over or under another such line: the times of a list of other stories' links.
    if (isTimedListItem(line) && timedListItemBeside(text, head, index)) continue;
    for (const pattern of DATELINE_FORMS) {
      const yearLast = pattern === YEAR_LAST_DATE;
      // Such a date counts only alone on its line (or with its clock time): a long line is not read.
      if (yearLast && (line.length > YEAR_LAST_LINE || !YEAR_LAST_CUE.test(line))) continue;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(line); m; m = pattern.exec(line)) {
        // 22.01.2017 19:01 has its year last; the other forms first.
        const read = yearLast ? readYearLastDay(m) : { month: Number(m[2]), day: Number(m[3]) };
        if (!read) continue;
        const [year, month, day] = [yearLast ? m[4]! : m[1]!, read.month, read.day];
        if (month < 1 || month > 12 || day < 1 || day > 31) continue;
        // A year-last date counts only with its clock time or alone on its line: in a sentence it may be a version.
        if (yearLast && !isBareOrTimed(line, m.index, m.index + m[0].length)) continue;
        const end = m.index + m[0].length;
        // Below a page's first lines (a list of links), only a date with its clock time is a dateline.
        if (index >= HEAD_LINES ? !TIME_AFTER.test(line.slice(end)) : !isDateline(line, m.index, end, r)) continue;
        // A date with only its weekday on its line may be a mirror page's own clock: a dateline below it wins.
        // 2024/05/16, Thursday and 23:59 set over lines: the page's own clock as well.
        const isClock = r.clockRest.test(line.slice(0, m.index) + line.slice(end)) || (isBareOrTimed(line, m.index, end) && weekdayBelow(lines, index, r));
        if (isClock) pageClock ??= iso(year, month, day);
        // A date alone on its line, with its clock time or after a publication word (时间：) is the
        // page's dateline; one among words (政府2023年2月22日发表《预算案》) may be a title's event,
        // and yields to a dateline of those kinds below it.
        else if (isBareOrTimed(line, m.index, end) || TIME_AFTER.test(line.slice(end)) || r.datelineWords.test(line.slice(Math.max(0, m.index - GLUED_REACH), m.index))) return iso(year, month, day);
        else amongWords ??= iso(year, month, day);
      }
    }
  }
  return amongWords ?? pageClock;
}

const DATELINE_FORMS = [NUMERIC_DATE, WRITTEN_DATE, YEAR_LAST_DATE];

/** A line of a full date with its clock time and nothing else (a bullet at most): the time of a link in a list of stories. */
const TIMED_LIST_ITEM = /^[\s\u3000]*(?:[-*·•][\s\u3000]*)?(?:19|20)\d{2}\s*[年/.-]\s*\d{1,2}\s*[月/.-]\s*\d{1,2}\s*日?\s*\d{1,2}:\d{2}(?::\d{2})?[\s\u3000]*$/;

function isTimedListItem(line: string): boolean {
  return TIMED_LIST_ITEM.test(line);
}

/** The line before or after line `index` of the head (read whole from the text) is such an item too. */
function timedListItemBeside(text: string, head: string, index: number): boolean {
  const lines = text.slice(0, head.length + DATELINE_MAX_LENGTH * 2).split('\n');
  return (index > 0 && isTimedListItem(lines[index - 1]!)) || (index + 1 < lines.length && isTimedListItem(lines[index + 1]!));
}

/** Whether the next line after `index` that is not blank holds only a weekday (Thursday, 星期四). */
function weekdayBelow(lines: readonly string[], index: number, r: InferenceRules): boolean {
  for (let i = index + 1; i < lines.length; i++) if (lines[i]!.trim() !== '') return r.weekdayLine.test(lines[i]!);
  return false;
}

/**
 * A page template's dateline set over lines of its own near the top: the
 * year, then the month and day (05/18), maybe then the clock time (16:55).
 */
const SPLIT_DATELINE = /(?:^|\n)[\s\u3000]*((?:19|20)\d{2})[\s\u3000]*\n[\s\u3000]*(\d{2})[/-](\d{2})[\s\u3000]*(?:\n[\s\u3000]*\d{1,2}:\d{2}(?::\d{2})?[\s\u3000]*)?(?=\n|$)/;

function findSplitDateline(text: string): string | null {
  const head = text.slice(0, HEAD_CHARS);
  // Its month and day have a / or a - between them: a head without one holds none.
  if (!head.includes('/') && !head.includes('-')) return null;
  const m = SPLIT_DATELINE.exec(head);
  if (!m) return null;
  // The dashed form's groups come first, the bare or bracketed line's after them.
  const [year, month, day] = m[1] !== undefined ? [m[1], Number(m[2]), Number(m[3])] : [m[4]!, Number(m[5]), Number(m[6])];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? iso(year, month, day) : null;
}
/** The longest line that holds only a date with its year last and its clock time (indented). */
const YEAR_LAST_LINE = 32;
/** A separator and a year's first digits: a line without one holds no date with its year last. */
const YEAR_LAST_CUE = /[.\-/](?:19|20)\d\d/;

/** A date with only its clock time (and spaces) on its line: 22.01.2017  19:01. */
function isBareOrTimed(line: string, start: number, end: number): boolean {
  return /^[\s\u3000]*$/.test(line.slice(0, start)) && /^[\s\u3000]*(?:\d{1,2}:\d{2}(?::\d{2})?)?[\s\u3000]*$/.test(line.slice(end));
}

/** A month-day: on a line with a date, it makes the line a title. */
const SECOND_DAY = /\d{1,2}\s*月\s*\d{1,2}\s*日/;

function isDateline(line: string, start: number, end: number, r: InferenceRules): boolean {
  const trimmed = line.trim();
  const before = line.slice(Math.max(0, start - GLUED_REACH), start);
  const after = line.slice(end, end + GLUED_REACH);
  const timed = TIME_AFTER.test(line.slice(end));
  // A day written with 年月日 in a sentence about plans (测试将于2023年2月11日（星期六）举行) or closing a window opened
  // on a day to come (明日上午9时至2023年1月11日下午5时接受报名) is an event ahead, whatever weekday or time glosses it;
  // a date in figures glued after a title's words (市政府将出台新政策2023-05-12 10:15) is the page's still.
  const planned = r.planWordBefore.test(before) || FUTURE_SPAN_BEFORE.test(line.slice(Math.max(0, start - FUTURE_SPAN_REACH), start));
  if (planned && !NUMERIC_FORM.test(line.slice(start, end))) return false;
  if (trimmed.length <= DATELINE_MAX_LENGTH) {
    const rest = line.slice(0, start) + line.slice(end);
    // A second day on the line makes it a title (2020年3月23日某地和7月13日某地地震总结), not a dateline.
    const aloneOnLine = !/[\u4e00-\u9fff]{6,}/.test(rest) && !SECOND_DAY.test(rest);
    // 某公司:2023年年度报告摘要2024-04-29: a crawled page's title with its numeric date glued on at the end.
    const gluedAtEnd = start > 0 && NUMERIC_FORM.test(line.slice(start, end)) && /^[\s\u3000]*$/.test(line.slice(end));
    // 2018-09-14徐向真副教授任莉娜: a date in figures opening a short line of names under the title, as a crawled journal page writes its meta line.
    const gluedAtStart = /^[\s\u3000]*$/.test(line.slice(0, start)) && NUMERIC_FORM.test(line.slice(start, end)) && GLUED_NAMES.test(line.slice(end));
    return aloneOnLine || timed || gluedAtEnd || gluedAtStart || TIME.test(rest) || r.datelineWords.test(rest);
  }
  // A long line: a crawled page with the dateline glued on. Only a time, a publication word right
  // beside it or a wire dateline's 电/讯 (本报2023年5月12日讯) counts.
  return timed || r.datelineWords.test(before) || r.datelineWords.test(after.slice(0, 6)) || r.wireAfter.test(after);
}

/** After a date opening its line: names and nothing else (no sentence marks, no figures), short. */
const GLUED_NAMES = /^[\u4e00-\u9fff（）() \u3000、]{2,24}$/;

/** A date written in figures with separators (2024-04-29, 2024/4/29), not in words with 年月日. */
const NUMERIC_FORM = /^\d{4}[-/.]/;

/** How much of the text's end a signing date may be found in, and on how many of its last lines. */
const TAIL_CHARS = 200;
const TAIL_LINES = 4;
/** A line that is only a date, maybe in brackets: （2020-03-18）, 2021年3月5日. */
const SIGNATURE_LINE = new RegExp(`^[\\s\u3000（(]*(?:${NUMERIC_DATE.source}|${WRITTEN_DATE.source})[\\s\u3000）)]*$`);

/** 来源：某某网站 2016年7月26日, a line of page chrome at the top or the end: the outlet's date of the text. */
function findSourceLineDate(text: string, r: InferenceRules): string | null {
  const head = text.slice(0, HEAD_CHARS);
  const tail = text.slice(-TAIL_CHARS);
  const m = (r.sourceLabel.occursIn(head) ? r.sourceLine.exec(head) : null) ?? (r.sourceLabel.occursIn(tail) ? r.sourceLine.exec(tail) : null);
  return m ? numericOrWritten(m) : null;
}

/**
 * A notice or a bulletin ends with its signer and the date it was signed, on
 * a line of its own among the last two. A list of dated links (a crawled
 * page's related news) has several such lines: none of them counts.
 */
/**
 * A speech's or a report's delivery line under its title (——2019年9月2日在市人大常委会会议上): the day
 * it was given, within the first screen. Without its dash, or in brackets ((2023年2月8日在县人大会议上)), the
 * line must be that and nothing else: no clause mark, as a lead sentence opening with its day has.
 */
const SPEECH_DAY = '((?:19|20)\\d{2})[ \\t\\u3000]*年[ \\t\\u3000]*(\\d{1,2})[ \\t\\u3000]*月[ \\t\\u3000]*(\\d{1,2})[ \\t\\u3000]*日[ \\t\\u3000]*在';
const SPEECH_LINE = new RegExp(
  `(?:^|\\n)[ \\t\\u3000]*(?:(?:——|—|－－|--)[ \\t\\u3000]*${SPEECH_DAY}|[（(]?[ \\t\\u3000]*${SPEECH_DAY}[^\\n，。,；;！？!?]{2,40}?[）)]?[ \\t\\u3000]*(?:\\n|$))`,
);

/** How far into the text a speech's delivery line stands. */
const SPEECH_LINE_REACH = 600;

function findSpeechLine(text: string): string | null {
  const m = SPEECH_LINE.exec(text.slice(0, SPEECH_LINE_REACH));
  if (!m) return null;
  // The dashed form's groups come first, the bare or bracketed line's after them.
  const [year, month, day] = m[1] !== undefined ? [m[1], Number(m[2]), Number(m[3])] : [m[4]!, Number(m[5]), Number(m[6])];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? iso(year, month, day) : null;
}

function findSignatureDate(text: string): string | null {
  const lines = text.slice(-TAIL_CHARS).split('\n').filter((line) => line.trim() !== '').slice(-TAIL_LINES);
  const dated = lines.map(dateLineDay);
  const found = dated.filter((day) => day !== null);
  return found.length === 1 && dated.slice(-2).includes(found[0]!) ? found[0]! : null;
}

/** The day a line names when it holds only a date (2021年3月5日, （2020-03-18）, 二〇二一年三月五日). */
function dateLineDay(line: string): string | null {
  const m = SIGNATURE_LINE.exec(line);
  if (m) return numericOrWritten(m);
  const chinese = line.includes('年') ? CHINESE_DATE_LINE.exec(line) : null;
  return chinese ? chineseDay(chinese) : null;
}

/** A line that is only a date in Chinese numerals, as official documents are signed: 二〇二一年三月五日. */
const CHINESE_DATE_LINE = new RegExp(`^[\\s\u3000（(]*${CHINESE_DATE}[\\s\u3000）)]*$`);

function chineseDay(m: RegExpExecArray): string | null {
  const [year, month, day] = [parseChineseNumber(m[1]!.replace(/○/g, '〇')), parseChineseNumber(m[2]!), parseChineseNumber(m[3]!)];
  if (year === undefined || month === undefined || day === undefined) return null;
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? iso(String(year), month, day) : null;
}

/**
 * 二〇二一年六月三日 on a line of its own anywhere, beside a signer's short line (局长 王五): an
 * official document's signing date, also where another version or a second document follows it (a
 * date line quoted alone in a story has no signer). Only where the text holds one such day: a page of
 * several documents signed on different days is dated by none of them.
 */
function findChineseSignatureLine(text: string): string | null {
  let found: string | null = null;
  for (let at = text.indexOf('年'); at >= 0; at = text.indexOf('年', at + 1)) {
    // Only a year in Chinese numerals (二〇二一年) starts one: most 年 are passed at once.
    if (at === 0 || !CHINESE_YEAR_DIGITS.includes(text[at - 1]!)) continue;
    const start = text.lastIndexOf('\n', at) + 1;
    const end = text.indexOf('\n', at);
    const m = CHINESE_DATE_LINE.exec(text.slice(start, end < 0 ? text.length : end));
    const day = m && besideSigner(text, start, end) ? chineseDay(m) : null;
    if (day && found && day !== found) return null;
    if (day) found = day;
    if (end < 0) break;
    at = end;
  }
  return found;
}

/** The digits a year in Chinese numerals ends with. */
const CHINESE_YEAR_DIGITS = '〇○零一二三四五六七八九';

/** The longest a signer's line is (行政长官 王五, 某某市人民政府办公室). */
const SIGNER_MAX_LENGTH = 16;
const SENTENCE_MARKS = /[。，,；;！？!?：:]/;

/** Whether the nearest non-blank line before or after the line [start, end) is a signer's: short, no sentence marks. */
function besideSigner(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - SIGNER_REACH), start).split('\n').filter((l) => l.trim() !== '').pop();
  const after = end < 0 ? undefined : text.slice(end, end + SIGNER_REACH).split('\n').find((l) => l.trim() !== '');
  return [before, after].some((line) => line !== undefined && line.trim().length <= SIGNER_MAX_LENGTH && !SENTENCE_MARKS.test(line));
}

/** How far around a date line its signer's line is looked for. */
const SIGNER_REACH = 60;

/** A date in Chinese numerals on a line of its own near the top (二〇二一年三月五日 under a notice's title). */
function findChineseDateline(text: string): string | null {
  for (const line of text.slice(0, HEAD_CHARS).split('\n').slice(0, HEAD_LINES)) {
    const m = line.includes('年') ? CHINESE_DATE_LINE.exec(line) : null;
    if (m) return chineseDay(m);
  }
  return null;
}

/** A line that is only a date of the Republic of China calendar with its era: 中华民国112年10月17日. */
const ROC_DATE_LINE = new RegExp(`^[\\s\u3000（(]*${rocDateSource('(?!)')}[\\s\u3000）)]*$`);

/**
 * An ROC date on a line of its own near the top, as Taiwan's official pages date themselves: with its
 * era (中华民国112年10月17日), or bare with its month and day (114年01月13日: no length of time has them).
 */
function findRocDateline(text: string): string | null {
  for (const line of text.slice(0, HEAD_CHARS).split('\n').slice(0, HEAD_LINES)) {
    const m = line.includes('年') ? ROC_DATE_LINE.exec(line) : null;
    const date = m && (m.groups!.era || m.groups!.day !== undefined) ? readRocDate(m) : undefined;
    if (date?.month !== undefined && date.day !== undefined) return iso(String(date.year), date.month, date.day);
  }
  return null;
}

/** The day a match of NUMERIC_DATE|WRITTEN_DATE names (groups 1-3 or 4-6), or null where it names none. */
function numericOrWritten(m: RegExpExecArray): string | null {
  const [year, month, day] = m[1] ? [m[1], Number(m[2]), Number(m[3])] : [m[4]!, Number(m[5]), Number(m[6])];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? iso(year, month, day) : null;
}

/**
 * 发布时间：2011-03-24 (or a forum post's 发表于 2011-3-24 10:52, or a metadata key: date 2011-03-24)
 * anywhere in a crawled page's first screens.
 */
function findLabelledDateline(text: string, r: InferenceRules): string | null {
  const head = text.slice(0, LABELLED_CHARS);
  // 时间:2021-04-02 | : a bare label names the page's date only on a meta line that page chrome closes (not 时间：…｜地点：…).
  const m = r.labelled.exec(head) ?? r.posted.exec(head) ?? r.keyed.exec(head) ?? (hasBar(head) ? r.chromeLabelled.exec(head) : null);
  if (m) return numericOrWritten(m);
  // date 2017-11: a metadata key with only the month of the date.
  const month = r.keyedMonth.exec(head);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) return `${month[1]}-${month[2]!.padStart(2, '0')}`;
  // 发布日期：二〇二三年七月十八日, as an official page writes it.
  const chinese = head.includes('〇') || head.includes('○') || head.includes('零') ? r.labelledChinese.exec(head) : null;
  return chinese ? chineseDay(chinese) : null;
}

/** Whether a page-chrome bar (| or ｜) stands in the text: a bare label's dateline needs one. */
function hasBar(text: string): boolean {
  return text.includes('|') || text.includes('｜');
}

/** A full date with its clock time (2023-05-12 10:15, 2023年5月12日 10:15): a page's posting time. */
const POSTING_TIME = /((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})日?\s*\d{1,2}[:：]\d{2}(?!\d)/u;

/**
 * The posting time on a line the clean stage dropped as page chrome (责任编辑：张三
 * 2023-05-12 10:15): the first valid one, or null.
 */
export function postingTimeOf(lines: readonly string[]): string | null {
  for (const line of lines) {
    const m = POSTING_TIME.exec(line);
    if (!m) continue;
    const [month, day] = [Number(m[2]), Number(m[3])];
    if (month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate()) return iso(m[1]!, month, day);
  }
  return null;
}

/**
 * A timed byline (2011-03-24 10:20 来源：…), or a date right before a source label (( 2025-12-25 ) 稿件来源：…), below a
 * crawled page's navigation, where no dateline is near the top.
 */
function findTimedByline(text: string, r: InferenceRules): string | null {
  const head = text.slice(0, LABELLED_CHARS);
  const m =
    r.timedByline.exec(head) ?? (r.sourceLabel.occursIn(head) ? r.sourcedByline.exec(head) : null) ?? (r.bylineLabel.occursIn(head) ? r.bylineLine.exec(head) : null);
  return m ? numericOrWritten(m) : null;
}

/** A picture's or a link's path on the page's own site, in a crawled page's Markdown: ![](/uploads/2019-3/8/….jpg). */
const SITE_PATH = /\]\(\/[^\s)]+\)/g;

/** A day in an address's path: /t20180425_, /2010-07/22/, /art/2021/5/10/, /201602/02/, /2024/0103…, /20181214/. */
const ADDRESS_DAY = /\/t?((?:19|20)\d{2})[-/]?(\d{1,2})[-/]?(\d{1,2})(?=[/_.a-zA-Z])/g;

/**
 * The first day a web address in the text carries in its path (a crawled
 * page's own address, or a picture uploaded with it), at or after the latest
 * year the text states: an older one links to an earlier story.
 */
function findAddressDate(text: string, latest: number | undefined): string | null {
  const web = text.includes('://');
  const linked = text.includes('](/');
  if (!web && !linked) return null;
  const addresses = [...(web ? text.matchAll(WEB_ADDRESS) : []), ...(linked ? text.matchAll(SITE_PATH) : [])];
  for (const url of addresses) {
    for (const m of url[0].matchAll(ADDRESS_DAY)) {
      const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) continue;
      if (latest === undefined || year >= latest) return iso(m[1]!, month, day);
    }
  }
  return null;
}

const THREE_LETTERS = /[A-Za-z]{3}/;

/** Mon, 3 Jul 2023 08:15:00 GMT or July 3, 2023 near the top. */
function findLatinDateline(text: string, r: InferenceRules): string | null {
  const head = text.slice(0, HEAD_CHARS);
  // Every month name has three letters or more: a head without them is not read.
  if (!THREE_LETTERS.test(head)) return null;
  const m = r.latin.exec(head);
  if (!m) return null;
  const [dayText, monthText, year] = m[1] ? [m[1], m[2]!, m[3]!] : [m[5]!, m[4]!, m[6]!];
  const month = r.monthNames.get(monthText.toLowerCase());
  const day = Number(dayText);
  return month !== undefined && day >= 1 && day <= 31 ? iso(year, month, day) : null;
}

interface StatedYear {
  year: number;
  month?: number;
  /**
   * credible: past or present, it may date the article; history: the article
   * is later; record: the start of a record (为2020年以来最高), and a writer
   * calls the present year 今年, so the article is of a later year;
   * completed: a year over when the article was written (2020年全年), most
   * likely the year before it; arranged: a year whose projects or funds are
   * arranged ahead (初步安排2017年重点项目), so the article is of the year
   * before it. Planned years and baselines are left out.
   */
  kind: 'credible' | 'history' | 'record' | 'completed' | 'arranged';
  /** The first year of the span of years it ends (2019 for 2028 in 2019-2028年, 2019年至2028年). */
  spanFrom?: number;
}

/**
 * A year over when the text was written, from the words around it: 2020年全年
 * (a bulletin's year, or 今年 compared with it), 2020年年报 (its report out),
 * 截至2020年底 (figures to its end). The cheap looks first: most years have none.
 */
function isCompletedYear(before: string, after: string, r: InferenceRules): boolean {
  if (r.completedWords.some((word) => after.includes(word)) && r.completedAfter.test(after)) return true;
  if (ANNUAL_REPORT_FIRSTS.includes(after[0] ?? '\n') && r.annualReport.starts(after) !== undefined) return true;
  return isCutoff(before, r) && r.yearEndAfter.test(after);
}

/** 度 and a title right after a year's 年 (2024年度《某省湖泊保护白皮书》): group 1 is the title. */
const TITLE_AFTER_YEAR = /^度?《([^》\n]{1,40})》/;

/**
 * 2024年度《某省湖泊保护白皮书》, 2023年《某市生态环境状况公报》: a year's review published under its
 * title (`annual-title-end` in date-context.tsv) is out once the year is over.
 */
function namesAnnualReview(text: string, yearEnd: number, r: InferenceRules): boolean {
  if (text[yearEnd] !== '度' && text[yearEnd] !== '《') return false;
  const title = TITLE_AFTER_YEAR.exec(text.slice(yearEnd, yearEnd + 44));
  return title !== null && r.annualTitleEnd.some((word) => title[1]!.endsWith(word));
}

/** The first characters of the annual-report words after a year's 年 (年报, 年度报告, 度报告, 全年业绩). */
const ANNUAL_REPORT_FIRSTS = '年度全';

/** 截至, 截止到 right before a year (a cheap look for 截 first). */
function isCutoff(before: string, r: InferenceRules): boolean {
  return before.includes('截') && r.cutoffBefore.test(before);
}

/** Before a year that ends a span of years: the span's first year (group 1) and its connector (2019 - , 2019年至). */
const SPAN_START_BEFORE = /((?:19|20)\d{2})\s*年?\s*(?:[-–—~～至到]|——)\s*$/;

/** Before a year that ends a span of days: the first end's month without a year (group 1: 10 in 10月1日至2023年4月7日). */
const YEARLESS_SPAN_START_BEFORE = /(\d{1,2})\s*月\s*\d{1,2}\s*[日号]?\s*(?:[-–—~～至到]|——)\s*$/;

/**
 * The year a span of days without a year at its start (10月1日至2023年4月7日)
 * is told in: its first end's, the year before the second's where its month
 * comes later; elsewhere the year stated.
 */
function yearOfSpanStart(before: string, year: number, month: number | undefined): number {
  if (month === undefined || !before.includes('月')) return year;
  const start = YEARLESS_SPAN_START_BEFORE.exec(before);
  return start && Number(start[1]) > month ? year - 1 : year;
}

/** How many years past its first the end of a span that may date a text lies: five (2012—2017年, 2016—2020年). */
const DATING_SPAN_YEARS = 5;

/**
 * The stated years less the ends of spans longer than a plan's five years
 * (于2019-2028年设立…) or running more than MAX_YEARS_AFTER_LATEST past every
 * other year stated: a period that runs on, mostly planned, says nothing of
 * when the text was written; its first year stays. A short span alone
 * (2012—2017年，全县完成…) keeps its end.
 */
function withoutFarSpanEnds(years: StatedYear[]): StatedYear[] {
  if (!years.some((s) => s.spanFrom !== undefined)) return years;
  const others = maxOf(years.filter((s) => s.spanFrom === undefined).map((s) => s.year));
  const dates = (s: StatedYear) => s.spanFrom === undefined || (s.year - s.spanFrom <= DATING_SPAN_YEARS && (others === undefined || s.year <= others + MAX_YEARS_AFTER_LATEST));
  return years.filter(dates);
}

/**
 * 2021至22年度, 2021/22, 2021-2022年度: a fiscal year from one year's spring to the next's,
 * where its budget is read out in its first year's spring (a text of the second year names
 * the next fiscal year beside it): the text is of its first year at least. Not a planned one
 * (预计2022/23年度录得赤字) nor a baseline (较2020/21年度).
 */
function fiscalYears(text: string, r: InferenceRules): { first: number; start: number; end: number }[] {
  const found: { first: number; start: number; end: number }[] = [];
  if (!text.includes('度') && !text.includes('/') && !text.includes('／') && !text.includes('年')) return found;
  r.fiscalSpan.lastIndex = 0;
  for (let m = r.fiscalSpan.exec(text); m; m = r.fiscalSpan.exec(text)) {
    const first = Number(m[1]);
    const second = m[2]!.length === 2 ? Math.floor(first / 100) * 100 + Number(m[2]) : Number(m[2]);
    if (second !== first + 1) continue;
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    const end = m.index + m[0].length;
    if (isPlannedYear(before, text.slice(end, end + 10), r) || r.baselineBefore.test(before)) continue;
    found.push({ first, start: m.index, end });
  }
  return found;
}

/** After a year's 年: its fiscal year named (财政年度, 度), then 的 or 预算 maybe. */
const FISCAL_YEAR_REST = /^(?:财政年度|財政年度|度)的?(?:预算|預算)?/;
/** How far after a year's 年 its fiscal year's words are read. */
const FISCAL_REST_REACH = 14;

/** Years (with their month, where given) the article states, and what each says of when it was written. */
function statedYears(text: string, r: InferenceRules, plans: boolean, titles: readonly Span[]): StatedYear[] {
  const years: StatedYear[] = [];
  const statedYear = r.statedYear;
  statedYear.lastIndex = 0;
  const fiscal = fiscalYears(text, r);
  for (const f of fiscal) years.push({ year: f.first, kind: 'credible' });
  for (let m = statedYear.exec(text); m; m = statedYear.exec(text)) {
    // 2021/2022年度: a fiscal year's second year is read with its first (above).
    if (fiscal.length > 0 && fiscal.some((f) => f.start <= m!.index && m!.index < f.end)) continue;
    const yearEnd = m.index + m[0].length;
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    const after = text.slice(yearEnd, yearEnd + 10);
    // 初步安排2017年重点项目: next year's projects are arranged in the year before.
    // 向立法会提交2024年度财政预算案: next year's budget is drafted in the year before.
    if (r.arrangedBefore.test(before) || (r.submittedBefore.test(before) && r.budgetDraftAfter.test(after))) {
      years.push({ year: Number(m[1]), kind: 'arranged' });
      continue;
    }
    // 将出现西江2019年第2号洪水: a forecast of the year's numbered flood or typhoon is of the year it is told in.
    const numbered = NUMBERED_OF_YEAR.test(after);
    if (!numbered && (isPlannedYear(before, after, r) || isPlannedCompletion(text, m.index, after, r))) continue;
    // 明日（30日）上午9时至2023年1月11日接受报名: a window opened from a day to come closes later still.
    if (FUTURE_SPAN_BEFORE.test(text.slice(Math.max(0, m.index - FUTURE_SPAN_REACH), m.index))) continue;
    if (titles.some((t) => t.start < m!.index && yearEnd < t.end)) continue;
    const month = m[2] ? Number(m[2]) : undefined;
    // 2021年财政年度施政报告: read out the year before; 2014年财政年度的预算结余: told once the year is closed.
    const fiscalRest = month === undefined ? FISCAL_YEAR_REST.exec(text.slice(yearEnd, yearEnd + FISCAL_REST_REACH)) : null;
    if (fiscalRest) {
      const rest = text.slice(yearEnd + fiscalRest[0].length, yearEnd + FISCAL_REST_REACH);
      if (r.draftedAhead.starts(rest) !== undefined) {
        years.push({ year: Number(m[1]), kind: 'arranged' });
        continue;
      }
      if (r.closedYear.starts(rest) !== undefined) {
        years.push({ year: Number(m[1]), kind: 'completed' });
        continue;
      }
    }
    // 2020年全年 (a bulletin's year, or 今年 compared with it), 2020年年报 (its report out): the article is of a later year.
    if (month === undefined && (isCompletedYear(before, after, r) || namesAnnualReview(text, yearEnd, r))) {
      years.push({ year: Number(m[1]), kind: 'completed' });
      continue;
    }
    // 截至2014年12月底, 截至2014年12月31日: figures up to the year's last day are told once it is over.
    if (month === 12 && isCutoff(before, r) && DECEMBER_END_AFTER.test(after) && !r.planAfter.test(after)) {
      years.push({ year: Number(m[1]), kind: 'completed' });
      continue;
    }
    if (r.baselineBefore.test(before)) continue;
    const history = isHistory(text, m.index, yearEnd, month === undefined, r);
    const span = SPAN_START_BEFORE.exec(before);
    years.push({ year: yearOfSpanStart(before, Number(m[1]), month), month, kind: history ?? 'credible', ...(span && { spanFrom: Number(span[1]) }) });
  }
  // 2019夏季央企青岛行, 2023西藏文化周: a year that names an event is the year it is held.
  // Read in the title and lead, where such names stand.
  for (const m of (text.length > HEAD_CHARS ? text.slice(0, HEAD_CHARS) : text).matchAll(YEAR_NAMING_EVENT)) {
    if (m.index > 0 && !BEFORE_YEAR_NAMING_EVENT.includes(text[m.index - 1]!)) continue;
    if (r.unitAfterBareYear.startsAt(text, m.index + 4) !== undefined) continue;
    if (!isPlannedYear(text.slice(Math.max(0, m.index - 8), m.index), text.slice(m.index + 4, m.index + 14), r)) years.push({ year: Number(m[0]), kind: 'credible' });
  }
  // 1998.10-2002.10 (a résumé's lines): a span of dotted year-months is past, and its end's year may date
  // the text (not its month: a résumé runs to the post the text reports, 今年8月 may come before it).
  // Looked for only at a dot four characters into a calendar year: most texts have few dots.
  for (let dot = text.indexOf('.', 4); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    const lead = text.charCodeAt(dot - 4);
    if (lead !== ONE && lead !== TWO) continue;
    DOTTED_MONTH_SPAN.lastIndex = dot - 4;
    const m = DOTTED_MONTH_SPAN.exec(text);
    if (m && Number(m[2]) >= Number(m[1])) years.push({ year: Number(m[2]), kind: 'credible' });
  }
  // Only where 年 is followed by a month or a part of the year is a two-digit year looked for before it.
  for (let at = text.indexOf('年'); at >= 0; at = text.indexOf('年', at + 1)) {
    if (at < 2) continue;
    // Two digits of one kind right before 年, and no third digit before them.
    const kind = YEAR_DIGIT[text.charCodeAt(at - 1)]!;
    if (kind === 0 || YEAR_DIGIT[text.charCodeAt(at - 2)] !== kind || NOT_BEFORE_SHORT_YEAR[text.charCodeAt(at - 3)] === 1) continue;
    SHORT_YEAR_AFTER.lastIndex = at + 1;
    if (!SHORT_YEAR_AFTER.test(text)) continue;
    const start = at - 2;
    const before = text.slice(Math.max(0, start - 8), start);
    if (isPlannedYear(before, text.slice(at + 1, at + 11), r) || r.baselineBefore.test(before)) continue;
    years.push({ year: shortYear(text.slice(start, at)), kind: 'credible' });
  }
  // 时光回溯到10年前，2009年: a count of years back glossed with the year it reaches names the year of writing (2019).
  if (text.includes('年前')) {
    for (const m of text.matchAll(COUNT_BACK_TO_YEAR)) {
      const back = smallNumber(m[1]!);
      if (back >= 1) years.push({ year: Number(m[2]) + back, kind: 'credible' });
    }
  }
  // 榮獲114年國家警光獎, 98年3月: a text of Taiwan states its years in the Republic of China calendar.
  if (r.taiwanText.test(text) || ROC_DAY_LINE.test(text)) {
    for (const m of text.matchAll(ROC_YEAR)) {
      const end = m.index + m[0].length;
      if (r.rocYearNotBefore.test(text.slice(end, end + 2))) continue;
      const before = text.slice(Math.max(0, m.index - 8), m.index);
      // 第4期(104-107年): a span's second end is the span's (a period planned or over), not a year stated alone.
      if (ROC_SPAN_BEFORE.test(before) || isPlannedYear(before, text.slice(end, end + 10), r) || r.baselineBefore.test(before)) continue;
      years.push({ year: rocYear(Number(m[1] ?? m[2])), kind: isHistory(text, m.index, end, m[2] === undefined, r) ?? 'credible' });
    }
  }
  // “十四五”以来, 进入“十四五”: the text is of the plan's years, whatever earlier years it states.
  if (plans) for (const year of plansSince(text)) years.push({ year, kind: 'history' });
  // 二〇三五年远景目标: a vision's year is a target wherever the text states it again (2035年，人均收入翻一番).
  const visions = visionYears(text, r);
  return visions.size === 0 ? years : years.filter((y) => !visions.has(y.year));
}

/** How far before a year the start of a window to come may stand (明日（30日）上午9时至…). */
const FUTURE_SPAN_REACH = 20;
/** A window opened on a day to come or today (明日, 明天, 下周一, 即日起) and closed by the year after it in the same clause. */
const FUTURE_SPAN_BEFORE = /(?:明[日天]|下周|即日起?)[^，,。；;！？\n]{0,16}[至到]\s*$/;

/** A document's number with its year in brackets (南府函〔2024〕83号, 国发[2023]5号): the year in group 1. */
const DOCUMENT_NUMBER_YEAR = /[〔［[]((?:19|20)\d{2})[〕］\]]\s*(?:第\s*)?\d{1,4}\s*号/g;

/**
 * The year both bounds of the text name, if they meet: from below the latest year of a document it numbers or cites
 * (南府函〔2024〕83号: not earlier) or `floor`; from above the earliest year it plans for that is not before it
 * (计划2024年6月动工: not later). Undefined where the text numbers no document or plans for no year.
 */
function yearBetweenBounds(text: string, r: InferenceRules, floor: number | undefined): number | undefined {
  if (!text.includes('号')) return undefined;
  const numbered = maxOf([...text.matchAll(DOCUMENT_NUMBER_YEAR)].map((m) => Number(m[1])));
  if (numbered === undefined) return undefined;
  const lower = floor === undefined ? numbered : Math.max(floor, numbered);
  const statedYear = r.statedYear;
  statedYear.lastIndex = 0;
  let upper: number | undefined;
  for (let m = statedYear.exec(text); m; m = statedYear.exec(text)) {
    const year = Number(m[1]);
    if (year < lower || (upper !== undefined && year >= upper)) continue;
    const yearEnd = m.index + m[0].length;
    const after = text.slice(yearEnd, yearEnd + 10);
    if (isPlannedYear(text.slice(Math.max(0, m.index - 8), m.index), after, r) || isPlannedCompletion(text, m.index, after, r)) upper = year;
  }
  return upper === lower ? lower : undefined;
}

/** Right after a cutoff's 12月: the month's end or last day (截至2014年12月底, 12月31日), not a deadline (12月底前). */
const DECEMBER_END_AFTER = /^\s*(?:底|末|31\s*日)(?!\s*[前以之])/;

/** Right after a year's 年: a numbered event of that year (2019年第2号洪水, 2023年第5号台风). */
const NUMBERED_OF_YEAR = /^\s*第\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*号(?:洪水|台风|颱風|热带|熱帶)/;

/**
 * 10年前，2009年, 两年前的2021年: an exact count of years back (group 1; not 2009年前, 十多年前) and,
 * right after it, the year it reaches (group 2).
 */
const COUNT_BACK_TO_YEAR = /(?<![\d.〇○零一二两三四五六七八九十百千多余])(\d{1,2}|[一二两三四五六七八九十]{1,3})\s*年前\s*[，,的]?\s*(?:即|也就是)?\s*((?:19|20)\d{2})\s*年/g;

/**
 * A year of the Republic of China calendar in a text of Taiwan: 100年 to 129年 (2011-2040), or 80年 to 99年 only
 * with a month after it (98年3月); the year in group 1 or 2. Not a longer number's tail, a decimal or a figure's.
 */
/** A number and a span's connector right before a year (104-107年, 104至107年). */
const ROC_SPAN_BEFORE = /\d\s*[-–—~～至到]\s*$/;
const ROC_YEAR = /(?<![\d.〇○零一二两三四五六七八九十百千万])(?<!\d[,，])(?:(1[0-2]\d)\s*年|([89]\d)\s*年(?=\s*\d{1,2}\s*月))/g;

/** A year in Chinese numerals (二〇〇六年, 一九九八年, 二00七年, with a zero of either kind): its four digits in group 1. */
const CHINESE_NUMERAL_YEAR = /(?<![〇○零一二三四五六七八九十百千万0-9])((?:一九|二[〇○零0])[〇○零一二三四五六七八九0-9]{2})(?=\s*年)/g;

/**
 * The text with each year in Chinese numerals written in figures, one for
 * one (二〇〇六年 → 2006年), so that its places stay: the text states such a
 * year as it does one in figures (认为二〇〇六年中国经济平稳快速发展).
 */
/** The first two digits of a year in Chinese numerals (一九, 二〇, 二0): a text without them holds none. */
const YEAR_LEAD = /一九|二[〇○零0]/;

function withYearsInFigures(text: string): string {
  if (!YEAR_LEAD.test(text)) return text;
  return text.replace(CHINESE_NUMERAL_YEAR, (year) => [...year].map((c) => ('0123456789'.includes(c) ? c : String(Math.max(0, '一二三四五六七八九'.indexOf(c) + 1)))).join(''));
}

/** The years the text names long-range visions (2035年远景目标, 《…二〇三五年远景目标纲要》). */
function visionYears(text: string, r: InferenceRules): Set<number> {
  const years = new Set<number>();
  if (!text.includes('景')) return years;
  r.visionYear.lastIndex = 0;
  for (let m = r.visionYear.exec(text); m; m = r.visionYear.exec(text)) {
    const digits = m[1]!;
    years.add(/^\d+$/.test(digits) ? Number(digits) : Number([...digits].map((c) => '一二三四五六七八九'.indexOf(c) + 1).join('')));
  }
  // 2025年，人均收入超过15万元；2035年，人均收入翻一番: a year opening a clause beside the vision's is a milestone on its way.
  for (const vision of [...years]) {
    for (let at = text.indexOf(`${vision}年`); at >= 0; at = text.indexOf(`${vision}年`, at + 5)) {
      if (!CLAUSE_OPENING.test(text.slice(Math.max(0, at - 2), at))) continue;
      const sentence = text.slice(sentenceStart(text, at, at - SINCE_START_REACH), at);
      for (const m of sentence.matchAll(MILESTONE_BESIDE)) years.add(Number(m[1]));
    }
  }
  return years;
}

/** Before a year that opens its clause: a sentence's start or a semicolon. */
const CLAUSE_OPENING = /(?:^|[。！？!?\n；;][\s\u3000]*)$/;
/** A year opening a clause (at a sentence's start or after a semicolon), and a comma after it: 2025年，…. */
const MILESTONE_BESIDE = /(?:^|[；;])[\s\u3000]*((?:19|20)\d{2})\s*年[，,]/g;

/**
 * A calendar year without 年 at the start of a name (2019夏季央企青岛行大会, “2023西藏文化周”):
 * after a line's start, a space, a quote or a clause break, before two Chinese
 * characters of which the first is no unit, measure word or 年 (2000多人, 2019个, 2020年).
 */
const YEAR_NAMING_EVENT = /(?:19|20)\d{2}(?=[\u4e00-\u9fff]{2})(?![万亿千百多余个名人元米年度届级号台家次位件项条座所处户只头亩吨斤天月日周期款版])/g;
/** Two dotted year-months joined into a span (1998.10-2002.10), no figure's tail after it; groups: the two years. */
const DOTTED_MONTH_SPAN = /(?<![\d.．])((?:19|20)\d{2})\.(?:0?[1-9]|1[0-2])[ \t\u3000]*(?:[-–—~～至到]|——)[ \t\u3000]*((?:19|20)\d{2})[.．](?:0?[1-9]|1[0-2])(?![\d.．%％万亿元点])/y;
const ONE = 0x31;
const TWO = 0x32;
/** What may stand right before such a year: a line's start, a space, a quote or a clause break. */
const BEFORE_YEAR_NAMING_EVENT = ' \t\n\u3000“"《「（(，,：:';

/** The first years of the plans the text is in: “十四五”以来, 十四五规划实施以来, 进入“十四五”，. */
function plansSince(text: string): number[] {
  const years: number[] = [];
  for (let at = text.indexOf('以来'); at >= 0; at = text.indexOf('以来', at + 2)) {
    const m = PLAN_BEFORE_SINCE.exec(text.slice(Math.max(0, at - PLAN_SINCE_REACH), at));
    if (m) years.push(planStartYear(parseChineseNumber(m[1] ?? m[2]!) ?? 0));
  }
  for (let at = text.indexOf('进入'); at >= 0; at = text.indexOf('进入', at + 2)) {
    // 即将进入“十四五”: the text is written before the plan.
    if (text[at - 1] === '将' || text[at - 1] === '要') continue;
    PLAN_ENTERED.lastIndex = at + 2;
    const m = PLAN_ENTERED.exec(text);
    if (m) years.push(planStartYear(parseChineseNumber(m[1]!) ?? 0));
  }
  return years;
}

/** How far before 以来 a plan's name may start (“十四五”规划实施以来). */
const PLAN_SINCE_REACH = 12;

/** A five-year plan's name as one (“十四五”, 十四五规划, 十四五开局): a cheap look before the patterns that need one. */
function namesPlan(text: string): boolean {
  if (text.includes('个五年规划')) return true;
  for (let at = text.indexOf('五'); at >= 0; at = text.indexOf('五', at + 1)) if (AFTER_PLAN_NAME.includes(text[at + 1] ?? '')) return true;
  return false;
}

/** What follows a plan's name where it is one: a closing quote, 规划, 开局, 收官, 时期, 期间. */
const AFTER_PLAN_NAME = '”"」’规开收时期';

const PLAN_BEFORE_SINCE = new RegExp(
  `(?:[“"‘「]${FIVE_YEAR_PLAN_PATTERN}[”"’」](?:规划)?|(?<![〇零一二两三四五六七八九十百千第])${FIVE_YEAR_PLAN_PATTERN}规划)(?:实施|开局)?$`,
);
const PLAN_ENTERED = new RegExp(`[“"‘「]${FIVE_YEAR_PLAN_PATTERN}[”"’」](?:时期|阶段)?[，,；;。]`, 'y');

/**
 * 二四年上半年, 一九年五月, 16年底: a year of two digits, only before a month or
 * a part of the year (七八年来 and 一二年级 are no years).
 */
const SHORT_YEAR_AFTER = /\s*(?:[上下]半年|前?[一二三四1-4]季度|第[一二三四1-4]季度|[一二三四五六七八九十]{1,2}月|\d{1,2}\s*月|底|末|初)/y;
/** 1 for a digit in figures, 2 for one in Chinese, by UTF-16 code unit. */
const YEAR_DIGIT = new Uint8Array(0x10000);
for (const digit of '0123456789') YEAR_DIGIT[digit.charCodeAt(0)] = 1;
for (const digit of '〇○零一二三四五六七八九') YEAR_DIGIT[digit.charCodeAt(0)] = 2;
/** Before two digits and 年: a longer number (2016年, 一九九八年, 十二年), a decimal or an ordinal (第十二年). */
const NOT_BEFORE_SHORT_YEAR = new Uint8Array(0x10000);
for (const mark of '0123456789.〇○零一二三四五六七八九十百千两第') NOT_BEFORE_SHORT_YEAR[mark.charCodeAt(0)] = 1;
const CHINESE_DIGITS = '〇一二三四五六七八九';

/** 二四 → 2024, 98 → 1998, as the extractor reads them without a reference year. */
function shortYear(written: string): number {
  return fullYear(Number(written.replace(/[○零]/g, '〇').replace(/[〇一二三四五六七八九]/g, (d) => String(CHINESE_DIGITS.indexOf(d)))), undefined);
}

/** Before the last year of a span in brackets that glosses a period named before it: 五年（2012—, 十三五”（2016-. */
const GLOSSED_PERIOD_BEFORE = /(?:年|期|轮|规划|计划|五”?)[（(]\s*(?:19|20)\d{2}\s*年?\s*[—–\-~～至到]\s*$/;

/** A year's first quarters or months (2023年前三季度, 2023年前5个月): 前 here is no "before" of a target. */
const FIRST_PERIODS_AFTER = /^前[一二两三四五六七八九十\d]{1,2}个?(?:季度|月)/;

/**
 * A planned or target year (计划2030年, 到2025年, 2030年前), not a figure's year
 * (增长到2022年的…) nor a year's first quarters (2023年前三季度).
 */
function isPlannedYear(before: string, after: string, r: InferenceRules): boolean {
  // 第一轮五年（2012—2016年）, “十三五”（2016-2020年）: a period's window says nothing of whether it is over.
  if ((before.includes('（') || before.includes('(')) && GLOSSED_PERIOD_BEFORE.test(before)) return true;
  const reached = (r.changeToBefore.test(before) || isCutoff(before, r)) && !r.planWordBefore.test(before);
  if (!reached && r.planBefore.test(before)) return true;
  if (r.targetAfter.test(after) && !FIRST_PERIODS_AFTER.test(after)) return true;
  return r.planAfter.test(after);
}

/** How far back in its sentence a plan word governs a completion (计划明年完成设备安装，2027年竣工). */
const PLAN_SENTENCE_REACH = 40;

/**
 * 计划明年完成设备安装，2027年秋季竣工: in a sentence about plans, a year whose clause closes with a
 * completion (竣工, 投入使用) is when the work is to be done, also in a later clause than the plan word.
 */
function isPlannedCompletion(text: string, at: number, after: string, r: InferenceRules): boolean {
  if (!r.completionAfter.test(after)) return false;
  const head = text.slice(sentenceStart(text, at, at - PLAN_SENTENCE_REACH), at);
  return r.planWords.words.some((word) => head.includes(word));
}

/**
 * A year that starts a record or a history (为2014年以来同期最好, 1957年建站以来,
 * 1949年成立, 自2010年起) or that an anniversary counts from (1994年…30周年).
 * 2023年以来，… opening a clause is the period up to now, and may well be this year.
 */
function isHistory(text: string, start: number, end: number, bare: boolean, r: InferenceRules): 'history' | 'record' | undefined {
  if (r.sinceBefore.endsAt(text, start, Math.max(0, start - 2))) return 'history';
  if (startsPastPeriod(text, start, end, r)) return 'history';
  if (r.secondToBefore.endsAt(text, start, Math.max(0, start - SECOND_TO_REACH))) return 'history';
  // 公司创建于1991年, 学校始建于1905年: the year the subject began, however long ago.
  if (r.historyBefore.endsAt(text, start, Math.max(0, start - HISTORY_BEFORE_REACH))) return 'history';
  const stop = clauseEnd(text, end);
  // 与1998年持平, 同2019年相比: the year compared with is history to the article.
  if (r.comparedBefore.endsAt(text, start, start - 1) && hasWordIn(r.comparedAfter, text, end, stop)) return 'history';
  if (bare && stop > end) {
    r.historyAfter.lastIndex = end;
    const word = r.historyAfter.exec(text);
    if (word && end + word[0].length <= stop) return 'history';
  }
  for (let i = end; i < stop; i++) {
    if (text.startsWith('周年', i)) return 'history';
    const since = r.since.startsAt(text, i, stop);
    if (since === undefined) continue;
    // Words between the year and 以来 name an event (有实测资料以来, 建站以来); a record word after it makes a record.
    if (i > end) return 'history';
    if (hasWordIn(r.record, text, i + since.length, stop)) return 'record';
  }
  return undefined;
}

/** After a start year (and its month): its day, maybe, then 起 or 开始 (从1996年起, 从2010年3月1日开始). */
const PERIOD_START_AFTER = /^(?:\s*\d{1,2}\s*[日号])?\s*(?:起|开始|開始)/;

/**
 * 从1996年起，…坚持举办: a period that started in a year and runs on, so the
 * text is later than that year; not where its sentence is about plans or a rule
 * coming into force (从2025年起将…, 从2024年1月1日起施行: a start still to come,
 * or of the year of writing). A count of years in its sentence (连续28年, 12年来)
 * then dates the text.
 */
function startsPastPeriod(text: string, start: number, end: number, r: InferenceRules): boolean {
  if ((text[start - 1] !== '从' && text[start - 1] !== '從') || !PERIOD_START_AFTER.test(text.slice(end, end + 6))) return false;
  let stop = end;
  const limit = Math.min(text.length, end + SINCE_START_REACH);
  while (stop < limit && !SENTENCE_BREAKS.includes(text[stop]!)) stop++;
  const rest = text.slice(end, stop);
  return !r.planWords.occursIn(rest) && !r.inForceAfter.occursIn(rest);
}

/** The longest history-before word (创建于). */
const HISTORY_BEFORE_REACH = 3;

/** The longest second-to-before word (仅次于). */
const SECOND_TO_REACH = 3;

/** Where the clause after `at` ends: its next break, at most CLAUSE_REACH characters on. */
function clauseEnd(text: string, at: number): number {
  const limit = Math.min(text.length, at + CLAUSE_REACH);
  let stop = at;
  while (stop < limit && CLAUSE_BREAKS[text.charCodeAt(stop)] === 0) stop++;
  return stop;
}


/**
 * Writers call their own year 今年: where the latest stated year has a month
 * later than every month the article calls 今年 (今年5月 … 2023年9月), that
 * year is most likely last year.
 */
function reportsLastYear(text: string, thisYearMonth: RegExp, stated: readonly StatedYear[], latest: number): boolean {
  // Only a month of the latest year can be later than those of 今年: without one, no scan.
  if (!stated.some((s) => s.year === latest && s.month !== undefined)) return false;
  const thisYearMonths: number[] = [];
  thisYearMonth.lastIndex = 0;
  for (let m = thisYearMonth.exec(text); m; m = thisYearMonth.exec(text)) thisYearMonths.push(Number(m[2]));
  const lastThisYear = maxOf(thisYearMonths);
  if (lastThisYear === undefined) return false;
  return stated.some((s) => s.year === latest && s.month !== undefined && s.month > lastThisYear);
}

/**
 * 今年是…N周年: a well-known event named in the clause gives the start year;
 * else the stated year that, N years on, is nearest at or after the latest
 * stated year (1994年 … 今年是对口援藏30周年 → 2024).
 */
/** The year of the first …N周年纪念日 whose clause names a well-known event (rules/date-anniversaries.tsv). */
function yearOfAnniversaryDay(text: string, anniversaryDay: RegExp, anniversaries: readonly Anniversary[]): number | undefined {
  if (!hasAnniversaryDay(text)) return undefined;
  for (const m of text.matchAll(anniversaryDay)) {
    const years = /^\d+$/.test(m[2]!) ? Number(m[2]) : parseChineseNumber(m[2]!);
    const event = anniversaries.find((a) => m[1]!.includes(a.keyword));
    if (event && years !== undefined && years >= 1) return event.year + years;
  }
  return undefined;
}

/** What follows 周年 in anniversaryDay (纪念日, 之际, 前夕, 来到, 到来, 已经来到 …): checked before the regex scans the text. */
const ANNIVERSARY_DAY_NEXT = /^\s*(?:纪念日|之际|前夕|已|即将|来到|到来)/;

/** The text holds 周年 followed by a word of the day itself: most texts do not, and skip the regex's scan. */
function hasAnniversaryDay(text: string): boolean {
  for (let at = text.indexOf(ANNIVERSARY); at >= 0; at = text.indexOf(ANNIVERSARY, at + 1)) {
    if (ANNIVERSARY_DAY_NEXT.test(text.slice(at + ANNIVERSARY.length, at + ANNIVERSARY.length + 8))) return true;
  }
  return false;
}

function yearFromAnniversary(
  text: string,
  anniversary: RegExp,
  anniversaries: readonly Anniversary[],
  stated: readonly number[],
  latest: number | undefined,
): number | undefined {
  if (!text.includes(ANNIVERSARY)) return undefined;
  for (const m of text.matchAll(anniversary)) {
    const years = /^\d+$/.test(m[2]!) ? Number(m[2]) : parseChineseNumber(m[2]!);
    if (years === undefined || years < 1) continue;
    const event = anniversaries.find((a) => m[1]!.includes(a.keyword));
    if (event) return event.year + years;
    if (latest === undefined) continue;
    const candidates = stated
      .map((start) => start + years)
      .filter((year) => year >= latest && year <= latest + MAX_YEARS_AFTER_LATEST);
    if (candidates.length > 0) return minOf(candidates);
    // The article states one year only (2010年…地震 … 今年是抗震救灾10周年): the count runs from it,
    // however far, short of a year still to come.
    const only = new Set(stated);
    if (only.size === 1 && latest + years <= new Date().getFullYear()) return latest + years;
  }
  return undefined;
}
