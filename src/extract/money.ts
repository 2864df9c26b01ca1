import type { Approx, DraftMention } from '../model/mention';
import type { RuleSet } from '../rules/loader';
import { oneOf, RuleFileError } from '../rules/loader';
import { APPROX_RULE_FILES, combineApprox, INCLUSION_MARK, loadApproxWords, qualifierJustBefore, qualifiersAround, type ApproxWords } from './approx';
import { alternation } from '../util/alternation';
import {
  ARABIC_NUMBER,
  DIGIT_MAGNITUDE_CHAIN,
  withRest,
  CHINESE_DECIMAL_DIGITS,
  CHINESE_POINT,
  CHINESE_DIGITS,
  CHINESE_NUMBER,
  FINANCIAL_NUMBER,
  MAGNITUDE_PATTERN,
  NUMERAL_CHARACTERS,
  allMatches,
  continuesSpacedDigits,
  listedAmountsBefore,
  magnitudeFactor,
  mergeRanges,
  parseNumber,
  RANGE_SEPARATOR,
  roundFloat,
  scaled,
  type ListedNumber,
} from './numbers';
import type { ExtractContext, Extractor, ExtractorModule } from './types';
import { append } from '../util/arrays';
import { ASCII_DIGITS, REGEX_SPACES, charSet, markedMatches, type MarkedScan } from './marked-scan';
import { applyDeclaredCurrencies, applyLocalDollar, bracketedCurrencyPattern, declarationPattern, type DeclarationPatterns } from './money/declared-currency';
import { applyShortForms, loadShortForms, SHORT_FORM_RULES } from './money/short-forms';
import { applyLocalCurrency, loadLocalCurrencies, LOCAL_CURRENCY_RULES } from './money/local-currency';
import { spacedAmountPattern, spacedAmounts, spacedDigitsPattern, type SpacedPatterns } from './money/spaced';
import { LABEL_ENDINGS, labelledAmounts, labelledUnitPattern, type LabelledUnitPatterns } from './money/labelled-unit';

// Money: a number with a currency unit (1.32亿元, 三千五百万元, 壹拾万元,
// 4000多万元, 3-5万元, 200万美元, 1亿2000万元, 3兆元), smaller units added on
// (20元5角8分), a bare magnitude standing for the number (纳税过亿元), and an
// amount with 万/亿 but no 元 where a word before it makes it money (投资120亿).

const UNIT_RULES = {
  file: 'money-units.tsv',
  columns: ['unit', 'currency'],
  check: (row: { cells: Readonly<Record<string, string>> }) =>
    /^[A-Z]{3}$/.test(row.cells.currency ?? '') ? undefined : 'column "currency" must be an ISO 4217 code such as CNY',
} as const;
const SYMBOL_RULES = {
  file: 'money-symbols.tsv',
  columns: ['symbol', 'currency'],
  check: UNIT_RULES.check,
} as const;
const CONTEXT_RULES = {
  file: 'money-context.tsv',
  columns: ['word', 'role'],
  check: oneOf('role', [
    'money',
    'unit-after',
    'unit-at-end',
    'word-after-unit',
    'change-after',
    'cents-after',
    'phrase-end',
    'plain-unit',
    'not-before-magnitude',
    'tenths',
    'hundredths',
    'cents',
    'not-after-change',
    'change-tail',
    'bare-tenths',
    'money-after',
    'not-money-after',
    'count-label-before',
    'reaching-verb',
    'hundredth-unit',
    'word-after-any-unit',
    'rate-before',
    'change-by',
    'unit-price',
    'pieces-before',
    'fund-noun-after',
    'not-fund-modifier',
    'threshold-after',
    'threshold-noun-after',
    'magnitude-verb',
    'not-unit-after',
    'giving-verb',
  ]),
} as const;
/** Roles whose word must be a unit of money-units.tsv. */
const UNIT_ROLES = ['unit-at-end', 'change-after', 'cents-after', 'plain-unit', 'bare-tenths', 'hundredth-unit'];

/** A Chinese numeral may have decimals after 点 (三点五亿元, 零点五元): never read the part after 点 alone. */
const CHINESE_WITH_DECIMALS = `${CHINESE_NUMBER}(?:${CHINESE_POINT}${CHINESE_DECIMAL_DIGITS}{1,12})?`;
const NUMBER = `(?:${DIGIT_MAGNITUDE_CHAIN}|${ARABIC_NUMBER}|${CHINESE_WITH_DECIMALS})`;
/**
 * Financial numerals have a pattern of their own, run only on texts that hold
 * one (in the main pattern they made every scan slower). A financial numeral
 * never runs on into plain numerals (伍 of 队伍 before 十万元).
 */
const FINANCIAL = `(?:${FINANCIAL_NUMBER}(?![${CHINESE_DIGITS}十百千]))`;
const FINANCIAL_MARK = /[壹贰叁肆伍陆柒捌玖拾]/;
/**
 * A financial digit and its magnitude, then more numerals, plain among them (壹万二千三百四十五,
 * 贰拾万零三百; kept only with a plain numeral: all-financial ones are read above): the magnitude
 * right after the financial digit shows it is a numeral, not the end of a word (伍 of 队伍 before
 * 十万元 has none).
 */
const MIXED_FINANCIAL = `(?:[壹贰叁肆伍陆柒捌玖][拾佰仟万亿萬億][零〇${CHINESE_DIGITS}十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億]{1,14})`;
const PLAIN_NUMERAL = /[一二两三四五六七八九十百千]/;
/** Money magnitudes: the shared ones and 兆 (10^12 in Taiwan usage). */
const MONEY_MAGNITUDE = `${MAGNITUDE_PATTERN}|兆`;
/**
 * The rest of a compound amount after its magnitude (the 2000万 of 1亿2000万元, the 5000 of
 * 1万5000元, the 零5百万 of 1亿零5百万元), below that magnitude. A tail, so each number is scanned
 * once; only after a magnitude (the 零 of 找零15元 is not the high part of an amount). Spaces as news sites set
 * them around digits may part the parts (1 兆 933 亿元), as they already part a high part from the rest it starts.
 */
const REST = (magnitudes: string) => `(?:\\s?零?(?<rest>${DIGIT_MAGNITUDE_CHAIN}|${ARABIC_NUMBER})\\s?(?<restMag>${magnitudes}))?`;
/**
 * A third part after a rest in 万 (the 1千 of 7亿7,479万1千元, the 5000 of 1亿2000万5000元), as Taiwan's notices
 * write amounts to the thousand: only right after 万 (looked behind for), below it.
 */
const REST_AFTER_TEN_THOUSANDS = `(?:(?<=[万萬])(?<rest2>[1-9]\\d{0,3}|[一二两三四五六七八九])(?<restMag2>千|仟|百|佰)?)?`;
/** Never start after the high part of a compound: 2000亿元 of 1万2000亿元, 5百万元 of 1亿零5百万元 alone are partial numbers. */
const AFTER_HIGH_PART = /\d\s?(?:兆|亿|万)零?$/;
/** A digit of smaller units after 元 (20元5角8分, 三元两毛): one digit each. */
const CHANGE_DIGIT = '[\\d一二两三四五六七八九壹贰叁肆伍陆柒捌玖]';
/** The digit of tenths alone (五毛钱). */
const TENTHS_DIGIT = '[\\d一二两三四五六七八九]';
const TENTHS_DIGITS = charSet(ASCII_DIGITS, '一二两三四五六七八九');
/** What may start smaller units after 元 (a digit, a space, 零 of 七块钱零五分, or the 又/再 of 五块又三毛). */
const CHANGE_START = new RegExp(`^(?:${CHANGE_DIGIT}|[ \\t零又再])$`);
const CLAUSE_END = /[。；！？!?;\n]/;
/** A dollar sign that names no country ($, ＄; not US$, HK$). */
const BARE_DOLLAR = /^[$＄]$/;
/** -, －, −: a minus sign before an amount. */
const MINUS = new Set([0x2d, 0xff0d, 0x2212]);
/** What may stand before the minus sign of a loss: a Han character, a colon or a list's separator (为-3.5亿元, ：-200万元, 1.4、-6.4万亿元), a space apart at most. */
const AFTER_WORD = /[\p{Script=Han}:：、，,][ \t\u3000]?$/u;
/** Magnitudes that stand for an amount without a unit after a bare qualifier (GDP跻身万亿, 营收破千亿, 收入过万). */
const MAGNITUDES_WITHOUT_UNIT = new Set(['万亿', '千亿', '百亿', '十亿', '亿', '千万', '百万', '万']);
/** The magnitude a Chinese upper bound ends with (五万, 二十亿, 五千), shared with its lower bound (三到五千块 → 3000 to 5000). */
const TRAILING_MAGNITUDE = /[百千万亿]$/;
const NUMBER_CONTINUES = new RegExp(`[\\d${NUMERAL_CHARACTERS}]`);
/** Where an Arabic or Chinese number may start. */
const NUMBER_START = charSet(ASCII_DIGITS, CHINESE_DIGITS, '十');
const CONTEXT_WINDOW = 16;

