import type { Approx, DraftMention } from '../model/mention';
import type { RuleSet } from '../rules/loader';
import { APPROX_RULE_FILES, combineApprox, escapeRegex, loadApproxWords, qualifiersAround, type ApproxWords } from './approx';
import {
  COUNT_CONTEXT_RULES,
  COUNT_MEASURE_WORD_RULES,
  COUNT_NOUN_RULES,
  COUNT_STOPLIST_RULES,
  MEASURE_UNIT_RULES,
  MEASURE_WORD_RULES,
  loadCountRules,
  type CountContext,
  type CountRules,
  type MeasureWord,
  runsIntoWord,
} from './counts/rules';
import { TakenSpans, spansOf } from './counts/taken-spans';
import { ARABIC_NUMBER, CHINESE_DIGITS, continuesSpacedDigits, DIGIT_MAGNITUDE_CHAIN, CHINESE_NUMBER, joinSpacedDigits, MAGNITUDE_PATTERN, listedNumbersBefore, magnitudeFactor, mergeRanges, parseChineseNumber, scaled, withRest } from './numbers';
import type { ExtractContext, Extractor, ExtractorModule, Span } from './types';
import { UnitClass } from '../util/unit-class';

// Counts: a number with a measure word, read as a statistic (援藏项目9个,
// 10批657名, 近7.4万人次). Ordinals, slogans, idioms, durations, money and
// physical measures are not counts; physical measures (4300米) are emitted
// as `measure` mentions.

