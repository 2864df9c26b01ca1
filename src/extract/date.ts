import type { DraftMention } from '../model/mention';
import { allOf, oneOf, type RuleFileSpec, type RuleSet } from '../rules/loader';
import { MEASURE_UNIT_RULES, MEASURE_WORD_RULES } from './counts/rules';
import { TakenSpans } from './counts/taken-spans';
import { FIVE_YEAR_PLAN_PATTERN, readFiveYearPlan } from './dates/five-year-plan';
import { DatePhraseParser, type ParsedDate } from './dates/parse';
import { DateResolver, parseReferenceDate, type FoundDate, type RelativeAnchor, type RelativeWord } from './dates/resolve';
import type { ExtractContext, Extractor, ExtractorModule } from './types';
import { append } from '../util/arrays';

// Dates: absolute (2023年9月24日, 2018-09-21, 二〇二三年五月), month-days that
// take their year from the paragraph or the reference date, relative words
// (今年, 当年, 当天), spans written as one phrase, and five-year plans.

export const DATE_RELATIVE_RULES: RuleFileSpec = {
  file: 'date-relative.tsv',
  columns: ['word', 'anchor', 'offset'],
  check: allOf(oneOf('anchor', ['reference', 'previous-year', 'previous-day']), (row) =>
    /^[+-]?\d+$/.test(row.cells.offset ?? '') ? undefined : 'column "offset" must be a whole number',
  ),
};

const GAP = '[ \\t\\u3000]*';

/** 2018-09-21, 2018/9/21, 2018.9.21 (a time may be glued on: 2018-09-2110:15:00), and 2018-09. */
const NUMERIC_DATE = /(?<![\d.])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})|(?<![\d.])(\d{4})([-/])(\d{1,2})(?![\d./-])/g;

/**
 * After a bare year used as a name prefix (2023西藏文化青岛行) there is no
 * magnitude, qualifier, time word or currency; measure words and physical
 * units (2000吨, 1500户) come from the count extractor's rule files.
 */
