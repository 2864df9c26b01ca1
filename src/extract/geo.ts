import { GEO_KINDS, type DraftMention, type GeoKind } from '../model/mention';
import { allOf, oneOf, type RuleFileSpec, type RuleSet } from '../rules/loader';
import { DEFAULT_DATA_DIR, sharedGazetteer, type Division } from '../resolve/gazetteer';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { derivedNames, peoplesWithZu } from '../resolve/names';
import { builtinPlaceSuffixes } from '../resolve/place-suffixes';
import { leadKey } from '../resolve/place-index';
import type { Token } from '../tokenize/jieba';
import type { ExtractContext, Extractor, ExtractorModule } from './types';
import { append } from '../util/arrays';
import { WordsAt } from '../util/words-at';
import { BitSet } from '../util/bits';
import { CHINESE_DIGITS } from './numbers';
import { isSeparatorBoundary } from '../util/separators';
import { alternation } from '../util/alternation';
import { SENTENCE_END, sentenceStartBefore } from '../util/sentences';
import { flowsFromWater, type FlowWords } from '../util/flow-words';
import { JIEBA_TAG_RULES, loadTagSets, type TagSets } from '../resolve/jieba-tags';
import { BYLINE_RULES, loadBylinePattern, markBylineNames } from './bylines';

// Geo: named natural features. A dictionary of features comes first: the hand
// list rules/geo.tsv (standard names, aliases) and the features taken from
// jieba's dictionary by scripts/build-geo-gazetteer.js (data/geo-features.tsv.gz),
// which count only as whole jieba words; suffix rules (…河, …山, …藏布) add features it lacks, but only for
// words jieba takes as names, and never a division's name; a feature listed
// next to a found one (年楚河、多雄藏布、湘河) counts when it carries a suffix of
// the same kind.

export const GEO_RULES: RuleFileSpec = {
  file: 'geo.tsv',
  columns: ['surface', 'name', 'kind'],
  check: oneOf('kind', GEO_KINDS),
};

export const GEO_SUFFIX_RULES: RuleFileSpec = {
  file: 'geo-suffixes.tsv',
  columns: ['suffix', 'kind', 'min_stem', 'compose', 'tags'],
  check: allOf(
    oneOf('kind', GEO_KINDS),
    oneOf('compose', ['yes', 'no', 'place', 'name', 'word']),
    (row) => (/^\d+$/.test(row.cells.min_stem ?? '') ? undefined : 'column "min_stem" must be a whole number'),
  ),
};

export const GEO_LOCATIVE_RULES: RuleFileSpec = {
  file: 'geo-locatives.tsv',
  columns: ['word', 'after'],
  check: oneOf('after', ['water', 'mountain', 'reach', 'basin', 'river-list', 'tributary', 'river-word', 'flow', 'flow-water', 'pass', 'summit', 'summit-end', 'mountain-word', 'range', 'gauge', 'site', 'crossing', 'tunnel', 'plain', 'source', 'station', 'coast', 'lake-list', 'wetland', 'alias', 'lake-word', 'zone-lead', 'zone-end', 'product', 'stream-word', 'river-works', 'plain-river-works', 'summit-name', 'lake-water', 'lake-wetland', 'entry', 'valley', 'class-lake', 'class-river', 'class-mountain', 'copula']),
};

export const GEO_RIVER_ENDING_RULES: RuleFileSpec = {
  file: 'geo-river-endings.tsv',
  columns: ['ending', 'short', 'scope'],
  required: 1,
  check: allOf(oneOf('short', ['unknown'], true), oneOf('scope', ['counted-list'], true)),
};

export const GEO_SPELLING_RULES: RuleFileSpec = {
  file: 'geo-spellings.tsv',
  columns: ['ending', 'spelling', 'kind', 'use'],
  check: allOf(oneOf('kind', GEO_KINDS), oneOf('use', ['area', 'alternative'])),
};

export const GEO_EXCLUSION_RULES: RuleFileSpec = {
  file: 'geo-exclusions.tsv',
  columns: ['word', 'kind'],
  check: allOf(oneOf('kind', ['word', 'after', 'org-end', 'title', 'lead-title', 'says', 'function-char', 'list-joiner', 'conjunction', 'website', 'org-list', 'org-list-scope', 'org-list-counter', 'place-list', 'place-list-scope', 'facility', 'facility-works', 'generic-stem', 'glued-verb', 'short-river-lead', 'river-cut-stop', 'list-opener', 'kind-end', 'clause-lead', 'phrase-lead', 'division-lead']), (row) =>
    ['website', 'short-river-lead', 'river-cut-stop', 'kind-end', 'clause-lead', 'phrase-lead', 'division-lead'].includes(row.cells.kind ?? '') && [...(row.cells.word ?? '')].length !== 1 ? `a ${row.cells.kind} word is one character` : undefined,
  ),
};

export const GEO_SPLIT_ENDING_RULES: RuleFileSpec = {
  file: 'geo-split-endings.tsv',
  columns: ['ending'],
};

export const GEO_SURNAME_RULES: RuleFileSpec = {
  file: 'geo-surnames.tsv',
  columns: ['surname'],
};

export interface Feature {
  name: string;
  kind: GeoKind;
  /** From the generated list: it counts only as a whole jieba word (no 盘江 inside 南盘江的). */
  wordOnly?: boolean;
}

type Compose = 'yes' | 'no' | 'place' | 'name' | 'word';

interface Suffix {
  suffix: string;
  kind: GeoKind;
  minStem: number;
  /**
   * What a bare suffix word joins (rules/geo-suffixes.tsv compose): yes, the short words right
   * before it (多/雄/藏布); place, the place name right before it (纽约/ns 湾); name, the
   * name-like words right before it (扎龙/ns 湿地, 巴音/x 布鲁克/nr 草原); no, nothing.
   */
  compose: Compose;
  /** jieba tags a one-word candidate may carry. */
  tags: Set<string>;
}

interface GeoRules {
  dictionary: Map<string, Feature[]>;
  /** The dictionary's surfaces and the blocked words: one lookup per length a match may have. */
  surfaces: Set<string>;
  /** For each first two UTF-16 units, a bit set of the lengths of the surfaces starting with them. */
  lengthsByLead: Map<number, number>;
  /**
   * For each UTF-16 unit, what it may be (SURFACE_START: a dictionary surface or blocked word starts
   * with it; SUFFIX_END: a suffix ends with it): one read per character of the scan, 0 for most.
   */
  unitRoles: Uint8Array;
  /** The first two units of the surfaces, hashed: most positions whose first unit passes are rejected without a Map lookup. */
  leadFilter: BitSet;
  blockedWords: Set<string>;
  /** Words that, right after a feature's name, make it something else. */
  afterWords: WordsAt;
  /** One-character lake suffixes (错, 措): such a lone character may open a lake's name (错那湖). */
  lakeLeads: Set<string>;
  /** A lake's suffix words that join the names before them (堰塞湖, 盐湖): a name right before one is the lake's. */
  lakeNameWords: readonly string[];
  /** Endings of Tibetan lakes (错, 措: those geo-spellings.tsv respells): a one-character stem so ending lost its first character. */
  tibetanLakeEnds: Set<string>;
  /** 网 of a website before its dateline (长江网3月2日讯): one character each. */
  websiteChars: Set<string>;
  /** Words that end an organisation's name a few characters after a feature's (渤海港口集团). */
  orgEnds: WordsAt;
  /** A byline's credit word and the person names after it (记者阳建、秦华江）): no feature there. */
  credits: RegExp | undefined;
  /** A person's role right before a name (副县长刘岷江): a surname and a feature's name after it are a person's. */
  titles: Set<string>;
  /** Roles that only come before a person's name (湖长胡某山): after a feature's name they open the feature's chief's title (某湖湖长). */
  leadTitles: Set<string>;
  /** A verb of saying right after a name (赵洱海说): the same. */
  says: WordsAt;
  suffixes: Suffix[];
  /** For the last UTF-16 unit of any suffix (河, 布, 山 …), the suffixes ending in it. */
  suffixesByLastUnit: Map<number, Suffix[]>;
  placeNames: Set<string>;
  /** A feature's other name that is a county's stem (塔河, 雅江), and the provinces of those counties. */
  aliasCountyProvinces: Map<string, string[]>;
  /** Provinces' short names (湖北, 河南): a suffix-made name ending on one's first character runs into it (搅热湖北). */
  provinceNames: Set<string>;
  /** Provinces' names, full and short (西藏, 内蒙古): such a stem before 冰川 or 草原 names no one feature. */
  provinceStems: Set<string>;
  /** Words that before 湿地 or 草原 say what kind or what broad area (城市湿地, 北疆草原). */
  genericStems: Set<string>;
  /** Characters that end a word naming a type (断陷型): before 盆地 or 冰川 such a word names none. */
  kindEnds: Set<string>;
  /** Characters that, opening a word jieba does not know, are the clause's (其指/x, 若麦兹/x): a name starts after them. */
  clauseLeads: Set<string>;
  phraseLeads: Set<string>;
  /** Characters ending a division's name (乡, 镇) that, opening an unknown word, end the name before it (筏头/n 乡合溪/x). */
  divisionLeads: Set<string>;
  /** Verbs and prepositions jieba glues onto an unknown name (穿卫河/x): one character each. */
  gluedVerbs: Set<string>;
  /** Characters that, as a one-character stem before 河 and a course word, make a generic river (各河河道, 老河道). */
  shortRiverLeads: Set<string>;
  /** Characters that, cut off before a river's name, belong to a division's name or a count (县, 段): never its first character. */
  riverCutStops: Set<string>;
  /** Words of a scenic site named after a mountain (景区): 光雾/n 山/n 景区 is the mountain 光雾山. */
  siteWords: WordsAt;
  /** Words of a bridge named after the river it crosses (大桥): 汀江大桥 names the river 汀江. */
  crossingWords: WordsAt;
  /** A tunnel's word: a mountain's name before one names the mountain it runs through (嘎拉山隧道). */
  tunnelWords: WordsAt;
  /** A plain's or basin's word (平原, 盆地): right after a feature's name, the two are the plain's name. */
  plainWords: string[];
  /** A verb of a river's source (发源): after a river's name it says the name is a river's. */
  sourceWords: WordsAt;
  /** Words that mark a river's gauge (水位, 水文站): a name ending like a river before one is the river (富河水位). */
  gaugeWords: string[];
  /** Characters that end a gauge station's name (站): a tributary's name ends where the station's starts. */
  stationEnds: Set<string>;
  aliasWords: string[];
  /** Characters no feature's stem holds (对卫河 is 对 + 卫河). */
  functionChar: RegExp;
  /** Where an item of a list of features ends: punctuation or a conjunction. */
  listItemEnd: RegExp;
  /** Words that join two names (玉珠峰和玉虚峰), longest first. */
  conjunctions: string[];
  /** Common surnames: 李小江 after 长江和 is a person's name. */
  surnames: Set<string>;
  /** Locatives jieba runs into a river's or lake's suffix (河畔): the suffix ends the name. */
  waterLocatives: Set<string>;
  waterLocativesAt: WordsAt;
  /** Locatives after a mountain (雷公山/nr 下): a person-tagged name before one is the mountain. */
  mountainLocatives: Set<string>;
  /** A river's reaches (下游, 支流): a name before one is a river, even a county's short name (昌江下游). */
  reaches: WordsAt;
  reachWords: Set<string>;
  /** A river's or lake's basin or system (流域, 水系): a lake's name before one is the lake (南湖水系). */
  basins: WordsAt;
  /** A wetland's word (湿地): the lake or river a wetland is named after is the feature (南湖湿地 → 南湖). */
  wetlands: WordsAt;
  /** Words that say a text speaks of lakes (湖滨, 湖泊): a plateau lake in 海 before a wetland's word counts only in such a text. */
  lakeWords: string[];
  /** Words of water or its works right after a name in 湖 (节制闸, 水域): the name is the lake's, however short or common. */
  lakeWaterWords: WordsAt;
  /** A wetland's words, ranked or not (湿地, 国家湿地): after a name in 湖 in a text on lakes, the name is the lake's. */
  wetlandWordsAt: WordsAt;
  /** Words that locate or name a feature heading its entry (位于, 距, 又称: rules/geo-locatives.tsv entry and alias). */
  entryWords: WordsAt;
  /** Words a river's 河 runs into as a valley's common noun (谷 of 河谷: rules/geo-locatives.tsv valley). */
  valleyWords: ReadonlySet<string>;
  /** The words of a river's basin or system (水系, 流域: rules/geo-locatives.tsv basin), longest first. */
  basinList: readonly string[];
  /** Nouns of a class of feature and the kind each says (湖泊 lake: rules/geo-locatives.tsv class-*), longest first. */
  classNouns: ReadonlyArray<[string, GeoKind]>;
  /** Copulas of one character between a subject and the class noun describing it (是: rules/geo-locatives.tsv copula). */
  copulas: readonly string[];
  /** Words of a zone's or work's kind right after a lake's or river's name at its head (水禽, 防洪). */
  zoneLeads: WordsAt;
  /** A zone's or work's own word closing the item (保育区, 大堤, 项目). */
  zoneEnds: WordsAt;
  /** Words of a local product or dish (烤鱼, 脆李, 特产): a division's short name before one is the division's (某山烤鱼). */
  productWords: WordsAt;
  /** Words of two river endings jieba reads as one (溪河): a one-character word before one opens a river's name (榆/ns 溪河). */
  streamWords: Set<string>;
  /** Words of the coast (滨海, 沙滩): a bare 湾 after a noun in their sentence closes a bay's name (棋子湾). */
  coastWords: string[];
  /** Words of a river's course (流域, 河道, 上游): a one-character stem's river before one counts (蒲河流域). */
  riverCourses: WordsAt;
  /** jieba's tags read as evidence (rules/jieba-tags.tsv). */
  tags: TagSets;
  /** The tag a lone suffix cut from a locative is given: the first of the place set (ns). */
  placeTag: string;
  /** Words after which a river's name follows (支流), longest first. */
  tributaryWords: string[];
  /** Words for a river or its course (河流, 干流, 源头): a name after one counts only where jieba reads it as a name (扎曲/ns, not 污水/n). */
  riverWords: string[];
  /** Verbs of flowing into (流入) and what a sentence before one names as flowing (水): see flowsFromWater. */
  flow: FlowWords;
  /** Words that make a mountain's name a pass's (昆仑山/ns 口/q). */
  passWords: string[];
  /** Words that make a mountain's name a range's (衡山/ns 山脉/ns). */
  rangeWords: string[];
  /** Words after which a summit's name follows (最高峰千佛顶). */
  summitWords: string[];
  /** Words after which a name is a mountain's, without them (仙乃日神山 → 仙乃日). */
  mountainWords: string[];
  /** The characters that end a summit's name (顶, 峰). */
  summitEnds: string[];
  /** 等212条河流 right after a list: its items are rivers, whatever their ending (修水、抚河等…河流). */
  riverListCloser: RegExp;
  /** A list of waters closed by a word for rivers, a qualifier or two before it (甲江、乙江部分河流, 甲河、乙河等河道). */
  riverListTail: RegExp;
  /** 等六个湖泊 right after a list: its items ending like a lake are lakes (南湖、北湖等湖泊), a district's short name too. Sticky: set lastIndex to the 等. */
  lakeListCloser: RegExp;
  /** Words that open a list (包括, 例如): a list's first item holds none of them (包括南湖 is 包括 + 南湖). */
  listOpeners: string[];
  /** 等 and a noun of organisations or divisions after a list (等省实验室, 等4个县市): its items name them. Sticky: set lastIndex to the 等. */
  orgListCloser: RegExp;
  /** 甲河、乙水库主体工程: a facility's word (水库) and a word of works after it (主体工程), read after the last item. */
  sharedFacility: RegExp;
  /** A river's ending at the end of a name (昌江, 修水). */
  riverEnd: RegExp;
  /** A river's ending at the end of an item of a list closed by 等N条…河流, those of small rivers too (甲源, 乙港). */
  countedListEnd: RegExp;
  /** Words of works on a river that may follow its name in an item of a counted list of rivers (综合治理, 清淤). */
  riverWorks: WordsAt;
  /** Words of works on a small river of the plain in 港 or 源 (整治, 清淤): plainRiversBeforeWorks. */
  plainRiverWorks: WordsAt;
  /** The endings of small rivers of the plain (港, 源: rules/geo-river-endings.tsv counted-list). */
  plainRiverEnds: ReadonlySet<string>;
  /** Summits' own names that many mountains share (金顶): a mountain where the article names a mountain found. */
  summitNames: string[];
  /** River endings after which an unknown word of two characters is a river of a one-character stem (左江/x). */
  shortUnknownEndings: Set<string>;
  /** Endings of Tibetan rivers jieba cuts across (宁/j 那曲/ns, 杂/v 日/m 曲/q): such a name closed by a list's joiner counts after a river word. */
  splitEndings: string[];
  /** The last UTF-16 units of the split endings. */
  splitLasts: Set<number>;
}

type GeoDraft = Extract<DraftMention, { type: 'geo' }>;

const HAN_ONLY = /^\p{Script=Han}+$/u;
/** Roles of a UTF-16 unit in GeoRules.unitRoles. */
const SURFACE_START = 1;
const SUFFIX_END = 2;
/** A word that a scan looks for starts with it (支流, 河流, 水位, 神山). */
const WORD_START = 4;
/** Bits of the lead filter (64 kB): a few thousand surfaces leave most of them clear. */
const LEAD_FILTER_BITS = 1 << 19;

/** The first two UTF-16 units at `start`, hashed into the lead filter. */
function leadHash(text: string, start: number): number {
  return (Math.imul(text.charCodeAt(start), 0x9e3779b1) ^ text.charCodeAt(start + 1)) & (LEAD_FILTER_BITS - 1);
}

/** The suffixes by their last UTF-16 unit, longest first as `suffixes` are. */
function byLastUnit(suffixes: readonly Suffix[]): Map<number, Suffix[]> {
  const map = new Map<number, Suffix[]>();
  for (const suffix of suffixes) {
    const last = suffix.suffix.charCodeAt(suffix.suffix.length - 1);
    const list = map.get(last);
    if (list) list.push(suffix);
    else map.set(last, [suffix]);
  }
  return map;
}
const MAX_LIST_ITEM = 6;

function loadGeoRules(rules: RuleSet): GeoRules {
  const dictionary = new Map<string, Feature[]>();
  for (const row of rules.load(GEO_RULES)) {
    const list = dictionary.get(row.cells.surface!) ?? [];
    list.push({ name: row.cells.name!, kind: row.cells.kind as GeoKind });
    dictionary.set(row.cells.surface!, list);
  }
  const spellings = rules.load(GEO_SPELLING_RULES).map((r) => ({ ending: r.cells.ending!, spelling: r.cells.spelling!, kind: r.cells.kind as GeoKind, use: r.cells.use! }));
  // Only the hand list's surfaces and the spellings made from them can be another name of a feature.
  const handSurfaces = [...dictionary.keys()];
  // 雪山山 (of 雪山山群): a generic suffix word (雪山) and its own ending again names no feature.
  const suffixWords = new Set(rules.load(GEO_SUFFIX_RULES).map((r) => r.cells.suffix!));
  forEachGeneratedFeature((name, kind) => {
    if (!dictionary.has(name) && !repeatsSuffixWord(name, suffixWords)) dictionary.set(name, GENERATED_BY_KIND.get(kind)!);
  });
  append(handSurfaces, addAreas(dictionary, spellings.filter((s) => s.use === 'area')));
  append(handSurfaces, addAlternativeSpellings(dictionary, spellings.filter((s) => s.use === 'alternative')));
  const exclusions = rules.load(GEO_EXCLUSION_RULES);
  const blockedWords = new Set(exclusions.filter((r) => r.cells.kind === 'word').map((r) => r.cells.word!));
  const surfaces = new Set([...dictionary.keys(), ...blockedWords]);
  const lengthsByLead = new Map<number, number>();
  const unitRoles = new Uint8Array(0x10000);
  const leadFilter = new BitSet(LEAD_FILTER_BITS);
  for (const surface of surfaces.keys()) {
    if (surface.length < 2 || surface.length > 30) continue;
    const lead = leadKey(surface, 0);
    lengthsByLead.set(lead, (lengthsByLead.get(lead) ?? 0) | (1 << surface.length));
    unitRoles[surface.charCodeAt(0)]! |= SURFACE_START;
    leadFilter.add(leadHash(surface, 0));
  }
  const suffixes = rules
    .load(GEO_SUFFIX_RULES)
    .map((r) => ({
      suffix: r.cells.suffix!,
      kind: r.cells.kind as GeoKind,
      minStem: Number(r.cells.min_stem),
      compose: r.cells.compose as Compose,
      tags: new Set(r.cells.tags!.split(/\s+/)),
    }))
    .sort((a, b) => b.suffix.length - a.suffix.length);
  for (const { suffix } of suffixes) unitRoles[suffix.charCodeAt(suffix.length - 1)]! |= SUFFIX_END;
  const locativeWords = locatives(rules);
  const { tributaryWords, riverWords, flow, gaugeWords, mountainWords, aliasWords } = locativeWords;
  for (const word of [...tributaryWords, ...riverWords, ...flow.verbs, ...gaugeWords, ...mountainWords, ...aliasWords]) unitRoles[word.charCodeAt(0)]! |= WORD_START;
  return {
    dictionary,
    surfaces,
    leadFilter,
    lakeLeads: new Set(suffixes.filter((s) => s.kind === 'lake' && s.suffix.length === 1).map((s) => s.suffix)),
    tibetanLakeEnds: new Set(spellings.filter((r) => r.kind === 'lake' && r.use === 'alternative').map((r) => r.ending)),
    lakeNameWords: suffixes.filter((s) => s.kind === 'lake' && s.compose === 'name' && s.suffix.length >= 2).map((s) => s.suffix),
    lengthsByLead,
    unitRoles,
    blockedWords,
    afterWords: new WordsAt(exclusions.filter((r) => r.cells.kind === 'after').map((r) => r.cells.word!)),
    websiteChars: new Set(exclusions.filter((r) => r.cells.kind === 'website').map((r) => r.cells.word!)),
    orgListCloser: orgListCloser(exclusions),
    sharedFacility: sharedFacility(exclusions),
    listOpeners: exclusions.filter((r) => r.cells.kind === 'list-opener').map((r) => r.cells.word!).sort((a, b) => b.length - a.length),
    orgEnds: new WordsAt(exclusions.filter((r) => r.cells.kind === 'org-end').map((r) => r.cells.word!)),
    credits: loadBylinePattern(rules),
    titles: new Set(exclusions.filter((r) => r.cells.kind === 'title').map((r) => r.cells.word!)),
    leadTitles: new Set(exclusions.filter((r) => r.cells.kind === 'lead-title').map((r) => r.cells.word!)),
    genericStems: new Set(exclusions.filter((r) => r.cells.kind === 'generic-stem').map((r) => r.cells.word!)),
    gluedVerbs: new Set(exclusions.filter((r) => r.cells.kind === 'glued-verb').map((r) => r.cells.word!)),
    kindEnds: new Set(exclusions.filter((r) => r.cells.kind === 'kind-end').map((r) => r.cells.word!)),
    clauseLeads: new Set(exclusions.filter((r) => r.cells.kind === 'clause-lead').map((r) => r.cells.word!)),
    phraseLeads: new Set(exclusions.filter((r) => r.cells.kind === 'phrase-lead').map((r) => r.cells.word!)),
    divisionLeads: new Set(exclusions.filter((r) => r.cells.kind === 'division-lead').map((r) => r.cells.word!)),
    shortRiverLeads: new Set(exclusions.filter((r) => r.cells.kind === 'short-river-lead').map((r) => r.cells.word!)),
    riverCutStops: new Set(exclusions.filter((r) => r.cells.kind === 'river-cut-stop').map((r) => r.cells.word!)),
    says: new WordsAt(exclusions.filter((r) => r.cells.kind === 'says').map((r) => r.cells.word!)),
    suffixes,
    suffixesByLastUnit: byLastUnit(suffixes),
    ...divisionNames(aliasSurfaces(dictionary, handSurfaces)),
    functionChar: charClass(exclusions.filter((r) => r.cells.kind === 'function-char').map((r) => r.cells.word!)),
    ...locativeWords,
    ...tagsOf(rules),
    riverEnd: riverEnding(rules),
    productWords: productWordsAt(rules),
    streamWords: new Set(rules.load(GEO_LOCATIVE_RULES).filter((r) => r.cells.after === 'stream-word').map((r) => r.cells.word!)),
    countedListEnd: countedListEnding(rules),
    plainRiverEnds: new Set(rules.load(GEO_RIVER_ENDING_RULES).filter((r) => r.cells.scope === 'counted-list').map((r) => r.cells.ending!)),
    shortUnknownEndings: new Set(rules.load(GEO_RIVER_ENDING_RULES).filter((r) => r.cells.short === 'unknown').map((r) => r.cells.ending!)),
    ...splitEndings(rules),
    listItemEnd: charClass(['、，,。；;：:\\s', ...exclusions.filter((r) => r.cells.kind === 'list-joiner').map((r) => r.cells.word!)]),
    surnames: new Set(rules.load(GEO_SURNAME_RULES).map((r) => r.cells.surname!)),
    conjunctions: exclusions
      .filter((r) => r.cells.kind === 'conjunction')
      .map((r) => r.cells.word!)
      .sort((a, b) => b.length - a.length),
  };
}

function locatives(
  rules: RuleSet,
): Pick<GeoRules, 'waterLocatives' | 'waterLocativesAt' | 'mountainLocatives' | 'reaches' | 'reachWords' | 'basins' | 'wetlands' | 'riverCourses' | 'coastWords' | 'riverListCloser' | 'riverListTail' | 'lakeListCloser' | 'tributaryWords' | 'riverWords' | 'flow' | 'passWords' | 'rangeWords' | 'summitWords' | 'summitEnds' | 'mountainWords' | 'gaugeWords' | 'siteWords' | 'crossingWords' | 'tunnelWords' | 'plainWords' | 'sourceWords' | 'stationEnds' | 'aliasWords' | 'lakeWords' | 'zoneLeads' | 'zoneEnds' | 'riverWorks' | 'plainRiverWorks' | 'summitNames' | 'lakeWaterWords' | 'wetlandWordsAt' | 'entryWords' | 'valleyWords' | 'basinList' | 'classNouns' | 'copulas'> {
  const rows = rules.load(GEO_LOCATIVE_RULES);
  const of = (after: string) => new Set(rows.filter((r) => r.cells.after === after).map((r) => r.cells.word!));
  // A basin (黑河流域) is a reach of the whole river.
  const reachWords = new Set([...of('reach'), ...of('basin')]);
  const nouns = alternation(of('river-list'));
  // 等 closes the list; a count of the rivers and a word or two of kind may come between (等212条河流, 等12条入湖河流).
  const riverListCloser = new RegExp(`^等(?:[\\d${CHINESE_DIGITS}十百千]+条)?[\\u4e00-\\u9fff]{0,2}?(?:${nouns})`);
  const riverListTail = new RegExp(`^[\\u4e00-\\u9fff]{0,2}?(?:${alternation(of('river-list'))})`);
  // A count and a word or two of kind may come between (等五个主要湖泊, 等大小湖泊).
  const lakeListCloser = new RegExp(`等(?:[\\d${CHINESE_DIGITS}十百千]+[个座处]?)?[\\u4e00-\\u9fff]{0,2}?(?:${alternation(of('lake-list'))})`, 'y');
  return { waterLocatives: of('water'), waterLocativesAt: new WordsAt(of('water')), mountainLocatives: of('mountain'), reaches: new WordsAt(reachWords), reachWords, basins: new WordsAt(of('basin')), wetlands: new WordsAt(of('wetland')), riverCourses: new WordsAt([...reachWords, ...of('river-list')]), coastWords: [...of('coast')], riverListCloser, riverListTail, lakeListCloser, tributaryWords: [...of('tributary')].sort((a, b) => b.length - a.length), riverWords: [...of('river-word')], flow: { verbs: [...of('flow')], water: [...of('flow-water')] }, passWords: [...of('pass')], rangeWords: [...of('range')], summitWords: [...of('summit')], summitEnds: [...of('summit-end')], mountainWords: [...of('mountain-word')], gaugeWords: [...of('gauge')], siteWords: new WordsAt(of('site')), crossingWords: new WordsAt(of('crossing')), tunnelWords: new WordsAt(of('tunnel')), plainWords: [...of('plain')].sort((a, b) => b.length - a.length), sourceWords: new WordsAt(of('source')), stationEnds: of('station'), aliasWords: [...of('alias')].sort((a, b) => b.length - a.length), lakeWords: [...of('lake-word')], zoneLeads: new WordsAt(of('zone-lead')), zoneEnds: new WordsAt(of('zone-end')), riverWorks: new WordsAt(of('river-works')), plainRiverWorks: new WordsAt(of('plain-river-works')), summitNames: [...of('summit-name')], lakeWaterWords: new WordsAt(of('lake-water')), wetlandWordsAt: new WordsAt([...of('lake-wetland'), ...of('wetland')]), entryWords: new WordsAt([...of('entry'), ...of('alias')]), valleyWords: of('valley'), basinList: [...of('basin')].sort((a, b) => b.length - a.length), classNouns: classNounsOf(of), copulas: [...of('copula')] };
}

/** The reach words of rules/geo-locatives.tsv (the place extractor leaves 昌江下游 to the river). */
/** The class nouns (class-lake, class-river, class-mountain) with the kind each names, longest first. */
function classNounsOf(of: (after: string) => Set<string>): Array<[string, GeoKind]> {
  const kinds: GeoKind[] = ['lake', 'river', 'mountain'];
  return kinds.flatMap((kind) => [...of(`class-${kind}`)].map((word): [string, GeoKind] => [word, kind])).sort((a, b) => b[0].length - a[0].length);
}

export function reachWords(rules: RuleSet): WordsAt {
  return locatives(rules).reaches;
}

/** The basin words of rules/geo-locatives.tsv (黑河流域: the river, not 黑河市). */
export function basinWords(rules: RuleSet): WordsAt {
  return new WordsAt(rules.load(GEO_LOCATIVE_RULES).filter((r) => r.cells.after === 'basin').map((r) => r.cells.word!));
}

/** The verbs of a river's source of rules/geo-locatives.tsv (柳江发源于: the river, not the district). */
export function sourceWords(rules: RuleSet): WordsAt {
  return new WordsAt(rules.load(GEO_LOCATIVE_RULES).filter((r) => r.cells.after === 'source').map((r) => r.cells.word!));
}

/** The plain and basin words of rules/geo-locatives.tsv (漳州平原: the plain, not 漳州市). */
/**
 * Words after which a division's short name that a feature shares names the division: the
 * product words of rules/geo-locatives.tsv (某山烤鱼: the county the dish is named after, not
 * the mountain) and the peoples of an autonomous division's name with 族 (某江傈僳族: the
 * division's people, not the river's).
 */
export function productWordsAt(rules: RuleSet): WordsAt {
  const products = rules.load(GEO_LOCATIVE_RULES).filter((r) => r.cells.after === 'product').map((r) => r.cells.word!);
  return new WordsAt([...products, ...peoplesWithZu()]);
}

export function plainWordsAt(rules: RuleSet): WordsAt {
  return new WordsAt(rules.load(GEO_LOCATIVE_RULES).filter((r) => r.cells.after === 'plain').map((r) => r.cells.word!));
}

/** The water locatives of rules/geo-locatives.tsv (巴塘河畔: the river named after 巴塘, not the county). */
export function waterWords(rules: RuleSet): WordsAt {
  return locatives(rules).waterLocativesAt;
}

/** The reach, tributary and river words of rules/geo-locatives.tsv as lists, reaches and tributaries longest first (干流监利, 支流清河, 河流黑河); no basin (流域). */
export function riverWordLists(rules: RuleSet): { reaches: string[]; tributaries: string[]; riverWords: string[] } {
  const reaches = rules.load(GEO_LOCATIVE_RULES).filter((r) => r.cells.after === 'reach').map((r) => r.cells.word!);
  const { tributaryWords: tributaries, riverWords } = locatives(rules);
  return { reaches: reaches.sort((a, b) => b.length - a.length), tributaries, riverWords };
}

export function flowWords(rules: RuleSet): FlowWords {
  return locatives(rules).flow;
}

function tagsOf(rules: RuleSet): Pick<GeoRules, 'tags' | 'placeTag'> {
  const tags = loadTagSets(rules);
  return { tags, placeTag: tags.place.values().next().value! };
}

function splitEndings(rules: RuleSet): Pick<GeoRules, 'splitEndings' | 'splitLasts'> {
  const endings = rules.load(GEO_SPLIT_ENDING_RULES).map((r) => r.cells.ending!);
  return { splitEndings: endings, splitLasts: new Set(endings.map((e) => e.charCodeAt(e.length - 1))) };
}

/** The endings of rules/geo-river-endings.tsv at the end of a name (昌江, 修水). */
export function riverEnding(rules: RuleSet): RegExp {
  return new RegExp(`(?:${alternation(rules.load(GEO_RIVER_ENDING_RULES).filter((r) => !r.cells.scope).map((r) => r.cells.ending!))})$`);
}

/** Every ending of rules/geo-river-endings.tsv, those of counted lists of rivers too (甲源, 乙港), at the end of a name. */
function countedListEnding(rules: RuleSet): RegExp {
  return new RegExp(`(?:${alternation(rules.load(GEO_RIVER_ENDING_RULES).map((r) => r.cells.ending!))})$`);
}

/** The split endings (曲) at the end of a name, and the function characters no river's stem holds: place.ts leaves a place's name inside a split river's (河流宁那曲和…). */
export function splitRiverParts(rules: RuleSet): { splitRiverEnd: RegExp; riverFunctionChar: RegExp } {
  const functionChars = rules.load(GEO_EXCLUSION_RULES).filter((r) => r.cells.kind === 'function-char');
  return { splitRiverEnd: new RegExp(`(?:${alternation(splitEndings(rules).splitEndings)})$`), riverFunctionChar: charClass(functionChars.map((r) => r.cells.word!)) };
}

/** A character class of the given characters (rule cells are single Han characters). */
function charClass(chars: readonly string[]): RegExp {
  return new RegExp(`[${chars.join('')}]`);
}

/** A row of rules/geo-spellings.tsv: a name's ending, what another spelling has in its place. */
interface Respelling {
  ending: string;
  spelling: string;
  kind: GeoKind;
}

/** The other spelling of `surface` by the first rule whose ending and kind it has. */
function respell(surface: string, features: readonly Feature[], rules: readonly Respelling[], minStem: number): string | undefined {
  const rule = rules.find((r) => surface.length >= r.ending.length + minStem && surface.endsWith(r.ending) && features.every((f) => f.kind === r.kind));
  return rule && surface.slice(0, surface.length - rule.ending.length) + rule.spelling;
}

/** 大别山区 is the 大别山 area: a feature's area takes no spelling the dictionary has (西湖区 is a district). Returns the surfaces added. */
function addAreas(dictionary: Map<string, Feature[]>, rules: readonly Respelling[]): string[] {
  const added: string[] = [];
  for (const [surface, features] of entriesEndingLike(dictionary, rules)) {
    const area = respell(surface, features, rules, 0);
    if (area && !dictionary.has(area)) {
      dictionary.set(area, named(features, surface));
      added.push(area);
    }
  }
  return added;
}

