import type { DraftMention } from '../model/mention';
import type { PlaceLevel } from '../model/common';
import { oneOf, RuleFileError, type RuleFileSpec, type RuleSet } from '../rules/loader';
import { sharedGazetteer, type Gazetteer } from '../resolve/gazetteer';
import { leadKey, PlaceIndex, type IndexRules } from '../resolve/place-index';
import { resolvePlaces, type ResolvedPlace } from '../resolve/places';
import { VillageNameCache } from '../resolve/village-names';
import { derivedNames } from '../resolve/names';
import type { FlowWords } from '../util/flow-words';
import { GEO_EXCLUSION_RULES, GEO_LOCATIVE_RULES, GEO_RIVER_ENDING_RULES, GEO_RULES, GEO_SPLIT_ENDING_RULES, basinWords, flowWords, plainWordsAt, productWordsAt, sourceWords, generatedFeatures, reachWords, riverEnding, riverWordLists, splitRiverParts, waterWords } from './geo';
import type { ExtractContext, Extractor, ExtractorModule } from './types';
import { WordsAt } from '../util/words-at';
import { unitSet } from '../util/bits';
import { alternation } from '../util/alternation';
import { isSeparatorBoundary } from '../util/separators';
import { JIEBA_TAG_RULES, loadTagSets } from '../resolve/jieba-tags';
import { builtinPlaceSuffixes } from '../resolve/place-suffixes';
import { BYLINE_RULES, bylineMarks, loadBylinePattern } from './bylines';

// Places: every administrative division an article names, resolved against
// the national division list (data/, built by scripts/build-gazetteer.js).

export const PLACE_ALIAS_RULES: RuleFileSpec = {
  file: 'place-aliases.tsv',
  columns: ['alias', 'target'],
};

export const PLACE_VILLAGE_VARIANT_RULES: RuleFileSpec = {
  file: 'place-village-variants.tsv',
  columns: ['chars'],
};

export const PLACE_PROVINCE_ABBREVIATION_RULES: RuleFileSpec = {
  file: 'place-province-abbreviations.tsv',
  columns: ['abbreviation', 'province'],
};

export const PLACE_VARIANT_CHAR_RULES: RuleFileSpec = {
  file: 'place-variant-chars.tsv',
  columns: ['variant', 'standard'],
};

const EXCLUSION_KINDS = [
  'word',
  'ending',
  'suffix-word',
  'context-only',
  'chain-only',
  'generic-village',
  'not-in-village',
  'village-counter',
  'area-word',
  'station-word',
  'gauge-word',
  'zone-word',
  'named-zone-word',
  'facility-word',
  'self-county',
  'list-closer',
  'township-list-closer',
  'village-list-closer',
  'community-list-closer',
  'sight-list-closer',
  'village-description',
  'village-list-qualifier',
  'road-word',
  'company-end',
  'reservoir-word',
  'word-tagged-stem',
  'given-name',
  'bank-word',
  'lottery-word',
  'ad-word',
  'province-lead',
  'aid-lead',
  'size-word',
  'river-joiner',
] as const;

export const PLACE_EXCLUSION_RULES: RuleFileSpec = {
  file: 'place-exclusions.tsv',
  columns: ['word', 'kind'],
  check: oneOf('kind', EXCLUSION_KINDS),
};

