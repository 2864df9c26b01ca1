import { parseChineseNumber } from '../numbers';
import type { DateRules, RelativeAnchor, WordList, YearPart } from './rules';
import { unitSet } from '../../util/bits';

// Reads one written date phrase (2023年9月24日, 今年7月, 9月14日至18日,
// 2012—2017年, 2020/5/1-2020/6/30, 17年5月1日到18年1月3日) from a position
// in the text, without resolving it: a year may still be a relative word or
// two digits, and a month-day may still lack its year.

/** The year part of a date as written. */
export type YearRef =
  | { kind: 'absolute'; year: number }
  | { kind: 'relative'; word: string }
  | { kind: 'two-digit'; digits: number };

export type DateLevel = 'year' | 'month' | 'day';

export interface DatePoint {
  start: number;
  end: number;
  year?: YearRef;
  month?: number;
  day?: number;
  /** A part of the year (上半年, 一季度, 年底, 春季). */
  part?: YearPart;
  last: DateLevel;
  /** The last component was written without its unit (2012 in 2012—2017年, 1 in 今年1—6月). */
  unitMissing: boolean;
  /** Where reading stopped, when past `end`: 今年年底 is the date 今年, and 年底 is read with it. */
  readTo?: number;
}

export interface ParsedDate {
  start: number;
  end: number;
  from: DatePoint;
  /** The second end of a span written as one phrase (2018年至2020年). */
  to?: DatePoint;
  /** Where reading stopped (past `end` after 今年年底, 去年秋). */
  readTo: number;
}

/** A web address (global: use with matchAll): the numbers in its path are no date the text states. */
export const WEB_ADDRESS = /https?:\/\/[^\s"'<>（）()【】，。]+/g;

const GAP = '[ \\t\\u3000]*';
/** ○ (a circle) stands for 〇 in much OCR'd and typed text: 二○二三年. */
export const CHINESE_YEAR_DIGITS = '[〇○零一二三四五六七八九]{4}';
/**
 * A year of this century in Chinese digits written without 年, as names carry it (某中心二○二四, 「二○二四…计划」):
 * the 〇 in its second place keeps it from a number read digit by digit (三四六亿); not inside a longer run of digits,
 * nor beside a dash or 至 (a span's end is read as a span, 编号二〇一五-二〇一六 is a number).
 */
export const BARE_CHINESE_YEAR = '(?<![〇○零一二两三四五六七八九十百千万亿\\d]|[-—–－~～至到])二[〇○零][〇○零一二三][〇○零一二三四五六七八九](?![〇○零一二两三四五六七八九十百千万亿\\d年]|[-—–－~～至到])';
/** What joins two bare years in Chinese numerals into a span (二〇一三至二〇一四). */
export const BARE_CHINESE_SPAN_CONNECTOR = '(?:[-—–－~～至到]|——)';
/** A two-digit year in Chinese digits led by a zero (零八年 → 2008). */
export const ZERO_LED_YEAR = '[零〇○][一二三四五六七八九]';
/** A two-digit year in Chinese digits led by another digit (二四年 → 2024): a year only before a month or a part of the year with months. */
export const CHINESE_TWO_DIGIT_YEAR = '[一二三四五六七八九][〇○零一二三四五六七八九]';
/** A cardinal year of this century: 两千零九, 二千零一十, 两千. */
export const CARDINAL_YEAR = '[两二]千(?:零?[一二三四五六七八九]?十[一二三四五六七八九]?|零[一二三四五六七八九])?';
/** 元 stands for 一 in 元月 (January), and opens a span of months that share their 月 (元至九月). */
const MONTH_NUMBER = '\\d{1,2}|十[一二]?|[一二三四五六七八九]|元(?=[ \\t\\u3000]*(?:月|[至到—–\\-~～][ \\t\\u3000]*(?:\\d{1,2}|十[一二]?|[一二三四五六七八九])[ \\t\\u3000]*月))';
const CLAUSE_START_BEFORE = /[\s，,。；;：:！？）)】」”]/;
const CLAUSE_END_AFTER = /[，,]/;

/** True when [at, end) is a line of its own (a timeline's heading): nothing else on its line. */
function isOwnLine(text: string, at: number, end: number): boolean {
  return (at === 0 || text[at - 1] === '\n') && (end === text.length || text[end] === '\n');
}

/** Before a sentence's opening, past blanks: the text's start, a line break or a sentence's end. */
const SENTENCE_OPENING_BEFORE = /[\n。！？!?]/;

/** True when `at` opens the text, a line or a sentence (blanks before it aside). */
function opensSentence(text: string, at: number): boolean {
  let before = at - 1;
  while (before >= 0 && /[ \t\u3000]/.test(text[before]!)) before--;
  return before < 0 || SENTENCE_OPENING_BEFORE.test(text[before]!);
}

/** The longest tie word (的) after a lede's month. */
const SCENE_TIE_REACH = 2;
/** The longest place name, in characters, closing a lede's first clause after its month. */
const SCENE_PLACE_REACH = 16;
/** The shortest stem of a lede's place before its division's suffix (青海省; 城市 is no place). */
const MIN_SCENE_STEM = 2;
/** A lede's first clause after its month's tie, up to the comma that closes it (group 1). */
const SCENE_CLAUSE = /^([^，,。；;：:！？!?、\s]+)[，,]/;

/** After a bare Chinese-numeral day: the end of the text or of its clause. */
const CLAUSE_BREAK_OR_END = /^(?:$|[，,。；;！？!?、\s])/;
/** The closing mark of a title (《某节目》第二季); a quoted company (「某集团」第二季业绩) may well report a quarter. */
const TITLE_CLOSE = '》';
/** The longest show's word right before a bare quarter (真人秀第二季). */
const SERIES_WORD_BEFORE = 3;
/** How far after a bare quarter a show's or an event series' word (节目, 大赛) is looked for in its clause. */
const SERIES_WORD_REACH = 20;
export const QUARTER_NUMBER = '[1-4一二三四]';
/** 廿, twenty in a day's number (廿六日: the 26th), as older and Hong Kong or Taiwan texts write it. */
const TWENTY = '廿';
const DAY_NUMBER = `\\d{1,2}|三十一?|[二]?十[一二三四五六七八九]?|${TWENTY}[一二三四五六七八九]?|[一二三四五六七八九]`;

const GAP_CHARS = ' \t\u3000';
const DIGITS = '0123456789';
const CHINESE_DIGITS = '〇○零一二两三四五六七八九十';

/**
 * A sticky pattern with the characters a match can start with: most tries
 * fail on their first character, and a table look-up is far cheaper than
 * running the pattern.
 */