/** Tibetan lakes written with 湖 (羊卓雍湖, 班公湖) mean the lake of the standard name (…错, …措). Returns the surfaces set. */
function addAlternativeSpellings(dictionary: Map<string, Feature[]>, rules: readonly Respelling[]): string[] {
  const added: string[] = [];
  for (const [surface, features] of entriesEndingLike(dictionary, rules)) {
    // Every spelling of its ending: 纳木错 is also written 纳木措 and 纳木措湖.
    for (const rule of rules) {
      const spelling = respell(surface, features, [rule], MIN_RESPELLED_STEM);
      if (!spelling) continue;
      // A generated entry (羊卓雍湖 from jieba's dictionary) yields to the feature's standard name.
      const known = dictionary.get(spelling);
      if (!known || known.every((f) => f.wordOnly && nameOf(f, spelling) === spelling)) {
        dictionary.set(spelling, named(features, surface));
        added.push(spelling);
      }
    }
  }
  return added;
}

/**
 * The entries (as they are now) whose surface ends in the last character of a
 * rule's ending: no other takes a spelling, and a few thousand generated
 * entries are passed over with one lookup each at start-up.
 */
function entriesEndingLike(dictionary: ReadonlyMap<string, Feature[]>, rules: readonly Respelling[]): Array<[string, Feature[]]> {
  const lasts = new Set(rules.map((r) => r.ending[r.ending.length - 1]!));
  const entries: Array<[string, Feature[]]> = [];
  for (const surface of dictionary.keys()) if (lasts.has(surface[surface.length - 1]!)) entries.push([surface, dictionary.get(surface)!]);
  return entries;
}

/** Characters an alternative spelling keeps before the ending at least (羊卓雍 of 羊卓雍错). */
const MIN_RESPELLED_STEM = 2;

const FEATURE_FILE = path.join(DEFAULT_DATA_DIR, 'geo-features.tsv.gz');

/**
 * The generated list's entries share one feature per kind, named by the
 * surface they are found under (a worker holds no object per entry).
 */
const GENERATED_BY_KIND = new Map<GeoKind, Feature[]>(GEO_KINDS.map((kind) => [kind, [{ name: '', kind, wordOnly: true }]]));

/** A feature's name: a generated entry's is the surface it is found under. */
function nameOf(feature: Feature, surface: string): string {
  return feature.name || surface;
}

/** The features with their names spelled out, for another surface to carry (大别山 for 大别山区). */
function named(features: Feature[], surface: string): Feature[] {
  return features.some((f) => !f.name) ? features.map((f) => ({ ...f, name: nameOf(f, surface) })) : features;
}

/** Each entry of the generated list (`surface <TAB> kind`), read from the file at each call. */
function forEachGeneratedFeature(use: (name: string, kind: GeoKind) => void): void {
  const kinds = new Set<string>(GEO_KINDS);
  const text = zlib.gunzipSync(fs.readFileSync(FEATURE_FILE)).toString('utf8');
  // Cut with indexOf, not split: no array per line at each start-up.
  for (let start = 0; start < text.length; ) {
    const lineEnd = endOf(text, '\n', start, text.length);
    const nameEnd = endOf(text, '\t', start, lineEnd);
    const kind = text.slice(nameEnd + 1, endOf(text, '\t', nameEnd + 1, lineEnd));
    if (nameEnd > start && nameEnd < lineEnd && kinds.has(kind)) use(text.slice(start, nameEnd), kind as GeoKind);
    start = lineEnd + 1;
  }
}

/** The name is a suffix word of its own (雪山, 山脉) and that word's last character again (雪山山). */
function repeatsSuffixWord(name: string, suffixWords: ReadonlySet<string>): boolean {
  const stem = name.slice(0, -1);
  return stem.length >= 2 && stem.endsWith(name.slice(-1)) && suffixWords.has(stem);
}

/** Where the next `separator` from `start` is, or `limit` if none comes before it. */
function endOf(text: string, separator: string, start: number, limit: number): number {
  const at = text.indexOf(separator, start);
  return at < 0 || at > limit ? limit : at;
}

/** The generated feature list, read anew at each call (kept by no module: a worker holds only the dictionary's entries). */
export function generatedFeatures(): readonly Feature[] {
  const features: Feature[] = [];
  forEachGeneratedFeature((name, kind) => features.push({ name, kind, wordOnly: true }));
  return features;
}

/**
 * Names and short names of the gazetteer's divisions (鞍山, 唐山 are cities, not mountains),
 * the provinces' short names of two characters (湖北, 山东), and the provinces of the counties
 * whose short name is also a feature's other name (塔河县: 塔河). One pass over an array of the
 * divisions: a for-of over the gazetteer's iterator runs cold, once per process, at several
 * times the cost; a township has no short name (resolve/names.ts), so its derived names are not asked for.
 */
function divisionNames(aliases: ReadonlySet<string>): Pick<GeoRules, 'placeNames' | 'aliasCountyProvinces' | 'provinceNames' | 'provinceStems'> {
  const divisions = [...sharedGazetteer().divisions];
  const names: string[] = divisions.map((d) => d.name);
  const provinceNames = new Set<string>();
  const provinceStems = new Set<string>();
  const aliasCountyProvinces = new Map<string, string[]>();
  for (let i = 0; i < divisions.length; i++) {
    const division = divisions[i]!;
    if (division.level === 'township') continue;
    if (division.level === 'province') provinceStems.add(division.name);
    for (const derived of derivedNames(division)) {
      names.push(derived.surface);
      if (division.level === 'province') provinceStems.add(derived.surface);
      if (division.level === 'province' && derived.surface.length === 2) provinceNames.add(derived.surface);
      if (division.level !== 'county' || !aliases.has(derived.surface)) continue;
      const provinces = aliasCountyProvinces.get(derived.surface) ?? [];
      const province = provinceOf(division.path);
      if (!provinces.includes(province)) provinces.push(province);
      aliasCountyProvinces.set(derived.surface, provinces);
    }
  }
  return { placeNames: new Set(names), aliasCountyProvinces, provinceNames, provinceStems };
}

/**
 * Surfaces of the hand list that are another name of their feature (塔河 → 塔里木河), of `candidates`
 * (a generated entry names its own feature).
 */
function aliasSurfaces(dictionary: ReadonlyMap<string, readonly Feature[]>, candidates: readonly string[]): Set<string> {
  const aliases = new Set<string>();
  for (const surface of candidates) if (dictionary.get(surface)!.some((f) => f.name !== surface && !f.wordOnly)) aliases.add(surface);
  return aliases;
}

function provinceOf(path: string): string {
  const cut = path.indexOf('/');
  return cut < 0 ? path : path.slice(0, cut);
}

export const geoExtractor: ExtractorModule = {
  type: 'geo',
  ruleFiles: [GEO_RULES, GEO_SUFFIX_RULES, GEO_EXCLUSION_RULES, BYLINE_RULES, GEO_LOCATIVE_RULES, GEO_RIVER_ENDING_RULES, GEO_SPLIT_ENDING_RULES, GEO_SPELLING_RULES, GEO_SURNAME_RULES, JIEBA_TAG_RULES],
  // A feature word that is the stem of a township the article names is the township (乌江镇), and a
  // feature inside a place's span is no feature: geo reads the places found before it.
  reads: ['place'],
  create(rules: RuleSet): Extractor {
    const geo = loadGeoRules(rules);
    return {
      extract(ctx) {
        const taken = new Uint8Array(ctx.text.length);
        const localStems = readPlaces(ctx.earlier, geo, taken);
        const townStems = townshipStemsOfNamedCounties(ctx.earlier);
        markBylineNames(ctx.text, geo.credits, taken);
        const marks = markText(ctx.text, geo);
        const found = tributaries(ctx, geo, taken, marks);
        append(found, mountainsOpeningWorks(ctx, geo, taken));
        append(found, dictionaryFeatures(ctx, geo, taken, localStems, marks.surfaceStarts));
        append(found, suffixFeatures(ctx, geo, taken, marks.suffixEnds));
        append(found, gaugedRivers(ctx, geo, taken, marks));
        append(found, riversBeforeStretches(ctx, geo, taken));
        append(found, riversBeforeCrossings(ctx, geo, taken));
        append(found, streamsBeforeCourse(ctx, geo, taken));
        append(found, streamsWithBranches(ctx, geo, taken));
        append(found, plainRiversBeforeWorks(ctx, geo, taken));
        append(found, zoneHeadFeatures(ctx, geo, taken));
        append(found, repeatedSuffixNames(ctx, geo, taken, found));
        widenListedNames(ctx, geo, taken, found);
        widenToLongerNames(ctx.text, taken, found);
        // 大长山岛 widened by its pair is a longer name the article's other 大/长山岛 take too.
        if (widenSizePairs(ctx.text, taken, found)) widenToLongerNames(ctx.text, taken, found);
        dropPersonNames(ctx, geo, taken, found);
        namePlainsByStem(geo, found);
        append(found, altitudeMountains(ctx, geo, taken));
        append(found, namesBeforeMountainWords(ctx, geo, taken, marks));
        append(found, summits(ctx, geo, taken, found));
        append(found, closedLakeLists(ctx, geo, taken, found));
        append(found, listedFeatures(ctx, geo, taken, found));
        append(found, placedRiversBeside(ctx, geo, taken, found));
        append(found, closedRiverLists(ctx, geo, taken, found));
        append(found, worksItemRivers(ctx, geo, taken, found));
        append(found, riverRuns(ctx, geo, taken, found));
        append(found, tributaryRuns(ctx, geo, taken, marks));
        headingRivers(ctx, geo, taken, found);
        headingEntries(ctx, geo, taken, found);
        provinceItemFeatures(ctx, geo, taken, found);
        dropOtherNames(ctx, geo, taken, marks, found);
        riversBesideBasinWords(ctx, geo, taken, found);
        classedSubjects(ctx, geo, taken, found);
        append(found, riversAfterMountains(ctx, geo, taken, found));
        append(found, worksListRivers(ctx.text, geo, taken, townStems));
        append(found, pairedDirectionRivers(ctx.text, taken, found));
        append(found, lakesInSeaBeforeWetland(ctx, geo, taken));
        append(found, lakesBesideWater(ctx, geo, taken, found));
        append(found, riversNamedAfterCounties(ctx, geo, taken, found));
        dropTownshipStems(ctx.text, townStems, found);
        dropOrganisationListItems(ctx.text, geo, found);
        dropSharedFacilityItems(ctx.text, geo, found);
        mendGluedShortNames(ctx, geo, taken, found);
        return found.sort((a, b) => a.cleanStart - b.cleanStart);
      },
    };
  },
};

function isFree(taken: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken[i]) return false;
  return true;
}

/** A word after the name makes it a site's or a company's; a mountain gives its name to the scenic site around it (光雾山景区). */
/** Kinds of feature that give their name to the scenic site around them (光雾山景区, 涠洲岛旅游区); a river or lake seldom does (西江景区 is a village's). */
const SITE_KINDS: ReadonlySet<GeoKind> = new Set<GeoKind>(['mountain', 'region']);

function followedByExcluded(text: string, end: number, geo: GeoRules, kind?: GeoKind): boolean {
  if (kind !== undefined && SITE_KINDS.has(kind) && geo.siteWords.startAt(text, end)) return false;
  if (kind === 'river' && geo.crossingWords.startAt(text, end)) return false;
  // 嘎拉山隧道: a tunnel is named after the mountain it runs through.
  if (kind === 'mountain' && geo.tunnelWords.startAt(text, end)) return false;
  return geo.afterWords.startAt(text, end) || opensDateline(text, end, geo) || inOrganisationName(text, end, geo) || STOCK_CODE.test(text.slice(end, end + 9));
}

/**
 * 某山山体, 某山脚下: a mountain's name right before a locative of two characters or more (rules/geo-locatives.tsv
 * mountain) is the mountain, though a township the article names bears its name (某山镇).
 */
function mountainLocativeAfter(text: string, end: number, features: readonly Feature[], geo: GeoRules): boolean {
  if (!features.every((f) => f.kind === 'mountain')) return false;
  for (const word of geo.mountainLocatives) if (word.length >= 2 && text.startsWith(word, end)) return true;
  return false;
}

/** 某山烤鱼, 某山特产: a division's short name that is a feature's too, right before a local product's word, is the division's. */
function namesProduct(text: string, surface: string, end: number, geo: GeoRules): boolean {
  return geo.productWords.startAt(text, end) && geo.placeNames.has(surface);
}

/** A share's code in brackets right after a name, a class letter before it or none (长白山(603099.SH), 峨眉山A（000888）): the listed company's short name. */
const STOCK_CODE = /^[AB]?[(（]\d{6}/u;

/** What may join a website's name to its newspaper's in a source line (天山网-新疆日报, 长江网｜长江日报). */
const SITE_JOINERS = new Set(['-', '－', '—', '|', '｜']);

/**
 * A website's name before its dateline: 长江网3月2日讯 (a digit right after the site's word),
 * or before the dash or bar that joins it to its newspaper's name in a source line (天山网-新疆日报),
 * or closing a bracketed credit, alone or before its writer's name (（东海网 李某）, （长江网）).
 */
function opensDateline(text: string, end: number, geo: GeoRules): boolean {
  if (!geo.websiteChars.has(text[end] ?? '')) return false;
  const next = text.charCodeAt(end + 1);
  if ((next >= 0x30 && next <= 0x39) || SITE_JOINERS.has(text[end + 1] ?? '')) return true;
  return closesCredit(text, end + 1);
}

/** Most characters of a writer's name after the site's in a bracketed credit. */
const MAX_CREDIT_NAME = 4;

/** At `at` a bracket closes, or a space and a short name do (a credit's end: （东海网 李某）). */
function closesCredit(text: string, at: number): boolean {
  if (CREDIT_CLOSERS.has(text[at] ?? '')) return true;
  if (!/\s/.test(text[at] ?? '')) return false;
  let end = at + 1;
  while (end < text.length && end <= at + MAX_CREDIT_NAME && HAN_ONLY.test(text[end]!)) end++;
  return end > at + 1 && CREDIT_CLOSERS.has(text[end] ?? '');
}

const CREDIT_CLOSERS = new Set([')', '）']);

/** Most characters between a feature's name and the end of the organisation's name it starts (渤海港口集团). */
const MAX_ORG_GAP = 4;

/**
 * 河北渤海港口集团有限公司, 长江电力股份: a feature's name, a few more
 * characters of a name (no function character, punctuation or reach: 长江上游建公司 keeps
 * its river) and an organisation's ending make the feature part of a company's name.
 */
function inOrganisationName(text: string, end: number, geo: GeoRules): boolean {
  // Where the first organisation's ending starts (most names have none after them), then what comes between.
  let ending = end;
  while (ending <= end + MAX_ORG_GAP && ending < text.length && !geo.orgEnds.startAt(text, ending)) ending++;
  if (ending > end + MAX_ORG_GAP || ending >= text.length) return false;
  for (let at = end + 1; at <= ending; at++) {
    const gap = text[at - 1]!;
    if (!HAN_ONLY.test(gap) || geo.functionChar.test(gap) || geo.reaches.startAt(text, at - 1)) return false;
  }
  return true;
}

/**
 * A river's or sea's name at an end of a road segment (国道219线X河至Y段), or naming the whole
 * segment (国道318线东海段), is the town named after it that the road runs through; a pass's or
 * mountain's (二郎山段) is the mountain the road crosses.
 */
function endsRoadSegment(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  return (before === '线' && (after === '至' || after === '段')) || (before === '至' && after === '段');
}

/** A county's name in 县 with a stem of two characters at least (东海县; not 泸县, whose stem 泸 names nothing). */
const COUNTY_NAME = /^\p{Script=Han}{2,}县$/u;

/**
 * One pass over the places found: marks their spans taken (a feature inside a
 * place's span is no feature), and returns the stems of the townships and
 * villages the article names: there 乌江 means 乌江镇 (乌江霸王祠), not the
 * river of that name; the stems of the counties it names in full (东海 of
 * 东海县: the county, not the sea); and a feature's other name that is a
 * county's stem in a province the article names (塔河 near 黑龙江).
 */
function readPlaces(earlier: ExtractContext['earlier'], geo: GeoRules, taken: Uint8Array): Set<string> {
  const stems = new Set<string>();
  const provinces = new Set<string>();
  const { localStem } = builtinPlaceSuffixes();
  for (const m of earlier) {
    if (m.type !== 'place') continue;
    taken.fill(1, m.cleanStart, m.cleanEnd);
    // A place's path starts with its province's name.
    provinces.add(provinceOf(m.path));
    // 东海 in an article naming 东海县 is the county's short name, not the sea.
    if (m.level === 'county' && COUNTY_NAME.test(m.name)) stems.add(m.name.slice(0, -1));
    if (m.level !== 'township' && m.level !== 'village') continue;
    const match = localStem.exec(m.name);
    if (match) stems.add(match[1]!);
  }
  // 塔河 in an article naming a place of 黑龙江 is 塔河县, not the river 塔里木河 (its other name).
  if (provinces.size > 0) for (const [alias, named] of geo.aliasCountyProvinces) if (named.some((p) => provinces.has(p))) stems.add(alias);
  return stems;
}

/** A township's or town's name: its stem, then 镇 or 乡 (清溪镇, 秋口镇; not 街道). */
const TOWN_NAME = /^(\p{Script=Han}{2,})[镇乡]$/u;

/**
 * The stems of the towns and townships (镇, 乡) of the counties the article names, and of the
 * cities it names that hold towns directly (东莞市): 清溪 in an article on 东莞市, whose town
 * 清溪镇 is. Read from the places found; a county's towns are a few dozen names.
 */
function townshipStemsOfNamedCounties(earlier: ExtractContext['earlier']): Set<string> {
  const stems = new Set<string>();
  const seen = new Set<string>();
  const gazetteer = sharedGazetteer();
  for (const m of earlier) {
    if (m.type !== 'place' || (m.level !== 'county' && m.level !== 'prefecture')) continue;
    const code = m.code;
    if (code === undefined || seen.has(code)) continue;
    seen.add(code);
    const division = gazetteer.byCode.get(code);
    if (division === undefined) continue;
    for (const stem of townStemsOf(division)) stems.add(stem);
  }
  return stems;
}

/** Each county's town stems, read once: an archive names the same counties over and over. */
const TOWN_STEMS = new WeakMap<Division, readonly string[]>();

/** The stems of a division's own towns and townships, in the order of its children. */
function townStemsOf(division: Division): readonly string[] {
  let stems = TOWN_STEMS.get(division);
  if (stems === undefined) {
    const found: string[] = [];
    for (const child of division.children) {
      if (child.level !== 'township') continue;
      const match = TOWN_NAME.exec(child.name);
      if (match) found.push(match[1]!);
    }
    TOWN_STEMS.set(division, (stems = found));
  }
  return stems;
}

/** What joins the items of a list of places (甲、乙和丙, 甲-乙). */
const PLACE_ITEM_JOINERS = new Set(['、', '和', '及', '与', '-', '－', '—']);

/** The stem of a town of `stems` ends right before `at` (its joiner at `at`) or starts right after it. */
function townStemBeside(text: string, at: number, stems: ReadonlySet<string>, before: boolean): boolean {
  if (!PLACE_ITEM_JOINERS.has(text[at] ?? '')) return false;
  for (const length of [2, 3, 4]) {
    const stem = before ? text.slice(at - length, at) : text.slice(at + 1, at + 1 + length);
    if (stem.length === length && stems.has(stem)) return true;
  }
  return false;
}

/**
 * 东莞市的虎门、清溪和长安三镇: a lake's or river's name that is the stem of a town of a county
 * (or city) the article names, listed beside another town's stem of it, is that town, not the
 * feature (清溪 of 清溪镇). Alone, or beside a feature, it stays the feature.
 */
function dropTownshipStems(text: string, stems: ReadonlySet<string>, found: GeoDraft[]): void {
  if (stems.size === 0) return;
  for (let i = found.length - 1; i >= 0; i--) {
    const f = found[i]!;
    if (!isWater(f) || (f.rule !== 'geo:dictionary' && f.rule !== 'geo:suffix') || !stems.has(text.slice(f.cleanStart, f.cleanEnd))) continue;
    if (townStemBeside(text, f.cleanStart - 1, stems, true) || townStemBeside(text, f.cleanEnd, stems, false)) found.splice(i, 1);
  }
}

/** Most characters of a river's name in 水 read from a list of works (石门水). */
const WORKS_RIVER_NAME = 3;

/** Fewest items of a list of works on rivers in 水. */
const MIN_WORKS_ITEMS = 3;

/**
 * 清华-思口古坑水、秋口石门水、赋春下溪水等5个项目 (in an article on 婺源县): a list of three or more
 * items, each ending in 水, where two items or more open with the stems of towns of a county the
 * article names (joined by a dash or none): each such item names the river after its towns (古坑水,
 * 石门水), a stem of two characters and 水. Items that open with no town's stem are left alone.
 */
function worksListRivers(text: string, geo: GeoRules, taken: Uint8Array, stems: ReadonlySet<string>): GeoDraft[] {
  const added: GeoDraft[] = [];
  if (stems.size === 0) return added;
  for (let at = text.indexOf('水、'); at >= 0; at = text.indexOf('水、', at + 1)) {
    // Only from a list's first item ending in 水: the start of a run of items.
    const items = worksItemsFrom(text, at);
    if (items.length < MIN_WORKS_ITEMS) continue;
    const named = items.map((item, k) => riverAfterTowns(text, item, stems, k === 0)).filter((r): r is number => r !== undefined);
    if (named.length < 2) continue;
    for (const start of named) {
      const end = start + WORKS_RIVER_NAME;
      const name = text.slice(start, end);
      if (!isFree(taken, start, end) || geo.blockedWords.has(name) || geo.placeNames.has(name)) continue;
      taken.fill(1, start, end);
      added.push(draft(name, { name, kind: 'river' }, start, end, 'geo:works-list'));
    }
    at = items[items.length - 1]![1];
  }
  return added;
}

/** Longest item of a list of works (清华-思口古坑水). */
const MAX_WORKS_ITEM = 10;

/** The items [start, end) of the list whose first item ends in 水 at `at` (before its 、): that item and those after it ending in 水. */
function worksItemsFrom(text: string, at: number): Array<[number, number]> {
  const isItemChar = (c: string | undefined) => c !== undefined && (HAN_ONLY.test(c) || c === '-');
  let start = at;
  while (start > 0 && at + 1 - start < MAX_WORKS_ITEM && isItemChar(text[start - 1])) start--;
  const items: Array<[number, number]> = [[start, at + 1]];
  let from = at + 2;
  for (;;) {
    let end = -1;
    for (let j = from; j < text.length && j - from < MAX_WORKS_ITEM && isItemChar(text[j]); j++) {
      // The item ends at a 水 before the next 、, the list's closing 等 or its end.
      if (text[j] === '水' && (text[j + 1] === '、' || text[j + 1] === '等' || !isItemChar(text[j + 1]))) {
        end = j + 1;
        break;
      }
    }
    if (end < 0) break;
    items.push([from, end]);
    if (text[end] !== '、') break;
    from = end + 1;
  }
  return items;
}

/** [from, to) is one or more stems of `stems`, joined by dashes or none (清华-思口, 秋口). */
function townStemsOnly(text: string, from: number, to: number, stems: ReadonlySet<string>): boolean {
  if (from === to) return true;
  if (text[from] === '-' && from > 0) return townStemsOnly(text, from + 1, to, stems);
  for (const length of [2, 3, 4]) if (from + length <= to && stems.has(text.slice(from, from + length)) && townStemsOnly(text, from + length, to, stems)) return true;
  return false;
}

/**
 * Where the river's name starts in the item [start, end) after the stems of towns that open it
 * (秋口石门水 → 石门水), or none; the list's first item may open with the sentence's words.
 */
function riverAfterTowns(text: string, item: [number, number], stems: ReadonlySet<string>, first: boolean): number | undefined {
  const [start, end] = item;
  const nameStart = end - WORKS_RIVER_NAME;
  if (nameStart <= start || !HAN_ONLY.test(text.slice(nameStart, end))) return undefined;
  for (let from = start; from < nameStart; from++) {
    if (text[from] !== '-' && townStemsOnly(text, from, nameStart, stems)) return nameStart;
    if (!first) break;
  }
  return undefined;
}

/** The opposite direction of each (东河 and 西河, 南河 and 北河). */
const OPPOSITE_DIRECTION: ReadonlyMap<string, string> = new Map([
  ['东', '西'],
  ['西', '东'],
  ['南', '北'],
  ['北', '南'],
]);

/** River endings a river named by its direction takes (东河, 西溪). */
const DIRECTION_RIVER_END = /^[河溪]$/u;

/** What may stand before a river named by its direction: a list's joiner or a clause's punctuation. */
const BEFORE_DIRECTION_RIVER = /[、和及与，,；;：:（(]/u;

/**
 * 西河沿岸三个乡镇及东河沿岸两个乡镇: a river named by its direction (西河, found) and, in the same sentence,
 * the opposite direction's name with the same ending (东河) opening a list item: that is the other
 * river, though a district far away bears its name (东河区).
 */
/** Words of size that tell two rivers or islands of one stem apart (大南岔河和小南岔河, 大长山岛、小长山岛). */
const OPPOSITE_SIZE: ReadonlyMap<string, string> = new Map([
  ['大', '小'],
  ['小', '大'],
]);

/**
 * 大/a 南岔河 和 小/a 南岔河: jieba cuts the word of size off two rivers of one stem; where
 * the sentence names the river found after both words (or the other already with its word),
 * each is the river's name with its word.
 */
function widenSizePairs(text: string, taken: Uint8Array, found: GeoDraft[]): boolean {
  const paired = found.map((f) => {
    const opposite = OPPOSITE_SIZE.get(text[f.cleanStart - 1] ?? '');
    if (!(f.kind === 'river' || (f.kind === 'region' && f.name.endsWith(ISLAND_END))) || opposite === undefined || taken[f.cleanStart - 1]) return false;
    // 大/a 长山岛、小长山岛: the other may be read as a place (a township named after its island); the sentence names it.
    if (f.kind === 'region' && sentenceAround(text, f.cleanStart, f.cleanEnd).includes(opposite + f.name)) return true;
    return found.some((g) => g !== f && ((g.name === f.name && text[g.cleanStart - 1] === opposite) || g.name === opposite + f.name) && !SENTENCE_END.test(text.slice(Math.min(f.cleanEnd, g.cleanEnd), Math.max(f.cleanStart, g.cleanStart))));
  });
  paired.forEach((pair, i) => {
    if (!pair) return;
    const f = found[i]!;
    const name = text.slice(f.cleanStart - 1, f.cleanEnd);
    taken[f.cleanStart - 1] = 1;
    found[i] = draft(name, { name, kind: f.kind }, f.cleanStart - 1, f.cleanEnd, 'geo:size-pair');
  });
  return paired.some(Boolean);
}

/** The sentence holding [start, end). */
function sentenceAround(text: string, start: number, end: number): string {
  const from = sentenceStartBefore(text, start);
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to]!)) to++;
  return text.slice(from, to);
}

function pairedDirectionRivers(text: string, taken: Uint8Array, found: readonly GeoDraft[]): GeoDraft[] {
  const added: GeoDraft[] = [];
  for (const f of found) {
    if (f.kind !== 'river' || f.cleanEnd - f.cleanStart !== 2) continue;
    const opposite = OPPOSITE_DIRECTION.get(text[f.cleanStart]!);
    const ending = text[f.cleanStart + 1]!;
    if (opposite === undefined || !DIRECTION_RIVER_END.test(ending)) continue;
    let from = f.cleanStart;
    while (from > 0 && !SENTENCE_END.test(text[from - 1]!)) from--;
    let to = f.cleanEnd;
    while (to < text.length && !SENTENCE_END.test(text[to]!)) to++;
    const name = opposite + ending;
    for (let at = text.indexOf(name, from); at >= 0 && at + 2 <= to; at = text.indexOf(name, at + 1)) {
      if (at === 0 || !BEFORE_DIRECTION_RIVER.test(text[at - 1]!) || !isFree(taken, at, at + 2)) continue;
      taken.fill(1, at, at + 2);
      added.push(draft(name, { name, kind: 'river' }, at, at + 2, 'geo:direction-pair'));
    }
  }
  return added;
}

/** Longest suffix-made name mended or left out after a word glued onto it: two characters (a longer one, 漳卫河, 海坛岛, is whole more often than not). */
const MAX_GLUED_NAME = 2;

/** Longest unknown word read as the opening of a short feature's name jieba glued it to. */
const MAX_GLUED_OPENING = 3;

/**
 * (德胜/x 屯河、…), 边缘受西/x 淝河: a feature of two characters (the dictionary's or the suffix rules')
 * right after an unknown word of jieba's glued onto it is the end of a longer name. Where that word opens
 * an item (punctuation or a function character before it) the name is the word and the feature (德胜屯河);
 * else how much of the word belongs to the name cannot be told, and the short name is left out (淝河 of
 * 西淝河): the full name counts, never a part of it.
 */
function mendGluedShortNames(ctx: ExtractContext, geo: GeoRules, taken: Uint8Array, found: GeoDraft[]): void {
  const { text } = ctx;
  for (let i = found.length - 1; i >= 0; i--) {
    const feature = found[i]!;
    const short = feature.text.length === 2;
    const start = feature.cleanStart;
    if (gluedGeneratedCut(ctx, geo, feature)) {
      found.splice(i, 1);
      continue;
    }
    if (feature.text.length > MAX_GLUED_NAME || !((feature.rule === 'geo:suffix' && feature.text.length <= MAX_GLUED_NAME) || (short && feature.rule === 'geo:dictionary' && generatedOnly(geo, feature.text)))) continue;
    if (start === 0 || !HAN_ONLY.test(text[start - 1]!)) continue;
    const before = ctx.tokensWithin(Math.max(ctx.clauseStart(start), start - 2 * MAX_GLUED_OPENING), start).find((t) => t.end === start);
    // An unknown word of two characters or more, or a character jieba cannot read (鹿寮/zg 北溪).
    if (!before || !HAN_ONLY.test(before.word) || !((geo.tags['unknown-word'].has(before.tag) && before.word.length >= 2) || (short && geo.tags['rare-char'].has(before.tag)))) continue;
    if (before.word.length <= MAX_GLUED_OPENING && opensZoneItem(text, before.start, geo) && !geo.functionChar.test(before.word) && isFree(taken, before.start, start)) {
      const name = text.slice(before.start, feature.cleanEnd);
      taken.fill(1, before.start, start);
      found[i] = draft(name, { name, kind: feature.kind }, before.start, feature.cleanEnd, 'geo:glued-opening');
    } else found.splice(i, 1);
  }
}

/**
 * 科其/x 喀/ns 尔冰川/nr, 韩海/x 东天山/nr: a name of three characters that only the generated list
 * knows and jieba reads as a person's, glued after an unknown word of jieba's (or after one character glued after one), is a cut
 * piece of a longer name or runs over a person's name: the full name counts, never a part, so it
 * is left out.
 */
function gluedGeneratedCut(ctx: ExtractContext, geo: GeoRules, feature: GeoDraft): boolean {
  const { text } = ctx;
  const start = feature.cleanStart;
  if (feature.text.length !== 3 || feature.rule !== 'geo:dictionary' || !generatedOnly(geo, feature.text) || start === 0 || !HAN_ONLY.test(text[start - 1]!)) return false;
  // jieba reads the name itself as a person's (尔冰川/nr): a place-tagged one (治旱/x 黑水河/ns) is whole.
  const own = ctx.tokensWithin(start, feature.cleanEnd).find((t) => t.start === start && t.end === feature.cleanEnd);
  if (!own || !geo.tags.person.has(own.tag)) return false;
  const from = Math.max(ctx.clauseStart(start), start - 2 * MAX_GLUED_OPENING);
  const tokens = ctx.tokensWithin(from, start);
  const before = tokens.find((t) => t.end === start);
  if (!before || !HAN_ONLY.test(before.word) || geo.functionChar.test(before.word)) return false;
  const unknown = (t: { word: string; tag: string } | undefined) => t !== undefined && HAN_ONLY.test(t.word) && t.word.length >= 2 && geo.tags['unknown-word'].has(t.tag);
  if (unknown(before)) return true;
  return before.word.length === 1 && unknown(tokens.find((t) => t.end === before.start));
}

/** Only the generated list (jieba's dictionary and the other sources) knows the name, not the hand list (庐山, 太湖). */
function generatedOnly(geo: GeoRules, name: string): boolean {
  const known = geo.dictionary.get(name);
  return known !== undefined && known.every((f) => f.wordOnly === true);
}

/** Shortest name the suffix rules find that is read again at its other mentions. */
const MIN_REPEATED_NAME = 3;

/**
 * 光雾山景区由光雾/n 山/n、龙架山: a name the suffix rules find at one mention (光雾山 before 景区) is the
 * same feature at its other mentions where jieba's words start and end with it (or punctuation or a
 * function character stands before it), and nothing after it makes it a site's, a company's or a
 * division's name; the list around such a mention is then read beside it. Three characters at least.
 */
function repeatedSuffixNames(ctx: ExtractContext, geo: GeoRules, taken: Uint8Array, found: readonly GeoDraft[]): GeoDraft[] {
  const { text } = ctx;
  const added: GeoDraft[] = [];
  const seen = new Set<string>();
  for (const feature of found) {
    if (feature.rule !== 'geo:suffix' || feature.text.length < MIN_REPEATED_NAME || seen.has(feature.text)) continue;
    seen.add(feature.text);
    const name = feature.text;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (!isFree(taken, at, end)) continue;
      if (!ctx.isWordBoundary(at) && !opensZoneItem(text, at, geo)) continue;
      if (!ctx.isWordBoundary(end) || DIVISION_KIND_CHAR.test(text.slice(end, end + 1)) || followedByExcluded(text, end, geo, feature.kind)) continue;
      taken.fill(1, at, end);
      added.push(draft(name, { name: feature.name, kind: feature.kind }, at, end, 'geo:repeat'));
    }
  }
  return added;
}

/** The characters of a division's kind: a name running into one is the division's (清水河县). */
const DIVISION_KIND_CHAR = /^[省市县区旗州盟镇乡村]/u;

/** Longest river's name read right after a mountain's. */
const MAX_RIVER_AFTER_MOUNTAIN = 4;

/**
 * 五台山清水河: a division's name that ends like a river (清水河, a county's name too), one jieba word
 * read as a name right after a mountain found, is the river that runs there: a county is not written
 * after a mountain, while the mountain's own river is (the name must not run into a division's kind,
 * 清水河县). Names the suffix rules take already are found so.
 */
function riversAfterMountains(ctx: ExtractContext, geo: GeoRules, taken: Uint8Array, found: readonly GeoDraft[]): GeoDraft[] {
  const added: GeoDraft[] = [];
  for (const mountain of found) {
    if (mountain.kind !== 'mountain') continue;
    const at = mountain.cleanEnd;
    const token = ctx.tokensWithin(at, Math.min(ctx.text.length, at + MAX_RIVER_AFTER_MOUNTAIN + 1)).find((t) => t.start === at);
    if (!token || token.word.length < 2 || token.word.length > MAX_RIVER_AFTER_MOUNTAIN || !geo.tags.place.has(token.tag)) continue;
    const name = token.word;
    if (!geo.riverEnd.test(name[name.length - 1]!) || !geo.placeNames.has(name) || !isFree(taken, token.start, token.end)) continue;
    if (DIVISION_KIND_CHAR.test(ctx.text.slice(token.end, token.end + 1))) continue;
    taken.fill(1, token.start, token.end);
    added.push(draft(name, { name, kind: 'river' }, token.start, token.end, 'geo:river-after-mountain'));
  }
  return added;
}