interface PlaceRules extends IndexRules {
  nameEndings: WordsAt;
  suffixWords: WordsAt;
  /** Short names that are also given names (尼玛): a place only in a chain or list. */
  givenNames: Set<string>;
  /** Standard names of natural features (泰山, 怒江): as a short name they mean the feature. */
  featureNames: Set<string>;
  /** Other names of features (雅江): they yield to a county stem whose region the article names. */
  featureAliases: Set<string>;
  /** Every feature surface, listed or generated (青海湖, 四川盆地): a word holding a place name but naming a feature. */
  featureWords: Set<string>;
  featureTails: Set<number>;
  genericVillageWords: Set<string>;
  notInVillage: Set<string>;
  villageCounters: Set<string>;
  areaWords: WordsAt;
  stationWords: WordsAt;
  gaugeWords: WordsAt;
  zoneWords: WordsAt;
  namedZoneWords: WordsAt;
  facilityWords: WordsAt;
  selfCounty: RegExp;
  /** A river's reaches (下游, 支流): 昌江下游 is the river, not 昌江区. */
  riverReaches: WordsAt;
  /** A river's basin (流域, 水系): 黑河流域 is the river, not 黑河市. */
  riverBasins: WordsAt;
  /** A river's source verb (发源): 柳江发源于 is the river, not 柳江区. */
  riverSources: WordsAt;
  /** A plain's or basin's word (平原, 盆地): 漳州平原 is the plain, not 漳州市. */
  plainWords: WordsAt;
  productWords: WordsAt;
  /** Locatives of a river's or lake's water (边, 畔, 里): 巴塘河畔 is the river named after 巴塘. */
  waterLocatives: WordsAt;
  /** The same reach words, and the tributary words (支流), as lists: a name right after one. */
  reachList: readonly string[];
  tributaryWords: readonly string[];
  /** Words for a river or its course that are no reach (河流, 源头): a short name ending like a river right after one is the river (河流黑河). */
  riverWords: readonly string[];
  flow: FlowWords;
  riverEnd: RegExp;
  splitRiverEnd: RegExp;
  riverFunctionChar: RegExp;
  listClosers: WordsAt;
  townshipListClosers: WordsAt;
  villageListClosers: WordsAt;
  /** Words between a list's count and 村 that say what kind of village (甲、乙3个行政村, 两个贫困村). */
  villageListQualifiers: string[];
  communityListClosers: WordsAt;
  /** Words closing a list of sights after its count or 等 (甲、乙等景点): its items are the sights. */
  sightListClosers: WordsAt;
  /** Words that describe a village (小山村) but are some villages' names: only right after its township is one named. */
  villageDescriptions: Set<string>;
  roadWords: WordsAt;
  companyEnds: WordsAt;
  reservoirWords: WordsAt;
  /** A rural bank's words (农商银行): a feature's name opening one names the division the bank is named after. */
  bankWords: WordsAt;
  /** Words of a lottery's spam (开奖, 六合彩): a place's name running into one names the spam's brand, no place. */
  lotteryWords: WordsAt;
  /** Words of size (小, 大) and the joiners of a list of rivers (、, 和): 平滩河和小安溪 is a river, not 安溪县. */
  sizeWords: Set<string>;
  riverJoiners: Set<string>;
  /** County stems jieba tags as common words that news writes as names (尖扎/v, 平遥/a): read like a stem tagged as a person's name. */
  wordTaggedStems: Set<string>;
  /** Each character of a class of rules/place-village-variants.tsv, by the class's first character (塆 → 塆, 弯 → 塆). */
  villageVariants: Map<string, string>;
  /** Trades' words ending an advertisement's name alone on its line (图书, 装饰): its place is no place of the story. */
  adWords: string[];
  /** Words jieba runs into a province's name after them (中国台湾, 首都北京). */
  provinceLeads: string[];
  /** Words of aid to a region (援疆, 援伊) jieba runs into the donor's name after them (援伊苏州: 伊苏/州). */
  aidLeads: string[];
  /** One-character names of provinces (闽, 宁), each with its province's official name. */
  provinceAbbreviations: Map<string, string>;
}

