import { allOf, oneOf, type RuleFileSpec, type RuleRow, type RuleSet } from '../../rules/loader';
import { escapeRegex } from '../approx';
import { CHINESE_DIGITS } from '../numbers';

/** One number of an ordinal's list (八, 3, 十二). */
const ORDINAL_ITEM = '[\\d零〇一二两三四五六七八九十百]{1,4}';

/** A few OCR spaces (a PDF's 3 区 4 县). */
const OCR_GAP = '[ \\t\\u3000]{0,4}';

/** A small count in Chinese numerals (两, 十一, 二十): the numbers of divisions a list can hold. */
const CHINESE_DIVISION_COUNT = '[一二两三四五六七八九十]{1,3}';

// The count extractor's rule files: measure words, the nouns that make a
// Chinese-numeral count a statistic, the slogan/idiom stoplist, physical
// units (measures, not counts), and the words around a number that make it
// an ordinal, a vague quantity or a rank.

const MEASURE_WORD_COLUMNS = {
  columns: ['word', 'chinese', 'not_before', 'ordinal_before_name', 'still_before'],
  required: 2,
  check: allOf(oneOf('chinese', ['yes', 'noun', 'no']), oneOf('ordinal_before_name', ['yes', 'no'], true)),
};

export const MEASURE_WORD_RULES: RuleFileSpec = { file: 'measure-words.tsv', ...MEASURE_WORD_COLUMNS };
/** Measure words only counts read (the date extractor reads MEASURE_WORD_RULES alone). */
export const COUNT_MEASURE_WORD_RULES: RuleFileSpec = { file: 'count-measure-words.tsv', ...MEASURE_WORD_COLUMNS };

export const COUNT_NOUN_RULES: RuleFileSpec = { file: 'count-nouns.tsv', columns: ['noun'] };
export const COUNT_STOPLIST_RULES: RuleFileSpec = { file: 'count-stoplist.tsv', columns: ['phrase'] };
export const MEASURE_UNIT_RULES: RuleFileSpec = { file: 'count-measure-units.tsv', columns: ['unit'] };

const CONTEXT_ROLES = [
  'ordinal-before',
  'demonstrative-before',
  'vague-before',
  'ranking-before',
  'ranking-unit',
  'linking',
  'session-before',
  'session-after',
  'division-unit',
  'division-verb',
  'division-before',
  'province-name',
  'province-unit',
  'named-list-unit',
  'named-list-noun',
  'below-zero',
  'campaign-word',
  'phase-word',
  'change-before',
  'year-unit',
  'pair-unit',
  'pair-recipient-before',
  'pair-recipient-after',
  'village-group-before',
  'village-group-unit',
  'phrase-end',
  'counter-label',
  'counter-label-after',
  'apposition-before',
  'apposition-unit',
  'capacity-unit',
  'project-name-end',
  'one-not-quantity-before',
  'one-word-unit',
  'building-name-end',
  'building-unit',
  'tally-verb',
  'vague-one-unit',
  'split-before',
  'two-cardinal-unit',
  'reach-before',
  'frequency-before',
  'division-alternative',
] as const;
type ContextRole = (typeof CONTEXT_ROLES)[number];
export const COUNT_CONTEXT_RULES: RuleFileSpec = { file: 'count-context.tsv', columns: ['word', 'role'], check: oneOf('role', CONTEXT_ROLES) };

export type ChinesePolicy = 'yes' | 'noun' | 'no';

export interface MeasureWord {
  word: string;
  chinese: ChinesePolicy;
  /** Text that, right after the word, makes it part of another word (个月, 对口). */
  notBefore: readonly string[];
  /** Text that starts with a not_before word yet leaves the word a measure word (家人身保险公司: 家, not 家人). */
  stillBefore: readonly string[];
  ordinalBeforeName: boolean;
}

/** Whether the text at `at`, right after the measure word, makes the word part of another word. */
export function runsIntoWord(measure: MeasureWord, text: string, at: number): boolean {
  return measure.notBefore.some((word) => text.startsWith(word, at)) && !measure.stillBefore.some((word) => text.startsWith(word, at));
}

