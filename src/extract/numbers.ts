import { NUMERAL_CHARACTERS, MAX_NUMERAL_LENGTH, parseChineseInteger } from './numerals/chinese';
import { parseNumeral, roundFloat } from './numerals/parse';
import { escapeRegex } from '../util/alternation';

// Numbers as Chinese news writes them: Arabic (1.32, 1,065), Chinese numerals
// (三千五百万, 两, 十四, 二〇二三) and the two mixed (3.8万, 1.5万). Shared by every
// extractor that reads a quantity; the parser itself is src/extract/numerals/.

export { roundFloat };

/**
 * Regex source of what joins the two bounds of a range: a dash (also doubled,
 * 1万元--5万元, 2——3万), a wave dash, 至 or 到.
 */
export const RANGE_SEPARATOR = '(?:--|——|[-－—–~～至到])';

/**
 * Regex source of an Arabic number, allowing thousands separators and decimals.
 * It starts only where no digit, point or separator precedes it, so a failed
 * match is never retried inside a long digit run (linear scanning); the check
 * follows the first digit so that a regex scan skips quickly to digits.
 * A space before the point is typesetting noise of scraped pages (36 .5万元):
 * the number as written, read without the space; nothing else writes a space
 * between digits and a point followed by digits.
 */
export const ARABIC_NUMBER = String.raw`\d(?<![\d.]\d|\d,\d)\d*(?:,\d{3})*(?:[ \u3000]?\.\d+)?`;

/**
 * Regex source of Arabic digits with Chinese magnitudes in sequence, the number
 * before an amount's last magnitude (1千9百 of 1千9百万元, 3千5百 of 3千5百万人).
 * Two digit-magnitude pairs at least: 5百万 and 1千 are a number and a magnitude.
 * Put before ARABIC_NUMBER in an alternation, or its first digit alone is read
 * (9百万元 of 1千9百万元, a partial value).
 */
export const DIGIT_MAGNITUDE_CHAIN = String.raw`[1-9](?<![\d.][1-9])(?:[千仟][1-9][百佰](?:[1-9]十)?|[百佰][1-9]十)`;

/**
 * Regex source of a Chinese numeral: it starts with a digit or 十 (十万, 三千五百万),
 * so a lone magnitude (万元, 千万) is not read as a number. Its length is
 * bounded (no numeral is longer), so scanning a long run of numerals is linear.
 */
export const CHINESE_DIGITS = '零〇一二两三四五六七八九';
/**
 * Inside a numeral also ○, the circle typed for 〇 (三六○, 二点○三), and 兆 (二兆三四五六亿):
 * never first, where ○ is a bullet and 兆 a prefix (兆瓦). One character class, not an
 * alternation: the money pattern scans every position of a text with it.
 */
export const CHINESE_NUMBER = `[${CHINESE_DIGITS}十][${CHINESE_DIGITS}○十百千万亿兆]{0,${MAX_NUMERAL_LENGTH - 1}}`;
/** The point of a Chinese decimal: 点, or the full stop Taiwan papers print between Chinese digits (年增八.六%, ○.五二%). */
export const CHINESE_POINT = '[点.．]';
/** The digits after the point in a Chinese decimal (十二点五, 二点○三). */
export const CHINESE_DECIMAL_DIGITS = '[零〇○一二三四五六七八九]';

/** Financial numerals (大写) of procurement notices and cheques: 壹拾万, 叁仟伍佰. */
const FINANCIAL_DIGITS = '壹贰叁肆伍陆柒捌玖';
export const FINANCIAL_NUMBER = `[${FINANCIAL_DIGITS}拾][零${FINANCIAL_DIGITS}拾佰仟万亿萬億]{0,${MAX_NUMERAL_LENGTH - 1}}`;

/** Plain and financial numeral characters, for places where nothing else can follow (百分之, 个百分点). */
const ANY_NUMERAL_CLASS = `[${CHINESE_DIGITS}十百千万亿${FINANCIAL_DIGITS}拾佰仟]`;
const DECIMAL_DIGIT_CLASS = `[零〇○一二三四五六七八九${FINANCIAL_DIGITS}]`;
/** OCR spacing: spaces between two characters of one expression (一 百 五 十, 百分之五 十). */
export const OCR_SPACES = '[ \\u3000]*';
/** A Chinese numeral (plain or financial) that OCR may have spaced: 百分之五 十, 一 百 五 十. */
export const SPACED_CHINESE_NUMBER = `[${CHINESE_DIGITS}十${FINANCIAL_DIGITS}拾](?:${OCR_SPACES}${ANY_NUMERAL_CLASS}){0,${MAX_NUMERAL_LENGTH - 1}}`;
/** A Chinese numeral with decimals after 点, OCR spaces allowed (十二点五, 四点 五, 六 点 五). */
/** ○ starts one only before its point (○．○五个百分点). */
export const CHINESE_DECIMAL_NUMBER = `(?:${SPACED_CHINESE_NUMBER}|○(?=${OCR_SPACES}${CHINESE_POINT}))(?:${OCR_SPACES}${CHINESE_POINT}${OCR_SPACES}${DECIMAL_DIGIT_CLASS}(?:${OCR_SPACES}${DECIMAL_DIGIT_CLASS}){0,11})?`;