/** The endings of a lake's or river's name at the head of a zone's or work's name, and their kinds. */
const ZONE_HEAD_ENDS: ReadonlyMap<string, GeoKind> = new Map([
  ['湖', 'lake'],
  ['江', 'river'],
  ['河', 'river'],
  ['溪', 'river'],
]);

/** Longest stem of a lake's or river's name at a zone's head, and how far on the zone's own word may close the item. */
const MAX_ZONE_STEM = 4;
const MAX_ZONE_ITEM = 16;

/** What ends a zone's item: punctuation (a list's 、, a clause's end). */
const ZONE_ITEM_BREAK = /[、，,。；;：:！!？?（）()“”"「」《》\s]/u;

/**
 * 某湖水禽栖息地保育区, 某湖城市湿地休闲区, 某江防洪大堤, 某河两岸生态治理项目: in a plan's list of zones
 * or works, a name ending like a lake or river (湖, 江, 河, 溪) right before a word of the zone's kind
 * (rules/geo-locatives.tsv zone-lead), whose item a zone's or work's own word closes a few characters on
 * (zone-end), is the lake or river the zone is named after, even where a district or county shares the
 * name (东湖, 昌江): a place found there holds the span. The name is one jieba word, or a bare ending with
 * the name-like words right before it (汉/j 池/nr 湖: not a verb, function word or numeral; 即/v stops it).
 */
function zoneHeadFeatures(ctx: ExtractContext, geo: GeoRules, taken: Uint8Array): GeoDraft[] {
  const { text } = ctx;
  const added: GeoDraft[] = [];
  for (const [ending, kind] of ZONE_HEAD_ENDS) {
    for (let at = text.indexOf(ending, 1); at > 0; at = text.indexOf(ending, at + 1)) {
      const end = at + 1;
      if (taken[at] || !geo.zoneLeads.startAt(text, end) || !zoneItemCloses(text, end, geo)) continue;
      const start = zoneHeadStart(ctx, geo, at, end);
      if (start === undefined) continue;
      const name = text.slice(start, end);
      const stem = name.slice(0, -1);
      if (!HAN_ONLY.test(name) || !isFree(taken, start, end) || geo.functionChar.test(name) || geo.blockedWords.has(name) || geo.genericStems.has(name) || geo.genericStems.has(stem)) continue;
      if (stem.length === 1 && (geo.shortRiverLeads.has(stem) || geo.riverCutStops.has(stem))) continue;
      taken.fill(1, start, end);
      added.push(draft(name, { name, kind }, start, end, 'geo:zone-head'));
    }
  }
  for (const head of added.slice()) sameNameItems(text, geo, taken, head, added);
  return added;
}

/** What may close a list's item right after a name besides punctuation (青山湖、珠湖之间; 某湖等). */
const ITEM_CLOSERS = new Set(['之', '等', '和', '与', '及']);

/**
 * 县城、上头湖、青山湖、珠湖之间: a name found at a zone's head is the same lake or river where the
 * article lists it again as an item of its own (punctuation or a function character before it,
 * punctuation, 之 or 等 after it), so the list's other items can be read beside it.
 */
function sameNameItems(text: string, geo: GeoRules, taken: Uint8Array, head: GeoDraft, added: GeoDraft[]): void {
  const name = head.text;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const end = at + name.length;
    if (!isFree(taken, at, end) || !opensZoneItem(text, at, geo)) continue;
    const after = text[end];
    if (after !== undefined && !ZONE_ITEM_BREAK.test(after) && !ITEM_CLOSERS.has(after)) continue;
    taken.fill(1, at, end);
    added.push(draft(name, { name: head.name, kind: head.kind }, at, end, 'geo:zone-head'));
  }
}

/** A zone's or work's word (zone-end) stands in the item that goes on at `from`, before its break. */
function zoneItemCloses(text: string, from: number, geo: GeoRules): boolean {
  for (let i = from; i < text.length && i < from + MAX_ZONE_ITEM; i++) {
    if (ZONE_ITEM_BREAK.test(text[i]!)) return false;
    if (geo.zoneEnds.startAt(text, i)) return true;
  }
  return false;
}

/** Where the name ending at `end` (its ending at `at`) starts: its one word, or the name-like words before a bare ending. */
function zoneHeadStart(ctx: ExtractContext, geo: GeoRules, at: number, end: number): number | undefined {
  const tokens = ctx.tokensWithin(Math.max(ctx.clauseStart(at), at - MAX_ZONE_STEM - 2), end);
  const k = tokens.length - 1;
  const token = tokens[k];
  // 云中/ns 湖水/ns 环境治理: jieba runs the bare ending into the zone's word after it (水环境); the words before name it.
  const runsOn = token !== undefined && token.end === at && ctx.isWordBoundary(at) && !ctx.isWordBoundary(end);
  if (!token || (!runsOn && (token.end !== end || !ctx.isWordBoundary(end)))) return undefined;
  if (!runsOn && token.word.length > 1) return token.word.length - 1 <= MAX_ZONE_STEM && !FUNCTION_WORD_TAGS.has(token.tag) && !DETERMINER_TAGS.has(token.tag) && opensZoneItem(ctx.text, token.start, geo) ? token.start : undefined;
  let start = runsOn ? at : token.start;
  for (let i = runsOn ? k : k - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (t.end !== start || !HAN_ONLY.test(t.word) || t.word.length > 2 || FUNCTION_WORD_TAGS.has(t.tag) || DETERMINER_TAGS.has(t.tag) || end - 1 - t.start > MAX_ZONE_STEM) break;
    start = t.start;
  }
  return start < (runsOn ? at : token.start) && opensZoneItem(ctx.text, start, geo) ? start : undefined;
}

/** The characters that open a zone's item besides punctuation and the function characters (即汉池湖…区). */
const ZONE_ITEM_OPENERS = new Set(['即']);

/** The item opens at `start`: the text's start, punctuation, or a function character (至, 和) before it; not a verb glued on (横/v 阳…江). */
function opensZoneItem(text: string, start: number, geo: GeoRules): boolean {
  const before = text[start - 1];
  return before === undefined || ZONE_ITEM_BREAK.test(before) || ZONE_ITEM_OPENERS.has(before) || geo.functionChar.test(before);
}

/** jieba's tags of a noun or a name: a plateau lake's name in 海 is one word so tagged (草海/n). */
const SEA_LAKE_TAGS = new Set(['n', 'ns', 'nz', 'nr']);

/**
 * 草海湿地, 草海水域: a word of two characters ending in 海 (one word to jieba, a noun or a name) right before
 * a wetland's word or a lake's water (rules/geo-locatives.tsv lake-water) is a lake, as the plateau lakes of the south-west are named (草海, 程海), where the
 * text speaks of lakes (湖滨, 湖泊: `lake-word` in rules/geo-locatives.tsv); never a kind or side of
 * the coast (滨海, 沿海: generic-stem) nor a sea of the dictionary (渤海 is found as the sea).
 */
function lakesInSeaBeforeWetland(ctx: ExtractContext, geo: GeoRules, taken: Uint8Array): GeoDraft[] {
  const { text } = ctx;
  const added: GeoDraft[] = [];
  let lakeText: boolean | undefined;
  for (let at = text.indexOf('海'); at > 0; at = text.indexOf('海', at + 1)) {
    if (!geo.wetlands.startAt(text, at + 1) && !geo.lakeWaterWords.startAt(text, at + 1)) continue;
    const start = at - 1;
    const name = text.slice(start, at + 1);
    if (!HAN_ONLY.test(name) || !isFree(taken, start, at + 1) || geo.dictionary.has(name) || geo.genericStems.has(name) || geo.blockedWords.has(name) || geo.placeNames.has(name)) continue;
    const words = ctx.tokensWithin(start, at + 1);
    if (words.length !== 1 || words[0]!.start !== start || words[0]!.end !== at + 1 || !SEA_LAKE_TAGS.has(words[0]!.tag)) continue;
    lakeText ??= geo.lakeWords.some((word) => text.includes(word));
    if (!lakeText) break;
    taken.fill(1, start, at + 1);
    added.push(draft(name, { name, kind: 'lake' }, start, at + 1, 'geo:sea-lake'));
  }
  return added;
}

/** Most characters of a lake's name before its 湖 read by lakesBesideWater (刘家湖: two). */
const MAX_LAKE_STEM = 3;

/** What joins the lakes of a list (甲湖、乙湖和丙湖). */
const LAKE_JOINERS = new Set(['、', '和', '及', '与', '或']);

/**
 * The name in 湖 ending at `end` (its 湖 at end - 1) as jieba reads it: one word of two to four characters
 * (某湖/ns), or a lone 湖 and the one name-like word of one to three characters before it (某家/nrfg 湖).
 * A common word (淡水湖/n, 江湖) or a word with a function character is no name.
 */
function lakeNameEndingAt(ctx: ExtractContext, geo: GeoRules, end: number): number | undefined {
  const words = ctx.tokensWithin(Math.max(0, end - 1 - MAX_LAKE_STEM), end);
  const last = words[words.length - 1];
  if (last === undefined || last.end !== end) return undefined;
  let start: number;
  if (last.word.length >= 2) {
    if (!geo.tags['own-name'].has(last.tag) && !geo.tags['unknown-word'].has(last.tag)) return undefined;
    start = last.start;
  } else {
    const before = words[words.length - 2];
    if (before === undefined || before.end !== last.start) return undefined;
    if (!geo.tags['short-name-lead'].has(before.tag) && !geo.tags.person.has(before.tag) && before.tag !== 'nrfg') return undefined;
    start = before.start;
  }
  const name = ctx.text.slice(start, end);
  if (name.length < 2 || name.length > MAX_LAKE_STEM + 1 || !HAN_ONLY.test(name) || geo.functionChar.test(name.slice(0, -1))) return undefined;
  if (geo.blockedWords.has(name) || geo.genericStems.has(name)) return undefined;
  return start;
}

/**
 * 东起某湖节制闸, 某湖国家湿地公园, 由某湖、某家湖和某林场组成: a name in 湖 that the dictionary does not hold, or
 * that is a common word or a division's stem (东湖区), is a lake where water or its works follow it (a sluice,
 * its waters: lake-water in rules/geo-locatives.tsv), or a wetland (lake-wetland, wetland) in a text that speaks
 * of lakes (lake-word: 湖泊). Once a lake so, its other mentions are the lake, and a name in 湖 listed right beside
 * such a lake is one too. Never where a division's kind, a road, a park
 * or a hotel follows (某湖区, 某湖路, 某湖公园): a park named after a lake with no water said is the park's.
 */
function lakesBesideWater(ctx: ExtractContext, geo: GeoRules, taken: Uint8Array, found: readonly GeoDraft[]): GeoDraft[] {
  const { text } = ctx;
  const added: GeoDraft[] = [];
  // excluded: a site's, road's or company's word follows (某湖公园, 某湖路); only water or a wetland right after it still makes it the lake.
  const candidates: Array<{ start: number; end: number; name: string; excluded: boolean }> = [];
  for (let at = text.indexOf('湖', 1); at > 0; at = text.indexOf('湖', at + 1)) {
    const end = at + 1;
    let start = lakeNameEndingAt(ctx, geo, end);
    // A place run into the lake's word (湖南某湖/ns): the name starts after the place's span.
    while (start !== undefined && start < at - 1 && taken[start]) start++;
    if (start === undefined || !isFree(taken, start, end) || DIVISION_KIND_CHAR.test(text.slice(end, end + 1))) continue;
    candidates.push({ start, end, name: text.slice(start, end), excluded: followedByExcluded(text, end, geo, 'lake') });
  }
  if (candidates.length === 0) return added;
  // Only lakes this rule finds seed the rest: a dictionary lake beside a district's stem (南湖、西湖) leaves it be.
  const lakes = new Set<string>();
  const lakeEnds = new Set<number>();
  const lakeStarts = new Set<number>();
  const chosen = new Set<number>();
  const choose = (i: number): void => {
    const c = candidates[i]!;
    chosen.add(i);
    lakes.add(c.name);
    lakeEnds.add(c.end);
    lakeStarts.add(c.start);
  };
  // A wetland's word alone (某湖湿地公园) names the park, not the lake, unless the text speaks of lakes (湖泊, 湖区).
  const lakeText = geo.lakeWords.some((word) => text.includes(word));
  candidates.forEach((c, i) => {
    if (geo.lakeWaterWords.startAt(text, c.end) || (lakeText && geo.wetlandWordsAt.startAt(text, c.end))) choose(i);
  });
  if (chosen.size === 0) return added;
  for (let changed = true; changed; ) {
    changed = false;
    candidates.forEach((c, i) => {
      if (chosen.has(i) || c.excluded) return;
      const listed = (LAKE_JOINERS.has(text[c.start - 1] ?? '') && lakeEnds.has(c.start - 1)) || (LAKE_JOINERS.has(text[c.end] ?? '') && lakeStarts.has(c.end + 1));
      if (!listed && !(lakes.has(c.name) && ctx.isWordBoundary(c.start))) return;
      choose(i);
      changed = true;
    });
  }
  for (const i of [...chosen].sort((a, b) => a - b)) {
    const c = candidates[i]!;
    if (!isFree(taken, c.start, c.end)) continue;
    taken.fill(1, c.start, c.end);
    added.push(draft(c.name, { name: c.name, kind: 'lake' }, c.start, c.end, 'geo:lake-water'));
  }
  return added;
}

/** The endings of a river named after its county (某日县 → 某日河). */
const COUNTY_RIVER_END = /^[河江]$/u;

/** What may not follow a county's river: a province's name run into it (河北, 河南) unless a bank or side follows. */
const PROVINCE_AFTER_RIVER = /^[北南](?![岸侧畔])/u;

/**
 * 某日县…拍摄的某日河风光: the stem of a county the article names in full (two characters or more), right before
 * 河 or 江, is the river the county is named after, where no division's kind, site or company follows and the
 * name is no division's of its own (清水河县's 清水河).
 */
function riversNamedAfterCounties(ctx: ExtractContext, geo: GeoRules, taken: Uint8Array, found: readonly GeoDraft[]): GeoDraft[] {
  const { text } = ctx;
  const added: GeoDraft[] = [];
  const stems = new Set<string>();
  for (const m of ctx.earlier) if (m.type === 'place' && m.level === 'county' && COUNTY_NAME.test(m.name)) stems.add(m.name.slice(0, -1));
  const named = new Set(found.map((f) => f.text));
  for (const stem of stems) {
    for (let at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + 1)) {
      const end = at + stem.length + 1;
      if (!COUNTY_RIVER_END.test(text.slice(end - 1, end))) continue;
      const name = text.slice(at, end);
      // The county's short name the place extractor read there (某日/河) is the river's stem.
      const shortPlace = ctx.earlier.some((m) => m.type === 'place' && m.cleanStart === at && m.cleanEnd === end - 1);
      if (named.has(name) || geo.placeNames.has(name) || geo.blockedWords.has(name) || !(shortPlace ? isFree(taken, end - 1, end) : isFree(taken, at, end))) continue;
      if (!ctx.isWordBoundary(at) || DIVISION_KIND_CHAR.test(text.slice(end, end + 1)) || PROVINCE_AFTER_RIVER.test(text.slice(end, end + 2)) || followedByExcluded(text, end, geo, 'river')) continue;
      taken.fill(1, at, end);
      added.push(draft(name, { name, kind: 'river' }, at, end, 'geo:county-river'));
    }
  }
  return added;
}

/** Longest other name looked for after an alias word (亦名漳州河). */
const MAX_ALIAS = 6;

/** What may stand between an alias word and the name: a colon or an opening quote (最早名“柳营江”). */
const ALIAS_OPENER = /[“‘「『:：]/;

/**
 * 九龙江，古称柳营江; 滇池，又称昆明湖: right after an alias word (rules/geo-locatives.tsv alias) the name up
 * to punctuation, a quote or a bracket is another name of a feature the sentence names, where it ends like a
 * feature (rules/geo-suffixes.tsv) of the kind of a feature found earlier in the sentence. GUIDELINES list each
 * distinct feature once, under one name (珠峰 is 珠穆朗玛峰): the other name is no feature of its own, so a
 * feature found there goes, and no later rule takes the name.
 */
function dropOtherNames(ctx: ExtractContext, geo: GeoRules, taken: Uint8Array, marks: Marks, found: GeoDraft[]): void {
  for (const word of geo.aliasWords) {
    for (const at of marks.wordStarts) {
      if (!ctx.text.startsWith(word, at)) continue;
      const span = otherNameAt(ctx, geo, at, at + word.length, found);
      if (!span) continue;
      const [start, end] = span;
      for (const f of found.filter((d) => d.cleanStart >= start && d.cleanEnd <= end)) found.splice(found.indexOf(f), 1);
      taken.fill(1, start, end);
    }
  }
}

/** Where the other name after the alias word at `at` stands, if it names a feature the sentence found before. */
function otherNameAt(ctx: ExtractContext, geo: GeoRules, at: number, after: number, found: readonly GeoDraft[]): [number, number] | undefined {
  const { text } = ctx;
  const start = ALIAS_OPENER.test(text[after] ?? '') ? after + 1 : after;
  let end = start;
  while (end < text.length && end - start <= MAX_ALIAS && HAN_ONLY.test(text[end]!)) end++;
  if (end - start > MAX_ALIAS || end - start < 2) return undefined;
  const name = text.slice(start, end);
  const suffix = suffixOf(name, geo);
  if (!suffix || name.length - suffix.suffix.length < suffix.minStem || geo.functionChar.test(name) || geo.blockedWords.has(name) || geo.placeNames.has(name)) return undefined;
  // The feature it names stands earlier in the sentence (九龙江，亦名漳州河): the same kind.
  const clause = ctx.clauseStart(at);
  const sentence = Math.max(0, text.lastIndexOf('。', at) + 1);
  return found.some((f) => f.kind === suffix.kind && f.cleanEnd <= at && f.cleanStart >= Math.min(clause, sentence)) ? [start, end] : undefined;
}

/** Longest river name looked for after a tributary word. */
const MAX_TRIBUTARY = 5;

/**
 * 辽河支流东辽河, 清河的支流寇河: after 支流 the name up to the first river
 * ending (rules/geo-river-endings.tsv) is a river (the full name: 东辽河, not the 辽河 inside it; a
 * county's name too: 支流清河), where
 * it ends on a word boundary and holds no function character (支流河道,
 * 支流众多的河 name none).
 */
function tributaries(ctx: ExtractContext, geo: GeoRules, taken: Uint8Array, marks: Marks): GeoDraft[] {
  const found: GeoDraft[] = [];
  // 干支流/n 全域水: a tributary word inside a longer word (干支流, main stream and tributaries) opens no name.
  for (const first of draftsAtWords(ctx.text, geo.tributaryWords, marks, (at, word) => (isBoundary(ctx, at) ? tributaryAt(ctx, geo, taken, at + word.length, false) : undefined))) {
    found.push(first, ...listedTributaries(ctx, geo, taken, first.cleanEnd));
  }
  append(found, draftsAtWords(ctx.text, geo.riverWords, marks, (at, word) => tributaryAt(ctx, geo, taken, at + word.length, true)));
  return append(found, draftsAtWords(ctx.text, geo.flow.verbs, marks, (at, word) => (flowsFromWater(ctx.text, at + word.length, geo.flow) ? tributaryAt(ctx, geo, taken, at + word.length, true) : undefined)));
}

/** What joins the items of a list of tributaries (琴江、禾水和信江). */
const TRIBUTARY_JOINER = /[、和及与]/;

/**
 * 赣江支流琴江、禾水、蜀水和信江: every item of a list that opens right after a
 * tributary word is a river where the whole item (up to the next joiner or
 * the list's end) ends like one. An item already taken (a river of the
 * gazetteer) is passed over; the list ends at the first item that names none.
 */
function listedTributaries(ctx: ExtractContext, geo: GeoRules, taken: Uint8Array, end: number): GeoDraft[] {
  const found: GeoDraft[] = [];
  const { text } = ctx;
  let at = end;
  while (TRIBUTARY_JOINER.test(text[at] ?? '')) {
    let start = at + 1;
    if (taken[start]) {
      while (start < text.length && taken[start]) start++;
      at = start;
      continue;
    }
    let stop = start;
    while (stop < text.length && stop - start <= MAX_TRIBUTARY && !geo.listItemEnd.test(text[stop]!)) stop++;
    const name = text.slice(start, stop);
    const names =
      name.length >= 2 && name.length <= MAX_TRIBUTARY && geo.riverEnd.test(name) && HAN_ONLY.test(name) && !geo.functionChar.test(name) && !geo.blockedWords.has(name) && isFree(taken, start, stop);
    if (!names) break;
    taken.fill(1, start, stop);
    found.push(draft(name, { name, kind: 'river' }, start, stop, 'geo:tributary-list'));
    at = stop;
  }
  return found;
}

/** The drafts `visit` makes at each place one of `words` starts (a few words: one indexOf walk each). */
function draftsAtWords(text: string, words: readonly string[], marks: Marks, visit: (at: number, word: string) => GeoDraft | undefined): GeoDraft[] {
  const found: GeoDraft[] = [];
  for (const word of words) {
    const first = word.charCodeAt(0);
    for (const at of marks.wordStarts) {
      if (text.charCodeAt(at) !== first || !text.startsWith(word, at)) continue;
      const draft = visit(at, word);
      if (draft) found.push(draft);
    }
  }
  return found;
}

/** The river named right after a tributary word, at `start`: up to the first river ending that ends a name. */
/** Shortest small river in 港 or 源 read after a tributary word (乌石港; not 水源). */
const MIN_SMALL_RIVER = 3;

/**
 * 长江支流乌石港/x: after a tributary word, a small river's ending (港, 源: scope counted-list in
 * rules/geo-river-endings.tsv) closes the name too, where jieba reads the whole name as one name-like word.
 */
function smallRiverWord(ctx: ExtractContext, start: number, end: number, geo: GeoRules): boolean {
  if (end - start < MIN_SMALL_RIVER || !geo.countedListEnd.test(ctx.text.slice(start, end))) return false;
  const words = ctx.tokensWithin(start, end);
  return words.length === 1 && words[0]!.start === start && words[0]!.end === end && isNameWord(words[0]!, geo);
}

function tributaryAt(ctx: ExtractContext, geo: GeoRules, taken: Uint8Array, at: number, nameWordsOnly: boolean): GeoDraft | undefined {
  const { text } = ctx;
  // 北源之一/r 布当曲: a phrase's end (之一) after the tributary word comes before the name.
  const [lead] = ctx.tokensWithin(at, at + 2);
  // 南源叫/v 龙头江: a verb of naming (叫, 称: a clause-lead read as a verb) after the source word comes before the name.
  const start = lead !== undefined && lead.start === at && (isPhraseEnd(lead, geo) || namingVerb(lead, geo)) ? lead.end : at;
  for (let end = start + 1; end <= Math.min(text.length, start + MAX_TRIBUTARY); end++) {
    const name = text.slice(start, end);
    if (!geo.riverEnd.test(name) && (nameWordsOnly || !smallRiverWord(ctx, start, end, geo))) continue;
    const usable =
      name.length >= 2 &&
      HAN_ONLY.test(name) &&
      !geo.functionChar.test(name) &&
      !geo.blockedWords.has(name) &&
      isFree(taken, start, end) &&
      (isBoundary(ctx, end) || (!nameWordsOnly && stationNameFollows(text, end, geo))) &&
      !followedByExcluded(text, end, geo) &&
      (!nameWordsOnly || inNameWords(ctx, start, end, geo) || namedAfterPlace(name, geo));
    // 水系首先/d 涨水: a name of several words opening with an adverb, conjunction, preposition or particle is
    // the sentence's words, no river's (支流修水/v, one word, stays).
    if (usable && opensWithFunctionWord(ctx, start, end)) return undefined;
    // 水系地处/s 长江: a common word before a feature the dictionary knows is no part of its name;
    // 干流兰溪江段: a division's name before a stretch word (江段, 河段) names the stretch's place.
    if (usable && (commonWordBeforeFeature(ctx, start, end, geo) || namesStretch(text, name, end, geo))) return undefined;
    // A word ending like a river that names none (洪水) may start the name: 洪水河.
    if (!usable) {
      if (name.length >= 2 && geo.riverEnd.test(text[end] ?? '')) continue;
      return nameWordsOnly ? splitRiverAt(ctx, geo, taken, start) : undefined;
    }
    taken.fill(1, start, end);
    return draft(name, { name, kind: 'river' }, start, end, 'geo:tributary');
  }
  return undefined;
}

/**
 * jieba's tags of adverbs, conjunctions, prepositions and particles: no river's name opens with one. Not
 * pronouns: 那/r 曲河 is the river 那曲河.
 */
const FUNCTION_WORD_TAGS = new Set(['d', 'c', 'p', 'u']);
/** Tags of a determiner, measure word or verb jieba reads a one-character word as (各/r, 次/q, 整/v): no name starts with one. */
const DETERMINER_TAGS = new Set(['r', 'q', 'm', 'v']);

/** [start, end) holds more than one word, the first an adverb, conjunction, preposition or particle (首先/d 涨水). */
function opensWithFunctionWord(ctx: ExtractContext, start: number, end: number): boolean {
  const words = ctx.tokensWithin(start, end);
  return words.length > 1 && words[0]!.start === start && FUNCTION_WORD_TAGS.has(words[0]!.tag);
}

/**
 * [start, end) opens with a common word of two characters or more (地处/s, 位于/v) and the rest
 * is a feature of the dictionary (长江): the word is the sentence's, the feature is found alone.
 */
function commonWordBeforeFeature(ctx: ExtractContext, start: number, end: number, geo: GeoRules): boolean {
  const [first] = ctx.tokensWithin(start, end);
  if (first === undefined || first.start !== start || first.end >= end) return false;
  // 水系入/v 长江: a verb of one character before a feature of the dictionary is the sentence's too.
  if (first.word.length < 2) return first.tag === 'v' && end - first.end >= 2 && geo.dictionary.has(ctx.text.slice(first.end, end));
  return geo.dictionary.has(ctx.text.slice(first.end, end)) && geo.tags['common-word'].has(first.tag);
}

/** A division's name (兰溪) right before a reach word that names a stretch of a river by a place (江段). */
function namesStretch(text: string, name: string, end: number, geo: GeoRules): boolean {
  const length = reachLength(text, end, geo);
  return length > 0 && text[end + length - 1] === STRETCH_END && geo.placeNames.has(name);
}

/** The last character of the reach words that name a stretch (江段, 河段). */
const STRETCH_END = '段';

/** `name` ends in a split ending (曲): one set read rejects almost every name. */
function endsSplit(name: string, geo: GeoRules): boolean {
  return geo.splitLasts.has(name.charCodeAt(name.length - 1)) && geo.splitEndings.some((e) => name.endsWith(e));
}

/** Lengths of a Tibetan river's name jieba cuts across (杂日曲, 尕尔曲; rules/geo-split-endings.tsv). */
const SPLIT_NAME_LENGTHS = [3, 4] as const;

/**
 * 源头河流色吾曲、杂/v 日/m 曲/q 和/c 尕/ns 尔/nr 曲/q: at `start`, a name of three or four
 * characters in a split ending (曲), closed by a list's joiner, punctuation
 * or 的, free, with no function character and no word of two characters or
 * more inside that jieba does not read as a name (河流弯曲/v、, 弯弯曲曲/z
 * name none) is a river.
 */
function splitRiverAt(ctx: ExtractContext, geo: GeoRules, taken: Uint8Array, start: number): GeoDraft | undefined {
  const { text } = ctx;
  for (const length of SPLIT_NAME_LENGTHS) {
    const end = start + length;
    const name = text.slice(start, end);
    if (name.length !== length || !endsSplit(name, geo)) continue;
    const closer = text[end] ?? '';
    if (!(end === text.length || geo.listItemEnd.test(closer) || geo.functionChar.test(closer))) continue;
    if (!HAN_ONLY.test(name) || geo.functionChar.test(name) || geo.blockedWords.has(name) || geo.placeNames.has(name) || !isFree(taken, start, end)) return undefined;
    if (ctx.tokensWithin(start, end).some((w) => w.word.length >= 2 && !isNameWord(w, geo))) return undefined;
    taken.fill(1, start, end);
    return draft(name, { name, kind: 'river' }, start, end, 'geo:split-river');
  }
  return undefined;
}

/** Most characters between a place and the stretch word after it (会昌县葫芦阁河段: 葫芦阁). */
const MAX_STRETCH_GAP = 4;
/** Longest river's name read before a stretch's place (太平江). */
const MAX_STRETCH_RIVER = 4;

/**
 * 绵水/x 瑞金/ns 河段, 太平/ns 江/nr 龙南市 杜头 河段: bulletins name a stretch of a river by
 * the river, a place and a stretch word (河段, 江段). The jieba words right before the place (one
 * found, a few characters of a name before the stretch word at most, or a word jieba reads as a
 * place right before it: 梅江 兴宁/ns 河段), two to four characters ending like a river and no
 * common word (水坝/n), are the river.
 */
function riversBeforeStretches(ctx: ExtractContext, geo: GeoRules, taken: Uint8Array): GeoDraft[] {
  const { text } = ctx;
  const found: GeoDraft[] = [];
  for (let at = text.indexOf(STRETCH_END); at > 0; at = text.indexOf(STRETCH_END, at + 1)) {
    const length = STRETCH_WORD_LENGTH;
    if (!geo.reachWords.has(text.slice(at + 1 - length, at + 1))) continue;
    const place = stretchPlaceStart(ctx, at + 1 - length, geo);
    const river = place === undefined ? undefined : riverEndingAt(ctx, geo, taken, place);
    if (river) found.push(river);
  }
  return found;
}

/**
 * 梅江/nr 灌区, 怀洪/x 新河/ns 灌区: a name ending like a river right before a crossing's word (灌区, 大桥:
 * works named after the river they draw on or cross; rules/geo-locatives.tsv crossing) is the river,
 * where jieba reads its last word as a name, an unknown word right before it opening the name, and the
 * name stands alone: after a place found, punctuation or the text's start.
 */
function riversBeforeCrossings(ctx: ExtractContext, geo: GeoRules, taken: Uint8Array): GeoDraft[] {
  const { text } = ctx;
  const found: GeoDraft[] = [];
  for (const at of geo.crossingWords.startsIn(text)) {
    if (at < 2 || taken[at - 1] || !geo.riverEnd.test(text[at - 1]!)) continue;
    const words = ctx.tokensWithin(Math.max(0, at - MAX_STRETCH_RIVER), at);
    const last = words[words.length - 1];
    if (!last || last.end !== at || last.word.length < 2 || !geo.tags['own-name'].has(last.tag)) continue;
    const before = words[words.length - 2];
    const opens = before !== undefined && before.end === last.start && before.word.length === 2 && geo.tags['unknown-word'].has(before.tag) && HAN_ONLY.test(before.word);
    const start = opens ? before.start : last.start;
    const name = text.slice(start, at);
    if (!(start === 0 || taken[start - 1] || isSeparatorBoundary(text, start))) continue;
    if (!HAN_ONLY.test(name) || geo.functionChar.test(name) || geo.blockedWords.has(name) || geo.genericStems.has(name) || !isFree(taken, start, at)) continue;
    taken.fill(1, start, at);
    found.push(draft(name, { name, kind: 'river' }, start, at, 'geo:crossing'));
  }
  return found;
}

/** Length of a stretch word (河段, 江段). */
const STRETCH_WORD_LENGTH = 2;

/** Where the place before a stretch word at `at` starts: one found a few name characters before it, or a place word right before it. */
function stretchPlaceStart(ctx: ExtractContext, at: number, geo: GeoRules): number | undefined {
  const { text } = ctx;
  for (const m of ctx.earlier) {
    if (m.type !== 'place' || m.cleanEnd > at || m.cleanEnd < at - MAX_STRETCH_GAP) continue;
    const gap = text.slice(m.cleanEnd, at);
    if (gap === '' || (HAN_ONLY.test(gap) && !geo.functionChar.test(gap))) return m.cleanStart;
  }
  const words = ctx.tokensWithin(Math.max(0, at - MAX_STRETCH_GAP), at);
  const last = words[words.length - 1];
  return last && last.end === at && last.word.length >= 2 && geo.tags.place.has(last.tag) ? last.start : undefined;
}

/** The river's name made of the last one or two jieba words before `end`, if they make one. */
function riverEndingAt(ctx: ExtractContext, geo: GeoRules, taken: Uint8Array, end: number): GeoDraft | undefined {
  const { text } = ctx;
  if (end < 2 || !geo.riverEnd.test(text[end - 1]!)) return undefined;
  const words = ctx.tokensWithin(Math.max(0, end - MAX_STRETCH_RIVER), end);
  const last = words[words.length - 1];
  if (!last || last.end !== end) return undefined;
  // 太平/ns 江/nr: a lone ending joins the word before it.
  const first = last.word.length === 1 ? words[words.length - 2] : last;
  if (!first || (first !== last && first.end !== last.start)) return undefined;
  const name = text.slice(first.start, end);
  if (name.length < 2 || name.length > MAX_STRETCH_RIVER || !HAN_ONLY.test(name) || geo.functionChar.test(name) || geo.blockedWords.has(name) || !isFree(taken, first.start, end)) return undefined;
  if (geo.tags['common-word'].has(first.tag)) return undefined;
  taken.fill(1, first.start, end);
  return draft(name, { name, kind: 'river' }, first.start, end, 'geo:stretch');
}

/** Shortest and longest gauge station's name (without 站) read after a tributary's name. */
const STATION_NAME_LENGTHS = [2, 3] as const;

/**
 * A gauge station's name of two or three characters follows `end` (支流石井江跃岩站):
 * the tributary's name ends here even where jieba runs the two together (江跃岩/x).
 * One starting with a river ending (汉江水文站) is the name going on.
 */
function stationNameFollows(text: string, end: number, geo: GeoRules): boolean {
  if (geo.riverEnd.test(text[end] ?? '')) return false;
  return STATION_NAME_LENGTHS.some((length) => {
    const station = text.slice(end, end + length);
    return station.length === length && geo.stationEnds.has(text[end + length] ?? '') && HAN_ONLY.test(station) && !geo.functionChar.test(station);
  });
}

/** 源头理塘/n 河/ns: a division's name and one river ending, whatever jieba cuts, is the river named after the place. */
function namedAfterPlace(name: string, geo: GeoRules): boolean {
  return name.length >= 3 && geo.riverEnd.test(name) && geo.placeNames.has(name.slice(0, -1));
}

/** [start, end) is made of whole jieba words read as names (扎曲/ns, 且曲/x), not ordinary words (污水/n, 弯曲/v). */
function inNameWords(ctx: ExtractContext, start: number, end: number, geo: GeoRules): boolean {
  const words = ctx.tokensWithin(start, end);
  return words.length > 0 && words[0]!.start === start && words[words.length - 1]!.end === end && words.every((w) => geo.tags['proper-stem'].has(w.tag) || geo.tags.person.has(w.tag));
}

/**
 * Greedy longest dictionary match; set phrases (金山银山) consume their span.
 * Only the positions markText noted are tried.
 */
function dictionaryFeatures(ctx: ExtractContext, geo: GeoRules, taken: Uint8Array, localStems: ReadonlySet<string>, surfaceStarts: readonly number[]): GeoDraft[] {
  const { text } = ctx;
  const found: GeoDraft[] = [];
  let resume = 0; // where the scan goes on: a match consumes its span
  for (const i of surfaceStarts) {
    if (i < resume) continue;
    const surface = longestDictionaryWord(text, i, geo);
    resume = surface ? dictionaryMatch(ctx, geo, taken, localStems, surface, i, found) : i + 1;
  }
  return found;
}

