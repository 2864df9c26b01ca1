import type { Approx, DraftMention } from '../model/mention';
import type { RuleSet } from '../rules/loader';
import { oneOf, RuleFileError } from '../rules/loader';
import { APPROX_RULE_FILES, combineApprox, loadApproxWords, qualifierJustBefore, qualifiersAround, type ApproxWords } from './approx';
import { TakenSpans, spansOf } from './counts/taken-spans';
import { LinkRuns } from './percent-links';
import { ASCII_DIGITS, charSet, markedMatches, type MarkedScan } from './marked-scan';
import { ARABIC_NUMBER, CHINESE_DECIMAL_DIGITS, CHINESE_DECIMAL_NUMBER, CHINESE_DIGITS, CHINESE_NUMBER, CHINESE_POINT, NUMERAL_CHARACTERS, continuesSpacedDigits, joinSpacedDigits, OCR_SPACES, listedNumbersBefore, listedNumbersWithMeasureBefore, longestNumberPrefix, mergeRanges, parseNumber, RANGE_SEPARATOR, roundFloat } from './numbers';
import type { ExtractContext, Extractor, ExtractorModule } from './types';
import { alternation } from '../util/alternation';
import { unitSet, type BitSet } from '../util/bits';

// Percentages (87.8%, -12.5%, 3%-5%, 百分之三十, 百分之十二点五, 百分之百),
// per mille in percent units (千分之1.5 → 0.15, 3‰), tenths (七成 → 70,
// 三成多 → 30 over), discounts (八折 → 80, 2.5折 → 25, 95折 → 95, 打对折 → 50)
// and percentage points (提高21.8个百分点, unit "pp");
// numbers listed before one unit share it (44.3和5.4个百分点). Percent-encoded
// bytes in links (%2D, ?q=30%25) are not percents.

const CONTEXT_RULES = {
  file: 'percent-context.tsv',
  columns: ['word', 'role', 'approx'],
  required: 2,
  check: oneOf('role', ['share-qualifier', 'cheng-not-before', 'cheng-stop', 'cheng-infix', 'fraction-infix', 'cheng-adverb-after', 'zhe-not-before', 'zhe-stop', 'zhe-half-verb', 'change-by']),
} as const;

/**
 * 百分点, spaced or not (个 百 分 点); 千分点 are per-mille points (3.18个千分点 → 0.318 pp); pct and pcts
 * are financial reports' percentage points (毛利率提升1.2pct).
 */
const POINTS = '[百千][ \\u3000]*分[ \\u3000]*点|(?<![A-Za-z])(?:pcts?|PCTS?)(?![A-Za-z])';
const POINTS_MARKS = new RegExp(POINTS, 'g');
const SYMBOL_MARKS = /[%‰‱]/g;
const FRACTION_MARKS = /分[ \u3000]*之/g;
/** What a symbol percent holds before its mark (digits, numerals, spaces, a range): where to look back for its start. */
const SYMBOL_PART = charSet(ASCII_DIGITS, '.,点．', CHINESE_DIGITS, '○十百千万亿', ' \t\u3000', '%‰‱', '-—–~～至到');
/** Where a symbol percent's number may start. */
const SYMBOL_START = charSet(ASCII_DIGITS, CHINESE_DIGITS, '○十');
/** A Chinese numeral with decimals after its point (十二点五, 八.六), or ○ before its point (○.五二: tried only at a mark's run, so the alternation costs little). */
const CHINESE_WITH_DECIMALS = `(?:${CHINESE_NUMBER}|○(?=${CHINESE_POINT}))(?:${CHINESE_POINT}${CHINESE_DECIMAL_DIGITS}{1,12})?`;
/** The last character of a number before 成 (past OCR spaces): only then is the window before it read. */
const CHENG_NUMBER_END = unitsOf(charSet(ASCII_DIGITS, NUMERAL_CHARACTERS, '半'));
/** The last character of a number before 折 (past OCR spaces), or 对 of 打对折. */
const ZHE_NUMBER_END = unitsOf(charSet(ASCII_DIGITS, NUMERAL_CHARACTERS, '半对'));
/** A discount is one or two digits (八折, 95折, 七五折) or one digit and a decimal (2.5折, 八点五折): never 十 or 百 (十折, 百折). */
const ZHE_NUMBER = /^(?:\d(?:[ \u3000]*\d)?|\d\.\d+|[^十百千万亿拾佰仟]+)$/;
/** How far before its mark a number (with its spaces and qualifier) may start. */
const NUMBER_WINDOW = 64;
/** No more than ten tenths (十成); 三五成群 and 2020成为 are not tenths. */
const MAX_TENTHS = 10;
const GAP = '[ \\t\\u3000]?';
/**
 * What joins the two numbers of a range: a separator with optional spaces, except a dash with a space
 * before it and none after, which is a minus sign opening the next number (a table's columns: 940.3 -8.6 %).
 */
