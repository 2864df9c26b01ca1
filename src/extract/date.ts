import type { DraftMention } from '../model/mention';
import type { RuleSet } from '../rules/loader';
import { append } from '../util/arrays';
import { MEASURE_UNIT_RULES, MEASURE_WORD_RULES } from './counts/rules';
import { DamagedDateFinder } from './dates/damaged';
import { EventDayFinder } from './dates/event-day';
import { FIVE_YEAR_PLAN_PATTERN, readFiveYearPlan } from './dates/five-year-plan';
import { YEAR_LAST_DAY_SOURCE, readYearLastDay } from './dates/year-last';
import { ROC_DAY_LINE, readRocDate, rocDateSource } from './dates/roc-year';
import { bracketedYearSource, readBracketedDate } from './dates/bracketed-year';
import { BARE_CHINESE_SPAN_CONNECTOR, BARE_CHINESE_YEAR, CARDINAL_YEAR, CHINESE_TWO_DIGIT_YEAR, CHINESE_YEAR_DIGITS, DatePhraseParser, QUARTER_NUMBER, clockPattern, isYearAnchor, newPoint, parseDayNumber, parseSmallNumber, sentenceHead, WEB_ADDRESS, ZERO_LED_YEAR, type DatePoint, type ParsedDate } from './dates/parse';
import { ReportPeriodFinder, type ReportPeriod } from './dates/report-period';
import { DateResolver, parseReferenceDate, Sentences, type FoundDate, type ReferenceDate, type ResolvedDate } from './dates/resolve';
import { DATE_ANNIVERSARY_RULES, DATE_RULE_FILES, loadDateRules, relatedHeadingLine, relatedTeasersStart, trieRegex, type DateRules, type WordList } from './dates/rules';
import type { ExtractContext, Extractor, ExtractorModule, Span } from './types';
import { unitSet, type BitSet } from '../util/bits';

// Dates: every date phrase is found first (absolute, numeric and Latin-script
// dates, month-days, parts of a year, spans, relative words, weekdays,
// five-year plans), then all are resolved in one place (dates/resolve.ts)
// against explicit anchors: the reference date, the governing year of a
// month-day (dates/governing-year.ts), the year and day last named.

export { DATE_RELATIVE_RULES } from './dates/rules';

const GAP = '[ \\t\\u3000]*';
/** The number of a day of the month in Chinese numerals, ten and above (十, 二十一, 三十, 廿九). */
const CHINESE_DAY_ALONE = '(?:[二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?)';
const CHINESE_DAY_ALONE_WHOLE = new RegExp(`^${CHINESE_DAY_ALONE}$`);
/** A day alone in one Chinese digit (北京一日电, 协会一日披露): a day only before a word of filing or reporting. */
const CHINESE_SINGLE_DAY = /^[一二三四五六七八九]$/;
/** 日, after a day's number. */
const DAY_UNIT = 0x65e5;
/** Before a bare year used as a name prefix: the start of the text or punctuation. */
const BEFORE_BARE_YEAR = /^$|[\s“"《（(【「‘，。、；：！？…·①-⑳]$/;
/** How far after a year 以来 may close its clause (2010年有记录以来). */
const SINCE_REACH = 10;
/** Before a weekday: a numeral makes it part of a count (一周一次). */
const NUMERAL_BEFORE = /[〇零一二两三四五六七八九十几\d]$/;
/** The longest recurring word right before a month (每年的). */
const RECURRING_REACH = 3;
/** How far before its year a Latin-script date may start (September 30, 2023). */
const LATIN_REACH = 20;
const SPACE = /\s/;
/** The first characters of relative day words that may hold their day in brackets (今（3）日). */
const BRACKETED_DAY_WORDS = '今昨明前';
const BRACKETED_DAY = '[（(]\\d{1,2}[）)]日';
const BRACKETED_DAY_AT = new RegExp(`^${BRACKETED_DAY}`);
/** 今(24日), 昨(23日): the day with its 日 inside the brackets, as Macau's government news writes it. */
const BRACKETED_WHOLE_DAY = '[（(]\\d{1,2}日[）)]';
const BRACKETED_WHOLE_DAY_AT = new RegExp(`^${BRACKETED_WHOLE_DAY}`);
const GAP_CHARS = ' \t\u3000';
const DIGITS = '0123456789';

/**
 * A cheap test of where a date phrase can start, mirroring the candidate
 * pattern's alternatives, so that the pattern runs at few positions (each
 * run costs far more than a look at two characters). A run of digits starts
 * one only with four digits (a year) or with one or two digits and then a
 * unit, a gap, a list mark or a span connector (7月, 18日, 2季度, 7、8月, 1—6月);
 * any other character only with a second character one of its forms has.
 */
interface PhraseStarts {
  /** 1 at a digit and at every first character of `second`: one load rules out most characters. */
  first: BitSet;
  afterShortNumber: BitSet;
  /** First characters of one-character forms: any second character will do. */
  anySecond: BitSet;
  /**
   * The (first, second) character pairs of the other forms, hashed into 64k
   * bits (pairKey): a clear bit rules the pair out; a set one may be another
   * pair's, and the pattern then decides (a table look instead of a map's).
   */
  pairs: BitSet;
}

function pairKey(first: number, second: number): number {
  return (Math.imul(first, PAIR_MIX) ^ second) & 0xffff;
}

/** An odd multiplier that spreads the first characters' codes over the bits. */
const PAIR_MIX = 0x9e37;

function phraseStarts(wordForms: readonly string[], connectors: readonly string[]): PhraseStarts {
  const connectorFirsts = connectors.map((c) => c[0]!).join('');
  const afterShortNumber = unitSet();
  // 季: a quarter in figures (2季度, 1季度末).
  for (const ch of `${GAP_CHARS}年月日号季、和${connectorFirsts}`) afterShortNumber.add(ch.charCodeAt(0));
  const second = new Map<number, Set<number> | 'any'>();
  const allow = (firsts: string, seconds: string) => {
    for (const first of firsts) {
      const known = second.get(first.charCodeAt(0));
      if (known === 'any') continue;
      const set = known ?? new Set<number>();
      for (const ch of seconds) set.add(ch.charCodeAt(0));
      second.set(first.charCodeAt(0), set);
    }
  };
  for (const form of wordForms) {
    if (form.length === 1) second.set(form.charCodeAt(0), 'any');
    else allow(form[0]!, form[1]!);
  }
  const yearDigits = classChars(CHINESE_YEAR_DIGITS);
  const quarterNumbers = classChars(QUARTER_NUMBER).replace(/[\d-]/g, '');
  allow(yearDigits, yearDigits); // 二〇二三年
  allow(classChars(CARDINAL_YEAR), '千'); // 两千零九年
  allow('一二三四五六七八九十', `一二三四五六七八九十月${GAP_CHARS}${connectorFirsts}`); // 十一月, 五月, 一至十月
  allow('元', `月${GAP_CHARS}${connectorFirsts}`); // 元月, 元至九月
  allow('十', '日号'); // 十日, 十号
  allow('一二三四五六七八九', '日'); // 一日电
  allow('廿', '日号一二三四五六七八九'); // 廿九日
  allow('第', quarterNumbers); // 第一至第三季度
  allow(quarterNumbers, `${GAP_CHARS}${connectorFirsts}、`); // 一至三季度, 二、三季度
  allow('前首', `${GAP_CHARS}${DIGITS}十一二两三四五六七八九`); // 前5个月, 首五月
  allow(BRACKETED_DAY_WORDS, '（('); // 今（3）日
  allow(HEADLINE_START_WORDS, START_MARK); // 明起派钱
  const first = unitSet();
  const anySecond = unitSet();
  const pairs = unitSet();
  for (const [code, seconds] of second) {
    first.add(code);
    if (seconds === 'any') anySecond.add(code);
    else for (const next of seconds) pairs.add(pairKey(code, next));
  }
  for (const digit of DIGITS) first.add(digit.charCodeAt(0));
  return { first, afterShortNumber, anySecond, pairs };
}

/** The characters of the first character class in a pattern ([两二]千… → 两二). */
function classChars(pattern: string): string {
  return /\[([^\]]*)\]/.exec(pattern)?.[1] ?? '';
}

/**
 * Where to try the phrase pattern from `at`: `at` itself when a phrase can
 * start there, else the next position worth a look (past a whole number
 * that starts none).
 */
function nextTry(text: string, at: number, starts: PhraseStarts): number {
  const code = text.charCodeAt(at);
  if (!starts.first.has(code)) return at + 1;
  if (isDigit(code)) {
    const before = at > 0 ? text.charCodeAt(at - 1) : 0;
    let end = at + 1;
    while (end < text.length && isDigit(text.charCodeAt(end))) end++;
    // Inside a number (3.5, 2023) no digit starts a date: every digit form has (?<![\d.]) before it.
    if (isDigit(before) || before === DOT) return end;
    const length = end - at;
    if (length === 4 || (length <= 2 && starts.afterShortNumber.has(text.charCodeAt(end)))) return at;
    return end;
  }
  // Every other character in `first` starts a word form.
  return starts.anySecond.has(code) || starts.pairs.has(pairKey(code, text.charCodeAt(at + 1))) ? at : at + 1;
}