/** Where, in one document, the scans of the extractor may stop (ascending positions). */
interface Marks {
  /** A dictionary surface may start here: its first unit and the lead filter pass. */
  surfaceStarts: number[];
  /** A suffix's last character stands here. */
  suffixEnds: number[];
  /** A word some scan looks for (支流, 水位, 神山) may start here. */
  wordStarts: number[];
}

/** One pass over the text, one table read per character: most characters play no role. */
function markText(text: string, geo: GeoRules): Marks {
  const marks: Marks = { surfaceStarts: [], suffixEnds: [], wordStarts: [] };
  // Read once: the rules object holds many fields, and this loop runs per character.
  const { unitRoles } = geo;
  for (let i = 0; i < text.length; i++) {
    const roles = unitRoles[text.charCodeAt(i)]!;
    if (roles === 0) continue;
    if (roles & SUFFIX_END) marks.suffixEnds.push(i);
    if (roles & WORD_START) marks.wordStarts.push(i);
    if (roles & SURFACE_START && geo.leadFilter.has(leadHash(text, i))) marks.surfaceStarts.push(i);
  }
  return marks;
}

/** The one kind all of a dictionary word's features have (泰山: mountain), if they agree. */
function sharedKind(features: readonly Feature[]): GeoKind | undefined {
  const kind = features[0]?.kind;
  return features.every((f) => f.kind === kind) ? kind : undefined;
}

/** Takes the dictionary word `surface` found at `start` (adding its features to `found`); where the scan goes on. */
function dictionaryMatch(ctx: ExtractContext, geo: GeoRules, taken: Uint8Array, localStems: ReadonlySet<string>, surface: string, start: number, found: GeoDraft[]): number {
  const { text } = ctx;
  const end = start + surface.length;
  const pair = handListedPair(surface, geo);
  if (pair && isFree(taken, start, end)) return matchPair(ctx, geo, taken, localStems, pair, start, found);
  const features = geo.dictionary.get(surface);
  // A generated name inside a longer word is no name (盘江 in 南盘江).
  if (features?.[0]?.wordOnly && !(isBoundary(ctx, start) && (isBoundary(ctx, end) || beforeWaterLocative(text, start, end, features, geo)))) return start + 1;
  const usable =
    features &&
    !geo.blockedWords.has(surface) &&
    (!localStems.has(surface) || mountainLocativeAfter(text, end, features, geo)) &&
    isFree(taken, start, end) &&
    (surface.length > 2 || ((isBoundary(ctx, start) || waterAfterProvinceName(text, start, features, geo)) && !inLocativeWord(ctx, start, end, geo))) &&
    !followedByExcluded(text, end, geo, sharedKind(features)) &&
    !namesProduct(text, surface, end, geo) &&
    !(features.every((f) => f.kind !== 'mountain') && endsRoadSegment(text, start, end)) &&
    !(surface.length === 2 && afterLoneSurname(ctx, start, end, geo)) &&
    !endsProvinceName(ctx, start, geo);
  const pass = usable ? passAfter(ctx, features, surface, end, geo) : '';
  const plain = usable && !pass ? plainAfter(ctx, end, geo) : '';
  if (plain) {
    found.push(draft(surface + plain, { name: surface + plain, kind: 'region' }, start, end + plain.length, 'geo:plain'));
    taken.fill(1, start, end + plain.length);
    return end + plain.length;
  }
  // 石/n 梁河/ns 流域: a one-character word jieba cuts off the river's name before it.
  const lead = usable && surface.length === 2 && !pass && features.every((f) => f.kind === 'river') && isBoundary(ctx, start) && isBoundary(ctx, end) && start > 0 && !taken[start - 1] ? oneCharacterWordBefore(ctx, start) : undefined;
  if (lead && leadCutAt(ctx, lead, end, geo)) {
    const name = text.slice(start - 1, end);
    found.push(draft(name, { name, kind: 'river' }, start - 1, end, 'geo:lead-cut'));
    taken.fill(1, start - 1, end);
    return end;
  }
  if (usable && pass) {
    const rule = geo.passWords.includes(pass) ? 'geo:pass' : 'geo:range';
    found.push(draft(surface + pass, { name: surface + pass, kind: 'mountain' }, start, end + pass.length, rule));
  } else if (usable) {
    for (const f of features) found.push(draft(surface, f, start, end, 'geo:dictionary'));
  }
  taken.fill(1, start, end + pass.length);
  return end + pass.length;
}

/**
 * 长江黄河 (a headline's 长江黄河关中握手): a dictionary word that is two names of the hand list back to back
 * names both features, not one; its two parts, where it splits so.
 */
function handListedPair(surface: string, geo: GeoRules): [string, string] | undefined {
  for (let cut = MIN_PAIR_PART; cut <= surface.length - MIN_PAIR_PART; cut++) {
    const [head, tail] = [surface.slice(0, cut), surface.slice(cut)];
    if (isHandListed(head, geo) && isHandListed(tail, geo)) return [head, tail];
  }
  return undefined;
}

/** Shortest part of a pair of names run together (江河 is no pair of names). */
const MIN_PAIR_PART = 2;

function isHandListed(surface: string, geo: GeoRules): boolean {
  const features = geo.dictionary.get(surface);
  return features !== undefined && features.length > 0 && features.every((f) => !f.wordOnly) && !geo.blockedWords.has(surface);
}

/** Takes the two names of a pair run together, each as the dictionary would alone; where the scan goes on. */
function matchPair(ctx: ExtractContext, geo: GeoRules, taken: Uint8Array, localStems: ReadonlySet<string>, [head, tail]: [string, string], start: number, found: GeoDraft[]): number {
  const end = start + head.length + tail.length;
  for (const [part, at] of [[head, start], [tail, start + head.length]] as const) {
    if (localStems.has(part)) continue;
    for (const f of geo.dictionary.get(part)!) found.push(draft(part, f, at, at + part.length, 'geo:pair'));
  }
  taken.fill(1, start, end);
  return end;
}

/**
 * 广东北江, 湖南湘江: a province's short name right before a river or lake of two characters; the
 * segmenter may cut across them (广/东北/江), but the province's name closes where the name opens.
 */
function waterAfterProvinceName(text: string, start: number, features: readonly Feature[], geo: GeoRules): boolean {
  return start >= 2 && geo.provinceNames.has(text.slice(start - 2, start)) && features.every((f) => f.kind === 'river' || f.kind === 'lake');
}

/**
 * 广东海岛: the character before a name and its first spell a province's short name (广东), so
 * the name's first character ends the province's: 东海岛 is none there (the islands of 广东).
 */
function endsProvinceName(ctx: ExtractContext, start: number, geo: GeoRules): boolean {
  // 沿海南流江, 沿江西江: the character before ends a longer word (沿海/f, 沿江), so the province's
  // name (海南, 江西) is no word there and the name stands whole.
  return start > 0 && geo.provinceNames.has(ctx.text.slice(start - 1, start + 1)) && isBoundary(ctx, start - 1);
}

/**
 * 李/nr 长江/ns 、张海峰, 唐/nr 东海/ns ,来自: jieba reads a common surname standing alone right before a
 * two-character feature's name as a person's (nr), the name ending a word: the three are a person's
 * name, unless a river's reach or basin follows (流域, 上游), which no one's name takes.
 */
function afterLoneSurname(ctx: ExtractContext, start: number, end: number, geo: GeoRules): boolean {
  if (start < 1 || !geo.surnames.has(ctx.text[start - 1]!) || !isBoundary(ctx, end) || geo.reaches.startAt(ctx.text, end) || geo.basins.startAt(ctx.text, end)) return false;
  const [lead] = ctx.tokensWithin(start - 1, start);
  return lead !== undefined && lead.start === start - 1 && lead.end === start && geo.tags.person.has(lead.tag);
}

/**
 * 昆仑山/ns 口/q, 衡山/ns 山脉/ns: a pass word or a range word standing alone after a mountain's
 * name names its pass or the range named after it, the full name ('' when none does).
 */
function passAfter(ctx: ExtractContext, features: readonly Feature[], surface: string, end: number, geo: GeoRules): string {
  if (!features.every((f) => f.kind === 'mountain')) return '';
  const pass = geo.passWords.find((word) => ctx.text.startsWith(word, end)) ?? geo.rangeWords.find((word) => ctx.text.startsWith(word, end)) ?? rangeTailAfter(ctx.text, surface, end, geo);
  return pass && isBoundary(ctx, end) && isBoundary(ctx, end + pass.length) ? pass : '';
}

/**
 * 罗霄山/nr 脉/ng: jieba cuts a range's word (山脉) after its first character, which ends the
 * mountain's name: the lone rest of the word after the name makes the range's name (罗霄山脉).
 */
function rangeTailAfter(text: string, surface: string, end: number, geo: GeoRules): string | undefined {
  for (const word of geo.rangeWords) {
    for (let cut = 1; cut < word.length; cut++) {
      if (surface.length > cut && surface.endsWith(word.slice(0, cut)) && text.startsWith(word.slice(cut), end)) return word.slice(cut);
    }
  }
  return undefined;
}

/**
 * 水淹南北洋: where the article names a plain after a feature's name (南北洋平原), the bare
 * name found elsewhere is that plain's short name, not the sea or lake jieba's dictionary
 * reads in it.
 */
function namePlainsByStem(geo: GeoRules, found: GeoDraft[]): void {
  const plains = new Map<string, GeoDraft>();
  for (const d of found) {
    if (d.rule !== 'geo:plain') continue;
    const word = geo.plainWords.find((w) => d.text.endsWith(w));
    if (word) plains.set(d.text.slice(0, d.text.length - word.length), d);
  }
  if (plains.size === 0) return;
  for (let i = 0; i < found.length; i++) {
    const d = found[i]!;
    const plain = d.rule === 'geo:dictionary' ? plains.get(d.text) : undefined;
    if (plain) found[i] = { ...d, name: plain.name, kind: plain.kind, rule: 'geo:plain-stem' };
  }
}

/**
 * 南北洋/ns 平原/ns: a plain's or basin's word standing as a word of its own right after a
 * feature's name makes the two the plain's name ('' when none follows); jieba's dictionary
 * reads the stem alone as a sea or a lake (南北洋), but the text names the plain.
 */
function plainAfter(ctx: ExtractContext, end: number, geo: GeoRules): string {
  const plain = geo.plainWords.find((word) => ctx.text.startsWith(word, end));
  return plain && isBoundary(ctx, end) && isBoundary(ctx, end + plain.length) ? plain : '';
}

/** 东海岸/s: jieba reads a word of place or side (the east coast) across a two-character name. */
function inLocativeWord(ctx: ExtractContext, start: number, end: number, geo: GeoRules): boolean {
  if (isBoundary(ctx, end)) return false;
  const [word] = ctx.tokensWithin(start, end + 1);
  return word !== undefined && word.start === start && word.end > end && geo.tags['locative-word'].has(word.tag);
}

/** 拉萨河畔/ns, 巴塘河口: jieba runs a river's or lake's name into the locative after it, unless the two spell a division's name (丹江口). */
function beforeWaterLocative(text: string, start: number, end: number, features: readonly Feature[], geo: GeoRules): boolean {
  if (!features.every((f) => f.kind === 'river' || f.kind === 'lake') || !geo.waterLocatives.has(text[end] ?? '')) return false;
  return !geo.placeNames.has(text.slice(start, end + 1));
}

/** A jieba word boundary, decided without segmenting where punctuation is next to it. */
function isBoundary(ctx: ExtractContext, index: number): boolean {
  return isSeparatorBoundary(ctx.text, index) || ctx.isWordBoundary(index);
}

/** The longest surface at `start` (a position markText noted), or undefined. */
function longestDictionaryWord(text: string, start: number, geo: GeoRules): string | undefined {
  const lengths = geo.lengthsByLead.get(leadKey(text, start));
  if (lengths === undefined) return undefined;
  // Longest first, only the lengths some surface with these two first units has.
  for (let length = Math.min(31 - Math.clz32(lengths), text.length - start); length >= 2; length--) {
    if ((lengths & (1 << length)) === 0) continue;
    const piece = text.slice(start, start + length);
    if (geo.surfaces.has(piece)) return piece;
  }
  return undefined;
}

/** Words jieba takes as names that end in a feature suffix: 年楚河, 多雄藏布. */
function suffixFeatures(ctx: ExtractContext, geo: GeoRules, taken: Uint8Array, suffixEnds: readonly number[]): GeoDraft[] {
  const found: GeoDraft[] = [];
  // Only the words around a suffix are segmented: most of the text holds none.
  for (const at of suffixEnds) {
    // Inside a place already found (山南, 江孜) no feature can end; a suffix must end here (盆地, not the 地 of 当地).
    if (taken[at] || !suffixEndsAt(ctx.text, at + 1, geo)) continue;
    const feature = suffixFeatureAt(ctx, geo, taken, at);
    if (!feature) continue;
    found.push(feature);
    taken.fill(1, feature.cleanStart, feature.cleanEnd);
  }
  return found;
}

/** The feature whose suffix ends on the character at `at`, if jieba's words there make one. */
function suffixFeatureAt(ctx: ExtractContext, geo: GeoRules, taken: Uint8Array, at: number): GeoDraft | undefined {
  const { text } = ctx;
  // A word ends with the suffix, or the suffix runs into a locative (河畔) or a list's joiner (河及): else no
  // token list is built (the 山 of 山东).
  if (!ctx.isWordBoundary(at + 1) && !geo.waterLocativesAt.startAt(text, at + 1) && !geo.listItemEnd.test(text[at + 1] ?? '')) return undefined;
  // The clause before holds nothing a stem may use (its last token is the separator).
  const within = ctx.tokensWithin(Math.max(ctx.clauseStart(at), at - SUFFIX_WINDOW), at + 1);
  const last = within[within.length - 1];
  // 河畔/ns: the suffix runs into the word after it (rare: looked at only then).
  const lone = last && last.end !== at + 1 ? loneSuffixBeforeLocative(ctx, at, within, geo) : undefined;
  const tokens = lone ? [...within, lone] : within;
  const k = tokens.length - 1;
  const token = tokens[k];
  if (!token || token.end !== at + 1) return undefined;
  // 二/m 仁/ng 溪河/ns 道/q: the 河 of a stream's 溪 and the channel word after it (河道) ends no name (streamsBeforeCourse).
  if (text[at] === '河' && text[at - 1] === '溪' && text.startsWith(STREAM_CHANNEL, at)) return undefined;
  // 清溪/ns 河/ns: a stream's word jieba ends before a lone 河 is the river's stem; the 河 ends the name (清溪河).
  if (token.word.length >= 2 && text[at] === '溪' && text[at + 1] === '河' && loneWordAt(ctx, at + 1)) return undefined;
  const candidate =
    riverCutAfterLead(ctx, tokens, k, geo) ??
    rareStemAfterPlace(ctx, tokens, k, geo) ??
    suffixCandidate(tokens, k, geo, text) ??
    mountainBeforeLocative(ctx, tokens, k, geo) ??
    riverBeforeLocative(ctx, tokens, k, geo) ??
    mountainBeforeSite(ctx, tokens, k, geo) ??
    shortRiverBeforeCourse(ctx, tokens, k, geo) ??
    bayOnCoast(ctx, tokens, k, geo) ??
    suffixCutAcrossWords(tokens, k, geo);
  if (!candidate) return undefined;
  const { suffix } = candidate;
  // 唐家山/x 堰塞湖: a name right before a lake's own word (堰塞湖, 盐湖) is the lake's, found at that word.
  if (lakeWordFollows(ctx, token.end, geo)) return undefined;
  let start = leadAfterPlace(ctx, tokens, candidate.start, suffix, geo) ?? candidate.start;
  // 清江/ns 屯堡/x 堰塞湖: a feature found before the words a lake's word joins is no part of its name.
  if (suffix.compose === 'name' && suffix.kind === 'lake' && token.start - start > suffix.minStem) start = afterTaken(taken, start, token.start - suffix.minStem) ?? start;
  // 力/n 洋/ag 镇西/ns 仓溪/x, 茶院/n 乡/n 茶院/n 溪/n: a township's name (a stem of two characters and 镇 or 乡)
  // jieba cuts across is no part of the stream named after it; the name starts after the township's ending.
  if (suffix.kind === 'river') start = afterTownshipName(text, start, token.end, geo) ?? start;
  start = afterPlaceCutAcross(ctx, start, token.end - suffix.suffix.length - suffix.minStem) ?? start;
  const surface = text.slice(start, token.end);
  // 红光/nr 乡东/x 河口: an unknown word opening with a township's ending closes the township's name; no feature starts so.
  if (opensWithDivisionLead(tokens, start, geo)) return undefined;
  if (!isFree(taken, start, token.end) || countsAClass(text, start) || (suffix.kind === 'river' && endsRoadSegment(text, start, token.end)) || !acceptableName(surface, geo, text, token.end, suffix.kind)) return undefined;
  if (runsIntoProvince(ctx, token.end, geo) || namesSite(text, token.end, suffix.kind, geo) || namesProduct(text, surface, token.end, geo) || stretchAfterFeature(ctx, surface, start, taken, geo)) return undefined;
  return draft(surface, { name: surface, kind: suffix.kind }, start, token.end, 'geo:suffix');
}

/**
 * 河田/ns 罗地/x 河: a name whose first character ends a place the place extractor found in the article (the
 * township 河田 right before the stream 罗地河) starts after that place, where a stem long enough is left (no later
 * than `latest`): jieba cut across the two names.
 */
function afterPlaceCutAcross(ctx: ExtractContext, start: number, latest: number): number | undefined {
  const { text } = ctx;
  for (const m of ctx.earlier) {
    if (m.type !== 'place' || m.text.length < 2) continue;
    // The place as the article writes it anywhere (its list item 河田、三洲 names it once).
    for (let cut = 1; cut < m.text.length; cut++) {
      const at = start - cut;
      if (at >= 0 && text.startsWith(m.text, at) && at + m.text.length <= latest) return at + m.text.length;
    }
  }
  return undefined;
}

/**
 * 安徽/ns 包/v 浍/zg 河/ns: a river's name whose stem is a rare character jieba cannot read (浍/zg)
 * starts one character earlier where that character, a word of its own, stands right after a
 * place found (安徽), or that jieba reads as a name's right after a verb (横跨/v 王/nr 浍/zg 河): jieba read
 * the name's first character as a word (包浍河, not 浍河). No
 * function character, numeral, river ending or division's character (rules/geo-exclusions.tsv
 * river-cut-stop, short-river-lead) starts a name so.
 */
function rareStemAfterPlace(ctx: ExtractContext, tokens: readonly Token[], k: number, geo: GeoRules): { start: number; suffix: Suffix } | undefined {
  const token = tokens[k]!;
  const suffix = suffixOf(token.word, geo);
  const stem = tokens[k - 1];
  if (!suffix || suffix.suffix !== token.word || stem === undefined || stem.end !== token.start) return undefined;
  const start = leadAfterPlace(ctx, tokens, stem.start, suffix, geo);
  return start === undefined ? undefined : { start, suffix };
}

function leadAfterPlace(ctx: ExtractContext, tokens: readonly Token[], start: number, suffix: Suffix, geo: GeoRules): number | undefined {
  // Lakes too: 湖北省/ns 牛/n 澥/zg 湖/ns is 牛澥湖.
  if (suffix.kind !== 'river' && suffix.kind !== 'lake') return undefined;
  const i = tokens.findIndex((t) => t.start === start);
  const stem = tokens[i];
  const lead = tokens[i - 1];
  if (stem === undefined || lead === undefined || stem.word.length !== 1 || !geo.tags['rare-char'].has(stem.tag)) return undefined;
  if (lead.end !== start || lead.word.length !== 1 || !HAN_ONLY.test(lead.word) || geo.functionChar.test(lead.word) || NUMERAL_STEM.test(lead.word) || geo.riverEnd.test(lead.word)) return undefined;
  // A determiner (各/r, 本/r, 其/r) is no name's first character; a word of kind that names rivers alone (长, 大, 左)
  // is, before a rare character: 南昌市长/a 堎/zg 河 is 长堎河 (the stem is two characters).
  if (geo.riverCutStops.has(lead.word) || (geo.shortRiverLeads.has(lead.word) && (DETERMINER_TAGS.has(lead.tag) || FUNCTION_WORD_TAGS.has(lead.tag)))) return undefined;
  if (stationPlaceStart(ctx, lead.start) !== undefined) return lead.start;
  // 横跨/v 王/nr 浍/zg 河: after a verb of two characters or more, a lead jieba reads as a name's is the name's too.
  const verb = tokens[i - 2];
  return verb !== undefined && verb.end === lead.start && verb.word.length >= 2 && verb.tag === VERB_TAG && geo.tags['own-name'].has(lead.tag) ? lead.start : undefined;
}

/** jieba's tag of a verb (处于/v). */
const VERB_TAG = 'v';

/**
 * 信江贵溪流域, 长江九江段: a division's name right after a feature found (not a place) names the
 * stretch of that river at the place, not a river of its own (昌江下游 alone is the river).
 */
function stretchAfterFeature(ctx: ExtractContext, surface: string, start: number, taken: Uint8Array, geo: GeoRules): boolean {
  return start > 0 && taken[start - 1] === 1 && geo.placeNames.has(surface) && stationPlaceStart(ctx, start) === undefined;
}

/**
 * A lake's suffix word that joins the names before it (compose=name: 堰塞湖, 盐湖) stands as a word of
 * its own at `end`: a name ending there (唐家山/x 堰塞湖, 易贡/x 堰塞湖) is the lake's, no feature of its own.
 */
function lakeWordFollows(ctx: ExtractContext, end: number, geo: GeoRules): boolean {
  for (const word of geo.lakeNameWords) if (ctx.text.startsWith(word, end) && ctx.isWordBoundary(end) && ctx.isWordBoundary(end + word.length)) return true;
  return false;
}

/** The unknown word starting at `start` opens with a division's last character (乡东/x): see division-lead. */
function opensWithDivisionLead(tokens: readonly Token[], start: number, geo: GeoRules): boolean {
  const first = tokens.find((t) => t.start === start);
  return first !== undefined && first.word.length >= 2 && geo.tags['unknown-word'].has(first.tag) && geo.divisionLeads.has(first.word[0]!);
}

/**
 * A lake in a Tibetan ending (错, 措: the endings rules/geo-spellings.tsv respells) whose word has a
 * one-character stem, a place's or an unknown word (乌错/ns, 贡错/x), right after a one-character word
 * of its own: that character opens the name (然乌错). No function character, numeral or division's
 * character (river-cut-stop) does.
 */
function tibetanLakeLead(tokens: readonly Token[], k: number, stem: number, suffix: Suffix, geo: GeoRules): number | undefined {
  const token = tokens[k]!;
  const before = tokens[k - 1];
  if (stem !== 1 || token.word.length !== 2 || !geo.tibetanLakeEnds.has(suffix.suffix) || before === undefined || before.end !== token.start) return undefined;
  if (!(geo.tags.place.has(token.tag) || geo.tags['unknown-word'].has(token.tag))) return undefined;
  if (before.word.length !== 1 || !HAN_ONLY.test(before.word) || geo.functionChar.test(before.word) || NUMERAL_STEM.test(before.word) || geo.riverCutStops.has(before.word)) return undefined;
  return before.start;
}

/** The position right after the last taken character in [start, last), if any is taken there. */
function afterTaken(taken: Uint8Array, start: number, last: number): number | undefined {
  for (let i = last - 1; i >= start; i--) if (taken[i]) return i + 1;
  return undefined;
}

/** Some suffix ends at `end`: every candidate ends in one. */
function suffixEndsAt(text: string, end: number, geo: GeoRules): boolean {
  const suffixes = geo.suffixesByLastUnit.get(text.charCodeAt(end - 1));
  return suffixes !== undefined && suffixes.some((s) => s.suffix.length === 1 || text.startsWith(s.suffix, end - s.suffix.length));
}

/**
 * A name no dictionary knows before a park's or scenic site's word (普达措国家森林公园)
 * names the site: only a mountain or a land region gives its name to the site around it (光雾山景区).
 */
function namesSite(text: string, end: number, kind: GeoKind, geo: GeoRules): boolean {
  return !SITE_KINDS.has(kind) && geo.siteWords.startAt(text, end);
}

/** Longest stem of a river's name looked for before a gauge word. */
const MAX_GAUGED_STEM = 3;

/**
 * 阳新县富河水位, 饮马河烟筒山水文站: a name ending like a river right before a
 * gauge word (rules/geo-locatives.tsv gauge), or before a station's place
 * found there, is the river. Its stem runs back to a place found, punctuation
 * or a function character (three characters at most); a one-character stem
 * or the two-character name must be a name-like word of its own (富/nr,
 * 陆水/x; not 该/r, 小/a, 内河/n), a longer stem name-like words (饮马河/n;
 * not 这条/r).
 */
function gaugedRivers(ctx: ExtractContext, geo: GeoRules, taken: Uint8Array, marks: Marks): GeoDraft[] {
  return draftsAtWords(ctx.text, geo.gaugeWords, marks, (at) => gaugedRiverAt(ctx, geo, taken, at));
}

function gaugedRiverAt(ctx: ExtractContext, geo: GeoRules, taken: Uint8Array, at: number): GeoDraft | undefined {
  const { text } = ctx;
  // Only where something found ends right before the word can a station's place stand there.
  const end = taken[at - 1] ? stationPlaceStart(ctx, at) ?? at : at;
  if (end < 2 || taken[end - 1] || !geo.riverEnd.test(text[end - 1]!)) return undefined;
  let start = end - 1;
  while (start > 0 && end - 1 - start < MAX_GAUGED_STEM && !taken[start - 1] && HAN_ONLY.test(text[start - 1]!) && !geo.functionChar.test(text[start - 1]!)) start--;
  const bounded = start === 0 || taken[start - 1] || !HAN_ONLY.test(text[start - 1]!) || geo.functionChar.test(text[start - 1]!);
  const name = text.slice(start, end);
  if (!bounded || start === end - 1 || geo.blockedWords.has(name) || geo.placeNames.has(name) || !gaugedStem(ctx, start, end, geo)) return undefined;
  taken.fill(1, start, end);
  return draft(name, { name, kind: 'river' }, start, end, 'geo:gauge');
}

/** Where the place found right before `at` starts (烟筒山 in 烟筒山水文站), if one ends there. */
function stationPlaceStart(ctx: ExtractContext, at: number): number | undefined {
  for (const m of ctx.earlier) if (m.type === 'place' && m.cleanEnd === at) return m.cleanStart;
  return undefined;
}

function gaugedStem(ctx: ExtractContext, start: number, end: number, geo: GeoRules): boolean {
  const words = ctx.tokensWithin(start, end);
  if (end - start === 2) {
    // 河水, 湖水: water, not a river named 河 or 湖
    const stem = ctx.text[start]!;
    if (geo.riverEnd.test(stem) || geo.suffixes.some((s) => s.suffix === stem)) return false;
    // 富/nr 河水/ns: the stem a name-like word of its own; 陆水/x: the whole name one (小河/nr is a given name's reading)
    const word = words[0];
    if (word === undefined || word.start !== start) return false;
    if (word.end === end) return geo.tags['proper-stem'].has(word.tag);
    return word.end === start + 1 && (geo.tags['proper-stem'].has(word.tag) || geo.tags.person.has(word.tag));
  }
  return words.every((w) => isStemWord(w, geo));
}

/**
 * 搅热湖北旅游市场: the suffix and the character after it spell a province's
 * name, so the suffix begins the province, unless a locative word starts
 * after the suffix (东钱湖北岸/f, 太湖南部/f).
 */
function runsIntoProvince(ctx: ExtractContext, end: number, geo: GeoRules): boolean {
  if (end >= ctx.text.length || !geo.provinceNames.has(ctx.text.slice(end - 1, end + 1))) return false;
  const [next] = ctx.tokensWithin(end, end + MAX_LOCATIVE);
  return !(next && next.start === end && geo.tags.locative.has(next.tag));
}

/** Longest locative word read after a name (北岸, 东南部). */
const MAX_LOCATIVE = 3;

/**
 * 巴拉/nrt 河畔/ns, 恭城/ns 河及/x: a river's or lake's suffix that jieba runs into the
 * locative or the list's joiner after it stands as a lone suffix word (河/ns), so the word
 * before can be its stem.
 */
function loneSuffixBeforeLocative(ctx: ExtractContext, at: number, before: readonly Token[], geo: GeoRules): Token | undefined {
  const stem = before[before.length - 1];
  // The stem must be a name (巴拉/nrt), not a common noun (公园/n 湖边 holds no 公园湖).
  if (!stem || stem.end !== at || !geo.tags['proper-stem'].has(stem.tag)) return undefined;
  const [word] = ctx.tokensWithin(at, at + 3);
  // 恭城/ns 河及/x, 南塘/ns 河等入/x: a list's joiner glued on ends the name as a locative does.
  if (!word || word.start !== at || word.word.length < 2 || !(geo.waterLocatives.has(word.word.slice(1)) || geo.listItemEnd.test(word.word[1]!))) return undefined;
  // 西巴霞曲/x 河谷: before a valley's word a stem that already ends like a river's name is the river, the
  // valley its own (伊敏/x 河畔 stays 伊敏河: a bank's word makes no such noun).
  if (geo.valleyWords.has(word.word.slice(1)) && (endsSplit(stem.word, geo) || suffixOfKind(stem.word, 'river', geo))) return undefined;
  // The lone suffix reads as a place word (河/ns), as jieba tags one standing alone.
  return { word: ctx.text[at]!, tag: geo.placeTag, start: at, end: at + 1 };
}

/** 雷公山/nr 下/f, 米仓山/nr 景区: jieba's person reading of a mountain's name yields to the locative or scenic site after it. */
function mountainBeforeLocative(
  ctx: ExtractContext,
  tokens: readonly Token[],
  k: number,
  geo: GeoRules,
): { start: number; suffix: Suffix } | undefined {
  const token = tokens[k]!;
  const suffix = suffixOf(token.word, geo);
  if (!suffix || suffix.kind !== 'mountain' || !geo.tags.person.has(token.tag) || token.word.length - suffix.suffix.length < suffix.minStem) return undefined;
  if (!HAN_ONLY.test(token.word) || geo.functionChar.test(token.word)) return undefined;
  if (geo.siteWords.startAt(ctx.text, token.end)) return { start: token.start, suffix }; // 米仓山/nr 景区
  const [next] = ctx.tokensWithin(token.end, token.end + 3);
  return next && next.start === token.end && geo.mountainLocatives.has(next.word) ? { start: token.start, suffix } : undefined;
}

/** Water locatives of one character that follow a person's name too (李小溪里, 王晓溪口述): not read after a person-tagged river. */
const PERSON_AFTER_WATER = new Set(['里', '口', '边']);

/**
 * 曾文溪/nr 畔, 某某溪/nr 流域: jieba reads many rivers of the south-east in 溪 (and some in 河, 江) as
 * a person's name; one of three characters or more right before a river's locative (畔, 岸, 沿岸,
 * rules/geo-locatives.tsv water) or its reach or basin word (上游, 流域) is the river: a person is not
 * written so. Not before 里, 口 or 边, which follow a person's name as well.
 */
function riverBeforeLocative(ctx: ExtractContext, tokens: readonly Token[], k: number, geo: GeoRules): { start: number; suffix: Suffix } | undefined {
  const token = tokens[k]!;
  const suffix = suffixOf(token.word, geo);
  if (!suffix || suffix.kind !== 'river' || !geo.tags.person.has(token.tag) || token.word.length < 3 || token.word.length - suffix.suffix.length < suffix.minStem) return undefined;
  if (!HAN_ONLY.test(token.word) || geo.functionChar.test(token.word)) return undefined;
  const { text } = ctx;
  if (geo.reaches.startAt(text, token.end)) return { start: token.start, suffix };
  for (const word of geo.waterLocatives) if (!PERSON_AFTER_WATER.has(word) && text.startsWith(word, token.end)) return { start: token.start, suffix };
  return undefined;
}

/** Longest stem joined to a lone mountain suffix before a site word (光雾 of 光雾山景区). */
const MAX_SITE_STEM = 3;

/**
 * 巴中光雾/n 山/n 景区: a lone mountain suffix between words jieba knows as
 * names or nouns (rules/jieba-tags.tsv site-stem), two or three characters,
 * and a scenic site's word (rules/geo-locatives.tsv site) ends the mountain
 * the site is named after (not 假山景区: one character; not 这座/x 山).
 */
function mountainBeforeSite(ctx: ExtractContext, tokens: readonly Token[], k: number, geo: GeoRules): { start: number; suffix: Suffix } | undefined {
  const token = tokens[k]!;
  const suffix = geo.suffixes.find((s) => s.suffix === token.word);
  // 鳌山/ns 滑雪场: a place-like word of two characters in 山 jieba knows, before a site's word, is the mountain (a division's name is left out later).
  const whole = geo.suffixes.find((s) => s.kind === 'mountain' && token.word.length === s.suffix.length + 1 && token.word.endsWith(s.suffix) && s.suffix.length === 1);
  if (whole && geo.tags.place.has(token.tag) && HAN_ONLY.test(token.word) && !geo.functionChar.test(token.word) && geo.siteWords.startAt(ctx.text, token.end)) return genericMountainLead(ctx, token, whole, geo);
  if (!suffix || suffix.kind !== 'mountain' || !geo.siteWords.startAt(ctx.text, token.end)) return undefined;
  let start = token.start;
  for (let j = k - 1; j >= 0; j--) {
    const before = tokens[j]!;
    if (before.end !== start || token.start - before.start > MAX_SITE_STEM || !HAN_ONLY.test(before.word) || !geo.tags['site-stem'].has(before.tag) || geo.functionChar.test(before.word)) break;
    start = before.start;
  }
  return token.start - start >= suffix.minStem ? { start, suffix } : undefined;
}

/**
 * 翠/nr 冰山/ns 景区: a generic word so shaped (冰山, rules/geo-exclusions.tsv generic-stem) names no mountain
 * of its own; with the one-character word of a name jieba cut off before it, it is the mountain's name (翠冰山).
 */
function genericMountainLead(ctx: ExtractContext, token: Token, suffix: Suffix, geo: GeoRules): { start: number; suffix: Suffix } | undefined {
  if (!geo.genericStems.has(token.word)) return { start: token.start, suffix };
  const lead = oneCharacterWordBefore(ctx, token.start);
  if (!lead || !geo.tags['name-piece'].has(lead.tag) || !HAN_ONLY.test(lead.word) || geo.functionChar.test(lead.word) || NUMERAL_STEM.test(lead.word)) return undefined;
  return { start: lead.start, suffix };
}

/**
 * 某区甲乙/v 山/n 水果深加工项目: in a list of works, a mountain's name right after the division it lies in
 * (a district's or county's full name found) that jieba cuts into a word of two characters and a lone 山
 * running into the work's words (山/n 水果, where 山水 is a word of its own) is the mountain the work is
 * named after, where the item closes on a work's word (rules/geo-locatives.tsv zone-end: 项目, 治理工程)
 * before any punctuation. Not a numeral or function word, nor a name that is a division's. Runs before
 * the dictionary's scan, which takes the word 山水 across the name's end.
 */