// OCR spaces between a number's parts: a few at most (an unbounded run before and after an optional infix backtracks quadratically over a long run of spaces).
const GAP = '[ \\t\\u3000]{0,4}';
const OCR_SPACE = /[ \t\u3000]/;
const MAX_OCR_SPACES = 4;
/** Part of a longer number or code: after a digit, a decimal point, a thousands comma (1,) or a letter. */
const CONTINUES_NUMBER = /(?:[\d.A-Za-z]|\d,)$/;
/** The last item of a list of names right before a number (岳阳、益阳、常德|三市, 杭州和宁波|两市). */
const CLOSES_NAMED_LIST = /[、和与及]\p{Script=Han}{2,6}$/u;
/** Quoted short phrases are names and slogans (“四件大事”, “两个维护”). */
const SHORT_QUOTE = /[“"][^“”"\n]{1,10}[”"]/g;
const PUNCTUATION = /[，。、；：！？,.;:!?“”"‘’「」『』（）()《》【】\n—…·\s]/;
/** PUNCTUATION and OCR_SPACE asked of one character at a time, as the look-backs over a window do. */
const PUNCTUATION_UNIT = new UnitClass(PUNCTUATION);
const OCR_SPACE_UNIT = new UnitClass(OCR_SPACE);
/** What ends the clause a breakdown's item opens, and the clause a list of counts stands in. */
const BREAKDOWN_CLAUSE_MARK = new UnitClass(/[，,。；;！？\n]/);
const LIST_CLAUSE_MARK = new UnitClass(/[，,。；;！？!?\n]/);
/** How far before a session's number its congress may be named (县第十七届人民代表大会三次会议). */
const SESSION_WINDOW = 20;
/** How far after the measure word a statistic noun may end (两个民生项目). */
const NOUN_WINDOW = 8;
/** The measure word that also numbers a project's phases (3期工程). */
const PHASE_UNIT = '期';
/** A year right before N期 (2015年9期): the issue of a journal, an ordinal. */
const ISSUE_OF_YEAR = /(?:1[89]|20)\d{2}\s?年\s?$/;
/** A slogan's numeral right after 个 (五个一工程, 三个一批, 两个一百年, 四个一百。; not 四个百亿级, 三个一等奖, 三个万亩). */
const SLOGAN_AFTER = /^(?:一百年|[一二两三四五六七八九十百千万]{1,3}(?:工程|批|[^\p{Script=Han}]|$))/u;
/** A verb phrase ending in 的 after an adverb right after the measure word (三个已|投产的养殖场): a modifier. */
const MODIFIER_AFTER = /^[^的是了]{1,4}的/;
/** The units a page counter counts in after its bare label (浏览 865 次, 评论 56条). */
const COUNTER_UNITS: ReadonlySet<string> = new Set(['次', '条']);
/** A clock time and a space right before the number (06:09:57 1次): the number follows a page's timestamp. */
const CLOCK_TIME_BEFORE = /(?<!\d)\d{1,2}:\d{2}(?::\d{2})?\s+$/;
/** Sentence punctuation: a line holding it is body text, not page chrome. */
const SENTENCE_PUNCTUATION = /[，。；！？,;!?]/;
/** A bare year (自2019起: from that year on; 2023款: a model year). */
const BARE_YEAR = /^(?:19|20)\d{2}$/;
/** The group after a space that separates thousands (the 215 of 6 215项). */
const THREE_DIGITS = /^\d{3}$/;
const SPACED_THOUSANDS_BEFORE = /(?<![\d.,])\d{1,3} $/;
/** Three digits or more, no zero first, not a run of neighbours (三四五个 is three to five). */
const DIGIT_BY_DIGIT = /^(?!(?:一二三|二三四|三四五|四五六|五六七|六七八|七八九)$)[一二三四五六七八九][〇○一二三四五六七八九]{2,}$/;
/** The unit of firms that, after a person's name, means that person's family (王某一家，). */
const FAMILY_UNIT = '家';
/** How far after a lone 百/千 count a campaign's word may end (百名困境儿童救助项目). */
const CAMPAIGN_WINDOW = 12;

interface CountMatch {
  start: number;
  end: number;
  value: number;
  valueMax?: number;
  unit: string;
  approx: Approx;
  /** The qualifier written before the number (不少于 of 不少于15亿股), which the items of its list share. */
  prefix?: Approx;
  /** The number as written, when it was Chinese numerals. */
  chinese?: string;
  arabic?: { text: string; magnitude?: string };
}

export const countExtractor: ExtractorModule = {
  type: 'count',
  ruleFiles: [
    ...APPROX_RULE_FILES,
    MEASURE_WORD_RULES,
    COUNT_MEASURE_WORD_RULES,
    COUNT_NOUN_RULES,
    COUNT_STOPLIST_RULES,
    MEASURE_UNIT_RULES,
    COUNT_CONTEXT_RULES,
  ],
  create(rules: RuleSet): Extractor {
    const approx = loadApproxWords(rules);
    const countRules = loadCountRules(rules);
    const counts = quantityPattern(approx, countRules.measurePattern, true);
    const measures = quantityPattern(approx, countRules.unitPattern, false);
    const qualifiers: Qualifiers = {
      words: approx,
      afterCount: new RegExp(`[\\d${CHINESE_DIGITS}十百千万](?:${countRules.measurePattern})$`),
      bareAtEnd: new RegExp(`(?:${approx.pattern('bare')})$`),
    };
    return {
      extract(ctx: ExtractContext): DraftMention[] {
        // The counts found so far: a measure or a listed number may not overlap them.
        const taken = new TakenSpans();
        // Quotes and stoplist phrases, scanned for only when a match is first checked (many texts hold no candidate that gets so far).
        let excludedSpans: TakenSpans | undefined;
        const excluded = () => (excludedSpans ??= TakenSpans.of([...spansOf(SHORT_QUOTE, ctx.text), ...stoplistSpans(ctx.text, countRules.stoplist)]));
        const found: DraftMention[] = [];
        // Whether the article numbers a project's phases (1-3期项目, 2期工程), asked only at a 期.
        let numbersPhases: boolean | undefined;
        let last: CountMatch | undefined;
        const isNounBefore = (at: number, unit?: string): boolean => nounEndsAt(ctx, at, unit);
        for (const m of scan(ctx, counts, qualifiers)) {
          const rule = statisticRule(ctx.text, m, countRules, excluded, taken, ctx.isWordBoundary.bind(ctx), isNounBefore, (at) => listsPlaces(ctx, at));
          if (!rule) continue;
          if (m.chinese !== undefined && runsIntoPlaceName(ctx, m)) continue;
          if (m.unit === PHASE_UNIT && ISSUE_OF_YEAR.test(ctx.text.slice(Math.max(0, m.start - 6), m.start))) continue;
          if (m.unit === PHASE_UNIT && (numbersPhases ??= countRules.context.phaseNumbering.test(ctx.text)) && isPhaseNumber(ctx.text, m, countRules)) continue;
          const listed = listedBefore(ctx.text, m, taken);
          // 第1、2批: the list is of ordinals.
          if (listed.length > 0 && countRules.context.ordinalAtEnd.test(ctx.text.slice(Math.max(0, listed[0]!.start - 1), listed[0]!.start))) continue;
          for (const item of listed) found.push(countMention(ctx.text, item, 'count.shared-unit'));
          sharePrefix(ctx.text, last, m);
          found.push(countMention(ctx.text, m, rule));
          taken.add(m);
          last = m;
        }
        for (const m of scan(ctx, measures, qualifiers)) {
          if (m.chinese !== undefined || taken.overlaps(m.start, m.end)) continue;
          found.push(measureMention(ctx.text, m, countRules.context.belowZero));
        }
        return rangesOfTwoCounts(ctx.text, found.sort((a, b) => a.cleanStart - b.cleanStart));
      },
    };
  },
};

type CountDraft = Extract<DraftMention, { type: 'count' }>;

/** Between the two counts of a range written with the unit on both ends (300人至500人, 1,100伙至1,300多伙). */
const COUNT_RANGE_BETWEEN = /^[ \u3000]?(?:--|——|[-－—–~～至到])[ \u3000]?$/;
/** A verb of change right before the first count: 增加300人至500人 is a change and its result, two counts. */
const CHANGE_BEFORE_COUNT = /(?:提高|提升|增加|增长|减少|下降|上升|扩大|缩减|降低|上调|下调|调整|增至|降至|由|从原)$/;

/**
 * 300人至500人: two counts of one unit joined by a range separator are one range, as 30元至50元 is for
 * money; not after a verb of change (增加300人至500人), nor bounds in the wrong order.
 */
function rangesOfTwoCounts(text: string, found: DraftMention[]): DraftMention[] {
  return mergeRanges(
    found,
    (low, high) => low.type === 'count' && high.type === 'count' && isRangeOfCounts(text, low, high),
    (low, high) => {
      const first = low as CountDraft;
      const last = high as CountDraft;
      return { ...first, text: text.slice(first.cleanStart, last.cleanEnd), value_max: last.value, approx: combineApprox(first.approx, last.approx), rule: 'count.range', cleanEnd: last.cleanEnd };
    },
  );
}

function isRangeOfCounts(text: string, low: CountDraft, high: CountDraft): boolean {
  return (
    low.unit === high.unit &&
    low.value_max === undefined &&
    high.value_max === undefined &&
    low.value < high.value &&
    COUNT_RANGE_BETWEEN.test(text.slice(low.cleanEnd, high.cleanStart)) &&
    !CHANGE_BEFORE_COUNT.test(text.slice(Math.max(0, low.cleanStart - 4), low.cleanStart))
  );
}

/** A numeral character: a stoplist phrase that starts after one is the end of a longer number (六十六个援藏项目 holds no 六个援藏). */
const NUMERAL_BEFORE = new RegExp(`[\\d${CHINESE_DIGITS}十百千万亿]`);

function stoplistSpans(text: string, stoplist: RegExp | undefined): Span[] {
  return spansOf(stoplist, text).filter((span) => span.start === 0 || !NUMERAL_BEFORE.test(text[span.start - 1]!));
}

/** The qualifier words and the patterns that find them around a number. */
interface Qualifiers {
  words: ApproxWords;
  /** A number and measure word just before a qualifier (the 73批 of 73批近7.4万人次). */
  afterCount: RegExp;
  /** A qualifier of a lone magnitude (近 of 近百家) at the end of a string. */
  bareAtEnd: RegExp;
}

/** The rest of a compound count after its 万 or 亿 (the 2千 of 1万2千人, the 2000 of 1万2000人, three digits at least without a magnitude): never read alone (a partial value). */
const REST = `(?:(?<=[万亿])(?<rest>${DIGIT_MAGNITUDE_CHAIN}|${ARABIC_NUMBER})(?:(?<restMag>千万|百万|十万|万|千|百)|(?<=\\d{3})))?`;

/**
 * A number (Arabic with magnitude and range, Chinese numerals, or a lone
 * magnitude), an inner qualifier, and one of `units`. Groups: arabic,
 * arabicMax, infix1, magnitude, chinese, bare, infix2, unit.
 */
function quantityPattern(approx: ApproxWords, units: string, allowChinese: boolean): RegExp {
  const infix = approx.pattern('infix');
  // ARABIC_NUMBER starts where no digit precedes it, so a failed match is not retried inside a long digit run.
  // 1万至1.5万名: the lower bound may carry its own magnitude where the upper bound carries one too.
  const lowMagnitude = `(?:(?<magnitudeLow>${MAGNITUDE_PATTERN})(?=${GAP}[-–—~～至到]${GAP}${ARABIC_NUMBER}${GAP}(?:${infix})?${GAP}(?:${MAGNITUDE_PATTERN})))?`;
  const arabic = `(?<arabic>${DIGIT_MAGNITUDE_CHAIN}|${ARABIC_NUMBER})(?:${lowMagnitude}${GAP}[-–—~～至到]${GAP}(?<arabicMax>${ARABIC_NUMBER}))?${GAP}(?<infix1>${infix})?${GAP}(?<magnitude>${MAGNITUDE_PATTERN})?${REST}`;
  // A Chinese numeral may have decimals before 万/亿 (一点五万人次): never read the part after 点 alone.
  // Without a magnitude, 点 is an hour (下午三点五个人).
  // A Chinese range (二至三名, 三到五千人) shares the upper bound's unit.
  const chineseMax = `(?:${GAP}[至到~～]${GAP}(?<chineseMax>${CHINESE_NUMBER}))?`;
  // A qualifier may stand between a Chinese numeral and its 万/亿 (十多万人, 三百余万人次).
  const chineseMagnitude = `(?:(?<infixC>${infix})(?<magnitudeC>[万亿]))?`;
  const chinese = allowChinese ? `|(?<chinese>${CHINESE_NUMBER}(?:点[零〇一二三四五六七八九]{1,12}[万亿])?)(?:${chineseMax}|${chineseMagnitude})|(?<bare>${BARE_MAGNITUDE})` : '';
  return new RegExp(`(?:${arabic}${chinese})${GAP}(?<infix2>${infix})?${GAP}(?<unit>${units})`, 'g');
}

/** Every match of the pattern, as an array (a generator's resumptions cost more than the few matches a text holds). */
function scan(ctx: ExtractContext, pattern: RegExp, qualifiers: Qualifiers): CountMatch[] {
  const found: CountMatch[] = [];
  const { text } = ctx;
  const approx = qualifiers.words;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const g = m.groups!;
    // 1 2 8万人次: the digits spaced one by one before the number are its first digits.
    const spaced = g.arabic !== undefined && g.arabicMax === undefined && g.rest === undefined ? joinSpacedDigits(text, m.index, g.arabic) : undefined;
    const arabic = spaced?.text ?? g.arabic;
    const start = spaced?.start ?? m.index;
    const end = m.index + m[0].length;
    const valueMax = g.arabicMax !== undefined ? scaled(g.arabicMax, g.magnitude) : g.chineseMax !== undefined ? parseChineseNumber(g.chineseMax) : undefined;
    const value = arabic !== undefined ? withRest(scaled(arabic, g.magnitudeLow ?? g.magnitude), g.magnitude, g.rest, g.restMag) : g.bare !== undefined ? magnitudeFactor(g.bare) : chineseLow(g.chinese!, g.chineseMax, g.magnitudeC);
    if (value === undefined || (g.chineseMax !== undefined && (valueMax === undefined || valueMax <= value))) continue;
    const around = qualifiersAround(ctx, approx, start, end);
    const prefix = around.prefix ?? prefixAfterCount(text, start, qualifiers);
    // 近百家, 上千人, 数十个: a qualifier before a lone magnitude.
    const bare = g.bare !== undefined || LONE_MAGNITUDE.test(g.chinese ?? '') ? qualifiers.bareAtEnd.exec(text.slice(Math.max(0, start - 2), start))?.[0] : undefined;
    found.push({
      start,
      end,
      value,
      valueMax,
      unit: g.unit!,
      approx: combineApprox(approx.approxOf(g.infix1 ?? g.infixC ?? g.infix2, 'infix'), around.suffix, approx.approxOf(bare, 'bare'), prefix),
      prefix,
      chinese: g.chineseMax !== undefined ? text.slice(start, m.index + m[0].length - g.unit!.length).trim() : (g.chinese ?? g.bare),
      arabic: arabic !== undefined ? { text: arabic, magnitude: g.magnitude } : undefined,
    });
  }
  return found;
}

/** A magnitude standing for the number, 百万 and 千万 too (近百家, 百万人次以上). */
const BARE_MAGNITUDE = '[百千][万亿]|[百千万亿]';
const BARE_MAGNITUDE_ONLY = new RegExp(`^(?:${BARE_MAGNITUDE})$`);
/** A magnitude standing alone as the number (十 of 数十个, 十万 of 数十万人). */
const LONE_MAGNITUDE = new RegExp(`^(?:十|${MAGNITUDE_PATTERN})$`);

/**
 * A Chinese number with the 万/亿 written after its qualifier (十多万 → 100000), or the low end
 * of a Chinese range: a lone digit takes the upper bound's 百/千/万/亿 (三到五千人 → 3000).
 */
function chineseLow(chinese: string, highText: string | undefined, magnitudeAfter: string | undefined): number | undefined {
  const magnitude = magnitudeAfter ?? (highText !== undefined && /^[一二两三四五六七八九]$/.test(chinese) ? /[百千万亿]$/.exec(highText)?.[0] : undefined);
  return magnitude === undefined ? chineseValue(chinese) : scaled(chinese, magnitude);
}

/** 三百 → 300; 一点五万 → 15000 (decimals, then a magnitude). */
function chineseValue(chinese: string): number | undefined {
  if (!chinese.includes('点')) return parseChineseNumber(chinese);
  const magnitude = /[万亿]$/.exec(chinese)?.[0];
  return scaled(magnitude ? chinese.slice(0, -1) : chinese, magnitude);
}

/**
 * jieba may glue a qualifier to the count before it (73批近7.4万人次 → 批近):
 * right after a number and its measure word, the qualifier still starts a phrase.
 */
function prefixAfterCount(text: string, start: number, qualifiers: Qualifiers): Approx | undefined {
  const before = text.slice(Math.max(0, start - 12), start);
  const prefix = qualifiers.words.prefixAtEnd.exec(before);
  if (!prefix || !qualifiers.afterCount.test(before.slice(0, prefix.index))) return undefined;
  return qualifiers.words.approxOf(prefix[0], 'prefix');
}

/** How far before a team's number the village and the team numbers listed before it are looked for (某村3、4、5组). */
const VILLAGE_GROUP_LIST_REACH = 16;
/** The numbers of a list before its last item, in digits, each with the unit or not (3、4、 / 3组、). */
function numberedListAtEnd(unit: string): RegExp {
  return new RegExp(`(?:[\\d０-９]{1,3}(?:${escapeRegex(unit)})?[、,，和及])+$`);
}

/** 全村10组, 各村3组: the whole village's or each village's teams are counted, not named. */
const WHOLE_VILLAGE_BEFORE = /[全各每]$/;

/** Whether the digits before a team unit name a village's team (某村4组, 某村3、4、5组; not 全村10组). */
function namesVillageTeam(text: string, m: CountMatch, context: CountContext): boolean {
  const before = text.slice(Math.max(0, m.start - VILLAGE_GROUP_LIST_REACH), m.start).replace(numberedListAtEnd(m.unit), '');
  const village = context.villageGroupAtEnd.exec(before);
  return village !== null && !WHOLE_VILLAGE_BEFORE.test(before.slice(0, village.index));
}

/** How far before a number its demonstrative is looked for, with what stands before it (60岁|以上: a qualifier, not one). */
const DEMONSTRATIVE_REACH = 5;

/** The rule by which a match is a statistic, or undefined when it is an ordinal, a slogan, a duration … */
function statisticRule(
  text: string,
  m: CountMatch,
  rules: CountRules,
  excluded: () => TakenSpans,
  taken: TakenSpans,
  isWordBoundary: (index: number) => boolean,
  isNounBefore: (at: number, unit?: string) => boolean,
  listsPlacesBefore: (at: number) => boolean,
): string | undefined {
  if (taken.overlaps(m.start, m.end)) return undefined;
  const measure = rules.measureWords.get(m.unit)!;
  // Settled before the stoplist is scanned for (a text's first candidate pays for that scan): a Chinese
  // numeral with a measure word that takes none (一股暖流, 二期) counts only as an item of a list.
  const split = m.chinese !== undefined && m.chinese !== '一' && dividesInto(text, m.start, rules.context, isWordBoundary);
  // 两期, 两次, 两届: 两 never numbers a phase or a session, so it counts with units whose other numerals do.
  const cardinalTwo = m.chinese === '两' && rules.context.twoCardinalUnits.has(m.unit);
  if (m.chinese !== undefined && measure.chinese === 'no' && !split && !cardinalTwo && !takesChineseInLists(m.unit, rules.context) && !isParallelItem(text, m, taken)) return undefined;
  if (excluded().overlaps(m.start, m.end)) return undefined;
  if (spacedWordGoesOn(text, m, measure)) return undefined;
  const before = text.slice(Math.max(0, m.start - 2), m.start);
  const context = rules.context;
  if (CONTINUES_NUMBER.test(before) || context.ordinalAtEnd.test(before) || isOrdinalAcrossSpaces(text, m.start, context)) return undefined;
  // 第八、九批, 第3至5届: the later items of an ordinal's list are ordinals too.
  if (context.ordinalListAtEnd.test(text.slice(Math.max(0, m.start - 16), m.start))) return undefined;
  if (m.chinese !== undefined && context.demonstrativeAtEnd.test(text.slice(Math.max(0, m.start - DEMONSTRATIVE_REACH), m.start))) return undefined;
  // 某村二组, 某村六组道路: a village's team named by its number, no count.
  if (m.chinese !== undefined && context.villageGroupUnits.has(m.unit) && context.villageGroupAtEnd.test(before)) return undefined;
  // 某村4组, 某村3、4、5组: teams named by their numbers in digits too (the list's items before share the name), no count;
  // a qualifier or 共 between (某村共12个组, 全村约30组) is not read so.
  if (m.arabic !== undefined && m.approx === 'exact' && context.villageGroupUnits.has(m.unit) && namesVillageTeam(text, m, context)) return undefined;
  // 三、四批, 五、六个: two neighbouring digits split by 、 are a vague range, as 三四批 is.
  if (m.chinese !== undefined && isNeighbourAfterComma(m.chinese, before)) return undefined;
  if (continuesSpacedDigits(text, m.start)) return undefined;
  // 6 215项: a space as the thousands separator (Hong Kong reports); the three digits alone would be a wrong value.
  if (m.arabic !== undefined && THREE_DIGITS.test(m.arabic.text) && SPACED_THOUSANDS_BEFORE.test(text.slice(Math.max(0, m.start - 5), m.start))) return undefined;
  if (context.rankingAtEnd.test(before) && context.rankingUnits.has(m.unit)) return undefined;
  if (context.counterLabelAtEnd.test(text.slice(Math.max(0, m.start - 8), m.start))) return undefined;
  if (context.counterLabelAfter.test(text.slice(m.end, m.end + 4)) && isChromeLine(text, m)) return undefined;
  if (COUNTER_UNITS.has(m.unit) && context.counterLabelSpaced.test(text.slice(Math.max(0, m.start - 8), m.start)) && isChromeLine(text, m)) return undefined;
  // 2025-06-21 06:09:57 1次: an unlabelled view counter right after a page's timestamp.
  if (COUNTER_UNITS.has(m.unit) && CLOCK_TIME_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)) && isChromeLine(text, m)) return undefined;
  // 0浏览 评论0条, 阅读12次 点赞3次: a label glued to its count on a short line with another counter or a date.
  if (COUNTER_UNITS.has(m.unit) && context.counterLabelGlued.test(text.slice(Math.max(0, m.start - 8), m.start)) && isChromeLine(text, m) && holdsOtherChrome(text, m, context)) return undefined;
  if (context.yearUnits.has(m.unit) && m.arabic !== undefined && BARE_YEAR.test(m.arabic.text) && m.arabic.magnitude === undefined) return undefined;
  const after = text.slice(m.end, m.end + 12);
  // 翠湖花园3座（, 东风邨12座、, 大厦2座的: a block's number in its estate's name, with no noun after it to count.
  // 沽出3期10樓D室: an estate's phase before a floor or a block is part of an address.
  if (m.unit === PHASE_UNIT && ADDRESS_AFTER_PHASE.test(after)) return undefined;
  if (context.buildingUnits.has(m.unit) && (!HAN_FIRST.test(after) || FLOOR_AFTER.test(after)) && context.buildingNameAtEnd.test(text.slice(Math.max(0, m.start - 4), m.start))) return undefined;
  // 五人或七人足球场: a number linked to a next one whose measure word makes another word (人足球) is of that kind too.
  if (linksToNonCount(after, m.unit, measure)) return undefined;
  if (context.capacityUnits.has(m.unit) && context.projectNameAfter.test(text.slice(m.end, m.end + PROJECT_NAME_REACH))) return undefined;
  if (isSessionOrdinal(text, m.start, after, context)) return undefined;
  if (namesPair(text, m, context)) return undefined;
  // 分两期建设, 分为三类: the parts a whole is divided into are counted, though 二期 alone is a phase's name.
  if (split && measure.chinese === 'no') return 'count.divided-into';
  if (cardinalTwo) {
    if (context.demonstrativeAtEnd.test(text.slice(Math.max(0, m.start - DEMONSTRATIVE_REACH), m.start)) || context.vagueAtEnd.test(before) || context.frequencyAtEnd.test(text.slice(Math.max(0, m.start - 3), m.start))) return undefined;
    return 'count.cardinal-two';
  }
  if (m.chinese !== undefined && context.divisionUnits.has(m.unit) && inDivisionRun(text, m, context)) return 'count.division-list';
  // 辖九乡一镇, 走遍全县七镇五乡, 下辖八镇: division counts in Chinese numerals after a verb that counts what a place
  // holds, two or more in a row or one right after 辖 (not 三区三州, a named concept with no such verb before it).
  if (m.chinese !== undefined && context.divisionUnits.has(m.unit) && heldDivisions(text, m, context)) return 'count.division-held';
  // 沿湖三市, 等三县, 州直和四县: a word that counts the divisions of a region or list right before Chinese numerals
  // (not a bare 一, an article, nor the second of a pair of division counts: 两省一市, 两省三市).
  if (m.chinese !== undefined && m.chinese !== '一' && context.divisionUnits.has(m.unit) && context.divisionBeforeWord.test(before) && !CHINESE_DIGIT.test(text[m.start - 2] ?? '')) {
    return 'count.division-before';
  }
  // 实施20村2890户: a division count right before a count in digits is one of a row of counts (10批657名).
  if (context.divisionUnits.has(m.unit) && !isDivisionCount(text, m, after, context) && !rules.countInDigitsAt.test(after)) return undefined;
  if (m.chinese !== undefined && countsNamedList(m.unit, measure, after, context) && countsListedNames(text, m.start, context)) return 'count.named-list';
  // 绵阳、平武两个接收点, 甲市和乙县两个分会场: a Chinese count with a noun measure word closing a list of places
  // counts what the places hold, whatever noun follows (张三、李四两个人, 教育、医疗两个领域 list no places).
  if (m.chinese !== undefined && m.chinese !== '一' && measure.chinese === 'noun' && HAN_FIRST.test(after) && countsListedNames(text, m.start, context) && listsPlacesBefore(m.start)) {
    return 'count.place-list';
  }
  // Another count may follow (12大类58小类).
  if (measure.ordinalBeforeName && after !== '' && !PUNCTUATION.test(after[0]!) && !/^[的了\d]/.test(after)) return undefined;
  if (m.chinese === undefined) return 'count.measure-word';
  // 1所小学、一所中学: an item of a list whose item before counts with the same measure word.
  if (isParallelItem(text, m, taken)) return 'count.parallel-item';
  // 新增七宗，六宗属输入，一宗源头不明: a bare 一 opening a clause after one that opens with a count of the same unit is the last part of a breakdown.
  if (m.chinese === '一' && continuesBreakdown(text, m, taken)) return 'count.breakdown-item';
  // 一处桥涵修复，两处路基修复: a bare 一 that opens a list whose next item counts a statistic noun in the same unit.
  if (m.chinese === '一' && measure.chinese !== 'no' && leadsCountList(text, m, rules)) return 'count.list-lead';
  // 项目六百余个。 counts its noun before it; in 县乡两个层级 the count belongs to the noun after.
  const endsClause = after === '' || PUNCTUATION.test(after[0]!);
  const nounBefore = endsClause && endsWithCountNoun(text.slice(Math.max(0, m.start - 10), m.start), rules);
  const isWordAfter = (start: number, end: number) => isWordBoundary(m.end + start) && isWordBoundary(m.end + end);
  // 车内检获两把刀、一支棍: what a verb of finding or seizing lists is counted, whatever the noun.
  const tallied = context.tallyVerb.test(sentenceBefore(text, m.start)) && !(m.chinese === '一' && context.vagueOneUnits.has(m.unit));
  // 疑似病例一例，/ 河北一例）: a bare 一 closing its clause right after a noun counts what the noun names.
  const oneClosesNoun = m.chinese === '一' && !context.oneWordUnits.has(m.unit) && closesNounClause(before, after, context) && isNounBefore(m.start, m.unit);
  // 两 个 项目: in a letter-spaced copy the noun after the measure word is read without its spaces.
  const letterSpaced = OCR_SPACE.test(text.slice(m.start, m.end)) && OCR_SPACE.test(text[m.end] ?? '');
  const nounAfter = letterSpaced ? withoutSpaces(text.slice(m.end, m.end + 24)).slice(0, 12) : after;
  if (!isChineseStatistic(m.chinese, before, nounAfter, measure, rules, m.approx, nounBefore, letterSpaced ? () => true : isWordAfter, oneClosesNoun, tallied)) return undefined;
  if (BARE_MAGNITUDE_ONLY.test(m.chinese)) return 'count.bare-magnitude';
  return measure.chinese === 'noun' ? 'count.chinese-before-noun' : 'count.chinese-numeral';
}