interface Finders {
  rules: DateRules;
  parser: DatePhraseParser;
  reportPeriods: ReportPeriodFinder;
  /** Every date phrase's start, tried only where `starts` allows (sticky). */
  candidates: RegExp;
  starts: PhraseStarts;
  /** A five-year plan's name at one position (sticky). */
  plans: RegExp;
  fiscalYears: RegExp;
  europeanDays: RegExp;
  /** 中华民国111年4月26日, 106年7月25日: a Republic of China year (see dates/roc-year.ts). */
  rocDates: RegExp;
  /** A word that marks a text of Taiwan (县府, 行政院, 苗栗县), where a bare three-digit year alone is an ROC year. */
  taiwanText: RegExp;
  /** After a year, a word that makes it a length of time (10年来, 10年间). */
  durationAfter: WordList;
  /** After a bare three-digit year, a word that makes it a length of time (115年来, 115年历史). */
  rocYearAloneNotBefore: RegExp;
  /** 去(2023)年, 本(5)月: the figure a relative word gives in brackets (see dates/bracketed-year.ts). */
  bracketedYears: RegExp;
  eventDays: EventDayFinder;
  relatedHeading: RegExp;
  /** Dates a page lost a character of (20168月, 截至430日, 今年14月). */
  damaged: DamagedDateFinder;
  latin: RegExp[];
  /** in 2010, since 2012: a year alone in English after a word of time. */
  latinYear: RegExp;
  yearList: RegExp;
  monthListItem: RegExp;
  dayAlone: RegExp;
  /** 1至3日: a bare day in figures, a connector and a day with 日 (sticky); not inside a number. */
  bareDaySpan: RegExp;
  /** After a day written alone and its 号: what makes it a day (sticky). */
  haoDayAfter: RegExp;
  /** Right before a day written alone with 号: a number or a label (编号为3号, 穿10号). */
  haoNotBefore: WordList;
  /** A forum's user-panel label at a line's start (• TA的今日心情, 签到天数:): a timed date under it is chrome. */
  userPanel: RegExp;
  /** What marks a page's copyright line (版权所有, ICP备, Copyright). */
  copyrightLine: RegExp;
  /** Right before a day: the first end of a span of days (15日至), which then was no date (每月15日至20日). */
  spanOfDaysBefore: RegExp;
  /** A day right after a relative month (本月10日, 上个月15日, 下月五日). */
  dayOfMonth: RegExp;
  /** What may stand beside a page's clock on its line: a weekday. */
  clockLineRest: RegExp;
  /** The first characters of the weekday names (星, 周, 礼 …). */
  weekdayFirsts: string;
  /** 发布时间：2015-02-09 (or 2015年2月9日): a labelled publication date. */
  labelledDate: RegExp;
  /** 2015-02-09 05:26: a dateline with its time. */
  timedDate: RegExp;
  notAfterBareYear: RegExp;
  notAfterMonth: RegExp;
  /** Years gone by before 当年 in its sentence (10年过去了，…当年的承诺): it means "back then", no one year. */
  yearsPassed: RegExp;
  /** 的, a few characters, then a group of people (的武汉知青, 的老战友): what 当年 right before describes, back then. */
  backThenPeople: RegExp;
  age: RegExp;
  unitAfter: (after: string) => boolean;
  /** Every weekday as written, with and without a week shift (周二, 上周六, 下个星期一). */
  weekdayPhrases: ReadonlyMap<string, { dayName: string; day: number; weeks: number }>;
  weekdayNames: readonly string[];
}

export const dateExtractor: ExtractorModule = {
  type: 'date',
  ruleFiles: [...DATE_RULE_FILES, MEASURE_WORD_RULES, MEASURE_UNIT_RULES],
  create(ruleSet: RuleSet): Extractor {
    const finders = buildFinders(ruleSet);
    return {
      extract(ctx: ExtractContext): DraftMention[] {
        const { text } = ctx;
        // Five-year plans first: a phrase may not overlap them.
        const taken = [...findFiveYearPlans(text, finders), ...findFiscalYears(text, finders), ...findEuropeanDays(text, finders), ...findRocDates(text, finders), ...findBracketedYears(text, finders), ...findEventDays(text, finders), ...finders.damaged.find(text, newFound)];
        const found = findPhrases(text, finders, taken);
        append(found, taken);
        if (found.length === 0) return [];
        append(found, repeatedFiscalYears(text, found, finders));
        found.sort((a, b) => a.start - b.start);
        dropPageClock(text, found, finders);
        dropInsideAddresses(text, found);
        dropRelatedTeaserDates(text, found, finders);
        dropUserPanelDates(text, found, finders);
        dropCopyrightLineDates(text, found, finders);
        const sentences = new Sentences(text);
        markContext(text, found, sentences, finders.rules);
        const reference = withReportPeriod(parseReferenceDate(ctx.referenceDate), finders.reportPeriods.governing(text));
        const resolver = new DateResolver(finders.rules, text, reference, sentences, hasTwoDigitFiscalYear(text, found) && finders.taiwanText.test(text));
        return joinMixedSpans(text, joinTodayOfAnotherYear(text, joinYearAndThisMonth(resolver.resolveAll(found))), finders.rules.context('span-connector')).map(({ found: f, value, granularity, relative }) => ({
          type: 'date',
          text: text.slice(f.start, f.end),
          value,
          granularity,
          relative,
          rule: f.rule,
          cleanStart: f.start,
          cleanEnd: f.end,
        }));
      },
    };
  },
};

/**
 * Whether a phrase found is a fiscal year in two digits (97年度), as Taiwan's
 * official style writes it: only then is the text looked at for Taiwan's
 * calendar (a text that merely names 台北市 keeps 97年 as 1997).
 */
function hasTwoDigitFiscalYear(text: string, found: readonly FoundDate[]): boolean {
  return found.some(({ phrase, end }) => phrase?.from.year?.kind === 'two-digit' && phrase.from.last === 'year' && text[end] === FISCAL_YEAR_MARK);
}

/** 度 after 年: a fiscal year (97年度). */
const FISCAL_YEAR_MARK = '度';

/** Two digits and 年, not inside a longer number. */
const TWO_DIGITS_YEAR = /(?<![\d.．]|\d,)(\d{2})[ \t\u3000]*年/g;

/**
 * In a text of Taiwan that reads a two-digit fiscal year (97年度), the same year written again
 * without 度 (97年县府共争取…) is that year too, not a number of years: unless a word of
 * duration follows (97年来, 97年间).
 */
function repeatedFiscalYears(text: string, found: readonly FoundDate[], f: Finders): FoundDate[] {
  if (!hasTwoDigitFiscalYear(text, found) || !f.taiwanText.test(text)) return [];
  const fiscal = new Set<number>();
  for (const { phrase, end } of found) {
    const year = phrase?.from.year;
    if (year?.kind === 'two-digit' && phrase!.from.last === 'year' && text[end] === FISCAL_YEAR_MARK) fiscal.add(year.digits);
  }
  const added: FoundDate[] = [];
  for (const m of text.matchAll(TWO_DIGITS_YEAR)) {
    const start = m.index!;
    const end = start + m[0].length;
    const digits = Number(m[1]);
    if (!fiscal.has(digits) || f.durationAfter.starts(text.slice(end, end + 3))) continue;
    if (found.some((date) => date.start < end && date.end > start)) continue;
    const point = newPoint(start, end, { kind: 'two-digit', digits }, undefined, undefined, 'year', false);
    added.push(newFound(start, end, 'date.roc', { phrase: { start, end, from: point, readTo: end } }));
  }
  return added;
}

/**
 * A report on one year (2022年…统计公报) counts its 年末 and 上年 from that
 * year, not from its publication date (2023).
 */
function withReportPeriod(reference: ReferenceDate, period: ReportPeriod | undefined): ReferenceDate {
  return period?.governs && period.year !== reference.year ? { year: period.year } : reference;
}