const NOT_AFTER_BARE_YEAR = /^[\d.%万亿千百十余多来年月日号时岁天周元]/;
const BEFORE_BARE_YEAR = /^$|[\s“"《（(【「‘，。、；：！？…·①-⑳]$/;
/** A year list sharing one 年: 2021、2022年. */
const YEAR_LIST_REST = new RegExp(`^(?:[、和及与]\\d{4})*[、和及与]\\d{4}${GAP}年`);
/** A month listed before another that carries 月: the 7 of 7、8月. */
const MONTH_LIST_ITEM = new RegExp(`(?<![\\d.])(\\d{1,2})(?=(?:[、和]\\d{1,2})*[、和]\\d{1,2}${GAP}月)`, 'g');
/** After a year with 年, words that make it a duration (2000年来, 300年间, 100年多). */
const DURATION_AFTER_YEAR = /^(?:来|间|多|余|半)/;
/** ... and for a plausible calendar year only 来/间: 2023年多伦县 is a year before a place name. */
const DURATION_AFTER_CALENDAR_YEAR = /^(?:来|间)/;
/** Before a year, words that make it a duration or an ordinal (近2000年, 第2023). */
const DURATION_BEFORE_YEAR = /(?:近|约|超过|逾|多|第|每|数)$/;
/** After 今年, an age (今年6岁). */
const AGE_AFTER = new RegExp(`^${GAP}(?:\\d+|[一二两三四五六七八九十]+)${GAP}(?:周岁|岁)`);

export const dateExtractor: ExtractorModule = {
  type: 'date',
  ruleFiles: [DATE_RELATIVE_RULES, MEASURE_WORD_RULES, MEASURE_UNIT_RULES],
  create(rules: RuleSet): Extractor {
    const relativeWords = loadRelativeWords(rules);
    const units = [
      ...rules.load(MEASURE_WORD_RULES).map((row) => row.cells.word!),
      ...rules.load(MEASURE_UNIT_RULES).map((row) => row.cells.unit!),
    ];
    const unitAfter = (after: string) => NOT_AFTER_BARE_YEAR.test(after) || units.some((unit) => after.startsWith(unit));
    const yearWords = [...relativeWords].filter(([, w]) => w.anchor !== 'previous-day').map(([word]) => word);
    const dayWords = [...relativeWords].filter(([, w]) => w.anchor === 'previous-day').map(([word]) => word);
    const parser = new DatePhraseParser(yearWords);
    const candidates = new RegExp(
      [
        `(?<![\\d.,])\\d{4}(?!\\d)`,
        `[〇○零一二三四五六七八九]{4}${GAP}年`,
        `(?<![\\d.])\\d{1,2}${GAP}月`,
        `(?<![\\d.])\\d{1,2}(?=${GAP}(?:—|–|-|~|～|至|到)${GAP}\\d{1,2}${GAP}月)`,
        `[一二三四五六七八九十]{1,2}月`,
        '上半年|下半年',
        ...sortLongestFirst([...yearWords, ...dayWords]),
      ].join('|'),
      'g',
    );
    const dayWordSet = new Set(dayWords);
    const plans = new RegExp(FIVE_YEAR_PLAN_PATTERN, 'g');
    return {
      extract(ctx: ExtractContext): DraftMention[] {
        const taken = TakenSpans.fromMentions(ctx.earlier);
        const found = [
          ...findNumericDates(ctx.text, taken),
          ...findFiveYearPlans(ctx.text, plans, taken),
        ];
        for (const f of found) taken.add(f);
        append(found, findPhrases(ctx.text, candidates, parser, dayWordSet, taken, unitAfter));
        append(found, findListedMonths(ctx.text, found));
        found.sort((a, b) => a.start - b.start);
        const resolver = new DateResolver(relativeWords, parseReferenceDate(ctx.referenceDate), ctx.paragraphs, found);
        return resolver.resolveAll().map(({ found: f, value, granularity, relative }) => ({
          type: 'date',
          text: ctx.text.slice(f.start, f.end),
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

function loadRelativeWords(rules: RuleSet): Map<string, RelativeWord> {
  const words = new Map<string, RelativeWord>();
  for (const row of rules.load(DATE_RELATIVE_RULES)) {
    words.set(row.cells.word!, { anchor: row.cells.anchor as RelativeAnchor, offset: Number(row.cells.offset) });
  }
  return words;
}

function findNumericDates(text: string, taken: TakenSpans): FoundDate[] {
  const found: FoundDate[] = [];
  NUMERIC_DATE.lastIndex = 0;
  for (let m = NUMERIC_DATE.exec(text); m; m = NUMERIC_DATE.exec(text)) {
    const [year, month, day] = m[1] ? [m[1], m[3], m[4]] : [m[5], m[7], undefined];
    const end = m.index + m[0].length;
    const timeGlued = /^\d{1,2}:\d{2}/.test(text.slice(end, end + 5));
    if (day !== undefined && /^\d/.test(text[end] ?? '') && !timeGlued) continue;
    const y = Number(year);
    const mo = Number(month);
    const d = day === undefined ? undefined : Number(day);
    if (y < 1900 || y > 2199 || mo < 1 || mo > 12 || (d !== undefined && (d < 1 || d > 31))) continue;
    if (taken.overlaps(m.index, end)) continue;
    const point = { start: m.index, end, year: { kind: 'absolute' as const, year: y }, month: mo, day: d, last: d === undefined ? ('month' as const) : ('day' as const), unitMissing: false };
    found.push({ start: m.index, end, rule: 'date.numeric', phrase: { start: m.index, end, from: point } });
  }
  return found;
}

function findFiveYearPlans(text: string, plans: RegExp, taken: TakenSpans): FoundDate[] {
  const found: FoundDate[] = [];
  plans.lastIndex = 0;
  for (let m = plans.exec(text); m; m = plans.exec(text)) {
    const plan = readFiveYearPlan(m, text);
    if (!plan) {
      plans.lastIndex = m.index + 1;
      continue;
    }
    const end = plan.nameStart + plan.name.length;
    if (taken.overlaps(plan.nameStart, end)) continue;
    found.push({ start: plan.nameStart, end, rule: 'date.five-year-plan', period: { from: plan.from, to: plan.to } });
  }
  return found;
}

/** 7、8月: each listed month is its own mention, with the year the last one gets. */
function findListedMonths(text: string, found: readonly FoundDate[]): FoundDate[] {
  const listed: FoundDate[] = [];
  MONTH_LIST_ITEM.lastIndex = 0;
  for (let m = MONTH_LIST_ITEM.exec(text); m; m = MONTH_LIST_ITEM.exec(text)) {
    const month = Number(m[1]);
    const start = m.index;
    const end = start + m[0].length;
    if (month < 1 || month > 12 || found.some((f) => f.start < end && start < f.end)) continue;
    const from = { start, end, month, last: 'month' as const, unitMissing: false };
    listed.push({ start, end, rule: 'date.month-list', phrase: { start, end, from } });
  }
  return listed;
}

function findPhrases(
  text: string,
  candidates: RegExp,
  parser: DatePhraseParser,
  dayWords: ReadonlySet<string>,
  taken: TakenSpans,
  unitAfter: (after: string) => boolean,
): FoundDate[] {
  const found: FoundDate[] = [];
  candidates.lastIndex = 0;
  for (let m = candidates.exec(text); m; m = candidates.exec(text)) {
    const at = m.index;
    if (taken.overlaps(at, at + m[0].length)) continue;
    if (dayWords.has(m[0])) {
      found.push({ start: at, end: at + m[0].length, rule: 'date.relative', relativeDay: { word: m[0] } });
      continue;
    }
    const phrase = parser.parse(text, at);
    const rule = phrase ? ruleFor(text, phrase, unitAfter) : undefined;
    if (!phrase || !rule || taken.overlaps(phrase.start, phrase.end)) {
      candidates.lastIndex = at + 1;
      continue;
    }
    found.push({ start: phrase.start, end: phrase.end, rule, phrase });
    candidates.lastIndex = phrase.end;
  }
  return found;
}

/** The rule a parsed phrase is a date by, or undefined when it is not a date (a duration, an age, a number). */
function ruleFor(text: string, phrase: ParsedDate, unitAfter: (after: string) => boolean): string | undefined {
  const { from, to } = phrase;
  const before = text.slice(Math.max(0, phrase.start - 2), phrase.start);
  const after = text.slice(phrase.end, phrase.end + 12);
  if (from.year?.kind === 'relative') {
    if (AGE_AFTER.test(after) && !to && from.last === 'year') return undefined;
    if (from.year.word === '当年' && before.endsWith('想')) return undefined;
    return to ? 'date.range' : 'date.relative';
  }
  if (to) return 'date.range';
  if (from.year?.kind === 'absolute') {
    if (from.last === 'year' && !from.part) {
      if (DURATION_BEFORE_YEAR.test(before)) return undefined;
      if (from.unitMissing) return bareYearRule(from.year.year, before, text.slice(phrase.end, phrase.end + 40), unitAfter);
      const calendarYear = from.year.year >= 1900 && from.year.year <= 2099;
      if ((calendarYear ? DURATION_AFTER_CALENDAR_YEAR : DURATION_AFTER_YEAR).test(after)) return undefined;
    }
    return 'date.ymd';
  }
  if (from.part) return 'date.half-year';
  if (from.month !== undefined && from.day === undefined && /^(?:来|间|内|多|余)/.test(after)) return undefined;
  if (/每年?$/.test(before)) return undefined; // 每年6月 recurs every year: no one calendar month
  return 'date.month-day';
}

/** A year written without 年: one of a list ending in 年 (2021、2022年), or a name's prefix (2023西藏文化青岛行). */
function bareYearRule(year: number, before: string, after: string, unitAfter: (after: string) => boolean): string | undefined {
  if (YEAR_LIST_REST.test(after)) return 'date.year-list';
  const startsName = /^[\u4e00-\u9fff]{2}/.test(after);
  if (year >= 1900 && year <= 2099 && startsName && !unitAfter(after) && BEFORE_BARE_YEAR.test(before)) {
    return 'date.year-prefix';
  }
  return undefined;
}

function sortLongestFirst(words: string[]): string[] {
  return [...words].sort((a, b) => b.length - a.length);
}