/**
 * Chinese numerals are a statistic far less often than Arabic ones: a bare 一
 * only after a verb of change (新增一个泊位; not 一名早产的孕妇, 一张蓝图); never a bare 万/亿 without a qualifier
 * (万人空巷), nor a bare 百/千 naming a campaign; and with 个/项/件 … only
 * next to a statistic noun (两个民生项目,
 * 实施援疆项目六百余个; not 两个宝宝).
 */
function isChineseStatistic(
  chinese: string,
  before: string,
  after: string,
  measure: MeasureWord,
  rules: CountRules,
  approx: Approx,
  nounBefore: boolean,
  isWordAfter: (start: number, end: number) => boolean,
  oneClosesNoun: boolean,
  tallied: boolean,
): boolean {
  if (measure.chinese === 'no') return false;
  // A bare 一 is an article (一名早产的孕妇) unless a verb of change makes it the change (新增一个泊位), or it
  // ends its clause after a noun (新增疑似病例一例，福建一例): nothing follows it to be introduced.
  if (chinese === '一' && !rules.context.changeAtEnd.test(before) && !oneClosesNoun && !tallied) return false;
  // Digit by digit (两三个, 七一) is a vague range or a name, not a count; three digits or more that no range
  // reads (一三五项, 三四六户, as Taiwan papers print numbers) are the number.
  if (/^[零〇○一二两三四五六七八九]{2,}$/.test(chinese) && !DIGIT_BY_DIGIT.test(chinese)) return false;
  if (rules.context.vagueAtEnd.test(before)) return false;
  // 他们两人, 兄弟三人 stand beside the people named; 我们三个村 counts villages.
  if (rules.context.appositionAtEnd.test(before) && rules.context.appositionUnits.some((unit) => (measure.word + after).startsWith(unit))) return false;
  // A lone 万/亿 without a qualifier is an idiom's (万人空巷) unless a verb of reaching makes it a figure (可达万人);
  // a compound magnitude (百万人, 千万户) names no idiom, but may name a campaign (百万人才计划).
  if (/^[百千]?[万亿]$/.test(chinese) && approx === 'exact' && !rules.context.reachAtEnd.test(before)) {
    if (!/^[百千][万亿]$/.test(chinese) || rules.context.campaignWord.test(clauseAfter(after, CAMPAIGN_WINDOW))) return false;
  }
  // A lone 百/千 standing between spaces is a table's unit label (入境旅客 千人次 2018年2月), no number.
  if (/^[百千]$/.test(chinese) && approx === 'exact' && (before === '' || /\s$/.test(before)) && /^\s/.test(after)) return false;
  // A lone 百/千 without a qualifier before a campaign's word is its name (百名专家进村活动, 千人计划).
  if (/^[百千]$/.test(chinese) && approx === 'exact' && rules.context.campaignWord.test(clauseAfter(after, CAMPAIGN_WINDOW))) return false;
  // 数百项, 上千个, 近百个, 逾四万件, 约三十个: a qualified number written with a magnitude is a quantity whatever
  // noun follows; so is one printed digit by digit (一三五项计划): no slogan or name is written so.
  if (measure.chinese === 'yes' || nounBefore || tallied || (/[十百千万亿]/.test(chinese) && approx !== 'exact') || DIGIT_BY_DIGIT.test(chinese)) return true;
  // 三千四百八十一个, 十九万一千八百一十六个职位: a numeral written out to its last digit (two digits or more, parted
  // by magnitudes, a hundred or more) is an exact figure, as no slogan or name is written (四个意识, 二十四个 still need a noun).
  if (isPreciseNumeral(chinese)) return true;
  // 五个一工程, 三个一批, 两个百万工程: a numeral right after the measure word makes a slogan's name.
  if (SLOGAN_AFTER.test(after)) return false;
  const phrase = nounPhraseAfter(after, rules.context, isWordAfter);
  return rules.nouns.some((noun) => phrase.includes(noun));
}