function buildFinders(ruleSet: RuleSet): Finders {
  const rules = loadDateRules(ruleSet);
  const units = [
    ...ruleSet.load(MEASURE_WORD_RULES).map((row) => row.cells.word!),
    ...ruleSet.load(MEASURE_UNIT_RULES).map((row) => row.cells.unit!),
  ];
  const notAfterBareYear = new RegExp(`^(?:[\\d.%]|${rules.context('not-after-bare-year').pattern})`);
  const connectors = rules.context('span-connector').pattern;
  const words = trieRegex;
  const standaloneParts = [...rules.yearParts].filter(([, p]) => p.standalone).map(([w]) => w);
  const months = words(rules.monthNames.keys());
  const weekdays = weekdayPhrases(rules);
  // The first quarter of a run (1至3季度, 第一至第三季度, 第二、三季).
  const quarterRun = `${GAP}(?:${connectors}|、)${GAP}第?${QUARTER_NUMBER}${GAP}季度?`;
  const wordForms = [...standaloneParts, ...rules.relativeWords.keys(), ...weekdays.keys()];
  const candidates = new RegExp(
    [
      // Digit-led forms share one look-behind, which keeps the engine fast on this long alternation.
      // A month span's first number never continues a month before it (1月3至2月10: 3 is a day).
      `(?<![\\d.])(?:(?<!\\d,|[A-Za-z]|[A-Za-z\\d]-)\\d{4}(?!\\d)|\\d{2}${GAP}年|\\d{1,2}${GAP}月|(?<!月${GAP})\\d{1,2}(?=${GAP}(?:${connectors})${GAP}\\d{1,2}${GAP}月)|\\d(?=${quarterRun}))`,
      `第?[一二三四](?=${quarterRun})`,
      `[前首](?=${GAP}(?:\\d{1,2}|十[一二]?|[一二两三四五六七八九])${GAP}个?${GAP}月)`,
      `${CHINESE_YEAR_DIGITS}(?:${GAP}年|(?=${BARE_CHINESE_SPAN_CONNECTOR}${CHINESE_YEAR_DIGITS}))`,
      BARE_CHINESE_YEAR,
      `(?<![〇零一二两三四五六七八九十百千])${CARDINAL_YEAR}${GAP}年`,
      `(?<![〇○零一二两三四五六七八九十百千])(?:${ZERO_LED_YEAR}|${CHINESE_TWO_DIGIT_YEAR})${GAP}年`,
      `[一二三四五六七八九十]{1,2}月`,
      // The first month of a span in Chinese numerals sharing its 月 (一至十月, 三到五月).
      `(?<![〇零一二两三四五六七八九十百千万亿第])[一二三四五六七八九十]{1,2}(?=${GAP}(?:${connectors})${GAP}[一二三四五六七八九十]{1,2}${GAP}月)`,
      // A day alone in Chinese numerals, ten and above (十日, 二十一日, 廿九日), not inside a larger number.
      `(?<![〇零一二两三四五六七八九十百千万亿几数多])${CHINESE_DAY_ALONE}(?=[日号])`,
      // One Chinese digit is a day only before a wire's 电 or a verb of reporting (北京一日电, 协会三日公布);
      // after a word of amount (仅, 约, 逾, 满, 共, 达) it is a length of time (展期仅五日举行).
      `(?<![〇零一二两三四五六七八九十百千万亿几数多第某每有这那同当逐单半整隔头朝出前后次翌另唯仅约逾满共达])[一二三四五六七八九](?=日(?:${rules.context('day-alone-single-after').pattern}))`,
      // 元月 (January), never the 元 of an amount (100元月薪).
      `(?<![\\d〇零一二两三四五六七八九十百千万亿])元${GAP}月`,
      // 元至九月 (January to September) opening its clause; never after an amount (补贴100元至6月底).
      `(?<=^|[\\s，,。；;：:！？）)】」”])元(?=${GAP}(?:${connectors})${GAP}(?:\\d{1,2}|[一二三四五六七八九十]{1,2})${GAP}月)`,
      // 今（3）日, 昨（29）日: a relative day with its day of the month written inside it.
      `[${BRACKETED_DAY_WORDS}](?=${BRACKETED_DAY}|${BRACKETED_WHOLE_DAY})`,
      // 明起, 今起 in a headline: tomorrow or today, with 起 (from then on).
      `[${HEADLINE_START_WORDS}](?=${START_MARK})`,
      // One trie of every word form: parts of a year, relative words, weekdays with their shifts.
      words(wordForms),
    ].join('|'),
    'y',
  );
  // What makes a number and 号 a day (12号见面, 25号开幕, 12号，周一, 18号之前): a clause break, a
  // weekday or a word of a time of day, of before/after or of an event; 7号线, 3号楼 are no days.
  const haoDayAfter = `${GAP}(?:${rules.context('day-alone-hao-after').pattern}|[，,。；;！？!?\\n]|$|[（(]?(?:${words(rules.weekdays.keys())}))`;
  const unitAfter = (after: string) => notAfterBareYear.test(after) || units.some((unit) => after.startsWith(unit));
  return {
    rules,
    parser: new DatePhraseParser(rules, unitAfter),
    reportPeriods: new ReportPeriodFinder(ruleSet, rules),
    candidates,
    starts: phraseStarts(wordForms, rules.context('span-connector').words),
    plans: new RegExp(FIVE_YEAR_PLAN_PATTERN, 'y'),
    // The look-behinds of these two stand after the first digit: a scan of the text then starts on a digit.
    // 2025/26年度, 2027／28, 2025-26年, 2026至27财政年度: a year and the next one's last two digits.
    fiscalYears: /(\d(?<![\d./／-]\d)\d{3})(?:[/／\-–]|至(?=\d{2}(?:财政)?年度))((?<=[/／])\d{4}|\d{2})(?![\d./／])(年)?/g,
    // A date with its year last: 21.11.2014, 13.5.2015, 3-7-2017, 12/25/2017.
    europeanDays: new RegExp(YEAR_LAST_DAY_SOURCE, 'g'),
    rocDates: new RegExp(rocDateSource(rules.context('roc-age-before').pattern), 'g'),
    taiwanText: new RegExp(rules.context('taiwan-text').pattern),
    rocYearAloneNotBefore: new RegExp(`^(?:${rules.context('roc-year-alone-not-before').pattern})`),
    durationAfter: rules.context('duration-after'),
    bracketedYears: new RegExp(bracketedYearSource(rules.context('bracketed-word-end').pattern), 'g'),
    eventDays: new EventDayFinder(rules, ruleSet.load(DATE_ANNIVERSARY_RULES).map((row) => ({ keyword: row.cells.keyword!, year: Number(row.cells.year) }))),
    relatedHeading: relatedHeadingLine(rules.context('related-heading').pattern),
    damaged: new DamagedDateFinder(rules),
    latin: [
      // 3 Jul 2023, 2nd September, 2020, 21st of May 2019: an ordinal's suffix and of may stand after the day.
      new RegExp(`(?<![A-Za-z\\d])(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+(${months})\\.?,?\\s+(\\d{4})$`, 'i'),
      new RegExp(`(?<![A-Za-z])(${months})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$`, 'i'),
    ],
    latinYear: new RegExp(`(?<![A-Za-z])(?:${rules.context('latin-year-before').pattern})\\s+((?:19|20)\\d{2})$`, 'i'),
    yearList: new RegExp(`^(?:[、和及与]\\d{4})*[、和及与]\\d{4}${GAP}年`),
    monthListItem: new RegExp(`(?<![\\d.])(\\d{1,2})(?=(?:[、和]\\d{1,2})*[、和](\\d{1,2})${GAP}月)`, 'y'),
    // 18日, and 18号 only before a clause break, a weekday or a word of a time of day, of before/after
    // or of an event (18号之前, 7号上午, 12号见面, 25号开幕, 12号，周一): 7号线, 3号楼 are no days.
    // 12号至15号举行: the first day of a span is one where the second is (12号至15号楼 are buildings).
    dayAlone: new RegExp(
      `(?<![\\d.月])(\\d{1,2})${GAP}(?:日(?!${GAP}(?!${rules.context('day-alone-still-after').pattern})(?:${rules.context('day-alone-not-after').pattern}))|号(?=${haoDayAfter}|${GAP}(?:${connectors})${GAP}\\d{1,2}${GAP}号${haoDayAfter}))`,
      'y',
    ),
    bareDaySpan: new RegExp(`(?<![\\d.])\\d{1,2}${GAP}(?:${connectors})${GAP}\\d{1,2}${GAP}日`, 'y'),
    haoDayAfter: new RegExp(haoDayAfter, 'y'),
    haoNotBefore: rules.context('day-alone-hao-not-before'),
    userPanel: new RegExp(`^[ \\t\\u3000]*(?:[•·●○◆■▪*-][ \\t\\u3000]*)?(?:TA的)?(?:${rules.context('user-panel').pattern})(?:[ \\t\\u3000]*[:：]|[ \\t\\u3000]*(?:\\n|$))`),
    copyrightLine: new RegExp(rules.context('copyright-line').pattern, 'i'),
    weekdayFirsts: [...new Set([...rules.weekdays.keys()].map((w) => w[0]!))].join(''),
    // 星期五, or 上午9:27:28 星期五: a mirror page's clock with its time of day before the weekday.
    clockLineRest: new RegExp(`^[\\s\\u3000]*(?:(?:${rules.context('time-of-day').pattern})?\\d{1,2}:\\d{2}(?::\\d{2})?[\\s\\u3000]+)?(?:${words(rules.weekdays.keys())})[\\s\\u3000]*$`),
    labelledDate: new RegExp(`(?:${rules.context('dateline-label').pattern})\\s*[：:]\\s*((?:19|20)\\d{2})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})`),
    timedDate: /((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})日?\s*\d{1,2}:\d{2}/,
    dayOfMonth: new RegExp(`${GAP}(?:的${GAP})?(\\d{1,2}|[一二三四五六七八九十]{1,3})${GAP}[日号]`, 'y'),
    spanOfDaysBefore: new RegExp(`\\d{1,2}${GAP}[日号](?:${clockPattern(rules)})?${GAP}(?:${connectors})${GAP}$`),
    notAfterBareYear,
    notAfterMonth: new RegExp(`^(?:${rules.context('not-after-month').pattern})`),
    yearsPassed: new RegExp(
      `(?<!\\d)${YEARS_COUNT}${GAP}年${GAP}(?:${rules.context('years-passed').pattern})|(?:${rules.context('years-passed-before').pattern})${GAP}${YEARS_COUNT}${GAP}年`,
    ),
    backThenPeople: new RegExp(`^的?[^，,。；;！？!?、\\s的]{0,${BACK_THEN_PEOPLE_REACH}}?(?:${rules.context('back-then-people').pattern})`),
    age: new RegExp(`^${GAP}(?:${rules.context('age-lead').pattern})?${GAP}(?:\\d+|[一二两三四五六七八九十]+)${GAP}(?:${rules.context('age').pattern})`),
    unitAfter,
    weekdayPhrases: weekdays,
    weekdayNames: [...rules.weekdays.keys()],
  };
}

function weekdayPhrases(rules: DateRules): Map<string, { dayName: string; day: number; weeks: number }> {
  const phrases = new Map<string, { dayName: string; day: number; weeks: number }>();
  for (const [dayName, day] of rules.weekdays) {
    phrases.set(dayName, { dayName, day, weeks: 0 });
    for (const [shift, weeks] of rules.weekShifts) phrases.set(shift + dayName, { dayName, day, weeks });
  }
  return phrases;
}

/** Every found date has all its fields, in one order (a spread of `extra` would give each kind its own shape). */
function newFound(start: number, end: number, rule: string, extra: Partial<FoundDate>): FoundDate {
  return {
    start,
    end,
    rule,
    phrase: extra.phrase,
    period: extra.period,
    relative: extra.relative,
    weekday: extra.weekday,
    planned: false,
    aboutPlans: false,
    carriesOn: true,
    listLastMonth: extra.listLastMonth,
    dayOfMonth: extra.dayOfMonth,
    eventYearsAgo: extra.eventYearsAgo,
    eventYear: extra.eventYear,
  };
}

/**
 * A Latin-script date ending in the four-digit year at `yearAt` (3 Jul 2023,
 * Mon, 3 Jul 2023 08:15:00 GMT: the date part; July 3, 2023). Both forms
 * end in their year, so they are looked for only where the phrase scan
 * meets a year after a space.
 */
function latinDateEndingAt(text: string, yearAt: number, f: Finders): FoundDate | undefined {
  const before = text.slice(Math.max(0, yearAt - LATIN_REACH), yearAt + 4);
  for (let index = 0; index < f.latin.length; index++) {
    const m = f.latin[index]!.exec(before);
    if (!m) continue;
    const [dayText, monthText] = index === 0 ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
    const month = monthOf(f.rules, monthText);
    const day = Number(dayText);
    const start = yearAt + 4 - m[0].length;
    const end = yearAt + 4;
    // The slice hides what comes before it: the date must not continue a word or number there.
    if (month === undefined || day < 1 || day > 31 || /[A-Za-z\d]/.test(text[start - 1] ?? '')) continue;
    const point = newPoint(start, end, { kind: 'absolute', year: Number(m[3]) }, month, day, 'day', false);
    return newFound(start, end, 'date.latin', { phrase: { start, end, from: point, readTo: end } });
  }
  return latinYearEndingAt(text, yearAt, before, f);
}

/** After an English year alone: a clause break, a capital or a linking word (in 2010, …; in 2010 the …), not a noun (in 2000 villages). */
const LATIN_YEAR_AFTER = /^(?:\s*(?:$|[,.;:!?)，。；：）])|\s+(?:[A-Z]|(?:the|and|to|when|with|as|for|under|after|before)\b))/;