interface MoneyPatterns {
  amount: RegExp;
  financialAmount: RegExp;
  /** A financial numeral run on in plain numerals (壹万二千三百元), as some notices mix them. */
  mixedFinancialAmount: RegExp;
  /** 纳税过亿元, 上千元; without a unit (GDP跻身万亿) a candidate for bareMagnitudesWithoutUnit. */
  bareMagnitude: RegExp;
  /** A verb that adds or moves funds at the end of a string (新增 of 新增千亿元投资). */
  magnitudeVerbAtEnd: RegExp;
  /** A unit of money-units.tsv at lastIndex. */
  unitAt: RegExp;
  /** 投资亿元以上项目: a magnitude standing alone before a suffix qualifier. */
  qualifiedMagnitude: RegExp;
  /** 5000万元至亿元, 4笔亿元捐赠: a magnitude alone after a range's separator or a count of deals. */
  magnitudeAfterLead: RegExp;
  /** 千余万元, 万余元, 亿余元, 百多万元: a magnitude and an inner qualifier standing for the number. */
  oddMagnitude: RegExp;
  /** What a standing-alone magnitude must not follow (a number, 数, 每, a bare qualifier). */
  notBeforeMagnitude: RegExp;
  /** ¥500, US$1.2亿, HK$300元: a currency sign before the number. */
  signed: RegExp;
  /** The last character of a sign of money-symbols.tsv before a digit: only then is the signed pattern run. */
  signMark: RegExp;
  currencyOfSign: Map<string, string>;
  /** （澳门币，下同）, （港元）: a currency declared in brackets, sticky (tried right after a bare amount). */
  declaredAfter: readonly RegExp[];
  /** 投资120亿: tried only before each 万/亿. */
  withoutUnit: MarkedScan;
  currencyOf: Map<string, string>;
  /** Plain units (元) that take a currency named right before the number (港币500元). */
  plainUnits: Set<string>;
  /** Units that are money only at a phrase end (500块, not 3块地). */
  atEnd: Set<string>;
  /** What ends a phrase after such a unit (500块钱, 500块左右, 500块。, 四块一斤). */
  phraseEnd: RegExp;
  /** A verb of cutting right before such a unit's number: pieces, not money (切成三块). */
  piecesBefore: RegExp;
  /** Units after which 角/毛/分 add up (20元5角8分, 三块五). */
  changeAfter: Set<string>;
  /** Units after which 美分 add up (两美元又三美分). */
  centsAfter: Set<string>;
  /** Units that count hundredths of their currency (50美分 → 0.5). */
  hundredthUnits: Set<string>;
  /** 5角8分, 两毛, 8分 right after such a unit (20元5角8分, 三元两毛): one digit each. */
  smallChange: RegExp;
  /** Units after which a bare digit at the end of a phrase is tenths (三块五). */
  bareTenthsAfter: Set<string>;
  /** 五 of 三块五, at the end of a phrase. */
  bareTenths: RegExp;
  /** 又三美分 right after such a unit (两美元又三美分 → 2.03). */
  cents: RegExp;
  /** 五毛钱, 八角钱: tenths alone, with 钱 (一分钱 is an idiom, so not 分). */
  tenthsAlone: RegExp;
  /** 角, 毛: tenthsAlone is tried only at the digit right before one. */
  changeTenths: readonly string[];
  /** 分: the hundredths of a yuan, as a price change alone writes them (较上周上涨2分). */
  changeHundredths: readonly string[];
  /** The words that end tenthsAlone (钱) where no hundredths follow the tenths. */
  changeTails: readonly string[];
  /** 分钱: hundredths with a word that ends them, looked for alone (下调2分钱). */
  hundredthsWithTail: readonly string[];
  contextWords: string[];
  /** 30亿加码, 5亿收购 (not 3亿投资者): a verb right after a bare amount that makes it money. */
  moneyAfter: RegExp;
  /** 观影人次1.2亿, 游客超3000万: a label of a count right before a bare amount (a verb of reaching between at most). */
  countLabelBefore: RegExp;
  /** A verb of giving right before a bare 万/亿 amount (各捐1,000萬, 捐出100萬), a qualifier between kept. */
  givingVerbBefore: RegExp;
  /** The same verb ending right at the number, no qualifier between (各捐款千万元). */
  givingVerbAtEnd: RegExp;
  /** 3亿援建资金, 480亿中央直达资金: a noun of funds after a word of purpose or source (not a measure word: 5万人资金). */
  fundNounAfter: RegExp;
  /** 百万元“春蕾助学基金”: a fund named in quotes, its name ending with a noun of funds. */
  quotedFundName: RegExp;
  /** 2000万以上的重大项目: projects counted by the size of their funds, a threshold word between. */
  thresholdNounAfter: RegExp;
  /** A qualifier written before a number (约, 超过), at the end of a string. */
  prefixQualifierAtEnd: RegExp;
  /** 170万的大额爱心捐款: 的 and a short modifier before the noun of funds. */
  fundNounAfterDe: RegExp;
  /** 500元/人左右: a per-unit rate between an amount and its trailing qualifier. */
  rateBeforeQualifier: RegExp;
  unitAfter: RegExp;
  /** After the 元 of a Chinese numeral: 元 is part of a word (三元里, 一元论, 二元一次). */
  wordAfterUnit: RegExp;
  /** After the 元 of any number: 元 is part of a word (2022元旦). */
  wordAfterAnyUnit: RegExp;
  /** The units by their last character, longest first: a currency named right before the number (新台币3兆元, 港币500元) gives its code when the unit is plain 元. */
  currencyBefore: ReadonlyMap<string, readonly string[]>;
  /** Currency names that may stand before a number (港币3亿, 美元500万; not 元 or 块, which only follow one). */
  namedCurrencies: ReadonlySet<string>;
  /** Words before a currency name that make the number after it a rate (美元兑人民币7.1), not an amount. */
  rateBefore: RegExp;
  /** A verb of change right before 200元至1200元: a change by the first amount to the second, not a range. */
  changeBy: RegExp;
  /** The last characters of the units, to skip currencyBefore where none can end. */
  currencyEnds: ReadonlySet<string>;
  /** A number's first character after the last character of a currency name that may stand before a number (美金8000, 人民币5000). */
  numberAfterName: RegExp;
  approx: ApproxWords;
}

/** Smaller units (角, 分, 美分) and what goes with them, from money-context.tsv. */
function changePatterns(
  byRole: (role: string) => string[],
): Pick<MoneyPatterns, 'smallChange' | 'bareTenthsAfter' | 'bareTenths' | 'cents' | 'tenthsAlone' | 'changeTenths' | 'changeHundredths' | 'changeTails' | 'hundredthsWithTail'> {
  const tenths = alternation(byRole('tenths'));
  const hundredths = alternation(byRole('hundredths'));
  const tail = alternation(byRole('change-tail'));
  // A bare digit after 毛/角 is hundredths at a phrase end (一块二毛五, 八毛五): never before a measure word (五块三毛一斤).
  const bareFen = `(?<bareFen>${CHANGE_DIGIT})(?=$|[，。；！？、,;!?\\s]|${tail})`;
  return {
    smallChange: new RegExp(
      `^[ \\t]?[零又再]?(?:(?<jiao>${CHANGE_DIGIT})(?:${tenths})(?:(?<fen1>${CHANGE_DIGIT})(?:${hundredths})|${bareFen})?|(?<fen2>${CHANGE_DIGIT})(?:${hundredths}))` +
        `(?!${alternation(byRole('not-after-change'))})(?:${tail})?`,
    ),
    bareTenthsAfter: new Set(byRole('bare-tenths')),
    // Before a price's unit too (两块五一斤).
    bareTenths: new RegExp(`^(?<jiao>${CHANGE_DIGIT})(?=$|[，。；！？、,;!?\\s]|${RANGE_SEPARATOR}|${tail}|${alternation(byRole('unit-price'))})(?:${tail})?`),
    cents: new RegExp(`^[ \\t]?[又再零]?(?<cents>\\d{1,2}|[一二两三四五六七八九十]{1,3})(?:${alternation(byRole('cents'))})`),
    // 五毛钱, 八毛五分, 八毛五: tenths alone with 钱 or with hundredths after them (not 三角, 五毛 alone).
    // Tried only at the digit right before each 毛/角 (a scan for the digit class itself is slow).
    tenthsAlone: new RegExp(
      `(?<![\\d一二两三四五六七八九十百千万亿])(?<digit>${TENTHS_DIGIT})(?:${tenths})` +
        // Not 分 that starts a word (八毛八分别: a name, then 分别).
        `(?:(?<fen>${CHANGE_DIGIT})(?:(?:${hundredths})(?!${alternation(byRole('not-after-change'))})|(?=$|[，。；！？、,;!?\\s]|${tail})))?(?:${tail})?`,
      'y',
    ),
    changeTenths: byRole('tenths'),
    changeHundredths: byRole('hundredths'),
    changeTails: byRole('change-tail'),
    hundredthsWithTail: byRole('hundredths').flatMap((fen) => byRole('change-tail').map((tail) => fen + tail)),
  };
}

/** Currency names that may stand before a number (美金, 港币, 人民币): not 元 or 块, which only follow one. */
function namedCurrencies(currencyOf: ReadonlyMap<string, string>, byRole: (role: string) => string[]): Set<string> {
  const plain = new Set([...byRole('plain-unit'), ...byRole('change-after'), ...byRole('unit-at-end'), ...byRole('hundredth-unit')]);
  return new Set([...currencyOf.keys()].filter((unit) => !plain.has(unit) && /\p{Script=Han}/u.test(unit)));
}

/**
 * What every signed amount holds: the last character of a sign, a space at
 * most and a digit (one character class, scanned far faster than the
 * alternation of the signs).
 */
function signMarkPattern(signs: Iterable<string>): RegExp {
  return new RegExp(`${lastCharacterClass(signs)}\\s?\\d`);
}

/** A regex character class of the last characters of the words. */
function lastCharacterClass(words: Iterable<string>): string {
  const last = new Set([...words].map((word) => word.at(-1)!));
  return `[${[...last].map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('')}]`;
}

/** Spoken 个 before 亿 (两个亿美元, 三个多亿元): part of the amount. */
const COLLOQUIAL_GE = '(?:个(?=[多余]?亿))?';

/** A lower bound marked as included before its range's dash (1万(含)-5万元). */
const INCLUDED = `(?:${INCLUSION_MARK})?`;

/** A number, an optional range, qualifier and magnitude, and a currency unit. */
function amountPattern(number: string, infix: string, units: string): RegExp {
  return new RegExp(
    `(?<num>${number})(?:(?:\\s?(?<mag1>${MONEY_MAGNITUDE}))?${INCLUDED}\\s?${RANGE_SEPARATOR}\\s?(?<num2>${number}))?` +
      `\\s?${COLLOQUIAL_GE}(?<infix1>${infix})?(?:(?<mag>${MONEY_MAGNITUDE})${REST('千亿|百亿|十亿|亿|千万|百万|十万|万|千|仟|百|佰|')}${REST_AFTER_TEN_THOUSANDS})?(?<infix2>${infix})?\\s?(?<unit>${units})(?!(?<=[A-Za-z])[A-Za-z])`,
    'g',
  );
}

/** The attributive particle between an amount or a threshold and the noun it sizes (170万的捐款, 以上的项目). */
const ATTRIBUTIVE = '的';

/**
 * How long the word between a bare amount and its noun of funds may be: a purpose (3亿援建资金) or a
 * source with its channel (480亿中央直达资金, 2亿省级财政资金); a measure word may not start it, and 的
 * is no part of it (170万的…捐款 is fundNounAfterDe's).
 */
const FUND_MODIFIER_LENGTH = 4;
/** The text after a bare amount that may hold that word and a noun of funds (two characters each). */
const FUND_NOUN_REACH = FUND_MODIFIER_LENGTH + 2;
/** The text after a bare amount that may hold a threshold word, 的, a modifier and the noun (2000万以上的重大项目). */
const THRESHOLD_REACH = 4 + FUND_MODIFIER_LENGTH + 4;
/** How long the name of a fund in quotes may be before its noun of funds (“春蕾助学基金”, “乡村振兴发展基金”). */
const QUOTED_FUND_NAME_LENGTH = 10;

