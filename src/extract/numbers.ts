// Numbers as Chinese news writes them: Arabic (1.32, 1,065), Chinese numerals
// (三千五百万, 两, 十四, 二〇二三) and the two mixed (3.8万, 1.5万). Shared by every
// extractor that reads a quantity.

/** Regex source of an Arabic number, allowing thousands separators and decimals. */
export const ARABIC_NUMBER = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;

/**
 * Regex source of a Chinese numeral: it starts with a digit or 十 (十万, 三千五百万),
 * so a lone magnitude (万元, 千万) is not read as a number.
 */
export const CHINESE_DIGITS = '零〇一二两三四五六七八九';
export const CHINESE_NUMBER = `[${CHINESE_DIGITS}十][${CHINESE_DIGITS}十百千万亿]*`;

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
];
export const MAGNITUDE_PATTERN = MAGNITUDES.map(([word]) => word).join('|');

const DIGIT_VALUES: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const LARGE_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

export function magnitudeFactor(word: string | undefined): number {
  if (!word) return 1;
  return MAGNITUDES.find(([w]) => w === word)?.[1] ?? 1;
}

/**
 * Parses a Chinese-numeral number: 三千五百万 → 35000000, 十四 → 14,
 * 两 → 2, 一百零五 → 105. Digit-by-digit strings (二〇二三) read positionally.
 * Returns undefined for text that is not a well-formed numeral.
 */
export function parseChineseNumber(text: string): number | undefined {
  if (text.length === 0) return undefined;
  if (/^[零〇一二两三四五六七八九]{2,}$/.test(text)) return parseDigitString(text);
  let total = 0; // completed 亿 / 万 sections
  let section = 0; // current section below 万
  let digit: number | undefined;
  for (const ch of text) {
    if (ch in DIGIT_VALUES) {
      digit = DIGIT_VALUES[ch];
    } else if (ch in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[ch]!;
      digit = undefined;
    } else if (ch in LARGE_UNITS) {
      const unit = LARGE_UNITS[ch]!;
      const value = (section + (digit ?? 0)) || (total === 0 ? 1 : 0);
      total = unit > 1e4 ? (total + value) * unit : total + value * unit;
      section = 0;
      digit = undefined;
    } else {
      return undefined;
    }
  }
  return total + section + (digit ?? 0);
}

function parseDigitString(text: string): number {
  let value = 0;
  for (const ch of text) value = value * 10 + DIGIT_VALUES[ch]!;
  return value;
}

/** Parses Arabic (with separators), Chinese, or mixed (3.8万) number text. */
export function parseNumber(text: string): number | undefined {
  const compact = text.replace(/[\s,]/g, '');
  if (/^\d+(\.\d+)?$/.test(compact)) return Number(compact);
  const mixed = /^(\d+(?:\.\d+)?)(.+)$/.exec(compact);
  if (mixed) {
    const factor = parseChineseNumber(`一${mixed[2]}`);
    return factor === undefined ? undefined : roundFloat(Number(mixed[1]) * factor);
  }
  return parseChineseNumber(compact);
}

/** Removes binary floating-point noise (1.32 * 1e8 = 132000000.00000001). */
export function roundFloat(value: number): number {
  return Number.parseFloat(value.toPrecision(12));
}

/** Value of a number followed by a magnitude word: (1.32, 亿) → 132000000. */
export function scaled(numberText: string, magnitude?: string): number | undefined {
  const base = parseNumber(numberText);
  return base === undefined ? undefined : roundFloat(base * magnitudeFactor(magnitude));
}

const LISTED_NUMBER_BEFORE = new RegExp(`(?<![\\d.])(${ARABIC_NUMBER})\\s?[、和与及]\\s?$`);

/**
 * Numbers listed before the one at `start` that share its unit
 * (3、5万元, 44.3和5.4个百分点): each one's text and span, nearest first.
 */
export function listedNumbersBefore(text: string, start: number): Array<{ text: string; start: number; end: number }> {
  const listed: Array<{ text: string; start: number; end: number }> = [];
  let at = start;
  for (;;) {
    const windowStart = Math.max(0, at - 24);
    const match = LISTED_NUMBER_BEFORE.exec(text.slice(windowStart, at));
    if (!match) return listed;
    const numberStart = windowStart + match.index;
    listed.push({ text: match[1]!, start: numberStart, end: numberStart + match[1]!.length });
    at = numberStart;
  }
}