/** in 2010, since 2012 (English): the year alone; `before` is the text up to the year's end. */
function latinYearEndingAt(text: string, yearAt: number, before: string, f: Finders): FoundDate | undefined {
  const m = f.latinYear.exec(before);
  const end = yearAt + 4;
  if (!m || !LATIN_YEAR_AFTER.test(text.slice(end, end + 8))) return undefined;
  const point = newPoint(yearAt, end, { kind: 'absolute', year: Number(m[1]) }, undefined, undefined, 'year', false);
  return newFound(yearAt, end, 'date.latin', { phrase: { start: yearAt, end, from: point, readTo: end } });
}

function monthOf(rules: DateRules, name: string): number | undefined {
  for (const [known, month] of rules.monthNames) if (known.toLowerCase() === name.toLowerCase()) return month;
  return undefined;
}

/**
 * Five-year plans. Every name ends in 五 one or two characters after its
 * start (十四五, 八五), so the sticky pattern is tried only there, in text
 * order, with `from` where a scan of the whole text would go on.
 */
function findFiveYearPlans(text: string, f: Finders): FoundDate[] {
  const found: FoundDate[] = [];
  const planWords = f.rules.context('five-year-plan');
  let from = 0;
  for (let five = text.indexOf('五', 1); five >= 0; five = text.indexOf('五', Math.max(five, from) + 1)) {
    for (let at = Math.max(from, five - 2); at < five; at = Math.max(at + 1, from)) {
      f.plans.lastIndex = at;
      const m = f.plans.exec(text);
      if (!m) continue;
      const plan = readFiveYearPlan(m, text, planWords);
      if (!plan) {
        from = at + 1;
        continue;
      }
      found.push(newFound(plan.nameStart, plan.nameStart + plan.name.length, 'date.five-year-plan', { period: { from: plan.from, to: plan.to } }));
      from = at + m[0].length;
    }
  }
  return found;
}

/** Fiscal and school years (2025/26年度, 2025/2026年度 → 2025/2026): the second year is the first's next one. */
function findFiscalYears(text: string, f: Finders): FoundDate[] {
  const found: FoundDate[] = [];
  for (const m of text.matchAll(f.fiscalYears)) {
    const from = Number(m[1]);
    // 2022/23, and with a slash the second year in full (2022/2023年度).
    if (m[2]!.length === 4 ? Number(m[2]) !== from + 1 : Number(m[2]) !== (from + 1) % 100) continue;
    const last = found[found.length - 1];
    // 2023/24至2026/27年度, 2019/2020年至2020/2021年度: two fiscal years joined are one span, from the first's start to the second's end.
    if (last && last.period && from > last.period.from && FISCAL_SPAN_JOIN.test(text.slice(last.end, m.index!))) {
      found[found.length - 1] = newFound(last.start, m.index! + m[0].length, 'date.fiscal-year', { period: { from: last.period.from, to: from + 1 } });
      continue;
    }
    found.push(newFound(m.index!, m.index! + m[0].length, 'date.fiscal-year', { period: { from, to: from + 1 } }));
  }
  return found;
}

/** What joins two fiscal years into one span: the first's 度, then 至, 到 or a dash. */
const FISCAL_SPAN_JOIN = /^度?\s*(?:至|到|[-—–－~～]|——)\s*$/;

/** Days written with the year last (21.11.2014, 3-7-2017, 12/25/2017; see dates/year-last.ts). */
function findEuropeanDays(text: string, f: Finders): FoundDate[] {
  if (!text.includes('.') && !text.includes('-') && !text.includes('/')) return [];
  return phrasesOf(text, f.europeanDays, 'date.dmy', (m, start, end) => {
    const read = readYearLastDay(m);
    return read && newPoint(start, end, { kind: 'absolute', year: Number(m[4]) }, read.month, read.day, 'day', false);
  });
}

/** A number and a span's connector right before a year (104-107年, 104至107年). */
const SPAN_BEFORE = /\d\s*[-–—~～至到]\s*$/;

/** Dates in the Republic of China calendar (民国38年, 106年7月25日 → 2017-07-25). */
function findRocDates(text: string, f: Finders): FoundDate[] {
  let taiwan: boolean | undefined;
  // A year alone (115年, 115年度) only in a text of Taiwan, and not as a length of time: elsewhere it is a duration or an age.
  // Not the second end of a span (104-107年: the span's).
  const yearAloneAt = (start: number, end: number) =>
    (taiwan ??= f.taiwanText.test(text) || ROC_DAY_LINE.test(text)) && !f.rocYearAloneNotBefore.test(text.slice(end, end + 2)) && !SPAN_BEFORE.test(text.slice(Math.max(0, start - 3), start));
  const found: FoundDate[] = [];
  for (const m of text.matchAll(f.rocDates)) {
    const start = m.index!;
    const end = start + m[0].length;
    const date = readRocDate(m, yearAloneAt(start, end));
    if (!date) continue;
    const last = date.day !== undefined ? 'day' : date.month !== undefined ? 'month' : 'year';
    const from = newPoint(start, end, { kind: 'absolute', year: date.year }, date.month, date.day, last, false);
    // 104-107年: one span of years, from its first to its last.
    const to = date.yearTo === undefined ? undefined : newPoint(start, end, { kind: 'absolute', year: date.yearTo }, undefined, undefined, 'year', false);
    found.push(newFound(start, end, 'date.roc', { phrase: to ? { start, end, from, to, readTo: end } : { start, end, from, readTo: end } }));
  }
  return found;
}

/** A relative year or month with its figure in brackets (去(2023)年 → 2023, 本(5)月 → the reference year's May, 今(4/22) → its April 22). */
function findBracketedYears(text: string, f: Finders): FoundDate[] {
  if (!text.includes('(') && !text.includes('（')) return [];
  return phrasesOf(text, f.bracketedYears, 'date.bracketed', (m, start, end) => {
    const date = readBracketedDate(m);
    if (!date) return undefined;
    return date.year !== undefined
      ? newPoint(start, end, { kind: 'absolute', year: date.year }, undefined, undefined, 'year', false)
      : newPoint(start, end, { kind: 'relative', word: THIS_YEAR }, date.month, date.day, date.day === undefined ? 'month' : 'day', false);
  });
}

/** One found date per match of a global `pattern` that `read` makes a point of, spanning the match. */
function phrasesOf(text: string, pattern: RegExp, rule: string, read: (m: RegExpMatchArray, start: number, end: number) => DatePoint | undefined): FoundDate[] {
  const found: FoundDate[] = [];
  for (const m of text.matchAll(pattern)) {
    const start = m.index!;
    const end = start + m[0].length;
    const point = read(m, start, end);
    if (point) found.push(newFound(start, end, rule, { phrase: { start, end, from: point, readTo: end } }));
  }
  return found;
}

/** The relative word of the reference year (date-relative.tsv). */
const THIS_YEAR = '今年';

/** A month-day naming an event (“9·5”地震, 3.14事件; see dates/event-day.ts): the year that governs it is its year. */
function findEventDays(text: string, f: Finders): FoundDate[] {
  const found: FoundDate[] = [];
  for (const { start, end, month, day, yearsAgo, anniversaryDay, year } of f.eventDays.find(text)) {
    const point = newPoint(start, end, undefined, month, day, 'day', false);
    const eventYearsAgo = yearsAgo ? { years: yearsAgo, anniversaryDay: anniversaryDay === true } : undefined;
    found.push(newFound(start, end, 'date.event-day', { phrase: { start, end, from: point, readTo: end }, eventYearsAgo, eventYear: year }));
  }
  return found;
}

/**
 * A number that starts no phrase but is a date by what follows it: a month
 * of a list (7 in 7、8月: its own mention, with the year the last one gets),
 * a day written alone (新华社…20日电, 记者16日获悉: a day of the month last
 * named), or a span of such days (17日至21日). Tried at digits the phrase
 * scan found no phrase at; `next` is where the scan goes on.
 */
function readNumberAlone(text: string, at: number, f: Finders, previous?: FoundDate): { date: FoundDate | null; next: number } | undefined {
  const item = stickyAt(f.monthListItem, text, at);
  if (item) {
    const month = Number(item[1]);
    const end = at + item[0].length;
    if (month < 1 || month > 12) return undefined;
    const from = newPoint(at, end, undefined, month, undefined, 'month', false);
    return { date: newFound(at, end, 'date.month-list', { phrase: { start: at, end, from, readTo: end }, listLastMonth: Number(item[2]) }), next: end };
  }
  const m = stickyAt(f.dayAlone, text, at);
  if (!m) return readBareDaySpan(text, at, f);
  const day = Number(m[1]);
  const end = at + m[0].length;
  if (day < 1 || day > 31) return undefined;
  if (text.charCodeAt(end - 1) === HAO && f.haoNotBefore.endsAt(text, at, Math.max(0, at - HAO_NOT_BEFORE_REACH))) return { date: null, next: end };
  if (f.rules.context('day-alone-not-before').endsAt(text, at, Math.max(0, at - 2))) {
    return { date: null, next: f.parser.parseDaySpan(text, at)?.end ?? end }; // 第3日至5日: neither day is a date
  }
  // 每月15日至20日: the first day is no date, and neither is the second; after 本月10日 it is (本月10日至15日).
  if (f.spanOfDaysBefore.test(text.slice(Math.max(0, at - 16), at)) && !endsRelativeDay(previous, at)) return { date: null, next: end };
  const span = f.parser.parseDaySpan(text, at);
  if (span) return { date: newFound(span.start, span.end, 'date.range', { phrase: span }), next: span.end };
  const from = newPoint(at, end, undefined, undefined, day, 'day', false);
  return { date: newFound(at, end, 'date.day', { phrase: { start: at, end, from, readTo: end } }), next: end };
}

/**
 * 1至3日, 28—30日: days of one month whose first shares the second's 日, as
 * forecasts write them; not a stretch of time (历时1至3日, 1至3日内).
 */
function readBareDaySpan(text: string, at: number, f: Finders): { date: FoundDate | null; next: number } | undefined {
  if (stickyAt(f.bareDaySpan, text, at) === null) return undefined;
  const span = f.parser.parseDaySpan(text, at, true);
  if (!span?.to || span.to.day! <= span.from.day!) return undefined;
  if (f.rules.context('day-alone-not-before').endsAt(text, at, Math.max(0, at - 2)) || endsDayAlone(text, span.end, f)) {
    return { date: null, next: span.end };
  }
  return { date: newFound(span.start, span.end, 'date.range', { phrase: span }), next: span.end };
}

