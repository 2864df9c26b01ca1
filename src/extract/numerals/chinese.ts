import { formatChinese } from './format';

// Chinese numerals, strictly: 三千五百万, 十四, 一百零五, 两万三 (= 23000),
// 三千五 (= 3500), 壹拾万 (financial 大写), 二〇二三 (digit by digit),
// 十二点五 (decimals), 三万亿 and 三兆 (Taiwan: 10^12), digit-by-digit sections
// before big units as Taiwan and Hong Kong papers print them (二四七亿 = 247亿,
// 二兆三四五六亿 = 2兆3456亿, 八〇六一亿). A numeral is accepted
// only when it is the standard spelling of its value (七十百, 十十, 一千五十
// and 十两 are not numerals): the value is read leniently, then spelled out
// again and compared with the text.

/** Digits, zero and 两 in every spelling: plain, financial (壹贰叁), traditional. */
const DIGIT_OF: ReadonlyMap<string, number> = new Map([
  ...[...'零〇○'].map((ch) => [ch, 0] as const),
  ...[...'一壹'].map((ch) => [ch, 1] as const),
  ...[...'二贰貳两兩'].map((ch) => [ch, 2] as const),
  ...[...'三叁'].map((ch) => [ch, 3] as const),
  ...[...'四肆'].map((ch) => [ch, 4] as const),
  ...[...'五伍'].map((ch) => [ch, 5] as const),
  ...[...'六陆陸'].map((ch) => [ch, 6] as const),
  ...[...'七柒'].map((ch) => [ch, 7] as const),
  ...[...'八捌'].map((ch) => [ch, 8] as const),
  ...[...'九玖'].map((ch) => [ch, 9] as const),
]);

/** Units below 万 and the big units, in every spelling. */
const UNIT_OF: ReadonlyMap<string, number> = new Map([
  ['十', 10], ['拾', 10], ['百', 100], ['佰', 100], ['千', 1000], ['仟', 1000],
  ['万', 1e4], ['萬', 1e4], ['亿', 1e8], ['億', 1e8], ['兆', 1e12],
]);

/** The plain spelling of every character, as formatChinese writes it. */
const PLAIN: ReadonlyMap<string, string> = new Map([
  ...[...DIGIT_OF].map(([ch, d]) => [ch, '零一二三四五六七八九'[d]!] as const),
  ['拾', '十'], ['佰', '百'], ['仟', '千'], ['萬', '万'], ['億', '亿'],
]);

/** What a trailing digit after a unit stands for (三千五 = 三千五百, 两万三 = 两万三千). */
const ABBREVIATED_NEXT: ReadonlyMap<string, string> = new Map([
  ['百', '十'], ['千', '百'], ['万', '千'], ['亿', '千万'], ['兆', '千亿'],
]);

/** Every character a Chinese numeral may hold (without 点). */
export const NUMERAL_CHARACTERS = [...DIGIT_OF.keys(), ...UNIT_OF.keys()].join('');
/** The digits alone (what may follow 点, what a digit-by-digit numeral holds): no 两. */
export const DECIMAL_DIGIT_CHARACTERS = [...DIGIT_OF.keys()].filter((ch) => ch !== '两' && ch !== '兩').join('');

/** Longer runs are never a numeral (the longest standard spelling below 10^16 is ~35 characters). */
export const MAX_NUMERAL_LENGTH = 48;

/**
 * The value of a Chinese integer numeral, or undefined when `text` is not a
 * well-formed one. Runs in time linear in `text` (a long run is rejected at once).
 */
export function parseChineseInteger(text: string): number | undefined {
  if (text.length === 0 || text.length > MAX_NUMERAL_LENGTH) return undefined;
  if (isDigitString(text)) return readDigitString(text);
  const sections = digitSections(text);
  if (sections !== undefined) return sections;
  if (!liangWellPlaced(text)) return undefined;
  const spelled = toPlain(text);
  if (spelled === undefined) return undefined;
  const plain = expandAbbreviation(spelled);
  const value = readLeniently(plain);
  // Beyond 2^53 a value is not exact, and no text needs it.
  if (value === undefined || !Number.isSafeInteger(value)) return undefined;
  const canonical = formatChinese(value, { zhao: plain.includes('兆') });
  if (canonical === plain || canonical === plain.replace(/^一十/, '十')) return value;
  // 贰拾万零伍仟 (205000): cheques and speech may write a 零 after 万/亿 whose last position is empty.
  const withoutOptionalZero = plain.includes('零') ? plain.replace(OPTIONAL_ZERO, '$1') : plain;
  return canonical === withoutOptionalZero || canonical === withoutOptionalZero.replace(/^一十/, '十') ? value : undefined;
}

/**
 * A 零 after 万/亿/兆 that the standard spelling leaves out: the big unit's
 * own last position is empty (二十万, 一百亿: it follows 十/百/千) and the
 * next digit stands in the highest place below it (五千 of 二十万零五千).
 */
const OPTIONAL_ZERO = /([十百千][万亿兆])零(?=[一二三四五六七八九]千)/g;