class Sticky {
  private readonly first = unitSet();

  constructor(
    readonly pattern: RegExp,
    firsts: Iterable<string>,
  ) {
    for (const chars of firsts) for (const ch of chars) this.first.add(ch.charCodeAt(0));
  }

  /** The match starting exactly at `at`, or null. */
  exec(text: string, at: number): RegExpExecArray | null {
    if (!this.first.has(text.charCodeAt(at))) return null;
    this.pattern.lastIndex = at;
    return this.pattern.exec(text);
  }
}

/** The first characters of `words`. */
function firstsOf(words: Iterable<string>): string[] {
  return [...words].map((w) => w[0] ?? '');
}

function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

export class DatePhraseParser {
  private readonly arabicYear = new Sticky(new RegExp(`(\\d{4})(?!\\d)(?:${GAP}(年))?`, 'y'), DIGITS);
  /** 2018-09-21, 2018/9/21, 2018.9.21, their full-width marks (2018－09－21), and 2010 01 29 as OCR'd text spaces it (the same mark twice). */
  private readonly numericDay = new Sticky(/([-/.－／．]|[ \u3000]+)(\d{1,2})\1(\d{1,2})/y, '-/.－／． \u3000');
  /**
   * 2018-09, 2018/9, 2008.03 (dottedMonthStands decides the dotted ones); a connector and a year
   * may follow (2008/03-2009/05), or a dash that leaves the span open (2012.09-至今), never a third number.
   */
  private readonly numericMonth = new Sticky(/([-/.．])(\d{1,2})(?![\d./．]|-(?=\d)(?!(?:19|20)\d{2}(?!\d)))/y, '-/.．');
  private readonly dottedMonthBefore: WordList;
  // Without 年 only as an end of a span of two such years (二〇一三-二〇一四财政年度), which closesSpan then checks.
  private readonly chineseYear = new Sticky(
    new RegExp(`(${CHINESE_YEAR_DIGITS})(?:${GAP}(年)|(?=${BARE_CHINESE_SPAN_CONNECTOR}${CHINESE_YEAR_DIGITS})|(?<=${CHINESE_YEAR_DIGITS}${BARE_CHINESE_SPAN_CONNECTOR}${CHINESE_YEAR_DIGITS})|(?<=${BARE_CHINESE_YEAR}))`, 'y'),
    CHINESE_DIGITS,
  );
  private readonly cardinalYear = new Sticky(new RegExp(`(${CARDINAL_YEAR})${GAP}年`, 'y'), '两二');
  /** 09年, and in Chinese digits only after 零 (零八年): 三五年, 七八年 are durations. */
  private readonly twoDigitYear = new Sticky(new RegExp(`(\\d{2}|${ZERO_LED_YEAR}|${CHINESE_TWO_DIGIT_YEAR})${GAP}年`, 'y'), [DIGITS, '零〇○一二三四五六七八九']);
  private readonly monthNext = new RegExp(`^${GAP}(?:${MONTH_NUMBER})${GAP}月`);
  private readonly relativeYear: Sticky;
  private readonly yearPart: Sticky;
  private readonly standalonePart: Sticky;
  private readonly month = new Sticky(new RegExp(`${GAP}(${MONTH_NUMBER})(?:${GAP}(月份|月))?`, 'y'), [GAP_CHARS, DIGITS, CHINESE_DIGITS, '元']);
  private readonly day = new Sticky(new RegExp(`${GAP}(${DAY_NUMBER})(?:${GAP}([日号]))?`, 'y'), [GAP_CHARS, DIGITS, CHINESE_DIGITS, TWENTY]);
  private readonly connector: Sticky;
  /** 前5个月, 前5月, 首五月 after a year: its first months. */
  private readonly firstMonths = new Sticky(new RegExp(`${GAP}[前首]${GAP}(${MONTH_NUMBER}|两)${GAP}个?${GAP}月`, 'y'), [GAP_CHARS, '前首']);
  /** 1至3季度, 第一至第三季度: a run of quarters. */
  private readonly quarterSpan: Sticky;
  /** A clock time or a time of day after a day (8时, 晚8时30分, 凌晨), read only inside a span of days. */
  private readonly clock: Sticky;
  private readonly between: Sticky;
  /** A weekday in brackets after a day (1月21日（星期六）至1月27日): read past before a span's connector. */
  private readonly weekdayGloss: Sticky;
  private readonly notSpanEnd: RegExp;
  private readonly notABareDay: RegExp;
  private readonly spanOpen: WordList;
  private readonly yearSpanAfter: WordList;
  private readonly twoDigitCue: WordList;
  private readonly twoDigitCueAfter: WordList;
  private readonly chineseMonthCueAfter: WordList;
  private readonly chineseMonthSceneAfter: WordList;
  private readonly chineseMonthScenePlaceEnd: WordList;
  private readonly durationAfter: WordList;
  private readonly yearEndAfter: WordList;
  private readonly yearEndBefore: WordList;
  private readonly withinYearBefore: WordList;
  private readonly firstMonthsNotAfter: WordList;
  private readonly recurring: WordList;
  /** Later in the clause of a bare quarter (第二季), a show's or an event series' word (节目, 大赛): a season of it. */
  private readonly seriesSeasonAfter: WordList;
  /** Right before a bare quarter, a show's word (该剧第三季, 节目第二季): a season of it. */
  private readonly seriesSeasonBefore: WordList;
  private readonly monthParts: WordList;
  /** A part of the year anywhere (一季度, 上半年): read in the sentence before a bare 前3个月. */
  private readonly anyStandalonePart: RegExp;