/** A hundred or more, two digits or more parted by magnitudes (三千四百八十一, 一百二十五; not 二十四, a slogan's), none next to another (两三千 is vague). */
function isPreciseNumeral(chinese: string): boolean {
  return /[百千万]/.test(chinese) && (chinese.match(/[一二两三四五六七八九]/g)?.length ?? 0) >= 2 && !/[一二两三四五六七八九]{2}/.test(chinese);
}

const DIGITS_IN_ORDER = '一二三四五六七八九';

/** 四 after 三、 (三、四批): the digit before the comma is its neighbour. */
function isNeighbourAfterComma(chinese: string, before: string): boolean {
  const at = DIGITS_IN_ORDER.indexOf(chinese);
  return chinese.length === 1 && at > 0 && before === `${DIGITS_IN_ORDER[at - 1]}、`;
}

/**
 * Letter-spaced text (a table's heading 项 目, a PDF's 8 4 项 目): where a space parts the number
 * from the measure word, a space after the word does not end it either, and what the word must
 * not run into (项目) is looked for past that space too.
 */
function spacedWordGoesOn(text: string, m: CountMatch, measure: MeasureWord): boolean {
  const unitStart = m.end - m.unit.length;
  if (!OCR_SPACE.test(text[unitStart - 1] ?? '') || !OCR_SPACE.test(text[m.end] ?? '')) return false;
  return runsIntoWord(measure, text, m.end + 1);
}