/** The context words of count-context.tsv, as patterns. */
export interface CountContext {
  /** An ordinal or distributive at the end of a string (第, 每). */
  ordinalAtEnd: RegExp;
  /** An ordinal's list up to the separator before a number (第八、|九批, 第3至|5届): each item is an ordinal. */
  ordinalListAtEnd: RegExp;
  /** A demonstrative at the end of a string (这, 该, 上述, 以上 not after a quantity): only a Chinese numeral after it points back (这两个). */
  demonstrativeAtEnd: RegExp;
  /** A vague quantity at the end of a string (数, 几, 上百). */
  vagueAtEnd: RegExp;
  /** A verb of change at the end of a string, whose bare 一 is a statistic (增加一个泊位). */
  changeAtEnd: RegExp;
  /** A verb of change anywhere in a string (新增苏州和无锡两市). */
  changeIn: RegExp;
  rankingAtEnd: RegExp;
  rankingUnits: ReadonlySet<string>;
  /** Linking words at the end of a string (项目共 → 项目). */
  linkingAtEnd: RegExp;
  /** A congress or plenum anywhere in a string / a session word at its start. */
  sessionBefore: RegExp;
  sessionAfter: RegExp;
  /** Division units (区, 县) that count only in a list or after a division verb (辖, 共有). */
  divisionUnits: ReadonlySet<string>;
  /** Three or more division counts in Chinese numerals written in a row (八省二市一区): a list of counts, not a named concept (三区三州). */
  divisionRun: RegExp;
  /** Two or more division counts in Chinese numerals in a row (九乡一镇): a list of counts where a verb that counts what a place holds comes before it (辖九乡一镇). */
  divisionPair: RegExp;
  /** A verb that counts what a place holds right before a lone division count in Chinese numerals (下辖八镇): it ends in 辖. */
  holdsAtEnd: RegExp;
  /** A division verb anywhere in a string. */
  divisionVerb: RegExp;
  /** A region word or 等 right before the number (东部4市, 等26省区市). */
  divisionBeforeWord: RegExp;
  /** A province's short name at the end of a string (上海云南|两省市). */
  provinceNameAtEnd: RegExp;
  /** Division words of the provinces' level (省, 省市): a province's name before 两 and one of them is one of a pair. */
  provinceUnits: ReadonlySet<string>;
  /** Division units whose Chinese numeral, closing a list of names, counts them (岳阳、益阳、常德三市). */
  namedListUnits: ReadonlySet<string>;
  /** A noun right after 个 (or another noun measure word) that, closing a list of names, is counted (福州、厦门、泉州三个城市). */
  namedListNoun: RegExp;
  /** A number and division unit right after / right before a span (the rest of 3区4县). */
  divisionAfter: RegExp;
  divisionBefore: RegExp;
  /** Right after a division unit, a bracketed alternative kind of division (8县（区）, 12个县（市、区）): the count names what it counts. */
  divisionAlternativeAfter: RegExp;
  /** The same where OCR spaced the number from its unit (3 区 4 县): spaces may part the counts too. */
  divisionAfterSpaced: RegExp;
  divisionBeforeSpaced: RegExp;
  /** Right before a bare 一 closing its clause: an aspect word or determiner that keeps it no quantity (看了一眼。, 这一个). */
  oneNotQuantityAtEnd: RegExp;
  /** Measure words that make one word with a bare 一 (一起, 一样): never one of anything. */
  oneWordUnits: ReadonlySet<string>;
  /** Units of a farm's or plant's capacity (只, 头, 羽) that a project's name may hold (8万只蛋鸡养殖项目). */
  capacityUnits: ReadonlySet<string>;
  /** After a capacity count, the rest of a project's name up to its last word (蛋鸡养殖项目, 白羽鸡全产业链): the count is the name's. */
  projectNameAfter: RegExp;
  /** The end of a housing estate's or block's name (花园, 邨, 大厦) right before N座/N栋: the building's number, not a count. */
  buildingNameAtEnd: RegExp;
  /** The units that number a building of an estate (座, 栋, 幢). */
  /** A verb listing what was found or seized (检获, 起出), anywhere before the number in its sentence: its Chinese-numeral items are counts. */
  tallyVerb: RegExp;
  /** Measure words that with a bare 一 make a vague lot (一批, 一些), never one of a tally. */
  vagueOneUnits: ReadonlySet<string>;
  /** Verbs of dividing right before a Chinese numeral (分两期, 分为三类): the parts are counted, whatever the measure word's policy. */
  splitWords: readonly string[];
  /** Units whose Chinese numerals name a phase, a session or a sector (二期, 二次全会, 三次产业) but whose 两, never an ordinal, counts (两期, 两次, 两届). */
  twoCardinalUnits: ReadonlySet<string>;
  /** A verb of reaching right before a lone 万/亿 (可达万人): the magnitude is the figure reached, not an idiom's. */
  reachAtEnd: RegExp;
  /** A period right before 两次 (每年两次): a frequency, not occurrences counted. */
  frequencyAtEnd: RegExp;
  buildingUnits: ReadonlySet<string>;
  /** Words right before a measure that make it negative (零下40摄氏度). */
  belowZero: readonly string[];
  /** A campaign's word anywhere in a string (百名专家进村活动: a lone 百/千 names it). */
  campaignWord: RegExp;
  /** An Arabic phase number or range before a phase word (1-3期项目, 2期工程): the article numbers phases. */
  phaseNumbering: RegExp;
  /** Measure words that after a bare year belong to it (自2019起 from that year on, 2023款 a model year), not a count. */
  yearUnits: ReadonlySet<string>;
  /** Division words after which a bare 两 names the pair an article is about (两省市交流合作), not a number. */
  pairUnits: ReadonlySet<string>;
  /** A verb of aid in the clause before a list of names closed by 两 (对口支援甲、乙两县): the pair is counted, as those aided. */
  pairRecipientBefore: RegExp;
  /** An aid verb and 的 right before a division count (对口支援的4县, 帮扶的3县): the divisions aided, counted. */
  aidedAtEnd: RegExp;
  /** Right after such a 两 count, an aid unit's noun (甲、乙两县结对帮扶单位): the pair is counted, as those aided. */
  pairRecipientAfter: RegExp;
  /** Right before a Chinese numeral with a village-group-unit (某村二组): the village whose team the number names. */
  villageGroupAtEnd: RegExp;
  villageGroupUnits: ReadonlySet<string>;
  /** Sticky: a word that ends the noun phrase after a measure word (三个孩子都…): a statistic noun after it is another phrase's. */
  phraseEnd: RegExp;
  /** A page counter's label and its colon, space or bracket at the end of a string (浏览次数：1234次, 评论(3条)); never across a line. */
  counterLabelAtEnd: RegExp;
  /** A bare page counter's label and a space at the end of a string (浏览 865 次): a counter only on a line of page chrome. */
  counterLabelSpaced: RegExp;
  /** A bare page counter's label glued to the number (评论0条): a counter only on a line of page chrome with another counter or a date. */
  counterLabelGlued: RegExp;
  /** Any counter label (浏览, 评论, 留言): a second one on a short line makes it page chrome. */
  counterLabelAnywhere: RegExp;
  /** A page's comment counter's label right after a count (共有 0 条评论, 12条留言): a counter only on a line of page chrome. */
  counterLabelAfter: RegExp;
  /** A pronoun or kinship pair at the end of a string, naming the people a Chinese count after it stands beside (他们两人). */
  appositionAtEnd: RegExp;
  /** The units (with the noun after 个) of people an apposition names (两人, 三个人); 我们三个村 counts. */
  appositionUnits: readonly string[];
}