  /**
   * `unitAfter`: whether a measure word or a number's tail opens the text (元, 米, 多, 万): after two
   * bare years it makes them a range of figures (2000-2050米), not a span of years.
   */
  constructor(
    private readonly rules: DateRules,
    private readonly unitAfter: (after: string) => boolean = () => true,
  ) {
    const yearWords = [...rules.relativeWords]
      .filter(([, w]) => isYearAnchor(w.anchor))
      .map(([word]) => word)
      .sort((a, b) => b.length - a.length);
    const connectors = rules.context('span-connector');
    this.relativeYear = new Sticky(new RegExp(`(${yearWords.join('|') || '(?!)'})`, 'y'), firstsOf(yearWords));
    const parts = [...rules.yearParts.keys()].sort((a, b) => b.length - a.length);
    const standalone = parts.filter((p) => rules.yearParts.get(p)!.standalone);
    this.yearPart = new Sticky(new RegExp(`${GAP}(${parts.join('|') || '(?!)'})`, 'y'), [GAP_CHARS, ...firstsOf(parts)]);
    this.standalonePart = new Sticky(new RegExp(`(${standalone.join('|') || '(?!)'})`, 'y'), firstsOf(standalone));
    this.anyStandalonePart = new RegExp(standalone.join('|') || '(?!)');
    this.connector = new Sticky(new RegExp(`${GAP}(?:${connectors.pattern})${GAP}`, 'y'), [GAP_CHARS, ...firstsOf(connectors.words)]);
    this.quarterSpan = new Sticky(
      new RegExp(`${GAP}第?(${QUARTER_NUMBER})${GAP}(?:${connectors.pattern}|、)${GAP}第?(${QUARTER_NUMBER})${GAP}季度?`, 'y'),
      [GAP_CHARS, '第1234一二三四'],
    );
    this.clock = new Sticky(new RegExp(clockPattern(rules), 'y'), [GAP_CHARS, DIGITS, '零一二两三四五六七八九十', ...firstsOf(rules.context('time-of-day').words)]);
    this.between = new Sticky(new RegExp(`${GAP}(?:${rules.context('span-and').pattern})${GAP}`, 'y'), [GAP_CHARS, ...firstsOf(rules.context('span-and').words)]);
    const weekdayNames = [...rules.weekdays.keys()].sort((a, b) => b.length - a.length);
    this.weekdayGloss = new Sticky(new RegExp(`${GAP}[（(]${GAP}(?:${weekdayNames.join('|') || '(?!)'})${GAP}[）)]`, 'y'), [GAP_CHARS, '（(']);
    this.notSpanEnd = new RegExp(`^(?:${rules.context('not-span-end').pattern})`);
    this.notABareDay = new RegExp(`^(?:[\\d.%]|${rules.context('not-bare-day').pattern})`);
    this.spanOpen = rules.context('span-open');
    this.yearSpanAfter = rules.context('year-span-after');
    this.twoDigitCue = rules.context('two-digit-year-cue');
    this.twoDigitCueAfter = rules.context('two-digit-year-cue-after');
    this.chineseMonthCueAfter = rules.context('chinese-month-cue-after');
    this.chineseMonthSceneAfter = rules.context('chinese-month-scene-after');
    this.chineseMonthScenePlaceEnd = rules.context('chinese-month-scene-place-end');
    this.durationAfter = rules.context('duration-after');
    this.yearEndAfter = rules.context('year-end-standalone-after');
    this.yearEndBefore = rules.context('year-end-standalone-before');
    this.withinYearBefore = rules.context('year-within-before');
    this.firstMonthsNotAfter = rules.context('first-months-not-after');
    this.recurring = rules.context('recurring');
    this.seriesSeasonAfter = rules.context('series-season-after');
    this.seriesSeasonBefore = rules.context('series-season-before');
    this.monthParts = rules.context('month-part');
    this.dottedMonthBefore = rules.context('dotted-month-before');
  }

  /** Parses the phrase starting exactly at `at`, or returns undefined. */
  parse(text: string, at: number): ParsedDate | undefined {
    const from = this.readPoint(text, at, undefined);
    if (!from) return undefined;
    const to = this.readSpanEnd(text, from);
    if (to) return { start: from.start, end: to.end, from, to, readTo: to.end };
    const settled = this.settleWithoutSpan(text, from);
    return settled ? { start: settled.start, end: settled.end, from: settled, readTo: settled.readTo ?? settled.end } : undefined;
  }

  /**
   * Reads year, month and day in order. `after` is the first end of a span
   * when reading its second end: the second end may start at any level
   * below the year (9月14日至18日).
   */
  private readPoint(text: string, at: number, after: DatePoint | undefined): DatePoint | undefined {
    const year = this.readYear(text, at);
    if (year) {
      const point = newPoint(at, year.end, year.ref, undefined, undefined, 'year', !year.hasUnit);
      if (!year.hasUnit) return this.readNumericTail(text, point, after !== undefined) ?? point;
      const part = this.readPart(text, this.yearPart, point.end) ?? this.readFirstMonths(text, point.end) ?? this.readQuarterSpan(text, point.end);
      // A part without months (年底, 春季) leaves the date at the year and belongs to the phrase,
      // after a year in figures (2019年底, 2014年年末) or a relative word (去年底, 今年年初); after a
      // relative word a season only where it is no compound (今年夏天, not 今年夏粮).
      if (part && part.part.from === undefined) {
        const whole = year.ref.kind !== 'relative' || !part.part.season || this.seasonJoins(text, point.end, part);
        return whole ? makePoint(point, part.end, undefined, undefined, 'year', false) : makePoint(point, point.end, point.month, point.day, 'year', false, part.end);
      }
      if (part) return makePoint(point, part.end, undefined, undefined, 'year', point.unitMissing, undefined, part.part);
      // 今年的11月, 2016年的十一月: 的 between a year and its month.
      if (text[point.end] === '的' && this.monthNext.test(text.slice(point.end + 1, point.end + 5))) {
        const withMonth = this.readMonthAndDay(text, { ...point, end: point.end + 1 });
        if (withMonth?.month !== undefined) return withMonth;
      }
      return this.readMonthAndDay(text, point);
    }
    if (after && after.last === 'day' && after.month !== undefined) {
      // A span's second end may be a day alone (9月14日至18日) or a month and day (9月24日至10月2日).
      const day = this.readDay(text, at, false);
      if (day && !day.unitMissing) return newPoint(at, day.end, undefined, undefined, day.value, 'day', false);
    }
    const part = this.readPart(text, this.standalonePart, at) ?? this.readQuarterSpan(text, at) ?? this.readOpeningFirstMonths(text, at);
    // 年末 alone is a date only opening a sentence (or a bulletin's clause after ；: …；年末牛存栏…), after a word of a point in time (于年底) or
    // before words of this year's time (年末全县, 年初计划), never after 每到/每年; 年内 opening a phrase or after a word of a point in time or of a plan
    // (力争年内), never inside a length (两年内, 近年内) or another word (青年内心).
    const before = text.slice(Math.max(0, at - 2), at);
    if (
      part &&
      part.part.from === undefined &&
      (part.part.within
        ? !opensPhrase(text, at) && !this.withinYearBefore.ends(before)
        : (!opensClauseOfFigures(text, at) && !this.yearEndBefore.ends(before) && !this.yearEndAfter.starts(text.slice(part.end, part.end + 2))) || this.recurring.ends(before))
    ) {
      return undefined;
    }
    if (part && this.isSeriesSeason(text, at, part)) return undefined;
    if (part) return makePoint(newPoint(at, part.end, undefined, undefined, undefined, 'year', false), part.end, undefined, undefined, 'year', false, undefined, part.part);
    return this.readMonthAndDay(text, newPoint(at, at, undefined, undefined, undefined, 'year', false), after !== undefined);
  }