function mountainsOpeningWorks(ctx: ExtractContext, geo: GeoRules, taken: Uint8Array): GeoDraft[] {
  const { text } = ctx;
  const added: GeoDraft[] = [];
  for (const m of ctx.earlier) {
    if (m.type !== 'place' || m.cleanEnd - m.cleanStart < 3 || !DIVISION_END.test(text.slice(m.cleanStart, m.cleanEnd))) continue;
    const start = m.cleanEnd;
    const end = start + WORK_MOUNTAIN_STEM + 1;
    if (text[end - 1] !== '山' || !isFree(taken, start, end) || !zoneItemCloses(text, end, geo)) continue;
    const tokens = ctx.tokensWithin(start, end);
    const [stem, lone] = tokens;
    if (!stem || !lone || stem.start !== start || stem.end !== end - 1 || lone.start !== end - 1 || lone.word !== '山') continue;
    if (!HAN_ONLY.test(stem.word) || !WORK_STEM_TAGS.has(stem.tag) || geo.functionChar.test(stem.word)) continue;
    const name = text.slice(start, end);
    if (geo.placeNames.has(name) || geo.blockedWords.has(name)) continue;
    taken.fill(1, start, end);
    added.push(draft(name, { name, kind: 'mountain' }, start, end, 'geo:work-head'));
  }
  return added;
}

/** The stem of a mountain at a work's head: one word of two characters. */
const WORK_MOUNTAIN_STEM = 2;

/** Tags of a two-character word that, cut off before a lone 山, may be a mountain's stem in a work's name (某区仰头/v 山/n 水果…项目). */
const WORK_STEM_TAGS = new Set(['n', 'nz', 'ns', 'nr', 'nrt', 'v', 'vn', 'a']);

/**
 * 镇原县蒲河/x 流域, 茹/nr 河/ns 河道, 蒲河、茹河流域: a river of a one-character
 * stem that jieba does not know as a word (its whole is unknown, x, or the stem
 * reads as a name's character before a lone 河) is a river right before a word of
 * its course (rules/geo-locatives.tsv reach, basin, river-list: 流域, 河道, 上游),
 * or as an item of a list of such names that one closes, and an unknown word so right after a
 * place found (宜黄县宜水/x: the county's river). Common words stay out:
 * 该河/r, 小河/n and 江河/n are none of these shapes.
 */
function shortRiverBeforeCourse(ctx: ExtractContext, tokens: readonly Token[], k: number, geo: GeoRules): { start: number; suffix: Suffix } | undefined {
  const token = tokens[k]!;
  const suffix = suffixOf(token.word, geo);
  if (!suffix || suffix.kind !== 'river' || suffix.suffix.length !== 1) return undefined;
  let start: number;
  if (token.word.length === 2 && geo.tags['unknown-word'].has(token.tag)) start = token.start;
  else {
    const before = tokens[k - 1];
    if (token.word.length !== 1 || !before || before.end !== token.start || before.word.length !== 1 || !geo.tags['river-stem'].has(before.tag)) return undefined;
    start = before.start;
  }
  if (!isShortRiverStem(ctx.text[start]!, geo)) return undefined;
  // 宜黄县宜水/x: an unknown word of a one-character stem right after a place found is the place's river.
  if (start === token.start && stationPlaceStart(ctx, start) !== undefined) return { start, suffix };
  // 汀溪/x 右岸: a stream's name so shaped is followed by a word of its banks too (a 河 or 江 so shaped is as often a clipped phrase).
  if (suffix.suffix === STREAM_END && bankWordAt(ctx.text, token.end, geo)) return { start, suffix };
  return listClosedByCourse(ctx.text, token.end, suffix.suffix, geo) ? { start, suffix } : undefined;
}

/** A character that may be a river's one-character stem: no function word, numeral or generic lead (各, 老, 干). */
function isShortRiverStem(stem: string, geo: GeoRules): boolean {
  return HAN_ONLY.test(stem) && !geo.functionChar.test(stem) && !NUMERAL_STEM.test(stem) && !geo.shortRiverLeads.has(stem);
}

/** The one suffix that closes a bay's name (湾), and what may not follow it: a district's (龙湾区) or a village's ending. */
const BAY = '湾';
/** A bay's stem read from jieba's words has two characters (棋子湾; 石/梅/湾 is not pieced together). */
const BAY_STEM = 2;
const NOT_AFTER_BAY = new Set(['区', '村', '镇', '乡', '社']);

/**
 * 昌江棋子/n 湾/zg 等西线滨海景区: a bare 湾 right after a two-character word
 * jieba reads as a noun or a name it lacks (rules/jieba-tags.tsv bay-stem) is
 * a bay where its sentence speaks of the coast (rules/geo-locatives.tsv coast:
 * 滨海, 沙滩, 海岸). Not a district's or village's name (龙湾区, 李家湾村), not a
 * family's hamlet (王家湾), not a place's name before it (台湾 is one word).
 */
function bayOnCoast(ctx: ExtractContext, tokens: readonly Token[], k: number, geo: GeoRules): { start: number; suffix: Suffix } | undefined {
  const token = tokens[k]!;
  const start = bayStemStart(tokens, k, geo);
  if (start === undefined) return undefined;
  const { text } = ctx;
  const stem = text.slice(start, token.end - BAY.length);
  if (geo.functionChar.test(stem) || NUMERAL_STEM.test(stem) || stem.endsWith('家') || geo.placeNames.has(stem) || NOT_AFTER_BAY.has(text[token.end] ?? '')) return undefined;
  const suffix = suffixOf(BAY, geo);
  return suffix && speaksOfCoast(text, token.start, geo) ? { start, suffix } : undefined;
}

/** Where a bay's two-character stem starts: a word before a bare 湾 (棋子/n 湾), or inside one word jieba lacks (龙沐湾/x). */
function bayStemStart(tokens: readonly Token[], k: number, geo: GeoRules): number | undefined {
  const token = tokens[k]!;
  if (token.word.length === BAY_STEM + BAY.length && token.word.endsWith(BAY) && geo.tags['unknown-word'].has(token.tag)) return HAN_ONLY.test(token.word) ? token.start : undefined;
  const before = tokens[k - 1];
  if (token.word !== BAY || !before || before.end !== token.start || before.word.length !== BAY_STEM || !HAN_ONLY.test(before.word)) return undefined;
  return geo.tags['bay-stem'].has(before.tag) ? before.start : undefined;
}

/** Most characters looked at on each side of a bay for its sentence. */
const MAX_SENTENCE_SIDE = 80;

/** A word of the coast stands in the sentence around `at`. */
function speaksOfCoast(text: string, at: number, geo: GeoRules): boolean {
  let start = at;
  while (start > 0 && at - start < MAX_SENTENCE_SIDE && !SENTENCE_END.test(text[start - 1]!)) start--;
  let end = at;
  while (end < text.length && end - at < MAX_SENTENCE_SIDE && !SENTENCE_END.test(text[end]!)) end++;
  const sentence = text.slice(start, end);
  return geo.coastWords.some((word) => sentence.includes(word));
}

/** Most items of one-character rivers (蒲河、茹河) looked through before a course word. */
const MAX_SHORT_RIVER_ITEMS = 4;

/** A course word follows `end`, or after items like the name (、茹河) that one follows. */
function listClosedByCourse(text: string, end: number, ending: string, geo: GeoRules): boolean {
  let at = end;
  for (let items = 0; items < MAX_SHORT_RIVER_ITEMS && text[at] === '、'; items++) {
    if (text[at + 2] !== ending || !isShortRiverStem(text[at + 1] ?? '', geo)) return false;
    at += 3;
  }
  return geo.riverCourses.startAt(text, at);
}

/** How far before a suffix character its name (and the words it may join) can start. */
const SUFFIX_WINDOW = 12;

/**
 * Rivers and lakes often have one-character stems (滦河, 沧河); for mountains,
 * seas and plateaus a short stem is usually a common word (大山, 花海, 扎根高原).
 */
const SHORT_STEM_KINDS = new Set(['river', 'lake']);
const NUMERAL_STEM = new RegExp(`^[${CHINESE_DIGITS}十百千万双]`);

/** Before 大: a numeral right before a name (三/大圣/湖, 四/大名山) counts a class of features, not a name. */
const NUMERAL_END = new RegExp(`[${CHINESE_DIGITS}十]$`);

/** A numeral and 大 inside a name count a class of features (三大神山, 四大名山), name none. */
const CLASS_COUNT = new RegExp(`[${CHINESE_DIGITS}十百千两几]大`);

function countsAClass(text: string, start: number): boolean {
  return text[start] === '大' && NUMERAL_END.test(text.slice(Math.max(0, start - 1), start));
}

function suffixCandidate(tokens: readonly Token[], k: number, geo: GeoRules, text: string): { start: number; suffix: Suffix } | undefined {
  const token = tokens[k]!;
  const suffix = suffixOf(token.word, geo);
  if (!suffix || !HAN_ONLY.test(token.word)) return undefined;
  const stem = token.word.length - suffix.suffix.length;
  if (stem > 0 && geo.functionChar.test(token.word.slice(0, stem))) return afterGluedVerb(token, suffix, stem, geo);
  // 不上岛/x: an unknown word opening with the clause's negation, pronoun or conditional; the name, if any, follows it.
  // 筏头/n 乡合溪/x: an unknown word opening with a division's last character ends the division's name before it
  // (筏头乡); the rest alone may name the feature, where its stem is long enough.
  if (stem > 1 && geo.tags['unknown-word'].has(token.tag) && (geo.clauseLeads.has(token.word[0]!) || geo.divisionLeads.has(token.word[0]!))) return stem - 1 >= suffix.minStem && suffix.tags.has(token.tag) ? { start: token.start + 1, suffix } : undefined;
  // A numeral as the whole stem counts features, names none (百湖之城, 千湖之省, 两湖).
  if (stem >= suffix.minStem) return suffix.tags.has(token.tag) && !(stem === 1 && NUMERAL_STEM.test(token.word)) ? { start: token.start, suffix } : undefined;
  if (stem === 0 && suffix.compose !== 'no') return composedWith(tokens, k, suffix, geo);
  const morpheme = morphemeBefore(tokens, k, stem, suffix, geo);
  if (morpheme !== undefined) return { start: morpheme, suffix };
  if (stem > 0 && suffix.tags.has(token.tag)) {
    const lead = lakeWordBefore(tokens, k, suffix, geo);
    if (lead !== undefined) return { start: lead, suffix };
  }
  // 左江/x, 湔江/x: an unknown word of a one-character stem and an ending only names use so (rules/geo-river-endings.tsv
  // short); a surname as the stem makes a person's name (刘江/x), unless it is a word of position too (左: short-river-lead),
  // and a verb jieba glues on makes a phrase (阻江/x).
  if (stem === 1 && token.word.length === 2 && suffix.kind === 'river' && geo.shortUnknownEndings.has(suffix.suffix) && geo.tags['unknown-word'].has(token.tag) && HAN_ONLY.test(token.word) && !geo.functionChar.test(token.word[0]!) && !geo.gluedVerbs.has(token.word[0]!) && !(geo.surnames.has(token.word[0]!) && !geo.shortRiverLeads.has(token.word[0]!)) && !NUMERAL_STEM.test(token.word)) return { start: token.start, suffix };
  // 然/c 乌错/ns, 易/a 贡错/x: a Tibetan lake's name of a one-character stem has lost its first character to
  // the one-character word jieba reads before it (然乌错, 易贡错).
  const lead = tibetanLakeLead(tokens, k, stem, suffix, geo);
  if (lead !== undefined) return { start: lead, suffix };
  if (!SHORT_STEM_KINDS.has(suffix.kind) || !(geo.tags.place.has(token.tag) || isBankedSurname(text, tokens[k]!, stem, geo))) return undefined;
  // jieba itself reads a short river name as a place (滦河/ns): the stem may be one character,
  // but not a numeral (两湖, 三江 name groups of lakes and rivers), nor a river's ending (溪河/ns: streams).
  if (stem > 0 && geo.streamWords.has(token.word)) return streamWordLead(tokens, k, suffix, geo);
  if (stem > 0) return NUMERAL_STEM.test(token.word) || geo.riverEnd.test(token.word[0]!) ? undefined : { start: token.start, suffix };
  // A lone suffix jieba tags as a place (葫芦/n 河/ns): the word before it is the stem.
  const before = tokens[k - 1];
  // The word before must be one that can name a feature (葫芦/n 河/ns, 巴拉/nrt 河/ns; not a given name: 明珠/nr 湖).
  // A lone numeral before it counts features (百/n 湖/ns 之城).
  // A person-tagged word joins where a river's course follows (乐安/nr 河/ns 干流): no one's name is so followed.
  const stemTag = before !== undefined && (geo.tags.stem.has(before.tag) || (geo.tags.person.has(before.tag) && before.word.length >= 2 && geo.riverCourses.startAt(text, token.end)));
  // 沮河/ns 河/ns 长制: a lone river ending before it ends the name before (沮河), it starts the river chief's title (河长).
  const joins = before !== undefined && before.end === token.start && stemTag && !(before.word.length === 1 && (NUMERAL_STEM.test(before.word) || geo.riverEnd.test(before.word)));
  // 经弥苴/x 河/ns: a verb of passing jieba glues onto an unknown stem (glued-verb) is no part of it.
  if (joins && before.tag === GLUED_TAG && before.word.length >= 3 && geo.gluedVerbs.has(before.word[0]!) && HAN_ONLY.test(before.word) && !geo.functionChar.test(before.word.slice(1))) return { start: before.start + 1, suffix };
  // A list's joiner in the word before (南塘/ns 河等入/x 湖/ns) ends a list item, it starts no name.
  // 那片/x 湖: an unknown word opening with the clause's pronoun (clause-lead) is no stem.
  const clauseWord = before !== undefined && geo.tags['unknown-word'].has(before.tag) && geo.clauseLeads.has(before.word[0]!);
  return joins && !clauseWord && HAN_ONLY.test(before.word) && before.word.length <= 3 && !geo.functionChar.test(before.word) && !geo.listItemEnd.test(before.word)
    ? { start: before.start, suffix }
    : undefined;
}

/** Shortest stem of a township's name a stream's candidate may hold before its 镇 or 乡 (力洋镇). */
const MIN_TOWNSHIP_STEM = 2;

/**
 * Where a river's name starts after a township's name inside the candidate [start, end) (力洋镇西仓溪 →
 * 西仓溪): the last 镇 or 乡 (division-lead in rules/geo-exclusions.tsv) after a stem of two characters
 * or more, with two characters or more after it; else undefined.
 */
function afterTownshipName(text: string, start: number, end: number, geo: GeoRules): number | undefined {
  for (let at = end - 3; at >= start + MIN_TOWNSHIP_STEM; at--) if (geo.divisionLeads.has(text[at]!)) return at + 1;
  return undefined;
}

/** jieba reads the character at `at` as a word of its own. */
function loneWordAt(ctx: ExtractContext, at: number): boolean {
  const [token] = ctx.tokensWithin(at, at + 1);
  return token !== undefined && token.start === at && token.end === at + 1;
}

/** Tags of a one-character word that is no name's first character: pronouns, numerals, measure words, particles, prepositions, conjunctions, adverbs, locatives. */
const NO_STREAM_LEAD_TAGS = new Set(['r', 'm', 'q', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'ud', 'p', 'c', 'd', 'f', 'y', 'e', 'o']);

/**
 * 榆/ns 溪河/ns, 梅/nr 溪河, 磨/v 溪河: jieba reads a stream's two endings as one word and cuts the name's
 * one-character stem off before it; that character, a word of its own right before, opens the river's name
 * (榆溪河), unless it is a function word, a numeral, a division's character or a word of which or what kind
 * (各溪河, 小溪河: short-river-lead), or a word of such a tag (该/r, 等/u).
 */
function streamWordLead(tokens: readonly Token[], k: number, suffix: Suffix, geo: GeoRules): { start: number; suffix: Suffix } | undefined {
  const before = tokens[k - 1];
  if (!before || before.end !== tokens[k]!.start || before.word.length !== 1 || !HAN_ONLY.test(before.word)) return undefined;
  const lead = before.word;
  if (geo.functionChar.test(lead) || NUMERAL_STEM.test(lead) || geo.shortRiverLeads.has(lead) || geo.riverCutStops.has(lead) || geo.riverEnd.test(lead) || geo.gluedVerbs.has(lead)) return undefined;
  return NO_STREAM_LEAD_TAGS.has(before.tag) ? undefined : { start: before.start, suffix };
}

/**
 * 戴云山/nr 脉/ng: jieba cuts a suffix of two characters (山脉, 雪山) after its first, which it
 * runs into the name before; the word so ending, of a stem the suffix asks and a tag it takes,
 * and the lone rest of the suffix are the feature's name (戴云山脉). 提高/原来 is no such cut:
 * the word after must be the suffix's rest alone.
 */
function suffixCutAcrossWords(tokens: readonly Token[], k: number, geo: GeoRules): { start: number; suffix: Suffix } | undefined {
  const token = tokens[k]!;
  const before = tokens[k - 1];
  if (!before || before.end !== token.start || !HAN_ONLY.test(before.word)) return undefined;
  for (const suffix of geo.suffixes) {
    const rest = suffix.suffix.length - token.word.length;
    if (rest < 1 || !suffix.suffix.endsWith(token.word)) continue;
    const head = suffix.suffix.slice(0, rest);
    const stem = before.word.length - head.length;
    if (!before.word.endsWith(head) || stem < suffix.minStem || !suffix.tags.has(before.tag)) continue;
    return geo.functionChar.test(before.word.slice(0, stem)) || NUMERAL_STEM.test(before.word) ? undefined : { start: before.start, suffix };
  }
  return undefined;
}

/**
 * 木/n 兰溪/nr 流域, 木/n 兰溪/nr 发源于: jieba cuts the first character off a river's name of
 * three and reads the rest as a person's or a place's name (兰溪 is also a city's); right before
 * a river's course or basin (流域, 干流, 上游, 河道) or a verb of its source (发源), the
 * character, a noun or a name's piece (no function word, numeral or river ending), and the
 * word make the river's name. 在兰溪流域 stays out: 在 is a function character.
 */
function riverCutAfterLead(ctx: ExtractContext, tokens: readonly Token[], k: number, geo: GeoRules): { start: number; suffix: Suffix } | undefined {
  const token = tokens[k]!;
  const suffix = suffixOf(token.word, geo);
  if (!suffix || suffix.kind !== 'river' || token.word.length - suffix.suffix.length !== 1) return undefined;
  if (!(geo.tags.person.has(token.tag) || geo.tags.place.has(token.tag))) return undefined;
  const before = tokens[k - 1];
  return before && before.end === token.start && leadCutAt(ctx, before, token.end, geo) ? { start: before.start, suffix } : undefined;
}

/**
 * The one-character word `lead` right before a river's two-character name ending at `end` is
 * the name's first character: a noun or a name's piece (石/n 梁河/ns 流域; no function word,
 * numeral, river ending or division's character: 全县/沙河 stays out), with a river's course,
 * basin or source verb right after the name (流域, 干流, 发源于).
 */
function leadCutAt(ctx: ExtractContext, lead: Token | undefined, end: number, geo: GeoRules): boolean {
  if (!lead || lead.word.length !== 1 || lead.end !== end - 2 || !HAN_ONLY.test(lead.word)) return false;
  if (geo.functionChar.test(lead.word) || NUMERAL_STEM.test(lead.word) || geo.riverEnd.test(lead.word) || geo.riverCutStops.has(lead.word) || geo.shortRiverLeads.has(lead.word)) return false;
  // 浦/zg 阳江/ns 发源于: a lone character jieba reads as a river stem's (rules/jieba-tags.tsv river-stem) leads one too.
  if (!(geo.tags.stem.has(lead.tag) || geo.tags['name-morpheme'].has(lead.tag) || geo.tags['river-stem'].has(lead.tag))) return false;
  return geo.riverCourses.startAt(ctx.text, end) || geo.sourceWords.startAt(ctx.text, end);
}

/** The one-character word that ends right at `at`, if jieba cuts one there. */
function oneCharacterWordBefore(ctx: ExtractContext, at: number): Token | undefined {
  if (at < 1 || !isBoundary(ctx, at - 1)) return undefined;
  const [token] = ctx.tokensWithin(at - 1, at);
  return token && token.start === at - 1 && token.end === at ? token : undefined;
}

/**
 * 新华/nz 江/nr 两岸: a lone river suffix jieba reads as a surname, with a water locative of two
 * characters after it (两岸, 两旁; not 边 or 里, which follow a person's name as well) or a river's
 * reach (上游, 流域), is the river's suffix.
 */
function isBankedSurname(text: string, token: Token, stem: number, geo: GeoRules): boolean {
  if (stem !== 0) return false;
  // 罗定/ns 江/nr 上游: a river's reach after it (上游, 干流, 流域) says the same.
  const reach = reachLength(text, token.end, geo) > 0;
  if ((!reach && !geo.waterLocativesAt.startAt(text, token.end)) || !geo.tags.person.has(token.tag)) return false;
  if (reach) return true;
  for (const word of geo.waterLocatives) if (word.length >= 2 && text.startsWith(word, token.end)) return true;
  return false;
}

/**
 * 涠/g 洲岛/x, 嵛/g 山岛/ns: jieba cuts a rare character a name starts with off
 * the name-like word that holds the rest of the name and its suffix; the two
 * make the name when the stem is then long enough.
 */
function morphemeBefore(tokens: readonly Token[], k: number, stem: number, suffix: Suffix, geo: GeoRules): number | undefined {
  const before = tokens[k - 1];
  if (stem === 0 || stem + 1 < suffix.minStem || before === undefined || before.word.length !== 1 || before.end !== tokens[k]!.start) return undefined;
  if (!HAN_ONLY.test(before.word) || geo.functionChar.test(before.word)) return undefined;
  // The tags last: reading one is a dictionary lookup.
  return geo.tags['proper-stem'].has(tokens[k]!.tag) && geo.tags['name-morpheme'].has(before.tag) ? before.start : undefined;
}

/**
 * 穿卫河/x: jieba glues a verb of crossing or a preposition (rules/geo-exclusions.tsv
 * glued-verb) onto a name it does not know; the name after it counts, a
 * river's or lake's with a one-character stem (卫河), another kind's with the
 * stem its suffix asks. Only an unknown word (x) is cut so: 和田河/ns stays whole.
 */
function afterGluedVerb(token: Token, suffix: Suffix, stem: number, geo: GeoRules): { start: number; suffix: Suffix } | undefined {
  // The tag last: reading it is a dictionary lookup.
  if (!geo.gluedVerbs.has(token.word[0]!) || stem - 1 < (SHORT_STEM_KINDS.has(suffix.kind) ? 1 : suffix.minStem)) return undefined;
  return !geo.functionChar.test(token.word.slice(1, stem)) && token.tag === GLUED_TAG ? { start: token.start + 1, suffix } : undefined;
}

/** jieba's tag of a word its dictionary lacks: the only one a glued verb is cut from. */
const GLUED_TAG = 'x';

/**
 * 错那湖: a Tibetan lake's name opens with the word for a lake (错, 措), which
 * jieba reads as a verb or a measure word (错/v 那湖/x): that lone character,
 * a lake suffix of its own, starts the name of a short lake word right after it.
 */
function lakeWordBefore(tokens: readonly Token[], k: number, suffix: Suffix, geo: GeoRules): number | undefined {
  const before = tokens[k - 1];
  if (suffix.kind !== 'lake' || !before || before.end !== tokens[k]!.start || before.word === suffix.suffix) return undefined;
  return geo.lakeLeads.has(before.word) ? before.start : undefined;
}

/**
 * 融江、洛清江、桂江: jieba cuts a name it lacks before a shorter one it
 * knows (洛/清江), and the full name counts. A found feature that ends a list
 * item (、 before the item, 、 or the list's end after it) and lacks one
 * free character of the item before it, a word jieba reads as part of a name
 * (洛/ns), is widened to the whole item.
 */
function widenListedNames(ctx: ExtractContext, geo: GeoRules, taken: Uint8Array, found: GeoDraft[]): void {
  const { text } = ctx;
  for (let i = 0; i < found.length; i++) {
    const feature = found[i]!;
    const start = endsListItem(text, feature.cleanEnd, geo)
      ? oneCharacterLead(ctx, geo, taken, feature, found) ?? listItemLead(ctx, geo, taken, feature)
      : leadBeforeBracket(text, geo, taken, feature);
    if (start === undefined) continue;
    const name = text.slice(start, feature.cleanEnd);
    if (geo.placeNames.has(name) || geo.blockedWords.has(name)) continue;
    taken.fill(1, start, feature.cleanStart);
    found[i] = draft(name, { name, kind: feature.kind }, start, feature.cleanEnd, 'geo:list-item');
  }
}

/** An item of a list starting at `start` and ending at `end`: 、 before it, or the list's first item with 、 after it. */
function isListItem(text: string, start: number, end: number, geo: GeoRules): boolean {
  return text[start - 1] === '、' || ((start === 0 || geo.listItemEnd.test(text[start - 1]!)) && text[end] === '、');
}

/**
 * 洛/清江: the one free character of the item before the feature (the feature ending an item), where
 * jieba reads it as part of a name (洛/ns), or where the item before is a feature of the same kind (汨罗江、新/a 墙河: a list
 * of rivers).
 */
function oneCharacterLead(ctx: ExtractContext, geo: GeoRules, taken: Uint8Array, feature: GeoDraft, found: readonly GeoDraft[]): number | undefined {
  const { text } = ctx;
  const start = feature.cleanStart - 1;
  if (start < 0 || taken[start] || !HAN_ONLY.test(text[start]!) || geo.functionChar.test(text[start]!) || geo.listItemEnd.test(text[start]!)) return undefined;
  // The item stands alone: after 、, or between the text's start, a list's end or a place found (广西洛/ns 清江及) and the item's end.
  if (start > 0 && text[start - 1] !== '、' && !geo.listItemEnd.test(text[start - 1]!) && !(taken[start - 1] && stationPlaceStart(ctx, start) !== undefined)) return undefined;
  if (isProperChar(ctx, start, feature.text.length === 2 ? 'short-name-lead' : 'proper-stem', geo)) return start;
  // 、湄/zg 湘河/ns 等: a character jieba cannot read as a word (rare-char) right after a list's 、 opens the name.
  const [lead] = ctx.tokensWithin(start, start + 1);
  if (text[start - 1] === '、' && lead !== undefined && lead.start === start && lead.end === start + 1 && geo.tags['rare-char'].has(lead.tag)) return start;
  if (text[start - 1] !== '、') return undefined;
  // 、浔/j 阳河/ns、…等8条河道: a list that 等 and a word for rivers close holds rivers only.
  return found.some((other) => other.cleanEnd === start - 1 && other.kind === feature.kind) || (feature.kind === 'river' && inClosedRiverList(text, feature.cleanEnd, geo)) ? start : undefined;
}

/** Most characters from a list's item to the 等 that closes the list. */
const MAX_LIST_SPAN = 60;

/** The list the item ending at `end` belongs to runs on, with no punctuation but 、, to a 等 closing a list of rivers (等8条河道). */
function inClosedRiverList(text: string, end: number, geo: GeoRules): boolean {
  for (let i = end; i < text.length && i - end < MAX_LIST_SPAN; i++) {
    const c = text[i]!;
    if (geo.riverListCloser.test(text.slice(i, i + 12))) return true;
    if (c !== '、' && !HAN_ONLY.test(c)) return false;
  }
  return false;
}

