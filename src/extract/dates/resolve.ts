import type { DateGranularity } from '../../model/mention';
import type { Span } from '../types';
import { governingMonth, governingYear, type CalendarPoint, type GoverningYearQuestion, type StatedYear } from './governing-year';
import { isoDate, type DatePoint, type ParsedDate, type YearRef } from './parse';
import type { DateRules, RelativeWord, WordList } from './rules';
import { unitSet } from '../../util/bits';
import { rocYear } from './roc-year';

// Turns the date phrases found in a document into calendar values, in one
// place and in document order, from explicit anchors: the reference date,
// the governing year of a month-day (governing-year.ts), the year and day
// last named (当年, 当天), and the day a sentence opens with (5月23日，…昨天…).

/** A date phrase found in the text, before resolution. */
/** The rule of a fiscal or school year (2023/24年度): see findFiscalYears in date.ts. */
const FISCAL_YEAR_RULE = 'date.fiscal-year';

export interface FoundDate {
  start: number;
  end: number;
  rule: string;
  /** A parsed phrase (years, months, days, parts of a year, spans). */
  phrase?: ParsedDate;
  /** A five-year plan (already a value). */
  period?: { from: number; to: number };
  /** A relative day or month word (今天, 当天, 上个月). */
  relative?: RelativeWord;
  /** A weekday (周二, 上周六): 1 = Monday; `weeks` moves the week. */
  weekday?: { day: number; weeks: number };
  /** An event day with its Nth anniversary after it (“5·12”地震十周年): N; `anniversaryDay`: …周年纪念日. */
  eventYearsAgo?: { years: number; anniversaryDay: boolean };
  /** An event day naming a well-known event (“5·12”汶川特大地震, rules/date-anniversaries.tsv): the year it happened. */
  eventYear?: number;
  /** A planned or target date (计划2030年6月建成): its year governs no month-day. */
  planned: boolean;
  /** Its sentence is about plans or expectations (计划, 预计, 将 …). */
  aboutPlans: boolean;
  /**
   * Its year may carry on into the next sentence; not for the start of a
   * period to now (2019年以来) or the baseline of a comparison (比2019年).
   */
  carriesOn: boolean;
  /** The baseline of a comparison (比2019年, 去年同期, 为2017年的85.3%): it names no year of the story. */
  baseline?: boolean;
  /** A month of a list (7 in 7、8月): the list's last month. */
  listLastMonth?: number;
  /** The day written after a relative month (10 in 本月10日). */
  dayOfMonth?: number;
}

export interface ResolvedDate {
  found: FoundDate;
  value: string;
  granularity: DateGranularity;
  relative: boolean;
}

type Day = Required<CalendarPoint>;

/** The year a date phrase is in; `stated`: it may govern later month-days; `baseline`: 比上年, it names no year. */
interface YearAnswer {
  year: number;
  relative: boolean;
  stated: boolean;
  baseline?: boolean;
}

export interface ReferenceDate {
  year?: number;
  month?: number;
  day?: Day;
}

export function parseReferenceDate(value: string | null): ReferenceDate {
  const m = value ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value) : null;
  if (!m) return {};
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : undefined;
  return m[3] ? { year, month, day: { year, month: month!, day: Number(m[3]) } } : { year, month };
}

/** How far into the text a wire dateline (新华社北京5月20日电) may start. */
const WIRE_DATELINE_REACH = 400;