const RANGE_JOIN = `(?:${GAP}(?:--|——|[—–~～至到])${GAP}|(?<![ \\t\\u3000])[-－]${GAP}|[ \\t\\u3000][-－][ \\t\\u3000])`;
/** Per mille and per ten thousand, in percent units. */
const SYMBOL_SCALE: Readonly<Record<string, number>> = { '%': 1, '‰': 0.1, '‱': 0.01 };
const FRACTION_SCALE: Readonly<Record<string, number>> = { 百: 1, 佰: 1, 千: 0.1, 仟: 0.1, 万: 0.01, 萬: 0.01 };
/** k or M after an Arabic number (百分之3.2k, 12k个百分点): thousands and millions; not the start of a word (30 Kindle). */
const KILO = `(?<kilo>(?<=\\d)[ \\u3000]*[kKM](?![A-Za-z]))?`;
const KILO_FACTOR: Readonly<Record<string, number>> = { k: 1e3, K: 1e3, M: 1e6 };
/** A sign right before the number: -12.5%, －8%, 负4.1%. */
const LEADING_SIGN = /^(?:[-－−]|负)/;
const SIGN_BEFORE = /(?:^|[^\dA-Za-z.%)])([-－−]|负)$/;
const DIGIT_BY_DIGIT = /^[零〇一二两三四五六七八九]{2,}$/;
/** Plain numeral characters (not financial ones, which end common words: 队伍, 大陆, 收拾). */
const PLAIN_NUMERALS = `${CHINESE_DIGITS}十百千万亿`;
/** Before N成: the end of a longer number (三五成群, 十成). */
const NUMBER_BEFORE = new RegExp(`[${PLAIN_NUMERALS}\\d.]$`);
/** /100%, ÷5%: a formula's division, not a percent. */
const DIVISION_BEFORE = /[/÷]$/;
/** ×100%: a formula turning a ratio into a percent; a coefficient (39001元×20年×10%, 伤残系数) is a percent. */
const TIMES_BEFORE = /[×*]$/;
const HUNDRED = /^100(?:\.0+)?$/;
/** The percent is a formula's factor: after a division sign, or 100% after a times sign (×100%). */
function isFormulaFactor(text: string, start: number, num: string): boolean {
  const before = text.slice(Math.max(0, start - 1), start);
  return DIVISION_BEFORE.test(before) || (TIMES_BEFORE.test(before) && HUNDRED.test(num));
}

/** A quote box after a listed company's name, price then change (中国平安[48.50 -1.20%]): page furniture, not the article's percent. */
const QUOTE_BOX = /\[\d+(?:\.\d+)? [-+]?\d+(?:\.\d+)?%\]$/;
const QUOTE_BOX_REACH = 24;
/** A paywall's reading progress, the share read and the characters it holds (已阅读25%（310字）): page furniture. */
const READING_PROGRESS_AFTER = /^[（(]\d+字[)）]/;
const CLAUSE_END = /[，。；！？,;!?\n]/;
const SHARE_WINDOW = 20;
/** Between two percents of one range (百分之十至百分之二十). */
const RANGE_BETWEEN = new RegExp(`^${GAP}${RANGE_SEPARATOR}${GAP}$`);

interface PercentPatterns {
  symbol: MarkedScan;
  fraction: RegExp;
  /** An infix qualifier right after a 百分之 number (百分之二十多, 百分之三十几). */
  fractionInfix: RegExp;
  pointsBefore: RegExp;
  /** A prefix qualifier of approx.tsv ending a string (近, 约, 超过): 一成 after it is tenths even inside a word. */
  chengBefore: RegExp;
  chengAfter: RegExp;
  chengStop: RegExp | undefined;
  /** A pronoun right before N成 that makes it the adverb "most likely" (他八成是忘了). */
  chengAdverbAfter: RegExp;
  zheBefore: RegExp;
  zheNotBefore: RegExp;
  zheStop: RegExp | undefined;
  zheHalfVerb: RegExp;
  /** A verb right before 0.25%至1.5% that makes it a change by the first to the second (下调0.25%至1.5%). */
  changeBy: RegExp;
  shareQualifier: RegExp | undefined;
  shareApprox: Map<string, Approx>;
  approx: ApproxWords;
}