/** 二〇二三, 一九九八, 五: digits only (no 两), read position by position. */
function isDigitString(text: string): boolean {
  for (const ch of text) if (!DECIMAL_DIGIT_CHARACTERS.includes(ch)) return false;
  return true;
}

function readDigitString(text: string): number {
  let value = 0;
  for (const ch of text) value = value * 10 + DIGIT_OF.get(ch)!;
  return value;
}

/** Sections, each closed by a big unit: 二四七亿, 二兆三四五六亿, 十一兆六〇二四亿. */
const SECTIONS = /^(?:[^万萬亿億兆]{1,8}[万萬亿億兆])+$/u;
/** A section written digit by digit; zero is 〇 or ○ (零 marks a gap in the standard spelling, 三亿零五万: 三零亿 is no numeral). */
const DIGIT_SECTION = /^[〇○一二三四五六七八九壹贰貳叁肆伍陆陸柒捌玖]{1,4}$/u;
const BIG_UNIT = /[万萬亿億兆]/g;
/** Neighbouring digits with no unit between are a vague range (三五亿 = 3 to 5亿, 三四五万): never one number. */
const VAGUE_RUN = /^(?:[一二三四五六七八九]{2}|一二三|二三四|三四五|四五六|五六七|六七八|七八九)$/;

/**
 * The value of sections before big units of which one at least is written digit
 * by digit (二四七亿 → 24700000000; 二兆三四五六亿, 十一兆六〇二四亿: the others
 * are standard spellings below 10^4), or undefined when `text` is not such a
 * numeral: the units fall (兆, 亿, 万), the first section does not start with a
 * zero, and no section is a vague range.
 */
function digitSections(text: string): number | undefined {
  if (!SECTIONS.test(text)) return undefined;
  const sections = text.split(BIG_UNIT).slice(0, -1);
  const units = text.match(BIG_UNIT)!.map((unit) => UNIT_OF.get(unit)!);
  if (!sections.some((section) => section.length > 1 && DIGIT_SECTION.test(section)) || DIGIT_OF.get(sections[0]![0]!) === 0) return undefined;
  let value = 0;
  for (let i = 0; i < sections.length; i++) {
    if (i > 0 && units[i]! >= units[i - 1]!) return undefined;
    const section = sectionValue(sections[i]!);
    if (section === undefined) return undefined;
    value += section * units[i]!;
  }
  return Number.isSafeInteger(value) ? value : undefined;
}

/** One section: digit by digit (六〇二四), or a standard spelling below 10^4 (十二, 三千五百). */
function sectionValue(section: string): number | undefined {
  if (DIGIT_SECTION.test(section)) return VAGUE_RUN.test(toPlain(section) ?? '') ? undefined : readDigitString(section);
  const standard = parseChineseInteger(section);
  return standard !== undefined && standard < 1e4 ? standard : undefined;
}

/** 两 stands alone or before 百/千/万/亿/兆 (两百, 一万两千), never before 十 or as a last digit. */
function liangWellPlaced(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '两' && text[i] !== '兩') continue;
    const next = text[i + 1];
    if (next === undefined ? text.length > 1 : !/[百佰千仟万萬亿億兆]/.test(next)) return false;
  }
  return true;
}

function toPlain(text: string): string | undefined {
  let plain = '';
  for (const ch of text) {
    const mapped = PLAIN.get(ch) ?? (UNIT_OF.has(ch) ? ch : undefined);
    if (mapped === undefined) return undefined;
    plain += mapped;
  }
  return plain;
}

/** 三千五 → 三千五百: a last digit right after a unit above 十 takes the next lower position. */
function expandAbbreviation(plain: string): string {
  const last = plain.length - 1;
  if (last < 1 || !DIGIT_OF.has(plain[last]!) || plain[last] === '零') return plain;
  const next = ABBREVIATED_NEXT.get(plain[last - 1]!);
  return next === undefined ? plain : plain + next;
}

/**
 * The value of a plain-spelled numeral, read without checking its form:
 * digits times the units after them, sections closed by 万/亿/兆, and a big
 * unit above every earlier one multiplies all before it (三万亿).
 */
function readLeniently(plain: string): number | undefined {
  let total = 0;
  let largest = 0;
  let section = 0;
  let digit = 0;
  let hasDigit = false;
  for (const ch of plain) {
    const d = DIGIT_OF.get(ch);
    if (d !== undefined) {
      if (hasDigit && digit !== 0 && d !== 0) return undefined; // 三五: two digits in a row
      digit = d;
      hasDigit = d !== 0;
      continue;
    }
    const unit = UNIT_OF.get(ch)!;
    if (unit < 1e4) {
      section += (hasDigit ? digit : 1) * unit;
    } else if (unit > largest) {
      total = (total + section + digit) * unit;
      largest = unit;
    } else {
      total += (section + digit) * unit;
    }
    if (unit >= 1e4) section = 0;
    digit = 0;
    hasDigit = false;
  }
  return total + section + digit;
}