function buildPatterns(rules: RuleSet): MoneyPatterns {
  const approx = loadApproxWords(rules);
  const currencyOf = new Map(rules.load(UNIT_RULES).map((r) => [r.cells.unit!, r.cells.currency!]));
  const units = alternation(currencyOf.keys());
  const context = rules.load(CONTEXT_RULES);
  const currencyOfSign = new Map(rules.load(SYMBOL_RULES).map((r) => [r.cells.symbol!, r.cells.currency!]));
  const signs = alternation(currencyOfSign.keys());
  const infix = approx.pattern('infix');
  const byRole = (role: string) => context.filter((r) => r.cells.role === role).map((r) => r.cells.word!);
  for (const row of context) {
    if (UNIT_ROLES.includes(row.cells.role!) && !currencyOf.has(row.cells.word!)) {
      throw new RuleFileError(row.file, row.line, `"${row.cells.word}" (role ${row.cells.role}) is not a unit of money-units.tsv`);
    }
  }
  return {
    amount: amountPattern(NUMBER, infix, units),
    financialAmount: amountPattern(FINANCIAL, infix, units),
    mixedFinancialAmount: amountPattern(MIXED_FINANCIAL, infix, units),
    // The qualifier is matched, not looked behind for, so that a scan tries only where one stands.
    // With a unit (纳税过亿元) or, read later with a money word before it, without one (GDP跻身万亿).
    bareMagnitude: new RegExp(`(?<bare>${approx.pattern('bare')})(?<mag>${MAGNITUDE_PATTERN})(?<unit>${units})?`, 'g'),
    magnitudeVerbAtEnd: new RegExp(`(?:${alternation(byRole('magnitude-verb'))})$`),
    unitAt: new RegExp(`(?:${units})`, 'y'),
    // Not after a number (5亿元以上), a vague word (数亿元, 每万元) or a bare qualifier (过亿元 is read above):
    // checked after the match (notBeforeMagnitude), so that a scan tries only at a magnitude.
    oddMagnitude: new RegExp(`(?<mag>[百千万亿])(?<infix>${infix})(?<mag2>万亿|亿|万)?(?<unit>${units})`, 'g'),
    qualifiedMagnitude: new RegExp(`(?<mag>亿|千万|百万|万)(?<unit>${units})(?=(?<suffix>${approx.pattern('suffix')}))`, 'g'),
    // Led by the separator or the measure word, so that a scan tries only there; not 亿元级 (a class).
    magnitudeAfterLead: new RegExp(`(?<lead>${RANGE_SEPARATOR}|[笔宗项个])(?<mag>亿|千万|百万)(?<unit>${units})(?!级)`, 'g'),
    notBeforeMagnitude: new RegExp(
      `(?:[\\d.．０-９${NUMERAL_CHARACTERS}]|${alternation(byRole('not-before-magnitude'))}|${approx.pattern('bare')})$`,
    ),
    withoutUnit: {
      // 兆 too: 10^12 in Taiwan usage (营收2.1兆); a unit after it (兆瓦, 兆帕) is unit-after's.
      marks: /[万亿兆]/g,
      pattern: new RegExp(
        `(?<num>${DIGIT_MAGNITUDE_CHAIN}|${ARABIC_NUMBER}|${CHINESE_WITH_DECIMALS})\\s?(?<infix1>${infix})?(?:个(?=(?:${infix})?亿)(?<infix3>${infix})?)?(?<mag>万亿|千万|亿|万|兆)${REST('千万|百万|十万|万')}(?<infix2>${infix})?`,
        'y',
      ),
      part: charSet(ASCII_DIGITS, '.,点个', REGEX_SPACES, CHINESE_DIGITS, '○十百千万亿兆', ...approx.words('infix')),
      start: NUMBER_START,
    },
    currencyOf,
    declaredAfter: [declarationPattern(alternation(namedCurrencies(currencyOf, byRole))), bracketedCurrencyPattern(alternation(namedCurrencies(currencyOf, byRole)))],
    plainUnits: new Set(byRole('plain-unit')),
    signed: new RegExp(
      `(?<![A-Za-z])(?<sign>${signs})\\s?(?<num>${ARABIC_NUMBER})(?:\\s?(?<mag>${MAGNITUDE_PATTERN})|\\s(?<english>${alternation(Object.keys(ENGLISH_MAGNITUDES))})(?![A-Za-z]))?(?:\\s?(?<unit>${units}))?(?![\\d.])`,
      'g',
    ),
    currencyOfSign,
    signMark: signMarkPattern(currencyOfSign.keys()),
    atEnd: new Set(byRole('unit-at-end')),
    // White space and the end of the text end a phrase too.
    phraseEnd: new RegExp(`^(?:$|\\s|${alternation([...byRole('phrase-end'), ...byRole('unit-price')])})`),
    piecesBefore: new RegExp(`(?:${alternation(byRole('pieces-before'))})$`),
    changeAfter: new Set(byRole('change-after')),
    centsAfter: new Set(byRole('cents-after')),
    hundredthUnits: new Set(byRole('hundredth-unit')),
    ...changePatterns(byRole),
    contextWords: byRole('money'),
    moneyAfter: new RegExp(`^(?!${alternation(byRole('not-money-after'))})(?:${alternation(byRole('money-after'))})`),
    countLabelBefore: new RegExp(`(?:${alternation(byRole('count-label-before'))})(?:${alternation(byRole('reaching-verb'))})?${approxPrefix(approx)}$`),
    givingVerbBefore: new RegExp(`(?:${alternation(byRole('giving-verb'))})${approxPrefix(approx)}$`),
    givingVerbAtEnd: new RegExp(`(?:${alternation(byRole('giving-verb'))})$`),
    fundNounAfter: new RegExp(`^(?!${alternation(byRole('not-fund-modifier'))})(?:(?!${ATTRIBUTIVE})\\p{Script=Han}){1,${FUND_MODIFIER_LENGTH}}(?:${alternation(byRole('fund-noun-after'))})`, 'u'),
    prefixQualifierAtEnd: new RegExp(`(?:${approx.pattern('prefix')})$`),
    quotedFundName: new RegExp(`^[“「『"][^”」』"\\n]{0,${QUOTED_FUND_NAME_LENGTH}}(?:${alternation(byRole('fund-noun-after'))})[”」』"]`),
    thresholdNounAfter: new RegExp(`^(?:${alternation(byRole('threshold-after'))})${ATTRIBUTIVE}?(?:(?!${alternation(byRole('not-fund-modifier'))})(?:(?!${ATTRIBUTIVE})\\p{Script=Han}){1,${FUND_MODIFIER_LENGTH}})?(?:${alternation(byRole('threshold-noun-after'))})`, 'u'),
    fundNounAfterDe: new RegExp(`^${ATTRIBUTIVE}(?!${alternation(byRole('not-fund-modifier'))})\\p{Script=Han}{0,4}(?:${alternation(byRole('fund-noun-after'))})`, 'u'),
    rateBeforeQualifier: new RegExp(`^[/／]\\p{Script=Han}{1,3}?(?=${approx.pattern('suffix')})`, 'u'),
    wordAfterUnit: new RegExp(`^(?:${alternation(byRole('word-after-unit'))})`),
    wordAfterAnyUnit: new RegExp(`^(?:${alternation(byRole('word-after-any-unit'))})`),
    currencyBefore: unitsByLastCharacter(currencyOf.keys()),
    namedCurrencies: namedCurrencies(currencyOf, byRole),
    rateBefore: new RegExp(`(?:${alternation(byRole('rate-before'))})$`),
    changeBy: new RegExp(`(?:${alternation(byRole('change-by'))})了?$`),
    currencyEnds: new Set([...currencyOf.keys()].map((unit) => unit.at(-1)!)),
    // The digit first and the name's end looked behind for: a scan for a class of scattered characters is several times slower.
    numberAfterName: new RegExp(`[\\d${CHINESE_DIGITS}十](?<=${lastCharacterClass(namedCurrencies(currencyOf, byRole))}.)`, 'g'),
    // A verb starting with a unit's character (支持, 支援) is no unit: 捐赠20万支持… is money.
    unitAfter: new RegExp(`^(?!${alternation(byRole('not-unit-after'))})(?:${units}|${alternation(byRole('unit-after'))})`),
    approx,
  };
}

export const moneyExtractor: ExtractorModule = {
  type: 'money',
  ruleFiles: [UNIT_RULES, SYMBOL_RULES, CONTEXT_RULES, SHORT_FORM_RULES, LOCAL_CURRENCY_RULES, ...APPROX_RULE_FILES],
  create(rules: RuleSet): Extractor {
    const patterns = buildPatterns(rules);
    const shortForms = loadShortForms(rules);
    const localCurrencies = loadLocalCurrencies(rules);
    const declarations: DeclarationPatterns = {
      declaration: declarationPattern(alternation(patterns.currencyOf.keys())),
      bracketed: bracketedCurrencyPattern(alternation(patterns.namedCurrencies)),
      currencyOf: patterns.currencyOf,
      namedBefore: new RegExp(alternation([...patterns.currencyOf.keys()].filter((unit) => unit.length > 1 && !patterns.changeAfter.has(unit)))),
    };
    const labelled: LabelledUnitPatterns = {
      labelled: labelledUnitPattern(alternation(patterns.currencyOf.keys())),
      currencyOf: patterns.currencyOf,
      currencyEnds: patterns.currencyEnds,
      labelAtEnd: new RegExp(`(?:${alternation([...patterns.contextWords, ...LABEL_ENDINGS])})$`),
    };
    const spacedPatterns: SpacedPatterns = {
      // Not 块 and the like, money only at a phrase end.
      spaced: spacedAmountPattern([...patterns.currencyOf.keys()].filter((unit) => !patterns.atEnd.has(unit))),
      spacedDigits: spacedDigitsPattern([...patterns.currencyOf.keys()].filter((unit) => !patterns.atEnd.has(unit))),
      currencyOf: patterns.currencyOf,
    };
    return {
      extract(ctx) {
        const { withUnit: bare, withoutUnit } = bareMagnitudes(ctx, patterns);
        const found = patterns.signMark.test(ctx.text) ? [...signedAmounts(ctx, patterns), ...bare] : bare;
        for (const step of LATER_STEPS) append(found, step(ctx, patterns, found, withoutUnit));
        append(found, labelledAmounts(ctx.text, labelled).filter((m) => !overlapsAny(m, found)));
        const mixed = FINANCIAL_MARK.test(ctx.text) ? amounts(ctx, patterns, patterns.mixedFinancialAmount).filter((m) => PLAIN_NUMERAL.test(m.text)) : [];
        const all = withSpacedAmounts(ctx, patterns, withContaining(found, mixed), spacedAmounts(ctx.text, spacedPatterns, (at) => ctx.isWordBoundary(at)));
        all.sort((a, b) => a.cleanStart - b.cleanStart);
        applyDeclaredCurrencies(ctx.text, all, declarations);
        shareNamedCurrency(ctx.text, all);
        applyLocalDollar(all);
        applyShortForms(ctx.text, all, shortForms);
        applyLocalCurrency(ctx.text, all, localCurrencies, (text) => declarations.namedBefore.test(text));
        return rangesOfTwoAmounts(ctx.text, all, patterns).filter((m) => !namesInQuotes(ctx.text, m));
      },
    };
  },
};

type MoneyDraft = Extract<DraftMention, { type: 'money' }>;

/** A short quoted name (“一元暖心饭”, “两元公交”): an amount at its start with the name's noun after it inside the quotes. */
const QUOTED_NAME_OPEN = /[“「『]$/;
/** The name's noun: a few characters, not the adverb or verb of a quoted remark (“100元不贵”, “50元就够”). */
const QUOTED_NAME_REST = /^(?![不就也都是的了太很还才])\p{Script=Han}{1,4}[”」』]/u;

/**
 * “一元暖心饭”, “一元公交”: a program named after its price, in quotes with its noun, is a name, not an amount
 * spent (GUIDELINES: slogans and named concepts are no counts; nor are they money). An amount quoted alone
 * (“5000元”) or with text before it in the quotes stays money.
 */