/** Whether the text at `at`, right after a day written alone, makes it a length of time (5日内, 3日前), not a day (7日前往). */
function endsDayAlone(text: string, at: number, f: Finders): boolean {
  return f.rules.context('day-alone-not-after').startsAt(text, at) !== undefined && f.rules.context('day-alone-still-after').startsAt(text, at) === undefined;
}

/** Whether `previous` is a relative month's day (本月10日) ending within a connector's reach before `at`. */
function endsRelativeDay(previous: FoundDate | undefined, at: number): boolean {
  return previous?.dayOfMonth !== undefined && at - previous.end <= RELATIVE_SPAN_GAP;
}

/** How far a relative month's day may end before the second day of its span (本月10日 至 15日). */
const RELATIVE_SPAN_GAP = 3;

/**
 * A day alone in Chinese numerals (财政局十日公布, 廿九日), as wire copy in
 * Chinese numerals writes it; not a stretch of days (十日内, 历时十日, 过去十日).
 * With 号 only where a day with 号 in figures would be one (十二号见面; 十号线 is a line).
 */
function readChineseDayAlone(text: string, at: number, number: string, f: Finders, lowest: number): FoundDate | undefined {
  const day = parseDayNumber(number);
  const end = at + number.length + 1;
  if (day === undefined || day < lowest || day > 31) return undefined;
  if (f.rules.context('day-alone-not-before').endsAt(text, at, Math.max(0, at - 2))) return undefined;
  if (text.charCodeAt(end - 1) === HAO) {
    if (!isHaoDay(text, at, end, f)) return undefined;
  } else {
    let after = end;
    while (after < text.length && GAP_CHARS.includes(text[after]!)) after++;
    if (endsDayAlone(text, after, f)) return undefined;
  }
  const from = newPoint(at, end, undefined, undefined, day, 'day', false);
  return newFound(at, end, 'date.day', { phrase: { start: at, end, from, readTo: end } });
}

/** A day in Chinese numerals and 号 ending at `end` (十二号见面): what follows makes it a day, and no label stands before it. */
function isHaoDay(text: string, at: number, end: number, f: Finders): boolean {
  return stickyAt(f.haoDayAfter, text, end) !== null && !f.haoNotBefore.endsAt(text, at, Math.max(0, at - HAO_NOT_BEFORE_REACH));
}

function stickyAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

const DOT = 0x2e;
/** 号, closing a day written alone (12号). */
const HAO = 0x53f7;
/** How far before such a day a label may end (编号为). */
const HAO_NOT_BEFORE_REACH = 3;

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Whether [start, end) overlaps a date of `sorted` (sorted by start, not overlapping one another). */
function overlapsAny(sorted: readonly Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo]!.start < end;
}

/**
 * Every date phrase, in text order. The candidate pattern is tried only at
 * characters a phrase can start with (digits, numerals, the first
 * characters of the word forms): one table lookup per character instead of
 * the whole alternation at every position.
 */
function findPhrases(text: string, f: Finders, taken: readonly FoundDate[]): FoundDate[] {
  const found: FoundDate[] = [];
  const { candidates, starts } = f;
  const blocked = taken.length > 0 ? [...taken].sort((a, b) => a.start - b.start) : taken;
  /** A number alone at `at` (7、8月, 18日): pushed when it is a date; where to go on. */
  const readAlone = (at: number): number => {
    const alone = readNumberAlone(text, at, f, found[found.length - 1]);
    if (!alone) return at + 1;
    if (alone.date && !(blocked.length > 0 && overlapsAny(blocked, alone.date.start, alone.date.end))) found.push(alone.date);
    return alone.next;
  };
  const { first } = starts;
  for (let at = 0; at < text.length; ) {
    // Most characters start no phrase: skip them in a tight loop.
    while (at < text.length && !first.has(text.charCodeAt(at))) at++;
    if (at === text.length) break;
    const next = nextTry(text, at, starts);
    if (next !== at) {
      at = next;
      continue;
    }
    const code = text.charCodeAt(at);
    candidates.lastIndex = at;
    const m = candidates.exec(text);
    if (!m) {
      at = isDigit(code) ? readAlone(at) : at + 1;
      continue;
    }
    const end = at + m[0].length;
    if (blocked.length > 0 && overlapsAny(blocked, at, end)) {
      at = end;
      continue;
    }
    if (m[0].length === 4 && isDigit(code) && at > 0 && SPACE.test(text[at - 1]!)) {
      const latin = latinDateEndingAt(text, at, f);
      if (latin && (found.length === 0 || found[found.length - 1]!.end <= latin.start)) {
        found.push(latin);
        at = end;
        continue;
      }
    }
    const singleDay = CHINESE_SINGLE_DAY.test(m[0]) && text.charCodeAt(end) === DAY_UNIT;
    if (singleDay || ((text.charCodeAt(end) === DAY_UNIT || text.charCodeAt(end) === HAO) && CHINESE_DAY_ALONE_WHOLE.test(m[0]))) {
      const day = readChineseDayAlone(text, at, m[0], f, singleDay ? 1 : 10);
      if (day) found.push(day);
      at = end + 1;
      continue;
    }
    if (m[0].length === 1 && text[end] === START_MARK && HEADLINE_START_WORDS.includes(m[0])) {
      const start = readHeadlineStartDay(text, at, f);
      if (start) {
        found.push(start);
        at = start.end;
        continue;
      }
    }
    const bracketed = m[0].length === 1 ? readBracketedDay(text, at, f) : undefined;
    if (bracketed) {
      found.push(bracketed);
      at = bracketed.end;
      continue;
    }
    const word = readWord(text, m[0], at, f);
    if (word) {
      if (word.date) found.push(word.date);
      at = word.next;
      continue;
    }
    const phrase = f.parser.parse(text, at);
    const rule = phrase ? ruleFor(text, phrase, f) : undefined;
    if (!phrase || !rule || (blocked.length > 0 && overlapsAny(blocked, phrase.start, phrase.end))) {
      at = isDigit(code) ? readAlone(at) : at + 1;
      continue;
    }
    found.push(newFound(phrase.start, phrase.end, rule, { phrase, eventYearsAgo: yearsAgoBefore(text, phrase) }));
    at = phrase.readTo;
  }
  return found;
}

/** 今, 明 before 起 (明起派钱: from tomorrow on), as a headline writes 今天, 明天. */
const HEADLINE_START_WORDS = '今明';
const START_MARK = '起';
/** The longest line a headline is taken to be. */
const HEADLINE_MAX = 40;

/**
 * 明起派钱, 今起实行: in a headline (a short line with no full stop), 明 or 今
 * before 起 is tomorrow or today, one character's mention resolved as 明日 or
 * 今日. Not where the character ends another word (说明起草, 至今起到) or 起
 * begins one (明起来): the `start-day-not-before` and `start-day-not-after` words.
 */
function readHeadlineStartDay(text: string, at: number, f: Finders): FoundDate | undefined {
  const relative = f.rules.relativeWords.get(`${text[at]}日`);
  if (!relative) return undefined;
  let lineStart = at;
  while (lineStart > 0 && text[lineStart - 1] !== '\n') lineStart--;
  let lineEnd = at;
  while (lineEnd < text.length && text[lineEnd] !== '\n') lineEnd++;
  const line = text.slice(lineStart, lineEnd);
  if (line.trim().length > HEADLINE_MAX || /[。！？!?]/.test(line)) return undefined;
  if (f.rules.context('start-day-not-before').ends(text.slice(Math.max(lineStart, at - 3), at))) return undefined;
  if (f.rules.context('start-day-not-after').startsAt(text, at + 2, at + 5) !== undefined) return undefined;
  return newFound(at, at + 1, 'date.relative', { relative });
}

/**
 * 今（3）日, 昨（29）日: the relative day word 今日 or 昨日 with the day of the
 * month in brackets inside it, one mention; resolved as the word is. 今(24日)
 * writes the day whole in the brackets: 今 is the word's mention, 24日 its own.
 */
function readBracketedDay(text: string, at: number, f: Finders): FoundDate | undefined {
  const head = text.slice(at + 1, at + 8);
  const inside = BRACKETED_DAY_AT.exec(head);
  const relative = f.rules.relativeWords.get(`${text[at]}日`);
  if (inside) return relative ? newFound(at, at + 1 + inside[0].length, 'date.relative', { relative }) : undefined;
  // 今(24日): the word is a mention of its own, as 今天 in 今天(24日) is; the day in the brackets is another.
  return relative && BRACKETED_WHOLE_DAY_AT.test(head) ? newFound(at, at + 1, 'date.relative', { relative }) : undefined;
}

/**
 * A relative day or month word (今天, 当天, 上个月) or a weekday (周二, 上周六):
 * the found date (null when it is not a date here: figurative, recurring)
 * and where to look next; undefined when the match is not such a word (a
 * phrase to parse).
 */
function readWord(text: string, word: string, at: number, f: Finders): { date: FoundDate | null; next: number } | undefined {
  const { rules } = f;
  const end = at + word.length;
  const relative = rules.relativeWords.get(word);
  if (relative && !isYearAnchor(relative.anchor)) {
    if (isFigurative(text, word, at, rules)) return { date: null, next: end };
    // 每天下午公示当天收到的款物: the day of a habit, each day's own, no day of the calendar.
    if (relative.anchor === 'previous-day' && isHabitualDay(text, at, rules)) return { date: null, next: end };
    const day = relative.anchor === 'reference-month' ? dayOfMonthAt(text, end, f.dayOfMonth) : undefined;
    if (day) return { date: newFound(at, day.end, 'date.relative', { relative, dayOfMonth: day.value }), next: day.end };
    // 下月初, 上月中旬, 这个月底: a part of the month is still the month, and belongs to the phrase.
    const whole = relative.anchor === 'reference-month' ? f.parser.monthPartEnd(text, end) : end;
    return { date: newFound(at, whole, 'date.relative', { relative }), next: whole };
  }
  const weekday = relative ? undefined : f.weekdayPhrases.get(word);
  if (!weekday) return undefined;
  const { day, weeks } = weekday;
  const before = text.slice(Math.max(0, at - 2), at);
  // 一周一次 is a count, 每周一 recurs, 周一至周五 is a timetable, 黑色星期五 names a day of its own; 下周天气 is next week's weather, no Sunday.
  if (
    NUMERAL_BEFORE.test(before) ||
    rules.context('recurring').ends(before) ||
    namesOwnDay(text, at, rules) ||
    rules.context('weekday-not-after').starts(text.slice(end - 1, end + 2)) !== undefined
  ) {
    return { date: null, next: end };
  }
  const next = rules.context('span-connector').startsAt(text, end, end + 2);
  const secondDay = next ? f.weekdayNames.find((w) => text.startsWith(w, end + next.length)) : undefined;
  // The timetable's second day is skipped too.
  if (next && secondDay) return { date: null, next: end + next.length + secondDay.length };
  return { date: newFound(at, end, 'date.weekday', { weekday: { day, weeks } }), next: end };
}