export { NUMERAL_CHARACTERS };

/** Magnitude words and their factors, longest first so a regex alternation prefers them. */
export const MAGNITUDES: ReadonlyArray<readonly [string, number]> = [
  ['万亿', 1e12],
  ['千亿', 1e11],
  ['百亿', 1e10],
  ['十亿', 1e9],
  ['千万', 1e7],
  ['百万', 1e6],
  ['十万', 1e5],
  ['亿', 1e8],
  ['万', 1e4],
  ['千', 1e3],
  ['百', 1e2],
  // Financial magnitudes after Arabic digits (1,482万8仟元, 5佰元), as Taiwanese notices write them.
  ['仟', 1e3],
  ['佰', 1e2],
];
export const MAGNITUDE_PATTERN = MAGNITUDES.map(([word]) => word).join('|');

const FACTOR_OF: ReadonlyMap<string, number> = new Map([...MAGNITUDES, ['兆', 1e12]]);

export function magnitudeFactor(word: string | undefined): number {
  return (word && FACTOR_OF.get(word)) || 1;
}

/**
 * Parses a Chinese-numeral integer: 三千五百万 → 35000000, 十四 → 14,
 * 两 → 2, 一百零五 → 105, 三千五 → 3500. Digit-by-digit strings (二〇二三)
 * read positionally. Returns undefined for text that is not a well-formed
 * numeral (七十百, 十十).
 */
export function parseChineseNumber(text: string): number | undefined {
  return parseChineseInteger(text);
}

/** Parses Arabic (with separators), Chinese, or mixed (3.8万) number text, signed or not. */
export function parseNumber(text: string): number | undefined {
  return parseNumeral(text);
}

/**
 * The longest start of `text` that is a well-formed number (七十 of 七十百分位),
 * for a numeral that nothing after it has to follow. At most MAX_NUMERAL_LENGTH tries.
 */
export function longestNumberPrefix(text: string): { text: string; value: number } | undefined {
  for (let end = Math.min(text.length, MAX_NUMERAL_LENGTH); end > 0; end--) {
    const value = parseNumber(text.slice(0, end));
    if (value !== undefined) return { text: text.slice(0, end).trimEnd(), value };
  }
  return undefined;
}

/** Value of a number followed by a magnitude word: (1.32, 亿) → 132000000. */
export function scaled(numberText: string, magnitude?: string): number | undefined {
  const base = parseNumber(numberText);
  return base === undefined ? undefined : roundFloat(base * magnitudeFactor(magnitude));
}

/**
 * 1亿2000万, 1万5000: the rest added to the amount before it, which it must
 * stand below (never 1万2000亿). Without a rest, the value as it is.
 */
export function withRest(value: number | undefined, magnitude: string | undefined, rest: string | undefined, restMagnitude: string | undefined): number | undefined {
  if (value === undefined || rest === undefined) return value;
  const restValue = scaled(rest, restMagnitude);
  if (magnitude === undefined || restValue === undefined || restValue >= magnitudeFactor(magnitude)) return undefined;
  return roundFloat(value + restValue);
}

/**
 * Digits spaced one by one before a number (the 1 2 of 1 2 8万人次, the 3 . of 3 . 5亿元, as
 * letter-spaced PDF text prints them): the number is their last digits, never a value of its own.
 */
const SPACED_DIGITS_BEFORE = /(?<![\d.,])\d(?: \d)*(?: [.．])? $/;

/** How far before a number spaced digits it continues may start. */
const SPACED_DIGITS_REACH = 24;

/** Groups of thousands parted by spaces before a group of three (the 12 of 12 300人). */
const THOUSANDS_BEFORE = /(?<![\d.,])\d{1,3}(?: \d{3})* $/;
const GROUP_OF_THREE = /^\d{3}(?![\d,])/;

/** The digits before `start` that the number there continues: spaced one by one, or grouped by thousands. */
function spacedDigitsBefore(text: string, start: number, number: string): RegExpExecArray | null {
  if (text.charCodeAt(start - 1) !== 0x20) return null;
  const before = text.slice(Math.max(0, start - SPACED_DIGITS_REACH), start);
  return SPACED_DIGITS_BEFORE.exec(before) ?? (GROUP_OF_THREE.test(number) ? THOUSANDS_BEFORE.exec(before) : null);
}

/** The number at `start` continues digits spaced one by one before it (1 2 8万, 3 . 5亿) or groups of thousands (12 300人). */
export function continuesSpacedDigits(text: string, start: number): boolean {
  return text.charCodeAt(start - 1) === 0x20 && spacedDigitsBefore(text, start, text.slice(start, start + 4)) !== null;
}