function namesInQuotes(text: string, m: MoneyDraft): boolean {
  return QUOTED_NAME_OPEN.test(text.slice(Math.max(0, m.cleanStart - 1), m.cleanStart)) && QUOTED_NAME_REST.test(text.slice(m.cleanEnd, m.cleanEnd + 8));
}

/** A step of the search: what it finds besides the amounts found before it (`taken`). */
type MoneyStep = (ctx: ExtractContext, p: MoneyPatterns, taken: readonly MoneyDraft[], withoutUnit: readonly RegExpMatchArray[]) => MoneyDraft[];

/**
 * The steps after the signed amounts and bare magnitudes, in order. Called
 * through this table, not one after another in extract(): the optimizing
 * compiler then compiles each step on its own instead of one large function
 * with every step inlined (which cost more than a few documents' work).
 */
const LATER_STEPS: readonly MoneyStep[] = [
  (ctx, p, taken) => amounts(ctx, p, p.amount).filter((m) => !overlapsAny(m, taken)),
  (ctx, p, taken) => (FINANCIAL_MARK.test(ctx.text) ? amounts(ctx, p, p.financialAmount).filter((m) => !overlapsAny(m, taken)) : []),
  amountsWithoutUnit,
  amountsAfterName,
  bareMagnitudesWithoutUnit,
  jiaoAlone,
  fenAlone,
  smallChangeOfPriceChange,
];

/** Spaced amounts (十 五 美 元) replace what was read from part of them (五 美元), with the qualifiers around them. */
function withSpacedAmounts(ctx: ExtractContext, p: MoneyPatterns, found: MoneyDraft[], spaced: MoneyDraft[]): MoneyDraft[] {
  if (spaced.length === 0) return found;
  for (const amount of spaced) {
    const around = qualifiersAround(ctx, p.approx, amount.cleanStart, amount.cleanEnd);
    amount.approx = combineApprox(around.suffix, around.prefix);
  }
  return withContaining(found, spaced);
}

/** Longer amounts replace what was read from part of them (二千三百元 of 壹万二千三百元). */
function withContaining(found: MoneyDraft[], longer: MoneyDraft[]): MoneyDraft[] {
  if (longer.length === 0) return found;
  const outside = found.filter((m) => !longer.some((s) => s.cleanStart <= m.cleanStart && m.cleanEnd <= s.cleanEnd));
  return [...outside, ...longer.filter((s) => !overlapsAny(s, outside))];
}

/** Two Chinese digits, or three in a row, with no 十/百/零 between: a vague range (三五元, 三四五元), read by no position (三四七元 is 347元 digit by digit). */
const VAGUE_DIGIT_RUN = /^(?:[一二两三四五六七八九]{2}|一二三|二三四|三四五|四五六|五六七|六七八|七八九)$/;
/** A vague run and the place after it that both its digits share (七八千 → 七 and 八 thousands; 一二十万, 三五). */
const VAGUE_RUN_AND_PLACE = /^(?<run>[一二两三四五六七八九]{2,3})(?<place>[十百千万亿]*)$/;
/** How far apart a vague run's first and last digit may stand (三五 is three to five; 一九 is no such range). */
const VAGUE_RUN_SPREAD = 2;

/** Neighbouring digits and the place they share (三五, 七八千, 九九): read by no position. */
function isVagueRun(num: string): boolean {
  const run = VAGUE_RUN_AND_PLACE.exec(num)?.groups?.run;
  return run !== undefined && VAGUE_DIGIT_RUN.test(run);
}

/**
 * 七八千元 → 7000 to 8000, 两三百块 → 200 to 300, 一二十万元 → 10万 to 20万, 三四五万元 → 3万 to 5万:
 * rising neighbouring digits that share the place after them are a range (GUIDELINES: a range is
 * one mention with its bounds), or undefined where `num` is no such run (九九, 八五, 三四七 stay out).
 */
function vagueRange(num: string, magnitude: string | undefined): { low: number; high: number } | undefined {
  const groups = VAGUE_RUN_AND_PLACE.exec(num)?.groups;
  if (groups === undefined || !isVagueRun(num)) return undefined;
  const first = parseNumber(groups.run!.at(0)!);
  const last = parseNumber(groups.run!.at(-1)!);
  if (first === undefined || last === undefined || last <= first || last - first > VAGUE_RUN_SPREAD) return undefined;
  const low = scaled(groups.run!.at(0)! + groups.place!, magnitude);
  const high = scaled(groups.run!.at(-1)! + groups.place!, magnitude);
  return low === undefined || high === undefined ? undefined : { low, high };
}

/** A number text without a digit (its first character tells: a number starts with a digit or a numeral). */
function isChineseNumeral(text: string): boolean {
  const code = text.charCodeAt(0);
  return code < 0x30 || code > 0x39;
}

function amounts(ctx: ExtractContext, p: MoneyPatterns, pattern: RegExp): MoneyDraft[] {
  const found: MoneyDraft[] = [];
  // Where the last amount ended with its smaller units (the 三美分 of 两美元又三美分 is part of it).
  let lastEnd = 0;
  // The last amount's unit and the qualifier written before it, which the next items of its list share.
  let listQualifier: { end: number; unit: string; approx: Approx } | undefined;
  // Scanned here rather than listed first, so that the scan goes on right after an amount its smaller units
  // lengthened (五块六 of 五块六到五块七毛八: the next amount starts at 到, inside the first match's reach).
  pattern.lastIndex = 0;
  for (let match = pattern.exec(ctx.text); match !== null; match = pattern.exec(ctx.text)) {
    const g = match.groups!;
    const start = match.index!;
    let end = start + match[0].length;
    if (start < lastEnd || followsHighPart(ctx.text, start) || continuesSpacedDigits(ctx.text, start)) continue;
    // Q1美元营收, H2港元收入: a quarter's or half-year's label, not an amount.
    if (PERIOD_LABEL_BEFORE.test(ctx.text.slice(Math.max(0, start - 2), start))) continue;
    // A Chinese numeral must start a word: 一 in 统一 is not a number (one with a full stop, 约三．七亿元, is one wherever it starts,
    // and so is a range's lower bound other than 一, which jieba glues to the word before: 为二到三元, or a numeral right after
    // a qualifier jieba joins it to: 达五亿元, 超三亿元).
    if (isChineseNumeral(g.num!) && !ctx.isWordBoundary(start) && !FULL_STOP.test(g.num!) && !lowBoundAnywhere(g.num!, g.num2) && !qualifierJustBefore(p.approx, ctx.text, start)) continue;
    if (isChineseNumeral(g.num!) && p.wordAfterUnit.test(ctx.text.slice(end, end + 4))) continue;
    // 三五元, 七八千元: neighbouring digits without 十 are a vague range ("three to five"), never 35.
    const vague = g.num2 === undefined && g.rest === undefined ? vagueRange(g.num!, g.mag) : undefined;
    if (vague === undefined && isVagueRun(g.num!)) continue;
    if (g.unit!.endsWith('元') && p.wordAfterAnyUnit.test(ctx.text.slice(end, end + 2))) continue;
    const currency = currencyOf(ctx.text, start, g.unit!, p);
    const low = vague?.low ?? (g.num2 && g.rest ? undefined : withRest(withRest(rangeLow(g.num!, g.num2, g.mag1, g.mag), g.mag, g.rest, g.restMag), g.restMag, g.rest2, g.restMag2));
    if (low === undefined) continue;
    const change = p.changeAfter.has(g.unit!) ? smallChange(ctx.text, end, g.unit!, p) : p.centsAfter.has(g.unit!) ? cents(ctx.text, end, p) : undefined;
    if (change) end += change.length;
    if (p.atEnd.has(g.unit!) && !atEndIsMoney(ctx.text, start, end, g.num!, change !== undefined || g.num2 !== undefined, p)) continue;
    const high = g.num2 ? scaled(g.num2, g.mag) : vague?.high;
    // A lower bound above the upper one is no range (五-四块 of 三块五-四块 starts inside an amount).
    if (high !== undefined && low > high) continue;
    const around = notTradeBalance(ctx.text, start, qualifiersAround(ctx, p.approx, qualifierStart(ctx.text, start, p), qualifierEnd(ctx.text, end, p)));
    // Not the dash between two amounts (1.5亿元-2亿元).
    const signed = g.num2 === undefined && lastEnd !== start - 1 && isMinusBefore(ctx.text, start);
    const listed = listedAmountsBefore(ctx.text, signed ? start - 1 : start);
    const listPrefix = listed.length === 0 ? undefined : qualifiersAround(ctx, p.approx, qualifierStart(ctx.text, listed.at(-1)!.start, p), start).prefix;
    const own = combineApprox(p.approx.approxOf(g.infix1 ?? g.infix2, 'infix'), around.suffix, around.prefix, listPrefix);
    // 认购不少于15亿元、15.5亿元: a bound before a list's first amount is each item's with the same unit.
    const shared = around.prefix === undefined && own === 'exact' && isNextItem(ctx.text, listQualifier, start, g.unit!) ? listQualifier!.approx : undefined;
    const approx = shared ?? own;
    const whole = change ? roundFloat(low + change.value) : low;
    const value = p.hundredthUnits.has(g.unit!) ? roundFloat(whole / 100) : whole;
    lastEnd = end;
    pattern.lastIndex = Math.max(pattern.lastIndex, end);
    const prefix = shared ?? around.prefix;
    listQualifier = prefix === undefined || prefix === 'exact' || g.num2 !== undefined ? undefined : { end, unit: g.unit!, approx: prefix };
    const mention = money(ctx.text, signed ? start - 1 : start, end, signed ? -value : value, currency, approx, high !== undefined ? 'money.range' : 'money.amount');
    if (high !== undefined) mention.value_max = high;
    found.push(mention);
    found.push(...sharedUnitList(ctx.text, listed, g.mag, currency, listPrefix ?? 'exact'));
  }
  return found;
}

/** A range's Chinese lower bound that need not start a word: any but 一 (统一 ends in one). */
function lowBoundAnywhere(num: string, num2: string | undefined): boolean {
  return num2 !== undefined && !num.startsWith('一');
}

/** The letter of a quarter or a half-year (Q1, H2) right before a number, not inside a word of letters. */
const PERIOD_LABEL_BEFORE = /(?:^|[^A-Za-z])[QH]$/;

/** What joins two items of a list (15亿元、15.5亿元; 3亿元和5亿元). */
const LIST_SEPARATOR = /^[、和及与]$/;

/** The amount at `start` is the next item, with the same unit, of the list whose last amount `previous` is. */
function isNextItem(text: string, previous: { end: number; unit: string } | undefined, start: number, unit: string): boolean {
  return previous !== undefined && previous.unit === unit && LIST_SEPARATOR.test(text.slice(previous.end, start));
}

/**
 * 500块, 三块钱: a unit such as 块 is money at a phrase end, not after a verb
 * of cutting (切成三块), and 一块 alone only with 钱 or smaller units (一块钱,
 * 一块五; 每人一块 is a piece).
 */