/** A floor or flat right after an estate's N座 (鳳德邨4座低層20B室, 某苑3座高层): the block's number, as in an address. */
const FLOOR_AFTER = /^(?:低|中|高|顶|地下)?[层層楼樓]|^\d{1,3}[楼樓层層]/;
/** A floor or a block right after N期 (3期10樓D室, 2期5座): an address. */
const ADDRESS_AFTER_PHASE = /^\d{1,3}[楼樓层層座栋棟幢]/;

/** A Han character other than 的 first (a noun after a measure word; 3座的居民 names the block's residents). */
const HAN_FIRST = /^(?!的)\p{Script=Han}/u;
/** 或 / 和 / 、 and the next number of a pair (五人或七人…, 3人、5人…). */
const LINKED_NUMBER_AFTER = new RegExp(`^[或和及与、](?:\\d+|[${CHINESE_DIGITS}十]{1,3})`);

/** Whether the number after 或/和/、 takes the same measure word as part of another word (五人或七人足球场 → 人足球). */
function linksToNonCount(after: string, unit: string, measure: MeasureWord): boolean {
  const linked = LINKED_NUMBER_AFTER.exec(after);
  if (!linked) return false;
  const rest = after.slice(linked[0].length);
  return rest.startsWith(unit) && runsIntoWord(measure, rest, unit.length);
}