function loadPlaceRules(rules: RuleSet): PlaceRules {
  const exclusions = rules.load(PLACE_EXCLUSION_RULES);
  const words = (kind: (typeof EXCLUSION_KINDS)[number]) =>
    exclusions.filter((r) => r.cells.kind === kind).map((r) => r.cells.word!);
  return {
    aliases: rules.load(PLACE_ALIAS_RULES).map((r) => ({ alias: r.cells.alias!, target: r.cells.target! })),
    variantChars: new Map(rules.load(PLACE_VARIANT_CHAR_RULES).map((r) => [r.cells.standard!, r.cells.variant!])),
    blockedWords: words('word'),
    contextOnly: new Set(words('context-only')),
    chainOnly: new Set(words('chain-only')),
    givenNames: new Set(words('given-name')),
    nameEndings: new WordsAt(words('ending')),
    suffixWords: new WordsAt(words('suffix-word')),
    genericVillageWords: new Set(words('generic-village')),
    notInVillage: new Set(words('not-in-village')),
    villageCounters: new Set(words('village-counter')),
    areaWords: new WordsAt(words('area-word')),
    stationWords: new WordsAt(words('station-word')),
    gaugeWords: new WordsAt(words('gauge-word')),
    zoneWords: new WordsAt(words('zone-word')),
    namedZoneWords: new WordsAt(words('named-zone-word')),
    facilityWords: new WordsAt(words('facility-word')),
    listClosers: new WordsAt(words('list-closer')),
    townshipListClosers: new WordsAt(words('township-list-closer')),
    villageListClosers: new WordsAt(words('village-list-closer')),
    villageListQualifiers: words('village-list-qualifier'),
    communityListClosers: new WordsAt(words('community-list-closer')),
    sightListClosers: new WordsAt(words('sight-list-closer')),
    villageDescriptions: new Set(words('village-description')),
    roadWords: new WordsAt(words('road-word')),
    companyEnds: new WordsAt(words('company-end')),
    reservoirWords: new WordsAt(words('reservoir-word')),
    wordTaggedStems: new Set(words('word-tagged-stem')),
    bankWords: new WordsAt(words('bank-word')),
    lotteryWords: new WordsAt(words('lottery-word')),
    sizeWords: new Set(words('size-word')),
    riverJoiners: new Set(words('river-joiner')),
    adWords: words('ad-word'),
    provinceLeads: words('province-lead'),
    aidLeads: words('aid-lead'),
    provinceAbbreviations: new Map(rules.load(PLACE_PROVINCE_ABBREVIATION_RULES).map((r) => [r.cells.abbreviation!, r.cells.province!])),
    villageVariants: villageVariantClasses(rules.load(PLACE_VILLAGE_VARIANT_RULES).map((r) => r.cells.chars!)),
    selfCounty: new RegExp(alternation(words('self-county')), 'g'),
    riverReaches: reachWords(rules),
    riverBasins: basinWords(rules),
    riverSources: sourceWords(rules),
    plainWords: plainWordsAt(rules),
    productWords: productWordsAt(rules),
    waterLocatives: waterWords(rules),
    ...riverLists(rules),
    flow: flowWords(rules),
    riverEnd: riverEnding(rules),
    ...splitRiverParts(rules),
    ...featureSurfaces(rules),
  };
}

function riverLists(rules: RuleSet): { reachList: string[]; tributaryWords: string[]; riverWords: string[] } {
  const { reaches, tributaries, riverWords } = riverWordLists(rules);
  // A reach word (干流) before a county's stem names a place on the river (干流九江): not a river word here.
  return { reachList: reaches, tributaryWords: tributaries, riverWords: riverWords.filter((w) => !reaches.includes(w)) };
}

/** An alias must lead to exactly one division: a typo or an ambiguous name stops the run at start-up. */
function checkAliasTargets(rules: RuleSet, gazetteer: Gazetteer): void {
  const rows = rules.load(PLACE_ALIAS_RULES);
  const targets = gazetteer.findAll(rows.map((row) => row.cells.target!));
  for (const row of rows) {
    const found = targets.get(row.cells.target!)!.length;
    if (found !== 1) {
      const problem = found === 0 ? 'names no division of the gazetteer' : `names ${found} divisions: give the full path`;
      throw new RuleFileError(row.file, row.line, `target "${row.cells.target}" ${problem}`);
    }
  }
}

function featureSurfaces(rules: RuleSet): {
  featureNames: Set<string>;
  featureAliases: Set<string>;
  featureWords: Set<string>;
  featureTails: Set<number>;
} {
  const rows = rules.load(GEO_RULES);
  const featureWords = new Set([...rows.map((r) => r.cells.surface!), ...generatedFeatures().map((f) => f.name)]);
  return {
    featureWords,
    // The last two characters of every feature's name: one lookup rejects almost every place name (featureRunsInto).
    featureTails: new Set([...featureWords].filter((name) => name.length >= 2).map((name) => leadKey(name, name.length - 2))),
    featureNames: new Set(rows.filter((r) => r.cells.surface === r.cells.name).map((r) => r.cells.surface!)),
    featureAliases: new Set(rows.filter((r) => r.cells.surface !== r.cells.name).map((r) => r.cells.surface!)),
  };
}