function atEndIsMoney(text: string, start: number, end: number, num: string, more: boolean, p: MoneyPatterns): boolean {
  if (!p.phraseEnd.test(text.slice(end, end + 3)) || p.piecesBefore.test(text.slice(Math.max(0, start - 3), start))) return false;
  return num !== '一' || more || p.changeTails.some((tail) => text.startsWith(tail, end));
}

/** A loss written with a minus sign (净利润为-3.5亿元): the sign right before the number, after a word (not a bullet, a range or a code). */
function isMinusBefore(text: string, start: number): boolean {
  return MINUS.has(text.charCodeAt(start - 1)) && start >= 2 && AFTER_WORD.test(text.slice(Math.max(0, start - 3), start - 1));
}

/**
 * The lower bound of a range, or the amount. A lower bound without a
 * magnitude of its own shares the upper bound's (3至5万元, 三至五万元 → 30000;
 * 一千到两千万元 → 10000000) where that keeps it below the upper bound
 * (五千至一万元 and 8500到3万元 stay 5000 and 8500).
 */
function rangeLow(num: string, num2: string | undefined, ownMagnitude: string | undefined, magnitude: string | undefined): number | undefined {
  if (num2 === undefined || ownMagnitude !== undefined) return scaled(num, ownMagnitude ?? magnitude);
  const tens = sharedTens(num, num2, magnitude);
  if (tens !== undefined) return tens;
  const shared = magnitude ?? TRAILING_MAGNITUDE.exec(num2)?.[0];
  const low = scaled(num, undefined);
  if (shared === undefined || low === undefined) return low;
  const high = scaled(num2, magnitude);
  const lowShared = scaled(num, shared);
  return high !== undefined && lowShared !== undefined && lowShared <= high ? lowShared : low;
}

/** A lone digit before a digit with 十/百/千 (the 八 and 九百 of 八到九百亿元, 两到三百万元). */
const LONE_DIGIT = /^[一二两三四五六七八九1-9]$/;
const TENS_FACTOR: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const DIGIT_AND_TENS = /^(?<digit>[二两三四五六七八九2-9])(?<tens>[十百千])(?<mag>万亿|亿|万)?$/;

/**
 * 八到九百亿元 → 80000000000, 两到三百万元 → 2000000: a lone digit below the upper
 * bound's leading digit shares its 十/百/千 as well as the magnitude after it, as
 * 七八百 reads (800 to 900, not 8 to 900).
 */
function sharedTens(num: string, num2: string, magnitude: string | undefined): number | undefined {
  const high = DIGIT_AND_TENS.exec(num2)?.groups;
  if (!LONE_DIGIT.test(num) || high === undefined) return undefined;
  const low = parseNumber(num);
  const highDigit = parseNumber(high.digit!);
  if (low === undefined || highDigit === undefined || low >= highDigit) return undefined;
  return roundFloat(low * TENS_FACTOR[high.tens!]! * magnitudeFactor(high.mag) * magnitudeFactor(magnitude));
}

/** 5角8分 after 20元 → 0.58; 两毛 after 三元 → 0.2; 五 after 三块 (三块五) → 0.5. */
function smallChange(text: string, end: number, unit: string, p: MoneyPatterns): { length: number; value: number } | undefined {
  if (!CHANGE_START.test(text[end] ?? '')) return undefined;
  const after = text.slice(end, end + 8);
  const match = p.smallChange.exec(after) ?? (p.bareTenthsAfter.has(unit) ? p.bareTenths.exec(after) : null);
  if (!match) return undefined;
  const { jiao, fen1, fen2, bareFen } = match.groups!;
  const digit = (d: string | undefined) => (d === undefined ? 0 : parseNumber(d)!);
  return { length: match[0].length, value: roundFloat(digit(jiao) / 10 + digit(fen1 ?? fen2 ?? bareFen) / 100) };
}

/** 又三美分 after 两美元 → 0.03. */
function cents(text: string, end: number, p: MoneyPatterns): { length: number; value: number } | undefined {
  const match = p.cents.exec(text.slice(end, end + 8));
  const value = match ? parseNumber(match.groups!.cents!) : undefined;
  return match && value !== undefined && value < 100 ? { length: match[0].length, value: roundFloat(value / 100) } : undefined;
}

/** 五毛钱 → 0.5, 八毛五分 → 0.85 (where no amount with 元 took it). */
function jiaoAlone(ctx: ExtractContext, p: MoneyPatterns, taken: readonly MoneyDraft[]): MoneyDraft[] {
  const found: MoneyDraft[] = [];
  // String searches for 毛/角 (most texts hold few or none), then the pattern at the digit before.
  for (const word of p.changeTenths) {
    for (let at = ctx.text.indexOf(word, 1); at >= 0; at = ctx.text.indexOf(word, at + 1)) {
      if (!TENTHS_DIGITS.has(ctx.text[at - 1]!)) continue;
      p.tenthsAlone.lastIndex = at - 1;
      const match = p.tenthsAlone.exec(ctx.text);
      if (!match) continue;
      const start = at - 1;
      const end = start + match[0].length;
      const { digit, fen } = match.groups!;
      // 2到3角, 五至八毛钱: the low end of a range of tenths, which makes 角 money without 钱.
      const low = fen === undefined ? LOW_TENTHS_BEFORE.exec(ctx.text.slice(Math.max(0, start - LOW_TENTHS_REACH), start)) : null;
      if (fen === undefined && low === null && !p.changeTails.some((tail) => match[0].endsWith(tail))) continue;
      const from = low === null ? start : start - low[0].length;
      // Right after an amount whose unit takes no smaller units, they are not an amount of their own.
      if (overlapsAny({ cleanStart: from - 1, cleanEnd: end }, taken) || overlapsAny({ cleanStart: from, cleanEnd: end }, found)) continue;
      const around = qualifiersAround(ctx, p.approx, from, end);
      const value = roundFloat(parseNumber(digit!)! / 10 + (fen === undefined ? 0 : parseNumber(fen)! / 100));
      if (low === null) {
        found.push(money(ctx.text, start, end, value, 'CNY', combineApprox(around.suffix, around.prefix), 'money.jiao'));
        continue;
      }
      const lowValue = roundFloat(parseNumber(low.groups!.low!)! / 10);
      // Without 钱, only where the phrase ends (2到3角, 2到3角左右; not 角度 or 角形 of 2到3角度).
      const endsPhrase = !HAN_CHARACTER.test(ctx.text[end] ?? '') || around.suffix !== undefined;
      if (lowValue >= value || (!endsPhrase && !p.changeTails.some((tail) => match[0].endsWith(tail)))) continue;
      found.push({ ...money(ctx.text, from, end, lowValue, 'CNY', combineApprox(around.suffix, around.prefix), 'money.range'), value_max: value });
    }
  }
  return found;
}

const HAN_CHARACTER = /\p{Script=Han}/u;
/** How far before a range's high tenths its low digit and separator may start (2 到 3角). */
const LOW_TENTHS_REACH = 4;
/** The low digit and separator of a range of tenths, right before the high digit (the 2到 of 2到3角). */
const LOW_TENTHS_BEFORE = new RegExp(`(?<![\\d.一二两三四五六七八九十百千万亿])(?<low>${TENTHS_DIGIT})\\s?${RANGE_SEPARATOR}\\s?$`);

/** The number right before 分钱 (下调2分钱, 降低五分钱, 1.5分钱). */
const NUMBER_BEFORE_FEN = new RegExp(`(?:${ARABIC_NUMBER}|[${CHINESE_DIGITS}十]{1,3})$`);

/** 2分钱 → 0.02, 五分钱 → 0.05 (where no amount with 元 took it; not 一分钱, an idiom for nothing at all). */
function fenAlone(ctx: ExtractContext, p: MoneyPatterns, taken: readonly MoneyDraft[]): MoneyDraft[] {
  const found: MoneyDraft[] = [];
  for (const word of p.hundredthsWithTail) {
    for (let at = ctx.text.indexOf(word, 1); at >= 0; at = ctx.text.indexOf(word, at + 1)) {
      const number = NUMBER_BEFORE_FEN.exec(ctx.text.slice(Math.max(0, at - 8), at))?.[0];
      if (number === undefined || number === '一') continue;
      const start = at - number.length;
      const end = at + word.length;
      if (overlapsAny({ cleanStart: start, cleanEnd: end }, taken)) continue;
      if (isChineseNumeral(number) && !ctx.isWordBoundary(start)) continue;
      const value = parseNumber(number);
      if (value === undefined) continue;
      const around = qualifiersAround(ctx, p.approx, start, end);
      found.push(money(ctx.text, start, end, roundFloat(value / 100), 'CNY', combineApprox(around.suffix, around.prefix), 'money.fen'));
    }
  }
  return found;
}

/** A verb of change (and 每 with a unit of weight or volume) right before the number of a 分 or 角 alone (较上周每公斤上涨2分). */
const FEN_CHANGE_BEFORE = /(?:上涨|下降|上升|下跌|回落|回升|提高|降低|增加|减少|涨|跌|降)了?(?:每(?:公斤|千克|斤|吨|升|个|只))?$/;
/** The number of that 分 or 角: digits, or one Chinese digit other than 一 (一分, 一毛 are idioms). */
const FEN_NUMBER_BEFORE = /(?<![\d.])(?:\d{1,2}(?:\.\d)?|[两二三四五六七八九])$/;
/** A price named earlier in the sentence: a price per unit (2.36元/公斤, 元每斤) or the word 价. */
const PRICE_CUE = /元\s*[/／每]|价/;
/** What ends a sentence, before which a price cue is looked for. */
const SENTENCE_START = /[。！？!?\n]/;

/**
 * Price reports write a change of cents or dimes alone after a price (玉米2.36元/公斤，较上周每公斤上涨2分 → 0.02,
 * 较上周上涨5毛 → 0.5): the smaller units of money-context.tsv, hundredths and tenths.
 */
function smallChangeOfPriceChange(ctx: ExtractContext, p: MoneyPatterns, taken: readonly MoneyDraft[]): MoneyDraft[] {
  return [
    ...p.changeHundredths.flatMap((unit) => priceChangesIn(ctx, unit, 100, 'money.fen', taken)),
    ...p.changeTenths.flatMap((unit) => priceChangesIn(ctx, unit, 10, 'money.jiao', taken)),
  ];
}

/**
 * A smaller unit that closes its clause right after a verb of change and a number, in a sentence that names a
 * price; `parts` of it make a yuan. Not scores (得分提高2分: no price), minutes or fractions (2分钟, 三分之一: the
 * unit does not close the clause).
 */