/** A clause break or closing bracket right after the measure word. */
const CLAUSE_CLOSE_AFTER = /^(?:$|[，。；！？,;!?）)、])/;

/** 病例一例，/ 福建一例）: a bare 一 right after a Han word that ends its clause (the caller asks whether that word is a noun). */
function closesNounClause(before: string, after: string, context: CountContext): boolean {
  return CLAUSE_CLOSE_AFTER.test(after) && /\p{Script=Han}$/u.test(before) && !context.oneNotQuantityAtEnd.test(before);
}

/** The longest place name a numeral may open (乌兰察布市, 石河子市). */
const PLACE_NAME_REACH = 8;

/**
 * 七台河市, 三台县: a Chinese count that is the head of a place name (a jieba word tagged ns running on
 * past the measure word) is part of the name, not a number of things.
 */
function runsIntoPlaceName(ctx: ExtractContext, m: CountMatch): boolean {
  if (ctx.isWordBoundary(m.end)) return false;
  const word = ctx.tokensWithin(m.start, m.end + PLACE_NAME_REACH).find((t) => t.start === m.start);
  return word !== undefined && word.end > m.end && word.tag === 'ns';
}

/** How far back the word ending at a number is looked for. */
const WORD_BEFORE_REACH = 6;

/** Whether the word ending right at `at` is a noun or a name by its part of speech (病例, 河北; not 包联 of 包联一户). */
function nounEndsAt(ctx: ExtractContext, at: number, unit?: string): boolean {
  const tokens = ctx.tokensWithin(Math.max(0, at - WORD_BEFORE_REACH), at);
  const last = tokens[tokens.length - 1];
  // 杨某一家，: after a person's name, 一家 is that person's family, not one firm.
  if (unit === FAMILY_UNIT && last?.tag === 'nr') return false;
  return last !== undefined && last.end === at && last.tag.startsWith('n');
}

/** The last two items of a list of names right before a number (甲市、乙县|两个): separator, then up to six characters each. */
const LAST_TWO_ITEMS = /(?:^|[^\p{Script=Han}])?(\p{Script=Han}{2,6})[、和与及](\p{Script=Han}{2,6})$/u;
/** A division's name ending (西干沟乡, 某某县). */
const DIVISION_NAME_END = /[省市县区乡镇村]$/;

/**
 * Whether the two names closing a list right before `at` are places: one ends in a division word, or jieba
 * reads a place name (ns) inside them (绵阳、平武; not 张三、李四, 教育、医疗).
 */
function listsPlaces(ctx: ExtractContext, at: number): boolean {
  const items = LAST_TWO_ITEMS.exec(ctx.text.slice(Math.max(0, at - 14), at));
  if (!items) return false;
  if (DIVISION_NAME_END.test(items[1]!) || DIVISION_NAME_END.test(items[2]!)) return true;
  const from = at - items[2]!.length - 1 - items[1]!.length;
  return ctx.tokensWithin(from, at).some((t) => t.tag === 'ns');
}

/** A date or clock time on a line (2021-10-23, 2021年10月23日, 13:19). */
const DATE_OR_TIME = /\d{4}\s?[-/.年]\s?\d{1,2}|\d{1,2}:\d{2}/;

/** Whether the match's line, less the match and the label before it, holds another page counter or a date (0浏览 评论0条). */
function holdsOtherChrome(text: string, m: CountMatch, context: CountContext): boolean {
  const start = text.lastIndexOf('\n', m.start) + 1;
  const end = text.indexOf('\n', m.end);
  const label = context.counterLabelGlued.exec(text.slice(Math.max(start, m.start - 8), m.start))?.[0] ?? '';
  const rest = text.slice(start, m.start - label.length) + ' ' + text.slice(m.end, end < 0 ? text.length : end);
  return context.counterLabelAnywhere.test(rest) || DATE_OR_TIME.test(rest);
}

/** Whether the line holding a match is page chrome: short, with no sentence punctuation (发布时间：2024-05-06  浏览 865 次). */
function isChromeLine(text: string, m: CountMatch): boolean {
  const start = text.lastIndexOf('\n', m.start) + 1;
  const end = text.indexOf('\n', m.end);
  const line = text.slice(start, end < 0 ? text.length : end);
  return line.length <= 40 && !SENTENCE_PUNCTUATION.test(line);
}

/**
 * The words after a measure word up to punctuation or a whole word that ends its noun phrase (三个孩子|都考上了大学;
 * not 就 of 就业, 都 of 都市, nor an adverb opening a modifier, 三个已投产的养殖场).
 */
function nounPhraseAfter(after: string, context: CountContext, isWordAfter: (start: number, end: number) => boolean): string {
  const clause = clauseAfter(after);
  for (let at = 0; at < clause.length; at++) {
    context.phraseEnd.lastIndex = at;
    const word = context.phraseEnd.exec(clause)?.[0];
    if (word === undefined || !isWordAfter(at, at + word.length)) continue;
    if (at === 0 && MODIFIER_AFTER.test(clause.slice(word.length))) continue;
    return clause.slice(0, at);
  }
  return clause;
}

/**
 * In an article that numbers a project's phases, an exact N期 running on into
 * its clause is one of them (其中3期进口设备), unless a statistic noun follows
 * (15期培训班); at a clause end it counts sessions (举办培训班12期。).
 */
function isPhaseNumber(text: string, m: CountMatch, rules: CountRules): boolean {
  if (m.approx !== 'exact' || m.valueMax !== undefined) return false;
  const after = text.slice(m.end, m.end + NOUN_WINDOW);
  if (after === '' || PUNCTUATION.test(after[0]!)) return false;
  return !rules.nouns.some((noun) => after.startsWith(noun));
}

/** The statistic noun right before a number, past a qualifier or 共/达 (项目近百个, 项目共六个). */
function endsWithCountNoun(before: string, rules: CountRules): boolean {
  const stem = before.replace(rules.context.linkingAtEnd, '');
  return rules.nouns.some((noun) => stem.endsWith(noun));
}

/** A Chinese digit or ten (the numeral of a division count before a division word: 两省三市). */
const CHINESE_DIGIT = /[〇零一二两三四五六七八九十]/;

/** How far after a capacity count the end of a project's name may lie (8万只蛋鸡养殖项目). */
const PROJECT_NAME_REACH = 16;

/** How far before a list item the count of the item before it may start (1所小学、一所). */
const PARALLEL_REACH = 12;
/** A count's measure word, the noun it counts and a list separator, ending right before the next item. */
const ITEM_BEFORE = /^(?<noun>[^，。；：、,;:\s\d]{1,6})[、和及与]$/;

/**
 * 建成1所小学、一所中学, 培训3期、两期: a Chinese numeral (一 too) after a list
 * separator is a count where the item before it is a count already found
 * with the same measure word.
 */