/**
 * The digits spaced one by one that the number at `start` continues, joined to it: where they start
 * and the number they make (1 2 + 8 → 128, 3 . + 5 → 3.5). Undefined where it continues none.
 */
export function joinSpacedDigits(text: string, start: number, number: string): { start: number; text: string } | undefined {
  const from = Math.max(0, start - SPACED_DIGITS_REACH);
  const before = spacedDigitsBefore(text, start, number);
  if (!before) return undefined;
  return { start: from + before.index, text: before[0].replace(/ /g, '').replace('．', '.') + number };
}

const LISTED_NUMBER_BEFORE = new RegExp(`(?<![\\d.])(${ARABIC_NUMBER})\\s?[、和与及]\\s?$`);
/** The same with a magnitude of the item's own (约78亿及156亿元, 5000万和3亿元): money lists write it on each number; a minus sign kept (1.4、-6.4万亿元). */
const LISTED_MAGNITUDE_NUMBER_BEFORE = new RegExp(`(?<![\\d.])((?:[-－−])?${ARABIC_NUMBER})(${MAGNITUDE_PATTERN})?\\s?[、和与及]\\s?$`);
/** The same with a minus sign kept (0.15、-5.64、1.34个百分点); a dash after a digit is a range, not a sign. */
const LISTED_SIGN = '(?:[-－−]|负)?';
const LISTED_SIGNED_NUMBER_BEFORE = new RegExp(`(?<![\\d.])(${LISTED_SIGN}${ARABIC_NUMBER})\\s?[、和与及]\\s?$`);

/**
 * Numbers listed before the one at `start` that share its unit
 * (3、5万元, 44.3和5.4个百分点): each one's text and span, nearest first.
 */
export function listedNumbersBefore(text: string, start: number, withSign = false): ListedNumber[] {
  return listedBefore(text, start, withSign ? LISTED_SIGNED_NUMBER_BEFORE : LISTED_NUMBER_BEFORE);
}

const listedWithMeasure = new Map<string, RegExp>();

/**
 * Signed numbers listed before one unit where each item repeats the unit's measure word (1.74个、3.22个、4.0个百分点):
 * the measure is part of each item's span (`end`), not of its `text`.
 */
export function listedNumbersWithMeasureBefore(text: string, start: number, measure: string): ListedNumber[] {
  let pattern = listedWithMeasure.get(measure);
  if (pattern === undefined) {
    pattern = new RegExp(`(?<![\\d.])(${LISTED_SIGN}${ARABIC_NUMBER})(\\s?${escapeRegex(measure)})\\s?[、和与及]\\s?$`);
    listedWithMeasure.set(measure, pattern);
  }
  return listedBefore(text, start, pattern).map(({ text: number, start: from, end }) => ({ text: number, start: from, end }));
}

/** The same, where each listed number may carry its own magnitude (78亿 of 约78亿及156亿元): `magnitude` then gives it. */
export function listedAmountsBefore(text: string, start: number): ListedNumber[] {
  return listedBefore(text, start, LISTED_MAGNITUDE_NUMBER_BEFORE);
}

export interface ListedNumber {
  text: string;
  start: number;
  end: number;
  /** The item's own magnitude (亿 of 78亿), written after its number. */
  magnitude?: string;
}

function listedBefore(text: string, start: number, pattern: RegExp): ListedNumber[] {
  const listed: ListedNumber[] = [];
  let at = start;
  for (;;) {
    const windowStart = Math.max(0, at - 24);
    const match = pattern.exec(text.slice(windowStart, at));
    if (!match) return listed;
    const numberStart = windowStart + match.index;
    const magnitude = match[2];
    const end = numberStart + match[1]!.length + (magnitude?.length ?? 0);
    listed.push(magnitude === undefined ? { text: match[1]!, start: numberStart, end } : { text: match[1]!, start: numberStart, end, magnitude });
    at = numberStart;
  }
}

/**
 * The matches of a global regex over the text, found with exec on the shared
 * regex: matchAll copies the regex on every call, which for the long unit
 * alternations of money costs more than the scan itself.
 */
export function allMatches(text: string, pattern: RegExp): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    found.push(match);
    if (match[0].length === 0) pattern.lastIndex++;
  }
  return found;
}

/**
 * Two neighbours that `joins` accepts (30元 and 50元 of 30元至50元) become the
 * one range `merge` makes of them; the rest stay as they are. `items` sorted by start.
 */
export function mergeRanges<T>(items: readonly T[], joins: (low: T, high: T) => boolean, merge: (low: T, high: T) => T): T[] {
  const merged: T[] = [];
  for (let i = 0; i < items.length; i++) {
    const low = items[i]!;
    const high = items[i + 1];
    if (high !== undefined && joins(low, high)) {
      merged.push(merge(low, high));
      i++;
    } else {
      merged.push(low);
    }
  }
  return merged;
}