function priceChangesIn(ctx: ExtractContext, unit: string, parts: number, rule: string, taken: readonly MoneyDraft[]): MoneyDraft[] {
  const found: MoneyDraft[] = [];
  const { text } = ctx;
  for (let at = text.indexOf(unit, 1); at >= 0; at = text.indexOf(unit, at + 1)) {
    const end = at + unit.length;
    if (!/^(?:[，。；、,;）)！!]|$)/.test(text.slice(end, end + 1))) continue;
    const number = FEN_NUMBER_BEFORE.exec(text.slice(Math.max(0, at - 4), at))?.[0];
    if (number === undefined) continue;
    const start = at - number.length;
    if (!FEN_CHANGE_BEFORE.test(text.slice(Math.max(0, start - 8), start))) continue;
    const sentence = text.slice(Math.max(0, start - 120), start);
    const opens = Math.max(...[...sentence.matchAll(new RegExp(SENTENCE_START, 'g'))].map((m) => m.index! + 1), 0);
    if (!PRICE_CUE.test(sentence.slice(opens))) continue;
    if (overlapsAny({ cleanStart: start, cleanEnd: end }, taken)) continue;
    const value = parseNumber(number);
    if (value === undefined) continue;
    found.push(money(text, start, end, roundFloat(value / parts), 'CNY', 'exact', rule));
  }
  return found;
}

/** English magnitudes after a currency code or sign (USD 5 million, US$1.2 billion). */
const ENGLISH_MAGNITUDES: Readonly<Record<string, number>> = { million: 1e6, Million: 1e6, billion: 1e9, Billion: 1e9, trillion: 1e12, Trillion: 1e12 };

/** ¥500, US$1.2亿, HK$300元, USD 5 million: the sign names the currency and belongs to the text. */

function signedAmounts(ctx: ExtractContext, p: MoneyPatterns): MoneyDraft[] {
  const found: MoneyDraft[] = [];
  for (const match of allMatches(ctx.text, p.signed)) {
    const g = match.groups!;
    const number = scaled(g.num!, g.mag);
    if (number === undefined) continue;
    const value = g.english === undefined ? number : roundFloat(number * ENGLISH_MAGNITUDES[g.english]!);
    const start = match.index!;
    const end = start + match[0].length;
    const around = qualifiersAround(ctx, p.approx, start, end);
    const approx = combineApprox(around.suffix, around.prefix);
    // 港币$100万, 新台币$5,000: a currency named right before a bare dollar sign is the amount's.
    const named = BARE_DOLLAR.test(g.sign!) ? namedCurrencyBefore(ctx.text, start, p) : undefined;
    const currency = named === undefined ? p.currencyOfSign.get(g.sign!)! : p.currencyOf.get(named)!;
    found.push(money(ctx.text, start, end, value, currency, approx, 'money.sign'));
  }
  return found;
}

/** Between the two amounts of a range written with both units (30元至50元), also prices per unit (9.1元/斤至9.4元/斤). */
const RANGE_BETWEEN = new RegExp(`^(?:[/／](?:平方米|\\p{Script=Han}{1,2}|[A-Za-z]{1,3}))?${INCLUDED}\\s?${RANGE_SEPARATOR}\\s?$`, 'u');

/**
 * 30元至50元, 20万元-50万元: two amounts of one currency joined by a range
 * separator are one range, as 30至50元 is; not after a verb of change
 * (提高200元至1200元 is a change by 200 to 1200).
 */
function rangesOfTwoAmounts(text: string, found: MoneyDraft[], p: MoneyPatterns): MoneyDraft[] {
  return mergeRanges(
    found,
    (low, high) => joinsRange(text, low, high) && !p.changeBy.test(text.slice(Math.max(0, low.cleanStart - 6), low.cleanStart)),
    (low, high) => ({ ...money(text, low.cleanStart, high.cleanEnd, low.value, low.currency, combineApprox(low.approx, high.approx), 'money.range'), value_max: high.value }),
  );
}

/** How far before a bare amount its count label may start. */
const COUNT_LABEL_REACH = 8;

/** An optional prefix qualifier of approx.tsv (约, 近 …) between the verb and the number. */
function approxPrefix(approx: ApproxWords): string {
  return `(?:${approx.pattern('prefix')})?`;
}

/** The full stop Taiwan papers print as the decimal point between Chinese digits (三．七亿元). */
const FULL_STOP = /[.．]/;
/** What ends the low bound of a range before its dash (30万-50万, 3-5亿). */
const RANGE_LOW_END = /[\d万亿千百兆]/;
/** An amount written with a plain 元 (500元, 30万元, 三千元): its currency, if any, was named before its number. */
const PLAIN_YUAN_END = /[\d十百千万亿兆〇○零一二两三四五六七八九余多]元$/;
/** What may stand between the two amounts of a pair (新台币6万元以上30万元以下, 港币300元至500元, 美元300元和500元). */
const PAIR_BETWEEN = /^(?:以上|以下)?[、和及与或至到~～—–-]?$/;

/**
 * 新台币500元至1000元, 港币3000元以上5000元以下: a currency named before the
 * first amount of a pair is the second's too, when both write a plain 元 (in
 * place; `found` sorted by start).
 */
function shareNamedCurrency(text: string, found: MoneyDraft[]): void {
  for (let i = 1; i < found.length; i++) {
    const first = found[i - 1]!;
    const second = found[i]!;
    if (second.currency !== 'CNY' || first.currency === 'CNY' || !PLAIN_YUAN_END.test(first.text) || !PLAIN_YUAN_END.test(second.text)) continue;
    if (PAIR_BETWEEN.test(text.slice(first.cleanEnd, second.cleanStart))) second.currency = first.currency;
  }
}

/** Amounts that may be the bounds of a range: two with units (30元至50元) or two bare 万/亿 ones that the words around make money (年薪30万-50万). */
function boundsOfOneKind(low: MoneyDraft, high: MoneyDraft): boolean {
  return (low.rule === 'money.amount' && high.rule === 'money.amount') || (low.rule === 'money.context' && high.rule === 'money.context');
}

function joinsRange(text: string, low: MoneyDraft, high: MoneyDraft): boolean {
  return (
    boundsOfOneKind(low, high) &&
    low.currency === high.currency &&
    low.value < high.value &&
    high.cleanStart - low.cleanEnd <= 7 &&
    RANGE_BETWEEN.test(text.slice(low.cleanEnd, high.cleanStart))
  );
}

/**
 * 3、5万元: the numbers listed before an amount take its magnitude (unless
 * they write their own: 约78亿及156亿元), its unit and the qualifier before
 * the list (约 of 约78亿及156亿元 is about both).
 */
function sharedUnitList(text: string, listed: readonly ListedNumber[], magnitude: string | undefined, currency: string, approx: Approx): MoneyDraft[] {
  return listed.map((item) => money(text, item.start, item.end, scaled(item.text, item.magnitude ?? magnitude)!, currency, approx, 'money.list'));
}

/** 纳税过亿元 → 亿元 (over), 上千元 → 千元 (over); 投资亿元以上 → 亿元 (over); 新增千亿元投资 → 千亿元. */
function bareMagnitudes(ctx: ExtractContext, p: MoneyPatterns): { withUnit: MoneyDraft[]; withoutUnit: RegExpMatchArray[] } {
  const found: MoneyDraft[] = [];
  const withoutUnit: RegExpMatchArray[] = [];
  for (const match of allMatches(ctx.text, p.bareMagnitude)) {
    const { bare, unit } = match.groups!;
    if (unit === undefined) withoutUnit.push(match);
    else found.push(bareMagnitude(ctx, p, match, match.index! + bare!.length, p.approx.approxOf(bare, 'bare')));
  }
  found.push(...magnitudesAfterVerbs(ctx, p));
  for (const match of allMatches(ctx.text, p.oddMagnitude)) {
    const start = match.index!;
    if (p.notBeforeMagnitude.test(ctx.text.slice(Math.max(0, start - 4), start))) {
      const inner = innerQualifiedAmount(ctx, p, match);
      if (inner) found.push(inner);
      continue;
    }
    const { mag, infix, mag2, unit } = match.groups!;
    const end = start + match[0].length;
    const value = magnitudeFactor(mag) * magnitudeFactor(mag2);
    const around = qualifiersAround(ctx, p.approx, start, end);
    const approx = combineApprox(p.approx.approxOf(infix, 'infix'), around.suffix, around.prefix);
    found.push(money(ctx.text, start, end, value, p.currencyOf.get(unit!)!, approx, 'money.bare-magnitude'));
  }
  for (const match of allMatches(ctx.text, p.qualifiedMagnitude)) {
    const start = match.index!;
    if (p.notBeforeMagnitude.test(ctx.text.slice(Math.max(0, start - 4), start))) continue;
    found.push(bareMagnitude(ctx, p, match, start, p.approx.approxOf(match.groups!.suffix, 'suffix')));
  }
  for (const match of allMatches(ctx.text, p.magnitudeAfterLead)) {
    const start = match.index! + match.groups!.lead!.length;
    if (!leadsMagnitudeAlone(ctx.text, match.index!, match.groups!.lead!, match.groups!.unit!)) continue;
    const amount = bareMagnitude(ctx, p, match, start, undefined);
    if (!overlapsAny(amount, found)) found.push({ ...amount, rule: 'money.amount' });
  }
  return { withUnit: found, withoutUnit };
}

/** How far before an inner qualifier its number may start (12亿3 of 12亿3千多万元). */
const INNER_NUMBER_REACH = 12;
/** The number before 千多万 or 百余万: one digit, after a high part in 亿 or not (1亿9, 一亿九, 9). */
const INNER_NUMBER_BEFORE = new RegExp(`(?:(?<high>${ARABIC_NUMBER}|${CHINESE_NUMBER})亿)?(?<low>[1-9一二两三四五六七八九])$`);

/**
 * 9千多万元, 1亿9千多万元, 一亿九千多万元: a digit, 千 or 百, an inner qualifier and 万 (亿 with no high
 * part), the 亿 before it added on. The magnitude-and-qualifier match (千多万元) is the tail; a Chinese
 * numeral alone before it (九千多万元) is the plain amount pattern's.
 */
function innerQualifiedAmount(ctx: ExtractContext, p: MoneyPatterns, match: RegExpMatchArray): MoneyDraft | undefined {
  const { mag, infix, mag2, unit } = match.groups!;
  if ((mag !== '千' && mag !== '百') || mag2 === undefined || mag2 === '万亿') return undefined;
  const tailStart = match.index!;
  const number = INNER_NUMBER_BEFORE.exec(ctx.text.slice(Math.max(0, tailStart - INNER_NUMBER_REACH), tailStart));
  if (!number) return undefined;
  const { high, low } = number.groups!;
  if (high === undefined ? isChineseNumeral(low!) : mag2 === '亿') return undefined;
  const start = tailStart - number[0].length;
  if (high === undefined && /[\d.．]/.test(ctx.text[start - 1] ?? '')) return undefined;
  if (isChineseNumeral(number[0]) && !ctx.isWordBoundary(start)) return undefined;
  if (followsHighPart(ctx.text, start)) return undefined;
  const highValue = high === undefined ? 0 : scaled(high, '亿');
  const lowValue = scaled(low!, mag);
  if (highValue === undefined || lowValue === undefined) return undefined;
  const end = tailStart + match[0].length;
  const around = qualifiersAround(ctx, p.approx, start, end);
  const approx = combineApprox(p.approx.approxOf(infix, 'infix'), around.suffix, around.prefix);
  return money(ctx.text, start, end, roundFloat(highValue + lowValue * magnitudeFactor(mag2)), p.currencyOf.get(unit!)!, approx, 'money.amount');
}