function isParallelItem(text: string, m: CountMatch, taken: TakenSpans): boolean {
  const from = Math.max(0, m.start - PARALLEL_REACH);
  const before = text.slice(from, m.start);
  for (let at = before.lastIndexOf(m.unit); at >= 0; at = before.lastIndexOf(m.unit, at - 1)) {
    const unitEnd = from + at + m.unit.length;
    if (taken.overlaps(unitEnd - 1, unitEnd) && ITEM_BEFORE.test(text.slice(unitEnd, m.start))) return true;
    if (at === 0) break;
  }
  return false;
}

/** The rest of a list item after its count (up to a separator) and the next item's number. */
const NEXT_LIST_ITEM = /^([^，,。；;！？!?、\n]{1,12})[，,、；;]\s?(?:\d+|[两二三四五六七八九十]{1,3})/;

/**
 * 一处桥涵修复，两处路基修复: a bare 一 whose item is followed by one counting the same measure word,
 * both naming a statistic noun: the first of a list of counts, not an article.
 */
function leadsCountList(text: string, m: CountMatch, rules: CountRules): boolean {
  const after = text.slice(m.end, m.end + 24);
  const next = NEXT_LIST_ITEM.exec(after);
  if (!next || !after.startsWith(m.unit, next[0].length)) return false;
  const nextClause = clauseAfter(after.slice(next[0].length + m.unit.length));
  return rules.nouns.some((noun) => next[1]!.includes(noun)) && rules.nouns.some((noun) => nextClause.includes(noun));
}

/** How far back the clause before a breakdown's item may start. */
const BREAKDOWN_REACH = 24;

/**
 * 本港新增七宗个案，六宗属输入，一宗为本地个案: right after a comma, a bare 一 whose measure word opens or closes
 * the clause before it, counted there already, is one part of a total broken down.
 */
function continuesBreakdown(text: string, m: CountMatch, taken: TakenSpans): boolean {
  const comma = m.start - 1;
  if (comma < 0 || !/[，,；;]/.test(text[comma]!)) return false;
  // 一户一策, 一村一品: a slogan pairs the one with another.
  if (text[m.end] === '一') return false;
  let from = comma;
  while (from > 0 && comma - from < BREAKDOWN_REACH && !BREAKDOWN_CLAUSE_MARK.at(text, from - 1)) from--;
  const clause = text.slice(from, comma);
  // The clause closes with the total (累计新增个案77宗，一宗…) or opens with a part (六宗属输入，一宗…).
  if (clause.endsWith(m.unit) && taken.overlaps(comma - 1, comma)) return true;
  const unitAt = clause.indexOf(m.unit);
  if (unitAt <= 0) return false;
  const unitEnd = from + unitAt + m.unit.length;
  return taken.overlaps(unitEnd - 1, unitEnd) && /^[\d一二两三四五六七八九十百千万]+$/.test(clause.slice(0, unitAt).replace(/^(?:其中|另有|有)/, ''));
}

/** OCR spaces between 第 and its number (第 七批, 第  3次) do not make it a count. */
function isOrdinalAcrossSpaces(text: string, start: number, context: CountContext): boolean {
  let at = start;
  while (at > 0 && start - at < MAX_OCR_SPACES && OCR_SPACE_UNIT.at(text, at - 1)) at--;
  return at < start && context.ordinalAtEnd.test(text.slice(Math.max(0, at - 2), at));
}

/** 人代会三次会议, 十四届人大二次会议: the session's ordinal, not a number of meetings. */
function isSessionOrdinal(text: string, start: number, after: string, context: CountContext): boolean {
  return context.sessionAfter.test(after) && context.sessionBefore.test(clauseBefore(text, start));
}

/** How far back a sentence's verb may list what it found (车内检获两把刀、一支棍、一支铁笔及两支烟). */
const TALLY_WINDOW = 40;
const SENTENCE_BREAK = new UnitClass(/[，。；！？,;!?\n]/);

/** The sentence part before `start`, back to a comma or full stop (not 、) and at most TALLY_WINDOW characters. */
function sentenceBefore(text: string, start: number): string {
  let from = start;
  while (from > 0 && start - from < TALLY_WINDOW && !SENTENCE_BREAK.at(text, from - 1)) from--;
  return text.slice(from, start);
}

/** The clause before `start`, back to punctuation and at most SESSION_WINDOW characters. */
/** How far back a clause cut only by ，。；！？ (not 、, which parts a list of names) may start. */
const LIST_CLAUSE_REACH = 24;

/** The clause before `start` up to a comma or a sentence end, past the 、 of a list of names. */
function sentenceClauseBefore(text: string, start: number): string {
  let from = start;
  while (from > 0 && start - from < LIST_CLAUSE_REACH && !LIST_CLAUSE_MARK.at(text, from - 1)) from--;
  return text.slice(from, start);
}

function clauseBefore(text: string, start: number): string {
  let from = start;
  while (from > 0 && start - from < SESSION_WINDOW && !PUNCTUATION_UNIT.at(text, from - 1)) from--;
  return text.slice(from, start);
}

/**
 * 江苏和陕西两省协作, 两省区深化合作: a bare 两 before a division word is the
 * pair the article is about ("both"), not a statistic, unless a verb of change,
 * a region word or 等, a linking word or a verb counting what a place holds makes
 * it a number (新增杭州和宁波两市, 甘肃、青海等两省, 仅两省区, 涉及两省).
 */
function namesPair(text: string, m: CountMatch, context: CountContext): boolean {
  if (m.chinese !== '两' || !context.pairUnits.has(m.unit)) return false;
  const before = text.slice(Math.max(0, m.start - 8), m.start);
  // 等 closes a list that the number counts; a linking word (仅, 共, 其中) or a region word counts what follows,
  // unless it only ends the pair's last name (江苏和陕西两省; the 达 of 海勃湾、乌达两区 is no 达 'reach').
  if (before.endsWith('等')) return false;
  // 上海云南两省市: a province's name before a unit of provinces is one of the pair, not a province holding them.
  const pairOfProvinces = context.provinceUnits.has(m.unit) && context.provinceNameAtEnd.test(before);
  if (!CLOSES_NAMED_LIST.test(before) && (context.linkingAtEnd.test(before) || (!pairOfProvinces && context.divisionBeforeWord.test(before)))) return false;
  // 对口支援甲、乙两县, 甲、乙两县结对帮扶单位: the names listed are those aided, and the number counts them.
  if (CLOSES_NAMED_LIST.test(before) && (context.pairRecipientBefore.test(sentenceClauseBefore(text, m.start)) || context.pairRecipientAfter.test(text.slice(m.end, m.end + 8)))) return false;
  const clause = clauseBefore(text, m.start);
  return !context.changeIn.test(clause) && !context.divisionVerb.test(clause);
}

/**
 * 3区4县, 辖5县, 东部4市, 岳阳、益阳、常德3市: a division count is in a list of
 * divisions, after a verb that counts them, after a region word or 等, or
 * closes a list of names.
 */
function isDivisionCount(text: string, m: CountMatch, after: string, context: CountContext): boolean {
  // OCR and PDF copies space the number from the words before it (全国 25 县市, 向 4 省) and split words at
  // their line ends (对口支 援的 4 县): where the count itself is spaced, the words before it are read without spaces.
  const spaced = OCR_SPACE.test(text.slice(m.start, m.end));
  const start = startBeforeSpaces(text, m.start);
  const before = spaced ? withoutSpaces(text.slice(Math.max(0, start - 16), start)).slice(-8) : text.slice(Math.max(0, start - 8), start);
  const [divisionAfter, divisionBefore] = spaced ? [context.divisionAfterSpaced, context.divisionBeforeSpaced] : [context.divisionAfter, context.divisionBefore];
  if (divisionAfter.test(after) || context.divisionAlternativeAfter.test(after) || divisionBefore.test(text.slice(Math.max(0, m.start - 12), m.start)) || context.divisionBeforeWord.test(before)) return true;
  // 对口支援的4县, 帮扶的 3 县: the divisions an aid verb serves, counted as a pair of names aided is.
  if (CLOSES_NAMED_LIST.test(before) || context.aidedAtEnd.test(before)) return true;
  return context.divisionVerb.test(spaced ? withoutSpaces(spacedClauseBefore(text, start)) : clauseBefore(text, start));
}