export const placeExtractor: ExtractorModule = {
  type: 'place',
  ruleFiles: [PLACE_ALIAS_RULES, PLACE_VARIANT_CHAR_RULES, PLACE_PROVINCE_ABBREVIATION_RULES, PLACE_VILLAGE_VARIANT_RULES, PLACE_EXCLUSION_RULES, GEO_RULES, GEO_LOCATIVE_RULES, GEO_RIVER_ENDING_RULES, GEO_SPLIT_ENDING_RULES, GEO_EXCLUSION_RULES, JIEBA_TAG_RULES, BYLINE_RULES],
  create(rules: RuleSet): Extractor {
    const places = sharedGazetteer();
    checkAliasTargets(rules, places);
    const placeRules = loadPlaceRules(rules);
    const index = new PlaceIndex(places, placeRules);
    const villageNames = new VillageNameCache(places, placeRules.genericVillageWords);
    const tags = loadTagSets(rules);
    const bylines = loadBylinePattern(rules);
    const provinceNames = surfacesAtLevels(places, ['province']);
    const afterProvinceLead = afterLead(placeRules.provinceLeads, provinceNames);
    const afterAidLead = afterLead(placeRules.aidLeads, surfacesAtLevels(places, ['province', 'prefecture']));
    return {
      // jieba keeps province to county names whole, so short names align with its words.
      userWords: [...index.surfaces((e) => !e.blocked && !e.needsContext && e.divisions.every((d) => d.level !== 'township'))],
      extract(ctx: ExtractContext): DraftMention[] {
        const found = resolvePlaces(index, {
          text: ctx.text,
          bylineNames: withSiteNames(ctx.text, bylineMarks(ctx.text, bylines), placeRules.adWords),
          isWordBoundary: (i) => isSeparatorBoundary(ctx.text, i) || ctx.isWordBoundary(i) || afterProvinceLead(ctx.text, i) || afterAidLead(ctx.text, i) || beforeProvincePart(ctx.text, i, provinceNames),
          nameEndings: placeRules.nameEndings,
          suffixWords: placeRules.suffixWords,
          givenNames: placeRules.givenNames,
          genericVillageWords: placeRules.genericVillageWords,
          notInVillage: placeRules.notInVillage,
          villageCounters: placeRules.villageCounters,
          areaWords: placeRules.areaWords,
          stationWords: placeRules.stationWords,
          gaugeWords: placeRules.gaugeWords,
          zoneWords: placeRules.zoneWords,
          namedZoneWords: placeRules.namedZoneWords,
          facilityWords: placeRules.facilityWords,
          selfCounty: placeRules.selfCounty,
          listClosers: placeRules.listClosers,
          townshipListClosers: placeRules.townshipListClosers,
          villageListClosers: placeRules.villageListClosers,
          villageListQualifiers: placeRules.villageListQualifiers,
          communityListClosers: placeRules.communityListClosers,
          sightListClosers: placeRules.sightListClosers,
          villageDescriptions: placeRules.villageDescriptions,
          roadWords: placeRules.roadWords,
          companyEnds: placeRules.companyEnds,
          reservoirWords: placeRules.reservoirWords,
          wordTaggedStems: placeRules.wordTaggedStems,
          bankWords: placeRules.bankWords,
          lotteryWords: placeRules.lotteryWords,
          sizeWords: placeRules.sizeWords,
          riverJoiners: placeRules.riverJoiners,
          divisionChars: builtinPlaceSuffixes().divisionChars,
          riverReaches: placeRules.riverReaches,
          riverBasins: placeRules.riverBasins,
          riverSources: placeRules.riverSources,
          plainWords: placeRules.plainWords,
          productWords: placeRules.productWords,
          waterLocatives: placeRules.waterLocatives,
          reachList: placeRules.reachList,
          tributaryWords: placeRules.tributaryWords,
          riverWords: placeRules.riverWords,
          flow: placeRules.flow,
          riverEnd: placeRules.riverEnd,
          splitRiverEnd: placeRules.splitRiverEnd,
          riverFunctionChar: placeRules.riverFunctionChar,
          villageNames,
          villageVariants: placeRules.villageVariants,
          provinceAbbreviations: placeRules.provinceAbbreviations,
          featureNames: placeRules.featureNames,
          featureAliases: placeRules.featureAliases,
          featureWords: placeRules.featureWords,
          featureTails: placeRules.featureTails,
          startsPlace: (i) => index.namesAt(ctx.text, i),
          tagOf: tagLookup(ctx),
          tags,
          wordsWithin: (start, end) => ctx.tokensWithin(start, end),
        });
        return found.map(toMention);
      },
    };
  },
};

/**
 * A news site's or paper's name where a page credits its source (来源：某某
 * 资讯网, 来源：某某证券报, 来源：某市新闻) or opens its dateline (某某网3月29日电): the
 * publication, not a place (as 西藏日报 and 中国西藏网 are not), even where its
 * name runs a province into a county (某省某县资讯网) or ends in a word the
 * list of endings lacks. A government's site is the government's name.
 */