/** A weekday name at `at` that ends the name of a day of its own (a shopping day, a feast): no day of this week. */
function namesOwnDay(text: string, at: number, rules: DateRules): boolean {
  return rules.context('weekday-name-before').endsAt(text, at, Math.max(0, at - NAMED_WEEKDAY_LEAD));
}

/** The longest word before a weekday name that makes it a named day. */
const NAMED_WEEKDAY_LEAD = 4;

/** Before 今天/今日: a count of years ago (12年前的今天, 三年前的今日); the count in group 1. */
const YEARS_BEFORE_TODAY = /(?:(?<![\d〇零一二两三四五六七八九十百])(\d{1,3}|[一二两三四五六七八九十百]{1,4})年前的?)$/;

/**
 * 去年的今天, 2015年的今天, 12年前的今天: this day of another year, one mention (an
 * anniversary's lead), not the year and today apart; where the day falls in
 * no such year (29 February), the two stay as they are.
 */
function joinTodayOfAnotherYear(text: string, dates: ResolvedDate[]): ResolvedDate[] {
  for (let i = dates.length - 1; i >= 0; i--) {
    const today = dates[i]!;
    const relative = today.found.relative;
    if (relative?.anchor !== 'reference-day' || relative.offset !== 0 || today.granularity !== 'day') continue;
    const previous = dates[i - 1];
    const gap = previous ? text.slice(previous.found.end, today.found.start) : '';
    let start: number;
    let year: number;
    if (previous && previous.granularity === 'year' && (gap === '' || gap === '的')) {
      [start, year] = [previous.found.start, Number(previous.value)];
    } else {
      const count = YEARS_BEFORE_TODAY.exec(text.slice(Math.max(0, today.found.start - YEARS_AGO_REACH), today.found.start));
      const years = count ? parseSmallNumber(count[1]!) : undefined;
      if (!count || years === undefined || years < 1) continue;
      [start, year] = [today.found.start - count[0].length, Number(today.value.slice(0, 4)) - years];
    }
    const value = `${String(year).padStart(4, '0')}${today.value.slice(4)}`;
    if (new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) continue;
    const joined = { found: { ...today.found, start }, value, granularity: today.granularity, relative: true };
    const merged = previous && previous.found.start === start ? 2 : 1;
    dates.splice(i - merged + 1, merged, joined);
    i -= merged - 1;
  }
  return dates;
}

/** Before a month-day: a count of years ago, spaces allowed around 的 (25年前 的); the count in group 1. */
const YEARS_AGO_BEFORE = /(?<![\d〇零一二两三四五六七八九十百])(\d{1,3}|[一二两三四五六七八九十百]{1,4})年前[ \t\u3000]*的?[ \t\u3000]*$/;

/** How far before 今天 a count of years ago may start (一百二十年前的). */
const YEARS_AGO_REACH = 8;

/**
 * 25年前的7月1日: a month-day after a count of years ago is in the year that
 * many years before the year governing it (the text's), as 去年3月 is in last year.
 */
function yearsAgoBefore(text: string, phrase: ParsedDate): { years: number; anniversaryDay: boolean } | undefined {
  if (phrase.from.year !== undefined || phrase.from.month === undefined || phrase.to !== undefined) return undefined;
  const before = text[phrase.start - 1];
  if (before !== '的' && before !== '前' && before !== ' ') return undefined;
  const count = YEARS_AGO_BEFORE.exec(text.slice(Math.max(0, phrase.start - YEARS_AGO_REACH), phrase.start));
  const years = count ? parseSmallNumber(count[1]!) : undefined;
  return years !== undefined && years >= 1 ? { years, anniversaryDay: false } : undefined;
}

/**
 * A year and this month right after it (去年本月十日, 明年本月): this month of
 * that year, one mention.
 */
function joinYearAndThisMonth(dates: ResolvedDate[]): ResolvedDate[] {
  for (let i = dates.length - 2; i >= 0; i--) {
    const [year, month] = [dates[i]!, dates[i + 1]!];
    const relative = month.found.relative;
    if (year.granularity !== 'year' || year.found.end !== month.found.start || relative?.anchor !== 'reference-month' || relative.offset !== 0) continue;
    const value = `${year.value}${month.value.slice(4)}`;
    // 去年本月二十九日 in a February of a leap year: no such day last year.
    if (month.granularity === 'day' && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) continue;
    const found = { ...year.found, end: month.found.end, rule: month.found.rule };
    dates.splice(i, 2, { found, value, granularity: month.granularity, relative: true });
  }
  return dates;
}

/** The levels at which two dates of different forms may make one span (去年到今年, 上周四到十月一日). */
const SPAN_GRANULARITIES: ReadonlySet<string> = new Set(['day', 'month', 'year']);
/** Parts of years, whose two ends the phrase parser never joins (2015年上半年至2016年下半年). */
const PART_SPAN_GRANULARITIES: ReadonlySet<string> = new Set(['half', 'season']);

/**
 * A span whose ends are written in different forms (上周四到十月一日, 昨天到下周一,
 * 今天至10月8日, 本月至10月, 去年到今年): two days, months or years, one of them
 * relative, joined by nothing but a span connector are one interval; so are two
 * halves or quarters (2015年上半年至2016年下半年). The phrase parser joins the ends of one form.
 * A second end without its year that falls before the first is in the next year.
 */
function joinMixedSpans(text: string, dates: ResolvedDate[], connectors: WordList): ResolvedDate[] {
  for (let i = dates.length - 2; i >= 0; i--) {
    const [first, second] = [dates[i]!, dates[i + 1]!];
    if (first.granularity !== second.granularity) continue;
    const parts = PART_SPAN_GRANULARITIES.has(first.granularity);
    if (!parts && (!SPAN_GRANULARITIES.has(first.granularity) || !(first.relative || second.relative))) continue;
    if (!parts && (first.value.includes('/') || second.value.includes('/'))) continue;
    const gap = text.slice(first.found.end, second.found.start).trim();
    if (gap === '' || connectors.startsAt(gap, 0) !== gap) continue;
    const start = first.value.split('/')[0]!;
    let last = second.value.split('/').pop()!;
    // A day alone as the second end (本月10日至15日) is a day of the first end's month.
    if (first.granularity === 'day' && second.found.rule === 'date.day') last = `${start.slice(0, 8)}${last.slice(8)}`;
    if (last < start && !second.relative && !text.slice(second.found.start, second.found.end).includes('年')) last = `${Number(last.slice(0, 4)) + 1}${last.slice(4)}`;
    if (last <= start) continue;
    const found = { ...first.found, end: second.found.end, rule: 'date.range' };
    dates.splice(i, 2, { found, value: `${start}/${last}`, granularity: first.granularity, relative: first.relative || second.relative });
  }
  return dates;
}

/** How far into a page its clock line may stand, and its labelled publication date. */
const CLOCK_CHARS = 400;
const LABELLED_CHARS = 4000;

/**
 * A mirror page shows its own clock at the top (2024年05月02日 星期四, a line
 * of its own) above the article's labelled or timed publication date (发布时间：
 * 2015-02-09, 2015-02-09 05:26): where the two differ, the clock is page chrome,
 * not a date of the article. A newspaper's own dateline has no other date to differ from.
 */
function dropPageClock(text: string, found: FoundDate[], f: Finders): void {
  const clock = found.find((d) => d.start < CLOCK_CHARS && isClockLine(text, d, f));
  if (!clock) return;
  const head = text.length > LABELLED_CHARS ? text.slice(0, LABELLED_CHARS) : text;
  const labelled = f.labelledDate.exec(head) ?? f.timedDate.exec(head.slice(clock.end));
  const from = clock.phrase!.from;
  if (!labelled || from.year?.kind !== 'absolute') return;
  if (Number(labelled[1]) === from.year.year && Number(labelled[2]) === from.month && Number(labelled[3]) === from.day) return;
  const lineEnd = clockLineEnd(text, clock.end);
  for (let i = found.length - 1; i >= 0; i--) {
    const d = found[i]!;
    if (d === clock || (d.weekday && d.start >= clock.end && d.end <= lineEnd)) found.splice(i, 1);
  }
}

/**
 * The end of a clock line's rest after its date at `end`: its own line, or
 * the line below where the date ends its line (2020年 10月 30日 / 星期五).
 */
function clockLineEnd(text: string, end: number): number {
  const lineEnd = lineEndAt(text, end);
  return lineEnd < text.length && text.slice(end, lineEnd).trim() === '' ? lineEndAt(text, lineEnd + 1) : lineEnd;
}

/** Dates inside a web address: the numbers in its path (/art/2021/5/10/) are no date the text states. */
function dropInsideAddresses(text: string, found: FoundDate[]): void {
  if (!text.includes('://')) return;
  for (const url of text.matchAll(WEB_ADDRESS)) {
    const start = url.index;
    const end = start + url[0].length;
    for (let i = found.length - 1; i >= 0; i--) if (found[i]!.start < end && found[i]!.end > start) found.splice(i, 1);
  }
}

/**
 * Dates below a line that heads teasers of other stories (新闻推荐, 相关新闻)
 * are the teasers' own, page chrome like a list of linked headlines.
 */
function dropRelatedTeaserDates(text: string, found: FoundDate[], f: Finders): void {
  const teasers = relatedTeasersStart(text, f.relatedHeading);
  if (teasers < 0) return;
  const firstBelow = found.findIndex((d) => d.start > teasers);
  if (firstBelow >= 0) found.length = firstBelow;
}

/** How many lines above a timed date a forum's user-panel label may stand (今日心情 / 开心 / 2022-03-15 21:40). */
const PANEL_LINES = 2;
const TIMED_LINE_REST = /^[ \t\u3000]*\d{1,2}:\d{2}(?::\d{2})?[ \t\u3000]*(?:\n|$)/;