export const percentExtractor: ExtractorModule = {
  type: 'percent',
  ruleFiles: [...APPROX_RULE_FILES, CONTEXT_RULES],
  create(rules: RuleSet): Extractor {
    const patterns = buildPatterns(rules);
    return {
      extract: (ctx) => {
        const found = [
          ...symbolPercents(ctx, patterns),
          ...fractionPercents(ctx, patterns),
          ...percentagePoints(ctx, patterns),
          ...tenths(ctx, patterns),
          ...discounts(ctx, patterns),
        ].sort((a, b) => a.cleanStart - b.cleanStart);
        return found.length > 1 ? rangesOfTwoFractions(ctx.text, found, patterns) : found;
      },
    };
  },
};

function buildPatterns(rules: RuleSet): PercentPatterns {
  const approx = loadApproxWords(rules);
  const context = rules.load(CONTEXT_RULES);
  const words = (role: string) => context.filter((r) => r.cells.role === role).map((r) => r.cells.word!);
  const infix = approx.pattern('infix');
  const notBefore = alternation(words('cheng-not-before'));
  const stops = words('cheng-stop');
  const zheStops = words('zhe-stop');
  const share = words('share-qualifier');
  for (const row of context) {
    if ((row.cells.role === 'cheng-infix' || row.cells.role === 'fraction-infix') && !approx.words('infix').includes(row.cells.word!)) {
      throw new RuleFileError(row.file, row.line, `"${row.cells.word}" (role ${row.cells.role}) is not an infix qualifier of approx.tsv`);
    }
  }
  return {
    // (?<![\d.,]) inside ARABIC_NUMBER: never start inside a longer number.
    // Both tried only where a mark (%, 分之) shows that one may start.
    symbol: {
      marks: SYMBOL_MARKS,
      pattern: new RegExp(
        `(?<num>${ARABIC_NUMBER}|${CHINESE_WITH_DECIMALS})(?:${GAP}(?<firstSymbol>[%‰‱])?${RANGE_JOIN}(?<num2>[-－−]?${ARABIC_NUMBER}|${CHINESE_WITH_DECIMALS}))?${GAP}(?<symbol>[%‰‱])`,
        'y',
      ),
      part: SYMBOL_PART,
      start: SYMBOL_START,
    },
    fraction: new RegExp(
      `(?<base>[百佰千仟万萬])(?<![${PLAIN_NUMERALS}].)${OCR_SPACES}分${OCR_SPACES}之${OCR_SPACES}(?<negative>负)?(?<num>${ARABIC_NUMBER}|${CHINESE_DECIMAL_NUMBER}|百)${KILO}` +
        `(?<range>${GAP}${RANGE_SEPARATOR}${GAP}(?<num2>${ARABIC_NUMBER}|${CHINESE_DECIMAL_NUMBER}))?`,
      'y',
    ),
    fractionInfix: new RegExp(`(?:${alternation(words('fraction-infix'))})`, 'y'),
    // Both read backwards from their mark (百分点, 成), so a document is scanned only for the mark.
    pointsBefore: new RegExp(
      `(?<num>${ARABIC_NUMBER}|${CHINESE_DECIMAL_NUMBER})${KILO}${OCR_SPACES}(?<infix>${infix})?${OCR_SPACES}(?<measure>个)?${OCR_SPACES}(?<infix2>${infix})?${OCR_SPACES}$`,
    ),
    chengBefore: new RegExp(`(?<num>${ARABIC_NUMBER}|${CHINESE_DECIMAL_NUMBER}|半)${OCR_SPACES}$`),
    chengAfter: new RegExp(
      `(?:${OCR_SPACES}(?<tenth>[一二三四五六七八九半](?![${NUMERAL_CHARACTERS}成])|[1-9](?![\\d.．,，%％${NUMERAL_CHARACTERS}成个名人位家年月日号倍])))?(?<infix>${alternation(words('cheng-infix'))})?(?!${notBefore})`,
      'y',
    ),
    chengStop: stops.length > 0 ? new RegExp(alternation(stops), 'g') : undefined,
    chengAdverbAfter: new RegExp(`(?:${alternation(words('cheng-adverb-after'))})$`),
    zheBefore: new RegExp(`(?<num>${ARABIC_NUMBER}(?:${OCR_SPACES}\\d)?|${CHINESE_DECIMAL_NUMBER}|半|对)${OCR_SPACES}$`),
    zheNotBefore: new RegExp(`^(?:${alternation(words('zhe-not-before'))})`),
    zheStop: zheStops.length > 0 ? new RegExp(alternation(zheStops), 'g') : undefined,
    zheHalfVerb: new RegExp(`(?:${alternation(words('zhe-half-verb'))})$`),
    changeBy: new RegExp(`(?:${alternation(words('change-by'))})了?$`),
    shareQualifier: share.length > 0 ? new RegExp(`(?:${alternation(share)})(?=[^，。；！？,;!?\\n]*$)`) : undefined,
    shareApprox: new Map(context.filter((r) => r.cells.role === 'share-qualifier').map((r) => [r.cells.word!, (r.cells.approx || 'exact') as Approx])),
    approx,
  };
}

