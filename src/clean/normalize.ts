import * as OpenCC from 'opencc-js';
import { MappedText } from './mapped-text';
import { unitSet } from '../util/bits';

// Character-level normalization. Each step keeps the text's length, so the
// offset map is untouched, and reports how many characters it changed.

export interface StepResult {
  result: MappedText;
  changed: number;
}

const FULLWIDTH_ALNUM = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/;

/**
 * What normalizeWidth may change; a full-width comma only as a thousands
 * separator: between full-width digits with a group of three after it
 * (１，２５０), or after one to three ASCII digits with a group of three that
 * goes on as a number or an amount (82，225.00元, 12，500万元; not 2019，300万元,
 * where the year ends a clause).
 */
const WIDTH_CANDIDATES =
  /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A％．]|(?<=[\uFF10-\uFF19])，(?=[\uFF10-\uFF19]{3}(?![\uFF10-\uFF19]))|(?<=(?<![\d.])\d{1,3})，(?=\d{3}(?:[.,，]\d|[元万亿]))/g;

/** Full-width digits and Latin letters (１２０, ＧＤＰ) become ASCII; ％ becomes %; １，２５０ becomes 1,250. */
export function normalizeWidth(text: MappedText): StepResult {
  return text.mapChars(WIDTH_CANDIDATES, (ch, i, all) => {
    if (FULLWIDTH_ALNUM.test(ch)) return String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
    if (ch === '％') return '%';
    if (ch === '，') return ',';
    // A full-width stop between digits is a decimal point (１２．８亿元).
    if (ch === '．' && isDigitAt(all, i - 1) && isDigitAt(all, i + 1)) return '.';
    return undefined;
  });
}

function isDigitAt(text: string, index: number): boolean {
  const ch = text[index];
  return ch !== undefined && /[0-9\uFF10-\uFF19]/.test(ch);
}

const CHINESE_NUMERAL = /[零〇一二两三四五六七八九十百千万亿]/;
const ARABIC_DIGIT = /[0-9]/;

/** Hyphenation points between numerals, and a Latin O between Chinese numerals. */
const NUMERAL_MARK_CANDIDATES = /[\u2027Oo]/g;

/**
 * Marks typeset inside numbers: the hyphenation point that Hong Kong, Macau
 * and Taiwan texts use as a decimal point (四百七十六‧六億元, 三十五‧五%,
 * 12‧5%) becomes 点 or '.', and an OCR's or typist's Latin O between Chinese
 * numerals (五百O七) becomes 〇. Between anything else they stay (約翰‧甘迺迪).
 */
export function normalizeNumeralMarks(text: MappedText): StepResult {
  return text.mapChars(NUMERAL_MARK_CANDIDATES, (ch, i, all) => {
    const before = all[i - 1] ?? '';
    const after = all[i + 1] ?? '';
    if (ch === '\u2027') {
      if (ARABIC_DIGIT.test(before) && ARABIC_DIGIT.test(after)) return '.';
      return CHINESE_NUMERAL.test(before) && CHINESE_NUMERAL.test(after) ? '点' : undefined;
    }
    return CHINESE_NUMERAL.test(before) && CHINESE_NUMERAL.test(after) ? '〇' : undefined;
  });
}

const HALF_TO_FULL_PUNCTUATION: Readonly<Record<string, string>> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};

const CJK = /[\u3400-\u9fff\uf900-\ufaff“”‘’《》（）]/;

const HALF_WIDTH_PUNCTUATION = /[,;:?!()]/g;

/** Half-width punctuation touching Chinese text on both sides becomes full-width. */
export function normalizePunctuation(text: MappedText): StepResult {
  return text.mapChars(HALF_WIDTH_PUNCTUATION, (ch, i, all) => {
    const full = HALF_TO_FULL_PUNCTUATION[ch];
    if (!full) return undefined;
    const before = all[i - 1] ?? '';
    const after = all[i + 1] ?? '';
    // Chinese on one side and Chinese or a number on the other: 万元,投资 / 其中,2021年 / 87.8%;民生
    const chineseSide = (a: string, b: string) => CJK.test(a) && (CJK.test(b) || /[0-9%]/.test(b));
    return chineseSide(before, after) || chineseSide(after, before) ? full : undefined;
  });
}