const SOURCE_SITE = /(?:来源|來源|来自|來自|稿源|出处|出處)[:：][ \t\u3000]*([\p{Script=Han}A-Za-z]{2,16}?(?:网站|網站|网|網|报|報|新闻|新聞))(?=[\s|｜_\-—，,。;；)）]|$)/gu;
const DATELINE_SITE = /(?<=^|[\s。！？】\]])(\p{Script=Han}{1,8}?(?:网|網))(?=(?:\p{Script=Han}{2,4})?(?:[0-9０-９]{1,2}月[0-9０-９]{1,2}日|讯|訊))/gmu;
/**
 * A site's regional channel (人民网-某省频道, 中新网某省新闻3月5日电, 大众网某市·某某新闻):
 * the region names the channel, a part of the publication's name, not a place
 * the story is about. A dateline's place after the site's name alone
 * (某某网某市3月5日电, 某某网某市讯) is no channel and stays a place.
 */
const SITE_CHANNEL = /(?<=\p{Script=Han}(?:网|網)[-－—–]?)(\p{Script=Han}{2,4}?)(?=频道|頻道|(?:新闻|新聞)[0-9０-９]|[·・]\p{Script=Han}{1,6}?(?:新闻|新聞|网|網))/gu;

/** DATELINE_SITE and SITE_CHANNEL tried at one position each (sticky copies). */
const DATELINE_SITE_AT = new RegExp(DATELINE_SITE.source, 'ymu');
const SITE_CHANNEL_AT = new RegExp(SITE_CHANNEL.source, 'yu');
/** How many UTF-16 units before its 网 a DATELINE_SITE match may start: eight characters, each maybe a surrogate pair. */
const DATELINE_SITE_REACH = 16;
/** The characters CHROME_SITE's endings start with: a text without any holds no match. */
const SITE_END_CHARS = /[网網论論贴貼]/;

/**
 * The matches of CHROME_SITE, read line by line and only in the lines holding one of its endings' first
 * characters: a match lies inside one line (none of its parts takes a line break) and its ^ and $ are the
 * line's, so a line read alone gives the same matches (their indices moved by the line's start).
 */
function chromeSites(text: string): RegExpMatchArray[] {
  const found: RegExpMatchArray[] = [];
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let holds = false;
    for (let i = start; i < end && !holds; i++) holds = SITE_END_UNITS.has(text.charCodeAt(i));
    if (holds) {
      for (const match of text.slice(start, end).matchAll(CHROME_SITE)) {
        match.index! += start;
        found.push(match);
      }
    }
    start = end + 1;
  }
  return found;
}

/** As bits: read at every character of a line until one is found. */
const SITE_END_UNITS = unitSet();
for (const ch of '网網论論贴貼') SITE_END_UNITS.add(ch.charCodeAt(0));

/** Where 网 and 網 stand in `text`, ascending. */
function siteMarks(text: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf('网'); at >= 0; at = text.indexOf('网', at + 1)) found.push(at);
  const traditional = found.length;
  for (let at = text.indexOf('網'); at >= 0; at = text.indexOf('網', at + 1)) found.push(at);
  return traditional === 0 || traditional === found.length ? found : found.sort((a, b) => a - b);
}

/**
 * The matches `text.matchAll` finds of the global pattern of which `sticky` is a sticky copy, where every match
 * starts within [n + from, n + to] of some n of `near` (ascending): only those positions are tried, in text
 * order, each after the end of the last match (as matchAll goes on), never inside a surrogate pair.
 */