/** An opening bracket: a river's county or reach written after its name (甲河(某县)、乙河(某县)). */
const OPEN_BRACKET = /[(（]/;

/**
 * 东江流域的石/n 马河/ns(深圳)、派/v 潭/n 河/ns(增城): bulletins list rivers each
 * with its county in brackets; jieba cuts off the first character of a three-character
 * name it lacks. A two-character feature right before a bracket whose one free character
 * before it opens an item (after 、, a list's joiner, punctuation or 的) takes it, unless
 * it is a function character, a numeral or a generic lead (大, 新, 老).
 */
function leadBeforeBracket(text: string, geo: GeoRules, taken: Uint8Array, feature: GeoDraft): number | undefined {
  const start = feature.cleanStart - 1;
  if (feature.text.length !== 2 || start < 1 || taken[start] || !OPEN_BRACKET.test(text[feature.cleanEnd] ?? '')) return undefined;
  const lead = text[start]!;
  if (!HAN_ONLY.test(lead) || geo.functionChar.test(lead) || geo.listItemEnd.test(lead) || NUMERAL_STEM.test(lead) || geo.shortRiverLeads.has(lead)) return undefined;
  const before = text[start - 1]!;
  return before === '、' || before === '的' || geo.listItemEnd.test(before) ? start : undefined;
}

/** Most characters of a name jieba cuts off before a shorter one it knows (巴哈/乌兰河, 台/尔/维奇河). */
const MAX_LIST_LEAD = 3;

/**
 * 布哈河、巴哈乌兰河、沙柳河: the words of a list item before a feature found
 * at its end, two or three characters that jieba reads as pieces of a name
 * (巴哈/nrt; a lone character as rules/jieba-tags.tsv name-piece says: 台/q 尔/nr),
 * make the item's name with it.
 */
function listItemLead(ctx: ExtractContext, geo: GeoRules, taken: Uint8Array, feature: GeoDraft): number | undefined {
  const { text } = ctx;
  const end = feature.cleanStart;
  let start = end;
  while (end - start < MAX_LIST_LEAD && start > 0 && !geo.listItemEnd.test(text[start - 1]!)) start--;
  if (end - start < 2 || !isListItem(text, start, feature.cleanEnd, geo)) return undefined;
  const lead = text.slice(start, end);
  if (!HAN_ONLY.test(lead) || geo.functionChar.test(lead) || taken.subarray(start, end).some((t) => t !== 0)) return undefined;
  // 南源当曲, 干流扎曲: a word of a river's course says which river the name is, it is none of the name.
  if ([...geo.tributaryWords, ...geo.riverWords].some((word) => lead.endsWith(word))) return undefined;
  const words = ctx.tokensWithin(start, end);
  if (words.length === 0 || words[0]!.start !== start || words[words.length - 1]!.end !== end) return undefined;
  return words.every((w) => (w.word.length === 1 ? geo.tags['name-piece'] : geo.tags['proper-stem']).has(w.tag) || geo.tags.person.has(w.tag)) ? start : undefined;
}

/**
 * 库/n 赛/nz 湖/ns: where jieba cuts a name it lacks differently at two of its
 * mentions, the suffix rules find the whole name at one (库赛湖) and only its
 * tail at the other (赛湖). A suffix-made name that the free characters right
 * before it complete into a longer name found in the same article is that name.
 */
function widenToLongerNames(text: string, taken: Uint8Array, found: GeoDraft[]): void {
  for (let i = 0; i < found.length; i++) {
    const tail = found[i]!;
    // 三/m 庙河/ns: a name the dictionary knows is widened too where the article names the longer one (三庙河).
    if (tail.rule !== 'geo:suffix' && tail.rule !== 'geo:dictionary') continue;
    const longer = found.find((other) => other.text.length > tail.text.length && other.text.endsWith(tail.text) && completes(text, taken, other.text, tail));
    if (!longer) continue;
    const start = tail.cleanStart - (longer.text.length - tail.text.length);
    taken.fill(1, start, tail.cleanStart);
    found[i] = draft(longer.text, { name: longer.name, kind: longer.kind }, start, tail.cleanEnd, 'geo:longer-name');
  }
}

/** The free characters right before the tail found at `at` spell the rest of `name`. */
function completes(text: string, taken: Uint8Array, name: string, tail: GeoDraft): boolean {
  const start = tail.cleanStart - (name.length - tail.text.length);
  return start >= 0 && isFree(taken, start, tail.cleanStart) && text.startsWith(name.slice(0, name.length - tail.text.length), start);
}

/**
 * 洛/ns 清江: the character is a word jieba reads as part of a name, not a verb or a noun (如/v 长江、黄河);
 * before a two-character name also a person's name or a bound morpheme (宗/nr 角湖, 雀/ng 莫错).
 */
function isProperChar(ctx: ExtractContext, at: number, set: 'proper-stem' | 'short-name-lead', geo: GeoRules): boolean {
  const [token] = ctx.tokensWithin(at, at + 1);
  return token !== undefined && token.start === at && token.end === at + 1 && geo.tags[set].has(token.tag);
}

function endsListItem(text: string, end: number, geo: GeoRules): boolean {
  return end >= text.length || geo.listItemEnd.test(text[end]!) || reachLength(text, end, geo) > 0;
}

/** Longest role word before a person's name (指挥长, 董事长). */
const MAX_TITLE = 3;

/**
 * 副县长刘岷江, 村支书赵洱海说: a two-character feature's name right after a
 * surname is a person's given name where a role word stands before the
 * surname or a verb of saying after the name (王泰山 alone stays open); so is
 * a three-character name made by a suffix that opens with a surname (县委书记陈晓溪).
 */
function dropPersonNames(ctx: ExtractContext, geo: GeoRules, taken: Uint8Array, found: GeoDraft[]): void {
  const { text } = ctx;
  // Decided on the whole list first: a name listed beside another may be what makes it a person's.
  const people = new Set<GeoDraft>();
  for (const f of found) {
    // 县委书记陈晓溪: a suffix-made name of three characters may hold the surname itself, and so may
    // one of the lists (钟南山院士, 许地山先生: jieba's dictionary reads some people's names as places).
    const three = f.cleanEnd - f.cleanStart === 3;
    const holdsSurname = three && ((f.rule === 'geo:suffix' && isPersonName(f.text, geo)) || geo.surnames.has(f.text[0]!));
    const surname = holdsSurname ? f.cleanStart : f.cleanStart - 1;
    // 向长江说再见: a surname that is also a preposition (向, 于) reads as the preposition.
    if (f.cleanEnd - surname !== 3 || surname < 0 || !geo.surnames.has(text[surname]!) || geo.functionChar.test(text[surname]!)) continue;
    // 泸州市长江沱江: the character before is the end of another feature found (长江), no surname.
    if (!holdsSurname && found.some((other) => other !== f && other.cleanStart <= surname && surname < other.cleanEnd)) continue;
    // A person's role before the name (副县长刘岷江) or right after it (钟南山院士, 刘岷江书记), or a verb of saying after it.
    if (geo.says.startAt(text, f.cleanEnd) || titleEndsAt(text, surname, geo) || titleStartsAt(text, f.cleanEnd, geo) || (holdsSurname && f.rule !== 'geo:dictionary' && personListedBeside(ctx, f, found, taken, geo))) people.add(f);
  }
  if (people.size === 0) return;
  // 湖长胡某山……胡某山要求: a name once read as a person's is that person's wherever the article repeats it.
  const names = new Set([...people].map((f) => f.text));
  for (let i = found.length - 1; i >= 0; i--) if (people.has(found[i]!) || (found[i]!.rule === 'geo:suffix' && names.has(found[i]!.text))) found.splice(i, 1);
}

/** Most items of a list looked through for a person's name beside a name found. */
const MAX_PERSON_LIST_ITEMS = 6;

/**
 * 张海峰/nr、陈明山, 张海峰/nr、刘江河和陈明山: a name in a list (、, 和, 与, 及) that holds a person's
 * name jieba knows (a word it tags as a person's, of two or three characters opening with a common
 * surname, no place or feature found in it) is a person's name too; items of two or three characters
 * only. Names of the lists (武当山) are left alone: jieba tags sites as people too (黄鹤楼/nr).
 */
function personListedBeside(ctx: ExtractContext, f: GeoDraft, found: readonly GeoDraft[], taken: Uint8Array, geo: GeoRules): boolean {
  const { text } = ctx;
  // 林松山和郭春湖: two names the suffix rules make, each of three characters opening with a surname, the
  // first ending as given names do (山, 江, 峰, 海: suffixes that take no person's tag), are two people.
  const pairs = f.rule === 'geo:suffix' && isPersonName(f.text, geo);
  const isPerson = (start: number, end: number) => {
    if (pairs && found.some((other) => other !== f && other.cleanStart === start && other.cleanEnd === end && other.rule === 'geo:suffix' && end - start === 3 && geo.surnames.has(text[start]!))) return true;
    const words = ctx.tokensWithin(start, end);
    const word = words[0];
    return (
      words.length === 1 &&
      word!.start === start &&
      word!.end === end &&
      geo.tags.person.has(word!.tag) &&
      geo.surnames.has(word!.word[0]!) &&
      isFree(taken, start, end) &&
      !found.some((other) => other.cleanStart < end && start < other.cleanEnd)
    );
  };
  const joinerAt = (at: number) => (text[at] === '、' ? 1 : (geo.conjunctions.find((w) => text.startsWith(w, at))?.length ?? 0));
  const joinerBefore = (at: number) => (text[at - 1] === '、' ? 1 : (geo.conjunctions.find((w) => text.endsWith(w, at))?.length ?? 0));
  // Forward: each item is the text up to the next joiner, two or three characters.
  for (let at = f.cleanEnd, n = 0; n < MAX_PERSON_LIST_ITEMS; n++) {
    const joiner = joinerAt(at);
    if (joiner === 0) break;
    const start = at + joiner;
    let end = start;
    while (end < text.length && end - start < 4 && HAN_ONLY.test(text[end]!) && joinerAt(end) === 0) end++;
    if (end - start < 2) break;
    // The list's last item may run into the words after it (和郭春湖都来了): its first word is the item.
    if (end - start > 3) return isPerson(start, start + 3) || isPerson(start, start + 2);
    if (isPerson(start, end)) return true;
    at = end;
  }
  // Backward: the same, items ending at a joiner before the name.
  for (let at = f.cleanStart, n = 0; n < MAX_PERSON_LIST_ITEMS; n++) {
    const joiner = joinerBefore(at);
    if (joiner === 0) break;
    const end = at - joiner;
    let start = end;
    while (start > 0 && end - start < 4 && HAN_ONLY.test(text[start - 1]!) && joinerBefore(start) === 0) start--;
    if (end - start < 2) break;
    // The list's first item may run into the words before it (出席的有李长江): its last word is the item.
    if (end - start > 3) return isPerson(end - 3, end) || isPerson(end - 2, end);
    if (isPerson(start, end)) return true;
    at = start;
  }
  return false;
}

function titleStartsAt(text: string, start: number, geo: GeoRules): boolean {
  for (let length = 2; length <= MAX_TITLE && start + length <= text.length; length++) if (geo.titles.has(text.slice(start, start + length))) return true;
  return false;
}

function titleEndsAt(text: string, end: number, geo: GeoRules): boolean {
  for (let length = 2; length <= MAX_TITLE && length <= end; length++) if (geo.titles.has(text.slice(end - length, end)) || geo.leadTitles.has(text.slice(end - length, end))) return true;
  return false;
}

/** 海拔…米的 (or 标高…公尺之): what comes before a mountain's name (翻越海拔4500多米的海子山). */
const ALTITUDE = new RegExp(`(?:海拔|标高)[\\d.,，${CHINESE_DIGITS}十百千万多余]+(?:米|m|公尺)(?:以上|左右)?[的之]`, 'g');
/** Longest mountain name looked for after an altitude. */
const MAX_ALTITUDE_NAME = 6;

/**
 * 海拔4500多米的海子山: after an altitude, a name of a stem of two
 * characters or more and a mountain's suffix, ending on a word boundary, is
 * a mountain (海拔3000米的高山, 的大山 hold a one-character stem or a set word).
 */
function altitudeMountains(ctx: ExtractContext, geo: GeoRules, taken: Uint8Array): GeoDraft[] {
  const { text } = ctx;
  const added: GeoDraft[] = [];
  // 标高2,532公尺之: Taiwan's word for altitude, its metre and its 之.
  if (!text.includes('海拔') && !text.includes('标高')) return added;
  for (const match of text.matchAll(ALTITUDE)) {
    const start = match.index! + match[0].length;
    for (let end = start + 2; end <= Math.min(text.length, start + MAX_ALTITUDE_NAME); end++) {
      const name = text.slice(start, end);
      if (!HAN_ONLY.test(name) || geo.functionChar.test(name)) break;
      const suffix = suffixOfKind(name, 'mountain', geo);
      if (!suffix || name.length - suffix.suffix.length < 2) continue;
      if (isFree(taken, start, end) && isBoundary(ctx, end) && acceptableName(name, geo, text, end, 'mountain')) {
        added.push(draft(name, { name, kind: 'mountain' }, start, end, 'geo:altitude'));
        taken.fill(1, start, end);
      }
      break;
    }
  }
  return added;
}

/** Longest mountain name looked for before a mountain word (神山). */
const MAX_NAMED_MOUNTAIN = 4;

/**
 * 背靠仙乃日神山: a name right before a mountain word (rules/geo-locatives.tsv
 * mountain-word) is the mountain's, without the word: the name-like jieba
 * words (仙乃日/x) ending there, two to four characters, none taken by a place
 * (西藏阿里神山 names a region), none a verb (转神山) and no numeral first (七大神山).
 */
function namesBeforeMountainWords(ctx: ExtractContext, geo: GeoRules, taken: Uint8Array, marks: Marks): GeoDraft[] {
  return draftsAtWords(ctx.text, geo.mountainWords, marks, (at) => nameBeforeMountainWord(ctx, geo, taken, at));
}

function nameBeforeMountainWord(ctx: ExtractContext, geo: GeoRules, taken: Uint8Array, at: number): GeoDraft | undefined {
  if (at < 2 || taken[at - 1]) return undefined;
  const words = ctx.tokensWithin(Math.max(0, at - MAX_NAMED_MOUNTAIN), at);
  let start = at;
  let k = words.length - 1;
  for (; k >= 0 && words[k]!.end === start && isStemWord(words[k]!, geo); k--) start = words[k]!.start;
  // 尕/ns 朵/m 觉沃/x: a lone character before the name may be part of it; the start is not sure.
  const before = k >= 0 && words[k]!.end === start ? words[k]! : undefined;
  if (before && before.word.length === 1 && geo.tags['name-piece'].has(before.tag) && !geo.functionChar.test(before.word)) return undefined;
  const name = ctx.text.slice(start, at);
  // 藏地三大神山: a count of a class of mountains (三大), no name.
  // 藏族神山: a word naming a kind of people or things (藏族, 断陷型; kind-end) says whose, not which.
  if (name.length < 2 || NUMERAL_STEM.test(name) || CLASS_COUNT.test(name) || geo.kindEnds.has(name[name.length - 1]!) || geo.functionChar.test(name) || geo.blockedWords.has(name) || geo.placeNames.has(name) || !isFree(taken, start, at)) return undefined;
  taken.fill(1, start, at);
  return draft(name, { name, kind: 'mountain' }, start, at, 'geo:mountain-word');
}

/** The longest stem a summit's name has before 顶 (万佛顶, 玉皇顶, 金顶), and before a peak's suffix (格拉丹冬峰). */
const MAX_SUMMIT_STEM = 3;
const MAX_PEAK_STEM = 4;

/**
 * 最高峰千佛顶, 泰山玉皇顶: a short name ending in 顶 right after a summit word
 * or a mountain found is the summit's name (not 山顶 or 峰顶: a common word).
 * A summit ending in a mountain's suffix (唐古拉山脉格拉丹冬峰, 黄山莲花峰)
 * needs the suffix's stem length, a word of its own at the end and name-like
 * words before it: 黄山旅游高峰 holds the common words 旅游/vn and 高峰/n.
 */
function summits(ctx: ExtractContext, geo: GeoRules, taken: Uint8Array, found: readonly GeoDraft[]): GeoDraft[] {
  const { text } = ctx;
  const added: GeoDraft[] = [];
  const mountainEnds = new Set<number>();
  for (const f of found) if (f.kind === 'mountain') mountainEnds.add(f.cleanEnd);
  for (const end of geo.summitEnds) {
    const suffix = suffixOfKind(end, 'mountain', geo);
    const [minStem, maxStem] = suffix ? [suffix.minStem, MAX_PEAK_STEM] : [1, MAX_SUMMIT_STEM];
    for (let at = text.indexOf(end); at >= 0; at = text.indexOf(end, at + 1)) {
      if (taken[at]) continue;
      const start = summitStart(text, at, maxStem, geo, mountainEnds);
      if (start === undefined || at - start < minStem) continue;
      const name = text.slice(start, at + 1);
      if (!HAN_ONLY.test(name) || geo.functionChar.test(name) || geo.blockedWords.has(name) || !isFree(taken, start, at + 1) || followedByExcluded(text, at + 1, geo, 'mountain')) continue;
      if (suffix && !(endsOwnWord(ctx, at, geo) && ctx.tokensWithin(start, at).every((t) => isStemWord(t, geo)))) continue;
      added.push(draft(name, { name, kind: 'mountain' }, start, at + 1, 'geo:summit'));
      taken.fill(1, start, at + 1);
    }
  }
  append(added, listedSummits(ctx, geo, taken, found));
  append(added, sharedSummitNames(ctx, geo, taken, [...found, ...added]));
  return added;
}

/** Fewest and most characters of the stem of a summit listed beside a mountain (光明顶). */
const MIN_LISTED_SUMMIT_STEM = 2;
const MAX_LISTED_SUMMIT_STEM = 3;

/**
 * 与光明顶、莲花峰并称: a summit's name (one jieba word, a stem of two or three characters and a summit's
 * ending that is no suffix of the suffix rules: 顶) listed right beside a mountain found is a mountain.
 */
function listedSummits(ctx: ExtractContext, geo: GeoRules, taken: Uint8Array, found: readonly GeoDraft[]): GeoDraft[] {
  const { text } = ctx;
  const added: GeoDraft[] = [];
  const mountains = found.filter((f) => f.kind === 'mountain');
  if (mountains.length === 0) return added;
  for (const end of geo.summitEnds) {
    if (suffixOfKind(end, 'mountain', geo)) continue;
    for (let at = text.indexOf(end); at >= 0; at = text.indexOf(end, at + 1)) {
      const words = ctx.tokensWithin(Math.max(0, at - MAX_LISTED_SUMMIT_STEM), at + 1);
      const word = words[words.length - 1];
      if (!word || word.end !== at + 1 || word.word.length - 1 < MIN_LISTED_SUMMIT_STEM || word.word.length - 1 > MAX_LISTED_SUMMIT_STEM) continue;
      const name = word.word;
      if (!HAN_ONLY.test(name) || geo.functionChar.test(name) || geo.blockedWords.has(name) || !isFree(taken, word.start, word.end)) continue;
      const beside = mountains.some((m) => (text[word.end] === '、' && m.cleanStart === word.end + 1) || (text[word.start - 1] === '、' && m.cleanEnd === word.start - 1));
      if (!beside) continue;
      taken.fill(1, word.start, word.end);
      added.push(draft(name, { name, kind: 'mountain' }, word.start, word.end, 'geo:summit-list'));
    }
  }
  return added;
}

/**
 * 峨眉山 … 到达金顶: a summit's name many mountains share (rules/geo-locatives.tsv summit-name), standing
 * as a jieba word of its own, is a mountain where the article names a mountain found.
 */
function sharedSummitNames(ctx: ExtractContext, geo: GeoRules, taken: Uint8Array, found: readonly GeoDraft[]): GeoDraft[] {
  const { text } = ctx;
  const added: GeoDraft[] = [];
  if (!found.some((f) => f.kind === 'mountain')) return added;
  for (const name of geo.summitNames) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const end = at + name.length;
      const words = ctx.tokensWithin(at, end);
      if (words.length !== 1 || words[0]!.start !== at || words[0]!.end !== end || !isFree(taken, at, end) || followedByExcluded(text, end, geo, 'mountain')) continue;
      taken.fill(1, at, end);
      added.push(draft(name, { name, kind: 'mountain' }, at, end, 'geo:summit-name'));
    }
  }
  return added;
}

/** The one-character ending at `at` closes a jieba word that is no ordinary word (峰/nr, not 高峰/n or 高峰期/n). */
function endsOwnWord(ctx: ExtractContext, at: number, geo: GeoRules): boolean {
  if (!isBoundary(ctx, at + 1)) return false;
  const words = ctx.tokensWithin(Math.max(0, at - 2), at + 1);
  const last = words[words.length - 1];
  return last !== undefined && last.end === at + 1 && (last.start === at || !geo.tags['list-ordinary'].has(last.tag));
}

/** Where a summit's name ending at `at` starts: right after a summit word or a mountain found. */
function summitStart(text: string, at: number, maxStem: number, geo: GeoRules, mountainEnds: ReadonlySet<number>): number | undefined {
  for (let start = Math.max(0, at - maxStem); start < at; start++) {
    if (mountainEnds.has(start)) return start;
    if (geo.summitWords.some((word) => text.startsWith(word, start - word.length))) return start;
  }
  return undefined;
}

/** 纽约/ns 湾: a bare suffix right after a place name jieba knows (not a division's: 广州湾 is history). */
function placeBeforeSuffix(tokens: readonly Token[], k: number, suffix: Suffix, geo: GeoRules): { start: number; suffix: Suffix } | undefined {
  const token = tokens[k]!;
  const before = tokens[k - 1];
  // 金鞭/x 溪: a stream's name jieba does not know joins a bare 溪 as a place's does.
  const named = geo.tags.place.has(before?.tag ?? '') || (suffix.kind === 'river' && geo.tags['unknown-word'].has(before?.tag ?? ''));
  if (!before || before.end !== token.start || !named || !HAN_ONLY.test(before.word) || (!geo.tags.place.has(before.tag) && geo.functionChar.test(before.word))) return undefined;
  if (before.word.length < suffix.minStem || before.word.length > 4 || geo.placeNames.has(before.word)) return undefined;
  return { start: before.start, suffix };
}

/** A bare suffix word joined to the words before it, as its compose rule says. */
function composedWith(tokens: readonly Token[], k: number, suffix: Suffix, geo: GeoRules): { start: number; suffix: Suffix } | undefined {
  if (suffix.compose === 'yes') return composedCandidate(tokens, k, suffix);
  if (suffix.compose === 'word') return wordBeforeSuffix(tokens, k, suffix, geo);
  return suffix.compose === 'place' ? placeBeforeSuffix(tokens, k, suffix, geo) : namesBeforeSuffix(tokens, k, suffix, geo);
}

/** Longest word joined to a bare suffix word of compose=word (那丹哈达 of 那丹哈达岭). */
const MAX_WORD_STEM = 4;

/**
 * 鹦哥/n 岭, 伯舒拉/nr 岭, 那丹哈达/ns 岭: a bare suffix word that jieba cuts off most names it
 * ends (岭: a ridge) joins the one word right before it, a noun or a name of two to four
 * characters (rules/jieba-tags.tsv ridge-stem): not a measure word or numeral (一道/q 岭), a
 * generic word (这座), a province's name, nor a village's or township's name (…岭村).
 */
function wordBeforeSuffix(tokens: readonly Token[], k: number, suffix: Suffix, geo: GeoRules): { start: number; suffix: Suffix } | undefined {
  const token = tokens[k]!;
  const before = tokens[k - 1];
  if (!before || before.end !== token.start || before.word.length < suffix.minStem || before.word.length > MAX_WORD_STEM) return undefined;
  if (!HAN_ONLY.test(before.word) || geo.functionChar.test(before.word) || NUMERAL_STEM.test(before.word) || geo.genericStems.has(before.word) || geo.provinceStems.has(before.word)) return undefined;
  return geo.tags['ridge-stem'].has(before.tag) ? { start: before.start, suffix } : undefined;
}

/** The last character of a division's full name (三亚市, 某县). */
const DIVISION_END = /[省市县区旗盟镇乡]$/;

/** Longest stem joined to a bare suffix word of compose=name (巴音布鲁克 of 巴音布鲁克草原). */
const MAX_NAMED_STEM = 5;

/**
 * 扎龙/ns 湿地, 明永/x 冰川, 巴音/x 布鲁克/nr 草原: a bare suffix word that is
 * a common noun of its own (湿地, 冰川, 草原, 盐湖, 峡谷, 雪山) joins the words jieba
 * reads as names right before it (rules/jieba-tags.tsv proper-stem, person),
 * two to five characters; a common word (大/a 草原, 高原/n 湿地) or a
 * province's name (西藏冰川: a whole province's glaciers) names none.
 */
function namesBeforeSuffix(tokens: readonly Token[], k: number, suffix: Suffix, geo: GeoRules): { start: number; suffix: Suffix } | undefined {
  const token = tokens[k]!;
  let start = token.start;
  let stem = '';
  let morphemes = false;
  for (let j = k - 1; j >= 0; j--) {
    const before = tokens[j]!;
    // 牛栏/nr 江红/x 石岩/x 堰塞湖: a lake's name whose words run on past the longest stem has no start to trust.
    if (before.end === start && token.start - before.start > MAX_NAMED_STEM && suffix.kind === 'lake' && isNameWord(before, geo)) return undefined;
    if (before.end !== start || token.start - before.start > MAX_NAMED_STEM || geo.genericStems.has(before.word) || geo.kindEnds.has(before.word[before.word.length - 1]!)) break;
    // 主岛/x 海坛/x 岛: a word ending in the suffix itself (主岛, 本岛) is a head word before the name, no part of it.
    if (before.word.length >= 2 && before.word.endsWith(token.word)) break;
    // 三亚市/ns 凤凰/nr 岛: a division's full name before the name says where it lies, no part of it.
    if (geo.placeNames.has(before.word) && DIVISION_END.test(before.word)) break;
    // 若麦兹/x 巴赫/nr 冰川, 其指/x 冰川: an unknown word opening with the clause's pronoun, conditional or
    // negation lends the name only its rest (麦兹巴赫冰川; 指冰川 is left with too short a stem).
    // 蜀山之王/x 贡嘎雪山: a word of two characters opening with 之 (之王, 之一) ends the phrase before the name.
    if (isPhraseEnd(before, geo)) break;
    if (before.word.length >= 2 && geo.tags['unknown-word'].has(before.tag) && geo.clauseLeads.has(before.word[0]!)) {
      const rest = before.word.slice(1);
      if (HAN_ONLY.test(rest) && !geo.functionChar.test(rest)) {
        start = before.start + 1;
        stem = rest + stem;
      }
      break;
    }
    // 中街/ns 山/n 列岛: a lone one-character suffix word (山) after a name word ends the name's stem (中街山).
    const prior = tokens[j - 1];
    if (before.word.length === 1 && stem === '' && suffixOf(before.word, geo)?.suffix === before.word && prior !== undefined && prior.end === before.start && isNameWord(prior, geo) && !geo.genericStems.has(prior.word) && !(geo.placeNames.has(prior.word) && DIVISION_END.test(prior.word))) {
      // The name word before it opens the name: no more words join (东连/ns 中街/ns 山/n 列岛 is 中街山列岛).
      start = prior.start;
      stem = prior.word + before.word;
      break;
    }
    const morpheme = isNameMorpheme(before, geo);
    // A name's rare characters (涠/g 洲/ng 岛) start it: a word before them is another name (海城区/ns),
    // but a lone name character completes a stem they leave too short (南/ns 碇/g 岛).
    const completes = morphemes && stem.length < suffix.minStem && before.word.length === 1;
    if (!(morpheme || ((!morphemes || completes) && isNameWord(before, geo)))) break;
    morphemes ||= morpheme;
    start = before.start;
    stem = before.word + stem;
  }
  if (stem.length < suffix.minStem) return undefined;
  // 南湖/ns 李家/nr 湿地: a wetland named after a lake or river is the water's, no region of its own.
  if (geo.wetlands.startAt(token.word, 0) && isWaterName(tokens, start, geo)) return undefined;
  // 高原/ns 湿地: a feature's generic word is no stem; a numeral first (两片草原) counts features, names none.
  // 万山/ns 群岛: a numeral first in a word jieba knows as a name (a place's) is the name's own character.
  const first = tokens.find((t) => t.start === start);
  const counted = NUMERAL_STEM.test(stem) && !(first !== undefined && first.word.length >= 2 && geo.tags['proper-name'].has(first.tag));
  return geo.provinceStems.has(stem) || suffixOf(stem, geo)?.suffix === stem || counted ? undefined : { start, suffix };
}

/** The word starting at `start` ends in a lake's or river's suffix (南湖/ns, 葫芦河/ns). */
function isWaterName(tokens: readonly Token[], start: number, geo: GeoRules): boolean {
  const word = tokens.find((t) => t.start === start)?.word ?? '';
  const kind = suffixOf(word, geo)?.kind;
  return (kind === 'lake' || kind === 'river') && word.length > 1;
}

/** A word jieba reads as a name (扎龙/ns, 明永/x, 布鲁克/nr), Han characters only and no function character. */
function isNameWord(token: Token, geo: GeoRules): boolean {
  return HAN_ONLY.test(token.word) && !geo.functionChar.test(token.word) && (geo.tags['proper-stem'].has(token.tag) || geo.tags.person.has(token.tag));
}

/** 之一/r, 之王/x: a word of two characters opening with a phrase's particle (rules/geo-exclusions.tsv phrase-lead) ends a phrase; no name holds it. */
/** A one-character verb of naming (叫/v, 称/v; clause-lead in rules/geo-exclusions.tsv). */
function namingVerb(token: Token, geo: GeoRules): boolean {
  return token.word.length === 1 && token.tag === 'v' && geo.clauseLeads.has(token.word);
}

function isPhraseEnd(token: Token, geo: GeoRules): boolean {
  return token.word.length === 2 && geo.phraseLeads.has(token.word[0]!);
}

/**
 * 北源之一/r 布当曲, 如全/x 富岛: where a phrase's end (之一) or an unknown word opening with the
 * clause's words (如, 称; rules/geo-exclusions.tsv clause-lead) starts at `start`, the name
 * starts after the phrase's end or after that first character; else at `start`.
 */
function nameStartAfterLead(ctx: ExtractContext, start: number, end: number, geo: GeoRules): number {
  const [first] = ctx.tokensWithin(start, end);
  if (first === undefined || first.start !== start || first.end >= end) return start;
  if (isPhraseEnd(first, geo)) return first.end;
  return first.word.length >= 2 && geo.tags['unknown-word'].has(first.tag) && geo.clauseLeads.has(first.word[0]!) ? start + 1 : start;
}

/** A lone rare character jieba knows only inside words (涠/g 洲/ng 岛): a piece of a name it cannot read. */
function isNameMorpheme(token: Token, geo: GeoRules): boolean {
  return token.word.length === 1 && HAN_ONLY.test(token.word) && !geo.functionChar.test(token.word) && geo.tags['name-morpheme'].has(token.tag);
}

/** A bare suffix word: join the short words right before it (多/雄/藏布). */
function composedCandidate(tokens: readonly Token[], k: number, suffix: Suffix): { start: number; suffix: Suffix } | undefined {
  const token = tokens[k]!;
  let start = token.start;
  for (let j = k - 1; j >= 0 && token.start - tokens[j]!.start <= 4; j--) {
    const before = tokens[j]!;
    if (before.end !== start || !HAN_ONLY.test(before.word) || before.word.length > 2) break;
    start = before.start;
  }
  return token.start - start >= suffix.minStem ? { start, suffix } : undefined;
}

function acceptableName(surface: string, geo: GeoRules, text: string, end: number, kind?: GeoKind): boolean {
  if (geo.blockedWords.has(surface) || followedByExcluded(text, end, geo, kind)) return false;
  if (!geo.placeNames.has(surface)) return true;
  // 南湖水系, 南湖湿地: a lake's system or wetland names the lake, even where a district is named so.
  return geo.riverEnd.test(surface) ? geo.reaches.startAt(text, end) || geo.sourceWords.startAt(text, end) : suffixOf(surface, geo)?.kind === 'lake' && (geo.basins.startAt(text, end) || geo.wetlands.startAt(text, end));
}

/**
 * Items listed with a found feature (年楚河、多雄藏布、湘河等) that end in a
 * suffix of the same kind are features too, however short their stem.
 */
function listedFeatures(ctx: ExtractContext, geo: GeoRules, taken: Uint8Array, found: readonly GeoDraft[]): GeoDraft[] {
  const added: GeoDraft[] = [];
  const queue = [...found];
  while (queue.length > 0) {
    const feature = queue.shift()!;
    const split = splitRiverJoined(ctx, geo, taken, feature);
    if (split) {
      added.push(split);
      queue.push(split);
    }
    const items = [...listNeighbours(ctx.text, feature.cleanStart, feature.cleanEnd, geo), ...conjoinedNames(ctx, feature, geo), ...commaIslands(ctx, feature)];
    for (const listed of items) {
      // A list's first item opens with the sentence's words (这里承接/甲河、乙河): the name is the words at its end.
      const opensOnWords = listed.end === feature.cleanStart - 1 && listed.start > 0 && !geo.listItemEnd.test(ctx.text[listed.start - 1]!);
      const whole = opensOnWords ? (firstItemName(ctx, listed, geo) ?? listed) : listed;
      // 如全/x 富岛、银屿岛: the first item opens with the clause's words (如, 之一); the name follows them.
      const nameStart = whole.end === feature.cleanStart - 1 ? nameStartAfterLead(ctx, whole.start, whole.end, geo) : whole.start;
      const named = nameStart === whole.start ? whole : { text: ctx.text.slice(nameStart, whole.end), start: nameStart, end: whole.end };
      // 、某镇甲乙溪和: a township's name before a stream in a list item says where it runs; the stream's name follows it.
      const townEnd = feature.kind === 'river' && geo.riverEnd.test(named.text[named.text.length - 1] ?? '') ? afterTownshipName(ctx.text, named.start, named.end, geo) : undefined;
      const item = townEnd === undefined ? named : { text: ctx.text.slice(townEnd, named.end), start: townEnd, end: named.end };
      const placeNamed = feature.kind === 'river' && isPlaceNamedRiverItem(ctx, geo, taken, item);
      const suffix = suffixOfKind(item.text, feature.kind, geo) ?? otherKindSuffix(item.text, geo);
      const kind = suffix?.kind ?? feature.kind;
      const ending = suffix ? suffix.suffix.length : riverEndingInList(ctx.text, item, feature, [found, added], geo);
      if (!placeNamed && (ending === 0 || item.text.length <= ending || !isFree(taken, item.start, item.end))) continue;
      if (geo.functionChar.test(item.text.slice(0, item.text.length - ending))) continue;
      if (!acceptableName(item.text, geo, ctx.text, item.end, kind) && !riverBetweenRivers(ctx.text, item, feature, [found, added], geo)) continue;
      // jieba tags river names in 水 as it tags 雨水 (资水/n, 修水/v): the two rivers beside them decide.
      if (suffix && isOrdinaryWord(ctx, item, geo)) continue;
      const next = draft(item.text, { name: item.text, kind }, item.start, item.end, 'geo:list');
      taken.fill(1, item.start, item.end);
      added.push(next);
      queue.push(next);
    }
  }
  return added;
}

/** Longest river name after a place in a list item of places and their rivers (宜黄县宜水). */
const MAX_PLACED_RIVER = 4;

/**
 * 宜黄县宜水、南昌市长堎河: where a river found stands right after a place found, the list item
 * beside it (across a 、) that is a place found and then a name of two to four characters ending
 * like a river (geo-river-endings.tsv) is that place's river: items of the same shape.
 */
function placedRiversBeside(ctx: ExtractContext, geo: GeoRules, taken: Uint8Array, found: readonly GeoDraft[]): GeoDraft[] {
  const added: GeoDraft[] = [];
  const places = ctx.earlier.filter((m) => m.type === 'place');
  if (places.length < 2) return added;
  for (const feature of found) {
    if (feature.kind !== 'river') continue;
    const own = places.find((m) => m.cleanEnd === feature.cleanStart);
    if (own === undefined) continue;
    // The item before: a place, its river, then the 、 before this item's place.
    if (ctx.text[own.cleanStart - 1] === '、') {
      const end = own.cleanStart - 1;
      const place = places.find((m) => m.cleanEnd < end && end - m.cleanEnd >= 2 && end - m.cleanEnd <= MAX_PLACED_RIVER);
      const river = place && placedRiver(ctx, geo, taken, place.cleanEnd, end);
      if (river) added.push(river);
    }
    // The item after: 、, a place, its river, then the item's end.
    if (ctx.text[feature.cleanEnd] === '、') {
      const place = places.find((m) => m.cleanStart === feature.cleanEnd + 1);
      let end = place ? place.cleanEnd + 2 : -1;
      while (place && end < ctx.text.length && end - place.cleanEnd < MAX_PLACED_RIVER && !endsItemAt(ctx.text, end, geo)) end++;
      const river = place && endsItemAt(ctx.text, end, geo) ? placedRiver(ctx, geo, taken, place.cleanEnd, end) : undefined;
      if (river) added.push(river);
    }
  }
  return added;
}

function placedRiver(ctx: ExtractContext, geo: GeoRules, taken: Uint8Array, start: number, end: number): GeoDraft | undefined {
  const name = ctx.text.slice(start, end);
  if (!HAN_ONLY.test(name) || !geo.riverEnd.test(name) || geo.functionChar.test(name) || geo.blockedWords.has(name) || !isFree(taken, start, end)) return undefined;
  // A name jieba reads whole as a common word (雨水/n, 河水) is no river.
  const words = ctx.tokensWithin(start, end);
  if (words.length === 1 && !geo.tags['proper-stem'].has(words[0]!.tag)) return undefined;
  taken.fill(1, start, end);
  return draft(name, { name, kind: 'river' }, start, end, 'geo:list');
}

/**
 * 通天河、苦苦/a 湖和风火山/i: a listed item ending in a suffix of another
 * kind than the feature beside it is a feature of its suffix's kind where
 * its stem is as long as the suffix asks (黄河、小湖 names one river).
 */
function otherKindSuffix(item: string, geo: GeoRules): Suffix | undefined {
  const suffix = suffixOf(item, geo);
  return suffix && item.length - suffix.suffix.length >= suffix.minStem ? suffix : undefined;
}

/** 色吾曲、杂/v 日/m 曲/q: after a river in a split ending (曲) and 及, 和 or 、, another so ending that jieba cuts across. */
function splitRiverJoined(ctx: ExtractContext, geo: GeoRules, taken: Uint8Array, feature: GeoDraft): GeoDraft | undefined {
  if (feature.kind !== 'river' || !endsSplit(feature.text, geo)) return undefined;
  const { text } = ctx;
  const joiner = text[feature.cleanEnd] === '、' ? '、' : geo.conjunctions.find((w) => text.startsWith(w, feature.cleanEnd));
  return joiner ? splitRiverAt(ctx, geo, taken, feature.cleanEnd + joiner.length) : undefined;
}

/** A river or a lake: water features a list of flooded waters names together (鄱阳湖及修水、淮河). */
function isWater(d: GeoDraft): boolean {
  return d.kind === 'river' || d.kind === 'lake';
}

/**
 * 郁江、柳江、桂江: a division's name (柳江区) that ends like a river and is
 * listed between two waters (rivers or lakes: 鄱阳湖及修水、淮河) is the river
 * (长江、镇江、扬州 name a city); so is one listed beside a water where a word
 * for rivers closes the list (晋江、东江部分河流).
 */
function riverBetweenRivers(text: string, item: ListItem, feature: GeoDraft, drafts: ReadonlyArray<readonly GeoDraft[]>, geo: GeoRules): boolean {
  if (feature.kind !== 'river' || !geo.riverEnd.test(item.text) || geo.blockedWords.has(item.text)) return false;
  const river = (test: (d: GeoDraft) => boolean) => drafts.some((list) => list.some((d) => isWater(d) && test(d)));
  const before = river((d) => d.cleanEnd === item.start - 1);
  const after = river((d) => d.cleanStart === item.end + 1);
  const closedAt = (end: number) => text[end] !== '、' && geo.riverListTail.test(text.slice(end, end + MAX_TAIL));
  return (before && (after || closedAt(item.end))) || (after && closedAt(feature.cleanEnd));
}


/** Most characters read after a list's last item for the word that closes it (部分河流). */
const MAX_TAIL = 6;

/**
 * 浏阳河、捞刀河、沩水: a river ending no suffix rule has (水, 溪) makes a
 * listed item a river where the list holds another river or lake beside the
 * item or the feature (雨水 beside one river is water); its length, or 0.
 */
function riverEndingInList(text: string, item: ListItem, feature: GeoDraft, drafts: ReadonlyArray<readonly GeoDraft[]>, geo: GeoRules): number {
  const ending = feature.kind === 'river' ? geo.riverEnd.exec(item.text) : null;
  if (!ending) return 0;
  // Beside: across the 、 or joiner between two items, past the bracket of a county after one (甲水(某县)、乙河).
  const beside = (d: GeoDraft, start: number, end: number) => d.cleanEnd === bracketStart(text, start - 1) || d.cleanStart === pastBracket(text, end) + 1;
  const another = drafts.some((list) =>
    list.some((d) => d !== feature && isWater(d) && d.cleanStart !== item.start && (beside(d, feature.cleanStart, feature.cleanEnd) || beside(d, item.start, item.end))),
  );
  return another ? ending[0].length : 0;
}

/**
 * 玉珠峰和玉虚峰, 其木措与当惹雍错, 苦苦湖和风火山: the name a conjunction joins
 * to a found feature, in whole jieba words ending in a feature's suffix.
 */
function conjoinedNames(ctx: ExtractContext, feature: GeoDraft, geo: GeoRules): ListItem[] {
  const { text } = ctx;
  const items: ListItem[] = [];
  const after = geo.conjunctions.find((w) => text.startsWith(w, feature.cleanEnd));
  if (after) {
    const start = feature.cleanEnd + after.length;
    const item = nameAfter(text, ctx.tokensWithin(start, start + MAX_LIST_ITEM), start, geo);
    if (item) items.push(item);
  }
  const before = geo.conjunctions.find((w) => text.startsWith(w, feature.cleanStart - w.length));
  if (before) {
    const end = feature.cleanStart - before.length;
    const item = nameBefore(text, ctx.tokensWithin(Math.max(0, end - MAX_LIST_ITEM), end), end, geo);
    if (item) items.push(item);
  }
  return items.filter((item) => !isPersonName(item.text, geo));
}

/** 李小江, 张海峰: a surname, a given name, and an ending that often closes one (its suffix takes no person tag). */
function isPersonName(name: string, geo: GeoRules): boolean {
  const suffix = suffixOf(name, geo);
  return name.length === 3 && geo.surnames.has(name[0]!) && suffix !== undefined && ![...geo.tags.person].some((tag) => suffix.tags.has(tag));
}

/** The longest suffix `word` ends in (only those ending in its last character are compared). */
function suffixOf(word: string, geo: GeoRules): Suffix | undefined {
  return geo.suffixesByLastUnit.get(word.charCodeAt(word.length - 1))?.find((s) => word.endsWith(s.suffix));
}

function suffixOfKind(word: string, kind: GeoKind, geo: GeoRules): Suffix | undefined {
  return geo.suffixesByLastUnit.get(word.charCodeAt(word.length - 1))?.find((s) => s.kind === kind && word.endsWith(s.suffix));
}

/** A word that may stand in a name's stem (公格尔/nr, 恰迪/x, 雪莲/n), not a common word (其他/r). */
function isStemWord(token: Token, geo: GeoRules): boolean {
  return HAN_ONLY.test(token.word) && (geo.tags.stem.has(token.tag) || geo.tags.person.has(token.tag));
}