type PercentDraft = Extract<DraftMention, { type: 'percent' }>;

/** A percent that spaced groups of digits would make at least this large is no number: the groups are a table's columns. */
const MAX_JOINED_PERCENT = 10000;
/** A group of three digits (and decimals): a number that may continue thousands before it. */
const GROUP_OF_THREE = /^\d{3}(?![\d,])/;

/** The whole part and point of a number a typesetter parted from its decimals (升13. 2%), inside a sentence: not a list's 1. at a line's start. */
const WHOLE_BEFORE_SPACED_POINT = /(?<=\p{Script=Han})\d{1,3}[.．] $/u;

/** 13. 2%: the number is the digits before the point and its decimals after the space, as written. */
function spacedAfterPoint(text: string, start: number, num: string): { text: string; start: number } | undefined {
  if (!/^\d+$/.test(num)) return undefined;
  const whole = WHOLE_BEFORE_SPACED_POINT.exec(text.slice(Math.max(0, start - 6), start));
  if (whole === null) return undefined;
  return { text: `${whole[0].slice(0, -2)}.${num}`, start: start - whole[0].length };
}

function symbolPercents(ctx: ExtractContext, p: PercentPatterns): PercentDraft[] {
  const links = new LinkRuns(ctx.text);
  const found: PercentDraft[] = [];
  for (const match of markedMatches(ctx.text, p.symbol)) {
    const end = match.index + match[0].length;
    if (links.overlaps(match.index, end) || isFormulaFactor(ctx.text, match.index, match.groups!.num!)) continue;
    if (ctx.text[end] === ']' && QUOTE_BOX.test(ctx.text.slice(Math.max(0, end - QUOTE_BOX_REACH), end + 1))) continue;
    if (READING_PROGRESS_AFTER.test(ctx.text.slice(end, end + 10))) continue;
    const { num2, symbol, firstSymbol } = match.groups!;
    // 1 5 . 2 %: digits spaced one by one before the number are its first digits (not before a range's).
    const joined = num2 === undefined ? (joinSpacedDigits(ctx.text, match.index, match.groups!.num!) ?? spacedAfterPoint(ctx.text, match.index, match.groups!.num!)) : undefined;
    // 382 403 580.7 %: a table's columns, not thousands (no percent reaches ten thousand); the last group is the percent.
    const columns = joined !== undefined && GROUP_OF_THREE.test(match.groups!.num!) && (parseNumber(joined.text) ?? 0) >= MAX_JOINED_PERCENT;
    const spaced = columns ? undefined : joined;
    if (spaced === undefined && !columns && continuesSpacedDigits(ctx.text, match.index)) continue;
    const start = spaced?.start ?? match.index;
    const num = spaced?.text ?? match.groups!.num!;
    // 五十%: a Chinese numeral must start a word and be well formed (one with a full stop, 八.六%, is a number wherever it starts).
    const number = parseNumber(num);
    if (number === undefined || (!/[\d.．]/.test(num) && !ctx.isWordBoundary(start))) continue;
    if (num2 !== undefined && firstSymbol !== undefined && p.changeBy.test(ctx.text.slice(Math.max(0, start - 4), start))) {
      found.push(...changeByTo(ctx, p, match));
      continue;
    }
    const scale = SYMBOL_SCALE[symbol!]!;
    const value = scale === 1 ? number : roundFloat(number * scale);
    const mention = percent(ctx, p, start, end, value, '%', num2 ? 'percent.range' : 'percent.symbol');
    if (num2) mention.value_max = roundFloat(parseNumber(num2)! * scale);
    const signedMention = signed(ctx.text, mention);
    found.push(signedMention, ...listed(ctx, signedMention.cleanStart, '%', scale));
  }
  return found;
}

