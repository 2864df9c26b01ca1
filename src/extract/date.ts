import type { DraftMention } from '../model/mention';
import type { RuleSet } from '../rules/loader';
import { append } from '../util/arrays';
import { MEASURE_UNIT_RULES, MEASURE_WORD_RULES } from './counts/rules';
import { TakenSpans } from './counts/taken-spans';
import { FIVE_YEAR_PLAN_PATTERN, readFiveYearPlan } from './dates/five-year-plan';
import { CARDINAL_YEAR, CHINESE_YEAR_DIGITS, DatePhraseParser, QUARTER_NUMBER, clockPattern, isYearAnchor, type ParsedDate } from './dates/parse';
import { DateResolver, parseReferenceDate, sentenceSpans, type FoundDate } from './dates/resolve';
import { DATE_RULE_FILES, loadDateRules, trieRegex, type DateRules } from './dates/rules';
import type { ExtractContext, Extractor, ExtractorModule, Span } from './types';

// Dates: every date phrase is found first (absolute, numeric and Latin-script
// dates, month-days, parts of a year, spans, relative words, weekdays,
// five-year plans), then all are resolved in one place (dates/resolve.ts)
// against explicit anchors: the reference date, the governing year of a
// month-day (dates/governing-year.ts), the year and day last named.

export { DATE_RELATIVE_RULES } from './dates/rules';