/** From `start`: stem words up to the first word ending in a feature's suffix (公格尔/nr 九别峰/x). */
function nameAfter(text: string, tokens: readonly Token[], start: number, geo: GeoRules): ListItem | undefined {
  let end = start;
  for (const token of tokens) {
    if (token.start !== end || !HAN_ONLY.test(token.word) || token.end - start > MAX_LIST_ITEM) return undefined;
    end = token.end;
    const suffix = suffixOf(token.word, geo);
    // A one-character stem is too often a common word here (黄河与小河).
    if (suffix) return end - start - suffix.suffix.length >= suffix.minStem ? { text: text.slice(start, end), start, end } : undefined;
    if (!isStemWord(token, geo) && !isNameMorpheme(token, geo)) return undefined;
  }
  return undefined;
}

/**
 * 建溪/x 和富屯溪: a river's or lake's name of a one-character stem that jieba does not know (x)
 * is no common word (小河/n, 黄河与小河): joined before a feature it counts (after one it is too
 * often a verb's phrase: 洞庭湖和入湖/x 的).
 */
function isShortUnknownWater(token: Token, suffix: Suffix, geo: GeoRules): boolean {
  return SHORT_STEM_KINDS.has(suffix.kind) && token.word.length === suffix.suffix.length + 1 && geo.tags['unknown-word'].has(token.tag) && !NUMERAL_STEM.test(token.word) && !geo.functionChar.test(token.word);
}

/** Up to `end`: a word ending in a feature's suffix, with the stem words before it its stem needs (雪莲/n 峰). */
function nameBefore(text: string, tokens: readonly Token[], end: number, geo: GeoRules): ListItem | undefined {
  const last = tokens[tokens.length - 1];
  const suffix = last && last.end === end && HAN_ONLY.test(last.word) ? suffixOf(last.word, geo) : undefined;
  if (!suffix) return undefined;
  if (isShortUnknownWater(last!, suffix, geo)) return { text: last!.word, start: last!.start, end };
  let start = last!.start;
  for (let i = tokens.length - 2; i >= 0 && end - start - suffix.suffix.length < suffix.minStem; i--) {
    const token = tokens[i]!;
    if (token.end !== start || !(isStemWord(token, geo) || isNameMorpheme(token, geo)) || end - token.start > MAX_LIST_ITEM) return undefined;
    start = token.start;
  }
  return end - start - suffix.suffix.length >= suffix.minStem ? { text: text.slice(start, end), start, end } : undefined;
}

/** Fewest items of a 、-list of names ending like rivers read as a list of rivers, and fewest of them found rivers. */
const MIN_RUN_ITEMS = 3;
const MIN_RUN_RIVERS = 2;
/** Longest name an item at a list's open end is cut to (萍河 of 承接萍河). */
const MAX_RUN_NAME = 4;

interface RunItem extends ListItem {
  /** Between two 、: the item is whole; at the list's ends it is cut from the words around it. */
  middle: boolean;
}

/**
 * 承接萍河、瀑河、漕河、府河、清水河、唐河、孝义河来水: a 、-list of three names or more, each
 * ending like a river (geo-river-endings.tsv), two of them rivers found, is a list of rivers:
 * its other items are rivers too, whatever jieba makes of them (瀑河/n) and even where a county
 * is named so (清水河, 唐河). A one-character stem that says which river (大河, 小河) stays out.
 */
/** Most characters between a tributary word and the first item of the list of its rivers (支流由北向南依次为). */
const MAX_TRIBUTARY_LEAD = 12;

/** A village's or group's word right after a list or its closing 等 and count (等3个村, 村): the items are villages. */
const VILLAGE_AFTER_LIST = /^(?:等?[\d一二三四五六七八九十两]*个?)(?:村|组|社区|屯|庄|乡|镇)/u;

/** What ends the clause a tributary word opens: no list of its rivers runs past it. */
const CLAUSE_END = /[，,。；;：:！？!?\n]/u;

/**
 * 主要支流由北向南依次为甲峡河、乙峡河、丙道河: a 、-list of three names or more, each of three or
 * four characters ending like a river, in the clause a tributary word (支流, 水系) opens, names
 * rivers, though jieba reads none of them as a name and none is found.
 */
function tributaryRuns(ctx: ExtractContext, geo: GeoRules, taken: Uint8Array, marks: Marks): GeoDraft[] {
  const { text } = ctx;
  const added: GeoDraft[] = [];
  const seen = new Set<number>();
  for (const word of geo.tributaryWords) {
    for (const at of marks.wordStarts) {
      if (!text.startsWith(word, at)) continue;
      let comma = at + word.length;
      while (comma < text.length && comma - at <= MAX_TRIBUTARY_LEAD + MAX_RUN_NAME && text[comma] !== '、' && !CLAUSE_END.test(text[comma]!)) comma++;
      if (text[comma] !== '、' || seen.has(comma)) continue;
      seen.add(comma);
      const first = runItemEndingAt(ctx, comma, geo);
      if (!first || first.start < at + word.length) continue;
      const items: RunItem[] = [first];
      for (let item = first; text[item.end] === '、' && (item === first || item.middle); ) {
        const next = runItemStartingAt(ctx, item.end + 1, geo);
        if (!next) break;
        items.push(next);
        item = next;
      }
      if (items.length < MIN_RUN_ITEMS || !items.every((item) => item.text.length >= 3 && geo.riverEnd.test(item.text[item.text.length - 1]!) && runRiverName(item.text, geo) && !geo.placeNames.has(item.text))) continue;
      // 张家河、李家河、王家河等村 (村, 组, 社区 after the last item or its 等): villages named after rivers.
      const tail = items[items.length - 1]!.end;
      if (VILLAGE_AFTER_LIST.test(text.slice(tail, tail + 6))) continue;
      for (const item of items) {
        if (!isFree(taken, item.start, item.end)) continue;
        taken.fill(1, item.start, item.end);
        added.push(draft(item.text, { name: item.text, kind: 'river' }, item.start, item.end, 'geo:tributary-run'));
      }
    }
  }
  return added;
}

/** Fewest and most characters of a river's name that heads its own entry (蚂蚁河，自…发源). */
const MIN_HEADING_RIVER = 3;
const MAX_HEADING_RIVER = 5;

/** How far after a heading river its source is looked for (，自王家洼发源; ，上流二源). */
const HEADING_SOURCE_WINDOW = 16;

/** What ends a river's name that heads its entry. */
const HEADING_END = /[，,。、：:]/u;

/** River endings a heading river takes (蚂蚁河, 乌溪江, 清水溪). */
const HEADING_RIVER_END = /[河江溪]$/u;

/**
 * 蚂蚁河，自王家洼发源: a name of three to five characters ending like a river that opens a line or a
 * sentence, closed by punctuation, and followed within a few characters by its source (a source word,
 * 发源, or 源 itself: 上流二源) heads a river's entry, as county annals describe their rivers, whatever
 * jieba makes of it (铁/n 石河/ns: 铁石河, not the 石河 inside it).
 */
function headingRivers(ctx: ExtractContext, geo: GeoRules, taken: Uint8Array, found: GeoDraft[]): void {
  const { text } = ctx;
  // Each line's and each sentence's start (after a line break, 。 or ；): one pass over the text.
  headingRiverAt(ctx, geo, taken, found, 0);
  SENTENCE_OPENER.lastIndex = 0;
  for (let match = SENTENCE_OPENER.exec(text); match !== null; match = SENTENCE_OPENER.exec(text)) headingRiverAt(ctx, geo, taken, found, match.index + 1);
}

/** What a sentence opens after: a line break, 。 or ；. */
const SENTENCE_OPENER = /[\n。；;]/gu;

function headingRiverAt(ctx: ExtractContext, geo: GeoRules, taken: Uint8Array, found: GeoDraft[], start: number): void {
  const { text } = ctx;
  const end = headingNameEnd(text, start);
  if (end === undefined) return;
  const name = text.slice(start, end);
  if (!HEADING_RIVER_END.test(name) || !headingNameAllowed(name, geo)) return;
  const after = text.slice(end + 1, end + 1 + HEADING_SOURCE_WINDOW);
  if (!after.includes('源')) return;
  claimHeading(found, taken, name, start, end, 'river', 'geo:heading');
}

/** Where a name of three to five characters opening at `start` ends at punctuation, if one does. */
function headingNameEnd(text: string, start: number, closer = HEADING_END): number | undefined {
  let end = start;
  while (end < text.length && end - start <= MAX_HEADING_RIVER && HAN_ONLY.test(text[end]!)) end++;
  if (!closer.test(text[end] ?? '') || end - start < MIN_HEADING_RIVER || end - start > MAX_HEADING_RIVER) return undefined;
  return end;
}

/** A heading's name may name a feature: no function character, blocked word, division, numeral opening it or rank (第一大岛). */
function headingNameAllowed(name: string, geo: GeoRules): boolean {
  return !geo.functionChar.test(name) && !geo.blockedWords.has(name) && !geo.placeNames.has(name) && !NUMERAL_STEM.test(name) && !CLASS_COUNT.test(name);
}

/**
 * The heading's name counts as a feature of `kind`. A feature found inside it, ending with it, was a piece
 * jieba cut (石河 of 铁石河): the whole replaces it; any other found feature or place across it keeps it out.
 */
function claimHeading(found: GeoDraft[], taken: Uint8Array, name: string, start: number, end: number, kind: GeoKind, source: string): void {
  claimOver(found, taken, { name, start, end, kind, source }, (f) => f.cleanStart < start || f.cleanEnd !== end || f.kind !== kind || f.cleanStart === start);
}

/**
 * Claims [start, end) for the name unless a feature found across it `blocks` it, or a place takes a character no
 * found feature covers; the found features inside it go.
 */
function claimOver(found: GeoDraft[], taken: Uint8Array, claim: { name: string; start: number; end: number; kind: GeoKind; source: string }, blocks: (f: GeoDraft) => boolean): void {
  const { name, start, end, kind, source } = claim;
  const inside = found.filter((f) => f.cleanStart < end && f.cleanEnd > start);
  if (inside.some(blocks)) return;
  for (let i = start; i < end; i++) if (taken[i] && !inside.some((f) => f.cleanStart <= i && i < f.cleanEnd)) return;
  for (const f of inside) found.splice(found.indexOf(f), 1);
  taken.fill(1, start, end);
  found.push(draft(name, { name, kind }, start, end, source));
}

/** What a heading entry's name opens after: a line break, 。, ； or a label's colon (项目概况：). */
const ENTRY_OPENER = /[\n。；;：:]/gu;

/** Kinds an entry's heading name may have: bays and islands name housing estates and resorts as often (星河湾，位于…). */
const ENTRY_KINDS: ReadonlySet<GeoKind> = new Set<GeoKind>(['mountain', 'lake', 'river']);

/** What closes the name heading an entry before its entry word: a comma (青螺峰，距…) or its own title line (登龙峰⏎海拔…). */
const ENTRY_NAME_END = /^[，,\n]$/u;

/**
 * 青螺峰，距桂林市西25公里; 某湖，又称某某湖: a name of three to five characters ending like a feature
 * (rules/geo-suffixes.tsv) that opens a line, a sentence or a label's text, closed by a comma (or making a
 * title line of its own) right before
 * a word that locates or names it (rules/geo-locatives.tsv entry, alias), heads the feature's entry,
 * whatever jieba makes of it (青螺/n 峰/nr, 碧云/nr 峰/nr).
 */
function headingEntries(ctx: ExtractContext, geo: GeoRules, taken: Uint8Array, found: GeoDraft[]): void {
  const { text } = ctx;
  headingEntryAt(ctx, geo, taken, found, 0);
  ENTRY_OPENER.lastIndex = 0;
  for (let match = ENTRY_OPENER.exec(text); match !== null; match = ENTRY_OPENER.exec(text)) headingEntryAt(ctx, geo, taken, found, match.index + 1);
}

function headingEntryAt(ctx: ExtractContext, geo: GeoRules, taken: Uint8Array, found: GeoDraft[], start: number): void {
  const { text } = ctx;
  const closed = headingNameEnd(text, start, ENTRY_NAME_END);
  const end = closed !== undefined && geo.entryWords.startAt(text, closed + 1) ? closed : gluedEntryNameEnd(ctx, geo, start);
  if (end === undefined) return;
  const name = text.slice(start, end);
  const suffix = suffixOf(name, geo);
  if (!suffix || !ENTRY_KINDS.has(suffix.kind) || name.length - suffix.suffix.length < suffix.minStem || !headingNameAllowed(name, geo)) return;
  // 张小山/nr: one word jieba reads as a person's name is a person, whatever follows it.
  const words = ctx.tokensWithin(start, end);
  if (words.length === 1 && geo.tags.person.has(words[0]!.tag)) return;
  claimHeading(found, taken, name, start, end, suffix.kind, 'geo:entry');
}

/**
 * 清凉/a 峰/nr 位于…: with no comma, the name runs right into its entry word. It ends there where jieba leaves
 * its suffix a word of its own (峰, not 最高峰/n, a word it knows) after words that are no numeral, measure,
 * pronoun or function word (整座/m 山 names none).
 */
function gluedEntryNameEnd(ctx: ExtractContext, geo: GeoRules, start: number): number | undefined {
  const { text } = ctx;
  for (let end = start + MIN_HEADING_RIVER; end <= start + MAX_HEADING_RIVER && HAN_ONLY.test(text.slice(start, end)); end++) {
    if (!geo.entryWords.startAt(text, end)) continue;
    const suffix = suffixOf(text.slice(start, end), geo);
    const words = ctx.tokensWithin(start, end);
    const last = words[words.length - 1];
    if (!suffix || !last || words[0]!.start !== start || last.end !== end || last.word !== suffix.suffix) return undefined;
    return words.slice(0, -1).every((w) => !FUNCTION_WORD_TAGS.has(w.tag) && !DETERMINER_TAGS.has(w.tag)) ? end : undefined;
  }
  return undefined;
}

/** Fewest and most characters of a feature's name right after its province's in a list's item (仙堂山, 腾云岭). */
const MIN_PROVINCE_ITEM = 2;
const MAX_PROVINCE_ITEM = 5;

/** What opens an item that starts with a province's name: a list's joiner, a colon, a line or a comma. */
const PROVINCE_ITEM_OPENER = /[、：:，,\s]/u;

/**
 * 山西仙堂山、河南金顶山、湖南腾云岭; 安徽老嘉山国家森林公园: lists of parks and sites name each item by its
 * province and the feature it is named after. The rest of an item that opens with a province's name found by
 * the place extractor, up to the item's end (、, or 等, punctuation or a line's end after 、) or a site's word
 * (rules/geo-locatives.tsv site), ending like a feature (rules/geo-suffixes.tsv), is that feature whole,
 * whatever jieba cut of it (河/南/金顶/山 found only 金顶, 老/嘉山 only 嘉山).
 */
function provinceItemFeatures(ctx: ExtractContext, geo: GeoRules, taken: Uint8Array, found: GeoDraft[]): void {
  const { text } = ctx;
  for (const place of ctx.earlier) {
    if (place.type !== 'place' || place.level !== 'province') continue;
    const opener = text[place.cleanStart - 1];
    if (opener !== undefined && !PROVINCE_ITEM_OPENER.test(opener)) continue;
    const start = place.cleanEnd;
    let end = start;
    while (end < text.length && end - start < MAX_PROVINCE_ITEM && HAN_ONLY.test(text[end]!) && !(end > start && (geo.siteWords.startAt(text, end) || geo.listItemEnd.test(text[end]!)))) end++;
    if (end - start < MIN_PROVINCE_ITEM || !closesProvinceItem(text, end, opener, geo)) continue;
    const name = text.slice(start, end);
    const suffix = suffixOf(name, geo);
    if (!suffix || name.length - suffix.suffix.length < suffix.minStem || !headingNameAllowed(name, geo)) continue;
    claimWhole(found, taken, name, start, end, suffix.kind, 'geo:province-item');
  }
}

/** An item after a province ends at a list's joiner, before a site's word, or at 等 or punctuation after a 、 list. */
function closesProvinceItem(text: string, end: number, opener: string | undefined, geo: GeoRules): boolean {
  const next = text[end] ?? '';
  if (next === '、' || geo.siteWords.startAt(text, end)) return true;
  return opener === '、' && (geo.listItemEnd.test(next) || !HAN_ONLY.test(next));
}

/** The name counts as a feature of `kind` where only pieces of it were found (嘉山 of 老嘉山, 金顶 of 金顶山): they go. */
function claimWhole(found: GeoDraft[], taken: Uint8Array, name: string, start: number, end: number, kind: GeoKind, source: string): void {
  claimOver(found, taken, { name, start, end, kind, source }, (f) => f.cleanStart < start || f.cleanEnd > end);
}

/** Most characters of a river's name beside a basin word in a list (何家冲河). */
const MAX_BASIN_ITEM = 5;

/**
 * 包括北洺河水系何家冲河、石门河: a list names each river under its system. A name ending like a river
 * (rules/geo-river-endings.tsv) between a list's opener (rules/geo-exclusions.tsv list-opener) and a basin word
 * (水系, 流域), and one between a basin word and the list's joiner (、), are whole rivers, whatever jieba cut
 * off their first characters (北/ns 洺/zg 河, 石门/n 河): pieces found inside them go.
 */
function riversBesideBasinWords(ctx: ExtractContext, geo: GeoRules, taken: Uint8Array, found: GeoDraft[]): void {
  const { text } = ctx;
  for (const at of geo.basins.startsIn(text)) {
    const word = geo.basinList.find((w) => text.startsWith(w, at))!;
    const opened = openerEndBefore(text, at, geo);
    if (opened !== undefined) claimBasinItem(ctx, geo, taken, found, opened, at);
    const after = at + word.length;
    const end = riverItemEnd(text, after, geo);
    // The next item ends like a river too: a list of rivers (not 综合治理河、湖).
    if (end !== undefined && text[end] === '、' && riverItemEnd(text, end + 1, geo, 2) !== undefined) claimBasinItem(ctx, geo, taken, found, after, end);
  }
}

/** Fewest characters of a list's opener before a basin's river (包括). */
const MIN_OPENER = 2;

/** Where a list's opener ends that stands three to five characters before `at` (包括|东淠河|水系). */
function openerEndBefore(text: string, at: number, geo: GeoRules): number | undefined {
  for (let start = at - MIN_HEADING_RIVER; start >= Math.max(0, at - MAX_BASIN_ITEM); start--) {
    // Openers of one character (以, 由) also end words of time and cause (以来黑河流域): words of two or more only.
    if (geo.listOpeners.some((w) => w.length >= MIN_OPENER && start >= w.length && text.startsWith(w, start - w.length))) return start;
  }
  return undefined;
}

/** The end of the first name of `min` to five characters from `start` that ends like a river, if one does. */
function riverItemEnd(text: string, start: number, geo: GeoRules, min = MIN_HEADING_RIVER): number | undefined {
  for (let end = start + 1; end <= start + MAX_BASIN_ITEM && end <= text.length; end++) {
    if (!HAN_ONLY.test(text[end - 1]!)) return undefined;
    if (geo.riverEnd.test(text[end - 1]!)) return end - start >= min ? end : undefined;
  }
  return undefined;
}

function claimBasinItem(ctx: ExtractContext, geo: GeoRules, taken: Uint8Array, found: GeoDraft[], start: number, end: number): void {
  const name = ctx.text.slice(start, end);
  if (name.length < MIN_HEADING_RIVER || !HAN_ONLY.test(name) || !geo.riverEnd.test(name[name.length - 1]!) || !headingNameAllowed(name, geo)) return;
  claimWhole(found, taken, name, start, end, 'river', 'geo:basin-item');
}

/** What ends the clause a class noun closes: punctuation, 之一 and the like start with these. */
const CLASS_CLAUSE_END = /[，,。；;！!？?\n]/u;

/**
 * 哈素海：哈素海是呼和浩特最大的湖泊: a name of two to five characters ending like a feature (rules/geo-suffixes.tsv)
 * that opens a sentence or a label's text, followed by the copula and, before the clause ends, a noun of a
 * class of feature (湖泊, 河流, 山峰: rules/geo-locatives.tsv class-*) is a feature of that class, whatever its
 * ending says (海 of a lake) and whatever jieba reads it as (哈素海/x).
 */
function classedSubjects(ctx: ExtractContext, geo: GeoRules, taken: Uint8Array, found: GeoDraft[]): void {
  const { text } = ctx;
  classedSubjectAt(ctx, geo, taken, found, 0);
  ENTRY_OPENER.lastIndex = 0;
  for (let match = ENTRY_OPENER.exec(text); match !== null; match = ENTRY_OPENER.exec(text)) classedSubjectAt(ctx, geo, taken, found, match.index + 1);
}

function classedSubjectAt(ctx: ExtractContext, geo: GeoRules, taken: Uint8Array, found: GeoDraft[], start: number): void {
  const { text } = ctx;
  // Only the few characters a subject may take are looked at (no scan to the text's end from every sentence).
  const head = text.slice(start, start + MAX_HEADING_RIVER + 1);
  const copula = start + geo.copulas.map((word) => head.indexOf(word)).filter((at) => at >= 0).reduce((a, b) => Math.min(a, b), Infinity);
  if (copula === Infinity || copula < start + MIN_CLASSED_NAME || copula > start + MAX_HEADING_RIVER || !HAN_ONLY.test(text.slice(start, copula))) return;
  const name = text.slice(start, copula);
  const suffix = suffixOf(name, geo);
  if (!suffix || name.length - suffix.suffix.length < 1 || !headingNameAllowed(name, geo)) return;
  const after = copula + 1;
  let end = after;
  while (end < text.length && end - copula <= MAX_CLASS_CLAUSE && !CLASS_CLAUSE_END.test(text[end]!)) end++;
  const clause = text.slice(after, end);
  // The class noun closes the clause, or a phrase's end follows it (湖泊之一: rules/geo-exclusions.tsv phrase-lead).
  const kind = geo.classNouns.find(([word]) => clause.endsWith(word) || someOf(geo.phraseLeads, (lead) => clause.includes(word + lead)))?.[1];
  if (kind === undefined) return;
  claimWhole(found, taken, name, start, copula, kind, 'geo:classed');
}

/** Fewest characters of a subject a class noun describes (哈素海), and the longest clause looked at after its copula. */
const MIN_CLASSED_NAME = 2;
const MAX_CLASS_CLAUSE = 16;

/** What joins a list's last item to the one before it (信江、饶河和修河). */
const LAST_ITEM_JOINER = /^[和及]$/u;

function riverRuns(ctx: ExtractContext, geo: GeoRules, taken: Uint8Array, found: readonly GeoDraft[]): GeoDraft[] {
  const { text } = ctx;
  const added: GeoDraft[] = [];
  const done = new Set<number>();
  for (const feature of found) {
    if (feature.kind !== 'river' || (text[feature.cleanEnd] !== '、' && text[feature.cleanStart - 1] !== '、')) continue;
    const items: RunItem[] = [{ text: feature.text, start: feature.cleanStart, end: feature.cleanEnd, middle: true }];
    for (let item = items[0]!; text[item.start - 1] === '、' && item.middle; ) {
      const before = runItemEndingAt(ctx, item.start - 1, geo);
      if (!before) break;
      items.unshift(before);
      item = before;
    }
    for (let item = items[items.length - 1]!; text[item.end] === '、' && item.middle; ) {
      const after = runItemStartingAt(ctx, item.end + 1, geo);
      if (!after) break;
      items.push(after);
      item = after;
    }
    // 信江、饶河和修河: the last item, joined by 和 or 及, ends the run.
    const last = items[items.length - 1]!;
    if (items.length >= MIN_RUN_ITEMS - 1 && LAST_ITEM_JOINER.test(text[last.end] ?? '')) {
      const after = runItemStartingAt(ctx, last.end + 1, geo);
      if (after) items.push(after);
    }
    if (done.has(items[0]!.start) || items.length < MIN_RUN_ITEMS || !items.every((item) => geo.riverEnd.test(item.text[item.text.length - 1]!))) continue;
    done.add(items[0]!.start);
    const isRiver = (item: RunItem) => [found, added].some((list) => list.some((d) => isWater(d) && d.cleanStart === item.start && d.cleanEnd === item.end));
    if (items.filter(isRiver).length < MIN_RUN_RIVERS) continue;
    for (const item of items) {
      if (isRiver(item) || !runRiverName(item.text, geo) || !isFree(taken, item.start, item.end)) continue;
      taken.fill(1, item.start, item.end);
      added.push(draft(item.text, { name: item.text, kind: 'river' }, item.start, item.end, 'geo:river-run'));
    }
  }
  return added;
}

/**
 * The name at the end of a list's first item: the words jieba reads as names or nouns there
 * (这里/r 承接/v 甲河/x → 甲河); the item itself where all its words are such.
 */
function firstItemName(ctx: ExtractContext, item: ListItem, geo: GeoRules): ListItem | undefined {
  const words = ctx.tokensWithin(item.start, item.end);
  let start = item.end;
  for (let k = words.length - 1; k >= 0; k--) {
    const word = words[k]!;
    if (word.end !== start || word.start < item.start || !(isStemWord(word, geo) || isNameMorpheme(word, geo)) || geo.functionChar.test(word.word)) break;
    start = word.start;
  }
  return item.end - start >= 2 ? { text: ctx.text.slice(start, item.end), start, end: item.end } : undefined;
}

/** A name a run of rivers may hold: two to four characters, no function character, numeral, generic word or generic one-character stem. */
function runRiverName(name: string, geo: GeoRules): boolean {
  if (name.length < 2 || name.length > MAX_RUN_NAME || !HAN_ONLY.test(name) || geo.functionChar.test(name) || NUMERAL_STEM.test(name) || geo.blockedWords.has(name)) return false;
  return !(name.length === 2 && geo.shortRiverLeads.has(name[0]!));
}

/** The list item that ends at the 、 at `end`: whole after another 、, else the words of a name at its end (承接/v 萍河/x → 萍河). */
function runItemEndingAt(ctx: ExtractContext, end: number, geo: GeoRules): RunItem | undefined {
  const { text } = ctx;
  let begin = end;
  while (begin > 0 && end - begin < MAX_LIST_ITEM && /\p{Script=Han}/u.test(text[begin - 1]!)) begin--;
  if (begin === end) return undefined;
  if (text[begin - 1] === '、') return { text: text.slice(begin, end), start: begin, end, middle: true };
  const words = ctx.tokensWithin(begin, end);
  let start = end;
  for (let k = words.length - 1; k >= 0; k--) {
    const word = words[k]!;
    if (word.end !== start || end - word.start > MAX_RUN_NAME || !(isStemWord(word, geo) || isNameMorpheme(word, geo)) || geo.functionChar.test(word.word)) break;
    start = word.start;
  }
  return start < end ? { text: text.slice(start, end), start, end, middle: false } : undefined;
}

/** The list item that starts at `start` after a 、: whole before another 、, else the first words up to a river's ending (潴龙河/ns 来水 → 潴龙河). */
function runItemStartingAt(ctx: ExtractContext, start: number, geo: GeoRules): RunItem | undefined {
  const { text } = ctx;
  let stop = start;
  while (stop < text.length && stop - start < MAX_LIST_ITEM && /\p{Script=Han}/u.test(text[stop]!)) stop++;
  if (stop === start) return undefined;
  if (text[stop] === '、') return { text: text.slice(start, stop), start, end: stop, middle: true };
  let end = start;
  for (const word of ctx.tokensWithin(start, stop)) {
    if (word.start !== end || word.end - start > MAX_RUN_NAME) break;
    end = word.end;
    if (geo.riverEnd.test(text[end - 1]!)) return { text: text.slice(start, end), start, end, middle: false };
  }
  return undefined;
}

/**
 * A list closed by 等…河流 (江西修水、抚河等212条河流) that holds a river
 * already found: its other items are rivers too, whatever their ending.
 */
function closedRiverLists(ctx: ExtractContext, geo: GeoRules, taken: Uint8Array, found: readonly GeoDraft[]): GeoDraft[] {
  const { text } = ctx;
  const added: GeoDraft[] = [];
  for (let at = text.indexOf('等'); at > 0; at = text.indexOf('等', at + 1)) {
    if (!geo.riverListCloser.test(text.slice(at, at + 12))) continue;
    const items = listItemsBefore(text, at, geo);
    if (items.length === 0) continue;
    const counted = countedListRivers(ctx, geo, taken, at, items, found);
    if (counted.length > 0) {
      append(added, counted);
      continue;
    }
    // The list's first item may run into the words before it (湖北共有汉北河、): a river found right before
    // the 、 that opens the first item read is that item.
    const opens = text[items[items.length - 1]!.start - 1] === '、' ? items[items.length - 1]!.start - 1 : -1;
    const holdsRiver = items.some((item) => found.some((f) => f.kind === 'river' && ((f.cleanStart >= item.start && f.cleanEnd <= item.end) || f.cleanEnd === opens)));
    if (!holdsRiver) continue;
    for (const item of items) {
      const river = closedListRiver(ctx, geo, taken, item);
      if (river) added.push(river);
    }
  }
  return added;
}

/** Most characters of an item of a list of works on rivers (甲河上游东支综合治理工程). */
const MAX_WORKS_LIST_ITEM = 24;

/** Most characters of a river's name opening such an item. */
const MAX_WORKS_ITEM_NAME = 5;

/** A numeral and a measure of a count (十五条河, 两个河): a count of rivers, no river's name. */
const COUNTED_RIVERS = new RegExp(`^[\\d${CHINESE_DIGITS}十百千两几多]+[条个座处道支段]`);

/**
 * 包括甲河中下游河道综合治理工程、某县乙河、二十丙河上游综合治理工程等14条河流: a list closed by 等,
 * a count of 条 and a word for rivers whose items are works on rivers: each item (past a place found
 * at its start, the first past the list's opening word) that opens with a name ending like a river,
 * followed by the item's end, a reach (中下游) or a word of works (综合治理, 河道), names that river,
 * whatever jieba cuts it into (派/v 河/ns, 二十/m 埠/ng 河/ns); a numeral opens a name (十五里河),
 * but a numeral and a measure of a count (十五条河) is no name. Two such rivers or more (those found
 * already too) make the list one of rivers.
 */
function worksItemRivers(ctx: ExtractContext, geo: GeoRules, taken: Uint8Array, found: readonly GeoDraft[]): GeoDraft[] {
  const { text } = ctx;
  const added: GeoDraft[] = [];
  for (let at = text.indexOf('等'); at > 0; at = text.indexOf('等', at + 1)) {
    if (!COUNTED_CLOSER.test(text.slice(at, at + 8)) || !geo.riverListCloser.test(text.slice(at, at + 12))) continue;
    const items: ListItem[] = [];
    for (let stop = at; items.length < MAX_COUNTED_ITEMS; ) {
      let begin = stop;
      while (begin > 0 && stop - begin < MAX_WORKS_LIST_ITEM && HAN_ONLY.test(text[begin - 1]!)) begin--;
      if (begin === stop) break;
      const opensList = text[begin - 1] !== '、';
      if (opensList) {
        // The list's first item: the name follows the list's opening word (包括).
        const item = text.slice(begin, stop);
        const opener = geo.listOpeners.map((word) => ({ word, at: item.indexOf(word) })).find((o) => o.at >= 0);
        if (opener) items.push({ text: item.slice(opener.at + opener.word.length), start: begin + opener.at + opener.word.length, end: stop });
        break;
      }
      items.push({ text: text.slice(begin, stop), start: begin, end: stop });
      stop = begin - 1;
    }
    const held = new Uint8Array(text.length);
    for (const m of ctx.earlier) if (m.type === 'place') held.fill(1, m.cleanStart, m.cleanEnd);
    // The features found are what the names may not overlap, not the words the rules set aside as generic (东/大河).
    for (const f of [...found, ...added]) held.fill(1, f.cleanStart, f.cleanEnd);
    let known = 0;
    const names: ListItem[] = [];
    for (const item of items) {
      let start = item.start;
      while (start < item.end && held[start] && !found.some((f) => f.cleanStart === start)) start++;
      if (found.some((f) => f.kind === 'river' && f.cleanStart === start)) {
        known++;
        continue;
      }
      const name = worksItemName(ctx, geo, start, item.end);
      if (name && isFree(held, name.start, name.end)) names.push(name);
    }
    if (names.length + known < MIN_COUNTED_ITEMS) continue;
    for (const name of names) {
      taken.fill(1, name.start, name.end);
      added.push(draft(name.text, { name: name.text, kind: 'river' }, name.start, name.end, 'geo:works-item'));
    }
  }
  return added;
}

/** The river's name opening a works item at `start` (before `end`): see worksItemRivers. */
function worksItemName(ctx: ExtractContext, geo: GeoRules, start: number, end: number): ListItem | undefined {
  const { text } = ctx;
  if (!isBoundary(ctx, start)) return undefined;
  for (let stop = start + 2; stop <= Math.min(end, start + MAX_WORKS_ITEM_NAME); stop++) {
    if (!geo.riverEnd.test(text[stop - 1]!) || !isBoundary(ctx, stop)) continue;
    if (stop !== end && !geo.reaches.startAt(text, stop) && !geo.riverWorks.startAt(text, stop)) continue;
    const name = text.slice(start, stop);
    const words = ctx.tokensWithin(start, stop);
    const last = words[words.length - 1];
    // The name's last word is a name's (派/v 河/ns, 东/ns 大河/ns), its others a name's pieces or one character each.
    if (!last || !geo.tags['river-stem'].has(last.tag) || !words.slice(0, -1).every((w) => HAN_ONLY.test(w.word) && (w.word.length === 1 || geo.tags['name-piece'].has(w.tag)))) return undefined;
    if (geo.functionChar.test(name) || geo.blockedWords.has(name) || geo.placeNames.has(name) || COUNTED_RIVERS.test(name) || (NUMERAL_STEM.test(name) && name.length < 3)) return undefined;
    return { text: name, start, end: stop };
  }
  return undefined;
}

/** A stream's ending (溪) and the channel word jieba runs it into (二仁/x 溪河/ns 道/q: 溪 + 河道). */
const STREAM_END = '溪';
const STREAM_CHANNEL = '河道';

/** Fewest and most characters of a stream's stem before a bare 溪. */
const MIN_STREAM_STEM = 2;
const MAX_STREAM_STEM = 3;

/**
 * 美浓/nz 溪/n 上游, 东港/ns 溪河/ns 道/q 疏浚: in the south-east and Taiwan a stream's name is a name's
 * word and a bare 溪, and jieba often runs the 溪 into the channel word after it (溪河/ns 道). Right before
 * a river's reach or basin (上游, 流域), a word of its banks (沿岸) or of works on it (河道, 护岸, 整治:
 * rules/geo-locatives.tsv river-works), the word of two or three characters before the 溪, one jieba
 * reads as a name or does not know, and the 溪 are the stream, though a district bears the stem's name
 * (美浓区).
 */