  /** 2018-09-21, 2018/9/21, 2018.9.21 (a time may be glued on: 2018-09-2110:15:00), and 2018-09. */
  private readNumericTail(text: string, point: DatePoint, spanEnd: boolean): DatePoint | undefined {
    const day = this.match(this.numericDay, text, point.end);
    if (day) {
      const [month, dayValue] = [Number(day.groups[2]), Number(day.groups[3])];
      const timeGlued = /^\d{1,2}:\d{2}/.test(text.slice(day.end, day.end + 5));
      const digitAfter = /^\d/.test(text[day.end] ?? '');
      if (month >= 1 && month <= 12 && dayValue >= 1 && dayValue <= 31 && (!digitAfter || timeGlued) && (day.groups[1]!.trim() !== '' || this.spacedDateStands(text, point, day.end))) {
        return makePoint(point, day.end, month, dayValue, 'day', false);
      }
      return undefined;
    }
    const month = this.match(this.numericMonth, text, point.end);
    if (!month) return undefined;
    const value = Number(month.groups[2]);
    if (value < 1 || value > 12) return undefined;
    if (DOTS.includes(month.groups[1]!) && !this.dottedMonthStands(text, point, month.end, spanEnd)) return undefined;
    return makePoint(point, month.end, value, undefined, 'month', false);
  }

  /**
   * A year and a month with a dot (2008.03, as a résumé or a timeline writes
   * them) is no decimal where it stands apart: opening its phrase or after a
   * word of time (于2008.03), no unit or figure after it (2008.03万元, 2035.10点),
   * and no row of spaced numbers around it. Two such joined into a span
   * (1986.09-1991.10, as a résumé's lines run together once joined) stand
   * wherever they are, the second end after its connector, with no figure's
   * tail after it (1986.09-1991.10十堰: 十 starts a name).
   */
  private dottedMonthStands(text: string, point: DatePoint, end: number, spanEnd: boolean): boolean {
    if (point.year?.kind !== 'absolute' || point.year.year < 1900 || point.year.year > 2099) return false;
    if (spanEnd) return !DECIMAL_TAIL.test(text[end] ?? '');
    if (SPACED_NUMBER_BEFORE.test(text.slice(Math.max(0, point.start - 4), point.start)) || SPACED_NUMBER_AFTER.test(text.slice(end, end + 4))) return false;
    const span = DOTTED_SPAN_AFTER.exec(text.slice(end, end + DOTTED_SPAN_REACH));
    if (span && Number(span[1]) >= 1 && Number(span[1]) <= 12) return true;
    if (!opensPhrase(text, point.start) && !this.dottedMonthBefore.endsAt(text, point.start, Math.max(0, point.start - DOTTED_CUE_REACH))) return false;
    const after = text.slice(end, end + UNIT_REACH);
    return after === '' || !this.unitAfter(after);
  }

  /**
   * Three numbers with spaces between them are a date (2010 01 29) only as
   * a run of their own: no number spaced before or after them (a table row:
   * 2010 12 30 45), but a clock time may follow (2010 01 29 10:15).
   */
  private spacedDateStands(text: string, point: DatePoint, end: number): boolean {
    if (point.year?.kind !== 'absolute' || point.year.year < 1900 || point.year.year > 2099) return false;
    if (SPACED_NUMBER_BEFORE.test(text.slice(Math.max(0, point.start - 4), point.start))) return false;
    const after = text.slice(end, end + 8);
    return !SPACED_NUMBER_AFTER.test(after) || SPACED_CLOCK_AFTER.test(after);
  }

  /** 今年前5个月: the year's first months, as a part of it (1 to 5). */
  private readFirstMonths(text: string, at: number): { part: YearPart; end: number } | undefined {
    const m = this.match(this.firstMonths, text, at);
    const months = m ? parseSmallNumber(m.groups[1]!) : undefined;
    if (!m || months === undefined || months < 1 || months > 12) return undefined;
    return { part: { from: 1, to: months, standalone: false, notBefore: '' }, end: m.end };
  }

  /**
   * 前5个月 without a year only where it opens a clause and a comma follows
   * (前5个月，全国进出口…), or where its sentence has named a part of the year
   * before it (一季度经济平稳，…，前三个月新注册企业…): elsewhere it is a
   * stretch of time (投产前5个月, 前3个月免租). 首五月, 首5个月 (as Hong Kong
   * and Macau papers write a year's first months) wherever no event it would
   * count from stands right before it (上市首5个月; first-months-not-after).
   */
  private readOpeningFirstMonths(text: string, at: number): { part: YearPart; end: number } | undefined {
    if (text[at] === '首' && !this.firstMonthsNotAfter.ends(text.slice(Math.max(0, at - 4), at))) return this.readFirstMonths(text, at);
    if (at > 0 && !CLAUSE_START_BEFORE.test(text[at - 1]!)) return undefined;
    const first = this.readFirstMonths(text, at);
    if (!first) return undefined;
    return CLAUSE_END_AFTER.test(text[first.end] ?? '') || this.anyStandalonePart.test(sentenceHead(text, at)) ? first : undefined;
  }

  /** 1至3季度, 第二、三季: the months of a run of quarters, as a part of the year (1 to 9). */
  private readQuarterSpan(text: string, at: number): { part: YearPart; end: number } | undefined {
    const m = this.match(this.quarterSpan, text, at);
    const [first, last] = m ? [parseSmallNumber(m.groups[1]!), parseSmallNumber(m.groups[2]!)] : [];
    if (!m || first === undefined || last === undefined || first >= last) return undefined;
    // Quarters listed with 、 are one run only when they follow each other (第一、三季度 is two quarters).
    if (text.slice(at, m.end).includes('、') && last !== first + 1) return undefined;
    return { part: { from: first * 3 - 2, to: last * 3, standalone: true, notBefore: '' }, end: m.end };
  }

  /**
   * A quarter written without 度 (第二季, 次季) right after a title or a show's word (《某节目》第二季, 该剧第三季) or
   * with a show's or an event series' word later in its clause (第二季选拔赛):
   * the season of a series, no quarter.
   */
  private isSeriesSeason(text: string, at: number, part: { part: YearPart; end: number }): boolean {
    if (text[part.end - 1] !== '季' || part.part.from === undefined || part.part.to! - part.part.from !== 2) return false;
    if (text[at - 1] === TITLE_CLOSE || this.seriesSeasonBefore.endsAt(text, at, Math.max(0, at - SERIES_WORD_BEFORE))) return true;
    const stop = Math.min(text.length, part.end + SERIES_WORD_REACH);
    for (let i = part.end; i < stop && !CLAUSE_BREAK_OR_END.test(text[i]!); i++) if (this.seriesSeasonAfter.startsAt(text, i, stop) !== undefined) return true;
    return false;
  }