/**
 * A forum page's user panel shows when its member last set a mood or
 * signed in (TA的今日心情 / 开心 / 2022-03-15 21:40): a date with its clock
 * time on a line of its own, under such a label, is page chrome.
 */
function dropUserPanelDates(text: string, found: FoundDate[], f: Finders): void {
  for (let i = found.length - 1; i >= 0; i--) {
    const d = found[i]!;
    if (!d.phrase || d.phrase.from.day === undefined || !GAP_CHARS.includes(text[d.end] ?? '\n')) continue;
    if (!TIMED_LINE_REST.test(text.slice(d.end, d.end + 12))) continue;
    let lineStart = text.lastIndexOf('\n', d.start - 1) + 1;
    if (text.slice(lineStart, d.start).trim() !== '') continue;
    for (let line = 0; line < PANEL_LINES && lineStart > 0; line++) {
      const above = text.lastIndexOf('\n', lineStart - 2) + 1;
      if (f.userPanel.test(text.slice(above, lineStart))) {
        found.splice(i, 1);
        break;
      }
      lineStart = above;
    }
  }
}

/** Dates on a page's copyright line (今日某某网版权所有, Copyright © 2004-2017): page chrome. */
function dropCopyrightLineDates(text: string, found: FoundDate[], f: Finders): void {
  if (!f.copyrightLine.test(text)) return;
  for (let i = found.length - 1; i >= 0; i--) {
    const d = found[i]!;
    const lineStart = text.lastIndexOf('\n', d.start - 1) + 1;
    if (f.copyrightLine.test(text.slice(lineStart, lineEndAt(text, d.end)))) found.splice(i, 1);
  }
}

/** A full date alone on its line but for a weekday beside it (2024年05月02日 星期四) or alone on the line below. */
function isClockLine(text: string, d: FoundDate, f: Finders): boolean {
  const from = d.phrase?.from;
  if (!from || d.phrase!.to || from.day === undefined || from.year === undefined) return false;
  // Cheap looks first: the date opens its line, and a space or a weekday's first character follows it.
  let before = d.start - 1;
  while (before >= 0 && GAP_CHARS.includes(text[before]!)) before--;
  if (before >= 0 && text[before] !== '\n') return false;
  const next = text[d.end];
  if (next === undefined || !(GAP_CHARS.includes(next) || next === '\n' || f.weekdayFirsts.includes(next))) return false;
  return f.clockLineRest.test(text.slice(d.end, clockLineEnd(text, d.end)));
}

function lineEndAt(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
}

/** 本月10日: the day after a relative month, where one follows. */
function dayOfMonthAt(text: string, at: number, pattern: RegExp): { value: number; end: number } | undefined {
  pattern.lastIndex = at;
  const m = pattern.exec(text);
  const value = m ? parseSmallNumber(m[1]!) : undefined;
  return m && value !== undefined && value >= 1 && value <= 31 ? { value, end: at + m[0].length } : undefined;
}

/** How far back in its sentence a word of habit (每天, 每日) makes 当天 or 次日 each day's own. */
const HABIT_REACH = 30;

/**
 * 当天, 当日, 次日 after a word of habit in its sentence (每天…当天, 每日…次日): the day of
 * each time, not a day of the calendar; no date (`habitual-before` in date-context.tsv).
 */
function isHabitualDay(text: string, at: number, rules: DateRules): boolean {
  const from = Math.max(0, at - HABIT_REACH);
  const head = text.slice(from, at);
  const stop = Math.max(head.lastIndexOf('。'), head.lastIndexOf('！'), head.lastIndexOf('？'), head.lastIndexOf('\n'));
  return rules.context('habitual-before').occursIn(head.slice(stop + 1));
}

function isFigurative(text: string, word: string, at: number, rules: DateRules): boolean {
  const uses = rules.figurative.get(word);
  if (!uses) return false;
  const before = text.slice(Math.max(0, at - 8), at);
  const after = text.slice(at + word.length, at + word.length + 8);
  return uses.some((use) => before.endsWith(use.before) && after.startsWith(use.after));
}

/**
 * 当年 right after its subject (not opening its clause), before a verb of a thing done within the year it
 * began (`same-year-after`: 项目当年完工, 当年见效), with no year stated before it in its sentence: "in the
 * same year" in general, no date. 2019年…项目当年完工 is 2019.
 */
function isSameYearInGeneral(text: string, start: number, end: number, f: Finders): boolean {
  const verb = f.rules.context('same-year-after');
  // The second of a pair (当年开工、当年投产) goes with the first, which stands after its subject.
  const firstOfPair = SAME_YEAR_PAIR_FIRST.exec(text.slice(Math.max(0, start - SAME_YEAR_PAIR_REACH), start));
  if (firstOfPair) return isSameYearInGeneral(text, start - firstOfPair[0].length, start - firstOfPair[0].length + 2, f);
  if (start === 0 || !HAN.test(text[start - 1]!)) return false;
  // 当年开工、当年见效: a pair, the second 当年 with such a verb, says it of both.
  const pair = SAME_YEAR_PAIR.exec(text.slice(end, end + SAME_YEAR_PAIR_REACH));
  const second = pair ? end + pair[0].length : -1;
  if (verb.startsAt(text, end, end + 4) === undefined && (second < 0 || verb.startsAt(text, second, second + 4) === undefined)) return false;
  return !YEAR_IN_SENTENCE.test(sentenceHead(text, start));
}

const HAN = /[\u4e00-\u9fff]/;
/** 当年开工、当年见效: the verb of a first 当年, then the second 当年 (its end). */
const SAME_YEAR_PAIR = /^[\u4e00-\u9fff]{1,3}[、，,]?当年/;
const SAME_YEAR_PAIR_REACH = 8;
/** The first 当年 of a pair and its verb, right before the second (当年开工、). */
const SAME_YEAR_PAIR_FIRST = /当年[\u4e00-\u9fff]{1,3}[、，,]?$/;
/** A year a sentence states (2019年, 19年, 二〇一九年, 去年, 同年): 当年 after it is that year. */
const YEAR_IN_SENTENCE = /(?:\d{2}|[〇○零一二三四五六七八九]{2,4})\s*年(?!代)|[今去前明本同次翌]年|\d{4}(?!\d)/;

/** How many characters (a place, a trait) may stand between 当年的 and the people it describes. */
const BACK_THEN_PEOPLE_REACH = 4;

/** The rule a parsed phrase is a date by, or undefined when it is not a date (a duration, an age, a number). */
function ruleFor(text: string, phrase: ParsedDate, f: Finders): string | undefined {
  const { from, to } = phrase;
  const context = (role: Parameters<DateRules['context']>[0]) => f.rules.context(role);
  const before = text.slice(Math.max(0, phrase.start - 2), phrase.start);
  const after = text.slice(phrase.end, phrase.end + 12);
  if (from.year?.kind === 'relative') {
    if (f.age.test(after) && !to && from.last === 'year' && !from.part) return undefined;
    // 想当年: a figurative use (date-figurative.tsv); 10年过去了…当年: back then, not a year.
    if (isFigurative(text, from.year.word, phrase.start, f.rules)) return undefined;
    if (context('back-then').has(from.year.word) && f.yearsPassed.test(sentenceHead(text, phrase.start))) return undefined;
    // 项目当年完工, 当年见效: within the year it began, in general; after a year its sentence names, that year.
    if (context('back-then').has(from.year.word) && !to && isSameYearInGeneral(text, phrase.start, phrase.end, f)) return undefined;
    // 当年的武汉知青, 当年老战友: the people as they were back then, not a year.
    if (context('back-then').has(from.year.word) && !to && f.backThenPeople.test(text.slice(phrase.end, phrase.end + BACK_THEN_PEOPLE_REACH + 8))) return undefined;
    // 上年 is the year before only in a comparison (比上年, 上年同期); else it is part of another word (晚上年轻人).
    if (f.rules.relativeWords.get(from.year.word)?.anchor === 'about-year' && !context('prior-year-before').ends(before) && !context('prior-year-after').starts(after)) {
      return undefined;
    }
    if (from.year.word.startsWith(THIS_YEAR_FORMAL) && !isThisYearWord(before, after, context)) return undefined;
    if (f.rules.relativeWords.get(from.year.word)?.anchor === 'about-year' && isShareOfYearBefore(text, phrase.start, phrase.end)) return undefined;
    return to ? 'date.range' : 'date.relative';
  }
  if (to) return 'date.range';
  if (from.year) {
    if (from.last === 'year' && !from.part) {
      const calendarYear = from.year.kind === 'absolute' && from.year.year >= 1900 && from.year.year <= 2099;
      // 超过2000年 is a duration, but 超过1998年23.69米 and 超过2019年同期 compare with a year.
      const comparedYear = calendarYear && !from.unitMissing && (/^\d/.test(after) || context('date-after-calendar').starts(after) !== undefined);
      if (context('duration-before').ends(before) && !comparedYear) return undefined;
      // 某中心二○二四, 「二○二四…计划」: a bare year in Chinese digits is a year unless a unit makes it a number.
      if (from.unitMissing && from.year.kind === 'absolute' && !/\d/.test(text.slice(phrase.start, phrase.end))) {
        return f.unitAfter(after) || /^[-—–－~～至到]/.test(after) || /[-—–－~～至到]$/.test(before) ? undefined : 'date.year-chinese-bare';
      }
      if (from.unitMissing && from.year.kind === 'absolute') {
        return bareYearRule(from.year.year, before, text.slice(phrase.end, phrase.end + 40), f);
      }
      if (context(calendarYear ? 'duration-after-calendar' : 'duration-after').starts(after) && !(calendarYear && opensSinceYear((from.year as { year: number }).year, before, after))) return undefined;
    }
    return isNumeric(text.slice(phrase.start, phrase.end)) ? 'date.numeric' : 'date.ymd';
  }
  if (from.part) return 'date.year-part';
  if (from.month !== undefined && from.day === undefined && f.notAfterMonth.test(after)) return undefined;
  // 每年6月, 每年的6月 recur every year: no one calendar month.
  if (context('recurring').endsAt(text, phrase.start, Math.max(0, phrase.start - RECURRING_REACH))) return undefined;
  if (isStatutoryDeadline(text, phrase, f)) return undefined;
  return 'date.month-day';
}

/** An article of a law or rule cited (预算法第51条, 第三十条). */
const STATUTE_ARTICLE = /第[\d一二三四五六七八九十百]{1,4}条/;