function matchesNear(text: string, sticky: RegExp, near: readonly number[], from: number, to: number): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let next = 0;
  for (const n of near) {
    let at = Math.max(next, n + from, 0);
    while (at <= n + to && at < text.length) {
      if (at > 0 && isLowSurrogate(text.charCodeAt(at)) && isHighSurrogate(text.charCodeAt(at - 1))) {
        at++;
        continue;
      }
      sticky.lastIndex = at;
      const match = sticky.exec(text);
      if (match) {
        found.push(match);
        at += Math.max(1, match[0].length);
      } else at++;
    }
    next = Math.max(next, at);
  }
  return found;
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** `marks` (created where undefined) with 1 over every site's name of SOURCE_SITE and DATELINE_SITE. */
export function withSiteNames(text: string, marks: Uint8Array | undefined, adWords: readonly string[] = []): Uint8Array | undefined {
  // DATELINE_SITE and SITE_CHANNEL are read only near a 网 (their matches hold one or follow one), CHROME_SITE only
  // in a text holding one of its endings' characters: the same matches, without trying every position of the text.
  const marksAt = siteMarks(text);
  const lists: Array<Iterable<RegExpMatchArray>> = [
    text.matchAll(SOURCE_SITE),
    marksAt.length === 0 ? [] : matchesNear(text, DATELINE_SITE_AT, marksAt, -DATELINE_SITE_REACH, -1),
    marksAt.length === 0 ? [] : matchesNear(text, SITE_CHANNEL_AT, marksAt, 1, 2),
    marksAt.length === 0 && !SITE_END_CHARS.test(text) ? [] : chromeSites(text),
    text.matchAll(LONE_SITE_LINE),
  ];
  for (const list of lists) {
    for (const match of list) {
      const name = match[1] ?? match[2]!;
      // A government's own site (某某县人民政府网) is named after the government: its place counts.
      if (name.includes('政府')) continue;
      const end = match.index! + match[0].length;
      marks ??= new Uint8Array(text.length);
      marks.fill(1, end - name.length, end);
    }
  }
  for (const [start, end] of contactAddresses(text)) (marks ??= new Uint8Array(text.length)).fill(1, start, end);
  for (const [start, end] of chromeCaptions(text)) (marks ??= new Uint8Array(text.length)).fill(1, start, end);
  if (adWords.length > 0) {
    for (const match of text.matchAll(AD_LINE)) {
      const name = match[1]!;
      // A name ending in a trade's word (某地某某图书, 某市某某装饰) alone on its line, or a company's with its
      // telephone after it (某市某某有限公司 电话：…): an advertisement, no place of the story.
      const ends = (word: string) => name.endsWith(word) && name.length > word.length + 1;
      if (!adWords.some(ends) && !(match[2] !== undefined && COMPANY_ENDS.some(ends))) continue;
      const start = match.index! + match[0].indexOf(name);
      (marks ??= new Uint8Array(text.length)).fill(1, start, start + name.length);
    }
  }
  return marks;
}

/**
 * Page chrome naming the site or forum a page was taken from, its parts joined
 * by an underscore, a bar or a spaced dash (某县网_某县论坛_某市某县论坛网, 某市论坛|首页,
 * 标题 - 某市论坛 - Powered by …), in square brackets ([ 某省教育网 ] 作者：), or opening a trail of links (某市网 > 新闻 > 正文): the
 * publication's name, no place of the story, as a paper's is not.
 */
const SITE_END = '(?:论坛网|論壇網|论坛|論壇|网站|網站|贴吧|貼吧|网|網)';
const CHROME_BEFORE = '(?:^|[_|｜\\[【［]|[ \\t\\u3000][-—–])[ \\t\\u3000]*';
const CHROME_AFTER = '[ \\t\\u3000]*(?:[_|｜>›»\\]】］]|[-—–][ \\t\\u3000])';
// The separator before a name is consumed, not looked behind for: a look behind over a run of spaces is read
// again at every position of the run.
const CHROME_SITE = new RegExp(
  `${CHROME_BEFORE}(\\p{Script=Han}{2,12}?${SITE_END})(?=${CHROME_AFTER})|(?:[_|｜]|[ \\t\\u3000][-—–])[ \\t\\u3000]*(\\p{Script=Han}{2,12}?${SITE_END})(?=[ \\t\\u3000]*$)`,
  'gmu',
);
/** A line that is a site's or forum's name alone, of three to seven characters (某某网, 某县世纪网, 某市论坛网): the page's masthead. */
// Not a word for a net of another kind (电网, 管网, 路网, 一张网, 互联网, 天网, 法网).
const LONE_SITE_LINE = /^[ \t\u3000]*(\p{Script=Han}{1,5}[^\P{Script=Han}张电管路水渔联上光织法天](?:论坛网|論壇網|网|網))(?=[ \t\u3000]*$)/gmu;
/** A line that is a name alone, perhaps with a telephone after it (某地某某图书, 某市某某装饰 电话：…). */
const AD_LINE = /^[ \t\u3000]*(\p{Script=Han}{4,16})(?:[ \t\u3000]*((?:电话|電話|热线|熱線|咨询|諮詢|TEL|Tel|tel)[:：]?[ \t\u3000]*[0-9０-９][0-9０-９\-－ ]{6,19}))?(?=[ \t\u3000]*$)/gmu;
/** A company's endings, which make an advertisement of a line only with a telephone after the name. */
const COMPANY_ENDS = ['公司', '商行', '门市部', '经营部'];
/** 地址：, 通信地址： and the like, where a footer gives the publisher's address. */
const ADDRESS_LABEL = /(?:通信|通讯|通訊|联系|聯系|聯繫)?地址[:：]/gu;
/** Words a footer's contact line carries beside an address (邮编, 电话, 传真, ICP, 版权). */
const CONTACT_WORD = /邮编|郵編|邮政编码|郵政編碼|电话|電話|传真|傳真|热线|熱線|E-?mail|ICP|版权|版權/iu;