/** 下调0.25%至1.5%: a change by the first percent to the second, two mentions (the sign before the first is its own). */
function changeByTo(ctx: ExtractContext, p: PercentPatterns, match: RegExpExecArray): PercentDraft[] {
  const { num, num2, symbol, firstSymbol } = match.groups!;
  // The pattern starts with the first number; the second is followed only by spaces and its symbol.
  const firstStart = match.index;
  const firstEnd = firstStart + match[0].indexOf(firstSymbol!, num!.length) + 1;
  const secondStart = firstStart + match[0].lastIndexOf(num2!);
  const by = percent(ctx, p, firstStart, firstEnd, roundFloat(parseNumber(num!)! * SYMBOL_SCALE[firstSymbol!]!), '%', 'percent.symbol');
  const to = percent(ctx, p, secondStart, match.index + match[0].length, roundFloat(parseNumber(num2!)! * SYMBOL_SCALE[symbol!]!), '%', 'percent.symbol');
  return [signed(ctx.text, by), to];
}

/**
 * 百分之十至百分之二十, 0.5个百分点至1个百分点: two 百分之 forms, or two
 * amounts of points, joined by a range separator are one range, as 10%至20%
 * is; not after a verb of change (下调百分之一至百分之三).
 */
function rangesOfTwoFractions(text: string, found: PercentDraft[], p: PercentPatterns): PercentDraft[] {
  return mergeRanges(
    found,
    (low, high) => joinsRange(text, low, high) && !p.changeBy.test(text.slice(Math.max(0, low.cleanStart - 4), low.cleanStart)),
    (low, high) =>
      ordered({ ...low, text: text.slice(low.cleanStart, high.cleanEnd), value_max: high.value, approx: combineApprox(low.approx, high.approx), rule: 'percent.range', cleanEnd: high.cleanEnd }),
  );
}

/** Rules whose mentions, written twice with a range separator between, are one range (百分之十至百分之二十, 0.5个百分点至1个百分点, 三成至五成). */
const RANGE_RULES: ReadonlySet<string> = new Set(['percent.chinese', 'percent.points', 'percent.tenths']);

function joinsRange(text: string, low: PercentDraft, high: PercentDraft): boolean {
  return (
    RANGE_RULES.has(low.rule) &&
    low.rule === high.rule &&
    low.unit === high.unit &&
    high.cleanStart - low.cleanEnd <= 3 &&
    RANGE_BETWEEN.test(text.slice(low.cleanEnd, high.cleanStart))
  );
}

/** The matches of the sticky `fraction` pattern: its base (百, 千, 万) stands right before each 分之 (OCR spaces between). */
function* fractionMatches(text: string, fraction: RegExp): Generator<RegExpExecArray> {
  let lastEnd = 0;
  FRACTION_MARKS.lastIndex = 0;
  for (let mark = FRACTION_MARKS.exec(text); mark; mark = FRACTION_MARKS.exec(text)) {
    let base = mark.index - 1;
    while (base > 0 && isOcrSpace(text[base]!)) base--;
    if (base < lastEnd) continue;
    fraction.lastIndex = base;
    const match = fraction.exec(text);
    if (match) {
      lastEnd = match.index + match[0].length;
      yield match;
    }
  }
}

/** 百分之三十, 百分之十二点五, 百分之百; 千分之1.5 → 0.15, 万分之五 → 0.05. */
function fractionPercents(ctx: ExtractContext, p: PercentPatterns): PercentDraft[] {
  const found: PercentDraft[] = [];
  for (const match of fractionMatches(ctx.text, p.fraction)) {
    const { base, negative, num, kilo, range, num2 } = match.groups!;
    // 百分之七十百分位: the numeral ends where a well-formed one ends.
    const number = num === '百' ? { text: num, value: 100 } : longestNumberPrefix(num!);
    // 百分之二三十 is vague: never read its 二三 digit by digit.
    if (number === undefined || DIGIT_BY_DIGIT.test(number.text)) continue;
    const start = match.index!;
    const scale = FRACTION_SCALE[base!]!;
    const sign = negative === undefined ? 1 : -1;
    // 百分之二十至三十: a range, where both numbers are well formed whole.
    const high = number.text === num && num2 !== undefined && !DIGIT_BY_DIGIT.test(num2) ? parseNumber(num2) : undefined;
    // Past the range, then past k/M (which only an Arabic number, read whole, has).
    const whole = start + match[0].length - (high === undefined ? (range?.length ?? 0) : 0);
    const numberEnd = number.text === num ? whole : whole - (kilo?.length ?? 0) - num!.length + number.text.length;
    // 百分之二十多: the qualifier closes the number, part of its text (as 4000多万元).
    const infix = high === undefined ? infixAt(ctx.text, numberEnd, p.fractionInfix) : undefined;
    const end = numberEnd + (infix?.length ?? 0);
    const factor = kilo === undefined ? 1 : KILO_FACTOR[kilo.trim()]!;
    const inner = infix === undefined ? undefined : p.approx.approxOf(infix, 'infix');
    const mention = percent(ctx, p, start, end, roundFloat(sign * number.value * factor * scale), '%', high === undefined ? 'percent.chinese' : 'percent.range', inner);
    if (high !== undefined) mention.value_max = roundFloat(sign * high * scale);
    found.push(negative === undefined ? signed(ctx.text, mention) : mention);
  }
  return found;
}