  private readPart(text: string, pattern: Sticky, at: number): { part: YearPart; end: number } | undefined {
    const m = this.match(pattern, text, at);
    if (!m) return undefined;
    const part = this.rules.yearParts.get(m.groups[1]!)!;
    const next = text[m.end] ?? '';
    if (next !== '' && part.notBefore.includes(next) && !this.yearAfterConnector(text, m.end)) return undefined;
    return { part, end: m.end };
  }

  /**
   * A season read from `at` after a relative year that belongs to its phrase:
   * a two-character one (今年夏天), or a one-character one ending its clause
   * (去年秋，); 今年夏粮 and 去年秋播 are compounds.
   */
  private seasonJoins(text: string, at: number, read: { part: YearPart; end: number }): boolean {
    return read.end - at >= 2 || CLAUSE_BREAK_OR_END.test(text[read.end] ?? '');
  }

  /** A connector and a year at `at` (冬至2016年春): the part before it ends a span's first end, whatever word it would make. */
  private yearAfterConnector(text: string, at: number): boolean {
    const connector = this.connectorAt(text, at);
    return connector !== undefined && this.readYear(text, connector)?.hasUnit === true;
  }

  private readMonthAndDay(text: string, point: DatePoint, inSpan = false): DatePoint | undefined {
    const month = this.match(this.month, text, point.end);
    const monthValue = month ? (month.groups[1] === '元' ? 1 : parseSmallNumber(month.groups[1]!)) : undefined;
    const noYear = point.year === undefined;
    if (!month || monthValue === undefined || monthValue < 1 || monthValue > 12) return noYear ? undefined : point;
    const monthUnit = month.groups[2];
    const chineseMonth = !/\d/.test(month.groups[1]!);
    if (!monthUnit) {
      // 今年1—6月: the month's unit comes after the span's second end.
      return this.connectorAt(text, month.end) ? makePoint(point, month.end, monthValue, undefined, 'month', true) : noYear ? undefined : point;
    }
    const withMonth = makePoint(point, month.end, monthValue, undefined, 'month', false);
    const day = this.readDay(text, withMonth.end, point.year !== undefined && monthUnit === '月', monthUnit === '月', monthUnit === '月');
    if (!day || day.value > 31) {
      // A Chinese month alone (五月) is too often not a date; it needs a year, a day or a span (四月至六月).
      // 三月份 is always a month.
      if (noYear && chineseMonth && monthUnit !== '月份' && !inSpan && !this.connectorAt(text, withMonth.end) && !this.monthBetweenAt(text, withMonth.end) && !this.chineseMonthStands(text, point.end, withMonth.end, monthValue)) return undefined;
      // A part of the month (8月底, 7月中旬, 今年12月初) is still the month; it belongs to the phrase as a part
      // of the year does.
      return makePoint(withMonth, this.monthPartEnd(text, withMonth.end), monthValue, undefined, 'month', false);
    }
    return makePoint(withMonth, day.end, monthValue, day.value, 'day', day.unitMissing);
  }

  /**
   * A Chinese month alone in [at, end) that is a month all the same: 十一月
   * and 十二月, one with a part of the month after it (三月中旬, 五月底), one
   * that is its own clause (五月，…), one after a word of time (在五月, 于十二月),
   * or one before a word of a period from it (六月以来, 七月之后).
   */
  private chineseMonthStands(text: string, at: number, end: number, month: number): boolean {
    if (month >= 11) return true;
    if (this.monthPartEnd(text, end) > end) return true;
    if (this.chineseMonthCueAfter.startsAt(text, end, end + 2) !== undefined) return true;
    if (CLAUSE_END_AFTER.test(text[end] ?? '') && (at === 0 || CLAUSE_START_BEFORE.test(text[at - 1]!))) return true;
    if (isOwnLine(text, at, end)) return true;
    if (this.opensLedeOnPlace(text, at, end)) return true;
    return this.twoDigitCue.ends(text.slice(Math.max(0, at - 2), at));
  }

  /**
   * A Chinese month alone opening its paragraph or sentence as a news lede's
   * scene, tied (的) to a place whose division's name closes the clause
   * (四月的某某自治州，草木返青): the story's own month. A common noun there
   * (五月的鲜花开遍原野, 三月的农家院，…) is an essay's month in general.
   */
  private opensLedeOnPlace(text: string, at: number, end: number): boolean {
    if (!opensSentence(text, at)) return false;
    const tie = this.chineseMonthSceneAfter.starts(text.slice(end, end + SCENE_TIE_REACH));
    if (tie === undefined) return false;
    const from = end + tie.length;
    const name = SCENE_CLAUSE.exec(text.slice(from, from + SCENE_PLACE_REACH + 1))?.[1];
    const suffix = name === undefined ? undefined : this.chineseMonthScenePlaceEnd.words.find((word) => name.endsWith(word));
    // A stem of two characters at least: 城市, 乡村, 小镇, 社区 are common nouns.
    return suffix !== undefined && name!.length - suffix.length >= MIN_SCENE_STEM;
  }

  /** Past a part of the month at `at` (底, 末, 初, 中旬), or `at` where none is (初步 is no part). */
  monthPartEnd(text: string, at: number): number {
    const word = this.monthParts.startsAt(text, at, at + 3);
    if (!word) return at;
    const next = text[at + word.length] ?? '';
    return next !== '' && (this.rules.yearParts.get(word)?.notBefore ?? '').includes(next) ? at : at + word.length;
  }