/**
 * 预算法第51条明定，总预算案应于…（即11月底前）议决: a deadline without a year (…前) in a sentence that
 * cites an article of a law (statute-verb: 规定, 明定) and says what shall be done (statute-modal: 应于, 须于)
 * recurs every year under that law: no one calendar date.
 */
function isStatutoryDeadline(text: string, phrase: ParsedDate, f: Finders): boolean {
  if (!/^[）)]?前|^之前/.test(text.slice(phrase.end, phrase.end + 3))) return false;
  const start = Math.max(text.lastIndexOf('。', phrase.start - 1), text.lastIndexOf('\n', phrase.start - 1)) + 1;
  const stop = text.indexOf('。', phrase.end);
  const sentence = text.slice(start, stop < 0 ? text.length : stop);
  return STATUTE_ARTICLE.test(sentence) && f.rules.context('statute-verb').occursIn(sentence) && f.rules.context('statute-modal').occursIn(sentence);
}

/**
 * 2005年来，…: a calendar year of the last decades opening its clause before 来 and a comma is the
 * year a story runs from ("since 2005"), a date; 2000年来 inside a clause (近2000年来, 这2000年来的)
 * stays a length of time.
 */
function opensSinceYear(year: number, before: string, after: string): boolean {
  return year >= SINCE_YEAR_FLOOR && /^来[，,]/.test(after) && (before === '' || /[，。；：！？,;:\n]$/.test(before));
}

/** The earliest year 2005年来 is read as "since": older calendar years there are rarer than lengths of time. */
const SINCE_YEAR_FLOOR = 1950;

/** 按 (按照) in the clause before 上年: the start of a standing rule's basis. */
const BY_RULE_BEFORE = /按/;
/**
 * A share after 上年 in its clause (…营业额的5‰, …税收3%): the rule takes a part of the year before's
 * figure; not a change (按上年价格计算增长5%), which compares with that year.
 */
const SHARE_AFTER = /^[^，,；;。！？\n增降减升涨高低]{0,24}?\d[\d.]*\s*[%‰％]/;

/**
 * 按上年度营业额的5‰计提, 按照每年提取上年税收3%的办法: 上年 in a standing rule is the year
 * before each year the rule applies to, no calendar year.
 */
function isShareOfYearBefore(text: string, start: number, end: number): boolean {
  const clauseStart = lastClauseBreak(text, start);
  return BY_RULE_BEFORE.test(text.slice(Math.max(clauseStart, start - RULE_REACH), start)) && SHARE_AFTER.test(text.slice(end, end + 30));
}

/** How far before 上年 a rule's 按 may stand. */
const RULE_REACH = 12;

/** 本年, 本年度: this year, where 本 does not end another word. */
const THIS_YEAR_FORMAL = '本年';

/** 本年 stands as a word: no 基本, 成本, 日本 before it (完成本年度 is one), no 本年级 after it. */
function isThisYearWord(before: string, after: string, context: (role: Parameters<DateRules['context']>[0]) => WordList): boolean {
  if (context('this-year-not-after').starts(after) !== undefined) return false;
  return context('this-year-before').ends(before) || !context('this-year-not-before').ends(before);
}

/** A number of years gone by (10, 三十, 多): never a calendar year. */
const YEARS_COUNT = '(?:\\d{1,3}|[一二两三四五六七八九十几多]+)';
/** 2018-09-21, 2018/9/21, 2010 01 29: written without 年. */
function isNumeric(written: string): boolean {
  return !written.includes('年') && /[-/.]|\d\s+\d/.test(written);
}

/** A year written without 年: one of a list ending in 年 (2021、2022年), or a name's prefix (2023西藏文化青岛行). */
function bareYearRule(year: number, before: string, after: string, f: Finders): string | undefined {
  if (f.yearList.test(after)) return 'date.year-list';
  // 2023《政府工作报告》: a year before a document's title names its edition; (2016 修订): a space may part it from the name.
  const name = after.startsWith(' ') ? after.slice(1) : after;
  const startsName = /^[《“「]?[\u4e00-\u9fff]{2}/.test(name);
  // 标志着2012“光明行”活动: a year before a quoted event's name is its edition, whatever word stands before it.
  const startsQuotedName = /^[“「][\u4e00-\u9fff]{2}/.test(after) && !/[\d.,，]$/.test(before);
  if (year >= 1900 && year <= 2099 && startsName && !f.unitAfter(name) && (BEFORE_BARE_YEAR.test(before) || startsQuotedName)) {
    return 'date.year-prefix';
  }
  return undefined;
}

/**
 * Marks what the words around each date say about it: planned dates (a plan
 * word earlier in the clause: 计划2030年6月建成; a target word right before or
 * after: 到2025年, 2030年前), dates in sentences about plans (计划, 预计, 将 …),
 * and years that carry no story on (2019年以来, 比2019年, 去年同期, 2018年实施的项目).
 */
function markContext(text: string, found: FoundDate[], sentences: Sentences, rules: DateRules): void {
  const plan = rules.context('plan');
  const deadline = rules.context('deadline');
  const notPlan = rules.context('not-plan');
  const targetBefore = rules.context('target-before');
  const targetAfter = rules.context('target-after');
  const baselineBefore = rules.context('baseline-before');
  const sinceAfter = rules.context('since-after');
  const baselineAfter = rules.context('baseline-after');
  const modifierVerb = rules.context('modifier-verb');
  let planSentence: Span | undefined;
  let planWords: Span[] = []; // of planSentence, found once (a long sentence holds many dates)
  let setsDeadline = false; // of planSentence: a deadline or a schedule ahead (须于, 报名时间)
  for (const date of found) {
    const sentence = sentences.of(date.start);
    if (sentence !== planSentence) {
      planSentence = sentence;
      planWords = withoutNotPlan(occurrences(text, sentence, plan.words), occurrences(text, sentence, notPlan.words));
      setsDeadline = occurrences(text, sentence, deadline.words).length > 0;
    }
    date.aboutPlans = planWords.length > 0 || setsDeadline;
    const clauseStart = Math.max(sentence.start, lastClauseBreak(text, date.start));
    date.planned =
      planWords.some((w) => w.start >= clauseStart && w.end <= date.start) ||
      targetBefore.endsAt(text, date.start, Math.max(clauseStart, date.start - 3)) ||
      targetAfter.startsAt(text, date.end, date.end + 2) !== undefined ||
      isPlannedYear(text, date, planWords);
    date.baseline =
      baselineBefore.endsAt(text, date.start, Math.max(clauseStart, date.start - 2)) ||
      baselineAfter.startsAt(text, date.end, date.end + 2) !== undefined ||
      SHARE_OF_YEAR_AFTER.test(text.slice(date.end, date.end + SHARE_OF_YEAR_REACH));
    date.carriesOn =
      !date.baseline &&
      !isModifier(text, date.end, modifierVerb) &&
      !occursInClauseAfter(text, date.end, SINCE_REACH, sinceAfter);
  }
}

/** 为2017年的85.3%, 恢复至2019年同期的90%: a share of a year's figure makes that year a baseline. */
const SHARE_OF_YEAR_AFTER = /^(?:同期)?的[ \t]*[\d０-９][\d０-９.．]*[ \t]*[%％]/;
const SHARE_OF_YEAR_REACH = 16;

/** A date that dates a thing the sentence names (2018年实施的项目): a verb right after it, then 的. */
function isModifier(text: string, at: number, verbs: WordList): boolean {
  const verb = verbs.startsAt(text, at, at + MODIFIER_VERB_MAX);
  return verb !== undefined && text.charCodeAt(at + verb.length) === DE;
}

const MODIFIER_VERB_MAX = 4;
const DE = '的'.charCodeAt(0);

/** How far after a year a plan word still makes it planned (2025年地区生产总值将达到). */
const PLAN_AFTER_REACH = 8;

/** A year (with its month, no day) whose own clause goes on to a plan word: 2025年…将达到, 2030年6月建成投产 after 计划. */
function isPlannedYear(text: string, date: FoundDate, planWords: readonly Span[]): boolean {
  const from = date.phrase?.from;
  if (from?.year?.kind !== 'absolute' || from.day !== undefined || date.phrase!.to) return false;
  const word = planWords.find((w) => w.start >= date.end && w.start <= date.end + PLAN_AFTER_REACH);
  if (!word) return false;
  for (let i = date.end; i < word.start; i++) if (CLAUSE_ENDS.has(text.charCodeAt(i))) return false;
  return true;
}

/** Where the words occur in `span` of the text. */
/** The plan words that are not inside a longer word holding one (推介会在: a meeting noun, then 在). */
function withoutNotPlan(planWords: Span[], notPlan: readonly Span[]): Span[] {
  if (notPlan.length === 0) return planWords;
  return planWords.filter((w) => !notPlan.some((n) => n.start <= w.start && w.end <= n.end));
}

function occurrences(text: string, span: Span, words: readonly string[]): Span[] {
  const within = text.slice(span.start, span.end);
  const spans: Span[] = [];
  for (const word of words) {
    for (let i = within.indexOf(word); i >= 0; i = within.indexOf(word, i + 1)) spans.push({ start: span.start + i, end: span.start + i + word.length });
  }
  return spans;
}

/** Whether one of the words occurs after `at` before the next clause break, within `reach` characters. */
function occursInClauseAfter(text: string, at: number, reach: number, words: WordList): boolean {
  const limit = Math.min(text.length, at + reach);
  let stop = at;
  while (stop < limit && !CLAUSE_ENDS.has(text.charCodeAt(stop))) stop++;
  for (let i = at; i < stop; i++) if (words.startsAt(text, i, stop) !== undefined) return true;
  return false;
}

/** 1 at ，,；;。 and a line break, by UTF-16 code unit. */
const CLAUSE_BREAKS = unitSet();
for (const mark of '，,；;。\n') CLAUSE_BREAKS.add(mark.charCodeAt(0));
/** The clause breaks and ！？, which end a clause after a date. */
const CLAUSE_ENDS = unitSet();
CLAUSE_ENDS.addAll(CLAUSE_BREAKS);
for (const mark of '！？') CLAUSE_ENDS.add(mark.charCodeAt(0));

function lastClauseBreak(text: string, before: number): number {
  for (let i = before - 1; i >= 0; i--) if (CLAUSE_BREAKS.has(text.charCodeAt(i))) return i + 1;
  return 0;
}