/** The infix qualifier starting at `at`, if one does. */
function infixAt(text: string, at: number, pattern: RegExp): string | undefined {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0];
}

function percentagePoints(ctx: ExtractContext, p: PercentPatterns): PercentDraft[] {
  const found: PercentDraft[] = [];
  for (const { start, groups, mark, markEnd } of numbersBeforeMarks(ctx.text, POINTS_MARKS, p.pointsBefore, undefined)) {
    if ((!/\d/.test(groups.num!) && !ctx.isWordBoundary(start)) || continuesSpacedDigits(ctx.text, start)) continue;
    const number = parseNumber(groups.num!);
    if (number === undefined) continue;
    const scale = (mark.startsWith('千') ? SYMBOL_SCALE['‰']! : 1) * (groups.kilo === undefined ? 1 : KILO_FACTOR[groups.kilo.trim()]!);
    const inner = p.approx.approxOf(groups.infix ?? groups.infix2, 'infix');
    const mention = withRangeLow(ctx, p, percent(ctx, p, start, markEnd, roundFloat(number * scale), 'pp', 'percent.points', inner), scale);
    const signedMention = signed(ctx.text, mention);
    found.push(signedMention, ...listed(ctx, signedMention.cleanStart, 'pp', scale, groups.measure));
  }
  return found;
}

/** The lower bound of a range of points right before its upper bound (3 of 3到5个百分点, 0.5 of 0.5～1个百分点). */
const POINTS_RANGE_LOW = new RegExp(`(?<![\\d.])(?<low>${ARABIC_NUMBER}|${CHINESE_DECIMAL_NUMBER})${GAP}${RANGE_SEPARATOR}${GAP}$`);

/**
 * 提高3到5个百分点: one range of points, its lower bound in `value` (as 3%-5%
 * is one range). A Chinese bound pairs only with a Chinese one (三至五个百分点).
 */
function withRangeLow(ctx: ExtractContext, p: PercentPatterns, mention: PercentDraft, scale: number): PercentDraft {
  const text = ctx.text;
  const match = POINTS_RANGE_LOW.exec(text.slice(Math.max(0, mention.cleanStart - 24), mention.cleanStart));
  if (!match) return mention;
  const low = match.groups!.low!;
  if (isChineseDigit(low) !== isChineseDigit(mention.text)) return mention;
  const cleanStart = mention.cleanStart - match[0].length;
  // 一 ends many words (统一到三成): a lower bound 一 must start a word.
  if (low === '一' && !ctx.isWordBoundary(cleanStart)) return mention;
  const lowValue = parseNumber(low);
  if (lowValue === undefined || lowValue * scale >= mention.value) return mention;
  // A qualifier before the lower bound (约3到5个百分点) qualifies the whole range.
  const approx = combineApprox(mention.approx, qualifiersAround(ctx, p.approx, cleanStart, mention.cleanEnd).prefix);
  return { ...mention, text: text.slice(cleanStart, mention.cleanEnd), value: roundFloat(lowValue * scale), value_max: mention.value, approx, rule: 'percent.range', cleanStart };
}

/** A number of tenths in percent (三成 → 30). */
const TENTHS_SCALE = 10;

/** After N成, what keeps a share after a pronoun (他八成的收入, 他八成以上): 的, 以上/以下, 左右, 多, 之. */
const SHARE_AFTER = /^[的以左多之]/;

/** A number written in Chinese numerals (八 of 八成), not digits. */
function isChineseDigit(num: string): boolean {
  const code = num.charCodeAt(0);
  return code < 0x30 || code > 0x39;
}

