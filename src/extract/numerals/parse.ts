import { DECIMAL_DIGIT_CHARACTERS, MAX_NUMERAL_LENGTH, parseChineseInteger } from './chinese';

// The one number parser of the project: Arabic (1,065, 87.8, full-width
// １２０), Chinese numerals (三千五百万, 壹拾万, 十二点五), the two mixed (3.8万,
// 1.5万亿, 三点五亿), a sign (-12.5, －8, 负4.1, +3) and OCR spacing inside
// (12. 8, 百分之五 十). Anything else is undefined.

const SIGN = /^[-－−—–+＋负正]/;
const NEGATIVE = new Set(['-', '－', '−', '—', '–', '负']);
const SPACING = /[\s\u3000]+/g;
const ARABIC = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const MIXED = /^((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)([十百千万亿兆]+)$/;
/** Arabic digits with Chinese magnitudes in sequence (1千9百, 3千5百万, 2百5十): read as the Chinese numeral they spell. */
const DIGIT_CHAIN = /^[1-9][千仟百佰](?:[1-9][百佰十])+[万亿]?$/;
const CHINESE_DIGIT_OF_ARABIC = '〇一二三四五六七八九';
/** 十二点五, 二点○三亿, 八.六 (Taiwan papers print a full stop between Chinese digits). */
const CHINESE_DECIMAL = new RegExp(`^(.*?)[点.]([${DECIMAL_DIGIT_CHARACTERS}]+)([万亿兆]*)$`);

/** Full-width digits and separators as ASCII (the cleaner does this for documents; callers may not). */
function toHalfWidth(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF0C\uFF0E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** Parses any number text, signed or not; undefined when it is not a well-formed number. */
export function parseNumeral(text: string): number | undefined {
  // Most numbers are plain ASCII digits (87.8, 1,065): read them without the rewrites below.
  if (text.length <= MAX_NUMERAL_LENGTH && ARABIC.test(text)) return Number(text.includes(',') ? text.replace(/,/g, '') : text);
  const compact = toHalfWidth(text.replace(SPACING, ''));
  if (compact.length === 0 || compact.length > MAX_NUMERAL_LENGTH) return undefined;
  const sign = SIGN.exec(compact)?.[0];
  if (sign === undefined) return parseUnsigned(compact);
  const magnitude = parseUnsigned(compact.slice(sign.length));
  if (magnitude === undefined) return undefined;
  return NEGATIVE.has(sign) ? -magnitude : magnitude;
}

function parseUnsigned(text: string): number | undefined {
  if (ARABIC.test(text)) return Number(text.replace(/,/g, ''));
  const mixed = MIXED.exec(text);
  if (mixed) return scaleBy(Number(mixed[1]!.replace(/,/g, '')), mixed[2]!);
  if (DIGIT_CHAIN.test(text)) return parseChineseInteger(text.replace(/\d/g, (d) => CHINESE_DIGIT_OF_ARABIC[Number(d)]!));
  const decimal = CHINESE_DECIMAL.exec(text);
  if (decimal) return parseChineseDecimal(decimal[1]!, decimal[2]!, decimal[3]!);
  return parseChineseInteger(text);
}

/** 十二点五 → 12.5; 三点五 + 亿 → 350000000. */
function parseChineseDecimal(whole: string, decimals: string, magnitude: string): number | undefined {
  const integer = whole === '' ? undefined : parseChineseInteger(whole);
  if (integer === undefined) return undefined;
  const fraction = [...decimals].map((ch) => parseChineseInteger(ch)!).join('');
  const value = Number(`${integer}.${fraction}`);
  return magnitude === '' ? value : scaleBy(value, magnitude);
}

/** value × the magnitude word (万, 千万, 万亿, 兆), if the word is a well-formed magnitude. */
function scaleBy(value: number, magnitude: string): number | undefined {
  const factor = parseChineseInteger(`一${magnitude}`);
  return factor === undefined ? undefined : roundFloat(value * factor);
}

/** Removes binary floating-point noise (1.32 * 1e8 = 132000000.00000001). */
export function roundFloat(value: number): number {
  // Most values are whole numbers, which toPrecision(12) would keep as they are below 10^12: skip the string round
  // trip. A whole number written out to the yuan above that (1329306071842元) keeps every digit too; up to 10^15 a
  // product of decimals (1.1 × 10^12) still carries a fraction, which the rounding below takes off.
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return value;
  return Number.parseFloat(value.toPrecision(12));
}