/** How far before a magnitude alone its verb may start (the magnitude-verb words of money-context.tsv are two characters). */
const MAGNITUDE_VERB_REACH = 4;

/**
 * 新增千亿元投资, 设立千万元专项资金: a magnitude alone (亿, 千亿, 百亿, 万亿, 千万,
 * 百万) with its unit, right after a verb that adds or moves funds (or opening a headline)
 * and before a word of money, is the amount (not 新增亿元项目, a class of projects; nor
 * 打造千亿元产业, a class of industries); right after a verb of giving (各捐款千万元) no word
 * of money need follow. Found from each 亿 and 万 (indexOf is
 * far cheaper than a scan with the verbs as its lead).
 */
function magnitudesAfterVerbs(ctx: ExtractContext, p: MoneyPatterns): MoneyDraft[] {
  const { text } = ctx;
  const found: MoneyDraft[] = [];
  for (const mark of ['亿', '万']) {
    for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) {
      const first = text[at - 1];
      const start = first === '千' || first === '百' || (mark === '亿' && first === '万') ? at - 1 : at;
      // A lone 万 is small change (投入万元).
      if (start === at && mark === '万') continue;
      // 各捐款千万元: a verb of giving right before it needs no word of money after.
      // (A qualifier between, 捐赠近亿元, leaves it to bareMagnitudes.)
      const given = p.givingVerbAtEnd.test(text.slice(Math.max(0, start - MAGNITUDE_VERB_REACH), start));
      if (!given && !opensLine(text, start) && !p.magnitudeVerbAtEnd.test(text.slice(Math.max(0, start - MAGNITUDE_VERB_REACH), start))) continue;
      p.unitAt.lastIndex = at + 1;
      const unit = p.unitAt.exec(text)?.[0];
      // 募集千万慈善资金: a two-character magnitude with no unit, between such a verb and a noun of funds.
      if (unit === undefined && start < at && isMoneyAfter(text, at + 1, p) && !NUMBER_CONTINUES.test(text[at + 1] ?? '')) {
        found.push(money(text, start, at + 1, magnitudeFactor(text.slice(start, at + 1)), 'CNY', qualifiersAround(ctx, p.approx, start, at + 1).suffix ?? 'exact', 'money.bare-magnitude'));
        continue;
      }
      // 千万元级: a class of amounts, not one.
      if (unit === undefined || (!given && !isMoneyAfter(text, at + 1 + unit.length, p)) || text[at + 1 + unit.length] === '级') continue;
      const end = at + 1 + unit.length;
      const approx = qualifiersAround(ctx, p.approx, start, end).suffix ?? 'exact';
      found.push(money(text, start, end, magnitudeFactor(text.slice(start, at + 1)), p.currencyOf.get(unit)!, approx, 'money.bare-magnitude'));
    }
  }
  return found;
}

/** A headline that opens with a magnitude alone (千万元扶贫资金惠及…): the line's start stands for the verb. */
function opensLine(text: string, start: number): boolean {
  return start === 0 || text[start - 1] === '\n';
}

/**
 * A magnitude alone is the number 1 of it (GUIDELINES: a magnitude alone is a
 * number) where a range's separator follows an amount of the same unit
 * (5000万元至亿元: the upper bound, joined into one range later) or a count
 * of deals stands right before it (4笔亿元捐赠, 3个亿元项目).
 */
function leadsMagnitudeAlone(text: string, at: number, lead: string, unit: string): boolean {
  // 两个亿元 is two of them: after 个 only an Arabic count (3个亿元项目).
  if (lead === '个') return /\d/.test(text[at - 1] ?? '');
  if (lead === '笔' || lead === '宗' || lead === '项') return NUMBER_CONTINUES.test(text[at - 1] ?? '');
  return text.endsWith(unit, at) && NUMBER_CONTINUES.test(text.slice(Math.max(0, at - unit.length - 3), at - unit.length));
}

function bareMagnitude(ctx: ExtractContext, p: MoneyPatterns, match: RegExpMatchArray, start: number, approx: Approx | undefined): MoneyDraft {
  const { mag, unit } = match.groups!;
  const end = match.index! + match[0].length;
  return money(ctx.text, start, end, magnitudeFactor(mag), p.currencyOf.get(unit!)!, approx ?? 'exact', 'money.bare-magnitude');
}

/**
 * 港币3亿, 欧元350万: a currency named right before a number with 万/亿 and no
 * unit gives the currency and makes it money; it stays out of the text, like
 * 约 (not 美元兑人民币7.1亿, a rate).
 */
function namedCurrencyBefore(text: string, start: number, p: MoneyPatterns): string | undefined {
  if (!p.currencyEnds.has(text[start - 1] ?? '')) return undefined;
  const name = unitEndingAt(text, start, p);
  if (name === undefined || !p.namedCurrencies.has(name)) return undefined;
  return p.rateBefore.test(text.slice(Math.max(0, start - name.length - 3), start - name.length)) ? undefined : name;
}

/**
 * A date glued right after a bare amount (a headline joined to its dateline: 捐款2000万2008年2月5日): the digits
 * start a year, not the rest of the number.
 */
const DATE_AFTER = /^(?:19|20)\d\d(?:年|[-/.]\d{1,2}[-/.]\d)/;

/** 投资120亿, 产值1.9亿, 融资两个亿 (两个多亿: over), 港币3亿: money only with a money word before it in the clause, or a currency name right before it. */
function amountsWithoutUnit(ctx: ExtractContext, p: MoneyPatterns, taken: readonly MoneyDraft[]): MoneyDraft[] {
  const found: MoneyDraft[] = [];
  // The last amount's magnitude and the qualifier written before it, which the next items of its list share
  // (超支约16亿、31亿及19亿: each about), as for amounts with a unit.
  let listQualifier: { end: number; unit: string; approx: Approx } | undefined;
  for (const match of markedMatches(ctx.text, p.withoutUnit)) {
    const g = match.groups!;
    const start = match.index!;
    const end = start + match[0].length;
    if (overlapsAny({ cleanStart: start, cleanEnd: end }, taken)) continue;
    // A high part whose rest did not read (1万2000亿): never a partial number.
    if (followsHighPart(ctx.text, start) || (/\d/.test(ctx.text[end] ?? '') && !DATE_AFTER.test(ctx.text.slice(end, end + 8))) || continuesSpacedDigits(ctx.text, start)) continue;
    // 3.82亿支援资金: a noun of funds after the word settles that 支 starts no measure word.
    if (p.unitAfter.test(ctx.text.slice(end, end + 3)) && !p.fundNounAfter.test(ctx.text.slice(end, end + FUND_NOUN_REACH))) continue;
    if (isChineseNumeral(g.num!) && !ctx.isWordBoundary(start)) continue;
    // 观影人次1.2亿 after 票房: the count's own label, nearer than the money word, settles it.
    if (p.countLabelBefore.test(ctx.text.slice(Math.max(0, start - COUNT_LABEL_REACH), start))) continue;
    const named = namedCurrencyBefore(ctx.text, start, p);
    const sameMagnitude = named === undefined ? amountOfMagnitudeBefore(ctx.text, start, g.mag!, taken, found) : undefined;
    const given = p.givingVerbBefore.test(ctx.text.slice(Math.max(0, start - COUNT_LABEL_REACH), start));
    if (named === undefined && !given && !hasMoneyWordBefore(ctx.text, start, p.contextWords) && !isMoneyAfter(ctx.text, end, p) && sameMagnitude === undefined && !distributesMoneyOfSentence(ctx.text, start, p.contextWords) && !currencyDeclaredAfter(ctx.text, end, p)) continue;
    // 投资三五亿: a vague run is a range (3亿 to 5亿), never 35亿.
    const vague = g.rest === undefined ? vagueRange(g.num!, g.mag) : undefined;
    if (vague === undefined && isVagueRun(g.num!)) continue;
    const value = vague?.low ?? withRest(scaled(g.num!, g.mag), g.mag, g.rest, g.restMag);
    if (value === undefined) continue;
    const around = notTradeBalance(ctx.text, start, qualifiersAround(ctx, p.approx, qualifierStart(ctx.text, start, p), end));
    const own = combineApprox(p.approx.approxOf(g.infix1 ?? g.infix3 ?? g.infix2, 'infix'), around.suffix, around.prefix);
    const shared = around.prefix === undefined && own === 'exact' && isNextItem(ctx.text, listQualifier, start, g.mag!) ? listQualifier!.approx : undefined;
    const approx = shared ?? own;
    const prefix = shared ?? around.prefix;
    listQualifier = prefix === undefined || prefix === 'exact' || g.rest !== undefined ? undefined : { end, unit: g.mag!, approx: prefix };
    // A loss with a minus sign (亏损扩大至-1.5亿), as for amounts with a unit; not the dash of a range (30万-50万).
    const signed = isMinusBefore(ctx.text, start) && !RANGE_LOW_END.test(ctx.text[start - 2] ?? '');
    const currency = named === undefined ? (sameMagnitude?.currency ?? 'CNY') : p.currencyOf.get(named)!;
    const mention = money(ctx.text, signed ? start - 1 : start, end, signed ? -value : value, currency, approx, 'money.context');
    if (vague !== undefined) mention.value_max = vague.high;
    found.push(mention);
  }
  return found;
}

/** 分别 and a verb (a qualifier after it) right before a bare amount: 分别超约1.5亿, 分别增加约3亿, 分别为2亿. */
const DISTRIBUTIVE_BEFORE = /分别\p{Script=Han}{0,3}$/u;
/** How far back in its sentence a money word may stand for a distributive's items (a list of names lies between). */
const DISTRIBUTIVE_REACH = 80;

/**
 * 超支过亿的还包括甲署、乙处及丙会，分别超约1.5亿、2.2亿: 分别 hands the sentence's subject out over the names
 * listed, so the money word that opens the sentence (超支, 投资, 拨款) makes the bare amounts after it money, a
 * long list of names and a comma between them.
 */
function distributesMoneyOfSentence(text: string, start: number, words: readonly string[]): boolean {
  if (!DISTRIBUTIVE_BEFORE.test(text.slice(Math.max(0, start - 5), start))) return false;
  let from = start;
  while (from > 0 && start - from < DISTRIBUTIVE_REACH && !CLAUSE_END.test(text[from - 1]!)) from--;
  const sentence = text.slice(from, start);
  return words.some((word) => sentence.includes(word));
}

/** How far back in its clause an amount of the same magnitude makes a bare one money (追加预算512亿 包括选举经费9亿). */
const SAME_MAGNITUDE_REACH = 24;

/** A comma or a clause's end: past one, a bare amount starts a new statement (收入300亿元，接待游客2亿). */
const PHRASE_BREAK = /[，,。；！？!?;\n]/;

/**
 * 追加预算512.6亿 包括选举经费9.8亿、补助款420亿: a bare amount is money when an amount of money
 * with the same magnitude ends shortly before it in the same phrase (the items of one account), in
 * that amount's currency (从1000亿美元成长至2000亿: USD).
 */
