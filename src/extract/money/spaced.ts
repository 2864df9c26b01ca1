import type { DraftMention } from '../../model/mention';
import { escapeRegex } from '../../util/alternation';
import { CHINESE_DECIMAL_NUMBER, CHINESE_DIGITS, parseNumber, roundFloat, magnitudeFactor } from '../numbers';

// OCR spacing inside an amount (十 五 美 元, 五 百 元, 三 点 五 万 元; digits spaced
// one by one, 3 0 0 万元, 4 . 6 亿元, as letter-spaced PDF text prints them):
// read as the amount written without the spaces. Looked for only where a
// numeral, OCR spaces and another numeral or 点 stand in a row, which plain
// text seldom holds; the amount found replaces the part of it read before
// (五 美元 of 十 五 美元).

type MoneyDraft = Extract<DraftMention, { type: 'money' }>;

const NUMERAL = `[${CHINESE_DIGITS}十百千万亿]`;
/** A numeral, OCR spaces and a numeral or 点: where a spaced amount may stand. */
const SPACED_MARK = new RegExp(`${NUMERAL}[ \\u3000]{1,3}(?:${NUMERAL}|点)`, 'g');
/** OCR spaces between the number, its magnitude and its unit: a few, so a long run of spaces costs nothing. */
const GAP = '[ \\u3000]{0,3}';
/** The characters a spaced numeral is made of, to find where it starts. */
const NUMERAL_RUN = new RegExp(`[${CHINESE_DIGITS}十百千万亿点 \\u3000]`);
const SPACES = /[ \u3000]/g;
/** What a numeral starts with. */
const NUMERAL_START = new RegExp(`[${CHINESE_DIGITS}十]`);
const RUN_REACH = 24;
/** A digit, one space and a digit or a point (3 0, 4 . 6): where digits spaced one by one may stand. */
const SPACED_DIGITS_MARK = /\d (?:\d|[.．] \d)/g;
/** The characters digits spaced one by one are made of. */
const DIGIT_RUN = /[\d.． ]/;
const DIGIT_START = /\d/;
/**
 * Digits grouped by thousands with a space (1 500万元, 2 000.50元), or spaced
 * one by one with a spaced point: one space each (a wider gap parts two numbers).
 */
const SPACED_DIGITS = '(?:\\d{1,3}(?: \\d{3})+(?:[.．]\\d+)?(?!\\d)|\\d(?: \\d)*(?: [.．] \\d(?: \\d)*)?)';

export interface SpacedPatterns {
  /** From the start of a numeral run: the number, a magnitude and a unit, OCR spaces anywhere. */
  spaced: RegExp;
  /** From the start of a run of spaced digits: the number, a magnitude and a unit. */
  spacedDigits: RegExp;
  currencyOf: ReadonlyMap<string, string>;
}

/** The units, longest first, each with OCR spaces allowed between its characters (美 元). */
function spacedUnits(units: Iterable<string>): string {
  const spaced = [...new Set(units)]
    .filter((unit) => /^\p{Script=Han}+$/u.test(unit))
    .sort((a, b) => b.length - a.length)
    .map((unit) => [...unit].map(escapeRegex).join(GAP));
  return spaced.join('|') || '(?!)';
}

export function spacedAmountPattern(units: Iterable<string>): RegExp {
  return new RegExp(`(?<num>${CHINESE_DECIMAL_NUMBER})${GAP}(?:(?<mag>万亿|亿|万)${GAP})?(?<unit>${spacedUnits(units)})`, 'y');
}

/** Spaced digits (3 0 0 万元, 4 . 6 亿元, 1 2 5元): a space inside the number, none in a row. */
export function spacedDigitsPattern(units: Iterable<string>): RegExp {
  return new RegExp(`(?<num>${SPACED_DIGITS})${GAP}(?:(?<mag>万亿|亿|千万|百万|万)${GAP})?(?<unit>${spacedUnits(units)})`, 'y');
}

/**
 * The spaced amounts of a text, each with the mentions it holds (read before
 * from part of it), which it replaces. `startsWord` tells whether a numeral
 * may start at a place (not 一 of 统一).
 */
export function spacedAmounts(text: string, p: SpacedPatterns, startsWord: (at: number) => boolean): MoneyDraft[] {
  const chinese = amountsAtMarks(text, SPACED_MARK, (at) => runStart(text, at, NUMERAL_RUN, NUMERAL_START), p.spaced, p.currencyOf, startsWord);
  if (!text.includes(' ')) return chinese;
  const digits = amountsAtMarks(text, SPACED_DIGITS_MARK, (at) => runStart(text, at, DIGIT_RUN, DIGIT_START), p.spacedDigits, p.currencyOf, () => true);
  return [...chinese, ...digits.filter((d) => !chinese.some((c) => c.cleanStart < d.cleanEnd && d.cleanStart < c.cleanEnd))];
}

/** The amounts read by `pattern` from the start of each run holding a mark. */
function amountsAtMarks(
  text: string,
  mark: RegExp,
  startOf: (at: number) => number,
  pattern: RegExp,
  currencyOf: ReadonlyMap<string, string>,
  startsWord: (at: number) => boolean,
): MoneyDraft[] {
  const found: MoneyDraft[] = [];
  let lastEnd = 0;
  for (const at of text.matchAll(mark)) {
    const start = startOf(at.index!);
    if (start < lastEnd) continue;
    pattern.lastIndex = start;
    const match = pattern.exec(text);
    if (match === null || !startsWord(start)) continue;
    const { num, mag, unit } = match.groups!;
    const base = parseNumber(num!.replace(SPACES, '').trim());
    if (base === undefined) continue;
    const end = start + match[0].length;
    lastEnd = end;
    const value = roundFloat(base * magnitudeFactor(mag));
    const currency = currencyOf.get(unit!.replace(SPACES, ''));
    if (currency === undefined) continue;
    found.push({ type: 'money', text: text.slice(start, end), value, currency, approx: 'exact', rule: 'money.spaced', cleanStart: start, cleanEnd: end });
  }
  return found;
}

/** Where the numeral run holding `at` starts (a spaced numeral never starts with 点 or a space). */
function runStart(text: string, at: number, run: RegExp, first: RegExp): number {
  let start = at;
  while (start > 0 && at - start < RUN_REACH && run.test(text[start - 1]!)) start--;
  while (start < at && !first.test(text[start]!)) start++;
  return start;
}