export interface CountRules {
  measureWords: ReadonlyMap<string, MeasureWord>;
  /** Regex source alternation of the measure words, longest first, each with its not_before lookahead. */
  measurePattern: string;
  /** A count in digits at the start of a string (2890户 of 20村2890户). */
  countInDigitsAt: RegExp;
  /** Regex source alternation of the physical units, longest first. */
  unitPattern: string;
  nouns: readonly string[];
  /** Global regex of the stoplist phrases, or undefined when the list is empty. */
  stoplist: RegExp | undefined;
  context: CountContext;
}

export function loadCountRules(rules: RuleSet): CountRules {
  const measureWords = new Map<string, MeasureWord>();
  for (const row of [...rules.load(MEASURE_WORD_RULES), ...rules.load(COUNT_MEASURE_WORD_RULES)]) {
    measureWords.set(row.cells.word!, measureWord(row));
  }
  const column = (spec: RuleFileSpec, name: string) => rules.load(spec).map((row) => row.cells[name]!);
  const phrases = column(COUNT_STOPLIST_RULES, 'phrase');
  return {
    measureWords,
    measurePattern: measureAlternation([...measureWords.values()]),
    countInDigitsAt: new RegExp(`^\\d+(?:\\.\\d+)?[万亿]?(?:${measureAlternation([...measureWords.values()])})`),
    unitPattern: alternation(column(MEASURE_UNIT_RULES, 'unit')),
    nouns: column(COUNT_NOUN_RULES, 'noun'),
    stoplist: phrases.length > 0 ? new RegExp(alternation(phrases), 'g') : undefined,
    context: loadContext(rules.load(COUNT_CONTEXT_RULES)),
  };
}