/** Between a day and a weekday that glosses it: 5月11日星期五, 9月29日（星期日）, 10月12号，星期一. */
const WEEKDAY_GLOSS_GAP = /^[\s　（(，,]{0,2}$/;
/** A day of the month in brackets right after a weekday (周日（7日）, 周三(10日)). */
const BRACKETED_DAY_AFTER = /^[ 　]?[（(](\d{1,2})[日号][）)]/;
const BRACKETED_DAY_REACH = 7;

/** 1 at 。！？!? and a line break, by UTF-16 code unit: one load per character, no allocation. */
const SENTENCE_ENDS = unitSet();
for (const end of '。！？!?\n') SENTENCE_ENDS.add(end.charCodeAt(0));

/**
 * The sentences of a text (each ended by 。！？!? or a line break), found
 * around the positions asked for instead of all at once: a text has far more
 * sentences than dates. Asked in document order, a sentence holding several
 * dates is found once.
 */
export class Sentences {
  private last: Span | undefined;

  constructor(private readonly text: string) {}

  /** The sentence holding `at` (a position inside the text). */
  of(at: number): Span {
    const last = this.last;
    if (last !== undefined && at >= last.start && at < last.end) return last;
    const { text } = this;
    let end = at;
    while (end < text.length && !SENTENCE_ENDS.has(text.charCodeAt(end))) end++;
    const sentence = { start: this.startBefore(at), end: Math.min(end + 1, text.length) };
    this.last = sentence;
    return sentence;
  }

  /** The sentence that ends where `sentence` starts, if any. */
  before(sentence: Span): Span | undefined {
    return sentence.start === 0 ? undefined : { start: this.startBefore(sentence.start - 1), end: sentence.start };
  }

  private startBefore(at: number): number {
    let start = at;
    while (start > 0 && !SENTENCE_ENDS.has(this.text.charCodeAt(start - 1))) start--;
    return start;
  }
}

/** Quote marks that wrap a name (「…计划」, “…行动”), opening and closing. */
const NAME_QUOTES: Readonly<Record<string, string>> = { '「': '」', '“': '”', '『': '』' };
/** How long a quoted name may be, each side of the year inside it. */
const QUOTED_NAME_REACH = 40;
/**
 * NAME_QUOTES by UTF-16 unit, read per character of the look-back and look-ahead
 * (a character as a string is a new string per read, and a lookup by it hashes it).
 */
const NAME_QUOTE_CLOSE_OF: ReadonlyMap<number, number> = new Map(Object.entries(NAME_QUOTES).map(([open, close]) => [open.charCodeAt(0), close.charCodeAt(0)]));
const NAME_QUOTE_CLOSES: ReadonlySet<number> = new Set(NAME_QUOTE_CLOSE_OF.values());

/**
 * Where the quoted name a year stands in closes (「减轻因二○二二年疫情影响的贷款贴息计划」), or undefined
 * when it stands in none: the quotes open before it and close after it, none of the three in between
 * ending a sentence; a year opening the name (“2022年…行动”) stands in none.
 */
function quotedNameEnd(text: string, start: number, end: number): number | undefined {
  let close: number | undefined;
  for (let i = start - 1; i >= Math.max(0, start - QUOTED_NAME_REACH); i--) {
    const unit = text.charCodeAt(i);
    // SENTENCE_ENDS holds the line break.
    if (SENTENCE_ENDS.has(unit) || NAME_QUOTE_CLOSES.has(unit)) return undefined;
    close = NAME_QUOTE_CLOSE_OF.get(unit);
    if (close !== undefined) {
      // “2022年乡村振兴行动”: a year opening the name is its edition's, and governs as one outside would.
      if (i === start - 1) return undefined;
      break;
    }
  }
  if (close === undefined) return undefined;
  for (let i = end; i < Math.min(text.length, end + QUOTED_NAME_REACH); i++) {
    const unit = text.charCodeAt(i);
    if (unit === close) return i + 1;
    if (SENTENCE_ENDS.has(unit) || NAME_QUOTE_CLOSE_OF.has(unit)) return undefined;
  }
  return undefined;
}

export class DateResolver {
  private lastYear: number | undefined;
  /** The year last named outside a comparison (not 比2019年末, 2017年的85.3%, 2010年以来): what 比上年 compares with. */
  private lastStoryYear: number | undefined;
  private lastDay: Day | undefined;
  /** Where the phrase of the day last named ends (a weekday right after it glosses it: 5月11日（星期五）). */
  private lastDayEnd = -1;
  private readonly years: StatedYear[] = [];
  /** Every resolved date with its month, for a day written alone (18日). */
  private readonly named: StatedYear[] = [];
  /** The day each sentence opens with (a digest item: 5月23日，…项目昨天开工), by sentence start. */
  private readonly openingDays = new Map<number, Day>();
  private leadDay: { month: number } | undefined;
  /** The day of a wire dateline near the top (新华社北京5月20日电): the story's today. */
  private wireDay: Day | undefined;
  private readonly relativeWords: ReadonlyMap<string, RelativeWord>;
  private readonly wireDatelineAfter: WordList;
  /** A photographer's credit or 拍摄 on a line: the line is a photo's caption. */
  private readonly photoCredit: WordList;
  /** 比, 较 …: before 上月, the month compared with is the one before the month its sentence names (10月…较上月). */
  private readonly baselineBefore: WordList;
  private readonly weekdays: ReadonlyMap<string, number>;
  /** The first characters of the weekday names (星, 周, 礼): a cheap look before the names. */
  private readonly weekdayFirsts: string;

  constructor(
    rules: DateRules,
    private readonly text: string,
    private readonly reference: ReferenceDate,
    private readonly sentences: Sentences,
    /** The text is written in Taiwan's official style (97年度): a two-digit year of the last century is one of the Republic of China (97年 → 2008). */
    private readonly rocTwoDigitYears = false,
  ) {
    this.relativeWords = rules.relativeWords;
    this.wireDatelineAfter = rules.context('wire-dateline-after');
    this.photoCredit = rules.context('photo-credit');
    this.baselineBefore = rules.context('baseline-before');
    this.weekdays = rules.weekdays;
    this.weekdayFirsts = [...new Set([...rules.weekdays.keys()].map((w) => w[0]!))].join('');
  }

  /** Resolves the dates in document order; unresolvable ones are left out. */
  resolveAll(all: readonly FoundDate[]): ResolvedDate[] {
    const resolved: ResolvedDate[] = [];
    for (const found of all) {
      const date = this.resolve(found);
      if (date) resolved.push(date);
    }
    return resolved;
  }

  private resolve(found: FoundDate): ResolvedDate | undefined {
    if (found.period) {
      // 2023/24年度…较上年度: a fiscal year is the story's year for the baseline after it (上年 → 2022).
      if (found.rule === FISCAL_YEAR_RULE && !found.baseline) this.lastStoryYear = found.period.from;
      return { found, value: `${found.period.from}/${found.period.to}`, granularity: 'period', relative: false };
    }
    if (found.relative) return this.resolveRelative(found, found.relative);
    if (found.weekday) return this.resolveWeekday(found, found.weekday);
    return this.resolvePhrase(found, found.phrase!);
  }

  private resolvePhrase(found: FoundDate, phrase: ParsedDate): ResolvedDate | undefined {
    // A well-known event's day is in the year it happened; it states no year of the story (with its Nth
    // anniversary after it, the anniversary counts back from the text's year below, and dates 当天).
    if (found.eventYear !== undefined && found.eventYearsAgo === undefined && phrase.from.month !== undefined && phrase.from.day !== undefined) {
      if (!existsIn(found.eventYear, phrase.from.month, phrase.from.day)) return undefined;
      return { found, value: isoDay({ year: found.eventYear, month: phrase.from.month, day: phrase.from.day }), granularity: 'day', relative: false };
    }
    if (!phrase.from.year && phrase.from.month === undefined && !phrase.from.part) return this.resolveDayAlone(found, phrase);
    const yearsOn = this.yearsAfterFirstEnd(phrase.to?.year);
    const governing = phrase.from.year
      ? this.statedYear(phrase.from.year)
      : phrase.to?.year && yearsOn === undefined
        ? this.yearBeforeSecondEnd(phrase, phrase.to.year)
        : this.governing(found, placedPoint(phrase));
    // An event N years before the time of the text states no year a later month-day is in.
    const ago = found.eventYearsAgo;
    const governed = governing && ago ? { year: governing.year - ago.years, relative: false, stated: false } : governing;
    if (governed === undefined) return undefined;
    const fromYear = phrase.to || governed.stated ? governed : this.yearOfWeekday(governed, phrase);
    if (!existsIn(fromYear.year, phrase.from.month, phrase.from.day)) return undefined;
    const from = valueOf(fromYear.year, phrase.from);
    let value = from.value;
    let last: DatePoint = phrase.from;
    let year = fromYear.year;
    if (phrase.to) {
      const toYear = yearsOn !== undefined ? fromYear.year + yearsOn : phrase.to.year ? this.statedYear(phrase.to.year)?.year : yearOfSecondEnd(fromYear.year, phrase);
      if (toYear === undefined) return undefined;
      const to = valueOf(toYear, phrase.to, phrase.to.month ?? phrase.from.month);
      value = `${from.first}/${to.last}`;
      last = phrase.to;
      year = toYear;
    }
    // A baseline (比上年) is a date, but names no year or month later dates could take.
    if (fromYear.baseline) return { found, value, granularity: granularityOf(phrase), relative: true };
    this.named.push({ start: found.start, year, month: last.month ?? phrase.from.month, planned: found.planned });
    // A span of whole years (2021年至2025年) states no one year a later month-day could be in.
    const yearsSpan = phrase.to !== undefined && phrase.to.month === undefined && year !== fromYear.year;
    if (fromYear.stated && !yearsSpan) {
      const quoteEnd = quotedNameEnd(this.text, found.start, found.end);
      this.years.push({ start: found.start, year, planned: found.planned, carriesOn: found.carriesOn, baseline: found.baseline, ...(quoteEnd !== undefined ? { quoteEnd } : {}) });
    }
    if (!phrase.to) this.noteLeadDay(found, year, phrase.from);
    this.remember(found, year, last, phrase.to ? phrase.from.month : undefined);
    // 当天 after …周年纪念日 is the anniversary, in the text's year.
    if (ago?.anniversaryDay && phrase.from.month !== undefined && phrase.from.day !== undefined) this.noteDay({ year: year + ago.years, month: phrase.from.month, day: phrase.from.day }, found);
    return { found, value, granularity: granularityOf(phrase), relative: fromYear.relative };
  }

  /**
   * How many years after the first end's a span's second end is where its
   * year is a word counted from the year last named (12月至次年3月, 2020年11月至翌年2月):
   * that year is the first end's own.
   */
  private yearsAfterFirstEnd(ref: YearRef | undefined): number | undefined {
    const word = ref?.kind === 'relative' ? this.relativeWords.get(ref.word) : undefined;
    return word?.anchor === 'previous-year' ? word.offset : undefined;
  }

  /**
   * The year of a span's first end written without one before a second end
   * with one (10月1日至2023年4月7日): the second end's, or the year before
   * where its month and day come after the second end's.
   */
  private yearBeforeSecondEnd(phrase: ParsedDate, toYear: YearRef): YearAnswer | undefined {
    const stated = this.statedYear(toYear);
    if (!stated) return undefined;
    const { from, to } = phrase;
    const later = from.month! > to!.month! || (from.month === to!.month && (from.day ?? 0) > (to!.day ?? 0));
    return { year: later ? stated.year - 1 : stated.year, relative: stated.relative, stated: false };
  }

  /**
   * A month-day placed in the reference year or the one before, with its
   * weekday beside it (1月3日（周二） in late December): that year, or the
   * next where only the next has that day on that weekday (an event
   * announced ahead). A weekday that fits neither moves nothing: a year
   * further back would have been written (去年10月12日).
   */
  private yearOfWeekday(answer: YearAnswer, phrase: ParsedDate): YearAnswer {
    const { month, day } = phrase.from;
    if (month === undefined || day === undefined) return answer;
    const weekday = this.glossedWeekday(phrase.end);
    if (weekday === undefined) return answer;
    if (fitsWeekday({ year: answer.year, month, day }, weekday)) return answer;
    const next = { year: answer.year + 1, month, day };
    return fitsWeekday(next, weekday) && this.isAhead(next) ? { ...answer, year: next.year } : answer;
  }

  /** A day after the reference day by at most half a year (a day announced ahead); any day where only a year is known. */
  private isAhead(day: Day): boolean {
    const reference = this.reference.day;
    if (!reference) return true;
    const ahead = (Date.UTC(day.year, day.month - 1, day.day) - Date.UTC(reference.year, reference.month - 1, reference.day)) / DAY_MS;
    return ahead > 0 && ahead <= ANNOUNCED_AHEAD_DAYS;
  }

  /** The weekday (1 = Monday) written right after `end` (星期四, （周四）), if any. */
  private glossedWeekday(end: number): number | undefined {
    let at = end;
    while (at < end + 2 && at < this.text.length && !this.weekdayFirsts.includes(this.text[at]!)) at++;
    if (!WEEKDAY_GLOSS_GAP.test(this.text.slice(end, at))) return undefined;
    for (const [word, weekday] of this.weekdays) if (this.text.startsWith(word, at)) return weekday;
    return undefined;
  }

  /**
   * The year of a point that states one: absolute, two digits (09年), or a
   * relative word. A baseline (比上年) names no year that a later month-day
   * or 当年 could take.
   */
  private statedYear(ref: YearRef): YearAnswer | undefined {
    if (ref.kind === 'absolute') return { year: ref.year, relative: false, stated: true };
    if (ref.kind === 'two-digit') return { year: this.twoDigitYear(ref.digits), relative: false, stated: true };
    const word = this.relativeWords.get(ref.word);
    const anchor = word ? this.relativeYearAnchor(word) : undefined;
    return anchor === undefined ? undefined : { year: anchor + word!.offset, relative: true, stated: true, baseline: word!.anchor === 'about-year' };
  }

  /**
   * 09年 → 2009, 97年 → 1997; in a text of Taiwan, whose official style counts
   * years from 1912, 97年 → 2008 instead, unless that is after the reference year.
   */
  private twoDigitYear(digits: number): number {
    const year = fullYear(digits, this.reference.year);
    if (!this.rocTwoDigitYears || year >= 2000) return year;
    const roc = rocYear(digits);
    return this.reference.year === undefined || roc <= this.reference.year ? roc : year;
  }

  private relativeYearAnchor(word: RelativeWord): number | undefined {
    if (word.anchor === 'reference') return this.reference.year;
    // 当年 at the start of a story, with no year named before it, is the reference year; 次年 then means nothing.
    if (word.anchor === 'previous-year') return this.lastYear ?? (word.offset === 0 ? this.reference.year : undefined);
    if (word.anchor === 'about-year') return this.lastStoryYear ?? this.reference.year;
    return undefined;
  }

  private question(found: FoundDate, point: DatePoint, years: readonly StatedYear[]): GoverningYearQuestion {
    const sentence = this.sentenceOf(found.start);
    return {
      at: found.start,
      // A listed month (7 in 7、8月) is placed in a year as the list's last month is; the end of
      // the year (年末), unless a target (年底前), as December.
      month: point.part ? (point.part.endsYear && !found.planned ? 12 : undefined) : (found.listLastMonth ?? point.month),
      day: point.day,
      sentence,
      previousSentence: this.previousSentence(sentence),
      years,
      // The lead's day stands for the publication day only by its month: a digest runs on through the month (3月10日 … 3月31日).
      reference: this.reference.month !== undefined ? { year: this.reference.year, month: this.reference.month, day: this.reference.day?.day } : { year: this.reference.year, month: this.leadDay?.month },
      // A target (9月30日前, 到10月底) is not told as done, as a date in a sentence of plans is not; nor is an
      // event's day whose anniversary the text marks (“5·12”…十周年前夕): that anniversary falls in the text's year.
      aboutPlans: found.aboutPlans || found.planned || found.eventYearsAgo !== undefined,
      planned: found.planned,
    };
  }

  /**
   * A day written alone (18日) takes the month last named, or the reference
   * month; the second end of a span of such days (17日至21日) the same month,
   * or the next one where its day comes first (30日至2日).
   */
  private resolveDayAlone(found: FoundDate, phrase: ParsedDate): ResolvedDate | undefined {
    const point = phrase.from;
    const question = this.question(found, point, this.named);
    // A wire's story happens around its dateline's day (南昌12月1日电 … 图为1日，…): with no month named in its
    // sentence or the one before, a day alone takes the dateline's month, as relative days take its day.
    const wire = this.wireDay;
    const month = governingMonth(wire ? { ...question, reference: { year: wire.year, month: wire.month, day: wire.day } } : question);
    if (!month || !existsIn(month.year, month.month, point.day)) return undefined;
    const first: Day = { year: month.year, month: month.month, day: point.day! };
    let last = first;
    if (phrase.to) {
      const next = phrase.to.day! < first.day ? shiftMonths(first.year, first.month, 1) : first;
      if (!existsIn(next.year, next.month, phrase.to.day)) return undefined;
      last = { year: next.year, month: next.month, day: phrase.to.day! };
    }
    this.named.push({ start: found.start, year: last.year, month: last.month, planned: found.planned });
    this.noteYear(found, last.year);
    this.noteDay(last, found);
    const value = phrase.to ? `${isoDay(first)}/${isoDay(last)}` : isoDay(first);
    return { found, value, granularity: 'day', relative: false };
  }

  private governing(found: FoundDate, point: DatePoint): YearAnswer | undefined {
    const answer = governingYear(this.question(found, point, this.years));
    if (!answer) return undefined;
    // A year carried on from the sentence or the one before carries on further (2022年，…。3月，…。5月，…).
    return { year: answer.year, relative: false, stated: answer.source === 'sentence' || answer.source === 'previous-sentence' };
  }

  /**
   * Where the reference date is only a year, the month of the first day the
   * article reports in that year (its lead: 4月3日，…) stands for the
   * publication month in the rule that news reports what has happened
   * (governing-year.ts): later days of that month stay in the year.
   */
  private noteLeadDay(found: FoundDate, year: number, point: DatePoint): void {
    if (this.leadDay || this.reference.month !== undefined || found.planned || found.aboutPlans) return;
    if (year === this.reference.year && point.month !== undefined && point.day !== undefined && !point.part) {
      if (this.inPhotoCaption(found.start)) return;
      this.leadDay = { month: point.month };
    }
  }

  /**
   * A photo's caption (8月20日拍摄的…, …。张三 摄) dates its picture, not the story: a gallery's captions
   * come in no order, so its first day is no lead standing for the publication month.
   */
  private inPhotoCaption(at: number): boolean {
    const lineStart = this.text.lastIndexOf('\n', at - 1) + 1;
    const lineEnd = this.text.indexOf('\n', at);
    return this.photoCredit.occursIn(this.text.slice(lineStart, lineEnd < 0 ? this.text.length : lineEnd));
  }

  private resolveRelative(found: FoundDate, word: RelativeWord): ResolvedDate | undefined {
    if (word.anchor === 'reference-month') {
      const anchor = this.comparedMonth(found) ?? this.openingDay(found) ?? this.referenceMonth();
      if (!anchor) return undefined;
      const shifted = shiftMonths(anchor.year, anchor.month, word.offset);
      this.noteYear(found, shifted.year);
      if (found.dayOfMonth === undefined) return { found, value: isoDate(shifted.year, shifted.month), granularity: 'month', relative: true };
      if (!existsIn(shifted.year, shifted.month, found.dayOfMonth)) return undefined;
      const day = { ...shifted, day: found.dayOfMonth };
      this.noteDay(day, found);
      return { found, value: isoDay(day), granularity: 'day', relative: true };
    }
    if (word.anchor === 'reference-quarter') return this.resolveRelativeQuarter(found, word);
    if (word.anchor === 'previous-month') return this.resolvePreviousMonth(found, word);
    const anchor = this.dayAnchor(found, word);
    if (!anchor) return undefined;
    const day = shiftDays(anchor, word.offset);
    this.noteYear(found, day.year);
    this.noteDay(day, found);
    return { found, value: isoDate(day.year, day.month, day.day), granularity: 'day', relative: true };
  }

  /**
   * A month compared with (较上月, 比上个月) after a month its sentence names
   * (10月的收入较上月上升6.6%): 上月 counts from that month, not from the
   * reference month.
   */
  private comparedMonth(found: FoundDate): { year: number; month: number } | undefined {
    if (!this.baselineBefore.endsAt(this.text, found.start, Math.max(0, found.start - 2))) return undefined;
    const sentence = this.sentenceOf(found.start);
    for (let i = this.named.length - 1; i >= 0; i--) {
      const named = this.named[i]!;
      if (named.start < sentence.start) return undefined;
      if (named.start < found.start && !named.planned && named.month !== undefined) return { year: named.year, month: named.month };
    }
    return undefined;
  }

  /**
   * 当月, 同月, 次月: the month last named before the word (1月出口…。当月贸易顺差…), shifted by the word's
   * offset; with no month named before it, no date.
   */
  private resolvePreviousMonth(found: FoundDate, word: RelativeWord): ResolvedDate | undefined {
    let anchor: { year: number; month: number } | undefined;
    for (let i = this.named.length - 1; i >= 0 && !anchor; i--) {
      const named = this.named[i]!;
      if (named.start < found.start && named.month !== undefined) anchor = { year: named.year, month: named.month };
    }
    if (!anchor) return undefined;
    const shifted = shiftMonths(anchor.year, anchor.month, word.offset);
    this.noteYear(found, shifted.year);
    this.named.push({ start: found.start, year: shifted.year, month: shifted.month, planned: found.planned });
    return { found, value: isoDate(shifted.year, shifted.month), granularity: 'month', relative: true };
  }

  /** 上季, 本季度: the quarter of the reference month (or the sentence's opening day), shifted by whole quarters. */
  private resolveRelativeQuarter(found: FoundDate, word: RelativeWord): ResolvedDate | undefined {
    const anchor = this.openingDay(found) ?? this.referenceMonth();
    if (!anchor) return undefined;
    const first = shiftMonths(anchor.year, anchor.month - ((anchor.month - 1) % 3), word.offset * 3);
    const last = shiftMonths(first.year, first.month, 2);
    this.noteYear(found, first.year);
    return { found, value: `${isoDate(first.year, first.month)}/${isoDate(last.year, last.month)}`, granularity: 'season', relative: true };
  }

  /** The year a date names, for 当年 and, unless it is a baseline of a comparison, for 比上年. */
  private noteYear(found: FoundDate, year: number): void {
    this.lastYear = year;
    if (!found.baseline) this.lastStoryYear = year;
  }

  private noteDay(day: Day, found: FoundDate): void {
    this.lastDay = day;
    this.lastDayEnd = found.end;
  }

  private resolveWeekday(found: FoundDate, weekday: { day: number; weeks: number }): ResolvedDate | undefined {
    // A weekday glossing the day just written (2013年11月15日（星期五）) is part of that date, no date of its own.
    if (weekday.weeks === 0 && this.lastDay && WEEKDAY_GLOSS_GAP.test(this.text.slice(this.lastDayEnd, found.start))) return undefined;
    const anchor = this.openingDay(found) ?? this.wireDay ?? this.reference.day;
    if (!anchor) return undefined;
    const inWeek = shiftDays(anchor, weekday.weeks * 7 + (weekday.day - 1) - weekdayIndex(anchor));
    const day = this.glossedDay(found, inWeek, weekday.day) ?? inWeek;
    this.noteDay(day, found);
    this.noteYear(found, day.year);
    return { found, value: isoDate(day.year, day.month, day.day), granularity: 'day', relative: true };
  }

  /**
   * 周日（7日）: a weekday glossed by its day of the month in brackets is that day, the one with that
   * weekday nearest the week's (the Sunday before the reference day's week, not the one after it).
   */
  private glossedDay(found: FoundDate, inWeek: Day, weekday: number): Day | undefined {
    const gloss = BRACKETED_DAY_AFTER.exec(this.text.slice(found.end, found.end + BRACKETED_DAY_REACH));
    if (!gloss) return undefined;
    const dayOfMonth = Number(gloss[1]);
    let best: Day | undefined;
    for (const offset of [-1, 0, 1]) {
      const { year, month } = shiftMonths(inWeek.year, inWeek.month, offset);
      const candidate = { year, month, day: dayOfMonth };
      if (!fitsWeekday(candidate, weekday)) continue;
      if (!best || Math.abs(daysBetween(candidate, inWeek)) < Math.abs(daysBetween(best, inWeek))) best = candidate;
    }
    return best;
  }

  private dayAnchor(found: FoundDate, word: RelativeWord): Day | undefined {
    // 当天 with no day named before it is the reference day; 次日 then means nothing (次日达).
    if (word.anchor === 'previous-day') return this.lastDay ?? (word.offset === 0 ? this.reference.day : undefined);
    return this.openingDay(found) ?? this.wireDay ?? this.reference.day;
  }

  private referenceMonth(): { year: number; month: number } | undefined {
    const { year, month } = this.reference;
    return year !== undefined && month !== undefined ? { year, month } : undefined;
  }

  /** The day the sentence of `found` opens with, when it opens with one (and `found` is not that day). */
  private openingDay(found: FoundDate): Day | undefined {
    return this.openingDays.get(this.sentenceOf(found.start).start);
  }

  private remember(found: FoundDate, year: number, point: DatePoint, monthBefore: number | undefined): void {
    this.noteYear(found, year);
    const month = point.month ?? monthBefore;
    if (point.day === undefined || month === undefined) return;
    const day = { year, month, day: point.day };
    this.noteDay(day, found);
    if (!this.wireDay && found.start < WIRE_DATELINE_REACH && this.wireDatelineAfter.startsAt(this.text, found.end) !== undefined) this.wireDay = day;
    const sentence = this.sentenceOf(found.start);
    if (/^[\s　]*$/.test(this.text.slice(sentence.start, found.start)) && !this.openingDays.has(sentence.start)) {
      this.openingDays.set(sentence.start, day);
    }
  }

  /** The sentence holding `at`. */
  private sentenceOf(at: number): Span {
    return this.sentences.of(at);
  }

  /** The sentence before `sentence`, when no line break lies between them (the same paragraph). */
  private previousSentence(sentence: Span): Span | undefined {
    const previous = this.sentences.before(sentence);
    if (!previous || this.text[previous.end - 1] === '\n') return undefined;
    return previous;
  }
}

/** 2月30日 names no day (nor 2月29日 outside a leap year). */
function existsIn(year: number, month: number | undefined, day: number | undefined): boolean {
  if (month === undefined || day === undefined || day <= 28) return true;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A second end without a year (12月28日至1月3日) is in the next year when its month comes before the first end's. */
/**
 * The point a phrase without a year is placed in a year by: a span of whole months within one
 * year (1—12月, 3—5月) as its last month is, as a list's months are (a January bulletin's 1—12月
 * is of the year before); anything else by its first end.
 */
function placedPoint(phrase: ParsedDate): DatePoint {
  const { from, to } = phrase;
  if (!to || to.year || from.month === undefined || to.month === undefined || to.month < from.month) return from;
  if (from.day !== undefined || to.day !== undefined || from.part || to.part) return from;
  return { ...from, month: to.month };
}

function yearOfSecondEnd(year: number, phrase: ParsedDate): number {
  const { from, to } = phrase;
  return to?.month !== undefined && from.month !== undefined && to.month < from.month ? year + 1 : year;
}

/** The value of a point in `year` at its level; a part of the year is its first and last month. */
function valueOf(year: number, point: DatePoint, month = point.month): { value: string; first: string; last: string } {
  if (point.part) {
    const { from, to } = point.part;
    if (from === undefined || to === undefined) return { value: String(year), first: String(year), last: String(year) };
    const first = isoDate(year, from);
    const last = isoDate(year, to);
    return { value: from === to ? first : `${first}/${last}`, first, last };
  }
  const value = isoDate(year, month, point.day);
  return { value, first: value, last: value };
}

function granularityOf(phrase: ParsedDate): DateGranularity {
  return phrase.from.part ? partGranularity(phrase.from) : phrase.from.last;
}

function partGranularity(point: DatePoint): DateGranularity {
  const { from, to } = point.part!;
  if (from === undefined || to === undefined) return 'year';
  if (from === to) return 'month';
  if (to - from === 5 && from % 6 === 1) return 'half';
  // Quarters (一季度) and runs of them (前三季度) are seasons; other runs of months (前5个月) are months.
  return from % 3 === 1 && to % 3 === 0 ? 'season' : 'month';
}

/** 09 → 2009, 97 → 1997: up to the reference year's last two digits it is 20xx. */
export function fullYear(digits: number, referenceYear: number | undefined): number {
  // An article of the last century writes its own century's years (97年 in one of 1999 is 1997).
  if (referenceYear !== undefined && referenceYear < 2000) return 1900 + digits;
  const pivot = (referenceYear ?? 2030) % 100;
  return digits <= pivot ? 2000 + digits : 1900 + digits;
}

const DAY_MS = 86_400_000;
/** How far ahead of the publication day a day glossed with its weekday may be announced. */
const ANNOUNCED_AHEAD_DAYS = 183;

function fitsWeekday(day: Day, weekday: number): boolean {
  return existsIn(day.year, day.month, day.day) && weekdayIndex(day) === weekday - 1;
}

/** Monday = 0 … Sunday = 6: weeks start on Monday. */
function weekdayIndex(day: Day): number {
  return (new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay() + 6) % 7;
}

function daysBetween(a: Day, b: Day): number {
  return (Date.UTC(a.year, a.month - 1, a.day) - Date.UTC(b.year, b.month - 1, b.day)) / DAY_MS;
}

function isoDay(day: Day): string {
  return isoDate(day.year, day.month, day.day);
}

function shiftDays(day: Day, offset: number): Day {
  if (offset === 0) return day;
  const date = new Date(Date.UTC(day.year, day.month - 1, day.day + offset));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function shiftMonths(year: number, month: number, offset: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + offset;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}
