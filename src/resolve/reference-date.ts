import { parseChineseNumber } from '../extract/numbers';
import { RuleSet, type RuleFileSpec } from '../rules/loader';
import { maxOf, minOf } from '../util/arrays';

// Infers an article's publication date from its own text, in order of trust:
// 1. a dateline near the top (发布时间：2018-09-21, 2018-09-21 10:15, a line
//    that is only a date);
// 2. 今年是…N周年, counted from a start year the article states (1994年 …
//    今年是对口援藏30周年 → 2024) or from a well-known anniversary
//    (rules/date-anniversaries.tsv);
// 3. the latest year the article states (targets such as 到2035年 aside).

export const DATE_ANNIVERSARY_RULES: RuleFileSpec = {
  file: 'date-anniversaries.tsv',
  columns: ['keyword', 'year'],
  check: (row) => (/^\d{4}$/.test(row.cells.year ?? '') ? undefined : 'column "year" must be a four-digit year'),
};

/** How much of the text's start a dateline may be found in. */
const HEAD_LINES = 8;
const HEAD_CHARS = 400;
/** A dateline longer than this is a sentence, not a dateline. */
const DATELINE_MAX_LENGTH = 60;

const NUMERIC_DATE = String.raw`((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})`;
const WRITTEN_DATE = String.raw`((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日`;
const DATELINE_KEYWORD = /(?:发布|发表|更新|出版|刊发|来源|编辑|时间|日期|星期|周[一二三四五六日天])/;
const TIME_AFTER = /^\s*\d{1,2}:\d{2}/;

const STATED_YEAR = /(?<![\d.])((?:19|20)\d{2})\s*年(?!来|间|多|余)/g;
/** A year that is a target, not the present: 到2035年, 2030年前, 2035年远景目标. */
const TARGET_BEFORE = /(?:(?<!截)至|到|力争|预计|计划)$/;
const TARGET_AFTER = /^(?:前|远景|目标)/;
/** 今年是…N周年 within one clause. */
const ANNIVERSARY = /今年是([^。；！？\n]{0,40}?)(\d{1,3}|[一二两三四五六七八九十百]+)\s*周年/g;
/** How far past the latest stated year the publication year may lie. */
const MAX_YEARS_AFTER_LATEST = 3;

interface Anniversary {
  keyword: string;
  year: number;
}

let builtinRules: RuleSet | undefined;

function loadAnniversaries(rules: RuleSet): Anniversary[] {
  return rules
    .load(DATE_ANNIVERSARY_RULES)
    .map((row) => ({ keyword: row.cells.keyword!, year: Number(row.cells.year) }))
    .sort((a, b) => b.keyword.length - a.keyword.length);
}

/** The article's publication date (YYYY-MM-DD or YYYY), or null when the text gives no clue. */
export function inferReferenceDate(text: string, rules?: RuleSet): string | null {
  const dateline = findDateline(text);
  if (dateline) return dateline;
  const stated = statedYears(text);
  const latest = maxOf(stated);
  const anniversaries = loadAnniversaries(rules ?? (builtinRules ??= RuleSet.withUserDir()));
  const fromAnniversary = yearFromAnniversary(text, anniversaries, stated, latest);
  if (fromAnniversary !== undefined) return String(fromAnniversary);
  return latest === undefined ? null : String(latest);
}

/** A date on a short line near the top that names a publication time or is alone on its line. */
function findDateline(text: string): string | null {
  const lines = text.slice(0, HEAD_CHARS).split('\n').slice(0, HEAD_LINES);
  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed.length === 0 || trimmed.length > DATELINE_MAX_LENGTH) continue;
    for (const pattern of [NUMERIC_DATE, WRITTEN_DATE]) {
      const m = new RegExp(pattern).exec(trimmed);
      if (!m) continue;
      const month = Number(m[2]);
      const day = Number(m[3]);
      if (month < 1 || month > 12 || day < 1 || day > 31) continue;
      const rest = trimmed.slice(0, m.index) + trimmed.slice(m.index + m[0].length);
      const aloneOnLine = !/[\u4e00-\u9fff]{6,}/.test(rest);
      const timed = TIME_AFTER.test(trimmed.slice(m.index + m[0].length)) || /\d{1,2}:\d{2}/.test(rest);
      if (aloneOnLine || timed || DATELINE_KEYWORD.test(rest)) {
        return `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      }
    }
  }
  return null;
}

/** Years the article states as past or present (not targets such as 到2035年). */
function statedYears(text: string): number[] {
  const years: number[] = [];
  for (const m of text.matchAll(STATED_YEAR)) {
    const before = text.slice(Math.max(0, m.index! - 2), m.index!);
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 2);
    if (TARGET_BEFORE.test(before) || TARGET_AFTER.test(after)) continue;
    years.push(Number(m[1]));
  }
  return years;
}

/**
 * 今年是…N周年: a well-known event named in the clause gives the start year;
 * else the stated year that, N years on, is nearest at or after the latest
 * stated year (1994年 … 今年是对口援藏30周年 → 2024).
 */
function yearFromAnniversary(
  text: string,
  anniversaries: readonly Anniversary[],
  stated: readonly number[],
  latest: number | undefined,
): number | undefined {
  for (const m of text.matchAll(ANNIVERSARY)) {
    const years = /^\d+$/.test(m[2]!) ? Number(m[2]) : parseChineseNumber(m[2]!);
    if (years === undefined || years < 1) continue;
    const event = anniversaries.find((a) => m[1]!.includes(a.keyword));
    if (event) return event.year + years;
    if (latest === undefined) continue;
    const candidates = stated
      .map((start) => start + years)
      .filter((year) => year >= latest && year <= latest + MAX_YEARS_AFTER_LATEST);
    if (candidates.length > 0) return minOf(candidates);
  }
  return undefined;
}