/** 七成 → 70, 超七成 → 70 over, 三成多 → 30 over, 三成五 → 35, 7成4 → 74; not 一成不变, 三成员国, 他八成是忘了. */
function tenths(ctx: ExtractContext, p: PercentPatterns): PercentDraft[] {
  let stops: TakenSpans | undefined;
  const found: PercentDraft[] = [];
  for (const { start, groups, markEnd } of numbersBeforeMarks(ctx.text, '成', p.chengBefore, CHENG_NUMBER_END)) {
    p.chengAfter.lastIndex = markEnd;
    const after = p.chengAfter.exec(ctx.text);
    if (!after) continue;
    const end = markEnd + after[0].length;
    const { tenth, infix } = after.groups!;
    const num = groups.num!;
    stops ??= TakenSpans.of(spansOf(p.chengStop, ctx.text));
    if (stops.overlaps(start, end) || NUMBER_BEFORE.test(ctx.text.slice(Math.max(0, start - 1), start))) continue;
    // 一 ends many words (统一, 唯一): 一成 must start a word, or follow a qualifier the tokenizer joined it to (近一成, 超一成).
    if (num === '一' && !ctx.isWordBoundary(start) && !qualifierJustBefore(p.approx, ctx.text, start)) continue;
    if (isChineseDigit(num) && p.chengAdverbAfter.test(ctx.text.slice(Math.max(0, start - 2), start)) && !SHARE_AFTER.test(ctx.text[end] ?? '')) continue;
    // 7成4 → 74, as Taiwan papers write a share: a digit of hundredths only after one digit of tenths.
    if (tenth !== undefined && /\d/.test(tenth) && !/^[1-9]$/.test(num)) continue;
    const tenths = num === '半' ? 0.5 : parseNumber(num);
    if (tenths === undefined || tenths > MAX_TENTHS) continue;
    // 三成五 → 35, 三成半 → 35.
    const value = roundFloat(tenths * TENTHS_SCALE + (tenth === undefined ? 0 : tenth === '半' ? 5 : parseNumber(tenth)!));
    const mention = percent(ctx, p, start, end, value, '%', 'percent.tenths', p.approx.approxOf(infix, 'infix'));
    // 三至五成: one range of tenths, as 30%至50% is.
    found.push(tenth === undefined ? withRangeLow(ctx, p, mention, TENTHS_SCALE) : mention);
  }
  return found;
}

/** 八折 → 80, 2.5折 → 25, 95折 → 95, 七五折 → 75, 半折 and 打对折 → 50; not 一波三折, 3折叠, 十折. */
function discounts(ctx: ExtractContext, p: PercentPatterns): PercentDraft[] {
  let stops: TakenSpans | undefined;
  const found: PercentDraft[] = [];
  for (const { start, groups, markEnd } of numbersBeforeMarks(ctx.text, '折', p.zheBefore, ZHE_NUMBER_END)) {
    const num = groups.num!;
    if (p.zheNotBefore.test(ctx.text.slice(markEnd, markEnd + 2))) continue;
    stops ??= TakenSpans.of(spansOf(p.zheStop, ctx.text));
    if (stops.overlaps(start, markEnd) || NUMBER_BEFORE.test(ctx.text.slice(Math.max(0, start - 1), start))) continue;
    const value = discountValue(num, ctx.text.slice(Math.max(0, start - 3), start), p);
    // A Chinese numeral must start a word (三 of 再三折返 is not).
    if (value === undefined || (!/\d/.test(num) && !ctx.isWordBoundary(start))) continue;
    found.push(percent(ctx, p, start, markEnd, value, '%', 'percent.discount'));
  }
  return found;
}

/** The percent a discount's number stands for: one digit (and decimals) is tenths, two digits are the percent. */
function discountValue(num: string, before: string, p: PercentPatterns): number | undefined {
  if (num === '半') return 50;
  if (num === '对') return p.zheHalfVerb.test(before) ? 50 : undefined;
  const value = ZHE_NUMBER.test(num) ? parseNumber(num) : undefined;
  if (value === undefined || value <= 0) return undefined;
  if (value < 10) return roundFloat(value * 10);
  return Number.isInteger(value) && value < 100 && value % 10 !== 0 ? value : undefined;
}

/**
 * The numbers standing right before each match of `marks` (a global regex,
 * or one character looked for with indexOf): `before` (anchored at its end) is
 * tried on a short window before the mark, only where the last character
 * before it (past OCR spaces) is in `numberEnd`.
 */
function* numbersBeforeMarks(
  text: string,
  marks: RegExp | string,
  before: RegExp,
  numberEnd: BitSet | undefined,
): Generator<{ start: number; groups: Record<string, string | undefined>; mark: string; markEnd: number }> {
  for (const { index, mark } of marksIn(text, marks, numberEnd)) {
    const windowStart = Math.max(0, index - NUMBER_WINDOW);
    const match = before.exec(text.slice(windowStart, index));
    if (match) yield { start: windowStart + match.index, groups: match.groups!, mark, markEnd: index + mark.length };
  }
}