function measureWord(row: RuleRow): MeasureWord {
  return {
    word: row.cells.word!,
    chinese: row.cells.chinese as ChinesePolicy,
    notBefore: (row.cells.not_before ?? '').split('|').filter(Boolean),
    stillBefore: (row.cells.still_before ?? '').split('|').filter(Boolean),
    ordinalBeforeName: row.cells.ordinal_before_name === 'yes',
  };
}

function loadContext(rows: readonly RuleRow[]): CountContext {
  const words = (role: ContextRole) => rows.filter((r) => r.cells.role === role).map((r) => r.cells.word!);
  const atEnd = (role: ContextRole) => new RegExp(`(?:${alternation(words(role))})$`);
  const counterLabels = alternation(words('counter-label'));
  return {
    ordinalAtEnd: atEnd('ordinal-before'),
    ordinalListAtEnd: new RegExp(`(?:${alternation(words('ordinal-before'))})${ORDINAL_ITEM}(?:[、和及至到]${ORDINAL_ITEM})*[、和及至到]$`),
    // Not after a quantity or a level (60岁以上, 100名以上, 省级以上): there 以上 qualifies what stands before it.
    demonstrativeAtEnd: new RegExp(`(?<!级|[\\d${CHINESE_DIGITS}十百千万亿][\\p{Script=Han}]?)(?:${alternation(words('demonstrative-before'))})$`, 'u'),
    vagueAtEnd: atEnd('vague-before'),
    changeAtEnd: atEnd('change-before'),
    changeIn: new RegExp(alternation(words('change-before'))),
    rankingAtEnd: atEnd('ranking-before'),
    rankingUnits: new Set(words('ranking-unit')),
    linkingAtEnd: atEnd('linking'),
    sessionBefore: new RegExp(alternation(words('session-before'))),
    sessionAfter: new RegExp(`^(?:${alternation(words('session-after'))})`),
    divisionUnits: new Set(words('division-unit')),
    divisionVerb: new RegExp(alternation(words('division-verb'))),
    divisionBeforeWord: new RegExp(`(?:${alternation([...words('division-before'), ...words('province-name')])})$`),
    provinceNameAtEnd: atEnd('province-name'),
    provinceUnits: new Set(words('province-unit')),
    namedListUnits: new Set(words('named-list-unit')),
    // A short modifier may stand before the noun (广州、深圳两个一线城市, 三个沿海国家).
    namedListNoun: new RegExp(`^\\p{Script=Han}{0,2}?(?:${alternation(words('named-list-noun'))})`, 'u'),
    divisionRun: new RegExp(`(?:${CHINESE_DIVISION_COUNT}(?:${alternation(words('division-unit'))})){3,}`, 'g'),
    divisionPair: new RegExp(`(?:${CHINESE_DIVISION_COUNT}(?:${alternation(words('division-unit'))})[、和及与]?){2,}`, 'g'),
    holdsAtEnd: /辖$/,
    divisionAfter: new RegExp(`^[、和及与]?\\d+(?:${alternation(words('division-unit'))})`),
    divisionBefore: new RegExp(`\\d(?:${alternation(words('division-unit'))})[、和及与]?$`),
    divisionAlternativeAfter: divisionAlternative([...words('division-unit'), ...words('division-alternative')]),
    // OCR and PDF copies space the parts (3 区 4 县): a few spaces may stand around the number and the separator.
    divisionAfterSpaced: new RegExp(`^${OCR_GAP}[、和及与]?${OCR_GAP}\\d+${OCR_GAP}(?:${alternation(words('division-unit'))})`),
    divisionBeforeSpaced: new RegExp(`\\d${OCR_GAP}(?:${alternation(words('division-unit'))})${OCR_GAP}[、和及与]?${OCR_GAP}$`),
    oneNotQuantityAtEnd: atEnd('one-not-quantity-before'),
    oneWordUnits: new Set(words('one-word-unit')),
    capacityUnits: new Set(words('capacity-unit')),
    buildingNameAtEnd: atEnd('building-name-end'),
    buildingUnits: new Set(words('building-unit')),
    tallyVerb: new RegExp(alternation(words('tally-verb'))),
    vagueOneUnits: new Set(words('vague-one-unit')),
    splitWords: words('split-before'),
    twoCardinalUnits: new Set(words('two-cardinal-unit')),
    reachAtEnd: atEnd('reach-before'),
    frequencyAtEnd: atEnd('frequency-before'),
    projectNameAfter: new RegExp(`^[^，。；：、,;:！？!?\\s（(“”"]{1,12}?(?:${alternation(words('project-name-end'))})`),
    belowZero: words('below-zero'),
    campaignWord: new RegExp(alternation(words('campaign-word'))),
    phaseNumbering: new RegExp(`\\d(?:\\s?[-—–~～至到]\\s?\\d+)?\\s?期(?:${alternation(words('phase-word'))})`),
    yearUnits: new Set(words('year-unit')),
    pairUnits: new Set(words('pair-unit')),
    pairRecipientBefore: new RegExp(`(?:${alternation(words('pair-recipient-before'))})`),
    aidedAtEnd: new RegExp(`(?:${alternation(words('pair-recipient-before'))})的$`),
    pairRecipientAfter: new RegExp(`^(?:${alternation(words('pair-recipient-after'))})`),
    villageGroupAtEnd: new RegExp(`(?:${alternation(words('village-group-before'))})$`),
    villageGroupUnits: new Set(words('village-group-unit')),
    phraseEnd: new RegExp(alternation(words('phrase-end')), 'y'),
    appositionAtEnd: atEnd('apposition-before'),
    appositionUnits: words('apposition-unit'),
    // With a space only after 被 or 次数/量 (已被浏览 865 次, 点击量 2356次): 访问 5 个国家 is a sentence.
    counterLabelAtEnd: new RegExp(
      `(?:(?:${counterLabels})(?:次数|数|量)?(?:[：:][ \\t\\u3000]*|[（(])|(?:被(?:${counterLabels})|(?:${counterLabels})(?:次数|数|量))[ \\t\\u3000]+)$`,
    ),
    counterLabelSpaced: new RegExp(`(?:${counterLabels})[ \\t\\u3000]+$`),
    counterLabelGlued: new RegExp(`(?:${counterLabels})$`),
    counterLabelAnywhere: new RegExp(`(?:${counterLabels}|${alternation(words('counter-label-after'))})`),
    counterLabelAfter: new RegExp(`^[ \\t\\u3000]*(?:${alternation(words('counter-label-after'))})`),
  };
}

/**
 * The measure words, longest first, each refusing the text that makes it part of
 * another word: the regex then tries a shorter word (4个次级指标 → 4个, as 个次
 * refuses 级), where a check after the match would drop the count.
 */
function measureAlternation(words: readonly MeasureWord[]): string {
  return [...words]
    .sort((a, b) => b.word.length - a.word.length)
    .map(({ word, notBefore, stillBefore }) => escapeRegex(word) + (notBefore.length > 0 ? `(?!${stillBefore.length > 0 ? `(?!${alternation(stillBefore)})` : ''}(?:${alternation(notBefore)}))` : ''))
    .join('|');
}

function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeRegex).join('|') || '(?!)';
}

/**
 * A bracketed alternative kind of division right after the unit (县（区）, 县(市、区), 乡（镇）): statistical
 * and government texts write it so that the count covers both kinds; a zone's number (1区) never takes one.
 */
function divisionAlternative(units: readonly string[]): RegExp {
  const unit = `(?:${alternation(units)})`;
  return new RegExp(`^[（(]\\s?${unit}(?:[、，,/]\\s?${unit}){0,3}\\s?[)）]`);
}