  /**
   * A day with 日/号, or (after a full year and month) a bare Arabic day
   * (2021年4月16集中开工), or one whose unit follows a span connector.
   * `chineseBareAllowed`: a bare day in Chinese numerals ending its clause
   * may follow (一月二十三，); without a year only from the tenth on, since
   * 三月三, 五月五 and 九月九 are festivals of the lunar calendar.
   * `arabicBareChecked`: after a month with 月 but no year, a bare Arabic day
   * (他10月22出生) where no measure word or unit follows it (10月22家企业 counts).
   */
  private readDay(
    text: string,
    at: number,
    bareAllowed: boolean,
    chineseBareAllowed = bareAllowed,
    arabicBareChecked = false,
  ): { value: number; end: number; unitMissing: boolean } | undefined {
    const day = this.match(this.day, text, at);
    if (!day) return undefined;
    const value = parseDayNumber(day.groups[1]!);
    if (value === undefined || value < 1 || value > 31) return undefined;
    if (day.groups[2]) return { value, end: day.end, unitMissing: false };
    // 二〇一九年六月二十 ending its clause: a day; 六月二十个项目 counts something.
    if (!/^\d+$/.test(day.groups[1]!)) {
      if (!bareAllowed && !(chineseBareAllowed && value >= 10)) return undefined;
      if (CLAUSE_BREAK_OR_END.test(text[day.end] ?? '')) return { value, end: day.end, unitMissing: false };
      // 一月二十三至二十五日: the unit comes after the span's second end.
      return this.connectorAt(text, day.end) ? { value, end: day.end, unitMissing: true } : undefined;
    }
    if (this.connectorAt(text, day.end)) return { value, end: day.end, unitMissing: true };
    const next = text.slice(day.end, day.end + 2);
    if (next === '' || this.notABareDay.test(next)) return undefined;
    if (bareAllowed || (arabicBareChecked && !this.unitAfter(text.slice(day.end, day.end + UNIT_REACH)))) return { value, end: day.end, unitMissing: false };
    return undefined;
  }

  private readYear(text: string, at: number): { ref: YearRef; end: number; hasUnit: boolean } | undefined {
    const relative = this.match(this.relativeYear, text, at);
    if (relative) return { ref: { kind: 'relative', word: relative.groups[1]! }, end: relative.end, hasUnit: true };
    const chinese = this.match(this.chineseYear, text, at);
    if (chinese) {
      const digits = chinese.groups[1]!.replace(/○/g, '〇');
      return { ref: { kind: 'absolute', year: parseChineseNumber(digits)! }, end: chinese.end, hasUnit: chinese.groups[2] !== undefined };
    }
    const cardinal = this.match(this.cardinalYear, text, at);
    if (cardinal && !this.durationAfter.starts(text.slice(cardinal.end, cardinal.end + 3))) {
      return { ref: { kind: 'absolute', year: parseChineseNumber(cardinal.groups[1]!)! }, end: cardinal.end, hasUnit: true };
    }
    const twoDigit = this.match(this.twoDigitYear, text, at);
    if (twoDigit) {
      const written = twoDigit.groups[1]!;
      const digits = /^\d/.test(written) ? written : chineseDigits(written);
      // 七八年 and 三五年 are mostly spans of years: led by a digit other than 零, only a month or a part of the year makes it a year.
      const isYear = CHINESE_NONZERO_LEAD.test(written)
        ? this.monthOrPartAt(text, twoDigit.end) || this.opensClauseAsYear(text, at, digits, twoDigit.end)
        : this.isTwoDigitYear(text, at, digits, twoDigit.end);
      return isYear
        ? { ref: { kind: 'two-digit', digits: Number(digits) }, end: twoDigit.end, hasUnit: true }
        : undefined;
    }
    const arabic = this.match(this.arabicYear, text, at);
    if (!arabic) return undefined;
    const year = Number(arabic.groups[1]);
    if (year < 1000 || year > 2199) return undefined;
    const hasUnit = arabic.groups[2] !== undefined;
    return { ref: { kind: 'absolute', year }, end: hasUnit ? arabic.end : at + 4, hasUnit };
  }

  /**
   * 09年, 在97年, 17年5月, 98年出生: two digits and 年 are a year when a month
   * follows, the first digit is 0, or a word such as 在/于/从 comes before or
   * 出生/的时候 after, and no duration word after (10年来, 用了10年 are durations).
   */
  /** A month (二四年五月) or a part of the year with its months (二四年上半年) right at `at`. */
  private monthOrPartAt(text: string, at: number): boolean {
    if (this.monthNext.test(text.slice(at, at + 4)) || this.readPart(text, this.yearPart, at)?.part.from !== undefined) return true;
    // 一九年前五个月, 二三年底: the year's first months or its end (not 底薪 or 末期 after a number of years).
    return this.readFirstMonths(text, at) !== undefined || YEAR_END_AFTER_CHINESE_YEAR.test(text.slice(at, at + 2));
  }

  /**
   * 一六年，澳企…, 一六年大湾区常住人口…: two Chinese digits opening a clause are a year where they are no
   * pair of neighbours (三五年, 七八年, 二三年 are spans of years) and no duration word follows.
   */
  private opensClauseAsYear(text: string, at: number, digits: string, end: number): boolean {
    if (Number(digits[1]) === Number(digits[0]) + 1 || this.durationAfter.starts(text.slice(end, end + 4))) return false;
    return at === 0 || CLAUSE_START_BEFORE.test(text[at - 1]!);
  }

  private isTwoDigitYear(text: string, at: number, digits: string, end: number): boolean {
    const after = text.slice(end, end + 4);
    if (this.monthNext.test(after)) return true;
    const cue = this.twoDigitCueAfter.starts(after);
    // A part of the year as a cue (16年底) is one only as a part (10年底薪 is 10 years and a salary).
    if (cue !== undefined && !(this.rules.yearParts.get(cue)?.notBefore ?? '').includes(text[end + cue.length] ?? '\0')) return true;
    if (this.durationAfter.starts(after)) return false;
    return digits.startsWith('0') || this.twoDigitCue.ends(text.slice(Math.max(0, at - 2), at));
  }

  /**
   * A span of days written without their month (17日至21日, 17日8时至21日6时):
   * the text runs to the last clock time. Undefined where no span starts at `at`.
   */
  parseDaySpan(text: string, at: number, firstBare = false): ParsedDate | undefined {
    const first = this.readDay(text, at, false);
    // 1至3日: a first day in figures may share the second's 日.
    if (!first || (first.unitMissing && !(firstBare && isDigitCode(text.charCodeAt(at))))) return undefined;
    const from = newPoint(at, first.end, undefined, undefined, first.value, 'day', false);
    const connector = this.connectorAt(text, this.clockEnd(text, from.end));
    const second = connector === undefined ? undefined : this.readDay(text, connector, false);
    if (connector === undefined || !second || second.unitMissing) return undefined;
    const end = this.clockEnd(text, second.end);
    return { start: at, end, from, to: newPoint(connector, end, undefined, undefined, second.value, 'day', false), readTo: end };
  }

  /** Past a weekday in brackets at `at` (（星期六）), or `at` where none is. */
  private weekdayGlossEnd(text: string, at: number): number {
    return this.match(this.weekdayGloss, text, at)?.end ?? at;
  }

  /** Past a clock time at `at` (8时, 晚8时30分), or `at` where none is. */
  private clockEnd(text: string, at: number): number {
    return this.match(this.clock, text, at)?.end ?? at;
  }