function streamsBeforeCourse(ctx: ExtractContext, geo: GeoRules, taken: Uint8Array): GeoDraft[] {
  const { text } = ctx;
  const added: GeoDraft[] = [];
  for (let at = text.indexOf(STREAM_END); at >= 0; at = text.indexOf(STREAM_END, at + 1)) {
    const glued = text.startsWith(STREAM_CHANNEL, at + 1);
    const end = at + 1;
    if (!glued) {
      const bare = ctx.tokensWithin(at, end);
      if (bare.length !== 1 || bare[0]!.start !== at || bare[0]!.end !== end) continue;
      if (!geo.reaches.startAt(text, end) && !geo.riverWorks.startAt(text, end) && !bankWordAt(text, end, geo)) continue;
    }
    const start = streamStemStart(ctx, geo, at);
    if (start === undefined) continue;
    const name = text.slice(start, end);
    if (geo.blockedWords.has(name) || COUNTED_RIVERS.test(name) || !isFree(taken, start, end)) continue;
    taken.fill(1, start, end);
    added.push(draft(name, { name, kind: 'river' }, start, end, 'geo:stream-course'));
  }
  return added;
}

/** A word of a river's banks of two characters or more starts at `at` (沿岸, 两岸, 右岸: rules/geo-locatives.tsv water; not 边 or 里, which follow any noun). */
function bankWordAt(text: string, at: number, geo: GeoRules): boolean {
  for (const word of geo.waterLocatives) if (word.length >= 2 && text.startsWith(word, at)) return true;
  return false;
}

/**
 * 箬/n 溪/n 清水工程 … 东/ns 箬/n 溪/n 堤防: in the south-east a river of a one-character stem in 溪 that
 * jieba cannot read (the stem and the 溪 are words of their own) is often written bare and, for its branches,
 * after a direction (东, 西, 南, 北) that is a word of its own. Where an article writes such a name both ways,
 * it names a river and its branch: each is a river, though neither is followed by a word of its course.
 */
function streamsWithBranches(ctx: ExtractContext, geo: GeoRules, taken: Uint8Array): GeoDraft[] {
  const { text } = ctx;
  const bare = new Map<string, number[]>();
  const branched = new Map<string, number[]>();
  for (let at = text.indexOf(STREAM_END, 1); at >= 0; at = text.indexOf(STREAM_END, at + 1)) {
    const stem = oneCharacterWordBefore(ctx, at);
    if (!stem || !geo.tags['name-piece'].has(stem.tag) || OPPOSITE_DIRECTION.has(stem.word) || !isShortRiverStem(stem.word, geo)) continue;
    const name = stem.word + STREAM_END;
    if (geo.blockedWords.has(name) || geo.genericStems.has(name)) continue;
    const direction = oneCharacterWordBefore(ctx, stem.start);
    const byWay = direction && OPPOSITE_DIRECTION.has(direction.word) ? branched : bare;
    byWay.set(name, [...(byWay.get(name) ?? []), byWay === branched ? direction!.start : stem.start]);
  }
  const added: GeoDraft[] = [];
  for (const [name, starts] of bare) {
    const branches = branched.get(name);
    if (!branches) continue;
    for (const start of [...starts, ...branches]) {
      const end = text.indexOf(STREAM_END, start) + 1;
      if (!isFree(taken, start, end)) continue;
      taken.fill(1, start, end);
      const surface = text.slice(start, end);
      added.push(draft(surface, { name: surface, kind: 'river' }, start, end, 'geo:stream-branch'));
    }
  }
  return added;
}

/** Fewest and most characters of a small river's name in 港 or 源 read before a word of works (曹家溇港, 徐泾港). */
const MIN_PLAIN_RIVER = 3;
const MAX_PLAIN_RIVER = 4;

/**
 * 推进甲乙港整治工程; 包括某县港整治工程、丙丁港整治工程和某溪干流: in Zhejiang and the lower Yangtze a small
 * river of the plain is often a 港 or a 源 (rules/geo-river-endings.tsv counted-list), words that elsewhere end
 * a harbour's name and a source. A name of three or four characters so ending, right before a word of works on
 * such a river (整治, 清淤: rules/geo-locatives.tsv plain-river-works), is the river where its stem names no
 * division. One whose stem is a division's name found as a place (舟山港 is a port) is the river only where its
 * sentence names another such river so found (a list of the plain's rivers).
 */
function plainRiversBeforeWorks(ctx: ExtractContext, geo: GeoRules, taken: Uint8Array): GeoDraft[] {
  const { text } = ctx;
  const added: GeoDraft[] = [];
  const placeStemmed: Array<[number, number]> = [];
  for (const end of geo.plainRiverWorks.startsIn(text)) {
    const start = plainRiverStart(ctx, geo, end);
    if (start === undefined) continue;
    const name = text.slice(start, end);
    if (geo.blockedWords.has(name) || geo.placeNames.has(name)) continue;
    // 德清/ns 港: the county found as a place is the river's stem.
    if (geo.placeNames.has(name.slice(0, -1))) {
      if (placeFoundAt(ctx, start, end - 1) && isFree(taken, end - 1, end)) placeStemmed.push([start, end]);
    } else if (isFree(taken, start, end)) claimPlainRiver(text, taken, added, start, end);
  }
  for (const [start, end] of placeStemmed) {
    const from = sentenceStartBefore(text, start);
    const to = sentenceEndAfter(text, end);
    if (added.some((f) => f.cleanStart >= from && f.cleanEnd <= to)) claimPlainRiver(text, taken, added, start, end);
  }
  return added;
}

function claimPlainRiver(text: string, taken: Uint8Array, added: GeoDraft[], start: number, end: number): void {
  const name = text.slice(start, end);
  taken.fill(1, start, end);
  added.push(draft(name, { name, kind: 'river' }, start, end, 'geo:plain-river-works'));
}

/**
 * Where a small river's name ending at `end` starts: its ending a word of its own (港/j) or the end of a word
 * jieba does not know (浦港/x), after words of a name (rules/jieba-tags.tsv plain-river-stem), three or four
 * characters in all; none where the ending closes a word jieba knows (渔港/n, 水源/n).
 */
function plainRiverStart(ctx: ExtractContext, geo: GeoRules, end: number): number | undefined {
  const { text } = ctx;
  if (!geo.plainRiverEnds.has(text[end - 1] ?? '') || !ctx.isWordBoundary(end)) return undefined;
  const words = ctx.tokensWithin(Math.max(0, end - MAX_PLAIN_RIVER), end);
  const last = words[words.length - 1];
  if (!last || last.end !== end || !(last.word.length === 1 || geo.tags['unknown-word'].has(last.tag))) return undefined;
  let start = last.start;
  for (let k = words.length - 2; k >= 0; k--) {
    const word = words[k]!;
    if (word.end !== start || !HAN_ONLY.test(word.word) || geo.functionChar.test(word.word) || !geo.tags['plain-river-stem'].has(word.tag)) break;
    start = word.start;
  }
  return end - start >= MIN_PLAIN_RIVER && isBoundary(ctx, start) && HAN_ONLY.test(text.slice(start, end)) && !geo.functionChar.test(text.slice(start, end - 1)) ? start : undefined;
}

/** Where the sentence holding `end` ends. */
function sentenceEndAfter(text: string, end: number): number {
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to]!)) to++;
  return to;
}

/** The place extractor found a place spanning [start, end) exactly. */
function placeFoundAt(ctx: ExtractContext, start: number, end: number): boolean {
  return ctx.earlier.some((m) => m.type === 'place' && m.cleanStart === start && m.cleanEnd === end);
}

/**
 * Where the stem of a stream whose 溪 is at `at` starts: one word of two or three characters jieba reads
 * as a name or does not know (美浓/nz, 二仁/x), or two or three one-character pieces of a name it cuts the
 * stem into (二/m 仁/ng); none where no such word ends right before the 溪.
 */
function streamStemStart(ctx: ExtractContext, geo: GeoRules, at: number): number | undefined {
  const words = ctx.tokensWithin(Math.max(0, at - MAX_STREAM_STEM), at);
  const last = words[words.length - 1];
  if (!last || last.end !== at || !HAN_ONLY.test(last.word) || geo.functionChar.test(last.word)) return undefined;
  if (last.word.length >= MIN_STREAM_STEM) {
    return last.word.length <= MAX_STREAM_STEM && geo.tags['river-stem'].has(last.tag) && isBoundary(ctx, last.start) ? last.start : undefined;
  }
  let start = at;
  for (let k = words.length - 1; k >= 0; k--) {
    const word = words[k]!;
    if (word.end !== start || word.word.length !== 1 || !HAN_ONLY.test(word.word) || geo.functionChar.test(word.word) || !geo.tags['name-piece'].has(word.tag)) break;
    start = word.start;
  }
  if (at - start === 1) return oneCharacterStreamStart(ctx, geo, start);
  return at - start >= MIN_STREAM_STEM && isBoundary(ctx, start) ? start : undefined;
}

/**
 * 郴/ns 溪河/ns 道, 西/f 箬/n 溪/n 干流: a stream's stem of one character (rivers of the south-east often have
 * one: 箬溪, 汀溪) counts where jieba reads it as a name's character, or after a direction that is a word of its
 * own (the branch's name: 西箬溪), though jieba reads the stem as a noun; no function word, numeral or generic
 * lead (小溪, 各溪: rules/geo-exclusions.tsv short-river-lead).
 */
function oneCharacterStreamStart(ctx: ExtractContext, geo: GeoRules, start: number): number | undefined {
  const [stem] = ctx.tokensWithin(start, start + 1);
  if (!stem || !isShortRiverStem(stem.word, geo) || OPPOSITE_DIRECTION.has(stem.word)) return undefined;
  const direction = oneCharacterWordBefore(ctx, start);
  if (direction && OPPOSITE_DIRECTION.has(direction.word)) return direction.start;
  return geo.tags['river-stem'].has(stem.tag) && isBoundary(ctx, start) ? start : undefined;
}

/** 等 and a count of rivers (等7条, 等十三条) that opens a list's closer. */
const COUNTED_CLOSER = new RegExp(`^等[\\d${CHINESE_DIGITS}十百千]+条`);

/** Fewest items of a counted list of rivers read without a river found in it. */
const MIN_COUNTED_ITEMS = 2;

/** Most items of a counted list of rivers, all groups together. */
const MAX_COUNTED_ITEMS = 16;

/** Most characters of a counted list's opening item, the sentence's words and a place before the name (加快推进甲县乙溪). */
const MAX_OPENING_ITEM = 12;

/**
 * 甲源、乙港等7条河道; 推进甲县子溪、丑港，乙区寅溪、卯源等13条中小河流: a list closed by 等, a count
 * of 条 and a word for rivers whose every item, past a place found before it, is a name of two to four
 * characters ending like a river (the small rivers' 港 and 源 too, rules/geo-river-endings.tsv
 * scope counted-list) names rivers, though none is found yet. A plan's items may come in groups, each
 * opened by its county's name after a comma; the first item may open with the sentence's words. Any
 * item that is no such name leaves the whole list to the other rules.
 */
function countedListRivers(ctx: ExtractContext, geo: GeoRules, taken: Uint8Array, at: number, listed: readonly ListItem[], found: readonly GeoDraft[]): GeoDraft[] {
  const { text } = ctx;
  if (!COUNTED_CLOSER.test(text.slice(at, at + 8))) return [];
  // What the list's names may not overlap: the places and features found (not the words the rules
  // set aside as generic, 江河 of 溧/江河).
  const held = new Uint8Array(text.length);
  for (const m of ctx.earlier) if (m.type === 'place') held.fill(1, m.cleanStart, m.cleanEnd);
  for (const f of found) held.fill(1, f.cleanStart, f.cleanEnd);
  const items = [...listed];
  while (items.length < MAX_COUNTED_ITEMS) {
    const first = items[items.length - 1]!;
    const placeStart = placeLedStart(held, first.start);
    if (text[first.start - 1] === '、') {
      const opening = openingItem(ctx, geo, held, first.start - 1);
      if (!opening) break;
      items.push(opening);
    } else if (placeStart < first.start && text[placeStart - 1] === '，') {
      // 乙区寅溪 after a comma: the group before it, up to its own county's name, is the list's too.
      const group = listItemsBefore(text, placeStart - 1, geo);
      if (group.length === 0) break;
      items.push(...group);
    } else if (held[first.start] && text[first.start - 1] === '，') {
      const group = listItemsBefore(text, first.start - 1, geo);
      if (group.length === 0) break;
      items.push(...group);
    } else break;
  }
  const names: ListItem[] = [];
  let known = 0;
  for (const [k, item] of items.entries()) {
    // An item whose river is found already (乙区寅溪) holds it.
    if (found.some((f) => f.kind === 'river' && f.cleanEnd === item.end && f.cleanStart >= item.start)) {
      known++;
      continue;
    }
    let name = countedItemName(ctx, geo, held, item);
    // The list's first item may open with the sentence's words (完成甲河、乙河等2条河流).
    if (!name && k === items.length - 1) {
      const words = openingName(ctx, item, geo);
      name = words && countedItemName(ctx, geo, held, words);
    }
    if (!name) return [];
    names.push(name);
  }
  if (names.length + known < MIN_COUNTED_ITEMS) return [];
  return names.map((name) => {
    taken.fill(1, name.start, name.end);
    return draft(name.text, { name: name.text, kind: 'river' }, name.start, name.end, 'geo:counted-list');
  });
}

/** Where the places found right before `start` begin (`start` where none is). */
function placeLedStart(taken: Uint8Array, start: number): number {
  let at = start;
  while (at > 0 && taken[at - 1]) at--;
  return at;
}

/**
 * The opening item of a list that ends at the 、 at `end`: the words after the last place found
 * in the clause before it (推进甲县子溪 → 子溪), or the whole stretch where none is found there.
 */
function openingItem(ctx: ExtractContext, geo: GeoRules, held: Uint8Array, end: number): ListItem | undefined {
  const { text } = ctx;
  let begin = end;
  while (begin > 0 && end - begin < MAX_OPENING_ITEM && HAN_ONLY.test(text[begin - 1]!)) begin--;
  if (begin === end) return undefined;
  let start = end;
  while (start > begin && !held[start - 1]) start--;
  // A place found inside: the item is the place and the name after it.
  if (start > begin) return { text: text.slice(placeLedStart(held, start), end), start: placeLedStart(held, start), end };
  return openingName(ctx, { text: text.slice(begin, end), start: begin, end }, geo);
}

/**
 * The name that ends an opening item read with the sentence's words (涉及/v 甲村源/x, 完成/v 溧/ns 江河/ns):
 * the words jieba reads as names, unknown words or rare characters right before its end, four
 * characters at most.
 */
function openingName(ctx: ExtractContext, item: ListItem, geo: GeoRules): ListItem | undefined {
  const words = ctx.tokensWithin(item.start, item.end);
  let start = item.end;
  for (let k = words.length - 1; k >= 0; k--) {
    const word = words[k]!;
    if (word.end !== start || word.start < item.start || item.end - word.start > 4 || !(geo.tags['river-stem'].has(word.tag) || isNameMorpheme(word, geo))) break;
    start = word.start;
  }
  return item.end - start >= 2 ? { text: ctx.text.slice(start, item.end), start, end: item.end } : undefined;
}

/** The river's name of an item of a counted list: past a place found, two to four characters ending like a river, free and no rule blocks it. */
function countedItemName(ctx: ExtractContext, geo: GeoRules, held: Uint8Array, item: ListItem): ListItem | undefined {
  let start = item.start;
  while (start < item.end && held[start]) start++;
  const name = ctx.text.slice(start, item.end);
  if (name.length < 2 || name.length > 4 || !HAN_ONLY.test(name) || !isFree(held, start, item.end)) return undefined;
  // A numeral may open a longer name after a township's (十三都源), not a short one (三江).
  if (geo.functionChar.test(name) || (NUMERAL_STEM.test(name) && name.length < 4) || geo.blockedWords.has(name) || geo.placeNames.has(name) || !geo.countedListEnd.test(name)) return undefined;
  return { text: name, start, end: item.end };
}

/**
 * 等, a count of facilities or none (3座), a scope word or none (省, 国家重点), and a noun of
 * organisations (实验室, 水电站); or 等, a count, a word of share (大部分) or none (4个) and a noun
 * of divisions (县市): the list names organisations or places.
 */
function orgListCloser(exclusions: ReadonlyArray<{ cells: Record<string, string | undefined> }>): RegExp {
  const of = (kind: string) => alternation(new Set(exclusions.filter((r) => r.cells.kind === kind).map((r) => r.cells.word!)));
  const number = `[\\d${CHINESE_DIGITS}十百]+`;
  const count = `${number}个`;
  const orgCount = `${number}(?:${of('org-list-counter')})`;
  return new RegExp(`等(?:(?:${orgCount})?(?:${of('org-list-scope')})?(?:${of('org-list')})|(?:${count}|${of('place-list-scope')})?(?:${of('place-list')}))`, 'y');
}

/** A facility's word and a word of works right after it (水库主体工程, 水库除险加固). Sticky: set lastIndex. */
function sharedFacility(exclusions: ReadonlyArray<{ cells: Record<string, string | undefined> }>): RegExp {
  const of = (kind: string) => alternation(new Set(exclusions.filter((r) => r.cells.kind === kind).map((r) => r.cells.word!)));
  return new RegExp(`(?:${of('facility')})(?:${of('facility-works')})`, 'y');
}

/** Most characters of the last item's name before its facility word (九龙 of 九龙水库). */
const MAX_FACILITY_NAME = 5;

/**
 * 建成小鹤立河、九龙水库主体工程: two facilities share the facility word of the last item, and
 * works after it say they are built; a river's name made by the suffix rules or a list (not the
 * dictionary's: 淮河、南湾水库) as the item before is the first facility's name, not a river.
 */
function dropSharedFacilityItems(text: string, geo: GeoRules, found: GeoDraft[]): void {
  for (let i = found.length - 1; i >= 0; i--) {
    const f = found[i]!;
    if (text[f.cleanEnd] !== '、' || f.rule === 'geo:dictionary' || !isWater(f)) continue;
    for (let at = f.cleanEnd + 2; at <= f.cleanEnd + 1 + MAX_FACILITY_NAME && at < text.length && HAN_ONLY.test(text[at - 1]!); at++) {
      geo.sharedFacility.lastIndex = at;
      if (geo.sharedFacility.test(text)) {
        found.splice(i, 1);
        break;
      }
    }
  }
}

/**
 * 之江、良渚、西湖等省实验室, 武夷山、浦城、光泽等4个县市: a found name that ends an item of a list
 * closed by 等 and a noun of organisations or divisions is one's name; so is a name right before
 * such a 等 where no item can be told (加快某县某山等3座水电站建设: one of the stations).
 */
function dropOrganisationListItems(text: string, geo: GeoRules, found: GeoDraft[]): void {
  if (found.length === 0) return;
  for (let at = text.indexOf('等'); at > 0; at = text.indexOf('等', at + 1)) {
    geo.orgListCloser.lastIndex = at;
    if (!geo.orgListCloser.test(text)) continue;
    const items = listItemsBefore(text, at, geo);
    if (items.length === 0) {
      const named = found.findIndex((f) => f.cleanEnd === at);
      if (named >= 0) found.splice(named, 1);
      continue;
    }
    // The list's first item may hold the words before it (推进之江、, 的有武夷山、): a name that ends an item,
    // or ends right before the 、 that opens the first item read, is that item.
    const firstOpens = text[items[items.length - 1]!.start - 1] === '、' ? items[items.length - 1]!.start - 1 : -1;
    for (let i = found.length - 1; i >= 0; i--) {
      const f = found[i]!;
      if (f.cleanEnd === firstOpens || items.some((item) => item.end === f.cleanEnd && item.start <= f.cleanStart)) found.splice(i, 1);
    }
  }
}

/** Length of a list's opening word (包括) at the start of its first item [start, end), where a name is left after it; else 0. */
function openerLength(text: string, start: number, end: number, geo: GeoRules): number {
  const opener = geo.listOpeners.find((word) => text.startsWith(word, start));
  return opener !== undefined && end - start - opener.length >= 2 ? opener.length : 0;
}

/**
 * A list closed by 等…湖泊 (包括南湖、月亮湖、北湖等三个湖泊): its items that
 * end like a lake are lakes, a district's short name too (北湖区), and a lake
 * found inside an item (西湖 in 严西湖, jieba's 严/a 西湖/ns) is widened to it.
 */
function closedLakeLists(ctx: ExtractContext, geo: GeoRules, taken: Uint8Array, found: GeoDraft[]): GeoDraft[] {
  const { text } = ctx;
  const added: GeoDraft[] = [];
  for (let at = text.indexOf('等'); at > 0; at = text.indexOf('等', at + 1)) {
    geo.lakeListCloser.lastIndex = at;
    if (!geo.lakeListCloser.test(text)) continue;
    const items = listItemsBefore(text, at, geo);
    if (items.length < 2) continue;
    // The list's first item may run longer, with the words that open the list (景区内包括南湖).
    const first = text[items[items.length - 1]!.start - 1] === '、' ? itemBefore(text, items[items.length - 1]!.start - 1, geo) : items.pop()!;
    if (!items.every((item) => isLakeName(item.text, geo))) continue;
    // The first item may hold the words that open the list (包括南湖, 城区有南湖).
    const lead = text[first.start - 1] === '、' ? 0 : leadingWordsLength(text, first, geo);
    const name = { text: first.text.slice(lead), start: first.start + lead, end: first.end };
    if (isLakeName(name.text, geo)) items.push(name);
    for (const item of items) {
      const inside = found.findIndex((f) => f.kind === 'lake' && f.cleanEnd === item.end && f.cleanStart >= item.start);
      if (inside >= 0 && found[inside]!.cleanStart > item.start && isFree(taken, item.start, found[inside]!.cleanStart)) {
        found[inside] = draft(item.text, { name: item.text, kind: 'lake' }, item.start, item.end, 'geo:lake-list');
      } else if (inside < 0 && isFree(taken, item.start, item.end)) {
        added.push(draft(item.text, { name: item.text, kind: 'lake' }, item.start, item.end, 'geo:lake-list'));
      } else continue;
      taken.fill(1, item.start, item.end);
    }
  }
  return added;
}

/** The text before `end` back to a list item's end, at most MAX_FIRST_ITEM characters (its tail where longer). */
function itemBefore(text: string, end: number, geo: GeoRules): ListItem {
  let begin = end;
  while (begin > 0 && end - begin < MAX_FIRST_ITEM && !geo.listItemEnd.test(text[begin - 1]!)) begin--;
  return { text: text.slice(begin, end), start: begin, end };
}

const MAX_FIRST_ITEM = 12;

/** The words before a name in a list's first item: up to an opening word (景区内包括) or its last function character (城区有). */
function leadingWordsLength(text: string, item: ListItem, geo: GeoRules): number {
  let cut = item.text.length - 2;
  while (cut > 0 && !geo.functionChar.test(item.text[cut - 1]!) && !geo.listOpeners.some((word) => item.text.endsWith(word, cut))) cut--;
  return cut;
}

/** Two to five Han characters ending in a lake's suffix, no function character and no blocked word. */
function isLakeName(name: string, geo: GeoRules): boolean {
  const suffix = suffixOf(name, geo);
  if (suffix?.kind !== 'lake' || name.length <= suffix.suffix.length || name.length > 5 || !HAN_ONLY.test(name)) return false;
  return !geo.functionChar.test(name) && !geo.blockedWords.has(name) && !NUMERAL_STEM.test(name);
}

/** The 、-separated items ending at `end` (江西修水、抚河|等): at most MAX_LIST_ITEMS, each ending its own item. */
function listItemsBefore(text: string, end: number, geo: GeoRules): ListItem[] {
  const items: ListItem[] = [];
  let stop = end;
  while (items.length < MAX_LIST_ITEMS) {
    let begin = stop;
    while (begin > 0 && stop - begin < MAX_LIST_ITEM && !geo.listItemEnd.test(text[begin - 1]!)) begin--;
    if (begin === stop || (begin > 0 && !geo.listItemEnd.test(text[begin - 1]!))) break;
    items.push({ text: text.slice(begin, stop), start: begin, end: stop });
    // 甲错、乙错和丙错等3小湖: the last item may be joined by 和, 及 or 与.
    if (text[begin - 1] !== '、' && !(items.length === 1 && ITEM_JOINER.test(text[begin - 1] ?? ''))) break;
    stop = begin - 1;
  }
  return items;
}

const MAX_LIST_ITEMS = 8;

/**
 * An item of a closed list of rivers: past a place name before it, two to
 * four characters no rule blocks, one jieba word or ending like a river.
 */
function closedListRiver(ctx: ExtractContext, geo: GeoRules, taken: Uint8Array, item: ListItem): GeoDraft | undefined {
  if (isPlaceNamedRiverItem(ctx, geo, taken, item)) {
    taken.fill(1, item.start, item.end);
    return draft(item.text, { name: item.text, kind: 'river' }, item.start, item.end, 'geo:river-list');
  }
  let start = item.start;
  while (start < item.end && taken[start]) start++;
  const name = ctx.text.slice(start, item.end);
  if (name.length < 2 || name.length > 4 || !HAN_ONLY.test(name) || !isFree(taken, start, item.end)) return undefined;
  if (geo.functionChar.test(name) || geo.blockedWords.has(name)) return undefined;
  // After a place found, jieba may cut across the two and the list's 等 (河南唐河等: 河/南唐/河等):
  // the item's own ends (the place, 、 or 等) and a river's ending are enough there.
  const afterPlace = start > item.start && geo.riverEnd.test(name);
  // Between a 、 and the next (or the 等), an item ending like a river is one whatever jieba cuts
  // it into (大/a 富水/n, 府/nr 澴/zg 河/ns, 滠/g 水/n): the list's closer says what its items are.
  // A small river's 港 or 源 (甲河、乙港、丙河等河道) counts there too, the river found beside it saying what the list holds.
  const wholeRiverItem = start === item.start && ctx.text[item.start - 1] === '、' && geo.countedListEnd.test(name);
  if (!afterPlace && !wholeRiverItem && !isOneNameWord(ctx, start, item.end, geo)) return undefined;
  taken.fill(1, start, item.end);
  return draft(name, { name, kind: 'river' }, start, item.end, 'geo:river-list');
}

/**
 * 、洛阳/ns 河、: an item of a list of rivers that is a place found by its name and a bare river
 * ending after it is the river named after the place (洛阳河), not the place: the place is all
 * that holds the item's characters.
 */
function isPlaceNamedRiverItem(ctx: ExtractContext, geo: GeoRules, taken: Uint8Array, item: ListItem): boolean {
  const placeEnd = item.end - 1;
  if (ctx.text[item.start - 1] !== '、' || item.text.length < 3 || !HAN_ONLY.test(item.text) || !geo.riverEnd.test(item.text[item.text.length - 1]!) || taken[placeEnd]) return false;
  if (geo.blockedWords.has(item.text) || geo.placeNames.has(item.text)) return false;
  return ctx.earlier.some((m) => m.type === 'place' && m.cleanStart === item.start && m.cleanEnd === placeEnd);
}

/** [start, end) is one jieba word, not a common one (上游/f, 地区/n; a verb may be a river: 修水/v). */
function isOneNameWord(ctx: ExtractContext, start: number, end: number, geo: GeoRules): boolean {
  const words = ctx.tokensWithin(start, end);
  return words.length === 1 && words[0]!.start === start && words[0]!.end === end && !geo.tags['common-word'].has(words[0]!.tag);
}

/** A listed item jieba knows as an ordinary word (运河, 江河) is no name. */
function isOrdinaryWord(ctx: ExtractContext, item: ListItem, geo: GeoRules): boolean {
  const [word] = ctx.tokensWithin(item.start, item.end);
  const whole = word !== undefined && word.start === item.start && word.end === item.end;
  return whole && geo.tags['list-ordinary'].has(word.tag);
}

interface ListItem {
  text: string;
  start: number;
  end: number;
}

/**
 * The items right before and after a span in a 、-separated list; a river's
 * reach after a name (信江中下游、乐安河、修河下游) is not part of its item.
 */
function listNeighbours(text: string, start: number, end: number, geo: GeoRules): ListItem[] {
  const { listItemEnd } = geo;
  const items: ListItem[] = [];
  const after = pastBracket(text, end + reachLength(text, end, geo));
  if (text[after] === '、' || (after > end && ITEM_JOINER.test(text[after] ?? ''))) {
    let stop = after + 1;
    while (stop < text.length && stop - after - 1 < MAX_LIST_ITEM && !endsItemAt(text, stop, geo)) stop++;
    // The last item may end at its reach (…、修河下游均超警) or its bracket (…、乙河(某县)).
    if (stop < text.length && endsItemAt(text, stop, geo)) items.push(withoutReach(text, after + 1, stop, geo));
  }
  if (text[start - 1] === '、' || (ITEM_JOINER.test(text[start - 1] ?? '') && CLOSE_BRACKET.test(text[start - 2] ?? ''))) {
    const itemEnd = bracketStart(text, start - 1);
    let begin = itemEnd;
    // An opening bracket or quote before the list's first item opens it too ((甲平原、黄河与阴山).
    while (begin > 0 && itemEnd - begin < MAX_LIST_ITEM + MAX_REACH && !listItemEnd.test(text[begin - 1]!) && !ITEM_OPENER.test(text[begin - 1]!)) begin--;
    // The list's first item may open with the sentence's words (以甲河、, 工作以甲河、): the name follows the last function character.
    const lead = text[begin - 1] === '、' ? 0 : Math.max(openerLength(text, begin, itemEnd, geo), functionLeadLength(text, begin, itemEnd, geo));
    // 、和尚山、: a joiner right after a 、 opens the item's name (no list joins with both), it ends no item.
    const joinerAfterComma = begin > 1 && text[begin - 2] === '、' && ITEM_JOINER.test(text[begin - 1]!);
    if (!joinerAfterComma && (begin === 0 || listItemEnd.test(text[begin - 1]!) || ITEM_OPENER.test(text[begin - 1]!))) items.push(withoutReach(text, begin + lead, itemEnd, geo));
  }
  return items.filter((item) => HAN_ONLY.test(item.text) && item.text.length <= MAX_LIST_ITEM);
}

/** Most characters of an island's name read as a comma's item (枸杞岛, 大长山岛). */
const MAX_COMMA_ISLAND = 5;

/** The ending of an island's name that a comma list of islands repeats (黄龙岛，花鸟岛，枸杞岛). */
const ISLAND_END = '岛';

/** A comma between a list's items, and what ends the list's last item. */
const COMMA = /[,，]/;
const COMMA_ITEM_END = /[,，。；;、！!？?\s]/u;

/**
 * 黄龙岛，花鸟岛，枸杞岛，嵊山岛: islands are listed with commas as well as with 、; an item right
 * across a comma from an island found, the whole of it between punctuation, that ends in 岛 is an
 * island too (the list's checks follow: its stem holds no function character, it names no place).
 */
function commaIslands(ctx: ExtractContext, feature: GeoDraft): ListItem[] {
  const { text } = ctx;
  if (feature.kind !== 'region' || !feature.text.endsWith(ISLAND_END)) return [];
  const items: ListItem[] = [];
  const { cleanStart: start, cleanEnd: end } = feature;
  if (COMMA.test(text[end] ?? '')) {
    let stop = end + 1;
    while (stop < text.length && stop - end - 1 <= MAX_COMMA_ISLAND && !COMMA_ITEM_END.test(text[stop]!)) stop++;
    if ((stop === text.length || COMMA_ITEM_END.test(text[stop]!)) && text[stop - 1] === ISLAND_END) items.push({ text: text.slice(end + 1, stop), start: end + 1, end: stop });
  }
  if (start > 0 && COMMA.test(text[start - 1]!)) {
    let begin = start - 1;
    while (begin > 0 && start - 1 - begin <= MAX_COMMA_ISLAND && !COMMA_ITEM_END.test(text[begin - 1]!)) begin--;
    if ((begin === 0 || COMMA_ITEM_END.test(text[begin - 1]!)) && text[start - 2] === ISLAND_END) items.push({ text: text.slice(begin, start - 1), start: begin, end: start - 1 });
  }
  // Its words are a name's (花鸟/n 岛/n, 嵊/ns 山岛/ns), not a clause's (我们/r 先/d 登岛/v).
  const nameWords = (item: ListItem) => ctx.tokensWithin(item.start, item.end).every((t) => t.start >= item.start && t.end <= item.end && !NO_STREAM_LEAD_TAGS.has(t.tag) && !t.tag.startsWith('v'));
  return items.filter((item) => HAN_ONLY.test(item.text) && item.text.length >= 3 && item.text.length <= MAX_COMMA_ISLAND && nameWords(item));
}

/** An opening bracket or quote: a list's first item starts after one. */
const ITEM_OPENER = /[(（《“「【]/;

/** A one-character conjunction that joins a list's last item after a bracket (甲水(某县)和乙河). */
const ITEM_JOINER = /[和及与]/;

/**
 * An item of a list ends at `at`: punctuation, a joiner, a reach word, the bracket of its county, or
 * a gauge word after a river's ending (…、汤旺河、逊毕拉河水位持平: the level of the list's rivers).
 */
function endsItemAt(text: string, at: number, geo: GeoRules): boolean {
  if (geo.listItemEnd.test(text[at]!) || OPEN_BRACKET.test(text[at]!) || reachLength(text, at, geo) > 0) return true;
  return at > 0 && geo.riverEnd.test(text[at - 1]!) && geo.gaugeWords.some((word) => text.startsWith(word, at));
}

/** Most characters a bracket after a listed name holds (its county or reach: (茂名电白)). */
const MAX_BRACKET = 10;
const CLOSE_BRACKET = /[)）]/;

/** Past the bracket that opens at `at` (甲河(某县)、): where the list goes on; `at` where none opens. */
function pastBracket(text: string, at: number): number {
  if (!OPEN_BRACKET.test(text[at] ?? '')) return at;
  for (let close = at + 1; close <= at + MAX_BRACKET && close < text.length; close++) if (CLOSE_BRACKET.test(text[close]!)) return close + 1;
  return at;
}

/** Where the bracket that closes right before `end` opens (、甲河(某县)|、): the item's end; `end` where none closes there. */
function bracketStart(text: string, end: number): number {
  if (!CLOSE_BRACKET.test(text[end - 1] ?? '')) return end;
  for (let open = end - 2; open >= Math.max(0, end - 1 - MAX_BRACKET); open--) if (OPEN_BRACKET.test(text[open]!)) return open;
  return end;
}

/** Length of the words before a name in a list's first item [start, end): up to its last function character, where two characters are left. */
function functionLeadLength(text: string, start: number, end: number, geo: GeoRules): number {
  for (let at = end - 3; at >= start; at--) if (geo.functionChar.test(text[at]!)) return at + 1 - start;
  return 0;
}

const MAX_REACH = 3;

/** Length of the longest reach word (中下游, 支流) starting at `at`, or 0. */
function reachLength(text: string, at: number, geo: GeoRules): number {
  if (!geo.reaches.startAt(text, at)) return 0;
  for (let length = MAX_REACH; length >= 2; length--) if (geo.reachWords.has(text.slice(at, at + length))) return length;
  return 0;
}

/** The item [start, end) less a reach word at its end (修河下游 → 修河). */
function withoutReach(text: string, start: number, end: number, geo: GeoRules): ListItem {
  for (let cut = end - 2; cut >= Math.max(start + 1, end - MAX_REACH); cut--) {
    if (geo.reachWords.has(text.slice(cut, end))) return { text: text.slice(start, cut), start, end: cut };
  }
  return { text: text.slice(start, end), start, end };
}

function draft(text: string, feature: Feature, start: number, end: number, rule: string): GeoDraft {
  return { type: 'geo', text, name: nameOf(feature, text), kind: feature.kind, rule, cleanStart: start, cleanEnd: end };
}

/** Whether any member of a set passes the test, without copying the set into an array. */
function someOf<T>(items: ReadonlySet<T>, test: (item: T) => boolean): boolean {
  for (const item of items) if (test(item)) return true;
  return false;
}