function amountOfMagnitudeBefore(text: string, start: number, magnitude: string, ...found: ReadonlyArray<readonly MoneyDraft[]>): MoneyDraft | undefined {
  for (const list of found) {
    const amount = list.find((m) => m.cleanEnd <= start && start - m.cleanEnd <= SAME_MAGNITUDE_REACH && endsWithMagnitude(m.text, magnitude) && !PHRASE_BREAK.test(text.slice(m.cleanEnd, start)));
    if (amount !== undefined) return amount;
  }
  return undefined;
}

/** A currency's name closing an amount (元, 美元, 港元, 欧元, 美金, 港币), past which its magnitude ends it. */
const CURRENCY_AT_END = /(?:[美港欧日韩澳加台]?元|美金|港币)$/;

/** 512.6亿, 420亿元, 1000亿美元: the amount's text ends with the magnitude (before its currency), written after digits (not the 亿 of 万亿). */
function endsWithMagnitude(amount: string, magnitude: string): boolean {
  const bare = amount.replace(CURRENCY_AT_END, '');
  return bare.endsWith(magnitude) && /[\d.]/.test(bare.charAt(bare.length - magnitude.length - 1));
}

/**
 * 1万（澳门币，下同）, 3亿（港元）: a currency declared in brackets right after a bare amount makes it money (the
 * declaration then gives it and the later amounts their currency).
 */
function currencyDeclaredAfter(text: string, end: number, p: MoneyPatterns): boolean {
  const ch = text.charCodeAt(end);
  if (ch !== 0x28 && ch !== 0xff08) return false;
  for (const pattern of p.declaredAfter) {
    pattern.lastIndex = end;
    if (pattern.test(text)) return true;
  }
  return false;
}

/**
 * 30亿加码, 3亿专项资金, 3亿援建资金, 百万元“春蕾助学基金”, 2000万以上的项目: a verb, a noun of funds, a fund
 * named in quotes or projects sized by a threshold after a bare amount make it money.
 */
function isMoneyAfter(text: string, end: number, p: MoneyPatterns): boolean {
  return (
    p.moneyAfter.test(text.slice(end, end + 4)) ||
    p.fundNounAfter.test(text.slice(end, end + FUND_NOUN_REACH)) ||
    p.fundNounAfterDe.test(text.slice(end, end + 8)) ||
    p.quotedFundName.test(text.slice(end, end + QUOTED_FUND_NAME_LENGTH + 4)) ||
    p.thresholdNounAfter.test(text.slice(end, end + THRESHOLD_REACH))
  );
}

const PLAIN_NUMBER = new RegExp(ARABIC_NUMBER, 'y');
const PLAIN_CHINESE_NUMBER = new RegExp(CHINESE_NUMBER, 'y');
/** After a plain number: a magnitude, a percent, a date's unit or a ratio make it something else (日元3月以来, 美元1比7.1). */
const NOT_AFTER_PLAIN = /^\s?[万亿千百兆%％‰月日号时点季周比兑:：=]/;

/**
 * 美金8000, 人民币5000, 港币两千: a currency named right before a plain number with no
 * unit after it (not 美元兑人民币7.1, a rate; not 人民币2023年). Looked for
 * only where a digit follows the last character of a currency name.
 */
function amountsAfterName(ctx: ExtractContext, p: MoneyPatterns, taken: readonly MoneyDraft[]): MoneyDraft[] {
  const found: MoneyDraft[] = [];
  const text = ctx.text;
  for (const mark of allMatches(text, p.numberAfterName)) {
    const start = mark.index;
    const named = namedCurrencyBefore(ctx.text, start, p);
    // A name of two characters or more (人民币, 港币): a lone 元 or 镑 before a number names nothing.
    if (named === undefined || named.length < 2) continue;
    const pattern = isChineseNumeral(ctx.text[start]!) ? PLAIN_CHINESE_NUMBER : PLAIN_NUMBER;
    pattern.lastIndex = start;
    const number = pattern.exec(ctx.text)?.[0];
    if (number === undefined) continue;
    const end = start + number.length;
    const after = ctx.text.slice(end, end + 3);
    if (NOT_AFTER_PLAIN.test(after) || p.unitAfter.test(after) || overlapsAny({ cleanStart: start, cleanEnd: end }, taken)) continue;
    // 港币两千, not 美元一直走强: a Chinese numeral of two characters or more, or one that ends the phrase, and a word of its own.
    if (pattern === PLAIN_CHINESE_NUMBER && ((number.length < 2 && !p.phraseEnd.test(after)) || !ctx.isWordBoundary(start) || !ctx.isWordBoundary(end))) continue;
    const value = parseNumber(number);
    if (value === undefined) continue;
    const around = qualifiersAround(ctx, p.approx, qualifierStart(ctx.text, start, p), end);
    found.push(money(ctx.text, start, end, value, p.currencyOf.get(named)!, combineApprox(around.suffix, around.prefix), 'money.named-before'));
  }
  return found;
}

/** GDP跻身万亿 → 万亿 (over), 营收破千亿 → 千亿 (over): money only with a money word before it in the clause. */
function bareMagnitudesWithoutUnit(ctx: ExtractContext, p: MoneyPatterns, taken: readonly MoneyDraft[], candidates: readonly RegExpMatchArray[]): MoneyDraft[] {
  const found: MoneyDraft[] = [];
  for (const match of candidates) {
    const { bare, mag } = match.groups!;
    const start = match.index! + bare!.length;
    const end = start + mag!.length;
    // 上千/上百 alone are too vague, and a number may not run on (过亿2000万).
    if (!MAGNITUDES_WITHOUT_UNIT.has(mag!) || NUMBER_CONTINUES.test(ctx.text[end] ?? '')) continue;
    if (overlapsAny({ cleanStart: start, cleanEnd: end }, taken)) continue;
    // 捐逾千万: a verb of giving right before the qualifier makes it money, as a money word does.
    const given = p.givingVerbBefore.test(ctx.text.slice(Math.max(0, match.index! - COUNT_LABEL_REACH), match.index!));
    if (p.unitAfter.test(ctx.text.slice(end, end + 3)) || !(given || hasMoneyWordBefore(ctx.text, match.index!, p.contextWords))) continue;
    found.push(money(ctx.text, start, end, magnitudeFactor(mag), 'CNY', p.approx.approxOf(bare, 'bare') ?? 'exact', 'money.bare-context'));
  }
  return found;
}

/** How far before a number a currency's name may start (人民币, 美元, 新台币). */
const NAME_REACH = 6;

/** The units by their last character, longest first. */
function unitsByLastCharacter(units: Iterable<string>): Map<string, string[]> {
  const byLast = new Map<string, string[]>();
  for (const unit of units) {
    const last = unit.at(-1)!;
    byLast.set(last, [...(byLast.get(last) ?? []), unit]);
  }
  for (const list of byLast.values()) list.sort((a, b) => b.length - a.length);
  return byLast;
}

/** The longest unit (of NAME_REACH characters at most) that ends right before `start` (港币 of 港币500元). */
function unitEndingAt(text: string, start: number, p: MoneyPatterns): string | undefined {
  const reach = Math.min(NAME_REACH, start);
  return p.currencyBefore.get(text[start - 1] ?? '')?.find((unit) => unit.length <= reach && text.endsWith(unit, start));
}

/** Where a qualifier before the amount ends: before a currency named right before the number (约合人民币3.2亿元). */
function qualifierStart(text: string, start: number, p: MoneyPatterns): number {
  const nameEnd = currencyNameEnd(text, start);
  if (!p.currencyEnds.has(text[nameEnd - 1] ?? '')) return start;
  const named = unitEndingAt(text, nameEnd, p);
  return named === undefined ? start : nameEnd - named.length;
}

/** Where a currency named before the number would end: a space may stand between them (新台币 177.1 亿元). */
function currencyNameEnd(text: string, start: number): number {
  return text[start - 1] === ' ' ? start - 1 : start;
}

/** 出超 (a trade surplus) right before the number, not 支出超/产出超/输出超/付出超 (spent or produced over it). */
const TRADE_BALANCE_BEFORE = /(?<![支产输付溢])出超$/;

/** 出超32亿美元 is the surplus, exactly: its 超 qualifies nothing (支出超3亿元 still is over). */
function notTradeBalance<T extends { prefix?: Approx }>(text: string, start: number, around: T): T {
  return around.prefix === 'over' && TRADE_BALANCE_BEFORE.test(text.slice(Math.max(0, start - 4), start)) ? { ...around, prefix: undefined } : around;
}

const RENMINBI = '人民币';

/** Where a qualifier after the amount starts: past a per-unit rate (500元/人左右 → 左右) or 人民币 (50万元人民币以上 → 以上). */
function qualifierEnd(text: string, end: number, p: MoneyPatterns): number {
  // 人民币 after 元 restates the currency (五十万元人民币以上): the qualifier after it is the amount's.
  if (text.startsWith(RENMINBI, end)) return end + RENMINBI.length;
  const ch = text[end];
  if (ch !== '/' && ch !== '／') return end;
  const rate = p.rateBeforeQualifier.exec(text.slice(end, end + 8));
  return rate === null ? end : end + rate[0].length;
}

/** The unit's currency; a plain unit (元) takes a currency named right before the number (港币500元 → HKD). */
function currencyOf(text: string, start: number, unit: string, p: MoneyPatterns): string {
  const currency = p.currencyOf.get(unit)!;
  if (!p.plainUnits.has(unit)) return currency;
  // 折合新台币约32亿元: a qualifier may stand between the name and the number (it is read as the amount's qualifier).
  const qualifier = p.prefixQualifierAtEnd.exec(text.slice(Math.max(0, start - 4), start));
  const nameEnd = currencyNameEnd(text, start - (qualifier?.[0].length ?? 0));
  if (!p.currencyEnds.has(text[nameEnd - 1] ?? '')) return currency;
  const named = unitEndingAt(text, nameEnd, p);
  return named === undefined ? currency : p.currencyOf.get(named)!;
}

/** After 1万 of 1万2000亿元 (checked on the characters before, without a new string for most numbers). */
function followsHighPart(text: string, start: number): boolean {
  const before = text[start - 1];
  if (before === undefined || !/[兆亿万零\s]/.test(before)) return false;
  return AFTER_HIGH_PART.test(text.slice(Math.max(0, start - 4), start));
}

function overlapsAny(span: { cleanStart: number; cleanEnd: number }, others: readonly MoneyDraft[]): boolean {
  return others.some((m) => m.cleanStart < span.cleanEnd && span.cleanStart < m.cleanEnd);
}

function hasMoneyWordBefore(text: string, start: number, words: readonly string[]): boolean {
  let clauseStart = start;
  while (clauseStart > 0 && start - clauseStart < CONTEXT_WINDOW && !CLAUSE_END.test(text[clauseStart - 1]!)) clauseStart--;
  const clause = text.slice(clauseStart, start);
  return words.some((word) => clause.includes(word));
}

function money(
  text: string,
  start: number,
  end: number,
  value: number,
  currency: string,
  approx: Approx,
  rule: string,
): MoneyDraft {
  return { type: 'money', text: text.slice(start, end), value, currency, approx, rule, cleanStart: start, cleanEnd: end };
}