  /** The second end of a span (2012—2017年, 9月14日至18日, 2011年和2013年之间), if one follows. */
  private readSpanEnd(text: string, from: DatePoint): DatePoint | undefined {
    if (from.part) return undefined;
    // Clock times and bracketed weekdays inside a span of days are read past (9月17日8时至21日6时, 1月21日（周六）至27日).
    // 2021年度至2023年度, 114年度至116年度: the 度 of a fiscal year is read past before the connector.
    const fromEnd = from.last === 'year' && !from.unitMissing && text[from.end] === FISCAL_YEAR_DU ? from.end + 1 : from.end;
    const connector = this.connectorAt(text, from.last === 'day' ? this.weekdayGlossEnd(text, this.clockEnd(text, fromEnd)) : fromEnd);
    if (connector !== undefined) {
      if (this.notSpanEnd.test(text.slice(connector, connector + 1))) return undefined;
      const to = this.readPoint(text, connector, from);
      if (!to || !this.closesSpan(text, from, to)) return undefined;
      return to.last === 'day' ? makePoint(to, this.clockEnd(text, to.end), to.month, to.day, 'day', to.unitMissing) : to;
    }
    // 2011年和2013年之间: 和/与 joins a span only when 之间 closes it.
    const and = this.match(this.between, text, from.end);
    if (!and) return undefined;
    const to = this.readPoint(text, and.end, from);
    if (!to || !this.rules.context('span-between').starts(text.slice(to.end, to.end + 2))) return undefined;
    return this.closesSpan(text, from, to) ? to : undefined;
  }

  private closesSpan(text: string, from: DatePoint, to: DatePoint): boolean {
    if (to.part) return false;
    const toFirst: DateLevel = to.year ? 'year' : to.month !== undefined ? 'month' : 'day';
    if (to.unitMissing) {
      // 从2011到2013: two bare years make a span only after 从/自.
      const bareYears = from.unitMissing && to.last === 'year' && from.last === 'year';
      if (!bareYears) return false;
      return (
        this.spanOpen.ends(text.slice(Math.max(0, from.start - 2), from.start)) ||
        bracketsYearSpan(text, from, to) ||
        this.headsLineYearSpan(text, from, to) ||
        (this.yearSpanAfter.starts(text.slice(to.end, to.end + 4)) !== undefined && isYearSpan(from, to))
      );
    }
    // Without units, the first end must be completed by the second: 2012—2017年, 1—6月; a day
    // without 日 also by a month and day (5月30-6月6日).
    const dayBeforeMonthDay = from.last === 'day' && toFirst === 'month' && to.last === 'day';
    if (from.unitMissing && toFirst !== from.last && !dayBeforeMonthDay) return false;
    if (!from.unitMissing && levelRank(toFirst) > levelRank(from.last)) return false;
    if (levelRank(to.last) !== levelRank(from.last)) return false;
    // A first end without a year before a second end with one (10月1日至2023年4月7日) needs a month to place.
    return from.year !== undefined || to.year === undefined || (from.month !== undefined && to.month !== undefined);
  }

  /**
   * 2016-2020全市财政收入, 表2：2018-2022各乡镇人口: two bare calendar years that open a line (or follow
   * a caption's colon) with words after them, no unit, are a heading's span of years.
   */
  private headsLineYearSpan(text: string, from: DatePoint, to: DatePoint): boolean {
    if (!isYearSpan(from, to) || from.year?.kind !== 'absolute' || from.year.year < 1900 || to.year?.kind !== 'absolute' || to.year.year > 2099) return false;
    const after = text.slice(to.end, to.end + 4);
    if (!HAN_WORD_START.test(after) || this.unitAfter(after)) return false;
    return LINE_OR_CAPTION_BEFORE.test(text.slice(Math.max(0, from.start - CAPTION_REACH), from.start));
  }