/** The steps a line's units may give work to (normalizeWidth, normalizeNumeralMarks, normalizePunctuation), as bits. */
export const WIDTH_STEP = 1;
export const NUMERAL_MARK_STEP = 2;
export const PUNCTUATION_STEP = 4;
/** Two more bits: a full-width comma, an ASCII digit (together they may be a thousands separator). */
const FULLWIDTH_COMMA = 8;
const ASCII_DIGIT = 16;

/** Per UTF-16 unit up to U+FFFF: the bits above of the candidates it is (0 for most). */
const UNIT_STEPS = new Uint8Array(0x10000);
for (let u = 0xff10; u <= 0xff19; u++) UNIT_STEPS[u] = WIDTH_STEP;
for (let u = 0xff21; u <= 0xff3a; u++) UNIT_STEPS[u] = WIDTH_STEP;
for (let u = 0xff41; u <= 0xff5a; u++) UNIT_STEPS[u] = WIDTH_STEP;
UNIT_STEPS['％'.charCodeAt(0)] = WIDTH_STEP;
UNIT_STEPS['．'.charCodeAt(0)] = WIDTH_STEP;
UNIT_STEPS['，'.charCodeAt(0)] = FULLWIDTH_COMMA;
for (let u = 0x30; u <= 0x39; u++) UNIT_STEPS[u] = ASCII_DIGIT;
for (const ch of '\u2027Oo') UNIT_STEPS[ch.charCodeAt(0)] = NUMERAL_MARK_STEP;
for (const ch of ',;:?!()') UNIT_STEPS[ch.charCodeAt(0)] = PUNCTUATION_STEP;

/**
 * Which of normalizeWidth, normalizeNumeralMarks and normalizePunctuation may
 * change `text` (the others find no candidate in it and are skipped): one pass
 * over the line instead of one regex search per step.
 */
export function stepsFor(text: string): number {
  let found = 0;
  for (let i = 0; i < text.length; i++) found |= UNIT_STEPS[text.charCodeAt(i)]!;
  // A full-width comma is a candidate of normalizeWidth only after a digit.
  if ((found & (FULLWIDTH_COMMA | ASCII_DIGIT)) === (FULLWIDTH_COMMA | ASCII_DIGIT)) found |= WIDTH_STEP;
  return found;
}

let toSimplified: ((text: string) => string) | undefined;

/** Builds OpenCC's converter (~60 ms) now rather than at the first line: see prepareValidator. */
export function prepareConverter(): (text: string) => string {
  toSimplified ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return toSimplified;
}
/**
 * Per UTF-16 unit: does OpenCC change it on its own? Filled as characters are
 * met (`asked`), bit sets so the tables stay in cache while a line is scanned.
 */
const asked = unitSet();
const convertsAlone = unitSet();

/**
 * Traditional characters become simplified. OpenCC converts by phrase, so
 * simplified text (著名, 乾隆) is left as it is; a line whose conversion would
 * change its length is left untouched to keep offsets exact. A line with no
 * character that OpenCC converts on its own (almost every line) skips the
 * phrase conversion, the costliest part of cleaning.
 */
export function toSimplifiedChinese(text: MappedText): StepResult {
  const convert = prepareConverter();
  if (!hasTraditionalCharacter(text.text, convert)) return { result: text, changed: 0 };
  return text.withSameLengthText(convert(text.text));
}

function hasTraditionalCharacter(line: string, convert: (text: string) => string): boolean {
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code < 0x3400) continue;
    if (!asked.has(code)) {
      const ch = line[i]!;
      if (convert(ch) !== ch) convertsAlone.add(code);
      asked.add(code);
    }
    if (convertsAlone.has(code)) return true;
  }
  return false;
}