const OCR_SPACES = /[ \t\u3000]+/g;

function withoutSpaces(text: string): string {
  return text.replace(OCR_SPACES, '');
}

/** The clause before `start` in an OCR copy: spaces do not end it (全 国 25 县市). */
function spacedClauseBefore(text: string, start: number): string {
  let from = start;
  while (from > 0 && start - from < SESSION_WINDOW * 2 && (OCR_SPACE_UNIT.at(text, from - 1) || !PUNCTUATION_UNIT.at(text, from - 1))) from--;
  return text.slice(from, start);
}

/** Where the OCR spaces right before `start` begin (a few at most). */
function startBeforeSpaces(text: string, start: number): number {
  let at = start;
  while (at > 0 && start - at < MAX_OCR_SPACES && OCR_SPACE_UNIT.at(text, at - 1)) at--;
  return at;
}

/** How far before a count a run of division counts holding it may start. */
const DIVISION_RUN_REACH = 16;

/**
 * 辖九乡一镇, 下辖八镇: the count is one of two or more division counts in Chinese numerals in a row whose clause
 * names a verb that counts what a place holds before the row, or it stands alone right after 辖.
 */
function heldDivisions(text: string, m: CountMatch, context: CountContext): boolean {
  if (m.chinese === '一' && context.holdsAtEnd.test(text.slice(Math.max(0, m.start - 1), m.start))) return false;
  if (m.chinese !== '一' && context.holdsAtEnd.test(text.slice(Math.max(0, m.start - 1), m.start)) && !/^[一二两三四五六七八九十]/.test(text.slice(m.end, m.end + 1))) return true;
  const start = runStart(text, m, context.divisionPair);
  return start !== undefined && context.divisionVerb.test(clauseBefore(text, start));
}

/** Where a run of the pattern holding the count starts, when one does (at most DIVISION_RUN_REACH before it). */
function runStart(text: string, m: CountMatch, pattern: RegExp): number | undefined {
  const run = stickyRun(pattern);
  for (let at = Math.max(0, m.start - DIVISION_RUN_REACH); at <= m.start; ) {
    run.lastIndex = at;
    const found = run.exec(text);
    if (found === null) {
      at++;
      continue;
    }
    if (at + found[0].length >= m.end) return at;
    at += found[0].length;
  }
  return undefined;
}

/** The count is one of three or more division counts in Chinese numerals in a row (八省二市一区). */
function inDivisionRun(text: string, m: CountMatch, context: CountContext): boolean {
  return runStart(text, m, context.divisionRun) !== undefined;
}

const STICKY_RUNS = new WeakMap<RegExp, RegExp>();

/** The division-run pattern anchored where its lastIndex stands (built once per pattern). */
function stickyRun(run: RegExp): RegExp {
  let sticky = STICKY_RUNS.get(run);
  if (!sticky) STICKY_RUNS.set(run, (sticky = new RegExp(run.source, run.flags.replace('g', '') + 'y')));
  return sticky;
}

/** 分两期, 分为三类: a verb of dividing that starts its own word right before the number. */
function dividesInto(text: string, start: number, context: CountContext, isWordBoundary: (index: number) => boolean): boolean {
  return context.splitWords.some((word) => text.endsWith(word, start) && isWordBoundary(start - word.length));
}

/** Division and named-list units (省, 市): Chinese numerals count with them in runs and after lists of names (八省二市一区, 岳阳、益阳、常德三市). */
function takesChineseInLists(unit: string, context: CountContext): boolean {
  return context.divisionUnits.has(unit) || context.namedListUnits.has(unit);
}

/** 三市 (a named-list unit) or 三个城市 (a noun measure word before a named-list noun): what may count listed names. */
function countsNamedList(unit: string, measure: MeasureWord, after: string, context: CountContext): boolean {
  return context.namedListUnits.has(unit) || (measure.chinese === 'noun' && context.namedListNoun.test(after));
}

/** 岳阳、益阳、常德三市, 甘肃、青海等两省: a Chinese numeral that counts the names listed before it. */
function countsListedNames(text: string, start: number, context: CountContext): boolean {
  const before = text.slice(Math.max(0, start - 8), start);
  if (context.vagueAtEnd.test(before)) return false;
  return CLOSES_NAMED_LIST.test(before) || /等$/.test(before);
}

function clauseAfter(after: string, window = NOUN_WINDOW): string {
  let end = 0;
  while (end < Math.min(after.length, window) && !PUNCTUATION.test(after[end]!)) end++;
  return after.slice(0, end);
}

/** What joins two items of a list (15亿股、15.5亿股; 300人和500人). */
const LIST_SEPARATOR = /^[、和及与]$/;

/**
 * 认购不少于15亿股、15.5亿股、3.5亿股: a bound or 约 written before a list's
 * first count is each item's, when the items count the same unit and an item
 * writes no qualifier of its own.
 */
function sharePrefix(text: string, previous: CountMatch | undefined, m: CountMatch): void {
  const shared = previous?.prefix;
  if (shared === undefined || shared === 'exact' || m.prefix !== undefined || m.approx !== 'exact') return;
  if (previous!.unit !== m.unit || !LIST_SEPARATOR.test(text.slice(previous!.end, m.start))) return;
  m.approx = shared;
  m.prefix = shared;
}

/** Numbers listed before the same unit share it: 3、5个 → 3 (个) and 5个. */
function listedBefore(text: string, m: CountMatch, taken: TakenSpans): CountMatch[] {
  if (!m.arabic || m.valueMax !== undefined) return [];
  const listed: CountMatch[] = [];
  for (const item of listedNumbersBefore(text, m.start)) {
    const value = scaled(item.text, m.arabic.magnitude);
    if (value === undefined || taken.overlaps(item.start, item.end)) break;
    listed.unshift({ start: item.start, end: item.end, value, unit: m.unit, approx: 'exact' });
  }
  return listed;
}

function countMention(text: string, m: CountMatch, rule: string): DraftMention {
  return {
    type: 'count',
    text: text.slice(m.start, m.end),
    value: m.value,
    ...(m.valueMax !== undefined ? { value_max: m.valueMax } : {}),
    unit: m.unit,
    approx: m.approx,
    rule,
    cleanStart: m.start,
    cleanEnd: m.end,
  };
}

/** A physical measure (4300米, 零下40摄氏度): not a count, and not scored. */
function measureMention(text: string, m: CountMatch, belowZeroWords: readonly string[]): DraftMention {
  const belowZero = belowZeroWords.some((word) => text.endsWith(word, m.start));
  return {
    type: 'measure',
    text: text.slice(m.start, m.end),
    value: belowZero ? -m.value : m.value,
    ...(m.valueMax !== undefined ? { value_max: belowZero ? -m.valueMax : m.valueMax } : {}),
    unit: m.unit,
    approx: m.approx,
    rule: 'measure.unit',
    cleanStart: m.start,
    cleanEnd: m.end,
  };
}