  /** A point whose last unit was missing and which starts no span: drop the unfinished part. */
  private settleWithoutSpan(text: string, point: DatePoint): DatePoint | undefined {
    if (!point.unitMissing) return point;
    if (point.last === 'year') return point; // a bare year: the caller decides (2023西藏文化青岛行, 2021、2022年)
    if (point.last === 'day') {
      const end = this.monthEnd(text, point);
      // 六月二十至三十个项目: a Chinese month alone is a date only where it would be one without the day.
      if (point.year === undefined && !/\d/.test(text.slice(point.start, end)) && !this.chineseMonthStands(text, point.start, end, point.month!)) return undefined;
      return makePoint(point, end, point.month, undefined, 'month', false);
    }
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

  /** 和九月之间 at `at`: the first month of a span spelled with 和/与 … 之间 (三月和九月之间). */
  private monthBetweenAt(text: string, at: number): boolean {
    const and = this.match(this.between, text, at);
    const month = and ? this.match(this.month, text, and.end) : undefined;
    return month !== undefined && month.groups[2] !== undefined && this.rules.context('span-between').starts(text.slice(month.end, month.end + 2)) !== undefined;
  }

  private connectorAt(text: string, at: number): number | undefined {
    return this.match(this.connector, text, at)?.end;
  }

  private match(pattern: Sticky, text: string, at: number): { groups: RegExpExecArray; end: number } | undefined {
    const m = pattern.exec(text, at);
    return m ? { groups: m, end: at + m[0].length } : undefined;
  }
}

const CHINESE_NONZERO_LEAD = /^[一二三四五六七八九]/;
/** How much text after a bare day or a dotted month is handed to `unitAfter` (平方米, 万吨). */
const UNIT_REACH = 4;
/** The marks of a dotted year and month (2008.03, 2008．03). */
const DOTS = '.．';
/** The longest word of time before a dotted year and month (截至). */
const DOTTED_CUE_REACH = 2;
/** After a number with a decimal point, the tail of a figure: a digit, a per cent, 万/亿/元/点. */
const DECIMAL_TAIL = /^[\d.．%％万亿元点]/;
/** After a dotted year and month, a connector and a second one (-1991.10); group 1: its month. */
const DOTTED_SPAN_AFTER = /^[ \t\u3000]*(?:[-–—~～至到]|——)[ \t\u3000]*(?:19|20)\d{2}[.．](\d{1,2})(?![\d.．%％万亿元点])/;
const DOTTED_SPAN_REACH = 14;
/** A number, then spaces, right before a spaced date: the date is part of a row of numbers. */
const SPACED_NUMBER_BEFORE = /[\d.][ \u3000]+$/;
/** Spaces and a number right after a spaced date. */
const SPACED_NUMBER_AFTER = /^[ \u3000]+[\d.]/;
const SPACED_CLOCK_AFTER = /^[ \u3000]+\d{1,2}:\d{2}/;
const CHINESE_DIGIT_VALUES: Readonly<Record<string, string>> = { '〇': '0', '○': '0', '零': '0', '一': '1', '二': '2', '三': '3', '四': '4', '五': '5', '六': '6', '七': '7', '八': '8', '九': '9' };

/** 零八 → 08, 二四 → 24: Chinese digits read one by one. */
function chineseDigits(written: string): string {
  return [...written].map((ch) => CHINESE_DIGIT_VALUES[ch] ?? ch).join('');
}

/** The last character before `at` that is not a space, or '' at the text's start. */
function lastCharBefore(text: string, at: number): string {
  for (let i = at - 1; i >= 0; i--) {
    const ch = text[i]!;
    if (ch !== ' ' && ch !== '\t' && ch !== '\u3000') return ch;
  }
  return '';
}

/** Whether `at` opens a phrase: nothing but spaces, punctuation or the text's start before it. */
function opensPhrase(text: string, at: number): boolean {
  const ch = lastCharBefore(text, at);
  return ch === '' || !/[\p{L}\p{N}]/u.test(ch);
}

/** Nothing but spaces between `at` and the start of its sentence or line (。！？ or a line break). */
/** After a sentence's end or a semicolon, which parts a bulletin's figures as sentences do (…；年末牛存栏16万头). */
function opensClauseOfFigures(text: string, at: number): boolean {
  const ch = lastCharBefore(text, at);
  return ch === '' || '。！？!?\n；;'.includes(ch);
}

/** A point with every field, in the one order all points share. */
export function newPoint(
  start: number,
  end: number,
  year: YearRef | undefined,
  month: number | undefined,
  day: number | undefined,
  last: DateLevel,
  unitMissing: boolean,
): DatePoint {
  return { start, end, year, month, day, part: undefined, last, unitMissing, readTo: undefined };
}

/**
 * `base` (its start, year, part and where reading stopped) with a new end,
 * month, day and level. Every point is made here, with all its fields in one
 * order: object spreads over points of many shapes were the parser's main cost.
 */
function makePoint(
  base: DatePoint,
  end: number,
  month: number | undefined,
  day: number | undefined,
  last: DateLevel,
  unitMissing: boolean,
  readTo: number | undefined = base.readTo,
  part: YearPart | undefined = base.part,
): DatePoint {
  return { start: base.start, end, year: base.year, month, day, part, last, unitMissing, readTo };
}

/** 底 or 末 closing a year written in Chinese digits (二三年底), not a word they start (底薪, 末期). */
const YEAR_END_AFTER_CHINESE_YEAR = /^[底末](?![薪线层部价数期梢位尾班气子下])/;

/** A clock time or a time of day after a day (8时, 晚8时30分, 凌晨). */
export function clockPattern(rules: DateRules): string {
  // 8时, 8时30分; 11:00 and 17:00时 as notices print them; 零时 and 二十四时 in Chinese numerals.
  const clock =
    `(?:\\d{1,2}${GAP}[时点](?:${GAP}\\d{1,2}${GAP}分)?|\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?(?:${GAP}时)?` +
    `|(?:零|[一二两三四五六七八九十]{1,3})${GAP}时(?:${GAP}[一二三四五六七八九十]{1,3}${GAP}分)?)`;
  // A time of day alone (28日凌晨至30日早晨) or with its clock (晚8时30分), or a clock alone (8时).
  return `${GAP}(?:(?:${rules.context('time-of-day').pattern})(?:${GAP}${clock})?|${clock})`;
}

/** Relative words that name a year (今年, 当年, 上年), as opposed to a day or month (今天, 上个月). */
export function isYearAnchor(anchor: RelativeAnchor): boolean {
  return anchor === 'reference' || anchor === 'previous-year' || anchor === 'about-year';
}

function levelRank(level: DateLevel): number {
  return level === 'year' ? 0 : level === 'month' ? 1 : 2;
}

/** How far back the sentence before a phrase is read. */
const SENTENCE_HEAD_REACH = 60;

/** The text from the start of the sentence holding `at` (at most SENTENCE_HEAD_REACH back) to `at`. */
export function sentenceHead(text: string, at: number): string {
  const from = Math.max(0, at - SENTENCE_HEAD_REACH);
  let start = at;
  while (start > from && !'。！？!?\n'.includes(text[start - 1]!)) start--;
  return text.slice(start, at);
}

export function parseSmallNumber(text: string): number | undefined {
  return /^\d+$/.test(text) ? Number(text) : parseChineseNumber(text);
}

/** The number of a day of the month, where 廿 may stand for twenty (廿九 → 29). */
export function parseDayNumber(text: string): number | undefined {
  return parseSmallNumber(text.replace(TWENTY, '二十'));
}

/** ISO 8601 text of a resolved point at its level. */
export function isoDate(year: number, month?: number, day?: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (month === undefined) return String(year);
  if (day === undefined) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const OPEN_BRACKET = /[（(]/;
const CLOSE_BRACKET = /[）)]/;
/** How many years a span of bare years may cover (（2021-2025）, 2022-2023赛季; not （1990-2300）). */
const BRACKETED_SPAN_MAX_YEARS = 30;

/** Two absolute years, the earlier first, a plausible span apart. */
/** Two Han characters: words, not a unit alone, follow a heading's span of years. */
const HAN_WORD_START = /^[\u4e00-\u9fff]{2}/;
/** 度 after a year and its 年: a fiscal year (2021年度). */
const FISCAL_YEAR_DU = '度';

/** The start of a line, or a short caption's colon on it (图2：, 表1:). */
const LINE_OR_CAPTION_BEFORE = /(?:^|\n)[ \t\u3000]*(?:[图表][\d一二三四五六七八九十]{1,3}[ \t\u3000]*[:：][ \t\u3000]*)?$/;
/** How far back a caption before a heading's span of years may start. */
const CAPTION_REACH = 12;

function isYearSpan(from: DatePoint, to: DatePoint): boolean {
  if (from.year?.kind !== 'absolute' || to.year?.kind !== 'absolute') return false;
  const years = to.year.year - from.year.year;
  return years > 0 && years <= BRACKETED_SPAN_MAX_YEARS;
}

/**
 * 《三年行动计划（2023-2025）》, 年度报告(2015-2016): two bare years that a bracket
 * holds alone are a span of years, the earlier first.
 */
function bracketsYearSpan(text: string, from: DatePoint, to: DatePoint): boolean {
  return OPEN_BRACKET.test(text[from.start - 1] ?? '') && CLOSE_BRACKET.test(text[to.end] ?? '') && isYearSpan(from, to);
}