/** The marks of the text with a character of `numberEnd` before them (past OCR spaces), if given. */
function* marksIn(text: string, marks: RegExp | string, numberEnd: BitSet | undefined): Generator<{ index: number; mark: string }> {
  if (typeof marks === 'string') {
    for (let at = text.indexOf(marks); at >= 0; at = text.indexOf(marks, at + marks.length)) {
      if (!numberEnd || endsWithUnitOf(text, at, numberEnd)) yield { index: at, mark: marks };
    }
    return;
  }
  marks.lastIndex = 0;
  for (let match = marks.exec(text); match; match = marks.exec(text)) {
    if (!numberEnd || endsWithUnitOf(text, match.index, numberEnd)) yield { index: match.index, mark: match[0] };
  }
}

function isOcrSpace(ch: string): boolean {
  return ch === ' ' || ch === '\u3000';
}

/** A set of characters as the bits of their UTF-16 units (a character of two units is never one text[i]). */
function unitsOf(chars: ReadonlySet<string>): BitSet {
  const units = unitSet();
  for (const ch of chars) if (ch.length === 1) units.add(ch.charCodeAt(0));
  return units;
}

/**
 * Whether the character before `index`, past OCR spaces, is one of `units`
 * (none at the start), read by code unit: asked at every 成 of a text.
 */
function endsWithUnitOf(text: string, index: number, units: BitSet): boolean {
  let at = index - 1;
  while (at >= 0 && (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x3000)) at--;
  return at >= 0 && units.has(text.charCodeAt(at));
}

/** 54、42个百分点, 0.15、-5.64、1.34个百分点: each listed number (with its sign) is its own mention with the shared unit. */
// 1.74个、3.22个、4.0个百分点: the items may repeat the measure word of the shared unit, part of each one's text.
function listed(ctx: ExtractContext, start: number, unit: '%' | 'pp', scale: number, measure?: string): PercentDraft[] {
  const items = measure === undefined ? [] : listedNumbersWithMeasureBefore(ctx.text, start, measure);
  return (items.length > 0 ? items : listedNumbersBefore(ctx.text, start, true)).map((item) => ({
    type: 'percent',
    text: ctx.text.slice(item.start, item.end),
    value: roundFloat(signedNumber(item.text) * scale),
    unit,
    approx: 'exact',
    rule: 'percent.list',
    cleanStart: item.start,
    cleanEnd: item.end,
  }));
}

function signedNumber(text: string): number {
  const sign = LEADING_SIGN.exec(text);
  return sign ? -parseNumber(text.slice(sign[0].length))! : parseNumber(text)!;
}

/**
 * A minus sign (-, －, 负) right before the number makes it negative and
 * belongs to the text. In a range it is the first number's own (-1%～2% is
 * -1 to 2); the bounds are then put in order (-2~-3% is -3 to -2).
 */
function signed(text: string, mention: PercentDraft): PercentDraft {
  const sign = SIGN_BEFORE.exec(text.slice(Math.max(0, mention.cleanStart - 2), mention.cleanStart));
  if (!sign) return ordered(mention);
  const cleanStart = mention.cleanStart - sign[1]!.length;
  return ordered({ ...mention, text: text.slice(cleanStart, mention.cleanEnd), value: -mention.value, cleanStart });
}

/** A range with its lower bound in `value`. */
function ordered(mention: PercentDraft): PercentDraft {
  if (mention.value_max === undefined || mention.value <= mention.value_max) return mention;
  return { ...mention, value: mention.value_max, value_max: mention.value };
}

function percent(
  ctx: ExtractContext,
  p: PercentPatterns,
  start: number,
  end: number,
  value: number,
  unit: '%' | 'pp',
  rule: string,
  inner?: Approx,
): PercentDraft {
  const around = qualifiersAround(ctx, p.approx, start, end);
  const approx = combineApprox(inner, around.suffix, around.prefix, shareQualifier(ctx.text, start, p));
  return { type: 'percent', text: ctx.text.slice(start, end), value, unit, approx, rule, cleanStart: start, cleanEnd: end };
}

/** 约占全县人口的30%: a qualifier glued to 占 earlier in the clause governs the percent. */
function shareQualifier(text: string, start: number, p: PercentPatterns): Approx | undefined {
  if (!p.shareQualifier) return undefined;
  let from = start;
  while (from > 0 && start - from < SHARE_WINDOW && !CLAUSE_END.test(text[from - 1]!)) from--;
  const word = p.shareQualifier.exec(text.slice(from, start))?.[0];
  return word === undefined ? undefined : p.shareApprox.get(word);
}