/** Words of a notice inviting objections or opinions before its contact address (意见受理, 异议反映, 公示期间). */
const NOTICE_FEEDBACK = /意见|意見|异议|異議|受理|公示|反映/u;

/** A telephone number: a mobile's eleven digits or a landline's with its area code (0931-1234567). */
const PHONE_NUMBER = /(?<![0-9０-９])(?:1[3-9][0-9]{9}|0[0-9]{2,3}[-－—]?[0-9]{7,8})(?![0-9０-９])/u;
/** Most characters of an organisation's name opening an address line (某某技工学校西校区地址：). */
const MAX_ADDRESS_OWNER = 30;
const ADDRESS_OWNER = new RegExp(`^[ \\t\\u3000]*\\p{Script=Han}{2,${MAX_ADDRESS_OWNER}}$`, 'u');

/**
 * A site's footer giving its contact address beside its postcode, telephone,
 * fax or licence (地址：某省某市某路1号 邮编：…; 电话：… 地址：某省某市…): the
 * publisher's office, no place of the story. The spans run from the label to
 * the next contact word or the line's end. So is an advertisement's contact
 * block after the story: an organisation's address line with a telephone on
 * the next line (某某学校西校区地址：某省某市…\n联系老师：某老师 1335…); its span
 * takes the organisation's name too, which its place opens.
 */
function contactAddresses(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const match of text.matchAll(ADDRESS_LABEL)) {
    const lineStart = text.lastIndexOf('\n', match.index!) + 1;
    let lineEnd = text.indexOf('\n', match.index!);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const owner = text.slice(lineStart, match.index!);
    const advertised = ADDRESS_OWNER.test(owner) && PHONE_NUMBER.test(nextLine(text, lineEnd));
    if (!advertised && !CONTACT_WORD.test(line.replace(match[0], ''))) continue;
    // A notice's line for objections (意见受理联系方式：电话…；通讯地址：某县某镇某路某局): the office of the story, no footer.
    if (NOTICE_FEEDBACK.test(owner)) continue;
    const start = match.index! + match[0].length;
    // The address runs to the next contact word (邮编：, 电话：) or the line's end.
    const next = text.slice(start, lineEnd).search(CONTACT_WORD);
    spans.push([advertised ? lineStart : start, next > 0 ? start + next : lineEnd]);
  }
  return spans;
}

/** The line after the one ending at `lineEnd` (empty at the text's end). */
function nextLine(text: string, lineEnd: number): string {
  if (lineEnd >= text.length) return '';
  const end = text.indexOf('\n', lineEnd + 1);
  return text.slice(lineEnd + 1, end < 0 ? text.length : end);
}

/** A short line of Han characters alone (a menu's or a channel's caption: 西藏, 本地新闻). */
const CAPTION_LINE = /^[ \t\u3000]*(\p{Script=Han}{2,5})[ \t\u3000]*$/gmu;
/** A line of page chrome: a label before a box (信息检索:), a trail of links, the site's menu words. */
const CHROME_LINE = /[:：][ \t\u3000]*$|您?当前的?位置|设为首页|加入收藏|[>›»][ \t\u3000]*\S|^[ \t\u3000]*(?:首页|主页)[ \t\u3000]*[|｜]/u;

/**
 * A caption standing alone on a line next to page chrome (a search box's label above it, a
 * trail of links below it): a region's name there (西藏 as a channel's caption) names the
 * site's section, no place of the story.
 */
function chromeCaptions(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  if (!CHROME_LINE.test(text)) return spans;
  for (const match of text.matchAll(CAPTION_LINE)) {
    const lineStart = match.index!;
    const lineEnd = lineStart + match[0].length;
    if (!CHROME_LINE.test(neighbourLine(text, lineStart, -1)) && !CHROME_LINE.test(neighbourLine(text, lineEnd, 1))) continue;
    const start = lineStart + match[0].indexOf(match[1]!);
    spans.push([start, start + match[1]!.length]);
  }
  return spans;
}