const GAP = '[ \\t\\u3000]*';
/** Before a bare year used as a name prefix: the start of the text or punctuation. */
const BEFORE_BARE_YEAR = /^$|[\s“"《（(【「‘，。、；：！？…·①-⑳]$/;
/** How far after a year 以来 may close its clause (2010年有记录以来). */
const SINCE_REACH = 10;
/** Before a weekday: a numeral makes it part of a count (一周一次). */
const NUMERAL_BEFORE = /[〇零一二两三四五六七八九十几\d]$/;

interface Finders {
  rules: DateRules;
  parser: DatePhraseParser;
  candidates: RegExp;
  plans: RegExp;
  latin: RegExp[];
  yearList: RegExp;
  monthListItem: RegExp;
  dayAlone: RegExp;
  /** Right before a day: the first end of a span of days (15日至), which then was no date (每月15日至20日). */
  spanOfDaysBefore: RegExp;
  notAfterBareYear: RegExp;
  notAfterMonth: RegExp;
  age: RegExp;
  unitAfter: (after: string) => boolean;
  /** Every weekday as written, with and without a week shift (周二, 上周六, 下个星期一). */
  weekdayPhrases: ReadonlyMap<string, { dayName: string; day: number; weeks: number }>;
}

export const dateExtractor: ExtractorModule = {
  type: 'date',
  ruleFiles: [...DATE_RULE_FILES, MEASURE_WORD_RULES, MEASURE_UNIT_RULES],
  create(ruleSet: RuleSet): Extractor {
    const finders = buildFinders(ruleSet);
    return {
      extract(ctx: ExtractContext): DraftMention[] {
        const { text } = ctx;
        const taken = TakenSpans.fromMentions(ctx.earlier);
        const found = [...findLatinDates(text, finders, taken), ...findFiveYearPlans(text, finders, taken)];
        for (const f of found) taken.add(f);
        append(found, findPhrases(text, finders, taken));
        append(found, findListedMonths(text, finders, found));
        append(found, findDaysAlone(text, finders, found, taken));
        if (found.length === 0) return [];
        found.sort((a, b) => a.start - b.start);
        const sentences = sentenceSpans(text);
        markContext(text, found, sentences, finders.rules);
        const resolver = new DateResolver(finders.rules.relativeWords, text, parseReferenceDate(ctx.referenceDate), sentences);
        return resolver.resolveAll(found).map(({ found: f, value, granularity, relative }) => ({
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
  const candidates = new RegExp(
    [
      // Digit-led forms share one look-behind, which keeps the engine fast on this long alternation.
      `(?<![\\d.])(?:(?<!\\d,|[A-Za-z]|[A-Za-z\\d]-)\\d{4}(?!\\d)|\\d{2}${GAP}年|\\d{1,2}${GAP}月|\\d{1,2}(?=${GAP}(?:${connectors})${GAP}\\d{1,2}${GAP}月)|\\d(?=${quarterRun}))`,
      `第?[一二三四](?=${quarterRun})`,
      `前(?=${GAP}(?:\\d{1,2}|十[一二]?|[一二两三四五六七八九])${GAP}个${GAP}月)`,
      `${CHINESE_YEAR_DIGITS}${GAP}年`,
      `(?<![〇零一二两三四五六七八九十百千])${CARDINAL_YEAR}${GAP}年`,
      `[一二三四五六七八九十]{1,2}月`,
      // One trie of every word form: parts of a year, relative words, weekdays with their shifts.
      words([...standaloneParts, ...rules.relativeWords.keys(), ...weekdays.keys()]),
    ].join('|'),
    'g',
  );
  const unitAfter = (after: string) => notAfterBareYear.test(after) || units.some((unit) => after.startsWith(unit));
  return {
    rules,
    parser: new DatePhraseParser(rules),
    candidates,
    plans: new RegExp(FIVE_YEAR_PLAN_PATTERN, 'g'),
    latin: [
      new RegExp(`(?<![A-Za-z\\d])(\\d{1,2})\\s+(${months})\\.?,?\\s+(\\d{4})(?!\\d)`, 'gi'),
      new RegExp(`(?<![A-Za-z])(${months})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})(?!\\d)`, 'gi'),
    ],
    yearList: new RegExp(`^(?:[、和及与]\\d{4})*[、和及与]\\d{4}${GAP}年`),
    monthListItem: new RegExp(`(?<![\\d.])(\\d{1,2})(?=(?:[、和]\\d{1,2})*[、和](\\d{1,2})${GAP}月)`, 'g'),
    dayAlone: new RegExp(`(?<![\\d.月])(\\d{1,2})${GAP}日(?!${GAP}(?:${rules.context('day-alone-not-after').pattern}))`, 'g'),
    spanOfDaysBefore: new RegExp(`\\d{1,2}${GAP}[日号](?:${clockPattern(rules)})?${GAP}(?:${connectors})${GAP}$`),
    notAfterBareYear,
    notAfterMonth: new RegExp(`^(?:${rules.context('not-after-month').pattern})`),
    age: new RegExp(`^${GAP}(?:${rules.context('age-lead').pattern})?${GAP}(?:\\d+|[一二两三四五六七八九十]+)${GAP}(?:${rules.context('age').pattern})`),
    unitAfter,
    weekdayPhrases: weekdays,
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

function newFound(start: number, end: number, rule: string, extra: Partial<FoundDate>): FoundDate {
  return { start, end, rule, planned: false, aboutPlans: false, carriesOn: true, ...extra };
}

/** 3 Jul 2023, Mon, 3 Jul 2023 08:15:00 GMT (the date part), July 3, 2023. */
function findLatinDates(text: string, f: Finders, taken: TakenSpans): FoundDate[] {
  if (!/[A-Za-z]/.test(text)) return [];
  const found: FoundDate[] = [];
  f.latin.forEach((pattern, index) => {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const [dayText, monthText] = index === 0 ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
      const month = monthOf(f.rules, monthText);
      const day = Number(dayText);
      const end = m.index + m[0].length;
      if (month === undefined || day < 1 || day > 31 || taken.overlaps(m.index, end)) continue;
      const year = Number(m[3]);
      const point = { start: m.index, end, year: { kind: 'absolute' as const, year }, month, day, last: 'day' as const, unitMissing: false };
      found.push(newFound(m.index, end, 'date.latin', { phrase: { start: m.index, end, from: point, readTo: end } }));
    }
  });
  return found;
}

function monthOf(rules: DateRules, name: string): number | undefined {
  for (const [known, month] of rules.monthNames) if (known.toLowerCase() === name.toLowerCase()) return month;
  return undefined;
}

function findFiveYearPlans(text: string, f: Finders, taken: TakenSpans): FoundDate[] {
  const found: FoundDate[] = [];
  const planWords = f.rules.context('five-year-plan');
  f.plans.lastIndex = 0;
  for (let m = f.plans.exec(text); m; m = f.plans.exec(text)) {
    const plan = readFiveYearPlan(m, text, planWords);
    if (!plan) {
      f.plans.lastIndex = m.index + 1;
      continue;
    }
    const end = plan.nameStart + plan.name.length;
    if (taken.overlaps(plan.nameStart, end)) continue;
    found.push(newFound(plan.nameStart, end, 'date.five-year-plan', { period: { from: plan.from, to: plan.to } }));
  }
  return found;
}

/** 7、8月: each listed month is its own mention, with the year the last one gets. */
function findListedMonths(text: string, f: Finders, found: readonly FoundDate[]): FoundDate[] {
  const listed: FoundDate[] = [];
  f.monthListItem.lastIndex = 0;
  for (let m = f.monthListItem.exec(text); m; m = f.monthListItem.exec(text)) {
    const month = Number(m[1]);
    const start = m.index;
    const end = start + m[0].length;
    if (month < 1 || month > 12 || found.some((d) => d.start < end && start < d.end)) continue;
    const from = { start, end, month, last: 'month' as const, unitMissing: false };
    listed.push(newFound(start, end, 'date.month-list', { phrase: { start, end, from, readTo: end }, listLastMonth: Number(m[2]) }));
  }
  return listed;
}

/** 18日 written alone (新华社…20日电, 记者16日获悉): a day of the month last named; 17日至21日 a span of such days. */
function findDaysAlone(text: string, f: Finders, found: readonly FoundDate[], taken: TakenSpans): FoundDate[] {
  const days: FoundDate[] = [];
  const notBefore = f.rules.context('day-alone-not-before');
  f.dayAlone.lastIndex = 0;
  for (let m = f.dayAlone.exec(text); m; m = f.dayAlone.exec(text)) {
    const day = Number(m[1]);
    const start = m.index;
    const end = start + m[0].length;
    if (day < 1 || day > 31) continue;
    if (notBefore.ends(text.slice(Math.max(0, start - 2), start))) {
      f.dayAlone.lastIndex = f.parser.parseDaySpan(text, start)?.end ?? end; // 第3日至5日: neither day is a date
      continue;
    }
    if (f.spanOfDaysBefore.test(text.slice(Math.max(0, start - 16), start))) continue; // 每月15日至20日
    if (taken.overlaps(start, end) || found.some((d) => d.start < end && start < d.end)) continue;
    const span = f.parser.parseDaySpan(text, start);
    if (span && !taken.overlaps(span.start, span.end) && !found.some((d) => d.start < span.end && span.start < d.end)) {
      days.push(newFound(span.start, span.end, 'date.range', { phrase: span }));
      f.dayAlone.lastIndex = span.end;
      continue;
    }
    const from = { start, end, day, last: 'day' as const, unitMissing: false };
    days.push(newFound(start, end, 'date.day', { phrase: { start, end, from, readTo: end } }));
  }
  return days;
}

function findPhrases(text: string, f: Finders, taken: TakenSpans): FoundDate[] {
  const found: FoundDate[] = [];
  const { candidates } = f;
  candidates.lastIndex = 0;
  for (let m = candidates.exec(text); m; m = candidates.exec(text)) {
    const at = m.index;
    const end = at + m[0].length;
    if (taken.overlaps(at, end)) continue;
    const word = readWord(text, m[0], at, f);
    if (word !== undefined) {
      if (word) found.push(word);
      continue;
    }
    const phrase = f.parser.parse(text, at);
    const rule = phrase ? ruleFor(text, phrase, f) : undefined;
    if (!phrase || !rule || taken.overlaps(phrase.start, phrase.end)) {
      candidates.lastIndex = at + 1;
      continue;
    }
    found.push(newFound(phrase.start, phrase.end, rule, { phrase }));
    candidates.lastIndex = phrase.readTo;
  }
  return found;
}

/**
 * A relative day or month word (今天, 当天, 上个月) or a weekday (周二, 上周六):
 * the found date, null when it is not a date here (figurative, recurring),
 * or undefined when the match is not such a word (a phrase to parse).
 */
function readWord(text: string, word: string, at: number, f: Finders): FoundDate | null | undefined {
  const { rules } = f;
  const end = at + word.length;
  const relative = rules.relativeWords.get(word);
  if (relative && !isYearAnchor(relative.anchor)) {
    return isFigurative(text, word, at, rules) ? null : newFound(at, end, 'date.relative', { relative });
  }
  const weekday = relative ? undefined : f.weekdayPhrases.get(word);
  if (!weekday) return undefined;
  const { dayName, day, weeks } = weekday;
  const before = text.slice(Math.max(0, at - 2), at);
  // 一周一次 is a count, 每周一 recurs, 周一至周五 is a timetable.
  if (NUMERAL_BEFORE.test(before) || rules.context('recurring').ends(before)) return null;
  const next = rules.context('span-connector').starts(text.slice(end, end + 2));
  const secondDay = next ? [...rules.weekdays.keys()].find((w) => text.startsWith(w, end + next.length)) : undefined;
  if (next && secondDay) {
    f.candidates.lastIndex = end + next.length + secondDay.length; // skip the timetable's second day too
    return null;
  }
  return newFound(at, end, 'date.weekday', { weekday: { day, weeks } });
}

function isFigurative(text: string, word: string, at: number, rules: DateRules): boolean {
  const uses = rules.figurative.get(word);
  if (!uses) return false;
  const before = text.slice(Math.max(0, at - 8), at);
  const after = text.slice(at + word.length, at + word.length + 8);
  return uses.some((use) => before.endsWith(use.before) && after.startsWith(use.after));
}

/** The rule a parsed phrase is a date by, or undefined when it is not a date (a duration, an age, a number). */
function ruleFor(text: string, phrase: ParsedDate, f: Finders): string | undefined {
  const { from, to } = phrase;
  const context = (role: Parameters<DateRules['context']>[0]) => f.rules.context(role);
  const before = text.slice(Math.max(0, phrase.start - 2), phrase.start);
  const after = text.slice(phrase.end, phrase.end + 12);
  if (from.year?.kind === 'relative') {
    if (f.age.test(after) && !to && from.last === 'year' && !from.part) return undefined;
    if (from.year.word === '当年' && context('not-before-relative').ends(before)) return undefined;
    // 上年 is the year before only in a comparison (比上年, 上年同期); else it is part of another word (晚上年轻人).
    if (f.rules.relativeWords.get(from.year.word)?.anchor === 'about-year' && !context('prior-year-before').ends(before) && !context('prior-year-after').starts(after)) {
      return undefined;
    }
    return to ? 'date.range' : 'date.relative';
  }
  if (to) return 'date.range';
  if (from.year) {
    if (from.last === 'year' && !from.part) {
      const calendarYear = from.year.kind === 'absolute' && from.year.year >= 1900 && from.year.year <= 2099;
      // 超过2000年 is a duration, but 超过1998年23.69米 and 超过2019年同期 compare with a year.
      const comparedYear = calendarYear && !from.unitMissing && (/^\d/.test(after) || context('date-after-calendar').starts(after) !== undefined);
      if (context('duration-before').ends(before) && !comparedYear) return undefined;
      if (from.unitMissing && from.year.kind === 'absolute') {
        return bareYearRule(from.year.year, before, text.slice(phrase.end, phrase.end + 40), f);
      }
      if (context(calendarYear ? 'duration-after-calendar' : 'duration-after').starts(after)) return undefined;
    }
    return isNumeric(text.slice(phrase.start, phrase.end)) ? 'date.numeric' : 'date.ymd';
  }
  if (from.part) return 'date.year-part';
  if (from.month !== undefined && from.day === undefined && f.notAfterMonth.test(after)) return undefined;
  if (context('recurring').ends(before)) return undefined; // 每年6月 recurs every year: no one calendar month
  return 'date.month-day';
}

/** 2018-09-21, 2018/9/21: written without 年. */
function isNumeric(written: string): boolean {
  return !written.includes('年') && /[-/.]/.test(written);
}

/** A year written without 年: one of a list ending in 年 (2021、2022年), or a name's prefix (2023西藏文化青岛行). */
function bareYearRule(year: number, before: string, after: string, f: Finders): string | undefined {
  if (f.yearList.test(after)) return 'date.year-list';
  const startsName = /^[\u4e00-\u9fff]{2}/.test(after);
  if (year >= 1900 && year <= 2099 && startsName && !f.unitAfter(after) && BEFORE_BARE_YEAR.test(before)) {
    return 'date.year-prefix';
  }
  return undefined;
}

/**
 * Marks what the words around each date say about it: planned dates (a plan
 * word earlier in the clause: 计划2030年6月建成; a target word right before or
 * after: 到2025年, 2030年前), dates in sentences about plans (计划, 预计, 将 …),
 * and years that carry no story on (2019年以来, 比2019年).
 */
function markContext(text: string, found: FoundDate[], sentences: readonly Span[], rules: DateRules): void {
  const plan = rules.context('plan');
  const targetBefore = rules.context('target-before');
  const targetAfter = rules.context('target-after');
  const baselineBefore = rules.context('baseline-before');
  const sinceAfter = rules.context('since-after');
  let s = 0;
  let aboutPlans: boolean | undefined; // of sentence s, found once (a long sentence holds many dates)
  for (const date of found) {
    while (s < sentences.length - 1 && sentences[s]!.end <= date.start) {
      s++;
      aboutPlans = undefined;
    }
    const sentence = sentences[s]!;
    aboutPlans ??= plan.occursIn(text.slice(sentence.start, sentence.end));
    date.aboutPlans = aboutPlans;
    const clauseStart = Math.max(sentence.start, lastClauseBreak(text, date.start));
    date.planned =
      plan.occursIn(text.slice(clauseStart, date.start)) ||
      targetBefore.ends(text.slice(Math.max(clauseStart, date.start - 3), date.start)) ||
      targetAfter.starts(text.slice(date.end, date.end + 2)) !== undefined;
    date.carriesOn =
      !baselineBefore.ends(text.slice(Math.max(clauseStart, date.start - 2), date.start)) &&
      !sinceAfter.occursIn(clauseAfter(text, date.end, SINCE_REACH));
  }
}

/** The text after `at` up to the next clause break, at most `reach` characters. */
function clauseAfter(text: string, at: number, reach: number): string {
  const after = text.slice(at, at + reach);
  const stop = after.search(/[，,；;。！？\n]/);
  return stop < 0 ? after : after.slice(0, stop);
}

function lastClauseBreak(text: string, before: number): number {
  for (let i = before - 1; i >= 0; i--) if ('，,；;。\n'.includes(text[i]!)) return i + 1;
  return 0;
}