/** The nearest non-blank line before (`step` -1, from a line's start) or after (+1, from its end) a line. */
function neighbourLine(text: string, at: number, step: -1 | 1): string {
  for (let k = 0; k < 3; k++) {
    let line: string;
    if (step < 0) {
      if (at <= 0) return '';
      const end = at - 1;
      const start = text.lastIndexOf('\n', end - 1) + 1;
      line = text.slice(start, end);
      at = start;
    } else {
      if (at >= text.length) return '';
      const start = at + 1;
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      line = text.slice(start, end);
      at = end;
    }
    if (line.trim() !== '') return line;
  }
  return '';
}

/** Each character of the classes, by the first of its class. */
function villageVariantClasses(classes: readonly string[]): Map<string, string> {
  const canonical = new Map<string, string>();
  for (const chars of classes) {
    const units = [...chars];
    for (const ch of units) {
      if (canonical.has(ch)) throw new RuleFileError('place-village-variants.tsv', 0, `${ch} is in two classes`);
      canonical.set(ch, units[0]!);
    }
  }
  return canonical;
}

/** The names a division of the levels is written by (台湾, 台湾省, 香港, 西藏自治区; 苏州, 苏州市), for the start of a name after a lead word. */
function surfacesAtLevels(gazetteer: Gazetteer, levels: readonly PlaceLevel[]): string[] {
  const names = new Set<string>();
  for (const division of gazetteer.divisions) {
    if (!levels.includes(division.level)) continue;
    names.add(division.name);
    for (const derived of derivedNames(division)) names.add(derived.surface);
  }
  return [...names];
}

/**
 * 中国台湾地区, 中国香港, 首都北京: jieba runs a leading word (the country's
 * name, 首都) into the province's (中国台湾/ns, 首都北京/ns), so the province's
 * name starts inside a word. 援伊苏州工作组, 援喀上海: so it runs the region's
 * one character of a word of aid into the donor's name (伊苏/州). Right after
 * such a word (`province-lead`, `aid-lead`), the start of one of `names` is a
 * word's start: the test for a text and a position.
 */
function afterLead(leads: readonly string[], names: readonly string[]): (text: string, i: number) => boolean {
  // Most positions follow no lead's last character: one lookup answers them (the test runs at every word boundary asked).
  const lastChars = new Set(leads.map((lead) => lead[lead.length - 1]!));
  return (text, i) => i >= 2 && lastChars.has(text[i - 1]!) && endsWithOneOf(text, i, leads) && startsWithOneOf(text, i, names);
}

// Asked wherever jieba puts no word boundary: plain loops, no closure per question.
function endsWithOneOf(text: string, at: number, words: readonly string[]): boolean {
  for (const word of words) if (text.endsWith(word, at)) return true;
  return false;
}

function startsWithOneOf(text: string, at: number, words: readonly string[]): boolean {
  for (const word of words) if (text.startsWith(word, at)) return true;
  return false;
}

/** The characters of a direction (北部, 西南部, 中东部: a part of a province), by UTF-16 unit. */
const DIRECTION_UNITS: ReadonlySet<number> = new Set(['东', '南', '西', '北', '中'].map((ch) => ch.charCodeAt(0)));
const PART_UNIT = '部'.charCodeAt(0);

/**
 * 湖南北部, 云南西部: jieba may run the province's last character into the
 * direction word (湖/南北部), so the province's name ends inside a word. Right
 * before a direction's part, the end of a province's name is a word's end.
 */
function beforeProvincePart(text: string, i: number, provinceNames: readonly string[]): boolean {
  let k = i;
  // Past the end of the text charCodeAt is NaN: no direction, no 部.
  while (k < i + 3 && DIRECTION_UNITS.has(text.charCodeAt(k))) k++;
  if (k === i || text.charCodeAt(k) !== PART_UNIT) return false;
  return endsWithOneOf(text, i, provinceNames);
}

/** jieba's tag of the word spanning exactly [start, end), if there is one (tags are looked up only here). */
function tagLookup(ctx: ExtractContext): (start: number, end: number) => string | undefined {
  return (start, end) => {
    const [token] = ctx.tokensWithin(start, end);
    return token && token.start === start && token.end === end ? token.tag : undefined;
  };
}

/** Two literal shapes, with and without a code: no spread object is built per mention. */
function toMention(place: ResolvedPlace): DraftMention {
  const { division } = place;
  const code = division.code;
  if (code) {
    return { type: 'place', text: place.surface, name: division.name, path: division.path, level: division.level, code, rule: place.rule, cleanStart: place.start, cleanEnd: place.end };
  }
  return { type: 'place', text: place.surface, name: division.name, path: division.path, level: division.level, rule: place.rule, cleanStart: place.start, cleanEnd: place.end };
}
