import type { PlaceLevel } from '../model/mention';
import { countedTownshipLists, townshipLedListItems } from './place-count-lists';
import { townshipNamed } from './township-stems';
import { isWithin, type Division } from './gazetteer';
import { provinceOf, RegionContext } from './region-context';
import type { VillageNameCache, VillageNames } from './village-names';
import { leadHash, mergedLeadFilter } from './name-leads';
import type { WordsAt } from '../util/words-at';
import { flowsFromWater, type FlowWords } from '../util/flow-words';
import { leadKey, type NameEntry, type PlaceIndex } from './place-index';
import { append } from '../util/arrays';
import type { TagSets } from './jieba-tags';
import { builtinPlaceSuffixes } from './place-suffixes';
import { endsLikeFeature } from './names';

// Finds place names in a cleaned text and resolves each to one division:
// chains top-down (西藏自治区日喀则市昂仁县卡嘎镇布玛村), then bare names by the
// places the article names around them (卡嘎镇 in an article about 昂仁县),
// then villages and townships of the counties so found. A name that context
// cannot settle is left out.

export interface ResolvedPlace {
  start: number;
  end: number;
  surface: string;
  division: Division;
  rule: string;
}

export interface ResolveOptions {
  text: string;
  /** 1 where a byline's person names stand (通讯员徐金华): no name starts there. */
  bylineNames?: Uint8Array;
  isWordBoundary(index: number): boolean;
  /** Words that, right after a name, make it part of a newspaper's name (日报). */
  nameEndings: WordsAt;
  /** Words that begin with a name's last character (市场, 区域): the text's 合作市场 holds no 合作市. */
  suffixWords: WordsAt;
  /** Short names that are also common given names (尼玛): a place only in a chain or a list of places. */
  givenNames: ReadonlySet<string>;
  /** Generic words that end in 村 but name no village (农村, 全村). */
  genericVillageWords: ReadonlySet<string>;
  /** Words after which a township's stem names the township (生态产业园, 中心校). */
  areaWords: WordsAt;
  /** Words after which a township's stem names the township of a named prefecture (城陵矶站, 星子水文站). */
  stationWords: WordsAt;
  /** Words of facilities named after their county (墨脱公路, 贡嘎机场): the county's province suffices as support. */
  facilityWords: WordsAt;
  /** Words of hydrological stations (水文站): a township stem before one unique in the country names that township. */
  gaugeWords: WordsAt;
  /** Words of a zone named after the township it lies in (横琴自贸区, 蛇口片区). */
  zoneWords: WordsAt;
  namedZoneWords: WordsAt;
  /** Words by which a county's own report speaks of it (我县, 县政府): its bare short name is that county. */
  selfCounty: RegExp;
  /** Words that close a list of counties right after its last item (改则、措勤、双湖等县). */
  listClosers: WordsAt;
  /** Words for townships closing a list after 等 (甲、乙等3个乡镇): its items are townships of a named county. */
  townshipListClosers: WordsAt;
  /** Words for village committees closing a list after a count (甲、乙3个村民委员会): its items are villages (甲村). */
  villageListClosers?: WordsAt;
  /** Words between a list's count and 村 that say what kind of village (甲、乙3个行政村, 两个贫困村). */
  villageListQualifiers?: readonly string[];
  /** Words for residents' committees closing a list after a count (甲、乙3个居民委员会): its items are communities (甲社区). */
  communityListClosers?: WordsAt;
  /** Words closing a list of sights after its count or 等 (甲、乙等景点, 甲、乙11处森林公园). */
  sightListClosers?: WordsAt;
  /** Words that describe a village (小山村) and name some villages: a bare one is the description. */
  villageDescriptions?: ReadonlySet<string>;
  /** Words of a road named by its ends (召夸至泸西高速公路, 音德尔至江桥一级公路). */
  roadWords: WordsAt;
  /** Words that end a company's name (有限公司): 辽宁金昌建设…有限公司 names no 金昌市. */
  companyEnds: WordsAt;
  /** Words of reservoirs, dams and events named after their county (丹江口水库, 汶川地震): its stem before one names it like a station. */
  reservoirWords: WordsAt;
  /** One-character suffixes of provinces, prefectures and counties (市, 县): 我市/镇雄、彝良 starts a list item after one. */
  divisionChars: ReadonlySet<string>;
  /** A river's reaches (下游, 支流): a short name ending like a river before one is the river (昌江下游). */
  riverReaches: WordsAt;
  /** A river's basin (流域, 水系): any short name ending like a river before one is the river (黑河流域, not 黑河市). */
  riverBasins: WordsAt;
  /** Verbs of a river's source (发源): any short name ending like a river before one is the river (柳江发源于, not 柳江区). */
  riverSources: WordsAt;
  /** Words of a plain or basin (平原, 盆地): a short name right before one names the plain (漳州平原), no division. */
  plainWords: WordsAt;
  /** Locatives of water (边, 畔, 里): a prefecture's or county's short name, a river's ending and one name the river (巴塘河畔). */
  waterLocatives: WordsAt;
  /** A river's ending at the end of a name (昌江, 修水): such a short name before a reach is the river. */
  riverEnd: RegExp;
  /** Split endings (曲) and the function characters no river's stem holds (geo.ts splitRiverAt): 河流宁那曲 is a river named around a place's name. */
  splitRiverEnd: RegExp;
  riverFunctionChar: RegExp;
  /** The reach words as a list (干流): a county's stem right after one names a place on the river (干流监利). */
  reachList: readonly string[];
  /** Words after which a river's name follows (支流): a county's stem ending like a river there is the river (支流清河). */
  tributaryWords: readonly string[];
  /** Words for a river or its course (河流, 干流, 源头): a short name ending like a river right after one is the river (河流黑河). */
  riverWords: readonly string[];
  /** Verbs of flowing into (流入): after one, in a sentence naming water, a name ending like a river is the river's. */
  flow?: FlowWords;
  /** County stems jieba tags as common words that news writes as names (尖扎/v, 平遥/a): read like a stem tagged as a person's name. */
  wordTaggedStems: ReadonlySet<string>;
  /** Characters no village name after a township holds (的, 和): the name stops there. */
  notInVillage: ReadonlySet<string>;
  /** First characters of words that count villages rather than name one (所辖村, 各村). */
  villageCounters: ReadonlySet<string>;
  /** The villages below the counties and townships an article names. */
  villageNames: VillageNameCache;
  /** Characters village names are written with interchangeably (塆, 弯, 湾), each by its class's first. */
  villageVariants?: ReadonlyMap<string, string>;
  /** One-character names of provinces (闽, 宁), each with its province's official name: 闽宁镇 pairs two provinces. */
  provinceAbbreviations?: ReadonlyMap<string, string>;
  /** Natural features: a short name spelled like one (泰山, 峨眉山) means the feature. */
  featureNames: ReadonlySet<string>;
  /** Words of a rural bank, named after its division by rule (农商银行, 村镇银行): a feature's name opening one is the division. */
  bankWords?: WordsAt;
  /** Words of a local product or dish (烤鱼, 脆李, 特产; geo-locatives.tsv product): a feature's name before one is the division the product is named after (某山烤鱼). */
  productWords?: WordsAt;
  /** Words of a lottery's spam (开奖, 六合彩, 资料大全): a name running into one within a few characters is the spam's brand (某地2023开奖记录). */
  lotteryWords?: WordsAt;
  /** Words of size (小, 大) and the joiners of a list of rivers (、, 和): 平滩河和小安溪 is a river, not 安溪县. */
  sizeWords?: ReadonlySet<string>;
  riverJoiners?: ReadonlySet<string>;
  /**
   * Other names of features (雅江 for 雅鲁藏布江): weaker than a standard name,
   * they yield to a county stem whose region the article names (雅江县 in 甘孜).
   */
  featureAliases: ReadonlySet<string>;
  /** Surfaces of natural features (青海湖): a jieba word so spelled is no place, whatever name it starts with. */
  featureWords: ReadonlySet<string>;
  /** The last two characters of every name in featureWords, as leadKey packs them (no string is cut per candidate). */
  featureTails: ReadonlySet<number>;
  /** Another place name (not a blocked word) starts at `index` (沈阳 in 辽宁沈阳). */
  startsPlace(index: number): boolean;
  /** jieba's tag where [start, end) is exactly one of its words. */
  tagOf(start: number, end: number): string | undefined;
  /** jieba's tags read as evidence (rules/jieba-tags.tsv). */
  tags: TagSets;
  /** jieba's words lying wholly inside [start, end). */
  wordsWithin(start: number, end: number): ReadonlyArray<{ word: string; tag: string }>;
}

interface Match {
  start: number;
  end: number;
  entry: NameEntry;
  /**
   * jieba reads the name as a person's (萧山/nr 机场, 拉孜/nrt 堆谐): it counts
   * only where the article names the place's prefecture or the place itself.
   */
  personTagged?: boolean;
  /** A list item or a road segment's end (改则、措勤、双湖等县, 219线X至Y段): the province suffices as support. */
  listed?: boolean;
  resolved?: Division;
  rule?: string;
  /** Follows a county or township it does not lie within. */
  contradicted?: boolean;
  /**
   * Follows a province it does not lie within (辽宁金昌 names a company), or is a county after a
   * prefecture it does not lie within (桃园市复兴区): not even a name unique in the country counts.
   */
  misplaced?: boolean;
  /** Names a facility (墨脱公路, 贡嘎机场): its province suffices as support, as for a list item. */
  facility?: boolean;
  /** Glossed by the place in brackets right after it (湖口（江西境内）): its province suffices as support. */
  glossed?: boolean;
  /** Names a station or a segment's end (伊通水文站, 监利至城陵矶江段): a name only one division has is that division. */
  station?: boolean;
  /**
   * An item of a list of places (成都、北京、保定、聊城等地): a prefecture's name that is also a
   * common word (保定) is the prefecture there, as plain as the places around it.
   */
  amidPlaces?: boolean;
}


const LEVEL_RANK: Record<PlaceLevel, number> = { province: 0, prefecture: 1, county: 2, township: 3, village: 4 };
const HAN = /\p{Script=Han}/u;
const CONTEXT_PASSES = 3;

export function resolvePlaces(index: PlaceIndex, options: ResolveOptions): ResolvedPlace[] {
  const matches = scanNames(index, options);
  resolveChains(matches, index, options);
  const anchors = new RegionContext();
  const anchor = () => {
    anchors.clear();
    for (const m of matches) if (m.resolved) anchors.add(m.resolved);
  };
  resolveAlone(matches, index);
  anchor();
  for (let pass = 0; pass < CONTEXT_PASSES; pass++) {
    if (!resolveByContext(matches, anchors, index, options.text)) break;
    anchor();
  }
  if (preferNamedCounties(matches, index)) anchor();
  if (preferNamedSeats(matches)) anchor();
  if (preferUncodedNamesakes(matches, index)) anchor();
  if (resolveStemNamesakes(matches, anchors, index)) anchor();
  if (resolveListsTogether(matches, options.text)) {
    anchor();
    if (resolveByContext(matches, anchors, index, options.text)) anchor();
  }
  if (resolveOwnCounty(matches, anchors, options)) anchor();
  if (resolveOwnCityGenerics(matches, anchors, options)) anchor();
  if (uniqueTownshipsVouched(matches, anchors, options)) {
    anchor();
    if (resolveByContext(matches, anchors, index, options.text)) anchor();
  }
  if (countyStemAndTownshipVouched(matches)) anchor();
  if (countyStemsBeforeOwnVillages(matches, options)) {
    anchor();
    if (resolveByContext(matches, anchors, index, options.text)) anchor();
  }
  if (townshipsVouchedByVillages(matches, options)) anchor();
  if (ownTownshipsOverCountyStems(matches, anchors, options.text)) anchor();
  const listedTownships = townshipLists(matches, anchors, options);
  listedTownships.push(...countedTownshipLists(matches, anchors, options.text, options.townshipListClosers, listedTownships));
  if (listedTownships.length > 0) anchor();
  if (dropNamesakesOfTownships(matches)) anchor();
  const places: ResolvedPlace[] = matches
    .filter((m) => m.resolved)
    .map((m) => ({ start: m.start, end: m.end, surface: options.text.slice(m.start, m.end), division: m.resolved!, rule: m.rule! }));
  const covered = coverage(options.text.length, matches);
  for (const p of listedTownships) covered.fill(1, p.start, p.end);
  append(places, listedTownships);
  for (const p of listedTownships) anchors.add(p.division);
  const heads = chainHeads(places);
  append(places, townshipVariants(anchors, index, covered, heads, options));
  append(places, spacedTownships(anchors, index, covered, options));
  append(places, renamedAfterCounty(covered, heads, options));
  append(places, townshipStemsInNames(anchors, index, covered, regionEnds(places), options));
  append(places, stemsAfterOwnCounty(places, index, covered, options));
  append(places, townshipLedListItems(options.text, anchors, covered));
  append(places, sharedSuffixTownships(places, covered, options.text));
  anchor();
  // A station's township (城陵矶站) is no region the article is about: its villages are not looked for.
  for (const p of places) if (p.rule === 'place:township-variant' || p.rule === 'place:township-renamed' || p.rule === 'place:township-stem' || p.rule === 'place:township-spaced') anchors.add(p.division);
  const villageList = villageStemLists(anchors, covered, options);
  for (const p of villageList) covered.fill(1, p.start, p.end);
  append(places, villageList);
  append(places, listedVillages(anchors, covered, chainHeads(places), options));
  append(places, villageRoadEnds(anchors, covered, options));
  append(places, unlistedVillages(places, covered, options));
  return places.sort((a, b) => a.start - b.start);
}

/**
 * Greedy longest-first scan: a blocked word (长治久安) consumes its span; a
 * rejected name gives way to a shorter one at the same place (昌都 in 昌都市民).
 */
function scanNames(index: PlaceIndex, options: ResolveOptions): Match[] {
  const { text } = options;
  const matches: Match[] = [];
  for (let i = 0; i < text.length; ) {
    let next = i + 1;
    if (options.bylineNames?.[i] === 1) {
      i = next;
      continue;
    }
    // Entries are looked up one possible length at a time, longest first: most scans stop at the first.
    for (let lengths = index.lengthsAt(text, i) & fitting(text.length - i); lengths !== 0; ) {
      const length = 31 - Math.clz32(lengths);
      lengths ^= 1 << length;
      const entry = index.entryOf(text, i, length);
      if (!entry) continue;
      const end = i + length;
      if (entry.blocked) {
        next = end;
        break;
      }
      const previousEnd = matches.length > 0 ? matches[matches.length - 1]!.end : -1;
      const listed = isListed(text, i, end, previousEnd, options);
      // 九江、庐山、德安: an item between two places of a list is a place, whatever else it names.
      // 巫山、奉节、云阳等区县: a name in a list that closes on a word for divisions is a division too.
      const amongPlaces = listed && ((joinedAsItem(text, i, end) && previousEnd === i - 1 && options.startsPlace(end + 1)) || inDivisionList(text, i, end, previousEnd, options));
      // 甲乡、乙乡及丙乡, 甲乡某社区及丙乡: jieba may glue the conjunction onto the last name (及水/x);
      // a place found shortly before it, the list's, vouches for the start.
      const joined = previousEnd > 0 && previousEnd >= i - 1 - MAX_LISTED_GAP && LIST_CONJUNCTIONS.has(text[i - 1] ?? '');
      const chained = previousEnd === i;
      // 江苏南通城…: a prefecture right after its own province, however jieba cuts across the two (苏南/通城).
      const underProvince = chained && runsOnFromProvince(matches[matches.length - 1]!.entry, entry);
      let verdict = placeVerdict(entry, i, end, chained, listed, index, options, amongPlaces, joined, underProvince);
      if (verdict && (entry.form === 'short' || entry.form === 'old') && overtakenByFullName(index, text, i, end)) verdict = undefined;
      if (verdict && entry.form === 'short' && cityStemAsTownship(entry, text, end)) verdict = undefined;
      if (verdict && entry.form === 'full' && urbanAreaOfName(index, text, i, end)) verdict = undefined;
      if (verdict) {
        const match = newMatch(entry, i, end, verdict, listed);
        if (options.stationWords.startAt(text, end) || endsClosedSegment(text, i, end)) match.station = true;
        // Only a name that needs its region asks whether a river's section or a reservoir names it.
        else if (entry.needsContext && namesRiverSection(text, i, end, options)) match.station = true;
        if (options.facilityWords.startAt(text, end)) match.facility = true;
        if (OPENING_BRACKETS.has(text[end] ?? '') && options.startsPlace(end + 1)) match.glossed = true;
        if (listed && (amongPlaces || inPlaceList(text, i, end, previousEnd, options, PLACE_LIST_CLOSE))) match.amidPlaces = true;
        matches.push(match);
        next = end;
        break;
      }
    }
    i = next;
  }
  return matches;
}

/**
 * 一个新城市 holds no 新城区 written 新城市: a former spelling (a stem and
 * another suffix) counts only where jieba keeps the stem whole or the whole
 * name one word, not where a word runs from inside the stem into the suffix
 * (新/城市).
 */
function stemCutAcrossSuffix(entry: NameEntry, start: number, end: number, options: ResolveOptions): boolean {
  const stemEnd = end - (entry.surface.endsWith('地区') ? 2 : 1);
  if (options.isWordBoundary(stemEnd)) return false;
  for (let k = start + 1; k < stemEnd; k++) if (options.isWordBoundary(k)) return true;
  return false;
}

/**
 * 乌杨街道和平凯街道: a short name (和平 of 和平区) whose last characters begin
 * a full name running past it (平凯街道) is a misreading of the join: the
 * full name, suffix and all, is what the text names.
 */
function overtakenByFullName(index: PlaceIndex, text: string, start: number, end: number): boolean {
  // 某江城区: the short name's urban area (城区), not a district whose name starts inside it (江城区).
  if (text.startsWith(URBAN_AREA, end)) return false;
  for (let k = start + 1; k < end; k++) {
    for (const entry of index.entriesAt(text, k)) {
      if (entry.form === 'full' && !entry.blocked && k + entry.surface.length > end && entry.surface.length >= 3 && !namedRightAfter(index, text, end, k + entry.surface.length)) return true;
    }
  }
  return false;
}

const URBAN_AREA = '城区';

/**
 * 某江城区: a district's name of one character and 城区 (江城区) whose character ends a
 * place's name before it (某江): the text names that place's urban area.
 */
function urbanAreaOfName(index: PlaceIndex, text: string, start: number, end: number): boolean {
  if (end - start !== URBAN_AREA.length + 1 || !text.startsWith(URBAN_AREA, start + 1)) return false;
  for (let k = Math.max(0, start - 4); k < start; k++) {
    for (const entry of index.entriesAt(text, k)) if (!entry.blocked && k + entry.surface.length === start + 1) return true;
  }
  return false;
}

/** Characters after a township's or village's suffix that make a word of it (乡村, 乡镇, 村民, 镇区), no place's suffix. */
const SUFFIX_WORD_NEXT: Readonly<Record<string, string>> = { 镇: '村区级里上', 乡: '村镇亲土愁音情下间贤里野级', 村: '镇民庄落级寨里' };
/** SUFFIX_WORD_NEXT by the suffix's UTF-16 unit: asked after every short name, with no string made of the character. */
const SUFFIX_WORD_NEXT_BY_UNIT: ReadonlyMap<number, string> = new Map(Object.entries(SUFFIX_WORD_NEXT).map(([suffix, next]) => [suffix.charCodeAt(0), next]));

/**
 * 甲镇, 甲村 where 甲市 is a county-level city: a township or village the list does not
 * hold (the full name would have matched first) named after the city (a settlement built
 * by its people elsewhere), not the city.
 */
function cityStemAsTownship(entry: NameEntry, text: string, end: number): boolean {
  // Past the end of the text charCodeAt is NaN: no suffix.
  const next = SUFFIX_WORD_NEXT_BY_UNIT.get(text.charCodeAt(end));
  if (next === undefined) return false;
  // A suffix closing the text makes a word of it too (as includes('') held).
  if (end + 1 >= text.length || next.includes(text[end + 1]!)) return false;
  return entry.divisions.length > 0 && entry.divisions.every((d) => d.level === 'county' && d.name.endsWith('市'));
}

/**
 * 陕西华县: a name of its own starts right after the short name and ends where the full
 * name across the join does (华县, a former county's, against 西华县): the join reads as two names.
 */
function namedRightAfter(index: PlaceIndex, text: string, start: number, end: number): boolean {
  for (const entry of index.entriesAt(text, start)) if (!entry.blocked && start + entry.surface.length === end) return true;
  return false;
}

/** The bits of the lengths 2 … room (a name must fit in the rest of the text). */
function fitting(room: number): number {
  return room >= 30 ? ~3 : ((1 << (room + 1)) - 1) & ~3;
}

type Verdict = 'place' | 'person-tagged' | undefined;

function placeVerdict(
  entry: NameEntry,
  start: number,
  end: number,
  chained: boolean,
  listed: boolean,
  index: PlaceIndex,
  options: ResolveOptions,
  amongPlaces = false,
  joined = false,
  underProvince = false,
): Verdict {
  const { text } = options;
  if (options.nameEndings.startAt(text, end)) return undefined;
  if (opensOutletName(text, end)) return undefined;
  if (runsIntoLottery(end, options)) return undefined;
  // 合作市场 is a market, not 合作市: the suffix word starts on the name's last character.
  if (options.suffixWords.startAt(text, end - 1)) return undefined;
  const derived = entry.form === 'short' || entry.form === 'old';
  if (derived && options.featureNames.has(entry.surface) && !amongPlaces && !opensBankName(end, options) && !options.productWords?.startAt(text, end)) return undefined;
  if (derived && endsSightItem(entry, end, options)) return undefined;
  // A county's stem before a river's reach (昌江下游) or after a tributary word (支流清河) is the river;
  // a prefecture's name stays the place (九江江段).
  // So is any short name before its basin (黑河流域, 黑龙江水系): no division has one.
  if (derived && options.riverEnd.test(entry.surface)) {
    if (options.riverBasins.startAt(text, end) || options.riverSources.startAt(text, end)) return undefined;
    if (entry.needsContext && (options.riverReaches.startAt(text, end) || endsWithOne(text, start, options.tributaryWords))) return undefined;
    // A province has no reach either (黑龙江干流, 黑龙江上游): the river it is named after has.
    if (options.riverReaches.startAt(text, end) && entry.divisions.every((d) => d.level === 'province')) return undefined;
    if (endsWithOne(text, start, options.riverWords)) return undefined;
    if (options.flow && flowsFromWater(text, start, options.flow)) return undefined;
    if (endsSplitRiverName(entry, start, options)) return undefined;
    if (listedBetweenRivers(start, end, index, options)) return undefined;
    if (sizedAfterRiver(start, index, options)) return undefined;
  }
  if (derived && namesRiverSide(entry, end, options)) return undefined;
  if (derived && riverItemOfList(start, end, index, options)) return undefined;
  // 漳州平原, 漳州盆地: a plain or basin named after the city, no mention of the city's division.
  // A province's plains are its land, named by the province (河南平原地区 names 河南省).
  if (derived && options.plainWords.startAt(text, end) && entry.divisions.every((d) => d.level !== 'province')) return undefined;
  // A stem after a tributary word and before a river ending starts the river's name (支流会泽河).
  if (derived && options.riverEnd.test(text[end] ?? '') && endsWithOne(text, start, options.tributaryWords)) return undefined;
  // So does a stem before a river ending and a reach word (云南瑞丽江支流: the river 瑞丽江, not 瑞丽).
  if (derived && options.riverEnd.test(text[end] ?? '') && options.riverReaches.startAt(text, end + 1)) return undefined;
  if (derived && !entry.needsContext && options.featureAliases.has(entry.surface)) return undefined;
  if (derived && text[start - 1] === '至' && runsIntoSegmentEnd(text, end, options)) return undefined;
  const mustAlign = derived || entry.surface.length <= 2;
  // A road segment's ends are delimited by 线/至/段 whatever jieba makes of them (至日/土段 in 区界至日土段).
  // So is a list's first item after a word ending in a division's suffix (我市/镇雄、彝良, jieba: 市镇/雄).
  // And so is the first item of a list of divisions after a conjunction (某藏区及甲、乙、丙3州市, jieba: 及甲/x).
  const segmentStart =
    listed && (ROAD_SEGMENT_MARKS.has(text[start - 1] ?? '') || options.divisionChars.has(text[start - 1] ?? '') || (joined && amongPlaces));
  // So is the end of a stem before a facility word, which jieba may run into one word (贡嘎机场/ns, 丹江口水库/ns).
  const facilityEnd = derived && (options.facilityWords.startAt(text, end) || options.reservoirWords.startAt(text, end));
  const segmentEnd = (listed && ROAD_SEGMENT_MARKS.has(text[end] ?? '')) || facilityEnd;
  if (
    mustAlign &&
    !(
      (chained || segmentStart || options.isWordBoundary(start) || afterOwnCity(entry, start, end, options)) &&
      (segmentEnd ||
        options.isWordBoundary(end) ||
        startsLongerName(entry, start, end, options) ||
        opensCompanyName(entry, start, end, options) ||
        opensOwnTownship(entry, end, options) ||
        (underProvince && options.isWordBoundary(end - 1)) ||
        // 某山城区: a name before 城区, its urban area, however jieba cuts across the two (某/山城/区).
        (text.startsWith(URBAN_AREA, end) && options.isWordBoundary(end - 1)))
    )
  ) {
    return undefined;
  }
  if (entry.form === 'old' && !chained && !listed && stemCutAcrossSuffix(entry, start, end, options)) return undefined;
  // jieba knows every name above townships: one starting inside its word
  // (沿海/城市 holds no 海城市) is no name, unless it continues a chain.
  if (!mustAlign && !chained && !joined && entry.aboveTownship && !options.isWordBoundary(start)) return undefined;
  if (!chained && featureRunsInto(text, start, options)) return undefined;
  if (!(entry.needsContext && derived)) return 'place';
  // A list of names is evidence enough, whatever jieba makes of one item (定日、定结/v、岗巴).
  if (listed) return 'place';
  // 尼玛 alone is as often a person (县长尼玛次仁) as the county: only a chain or a list names it.
  if (!chained && options.givenNames.has(entry.surface)) return undefined;
  // So is a station's name (伊通/nz 水文站) and a river's section (干流监利/vn): they are named after places.
  if (options.stationWords.startAt(text, end) || namesRiverSection(text, start, end, options)) return 'place';
  const tag = options.tagOf(start, end);
  // A stem jieba knows as a place-like word (康定/n, 海阳/ns) counts, not a verb or adjective (大兴/b);
  // one it reads as a person's needs its prefecture named.
  if (tag === undefined || options.tags['place-like'].has(tag)) return 'place';
  return options.tags.person.has(tag) || options.wordTaggedStems.has(entry.surface) ? 'person-tagged' : undefined;
}

/**
 * A news outlet's credit (香港某某网 记者, 某地某某报讯, 某市网8月1日讯, 某省某某台记者):
 * a place opening the outlet's name (a few characters and 网, 报 or 台, then
 * its credit word) names the outlet, not a place of the story.
 */
const OUTLET_CREDIT = /^\p{Script=Han}{0,4}?[网網報报台臺][ \u3000]*(?:[0-9０-９]{1,2}月[0-9０-９]{1,2}日)?(?:讯|訊|记者|記者|消息|报道|報道|】|\])/u;
const MAX_OUTLET_CREDIT = 24;

function opensOutletName(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (!(c >= 0x4e00 && c <= 0x9fff)) return false;
  return OUTLET_CREDIT.test(text.slice(end, end + MAX_OUTLET_CREDIT));
}

/**
 * A prefecture's name (not one that needs its region) right after a
 * province it lies in (江苏南通): jieba may cut the pair across
 * (江/苏南/通城), starting a word on the prefecture's last character; the
 * chain itself is the evidence.
 */
function runsOnFromProvince(head: NameEntry, entry: NameEntry): boolean {
  if (entry.needsContext || head.divisions.length !== 1 || head.divisions[0]!.level !== 'province') return false;
  const province = head.divisions[0]!;
  return entry.divisions.length > 0 && entry.divisions.every((d) => d.level === 'prefecture' && d.parent === province);
}

/** Most characters between a name and a lottery's word (某地|2023历史|开奖, 新某地|天天|开好彩). */
const MAX_LOTTERY_GAP = 8;

/**
 * Spam injected into a page (a title's 某地2023历史开奖记录, 某地六合彩资料大全):
 * a place's name running, within a few letters, digits or Han characters
 * and before any other place's name, into a lottery's word is the
 * lottery's brand, not the place (the place a spam line is injected beside
 * keeps its name: 某省某河某地…开奖 drops only the name next to the word).
 */
function runsIntoLottery(end: number, options: ResolveOptions): boolean {
  const { text, lotteryWords } = options;
  if (!lotteryWords) return false;
  // Only a lottery word starting in reach makes it so: most names have none after them (a bit read per position).
  let near = false;
  for (let at = end; at <= end + MAX_LOTTERY_GAP && at < text.length && !near; at++) near = lotteryWords.startAt(text, at);
  if (!near) return false;
  let digits = false;
  let han = 0;
  for (let at = end; at <= end + MAX_LOTTERY_GAP && at < text.length; at++) {
    if (lotteryWords.startAt(text, at)) return true;
    const c = text[at]!;
    if (DIGIT.test(c)) digits = true;
    else if (HAN.test(c)) han++;
    else if (!LATIN.test(c)) return false;
    // A sentence goes on from the name (某地政府公布开奖办法); spam runs a year or an issue's number in (某地2023历史开奖).
    if ((han > MAX_LOTTERY_WORDS_BETWEEN && !digits) || (at > end && options.startsPlace(at))) return false;
  }
  return false;
}

/** Most Han characters between a name and a lottery's word where no digit stands between (某地|今晚|开奖, 某地|一码|一肖). */
const MAX_LOTTERY_WORDS_BETWEEN = 2;
const DIGIT = /[0-9０-９]/;
const LATIN = /[A-Za-z]/;

/** Most characters between a name and a rural bank's word (黄山|太平|农村商业银行). */
const MAX_BANK_NAME = 4;

/**
 * A rural bank's name follows `end` (黄山太平农商银行, 峨眉山农村商业银行):
 * such banks are named after their division, never after a mountain or river.
 */
function opensBankName(end: number, options: ResolveOptions): boolean {
  const { text, bankWords } = options;
  if (!bankWords) return false;
  for (let at = end; at <= end + MAX_BANK_NAME && at < text.length; at++) {
    if (bankWords.startAt(text, at)) return true;
    if (!HAN.test(text[at]!)) return false;
  }
  return false;
}

/** Longest item of a list of rivers looked at beside a name (乌裕尔河). */
const MAX_RIVER_ITEM = 5;

/**
 * 穆棱河、绥芬河、呼兰河: a short name ending like a river, listed between two
 * items that end like rivers and name no place, is the river (黑河、绥芬河、同江
 * lists three cities). The item after it ends at its first river ending.
 */
function listedBetweenRivers(start: number, end: number, index: PlaceIndex, options: ResolveOptions): boolean {
  const { text } = options;
  if (text[start - 1] !== '、' || text[end] !== '、') return false;
  return namesRiverOnly(listItemBefore(text, start), index, options) && namesRiverOnly(listItemAfter(text, end, options), index, options);
}

/** The list item that ends at the 、 before `start`. */
function listItemBefore(text: string, start: number): string {
  let before = start - 1;
  while (before > 0 && start - 1 - before < MAX_RIVER_ITEM && HAN.test(text[before - 1]!) && text[before - 1] !== '、') before--;
  return text.slice(before, start - 1);
}

/** The list item after the 、 at `mark`, up to its first river ending (、呼兰河可能发生…). */
function listItemAfter(text: string, mark: number, options: ResolveOptions): string {
  let after = mark + 1;
  while (after < text.length && after - mark <= MAX_RIVER_ITEM && HAN.test(text[after]!) && !options.riverEnd.test(text[after]!)) after++;
  return text.slice(mark + 1, after + 1);
}

/** What may follow a list's item (、, 等, 和, the clause's end). */
const LIST_ITEM_ENDS: ReadonlySet<string> = new Set([...'、等和及与，,。；;']);

/**
 * 甲河、某阳河、乙河: a short name and a river ending, the two an item of a list whose item
 * beside it ends like a river and names no place, is the river named after the place
 * (the geo extractor reads it), not the place.
 */
function riverItemOfList(start: number, end: number, index: PlaceIndex, options: ResolveOptions): boolean {
  const { text } = options;
  if (!options.riverEnd.test(text[end] ?? '') || !LIST_ITEM_ENDS.has(text[end + 1] ?? '')) return false;
  if (text[end + 1] === '、' && namesRiverOnly(listItemAfter(text, end + 1, options), index, options)) return true;
  return text[start - 1] === '、' && namesRiverOnly(listItemBefore(text, start), index, options);
}

/**
 * 平滩河和小安溪、: a short name ending like a river right after a word of size (小, 大), the two an item
 * listed after a river (joined by 、 or 和), is the river named so (小安溪), not the county (安溪县).
 */
function sizedAfterRiver(start: number, index: PlaceIndex, options: ResolveOptions): boolean {
  const { text, sizeWords, riverJoiners } = options;
  const joiner = start - 2;
  if (!sizeWords || !riverJoiners || joiner < 1 || !sizeWords.has(text[start - 1]!) || !riverJoiners.has(text[joiner]!)) return false;
  let before = joiner;
  while (before > 0 && joiner - before < MAX_RIVER_ITEM && HAN.test(text[before - 1]!) && !riverJoiners.has(text[before - 1]!)) before--;
  return namesRiverOnly(text.slice(before, joiner), index, options);
}

/** A list item of two characters at least that ends like a river and is no place's name (穆棱河, not 黑河). */
function namesRiverOnly(item: string, index: PlaceIndex, options: ResolveOptions): boolean {
  return item.length >= 2 && options.riverEnd.test(item[item.length - 1]!) && index.lookup(item) === undefined;
}

/**
 * 在察隅河里游泳, 巴塘河畔: a prefecture's or county's short name, a river's
 * ending and a locative of water name the river called after the place (a
 * province's name stays: no river is named 北京河).
 */
function namesRiverSide(entry: NameEntry, end: number, options: ResolveOptions): boolean {
  const { text } = options;
  if (!options.riverEnd.test(text[end] ?? '') || !options.waterLocatives.startAt(text, end + 1)) return false;
  return entry.divisions.every((d) => d.level === 'prefecture' || d.level === 'county');
}

/**
 * 下游河流宁那曲和…: a name in a split ending (曲) one character after a river word,
 * that character no function character (源头在那曲, 河流经那曲 keep the place),
 * ends a Tibetan river's name jieba cuts across (geo.ts splitRiverAt).
 */
function endsSplitRiverName(entry: NameEntry, start: number, options: ResolveOptions): boolean {
  const before = options.text[start - 1] ?? '';
  if (!options.splitRiverEnd.test(entry.surface) || !HAN.test(before) || options.riverFunctionChar.test(before)) return false;
  return endsWithOne(options.text, start - 1, options.riverWords);
}

const OPENING_BRACKETS = new Set(['(', '（']);

/** The longest feature name whose last character may be a name's first (长江 in 长江源区). */
const MAX_FEATURE_OVERLAP = 3;

/**
 * A natural feature's name runs into the name's first character: 长江源区
 * holds no 江源区, whatever jieba makes of it once 江源区 is a word of its own.
 */
function featureRunsInto(text: string, start: number, options: ResolveOptions): boolean {
  if (start < 1 || !options.featureTails.has(leadKey(text, start - 1))) return false;
  for (let k = 1; k <= MAX_FEATURE_OVERLAP && start - k >= 0; k++) {
    if (options.featureWords.has(text.slice(start - k, start + 1))) return true;
  }
  return false;
}

/** What delimits the ends of a road segment (国道219线萨嘎至拉孜段). */
const ROAD_SEGMENT_MARKS = new Set(['线', '至', '段']);

const MAX_WORD = 10;

/**
 * A province's or prefecture's short name at the start of a longer jieba
 * word: 辽宁沈阳/ns and 上海浦东新区/ns (another place follows), 兰州大学/nt,
 * 天津港/ns, and for a province any word (台湾同胞, 山东大学) - but never a
 * natural feature's name (青海湖, 四川盆地, 拉萨河畔).
 */
function startsLongerName(entry: NameEntry, start: number, end: number, options: ResolveOptions): boolean {
  if (entry.needsContext || !entry.divisions.every((d) => d.level === 'province' || d.level === 'prefecture')) return false;
  const wordEnd = wordEndAfter(end, options);
  if (wordEnd === undefined || startsFeature(start, end, wordEnd, options)) return false;
  if (options.startsPlace(end)) return true;
  // Before no other place, 翠屏湖/北岸 holds no 湖北: a word ending inside the name starts none.
  for (let k = start + 1; k < end; k++) if (options.isWordBoundary(k)) return false;
  if (entry.divisions[0]!.level === 'province') return true;
  return options.tags['proper-name'].has(options.tagOf(start, wordEnd) ?? '');
}

/**
 * 赣县长洛乡: a county's name right before one of its own townships' full
 * names, where jieba runs the county's suffix into the next word (赣/县长/洛乡).
 */
function opensOwnTownship(entry: NameEntry, end: number, options: ResolveOptions): boolean {
  const { text } = options;
  return entry.divisions.some((d) => d.level === 'county' && d.children.some((t) => t.level === 'township' && text.startsWith(t.name, end)));
}

/**
 * A province's or prefecture's short name opening a company's name, where
 * jieba joins its last character to the next ones (湖/南湘/…有限公司): the
 * name's last character starts a word, and a company's ending follows in
 * the same run of Han characters.
 */
function opensCompanyName(entry: NameEntry, start: number, end: number, options: ResolveOptions): boolean {
  if (entry.needsContext || !entry.divisions.every((d) => d.level === 'province' || d.level === 'prefecture')) return false;
  if (!namesCompany(options, end)) return false;
  if (options.isWordBoundary(end - 1)) return true;
  // 常州裕源/x 轴承…有限公司: jieba knows no word of the company's own name and runs the city's into it.
  const wordEnd = wordEndAfter(end, options);
  return wordEnd !== undefined && options.tags['unknown-word'].has(options.tagOf(start, wordEnd) ?? '');
}

/** The jieba word [start, wordEnd) is a feature's name, or begins with one (拉萨河 in 拉萨河畔/ns). */
function startsFeature(start: number, end: number, wordEnd: number, options: ResolveOptions): boolean {
  for (let k = wordEnd; k > end; k--) if (options.featureWords.has(options.text.slice(start, k))) return true;
  return false;
}

/** Where the jieba word running past `end` ends (undefined past MAX_WORD). */
function wordEndAfter(end: number, options: ResolveOptions): number | undefined {
  for (let k = end + 1; k <= Math.min(options.text.length, end + MAX_WORD); k++) if (options.isWordBoundary(k)) return k;
  return undefined;
}

function newMatch(entry: NameEntry, start: number, end: number, verdict: Verdict, listed: boolean): Match {
  const match: Match = { start, end, entry };
  if (verdict === 'person-tagged') match.personTagged = true;
  if (listed) match.listed = true;
  return match;
}

/**
 * 改则、措勤、双湖等县 and 国道219线萨嘎至拉孜段: a name listed next to
 * another place name, before 等县, or at an end of a road segment names a
 * county of the article's province.
 */
function isListed(text: string, start: number, end: number, previousEnd: number, options: ResolveOptions): boolean {
  const before = text[start - 1];
  const after = text[end];
  if (before === '、' && previousEnd === start - 1) return true;
  if (after === '、' && options.startsPlace(end + 1)) return true;
  // 西宁,格尔木,那曲: between two place names, a comma lists places too.
  if (COMMAS.has(before ?? '') && previousEnd === start - 1 && COMMAS.has(after ?? '') && options.startsPlace(end + 1)) return true;
  // 寻甸至沾益: the second end of a road whose first end is a place found right before 至.
  const secondEnd = before === '至' && (endsSegment(text, end) || previousEnd === start - 1);
  return options.listClosers.startAt(text, end) || after === '至' || secondEnd || dashListed(text, start, end, previousEnd, options) || joinedToClosedItem(text, end, options);
}

/** Most characters of the last item after which a list closer is looked for (甲和乙两县). */
const MAX_CLOSED_ITEM = 6;

/**
 * 甲和乙两县: a name joined by a conjunction to a place that a list closer
 * follows (a count of counties) is the list's first item.
 */
function joinedToClosedItem(text: string, end: number, options: ResolveOptions): boolean {
  if (!LIST_CONJUNCTIONS.has(text[end] ?? '') || !options.startsPlace(end + 1)) return false;
  for (let k = end + 3; k <= end + 1 + MAX_CLOSED_ITEM; k++) {
    if (!HAN.test(text[k - 1] ?? '')) return false;
    if (options.listClosers.startAt(text, k)) return true;
  }
  return false;
}

/** A count of a list's items (十个, 3). */
const LIST_COUNT = '[0-9０-９一二两三四五六七八九十几]+';

/**
 * Words for divisions that close a list after 等 (甲、乙、丙等区县, 等县市, 等十个县), or
 * after the count of its items alone (甲、乙、丙3州市, 甲、乙两县): a name in such a list
 * names the division, whatever natural feature shares its name.
 */
/** What comes between a list's last item and the word that closes it: 等, its count, or both (等十个, 3个). */
const LIST_CLOSE_LEAD_SOURCE = `(?:等(?:大部分|部分|多个|几个|${LIST_COUNT}个)?|${LIST_COUNT}个?)`;
const LIST_CLOSE_LEAD = new RegExp(`^${LIST_CLOSE_LEAD_SOURCE}`);

const DIVISION_LIST_CLOSE = new RegExp(
  `^${LIST_CLOSE_LEAD_SOURCE}(?:区县|县区|县市区|县市|市县|市区县|地市|市州|州市|县（市、区）|县\\(市、区\\)|(?:县|市|区|旗|盟|州)(?![城域场民间内外级长委]))`,
);

/** The most characters of one item in a list of divisions (a county's full name, an autonomous one's). */
const MAX_LIST_ITEM = 12;

/**
 * 甲、乙、丙等区县: the name is an item ('、' on one side at least, a place before it
 * or after it) of a list whose last item is followed by a word for divisions.
 */
function inDivisionList(text: string, start: number, end: number, previousEnd: number, options: ResolveOptions): boolean {
  return inPlaceList(text, start, end, previousEnd, options, DIVISION_LIST_CLOSE);
}

/** Words that close a list of places after 等 (甲、乙、丙等地, 等城市, 等省市), or its divisions' words. */
const PLACE_LIST_CLOSE = new RegExp(`${DIVISION_LIST_CLOSE.source}|^等(?:${LIST_COUNT}个)?(?:地|城市|省市|省区|省份|市)`);

function inPlaceList(text: string, start: number, end: number, previousEnd: number, options: ResolveOptions, close: RegExp): boolean {
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  const itemBefore = before === '、' && previousEnd === start - 1;
  const itemAfter = after === '、' && options.startsPlace(end + 1);
  if (!itemBefore && !itemAfter) return false;
  return listClosedAfter(text, end, (at) => close.test(text.slice(at, at + 12)));
}

/** Walks the items of a list from the end of one (`end`) to the one `closes` follows. */
function listClosedAfter(text: string, end: number, closes: (at: number) => boolean): boolean {
  for (let at = end, items = 0; items < 30 && at < text.length; items++) {
    if (closes(at)) return true;
    if (text[at] !== '、' && !LIST_CONJUNCTIONS.has(text[at]!)) return false;
    let next = at + 1;
    while (next < text.length && next - at <= MAX_LIST_ITEM && text[next] !== '、' && text[next] !== '等' && HAN.test(text[next]!)) next++;
    if (next === at + 1) return false;
    at = next;
  }
  return false;
}

/**
 * 小天峰、东湖、慧泉等景观 and 云南砚山、广西某某5处森林公园: a county's stem
 * ending like a natural feature (东湖, 砚山) that ends an item of a list of
 * sights names the sight, not the county (沁源 there, or 凤山 before the
 * rest of a park's name, still names its county).
 */
function endsSightItem(entry: NameEntry, end: number, options: ResolveOptions): boolean {
  const closers = options.sightListClosers;
  if (!closers || !entry.needsContext || !endsLikeFeature(entry.surface)) return false;
  const { text } = options;
  return listClosedAfter(text, end, (at) => {
    const lead = LIST_CLOSE_LEAD.exec(text.slice(at, at + 12))?.[0].length ?? 0;
    // Right after the name, a sight's word with no 等 or count between is the name's own park (墨江国家森林公园).
    return (lead > 0 || at > end) && closers.startAt(text, at + lead);
  });
}

/** 九江、庐山、德安 or 合肥—巫山—奉节: the name stands between two joiners of a list. */
function joinedAsItem(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  return (before === '、' && after === '、') || (ROUTE_DASHES.has(before) && ROUTE_DASHES.has(after));
}

/** Dashes joining the stops of a route (合肥—六安—麻城—武汉). */
const ROUTE_DASHES = new Set(['—', '－', '–']);

/**
 * 合肥—六安—麻城—武汉: a route's stops joined by dashes list places, where a
 * place stands right on both sides (a dash after a title or a year joins no stops).
 */
function dashListed(text: string, start: number, end: number, previousEnd: number, options: ResolveOptions): boolean {
  if (!ROUTE_DASHES.has(text[start - 1] ?? '') || previousEnd !== start - 1) return false;
  return ROUTE_DASHES.has(text[end] ?? '') ? options.startsPlace(end + 1) : !HAN.test(text[end] ?? '');
}

const COMMAS = new Set([',', '，']);

/** Most characters between a place and the conjunction before a list's last item (甲乡某某社区及). */
const MAX_LISTED_GAP = 8;

/** Conjunctions before a list's last item (、乙乡及丙乡). */
const LIST_CONJUNCTIONS = new Set(['及', '和', '与', '或']);

/**
 * A county's bare stem that only its prefecture supports (甲 in an article
 * naming 某市, a city with a county 甲县) yields to the township of that stem
 * in a county the article names (甲镇 of 乙县, in 乙县's own report): the
 * county named is nearer than the prefecture. The stem must name one
 * township among the named counties, the county must not be named in full
 * anywhere in the article, and the article must name the township's county
 * more often than the prefecture's other places.
 */
function ownTownshipsOverCountyStems(matches: Match[], anchors: RegionContext, text: string): boolean {
  let changed = false;
  let counties: Division[] | undefined;
  for (const m of matches) {
    const county = m.resolved;
    if (county?.level !== 'county' || m.entry.form !== 'short' || anchorsInFull(matches, county)) continue;
    counties ??= [...anchors].filter((d) => d.level === 'county');
    const township = listedTownship(text, m.start, m.end, counties.filter((c) => c !== county && c.parent !== county.parent))?.division;
    // The article is about the township's county: named more often than the stem's prefecture is otherwise.
    if (!township || !county.parent || anchors.weight(township.parent!) <= anchors.weight(county.parent) - anchors.weight(county)) continue;
    m.resolved = township;
    m.rule = 'place:township-over-stem';
    changed = true;
  }
  return changed;
}

/** Some match names `division` by more than its bare stem. */
function anchorsInFull(matches: readonly Match[], division: Division): boolean {
  return matches.some((m) => m.resolved === division && m.entry.form !== 'short');
}

/** Longest township stem read as an item of a township list. */
const MAX_LIST_STEM = 4;
const COUNT_CHARS = /[0-9０-９一二三四五六七八九十几多]/;

/**
 * 甲、乙、丙等6个乡镇 in an article naming a county: where every item is the
 * stem of one township of the named counties, the items are those townships,
 * and a name found there that the list contradicts (a city sharing a stem)
 * gives way. One item that is no stem (a misspelt 张榜 for 张塝) is passed over
 * where three others are; a list with more is left alone.
 */
function townshipLists(matches: Match[], anchors: RegionContext, options: ResolveOptions): ResolvedPlace[] {
  const { text } = options;
  const found: ResolvedPlace[] = [];
  let counties: Division[] | undefined;
  for (let at = text.indexOf('等'); at >= 0; at = text.indexOf('等', at + 1)) {
    if (!closesTownshipList(text, at + 1, options)) continue;
    counties ??= [...anchors].filter((d) => d.level === 'county');
    if (counties.length === 0) break;
    const items = townshipListItems(text, at, counties);
    if (!items) continue;
    for (const item of items) {
      for (const m of matches) if (m.resolved && m.start < item.end && item.start < m.end) m.resolved = undefined;
      found.push(item);
    }
  }
  return found;
}

/** Right after 等: an optional count (6个) and a word for townships. */
function closesTownshipList(text: string, from: number, options: ResolveOptions): boolean {
  let k = from;
  while (k < text.length && COUNT_CHARS.test(text[k]!)) k++;
  if (k > from && text[k] === '个') k++;
  return options.townshipListClosers.startAt(text, k);
}

/** Items a township list needs beside the one item it may pass over. */
const MIN_ITEMS_WITH_UNKNOWN = 3;

/** The items before 等 at `end`, each a township of `counties`, or undefined where they are not (see townshipLists; or only one item stands). */
function townshipListItems(text: string, end: number, counties: readonly Division[]): ResolvedPlace[] | undefined {
  const items: ResolvedPlace[] = [];
  let unknown = 0;
  const enough = () => (unknown === 0 ? items.length >= 2 : items.length >= MIN_ITEMS_WITH_UNKNOWN);
  for (;;) {
    const sep = text.lastIndexOf('、', end - 1);
    const length = end - sep - 1;
    if (sep >= 0 && length >= 2 && length <= MAX_LIST_STEM) {
      const item = listedTownship(text, sep + 1, end, counties);
      if (item) items.push(item);
      else if (++unknown > 1) return undefined;
      end = sep;
      continue;
    }
    // The first item: the longest stem ending at the first 、 (拓展到甲 → 甲).
    for (let start = Math.max(0, end - MAX_LIST_STEM); start <= end - 2; start++) {
      const item = listedTownship(text, start, end, counties);
      if (item) {
        items.push(item);
        return enough() ? items : undefined;
      }
    }
    return undefined;
  }
}

function listedTownship(text: string, start: number, end: number, counties: readonly Division[]): ResolvedPlace | undefined {
  const surface = text.slice(start, end);
  const township = townshipNamed(surface, counties, true);
  return township && { start, end, surface, division: township, rule: 'place:township-list' };
}

/** Longest span between 至 and the 段 that closes a segment (监利至城陵矶江段). */
const MAX_SEGMENT_END = 8;

/**
 * An end of a closed segment (监利至城陵矶江段, 萨嘎至拉孜段): like a station,
 * it names a place of its own, in national bulletins without a region.
 */
function endsClosedSegment(text: string, start: number, end: number): boolean {
  if (text[start - 1] === '至') return endsSegment(text, end);
  if (text[end] !== '至') return false;
  const close = text.indexOf('段', end + 1);
  return close > end + 1 && close <= end + 1 + MAX_SEGMENT_END && !/[，。、；]/.test(text.slice(end + 1, close));
}

/**
 * A place on a river in a hydrological bulletin: a name right after a reach
 * word (长江干流监利), right before a section's word (汉江下游汉川段,
 * 监利江段) or a reservoir's (丹江口水库): like a station, it names a place of its own.
 */
function namesRiverSection(text: string, start: number, end: number, options: ResolveOptions): boolean {
  return endsSegment(text, end) || endsWithOne(text, start, options.reachList) || options.reservoirWords.startAt(text, end);
}

/** One of `words` ends right before `at` (most characters end none: one look rejects them). */
function endsWithOne(text: string, at: number, words: readonly string[]): boolean {
  const last = text[at - 1];
  return last !== undefined && words.some((word) => word[word.length - 1] === last && at >= word.length && text.startsWith(word, at - word.length));
}

/** Most characters of a reach's end that run on past a place's stem (至某某塘江段). */
const MAX_END_RUN = 3;

/**
 * 监利至某花塘江段: after 至, a stem that runs on into more characters before the reach's
 * 段 is cut from the name of the reach's end (a gauge, a village), not the county of that stem.
 */
function runsIntoSegmentEnd(text: string, end: number, options: ResolveOptions): boolean {
  let close = end;
  while (close < text.length && close - end <= MAX_END_RUN + 1 && text[close] !== '段' && HAN.test(text[close]!)) close++;
  if (text[close] !== '段') return false;
  if ((text[close - 1] === '江' || text[close - 1] === '河') && close - 1 >= end) close--;
  if (close === end) return false;
  const rest = text.slice(end, close);
  return !options.divisionChars.has(rest[0]!) && rest[0] !== '城' && rest.length <= MAX_END_RUN;
}

/** 拉孜段, and a river's section: 城陵矶江段, 鲁台子河段. */
function endsSegment(text: string, end: number): boolean {
  return text[end] === '段' || ((text[end] === '江' || text[end] === '河') && text[end + 1] === '段');
}

/** Adjacent names narrow each other top-down: 昂仁县 then 卡嘎镇 within it. */
function resolveChains(matches: Match[], index: PlaceIndex, options: ResolveOptions): void {
  let above: Division | undefined;
  // A head that needs its region named (和县) is settled by a tail within it (和县乌江镇), but contradicts nothing.
  let tentative = false;
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k]!;
    const adjacent = k > 0 && matches[k - 1]!.end === m.start;
    if (!adjacent) above = undefined;
    // A generic name (东区, 城区) right before a township it holds (东区银江镇) is that district.
    if (!above && adjacent && chainOnlyHead(matches[k - 1]!, m)) {
      above = m.resolved;
      tentative = false;
      continue;
    }
    if (above) {
      const within = divisionsWithin(m.entry.divisions, above);
      // 桂林兴安: a county sharing a prefecture's short name is the one within the name before it.
      const counties = within.length === 0 ? index.countiesSharing(m.entry) : undefined;
      if (counties) append(within, divisionsWithin(counties, above));
      // 台中市东区, 香港东区: a district of Taiwan or Hong Kong whose name a listed district has.
      const namesakes = within.length === 0 ? index.uncodedNamesakesOf(m.entry) : undefined;
      if (namesakes) append(within, divisionsWithin(namesakes, above));
      if (within.length === 1) {
        settleChainLink(matches[k - 1]!, above, m, within[0]!);
        above = within[0];
        continue;
      }
      if (within.length > 1) {
        above = undefined;
        continue;
      }
      // 疏勒县巴仁镇 where the list has 巴仁镇 only in another county: the
      // article and the list disagree, so no other county's 巴仁镇 is taken.
      // 辽宁金昌建设…有限公司 (金昌 is in 甘肃) names a company, not the prefecture
      // (吉林日喀则对口支援 pairs two places).
      if (!tentative && LEVEL_RANK[above.level] >= LEVEL_RANK.county) m.contradicted = true;
      // 某镇新乡屯村: a name opening a village of the township before it is that village's, not a place of its own.
      if (!tentative && above.level === 'township' && opensOwnVillage(above, m, options)) m.misplaced = true;
      // 桃园市复兴区: a county run on from a prefecture it does not lie within is one the list lacks
      // there, not the one of that name elsewhere (邯郸's 复兴区); a prefecture after a prefecture pairs
      // two places (广州佛山, 日喀则市青岛小学).
      if (!tentative && above.level === 'prefecture' && belowPrefectureOnly(m.entry)) m.contradicted = m.misplaced = true;
      if (!tentative && above.level === 'province' && belowProvinceOnly(m.entry) && namesCompany(options, m.end)) m.contradicted = m.misplaced = true;
    }
    above = m.entry.divisions.length === 1 && !m.entry.chainOnly ? m.entry.divisions[0] : undefined;
    tentative = m.entry.needsContext;
  }
}

/** A village of `township` in the list, longer than the match, starts where the match does (高村镇|新乡屯村 holds no 新乡市). */
function opensOwnVillage(township: Division, m: Match, options: ResolveOptions): boolean {
  const { text } = options;
  for (const name of options.villageNames.below(township).byName.keys()) {
    if (name.length > m.end - m.start && text.startsWith(name, m.start)) return true;
  }
  return false;
}

/** Settles a generic name's match and the match after it where exactly one of its divisions holds one the next may mean. */
function chainOnlyHead(head: Match, tail: Match): boolean {
  if (!head.entry.chainOnly || head.resolved || tail.resolved) return false;
  let pair: [Division, Division] | undefined;
  for (const above of head.entry.divisions) {
    for (const division of divisionsWithin(tail.entry.divisions, above)) {
      if (pair) return false;
      pair = [above, division];
    }
  }
  if (!pair) return false;
  settleChainLink(head, pair[0], tail, pair[1]);
  return true;
}

function divisionsWithin(divisions: readonly Division[], above: Division): Division[] {
  return divisions.filter((d) => d !== above && isWithin(d, above));
}

/** Most characters of a company's name between a place and its ending (金昌|建设工程咨询有限|公司). */
const MAX_COMPANY_NAME = 10;

/** A company's ending (rules/place-exclusions.tsv company-end) follows `end` within one run of Han characters. */
function namesCompany(options: ResolveOptions, end: number): boolean {
  const { text } = options;
  for (let at = end; at <= end + MAX_COMPANY_NAME && at < text.length; at++) {
    if (options.companyEnds.startAt(text, at)) return true;
    if (!HAN.test(text[at]!)) return false;
  }
  return false;
}

/** Every candidate of the name lies below a prefecture (复兴区, not 佛山 in 广州佛山). */
function belowPrefectureOnly(entry: NameEntry): boolean {
  return entry.divisions.every((d) => LEVEL_RANK[d.level] > LEVEL_RANK.prefecture);
}

/** Every candidate of the name lies below a province (金昌, not 上海 in 北京上海). */
function belowProvinceOnly(entry: NameEntry): boolean {
  return entry.divisions.every((d) => d.level !== 'province');
}

function settleChainLink(head: Match, above: Division, tail: Match, division: Division): void {
  tail.resolved = division;
  tail.rule = 'place:chain';
  // The head of the chain is settled by its tail too (西藏 before 日喀则市).
  if (!head.resolved && head.entry.divisions.includes(above)) {
    head.resolved = above;
    head.rule = ruleFor(head.entry, 'chain');
  }
}

/** Names that mean one division wherever they appear: 日喀则市, 山东, 昂仁县. */
function resolveAlone(matches: Match[], index: PlaceIndex): void {
  for (const m of matches) {
    if (m.resolved || m.entry.chainOnly || m.misplaced || m.entry.divisions.length !== 1) continue;
    const division = m.entry.divisions[0]!;
    // A prefecture's name that is also a word (保定) counts alone as an item of a list of places.
    const listedCity = m.amidPlaces === true && division.level === 'prefecture' && m.entry.form !== 'old';
    if (m.entry.needsContext && !listedCity && !namesStation(m, division, index)) continue;
    if (LEVEL_RANK[division.level] >= LEVEL_RANK.township) continue;
    m.resolved = division;
    m.rule = ruleFor(m.entry, 'alone');
  }
}

/**
 * 兴安 in an article naming 兴安县 is 兴安县, not 兴安盟: a prefecture's short
 * name that counties elsewhere share means the county the article names in
 * full, where no other mention lies in the prefecture's province (its
 * prefecture alone is no evidence: 西安 in an article about 牡丹江 is still
 * the city). Returns true when any changed.
 */
function preferNamedCounties(matches: Match[], index: PlaceIndex): boolean {
  let changed = false;
  for (const m of matches) {
    if (m.resolved?.level !== 'prefecture') continue;
    const counties = index.countiesSharing(m.entry);
    if (!counties) continue;
    const prefecture = m.resolved;
    const county = counties.find((c) => !isWithin(c, prefecture!) && matches.some((o) => o.resolved === c));
    if (!county) continue;
    const province = provinceOf(prefecture);
    if (matches.some((o) => o.resolved && o.entry !== m.entry && o.resolved !== county && provinceOf(o.resolved) === province)) continue;
    m.resolved = county;
    m.rule = ruleFor(m.entry, 'context');
    changed = true;
  }
  return changed;
}

/**
 * 昌吉 in an article that writes 昌吉市 and never 昌吉州 is the city, not its
 * prefecture: a short name an autonomous prefecture, 地区 or 盟 shares with
 * its own county-level city (the seat, stem and 市) means the city where the
 * article names that city in full at least as often as it writes the short
 * name, and names the prefecture by no other name. Returns true when any changed.
 */
function preferNamedSeats(matches: Match[]): boolean {
  let changed = false;
  for (const m of matches) {
    const prefecture = m.resolved;
    if (prefecture?.level !== 'prefecture' || prefecture.name.endsWith('市') || m.entry.form !== 'short') continue;
    const seat = prefecture.children.find((c) => c.level === 'county' && c.name === `${m.entry.surface}市`);
    if (!seat) continue;
    // The city written in full at least as often as the bare name: an article about the prefecture
    // (浙江对口支援阿克苏 …, 阿克苏市 once) writes the short name far more often.
    let full = 0;
    let bare = 0;
    for (const o of matches) {
      if (o.resolved === seat && o.entry.form === 'full') full++;
      else if (o.entry === m.entry) bare++;
    }
    if (full === 0 || full < bare) continue;
    if (matches.some((o) => o.resolved === prefecture && o.entry.form !== 'short')) continue;
    m.resolved = seat;
    m.rule = ruleFor(m.entry, 'seat');
    changed = true;
  }
  return changed;
}

/**
 * 太平区 in an article about 台中 is 台中's district, not 阜新's: a full name a
 * division of the national list shares with a district of Taiwan or Hong Kong
 * is that district where the article names its region and nothing else in
 * the listed division's province. Its region is its city, or its province
 * where no other district there bears the name (东区 of 香港; Taiwan has four).
 * Returns true when any changed.
 */
function preferUncodedNamesakes(matches: Match[], index: PlaceIndex): boolean {
  let changed = false;
  for (const m of matches) {
    const listed = m.resolved;
    if (!listed) continue;
    const namesakes = index.uncodedNamesakesOf(m.entry);
    if (!namesakes) continue;
    const others: Division[] = [];
    for (const o of matches) if (o.resolved && o.entry !== m.entry) others.push(o.resolved);
    const province = provinceOf(listed);
    if (others.some((d) => provinceOf(d) === province)) continue;
    const named = namesakes.filter((u) => {
      const own = provinceOf(u);
      const region = namesakes.some((v) => v !== u && provinceOf(v) === own) ? u.parent! : own;
      return others.some((d) => isWithin(d, region));
    });
    if (named.length !== 1) continue;
    m.resolved = named[0];
    m.rule = ruleFor(m.entry, 'context');
    changed = true;
  }
  return changed;
}

/**
 * 九龙 in an article about Hong Kong is Hong Kong's 九龙, not 四川's 九龙县: an
 * open county stem that a district of Hong Kong or Taiwan bears as its full
 * name is that district where the article names its province and nothing in
 * the province of any listed division of the name. Returns true when any changed.
 */
function resolveStemNamesakes(matches: Match[], anchors: RegionContext, index: PlaceIndex): boolean {
  let changed = false;
  for (const m of matches) {
    if (m.resolved || m.contradicted) continue;
    const namesakes = index.uncodedStemNamesakesOf(m.entry);
    if (!namesakes) continue;
    if (m.entry.divisions.some((d) => anchors.namesWithin(provinceOf(d)))) continue;
    const named = namesakes.filter((u) => anchors.namesWithin(provinceOf(u)));
    if (named.length !== 1) continue;
    m.resolved = named[0];
    m.rule = ruleFor(m.entry, 'context');
    changed = true;
  }
  return changed;
}

/**
 * A county's stem naming a station (伊通水文站) is that county where no
 * township elsewhere shares the stem (太平水文站 may be any 太平镇; its own
 * seat, 伊通镇, may) and it follows no county it does not lie within
 * (婺源县新屋站).
 */
function namesStation(m: Match, division: Division, index: PlaceIndex): boolean {
  if (m.station !== true || m.contradicted || division.code === '') return false;
  return (nationalStems(index).get(m.entry.surface) ?? []).every((township) => isWithin(township, division));
}

/**
 * A name with several candidates, or one that needs its region named, takes
 * the candidate lying deepest under a place the article names. Returns true
 * when anything new was resolved.
 */
function resolveByContext(matches: Match[], anchors: RegionContext, index: PlaceIndex, text: string): boolean {
  let changed = false;
  for (const m of matches) {
    if (m.resolved || m.entry.chainOnly || m.contradicted) continue;
    // A province counts as named where the article names a place within it (玉树 in an article naming 西宁).
    const chosen = bestSupported(m.entry.divisions, anchors, (d) => minimumAnchorDepth(m, d), true) ?? siblingSupported(m, matches, index, text);
    if (!chosen) continue;
    m.resolved = chosen;
    m.rule = ruleFor(m.entry, 'context');
    changed = true;
  }
  return changed;
}

/**
 * 丹寨 in an article naming 榕江县 and 雷山县 (北连丹寨): a county's stem whose
 * prefecture the article does not name is the one county of that stem
 * whose prefecture holds another county the article names.
 */
const SENTENCE_END_UNITS: ReadonlySet<number> = new Set([...'。！？!?\n'].map((c) => c.charCodeAt(0)));

/** Index of the first match starting at `at` or later (matches in text order). */
function firstStartingAt(matches: readonly Match[], at: number): number {
  let lo = 0;
  let hi = matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (matches[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function siblingSupported(m: Match, matches: readonly Match[], index: PlaceIndex, text: string): Division | undefined {
  if (m.entry.form !== 'short' || m.personTagged) return undefined;
  // Most stems have no county of a prefecture among their candidates: nothing else is read for them.
  if (!m.entry.divisions.some(isPrefectureCounty)) return undefined;
  // The neighbour is named in the same sentence (北连丹寨 after 东邻榕江), not anywhere in the article.
  let from = m.start;
  while (from > 0 && !SENTENCE_END_UNITS.has(text.charCodeAt(from - 1))) from--;
  let to = m.end;
  while (to < text.length && !SENTENCE_END_UNITS.has(text.charCodeAt(to))) to++;
  // The matches are in text order and do not overlap (scanNames): only the sentence's are read, not the article's.
  const neighbours: Match[] = [];
  for (let k = firstStartingAt(matches, from); k < matches.length && matches[k]!.start < to; k++) {
    const o = matches[k]!;
    if (o !== m && o.end <= to && o.resolved !== undefined && o.resolved.level === 'county') neighbours.push(o);
  }
  if (neighbours.length === 0) return undefined;
  // 瑞安平阳坑 beside 平阳坑镇: the stem begins a longer name the article spells elsewhere.
  const stem = m.entry.surface;
  if (matches.some((o) => o.resolved && o.entry.surface.length > stem.length && o.entry.surface.startsWith(stem))) return undefined;
  // A stem inside a quoted title or slogan (“感动龙江”) reads as the title's word, not a neighbour.
  const open = text.lastIndexOf('“', m.start);
  if (open >= 0 && open > text.lastIndexOf('”', m.start) && text.indexOf('”', m.end) >= 0) return undefined;
  let chosen: Division | undefined;
  for (const candidate of m.entry.divisions) {
    if (!isPrefectureCounty(candidate)) continue;
    if (!neighbours.some((o) => o.resolved !== candidate && o.resolved!.parent === candidate.parent)) continue;
    // …or runs on into a township's stem of that prefecture (瑞安平阳坑: 平阳坑镇, not 平阳县).
    const stems = regionStems(candidate.parent!, index);
    for (let end = m.end + 1; end <= Math.min(text.length, m.end + MAX_LIST_STEM); end++) if (stems.has(text.slice(m.start, end))) return undefined;
    if (chosen) return undefined;
    chosen = candidate;
  }
  return chosen;
}

function isPrefectureCounty(d: Division): boolean {
  return d.level === 'county' && d.parent !== undefined && d.parent.level === 'prefecture';
}

/**
 * A township's full name that no other township in the country bears
 * (西合营镇, 茅岩河镇) needs no region named when the article vouches for it
 * another way: it names the township's county by a name several counties
 * share (永定区 in Hunan or Fujian: the township settles which, and the county
 * is settled with it), another township of that county by a name several
 * counties share, the province or prefecture it lies in (a state farm, 某某农场,
 * in an article about 黑龙江), or one of the township's own villages in full
 * (西合营镇 … 南大坪村). A bare name alone stays unresolved: a unique
 * name is still no evidence of the place where nothing else agrees.
 * Returns true when anything new was resolved.
 */
function uniqueTownshipsVouched(matches: Match[], anchors: RegionContext, options: ResolveOptions): boolean {
  // The open names by each candidate (an article may repeat a name hundreds of times: one pass builds them).
  const naming = new Map<Division, Match[]>();
  let any = false;
  for (const o of matches) {
    if (o.resolved || o.contradicted || o.misplaced || o.entry.chainOnly) continue;
    if (o.entry.divisions.length === 1 && !o.entry.needsContext) {
      any ||= o.entry.form === 'full' && o.entry.divisions[0]!.level === 'township';
      continue;
    }
    for (const d of o.entry.divisions) {
      const list = naming.get(d);
      if (list) list.push(o);
      else naming.set(d, [o]);
    }
  }
  if (!any) return false;
  const villageVouched = new Map<Division, boolean>();
  let changed = false;
  for (const m of matches) {
    if (m.resolved || m.entry.chainOnly || m.contradicted || m.misplaced || m.entry.form !== 'full') continue;
    if (m.entry.divisions.length !== 1) continue;
    const township = m.entry.divisions[0]!;
    if (township.level !== 'township' || township.code === '') continue;
    const county = township.parent;
    // The county named by a name several counties share, or by a short name that needs its region (瑞安 … 平阳坑镇).
    const sharers = county ? (naming.get(county) ?? []) : [];
    // A township name several counties have, one of them this township's county (野人谷镇 … 土城镇): the two settle each other.
    const siblings = county && sharers.length === 0 ? siblingTownships(county, naming) : [];
    if (sharers.length > 0) {
      for (const sharer of sharers) {
        if (sharer.resolved) continue;
        sharer.resolved = county;
        sharer.rule = ruleFor(sharer.entry, 'context');
      }
    } else if (siblings.length > 0) {
      for (const sibling of siblings) {
        if (sibling.match.resolved) continue;
        sibling.match.resolved = sibling.township;
        sibling.match.rule = ruleFor(sibling.match.entry, 'context');
      }
    } else if (!(anchors.support(township) !== undefined && (readsAsName(township, m, options) || namedByPairedProvinces(township, anchors, options)))) {
      let vouched = villageVouched.get(township);
      if (vouched === undefined) villageVouched.set(township, (vouched = namesOwnVillage(township, m, options)));
      if (!vouched) continue;
    }
    m.resolved = township;
    m.rule = ruleFor(m.entry, 'context');
    changed = true;
  }
  return changed;
}

/** A prefecture's or county's suffix ending an old or short name (庆阳地区). */
const DIVISION_ENDING = /(?:地区|自治州|自治县|市|县|区|盟|州)$/;

/**
 * 庆阳农场 … 庆阳地区: a short or old name that begins a township the article
 * names (a state farm named after its area), where the name's own division
 * lies in another province, is that township's area, not the distant city.
 * Returns true when any was dropped.
 */
function dropNamesakesOfTownships(matches: Match[]): boolean {
  const townships = [...new Set(matches.filter((m) => m.resolved?.level === 'township').map((m) => m.resolved!))];
  if (townships.length === 0) return false;
  let changed = false;
  for (const m of matches) {
    if (!m.resolved || (m.entry.form !== 'short' && m.entry.form !== 'old') || m.resolved.level === 'township') continue;
    const stem = m.entry.surface.replace(DIVISION_ENDING, '');
    if (stem.length < 2) continue;
    const province = provinceOf(m.resolved);
    if (!townships.some((t) => t.name.length > stem.length && t.name.startsWith(stem) && provinceOf(t) !== province)) continue;
    m.resolved = undefined;
    m.rule = undefined;
    changed = true;
  }
  return changed;
}

/**
 * 闽宁镇: a township's name of two provinces' one-character names and its suffix, lying in one
 * of them (a settlement one province built in the other, paired for aid), where the article
 * names both provinces: the pairing vouches for the short name as four characters would.
 */
function namedByPairedProvinces(township: Division, anchors: RegionContext, options: ResolveOptions): boolean {
  const abbreviations = options.provinceAbbreviations;
  if (!abbreviations || township.name.length !== 3 || !TOWNSHIP_SUFFIX_CHARS.includes(township.name[2]!)) return false;
  const first = abbreviations.get(township.name[0]!);
  const second = abbreviations.get(township.name[1]!);
  if (!first || !second || first === second) return false;
  const own = provinceOf(township).name;
  if (own !== first && own !== second) return false;
  const other = own === first ? second : first;
  for (const named of anchors) if (provinceOf(named).name === other) return true;
  return false;
}

const TOWNSHIP_SUFFIX_CHARS = '镇乡';

/** Shortest unique township name that its province alone vouches for (农场 and 县林场 are words). */
const MIN_PROVINCE_VOUCHED = 4;

/**
 * Whether a unique township's name reads as a name and not as words: four
 * characters at least, and the stem before its last two characters (农场,
 * 林场, 乡) no common word of jieba's (健康农场, 幸福农场 are any farm's).
 */
function readsAsName(township: Division, m: Match, options: ResolveOptions): boolean {
  if (township.name.length < MIN_PROVINCE_VOUCHED || m.end - m.start !== township.name.length) return false;
  const stemEnd = m.end - 2;
  const tag = options.tagOf(m.start, stemEnd);
  return tag === undefined || !options.tags['common-word'].has(tag);
}

/** The open full names with, among their candidates, exactly one township of the county; each with that township. */
/** Most counties sharing a township's name for the pair below to settle it. */
const MAX_PAIRED_NAMESAKES = 6;

/**
 * 秀山 … 大溪乡 in an article naming neither's region: a county's bare stem
 * and a township name a few counties share, one of them that county, settle
 * each other (the receiving county of an aid item, named by its own news site).
 * The pair must be the only one: a second county or a second township of the
 * pair leaves both open.
 */
function countyStemAndTownshipVouched(matches: Match[]): boolean {
  const stems = new Map<Division, Match[]>();
  for (const m of matches) {
    if (m.resolved || m.contradicted || m.misplaced || m.entry.chainOnly || !m.entry.needsContext) continue;
    if (m.entry.form !== 'short' && m.entry.form !== 'old') continue;
    for (const d of m.entry.divisions) {
      if (d.level !== 'county') continue;
      const list = stems.get(d);
      if (list) list.push(m);
      else stems.set(d, [m]);
    }
  }
  if (stems.size === 0) return false;
  const pairs = new Map<NameEntry, Division | null>();
  for (const m of matches) {
    if (m.resolved || m.contradicted || m.misplaced || m.entry.form !== 'full') continue;
    const { divisions } = m.entry;
    if (divisions.length < 2 || divisions.length > MAX_PAIRED_NAMESAKES || divisions[0]!.level !== 'township') continue;
    if (pairs.has(m.entry)) continue;
    const paired = divisions.filter((d) => d.parent !== undefined && stems.has(d.parent));
    pairs.set(m.entry, paired.length === 1 ? paired[0]! : null);
  }
  const counties = new Set<Division>();
  for (const township of pairs.values()) if (township) counties.add(township.parent!);
  if (counties.size !== 1) return false;
  const [county] = counties;
  let changed = false;
  for (const m of matches) {
    if (m.resolved) continue;
    const township = pairs.get(m.entry);
    if (township) m.resolved = township;
    else if (stems.get(county!)?.includes(m) && m.entry.divisions.every((d) => d === county || d.level !== 'county')) m.resolved = county;
    else continue;
    m.rule = ruleFor(m.entry, 'context');
    changed = true;
  }
  return changed;
}

function siblingTownships(county: Division, naming: ReadonlyMap<Division, Match[]>): Array<{ match: Match; township: Division }> {
  const found: Array<{ match: Match; township: Division }> = [];
  for (const township of county.children) {
    for (const o of naming.get(township) ?? []) {
      if (o.entry.form !== 'full' || o.entry.divisions.length < 2) continue;
      if (o.entry.divisions.filter((d) => d.parent === county).length === 1) found.push({ match: o, township });
    }
  }
  return found;
}

/** Most characters of a village's full name written right after a county's stem (a stem of four and 村). */
const MAX_VILLAGE_AFTER_STEM = 5;

/**
 * 家住甲乙丙村 in an article naming neither the county 甲 stands for nor its
 * region: a county's bare stem written right before the full name of a village
 * of that county settles the stem. The village's name must run whole from the
 * stem's end to the first 村 after it, and be one village's of the county;
 * where the stem names several counties, exactly one of them may hold such a
 * village (a name many counties share, held by two, leaves the stem open).
 * Returns true when any was resolved.
 */
function countyStemsBeforeOwnVillages(matches: Match[], options: ResolveOptions): boolean {
  const { text } = options;
  let changed = false;
  for (const m of matches) {
    if (m.resolved || m.contradicted || m.misplaced || m.entry.chainOnly || !m.entry.needsContext) continue;
    if (m.entry.form !== 'short' && m.entry.form !== 'old') continue;
    const { divisions } = m.entry;
    if (divisions.length === 0 || !divisions.every((d) => d.level === 'county' && d.code !== '')) continue;
    // A stem jieba reads as a verb or an adjective (大兴/b) is a common word here, not the county; a person's
    // name (罗田/nr) is a coincidence the village of that very county rules out.
    const tag = options.tagOf(m.start, m.end);
    if (tag !== undefined && !options.tags['place-like'].has(tag) && !options.tags.person.has(tag) && !options.wordTaggedStems.has(m.entry.surface)) continue;
    // A cheap look before any list is loaded: 村 within the next few characters, Han all the way.
    const after = text.slice(m.end, m.end + MAX_VILLAGE_AFTER_STEM);
    const end = after.indexOf('村');
    if (end < 2 || !/^\p{Script=Han}+$/u.test(after.slice(0, end))) continue;
    const name = after.slice(0, end + 1);
    const holders = divisions.filter((county) => options.villageNames.below(county).byName.get(name)?.length === 1);
    if (holders.length !== 1) continue;
    m.resolved = holders[0]!;
    m.rule = ruleFor(m.entry, 'context');
    changed = true;
  }
  return changed;
}

/** Most townships sharing a name for its villages to settle which one the article means. */
const MAX_VILLAGE_VOUCHED_NAMESAKES = 6;
/** A village's name long enough (a stem of three characters and 村) to settle a shared township's name alone. */
const LONE_VOUCHING_VILLAGE = 4;
/** Distinct villages of one township an article must name for them to settle a name several townships share. */
const MIN_VOUCHING_VILLAGES = 2;
/** A village's full name as a text writes it: two to four characters before 村 (a cheap look before any list is loaded). */
const VILLAGE_WORD = /\p{Script=Han}{2}村/gu;

/**
 * A township's work summary that names its township in full but its county
 * nowhere the list can read (甲镇 in a heading, the county masked or never
 * named), with its villages listed bare (乙村, 丙村): where several townships
 * of the country bear the name, the one holding two or more of the villages
 * the article names in full, while none of the others holds any, is that
 * township. Two villages of one township named by chance beside a namesake
 * are rare; one is not enough. Returns true when any was resolved.
 */
function townshipsVouchedByVillages(matches: Match[], options: ResolveOptions): boolean {
  let open: Match[] | undefined;
  for (const m of matches) {
    if (m.resolved || m.contradicted || m.misplaced || m.entry.chainOnly || m.entry.form !== 'full') continue;
    const { divisions } = m.entry;
    if (divisions.length < 2 || divisions.length > MAX_VILLAGE_VOUCHED_NAMESAKES) continue;
    // A Taiwan township of the name (北港镇, listed at a county's level without a code) has no villages in the
    // list: the listed namesakes' villages decide.
    if (!divisions.every((d) => d.level === 'township' || d.code === '') || !divisions.some((d) => d.code !== '')) continue;
    (open ??= []).push(m);
  }
  if (!open) return false;
  // Villages named in full: without such a word no township's villages are loaded.
  VILLAGE_WORD.lastIndex = 0;
  if (!VILLAGE_WORD.test(options.text)) return false;
  const settled = new Map<NameEntry, Division | null>();
  let changed = false;
  for (const m of open) {
    let township = settled.get(m.entry);
    if (township === undefined) settled.set(m.entry, (township = townshipOfNamedVillages(m.entry.divisions.filter((d) => d.code !== ''), options.text, options)));
    if (!township) continue;
    m.resolved = township;
    m.rule = ruleFor(m.entry, 'context');
    changed = true;
  }
  return changed;
}

/** The one township of `candidates` two or more of whose villages the text names in full, none of the others' any. */
function townshipOfNamedVillages(candidates: readonly Division[], text: string, options: ResolveOptions): Division | null {
  let chosen: Division | null = null;
  for (const township of candidates) {
    let named = 0;
    let long = false;
    for (const name of options.villageNames.below(township).byName.keys()) {
      if (!text.includes(name)) continue;
      named++;
      long ||= name.length >= LONE_VOUCHING_VILLAGE && name.endsWith('村');
    }
    if (named === 0) continue;
    // One village named in full vouches where its stem is three characters or more (西连峪村): chance names none such.
    if (chosen || (named < MIN_VOUCHING_VILLAGES && !long)) return null;
    chosen = township;
  }
  return chosen;
}

/** The article names, outside the township's own name, a village of it in full (three characters at least). */
function namesOwnVillage(township: Division, m: Match, options: ResolveOptions): boolean {
  const { text } = options;
  for (const name of options.villageNames.below(township).byName.keys()) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      if (at >= m.end || at + name.length <= m.start) return true;
    }
  }
  return false;
}

/**
 * A list of county names that no region of the article settles (我市昭阳、
 * 巧家、盐津等6县, with the city never named) settles itself: where one
 * prefecture, and only one, holds a candidate of every name of the list,
 * each name is its candidate there. Two names may share prefectures by
 * chance; a third rarely does, so a list of two needs both names short of
 * other readings (one candidate each).
 */
function resolveListsTogether(matches: Match[], text: string): boolean {
  let changed = false;
  for (const list of countyLists(matches, text)) {
    if (list.every((m) => m.resolved)) continue;
    if (list.length < 3 && !list.every((m) => m.resolved || m.entry.divisions.length === 1)) continue;
    const shared = sharedPrefectures(list);
    if (shared.length !== 1) continue;
    for (const m of list) {
      if (m.resolved) continue;
      const within = m.entry.divisions.filter((d) => d.level === 'county' && isWithin(d, shared[0]!));
      if (within.length !== 1) continue;
      m.resolved = within[0];
      m.rule = ruleFor(m.entry, 'list');
      changed = true;
    }
  }
  return changed;
}

/** Runs of two or more names joined by 、 (or a comma), each with a county among its candidates. */
function countyLists(matches: readonly Match[], text: string): Match[][] {
  const lists: Match[][] = [];
  let run: Match[] = [];
  for (const m of matches) {
    const previous = run[run.length - 1];
    const joined = previous !== undefined && m.start === previous.end + 1 && LIST_JOINERS.has(text[previous.end] ?? '');
    if (!joined) {
      if (run.length >= 2) lists.push(run);
      run = [];
    }
    if (m.contradicted || !(m.resolved ?? m.entry.divisions.find((d) => d.level === 'county'))) {
      run = [];
      continue;
    }
    run.push(m);
  }
  if (run.length >= 2) lists.push(run);
  return lists;
}

const LIST_JOINERS = new Set(['、', ',', '，']);

/** The prefectures (a province where a county has none) holding a candidate of every name of the list. */
function sharedPrefectures(list: readonly Match[]): Division[] {
  let shared: Set<Division> | undefined;
  for (const m of list) {
    const candidates = m.resolved ? [m.resolved] : m.entry.divisions.filter((d) => d.level === 'county');
    const regions = new Set(candidates.map(regionAbove));
    shared = shared ? new Set([...shared].filter((r) => regions.has(r))) : regions;
  }
  return [...(shared ?? [])];
}

function regionAbove(county: Division): Division {
  let d: Division = county;
  while (d.parent && d.level !== 'prefecture') d = d.parent;
  return d.level === 'prefecture' ? d : county.parent ?? county;
}

/**
 * A county's own report (柳林 … 我县, 县政府) names no province or prefecture:
 * where the article names no other place and the short names of its lead
 * lead to one county only, that county is the one it speaks of.
 */
/** The suffixes a self word names (全县, 全区): a county's report, or a district's. */
const SELF_LEVELS: ReadonlySet<string> = new Set(['县', '区']);

/** The lead (title and first sentences) where a county's report names itself. */
const OWN_COUNTY_LEAD = 200;

function resolveOwnCounty(matches: Match[], anchors: RegionContext, options: ResolveOptions): boolean {
  if ([...anchors].length > 0) return false;
  // The level a self word speaks of (全县, 县政府 → 县; 全区, 区委 → 区): the county must bear that suffix.
  const levels = new Set<string>();
  for (const found of options.text.matchAll(options.selfCounty)) {
    // 安全区 holds no 全区: the self word starts a word of its own.
    if (!options.isWordBoundary(found.index)) continue;
    const level = [...found[0]].find((c) => SELF_LEVELS.has(c));
    if (level) levels.add(level);
  }
  if (levels.size === 0) return false;
  const candidates = matches.filter(
    (m) =>
      m.start < OWN_COUNTY_LEAD &&
      !m.resolved &&
      !m.contradicted &&
      m.entry.form === 'short' &&
      m.entry.divisions.length === 1 &&
      // 土城镇土城村 in an article about its county (全县): the stem before a township's or village's suffix names that.
      !startsLowerSuffix(options.text, m.end) &&
      // A proper name (柳林/nr): a short name jieba reads as a common word (惠民生, 大关) is none.
      options.tags['own-name'].has(options.tagOf(m.start, m.end) ?? ''),
  );
  const counties = new Set(candidates.map((m) => m.entry.divisions[0]!));
  if (counties.size !== 1 || [...counties][0]!.level !== 'county') return false;
  if (!levels.has([...counties][0]!.name.slice(-1))) return false;
  for (const m of candidates) {
    m.resolved = m.entry.divisions[0];
    m.rule = ruleFor(m.entry, 'own-county');
  }
  return true;
}

/**
 * 市城区 in a report of 汕尾市 (不包括市城区、某开发区): a district named by a
 * generic word (城区, 郊区, 矿区: chain-only) after a bare 市 standing for the
 * article's own city is that city's district, where the article names
 * exactly one prefecture that has such a district. 全市城区, 城市城区 (jieba
 * runs 市 into the word before) are the urban area, not the district.
 */
function resolveOwnCityGenerics(matches: Match[], anchors: RegionContext, options: ResolveOptions): boolean {
  let changed = false;
  for (const m of matches) {
    if (m.resolved || m.contradicted || !m.entry.chainOnly || m.entry.form !== 'full') continue;
    if (!afterOwnCity(m.entry, m.start, m.end, options)) continue;
    const named = m.entry.divisions.filter((d) => d.level === 'county' && d.parent?.level === 'prefecture' && anchors.has(d.parent));
    if (named.length !== 1) continue;
    m.resolved = named[0];
    m.rule = ruleFor(m.entry, 'own-city');
    // The mention is 市城区 whole: the bare 市 is the name's city (a note of what a figure leaves out, （不包括市城区）, reads it so).
    m.start -= 1;
    changed = true;
  }
  return changed;
}

/** A chain-only name after a bare 市 that starts a word (市城区, 市/城区), not one ending in it (全市/城区). */
function afterOwnCity(entry: NameEntry, start: number, end: number, options: ResolveOptions): boolean {
  return entry.chainOnly && entry.form === 'full' && options.text[start - 1] === '市' && options.isWordBoundary(start - 1) && options.isWordBoundary(end);
}

/** A township's suffix (镇, 乡) or a village's (村) starts at the offset. */
function startsLowerSuffix(text: string, at: number): boolean {
  const suffixes = builtinPlaceSuffixes();
  return suffixes.township.some((s) => text.startsWith(s, at)) || suffixes.unlistedVillage.some((s) => text.startsWith(s, at));
}

/** 香港特别行政区 and 澳门特别行政区 (GB/T 2260). */
const SAR_CODES = new Set(['810000', '820000']);

/** How close above a candidate the supporting place must be. */
function minimumAnchorDepth(match: Match, division: Division): number {
  const { entry } = match;
  if (entry.form === 'short' && division.level === 'county') {
    // its province in a list, before a facility or in brackets after it; else its prefecture, or itself.
    // Hong Kong's and Macau's districts lie in areas (九龙, 新界, 氹仔) news hardly names: the region suffices.
    return match.listed || match.facility || match.glossed || SAR_CODES.has(provinceOf(division).code) ? 0 : division.depth - 1;
  }
  if (division.level === 'township') return division.depth - 2; // its prefecture or county
  if (division.level === 'village') return division.depth - 2; // its county or township
  return 0;
}

/** The province of `division` where the article names a place within it. */
function provinceNamedWithin(division: Division, anchors: RegionContext): Division | undefined {
  const province = provinceOf(division);
  return province !== division && anchors.namesWithin(province) ? province : undefined;
}

/** A region named this many times more often than another wins their tie. */
const CONFIDENT_RATIO = 2;

/**
 * The one candidate with the deepest supporting anchor; on a tie, the one
 * whose supporting region the article names clearly more often, else none.
 */
function bestSupported(
  candidates: readonly Division[],
  anchors: RegionContext,
  minDepth: (d: Division) => number,
  /** A name of the text (not a village of the list): its province counts as named where the article names a place within it. */
  provinceByNeighbours = false,
): Division | undefined {
  let tied: Array<{ candidate: Division; anchor: Division }> = [];
  let bestDepth = -1;
  for (const candidate of candidates) {
    const anchor = anchors.support(candidate) ?? (provinceByNeighbours ? provinceNamedWithin(candidate, anchors) : undefined);
    if (!anchor || anchor.depth < minDepth(candidate)) continue;
    if (anchor.depth > bestDepth) {
      tied = [{ candidate, anchor }];
      bestDepth = anchor.depth;
    } else if (anchor.depth === bestDepth) {
      tied.push({ candidate, anchor });
    }
  }
  if (tied.length <= 1) return tied[0]?.candidate;
  const ranked = tied.map((t) => ({ ...t, weight: anchors.weight(t.anchor) })).sort((a, b) => b.weight - a.weight);
  return ranked[0]!.anchor !== ranked[1]!.anchor && ranked[0]!.weight >= CONFIDENT_RATIO * ranked[1]!.weight ? ranked[0]!.candidate : undefined;
}

function ruleFor(entry: NameEntry, how: string): string {
  return `place:${entry.form}-${how}`;
}

/** Text the resolved names take; an unresolved short name (凌河 in 凌河村) takes none. */
function coverage(length: number, matches: readonly Match[]): Uint8Array {
  const covered = new Uint8Array(length);
  for (const m of matches) if (m.resolved) covered.fill(1, m.start, m.end);
  return covered;
}

function isFree(covered: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (covered[i]) return false;
  return true;
}

/** A space a crawl left before a township's suffix (南区 街道 in a table's cell). */
const SPACED_TOWNSHIP_SUFFIX = /[ \u3000](街道|镇|乡)/g;
const MAX_SPACED_STEM = 4;

/**
 * 南区 街道, 南朗 街道: a township's full name with a space before its suffix,
 * the stem standing alone (no Han character before it), in an article that
 * names the township's county, or its prefecture where townships lie right
 * under one (中山市). The longest stem that so names one township wins.
 */
function spacedTownships(anchors: RegionContext, index: PlaceIndex, covered: Uint8Array, options: ResolveOptions): ResolvedPlace[] {
  const { text } = options;
  const found: ResolvedPlace[] = [];
  for (const m of text.matchAll(SPACED_TOWNSHIP_SUFFIX)) {
    const space = m.index;
    const end = space + m[0].length;
    for (let length = Math.min(MAX_SPACED_STEM, space); length >= 2; length--) {
      const start = space - length;
      if (!ALL_HAN.test(text.slice(start, space)) || (start > 0 && ALL_HAN.test(text[start - 1]!))) continue;
      if (!isFree(covered, start, end)) break;
      const entry = index.lookup(text.slice(start, space) + m[1]);
      if (entry?.form !== 'full') continue;
      const townships = entry.divisions.filter((d) => d.level === 'township' && d.parent !== undefined && anchors.has(d.parent));
      if (townships.length !== 1) continue;
      found.push({ start, end, surface: text.slice(start, end), division: townships[0]!, rule: 'place:township-spaced' });
      covered.fill(1, start, end);
      break;
    }
  }
  return found;
}

/**
 * Townships the list spells longer than news does (日吾乡 for 日吾其乡), within
 * the counties the article names, where the shorter spelling is unambiguous
 * in the county and names nothing else in the country.
 */
function townshipVariants(
  anchors: RegionContext,
  index: PlaceIndex,
  covered: Uint8Array,
  heads: ReadonlyMap<number, Division>,
  options: ResolveOptions,
): ResolvedPlace[] {
  const tables: CountyVariants[] = [];
  let longest = 0;
  for (const county of anchors) {
    if (county.level !== 'county') continue;
    const table = countyVariants(county, index);
    if (table.names.size === 0) continue;
    tables.push(table);
    longest = Math.max(longest, table.longest);
  }
  if (tables.length === 0) return [];
  // A spelling two counties have, or one county twice, is ambiguous (null), as one merged table would say.
  const lookup = (surface: string): Division | null | undefined => {
    let found: Division | null | undefined;
    for (const table of tables) {
      const township = table.names.get(surface);
      if (township !== undefined) found = found === undefined ? township : null;
    }
    return found;
  };
  // Only where a variant ends (a suffix some variant has) can one start: the scan visits those starts
  // alone, and reads a piece only where a variant's first two characters stand.
  const starts = new Set<number>();
  const { text } = options;
  for (const suffix of builtinPlaceSuffixes().township) {
    if (!tables.some((table) => table.suffixes.has(suffix))) continue;
    for (let at = text.indexOf(suffix); at >= 0; at = text.indexOf(suffix, at + 1)) {
      const end = at + suffix.length;
      for (let start = Math.max(0, end - longest); start <= end - 3; start++) {
        const lead = leadKey(text, start);
        if (tables.some((table) => table.longestByLead.has(lead)) && lookup(text.slice(start, end)) !== undefined) starts.add(start);
      }
    }
  }
  if (starts.size === 0) return [];
  const table: ScanTable = {
    longestAt(t, i) {
      const lead = leadKey(t, i);
      let most = 0;
      for (const county of tables) most = Math.max(most, county.longestByLead.get(lead) ?? 0);
      return most;
    },
    lookup,
  };
  return scanSmallIndex(table, covered, heads, options, 'place:township-variant', undefined, [...starts].sort((a, b) => a - b));
}

/** A county's shortened township spellings, with what a scan for them needs (built once per county and index). */
interface CountyVariants {
  /** Each spelling's township; null where the county has it twice. */
  readonly names: ReadonlyMap<string, Division | null>;
  /** The longest spelling for each first two characters (leadKey). */
  readonly longestByLead: ReadonlyMap<number, number>;
  readonly longest: number;
  /** The township suffixes some spelling ends with. */
  readonly suffixes: ReadonlySet<string>;
}

const variantsByIndex = new WeakMap<PlaceIndex, Map<Division, CountyVariants>>();

/** A county's townships by their shortened spellings that name nothing else (built once per index). */
function countyVariants(county: Division, index: PlaceIndex): CountyVariants {
  let byCounty = variantsByIndex.get(index);
  if (!byCounty) variantsByIndex.set(index, (byCounty = new Map()));
  let variants = byCounty.get(county);
  if (!variants) {
    const names = new Map<string, Division | null>();
    const longestByLead = new Map<number, number>();
    let longest = 0;
    for (const township of county.children) {
      for (const variant of shortenedSpellings(township.name)) {
        if (index.lookup(variant)) continue;
        names.set(variant, names.has(variant) ? null : township);
        const lead = leadKey(variant, 0);
        longestByLead.set(lead, Math.max(longestByLead.get(lead) ?? 0, variant.length));
        longest = Math.max(longest, variant.length);
      }
    }
    const suffixes = new Set(builtinPlaceSuffixes().township.filter((suffix) => [...names.keys()].some((name) => name.endsWith(suffix))));
    byCounty.set(county, (variants = { names, longestByLead, longest, suffixes }));
  }
  return variants;
}

/**
 * 日吾其乡 → 日吾乡: the stem's last character dropped (two at least kept), the
 * suffix kept; and the stem with another suffix news writes for it after a
 * change of type (南边山镇 → 南边山乡, 孙河地区 → 孙河乡).
 */
function shortenedSpellings(name: string): string[] {
  const match = builtinPlaceSuffixes().townshipName.exec(name);
  if (!match) return [];
  const [, stem, suffix] = match;
  const spellings = stem!.length >= 3 ? [stem!.slice(0, -1) + suffix] : [];
  return append(spellings, renamedSpellings(name));
}

/** 南边山镇 → 南边山乡, 孙河地区 → 孙河乡: the stem with another suffix news writes for it after a change of type. */
function renamedSpellings(name: string): string[] {
  const { townshipName, townshipRenames, townshipRenamed } = builtinPlaceSuffixes();
  const match = townshipName.exec(name);
  if (!match) return [];
  const [, stem, suffix] = match;
  const spellings: string[] = [];
  const renamed = townshipRenames.includes(suffix!) || townshipRenamed.includes(suffix!);
  if (stem!.length >= 2 && renamed) for (const other of townshipRenames) if (other !== suffix) spellings.push(stem + other);
  return spellings;
}

/**
 * 绵竹市清平乡 for 清平镇: right after a county found, a township of that
 * county written with the suffix it had before a change of type, even where
 * other townships in the country bear that spelling (townshipVariants takes
 * only spellings that name nothing else): the chain says which one.
 */
function renamedAfterCounty(covered: Uint8Array, heads: ReadonlyMap<number, Division>, options: ResolveOptions): ResolvedPlace[] {
  const { text } = options;
  const found: ResolvedPlace[] = [];
  for (const [end, county] of heads) {
    if (county.level !== 'county' || covered[end]) continue;
    // Most heads are followed by no township's first character: one map look, no spelling compared.
    const spellings = countyRenames(county).get(text.charCodeAt(end));
    if (!spellings) continue;
    for (const [spelling, township] of spellings) {
      if (!text.startsWith(spelling, end) || !isFree(covered, end, end + spelling.length) || options.nameEndings.startAt(text, end + spelling.length)) continue;
      found.push({ start: end, end: end + spelling.length, surface: spelling, division: township, rule: 'place:township-renamed' });
      covered.fill(1, end, end + spelling.length);
      break;
    }
  }
  return found;
}

type RenamedSpellings = ReadonlyMap<number, ReadonlyArray<[string, Division]>>;

const renamesByCounty = new WeakMap<Division, RenamedSpellings>();

/** A county's townships by their spellings before a change of type, keyed by first character (built once per county). */
function countyRenames(county: Division): RenamedSpellings {
  let renames = renamesByCounty.get(county);
  if (!renames) {
    const byFirst = new Map<number, Array<[string, Division]>>();
    for (const township of county.children) {
      for (const spelling of renamedSpellings(township.name)) {
        const first = spelling.charCodeAt(0);
        const list = byFirst.get(first);
        if (list) list.push([spelling, township]);
        else byFirst.set(first, [[spelling, township]]);
      }
    }
    renamesByCounty.set(county, (renames = byFirst));
  }
  return renames;
}

/**
 * Villages of the list below the counties and townships the article names.
 * A name is resolved only where the text holds it: to the village so named
 * that the article's places support best.
 */
function listedVillages(
  anchors: RegionContext,
  covered: Uint8Array,
  heads: ReadonlyMap<number, Division>,
  options: ResolveOptions,
): ResolvedPlace[] {
  const below: VillageNames[] = [];
  for (const place of anchors) {
    if (place.level === 'county' || (place.level === 'township' && !hasCountyAnchor(place, anchors))) below.push(options.villageNames.below(place));
  }
  if (below.length === 0) return [];
  // One read of the places' first two units together rejects most positions (one place's own filters need no merging;
  // for several, their small lead filters are merged, not their first units' tables, four times the size).
  const one = below.length === 1 ? below[0]!.leads : undefined;
  const leads = one ? one.leadFilter : mergedLeadFilter(below.map((names) => names.leads));
  const table: ScanTable = {
    longestAt(text, i) {
      if ((one && !one.firstUnits.has(text.charCodeAt(i))) || !leads.has(leadHash(text, i))) return 0;
      let longest = 0;
      for (const names of below) longest = Math.max(longest, names.leads.longestAt(text, i));
      return longest;
    },
    lookup(surface) {
      let named: Division[] | undefined;
      for (const names of below) {
        // A village below both a named township and its county is one candidate.
        for (const village of names.byName.get(surface) ?? []) if (!named?.includes(village)) (named ??= []).push(village);
      }
      // A community's name (富民社区, 幸福社区) is generic: a bare one needs its township named, not only its county,
      // unless it is the only community of that name in the named district (某区…支持某某社区).
      return named && (bestSupported(named, anchors, (v) => v.depth - (v.name.endsWith(COMMUNITY) && !onlyCommunityOfCounty(v, options) ? 1 : 2)) ?? null);
    },
  };
  return scanSmallIndex(table, covered, heads, options, 'place:village');
}

const VILLAGE_COUNT_CHARS = /[0-9０-９一二两三四五六七八九十几]/;
const VILLAGE_LIST_JOINERS = ['、', '和', '及', '与'];
/** Characters after 村 that make no village of it (村民小组, 村寨, 村庄). */
const NOT_VILLAGE_WORD = new Set(['民', '寨', '庄', '落', '级']);

/**
 * 甲、乙和丙三个村 (甲、乙等村, 甲、乙两村) in an article naming a township: where
 * every item with 村 is the name of one village of the named townships (but
 * one, where two are), the items are those villages. A list with any other
 * item is left alone.
 */
function villageStemLists(anchors: RegionContext, covered: Uint8Array, options: ResolveOptions): ResolvedPlace[] {
  const { text } = options;
  let townships: Division[] | undefined;
  const found: ResolvedPlace[] = [];
  const closers: Array<{ at: number; suffix: string }> = [];
  for (let at = text.indexOf(VILLAGE); at >= 0; at = text.indexOf(VILLAGE, at + 1)) {
    if (!NOT_VILLAGE_WORD.has(text[at + 1] ?? '')) closers.push({ at: at - qualifierBefore(text, at, options), suffix: VILLAGE });
  }
  for (const at of options.villageListClosers?.startsIn(text) ?? []) closers.push({ at, suffix: VILLAGE });
  for (const at of options.communityListClosers?.startsIn(text) ?? []) closers.push({ at, suffix: COMMUNITY });
  for (const { at, suffix } of closers) {
    const end = countedListEnd(text, at);
    if (end === undefined) continue;
    townships ??= [...anchors].filter((d) => d.level === 'township' && d.code !== '');
    if (townships.length === 0) break;
    const items = villageListItems(text, end, townships, options, suffix);
    if (!items || items.some((item) => !isFree(covered, item.start, item.end))) continue;
    append(found, items);
  }
  return found;
}

const VILLAGE = '村';

/** The length of a qualifier that ends right before the 村 at `at` (甲、乙3个行政村: 行政), or 0. */
function qualifierBefore(text: string, at: number, options: ResolveOptions): number {
  let longest = 0;
  for (const word of options.villageListQualifiers ?? []) if (word.length > longest && text.startsWith(word, at - word.length)) longest = word.length;
  return longest;
}

/**
 * Where a list's last item ends before the count (or 等) that a closer at `at`
 * follows (甲、乙三个村, 甲、乙两村, 甲、乙等村); undefined where neither stands there.
 */
function countedListEnd(text: string, at: number): number | undefined {
  const end = text[at - 1] === '个' ? at - 1 : at;
  let k = end;
  while (k > 0 && VILLAGE_COUNT_CHARS.test(text[k - 1]!)) k--;
  if (k === end && end !== at) return undefined; // 个村 with no count
  if (text[k - 1] === '等') return k - 1;
  return k === end ? undefined : k; // neither a count nor 等
}

function villageListItems(text: string, end: number, townships: readonly Division[], options: ResolveOptions, suffix: string): ResolvedPlace[] | undefined {
  const items: ResolvedPlace[] = [];
  let unlisted = 0;
  const enough = () => items.length >= MIN_LISTED_VILLAGES;
  for (;;) {
    let sep = -1;
    for (const joiner of VILLAGE_LIST_JOINERS) sep = Math.max(sep, text.lastIndexOf(joiner, end - 1));
    const length = end - sep - 1;
    if (sep >= 0 && length >= 2 && length <= MAX_LIST_STEM) {
      const item = listedVillage(text, sep + 1, end, townships, options, suffix);
      if (item) items.push(item);
      else if (isOrdinaryWord(sep + 1, end, options) || ++unlisted > MAX_UNLISTED_ITEMS) return undefined;
      end = sep;
      continue;
    }
    if (items.length === 0) return undefined;
    // The first item: the longest village name ending at the first joiner (来到甲 → 甲).
    for (let start = Math.max(0, end - MAX_LIST_STEM); start <= end - 2; start++) {
      const item = listedVillage(text, start, end, townships, options, suffix);
      if (item) {
        items.push(item);
        return unlisted === 0 || enough() ? items : undefined;
      }
    }
    return undefined;
  }
}

/** jieba reads [start, end) as one common word (学校/n, 友好/a): no name of a village. */
function isOrdinaryWord(start: number, end: number, options: ResolveOptions): boolean {
  return options.tags['village-ordinary'].has(options.tagOf(start, end) ?? '');
}

/**
 * A counted list of village stems may hold one item the national list lacks (a committee
 * renamed or merged: 甲、乙、丙3个村民委员会 with 丙 unlisted), where two items or more are
 * villages of the named townships and jieba reads that item as no common word (学校/n is
 * none): those are read, the other is left out.
 */
const MAX_UNLISTED_ITEMS = 1;
const MIN_LISTED_VILLAGES = 2;

function listedVillage(text: string, start: number, end: number, townships: readonly Division[], options: ResolveOptions, suffix: string): ResolvedPlace | undefined {
  const surface = text.slice(start, end);
  let village: Division | undefined;
  for (const township of townships) {
    for (const v of options.villageNames.below(township).byName.get(surface + suffix) ?? []) {
      if (village && village !== v) return undefined;
      village = v;
    }
  }
  return village && { start, end, surface, division: village, rule: 'place:village-list' };
}

const COMMUNITY = '社区';

/**
 * A community of a subdistrict (街道) of a city's district (某区), the only one of its name in
 * the district: the district alone names it (某区…支持某某社区). A county's communities (富民社区
 * in 某县) stay needing their township: a county's forest bureaus and parks keep communities of
 * their own that the list lacks.
 */
function onlyCommunityOfCounty(village: Division, options: ResolveOptions): boolean {
  const county = village.parent?.parent;
  if (!county || county.level !== 'county' || !county.name.endsWith('区') || !village.parent!.name.endsWith('街道')) return false;
  return options.villageNames.below(county).byName.get(village.name)?.length === 1;
}
const ALL_HAN = /^\p{Script=Han}+$/u;

/**
 * 甲村至乙公路: a road named by its ends from a village, the second end
 * written without its 村. Where 乙村 is one village of the townships and
 * counties the article names, the stem is that village.
 */
function villageRoadEnds(anchors: RegionContext, covered: Uint8Array, options: ResolveOptions): ResolvedPlace[] {
  const { text } = options;
  const found: ResolvedPlace[] = [];
  let regions: Division[] | undefined;
  for (let at = text.indexOf('村至'); at >= 0; at = text.indexOf('村至', at + 2)) {
    const start = at + 2;
    for (let length = 2; length <= MAX_LIST_STEM; length++) {
      const end = start + length;
      if (!options.roadWords.startAt(text, end)) continue;
      if (!isFree(covered, start, end) || !ALL_HAN.test(text.slice(start, end)) || text[end - 1] === '村') break;
      regions ??= [...anchors].filter((d) => d.level === 'township' || d.level === 'county');
      const item = listedVillage(text, start, end, regions, options, VILLAGE);
      if (item) {
        found.push({ ...item, rule: 'place:village-road-end' });
        covered.fill(1, start, end);
      }
      break;
    }
  }
  return found;
}

/** A township whose county the article names too: the county's villages hold its own. */
function hasCountyAnchor(township: Division, anchors: RegionContext): boolean {
  return township.parent !== undefined && township.parent.level === 'county' && anchors.has(township.parent);
}

/** Resolved prefectures and counties by the offset where they end: a facility's township stem right after one lies in it. */
function regionEnds(places: readonly ResolvedPlace[]): Map<number, Division> {
  const ends = new Map<number, Division>();
  for (const p of places) if (p.division.level === 'prefecture' || p.division.level === 'county') ends.set(p.end, p.division);
  return ends;
}

/** Resolved counties and townships by the offset where they end: a name right after one continues its chain. */
function chainHeads(places: readonly ResolvedPlace[]): Map<number, Division> {
  const heads = new Map<number, Division>();
  for (const p of places) if (p.division.level === 'county' || p.division.level === 'township') heads.set(p.end, p.division);
  return heads;
}

/**
 * A township's stem inside the name of a park, school or programme of a
 * county the article names (卡嘎生态产业园 → 卡嘎镇): the stem must be
 * unique among those counties' townships, name nothing else, and stand right
 * before one of the area words of rules/place-exclusions.tsv. Only the text
 * before area words is read, and each county's stems are built once per index.
 */
function townshipStemsInNames(
  anchors: RegionContext,
  index: PlaceIndex,
  covered: Uint8Array,
  heads: ReadonlyMap<number, Division>,
  options: ResolveOptions,
): ResolvedPlace[] {
  const found: ResolvedPlace[] = [];
  const counties = [...anchors].filter((d) => d.level === 'county');
  if (counties.length > 0) {
    const areaStarts = options.areaWords.startsIn(options.text);
    if (areaStarts.length > 0) {
      append(found, scanStemsBefore(areaStarts, counties, index, covered, options));
      append(found, stemsBeforeDescribedArea(areaStarts, counties, index, covered, options));
    }
  }
  append(found, stationTownships(anchors, index, covered, options));
  append(found, facilityTownships(anchors, index, covered, heads, options));
  append(found, segmentTownships(anchors, index, covered, options));
  append(found, gaugeTownships(index, covered, options));
  append(found, zoneTownships(anchors, index, covered, options));
  return found;
}

/**
 * A hydrological station is named after the township it stands in (寸滩水文站,
 * 王家坝水文站): national bulletins name no region, so the stem right before
 * a gauge word resolves where one township in the country has it.
 */
function gaugeTownships(index: PlaceIndex, covered: Uint8Array, options: ResolveOptions): ResolvedPlace[] {
  const { text } = options;
  const found: ResolvedPlace[] = [];
  for (const at of options.gaugeWords.startsIn(text)) {
    if (at < 2 || covered[at - 1]) continue;
    const stems = nationalStems(index);
    for (let length = Math.min(MAX_STATION_STEM, at); length >= 2; length--) {
      const start = at - length;
      const surface = text.slice(start, at);
      const named = stems.get(surface);
      const township = named?.length === 1 ? named[0] : undefined;
      if (!township || index.lookup(surface) || !isFree(covered, start, at) || !options.isWordBoundary(start)) continue;
      found.push({ start, end: at, surface, division: township, rule: 'place:township-gauge' });
      covered.fill(1, start, at);
      break;
    }
  }
  return found;
}

/** Most characters of a stem listed before a township that shares its suffix. */
const MAX_SHARED_SUFFIX_STEM = 4;
const TOWNSHIP_SUFFIX_END = /(街道|镇|乡)$/u;

/**
 * 甲、乙、丙街道: stems listed with 、 right before a township's full name
 * share its suffix, where each with that suffix is a township of the same
 * county (甲街道 and 乙街道 of the county holding 丙街道); one that is not
 * leaves the whole list out.
 */
function sharedSuffixTownships(places: readonly ResolvedPlace[], covered: Uint8Array, text: string): ResolvedPlace[] {
  const found: ResolvedPlace[] = [];
  for (const p of places) {
    if (p.division.level !== 'township' || text[p.start - 1] !== '、' || p.surface !== p.division.name) continue;
    const suffix = TOWNSHIP_SUFFIX_END.exec(p.division.name)?.[1];
    const county = p.division.parent;
    if (!suffix || !county) continue;
    const items: ResolvedPlace[] = [];
    let end = p.start - 1;
    let complete = true;
    while (text[end] === '、') {
      let start = end;
      while (start > 0 && end - start < MAX_SHARED_SUFFIX_STEM && HAN.test(text[start - 1]!)) start--;
      const stem = text.slice(start, end);
      // The stem starts the item: a longer run of Han (完成甲) is read at its shorter tails too.
      let matched = county.children.find((c) => c.level === 'township' && c.name === stem + suffix);
      let from = start;
      for (let k = start + 1; !matched && k <= end - 2; k++) {
        const shorter = text.slice(k, end);
        matched = county.children.find((c) => c.level === 'township' && c.name === shorter + suffix);
        if (matched) from = k;
      }
      if (!matched) {
        complete = false;
        break;
      }
      // An item another rule read as that township already (甲 before 路, a stem of its own) stays in the list.
      const read = places.some((q) => q.start === from && q.end === end && q.division === matched);
      if (!read && !isFree(covered, from, end)) {
        complete = false;
        break;
      }
      if (!read) items.push({ start: from, end, surface: text.slice(from, end), division: matched, rule: 'place:township-shared-suffix' });
      end = from - 1;
      if (text[end] !== '、') break;
    }
    if (!complete) continue;
    for (const item of items) covered.fill(1, item.start, item.end);
    append(found, items);
  }
  return found;
}

/** Most characters of a township's stem before a zone word. */
const MAX_ZONE_STEM = 4;

/**
 * A free-trade or new zone is named after the township it lies in (横琴自贸区,
 * 某某自贸片区): the stem right before a zone word is that township where
 * one township of the prefectures and counties the article names has it, or,
 * before a free-trade or bonded zone's word (zone-word; not 片区, which needs
 * the city named), where one township in the country has it; the article
 * writes the stem more than once. 新区 is no such word: a new area (天衢新区)
 * is a functional zone, no division (GUIDELINES). A stem that is
 * itself a name of the list (南沙 of 南沙区) is no township's.
 */
function zoneTownships(anchors: RegionContext, index: PlaceIndex, covered: Uint8Array, options: ResolveOptions): ResolvedPlace[] {
  const { text } = options;
  const found: ResolvedPlace[] = [];
  const starts = [...options.zoneWords.startsIn(text).map((at) => ({ at, national: true })), ...options.namedZoneWords.startsIn(text).map((at) => ({ at, national: false }))];
  if (starts.length === 0) return found;
  const regions = [...anchors].filter((d) => d.level === 'prefecture' || d.level === 'county');
  const stems = nationalStems(index);
  for (const { at, national } of starts) {
    if (at < 2 || covered[at - 1]) continue;
    for (let length = Math.min(MAX_ZONE_STEM, at); length >= 2; length--) {
      const start = at - length;
      const surface = text.slice(start, at);
      const named = stems.get(surface);
      // A river's name (湘江新区) names the zone after the river, not a township of that name.
      if (!named || index.lookup(surface) || options.featureNames.has(surface) || !isFree(covered, start, at) || !options.isWordBoundary(start)) continue;
      const within = named.filter((t) => regions.some((r) => isWithin(t, r)));
      const township = within.length === 1 ? within[0] : within.length === 0 && national && named.length === 1 ? named[0] : undefined;
      // A zone named once in passing (甲乙自贸区) is the zone; an article about the township's zone names it again.
      if (!township || text.indexOf(surface, text.indexOf(surface) + 1) < 0) continue;
      found.push({ start, end: at, surface, division: township, rule: 'place:township-zone' });
      covered.fill(1, start, at);
      break;
    }
  }
  return found;
}

/** Most characters between 至 and the road word that closes a segment (江桥一级公路). */
const MAX_ROAD_END = 6;

/**
 * A road is named by the towns it joins (召夸至泸西高速公路, 武定至倘甸至寻甸):
 * a township's stem at an end of such a segment, unique among the townships
 * of the prefectures and counties the article names, is that township. A
 * segment is a 至 with a place found or another such stem on one side, or a
 * road word closing it (音德尔至江桥一级公路); 截至, 甚至 join no names.
 */
function segmentTownships(anchors: RegionContext, index: PlaceIndex, covered: Uint8Array, options: ResolveOptions): ResolvedPlace[] {
  const { text } = options;
  const found: ResolvedPlace[] = [];
  let regions: Division[] | undefined;
  for (let at = text.indexOf('至'); at >= 0; at = text.indexOf('至', at + 1)) {
    if (!closesRoad(text, at, covered, options)) continue;
    regions ??= [...anchors].filter((d) => d.level === 'prefecture' || d.level === 'county');
    if (regions.length === 0) break;
    const before = stemEndingAt(at, regions, index, covered, options);
    if (before) found.push(before);
    const after = stemStartingAt(at + 1, regions, index, covered, options);
    if (after) found.push(after);
  }
  return found;
}

/** 至 at `at` joins the ends of a road: a place found next to it, or a road word or 段 shortly after it. */
function closesRoad(text: string, at: number, covered: Uint8Array, options: ResolveOptions): boolean {
  if (covered[at - 1] || covered[at + 1]) return true;
  for (let k = at + 2; k <= at + 1 + MAX_ROAD_END && k < text.length; k++) {
    if (SEGMENT_BREAKS.has(text[k]!)) return false;
    if (text[k] === '段' || options.roadWords.startAt(text, k)) return true;
  }
  return false;
}

const SEGMENT_BREAKS = new Set(['，', ',', '。', '、', '；', ';', '：', ':']);

function stemEndingAt(end: number, regions: readonly Division[], index: PlaceIndex, covered: Uint8Array, options: ResolveOptions): ResolvedPlace | undefined {
  for (let length = Math.min(MAX_STATION_STEM, end); length >= 2; length--) {
    const start = end - length;
    const township = stationStem(options.text.slice(start, end), regions, index);
    // A road's number ends where its first town starts (305线甘旗卡至…), whatever jieba makes of it.
    if (!township || !isFree(covered, start, end) || !(options.isWordBoundary(start) || ROAD_SEGMENT_MARKS.has(options.text[start - 1] ?? ''))) continue;
    covered.fill(1, start, end);
    return { start, end, surface: options.text.slice(start, end), division: township, rule: 'place:township-segment' };
  }
  return undefined;
}

function stemStartingAt(start: number, regions: readonly Division[], index: PlaceIndex, covered: Uint8Array, options: ResolveOptions): ResolvedPlace | undefined {
  const { text } = options;
  for (let length = Math.min(MAX_STATION_STEM, text.length - start); length >= 2; length--) {
    const end = start + length;
    const township = stationStem(text.slice(start, end), regions, index);
    if (!township || !isFree(covered, start, end)) continue;
    if (!(text[end] === '至' || text[end] === '段' || options.roadWords.startAt(text, end) || options.isWordBoundary(end))) continue;
    covered.fill(1, start, end);
    return { start, end, surface: text.slice(start, end), division: township, rule: 'place:township-segment' };
  }
  return undefined;
}

/** What may follow a township's stem run on from its county's name: a clause's or list's break, 的. */
const STEM_CLOSERS = new Set(['，', ',', '。', '、', '；', ';', '：', ':', '与', '和', '及', '的', '）', ')', '”']);

/**
 * 黔江区小南海，石柱西沱的云梯街: a township's stem (no suffix) right after its
 * own county's name, closing the phrase, is that township, where no other
 * township of the county shares the stem and jieba reads it as no common word.
 */
function stemsAfterOwnCounty(places: readonly ResolvedPlace[], index: PlaceIndex, covered: Uint8Array, options: ResolveOptions): ResolvedPlace[] {
  const { text } = options;
  const found: ResolvedPlace[] = [];
  for (const place of places) {
    if (place.division.level !== 'county' || place.division.code === '') continue;
    const start = place.end;
    const { longestByLead, longest } = regionStemLeads(place.division, index);
    const most = longestByLead.get(leadKey(text, start));
    if (most === undefined) continue;
    for (let length = Math.min(most, longest, text.length - start); length >= 2; length--) {
      const end = start + length;
      if (!(end === text.length || STEM_CLOSERS.has(text[end]!) || options.startsPlace(end))) continue;
      const township = regionStems(place.division, index).get(text.slice(start, end));
      if (!township || !isFree(covered, start, end)) continue;
      const tag = options.tagOf(start, end);
      if (tag !== undefined && !options.tags['place-like'].has(tag)) continue;
      covered.fill(1, start, end);
      found.push({ start, end, surface: text.slice(start, end), division: township, rule: 'place:township-stem' });
      break;
    }
  }
  return found;
}

const nationalStemsByIndex = new WeakMap<PlaceIndex, Map<string, Division[]>>();

/** The townships of the country by stem (built on first use). */
function nationalStems(index: PlaceIndex): Map<string, Division[]> {
  let stems = nationalStemsByIndex.get(index);
  if (!stems) {
    stems = new Map();
    for (const township of index.townships()) {
      const stem = builtinPlaceSuffixes().townshipStem.exec(township.name)?.[1];
      if (stem) append((stems.get(stem) ?? stems.set(stem, []).get(stem)!), [township]);
    }
    nationalStemsByIndex.set(index, stems);
  }
  return stems;
}

/**
 * The per-position scan of scanSmallIndex, run only where a stem of the
 * counties' townships ends right before an area word: elsewhere it finds nothing.
 */
function scanStemsBefore(
  areaStarts: readonly number[],
  counties: readonly Division[],
  index: PlaceIndex,
  covered: Uint8Array,
  options: ResolveOptions,
): ResolvedPlace[] {
  const { text } = options;
  const tables = counties.map((county) => regionStems(county, index));
  const lookup = (surface: string) => stemOf(surface, tables, true);
  const maxStem = longestStemOf(counties, index);
  const starts = new Set<number>();
  for (const at of areaStarts) {
    for (let length = 2; length <= Math.min(maxStem, at); length++) if (lookup(text.slice(at - length, at)) !== undefined) starts.add(at - length);
  }
  if (starts.size === 0) return [];
  const longestAt = (t: string, i: number) => {
    const lead = leadKey(t, i);
    let most = 0;
    for (const county of counties) most = Math.max(most, regionStemLeads(county, index).longestByLead.get(lead) ?? 0);
    return most;
  };
  const table: ScanTable = { longestAt, lookup };
  return scanSmallIndex(table, covered, new Map(), options, 'place:township-stem', options.areaWords, [...starts].sort((a, b) => a - b));
}

/** The longest township stem of the counties. */
function longestStemOf(counties: readonly Division[], index: PlaceIndex): number {
  let longest = 0;
  for (const county of counties) longest = Math.max(longest, regionStemLeads(county, index).longest);
  return longest;
}

/** Most characters between a township's stem and the area word its project is named with (碧城装备制造产业园). */
const MAX_AREA_DESCRIPTOR = 4;

/**
 * A project or park named after its township with a descriptor between
 * (甲镇 → 甲陶瓷小镇, 甲装备制造产业园): in an article naming the county, the
 * stem of one of its townships, then one to four characters that jieba reads
 * as words of their own, then an area word. The stem must stand as its own
 * word and read as a name (a proper noun, or no word jieba knows): a common
 * word that happens to be a township's stem (文化 of 文化镇 in 文化旅游景区)
 * is no township.
 */
function stemsBeforeDescribedArea(
  areaStarts: readonly number[],
  counties: readonly Division[],
  index: PlaceIndex,
  covered: Uint8Array,
  options: ResolveOptions,
): ResolvedPlace[] {
  const { text } = options;
  const found: ResolvedPlace[] = [];
  const maxStem = longestStemOf(counties, index);
  for (const at of areaStarts) {
    if (covered[at - 1]) continue;
    stems: for (let gap = 1; gap <= MAX_AREA_DESCRIPTOR && gap < at; gap++) {
      const stemEnd = at - gap;
      if (!HAN.test(text[stemEnd]!) || !options.isWordBoundary(stemEnd)) continue;
      if (!isFree(covered, stemEnd, at) || !/^\p{Script=Han}+$/u.test(text.slice(stemEnd, at))) break;
      for (let length = Math.min(maxStem, stemEnd); length >= 2; length--) {
        const start = stemEnd - length;
        if (!isFree(covered, start, stemEnd) || !options.isWordBoundary(start)) continue;
        const township = stationStem(text.slice(start, stemEnd), counties, index, true);
        if (!township) continue;
        const tag = options.tagOf(start, stemEnd);
        if (tag !== undefined && !options.tags['own-name'].has(tag) && !options.tags['unknown-word'].has(tag)) continue;
        if (options.nameEndings.startAt(text, stemEnd)) continue;
        found.push({ start, end: stemEnd, surface: text.slice(start, stemEnd), division: township, rule: 'place:township-stem' });
        covered.fill(1, start, stemEnd);
        break stems;
      }
    }
  }
  return found;
}

/** Longest township stem looked for before a station word. */
const MAX_STATION_STEM = 6;

/**
 * A station is named after its township (城陵矶站 in an article about 岳阳):
 * the stem right before a station word, unique among the townships of the
 * prefectures and counties the article names. Only the text before station
 * words is read, and each region's stems are built once per index.
 */
function stationTownships(anchors: RegionContext, index: PlaceIndex, covered: Uint8Array, options: ResolveOptions): ResolvedPlace[] {
  const { text } = options;
  const found: ResolvedPlace[] = [];
  let regions: Array<ReadonlyMap<string, Division | null>> | undefined;
  let provinces: Division[] | undefined;
  // A province's stems (all its townships') are read only where no named region has the stem, as before.
  let provinceStems: Array<ReadonlyMap<string, Division | null>> | undefined;
  for (const at of options.stationWords.startsIn(text)) {
    if (at < 2 || covered[at - 1]) continue;
    regions ??= stationRegions(anchors).map((region) => regionStems(region, index));
    provinces ??= [...anchors].filter((d) => d.level === 'province');
    if (regions.length === 0 && provinces.length === 0) break;
    for (let length = Math.min(MAX_STATION_STEM, at); length >= 2; length--) {
      const start = at - length;
      const surface = text.slice(start, at);
      // A stem no named prefecture or county has may be one township's of a named province (a township-named gauge station in a bulletin about its province).
      const regional = stemOf(surface, regions, true);
      const township = regional === undefined ? stemOf(surface, (provinceStems ??= provinces.map((province) => regionStems(province, index)))) : regional;
      if (!township || !isFree(covered, start, at) || !options.isWordBoundary(start)) continue;
      found.push({ start, end: at, surface: text.slice(start, at), division: township, rule: 'place:township-station' });
      covered.fill(1, start, at);
      break;
    }
  }
  return found;
}

/**
 * An airport or railway station named after its township (南京禄口机场,
 * 无锡硕放机场): the stem right before a facility word, right after a named
 * city or county it lies in, or else unique among the townships of every
 * region the article names, provinces included (虹桥机场 in an article naming
 * 上海 and 南通 is Shanghai's, not 南通's 虹桥街道: it is left out).
 */
function facilityTownships(
  anchors: RegionContext,
  index: PlaceIndex,
  covered: Uint8Array,
  heads: ReadonlyMap<number, Division>,
  options: ResolveOptions,
): ResolvedPlace[] {
  const { text } = options;
  const found: ResolvedPlace[] = [];
  let regions: Division[] | undefined;
  for (const at of options.facilityWords.startsIn(text)) {
    if (at < 2 || covered[at - 1]) continue;
    regions ??= [...stationRegions(anchors), ...[...anchors].filter((d) => d.level === 'province')];
    if (regions.length === 0) break;
    for (let length = Math.min(MAX_STATION_STEM, at); length >= 2; length--) {
      const start = at - length;
      const head = heads.get(start);
      const surface = text.slice(start, at);
      const township = head ? stationStem(surface, [head], index) : stationStem(surface, regions, index);
      if (!township || !isFree(covered, start, at) || !options.isWordBoundary(start)) continue;
      found.push({ start, end: at, surface: text.slice(start, at), division: township, rule: 'place:township-facility' });
      covered.fill(1, start, at);
      break;
    }
  }
  return found;
}

/** The named counties, and the named prefectures none of whose counties the article names (those counties' townships are looked up instead). */
function stationRegions(anchors: RegionContext): Division[] {
  const withCounty = new Set<Division>();
  for (const d of anchors) if (d.level === 'county' && d.parent) withCounty.add(d.parent);
  return [...anchors].filter((d) => (d.level === 'prefecture' && !withCounty.has(d)) || d.level === 'county');
}

/**
 * The one township of `regions` whose stem `surface` is (undefined when none
 * or several); with `ambiguousAsNull`, null where several share it.
 */
function stationStem(surface: string, regions: readonly Division[], index: PlaceIndex, ambiguousAsNull = false): Division | null | undefined {
  return stemOf(surface, regions.map((region) => regionStems(region, index)), ambiguousAsNull);
}

/** stationStem over the regions' stem tables, looked up once for the many surfaces a scan asks about. */
function stemOf(surface: string, tables: ReadonlyArray<ReadonlyMap<string, Division | null>>, ambiguousAsNull = false): Division | null | undefined {
  let township: Division | undefined;
  let shared = false;
  for (const stems of tables) {
    const named = stems.get(surface);
    if (named === undefined) continue;
    if (named === null || (township && township !== named)) shared = true;
    else township = named;
  }
  if (shared) return ambiguousAsNull ? null : undefined;
  return township;
}

const stemsByIndex = new WeakMap<PlaceIndex, Map<Division, Map<string, Division | null>>>();

/** The township stems of a prefecture or county (built once per index). */
function regionStems(region: Division, index: PlaceIndex): Map<string, Division | null> {
  let byRegion = stemsByIndex.get(index);
  if (!byRegion) stemsByIndex.set(index, (byRegion = new Map()));
  let stems = byRegion.get(region);
  if (!stems) {
    const townships =
      region.level === 'county' ? region.children : region.level === 'province' ? townshipsBelow(region) : region.children.flatMap((county) => county.children);
    stems = new Map();
    for (const township of townships) {
      const stem = builtinPlaceSuffixes().townshipStem.exec(township.name)?.[1];
      if (!stem || index.lookup(stem)) continue;
      stems.set(stem, stems.has(stem) ? null : township);
    }
    byRegion.set(region, stems);
  }
  return stems;
}

const stemLeadsByIndex = new WeakMap<PlaceIndex, Map<Division, { longestByLead: Map<number, number>; longest: number }>>();

/** The longest township stem of a region for each first two characters (leadKey), and the longest of all (built once per index). */
function regionStemLeads(region: Division, index: PlaceIndex): { longestByLead: ReadonlyMap<number, number>; longest: number } {
  let byRegion = stemLeadsByIndex.get(index);
  if (!byRegion) stemLeadsByIndex.set(index, (byRegion = new Map()));
  let leads = byRegion.get(region);
  if (!leads) {
    const longestByLead = new Map<number, number>();
    let longest = 0;
    for (const stem of regionStems(region, index).keys()) {
      const lead = leadKey(stem, 0);
      longestByLead.set(lead, Math.max(longestByLead.get(lead) ?? 0, stem.length));
      longest = Math.max(longest, stem.length);
    }
    byRegion.set(region, (leads = { longestByLead, longest }));
  }
  return leads;
}

/** Every township below a division (no village: townships are the deepest level loaded at start-up). */
function townshipsBelow(division: Division): Division[] {
  if (division.level === 'township') return [division];
  return division.level === 'village' ? [] : division.children.flatMap(townshipsBelow);
}

/** Names a per-article scan looks for. */
interface ScanTable {
  /** Length of the longest name that may start at `i` (0 when none can). */
  longestAt(text: string, i: number): number;
  /** The division `surface` names: null when ambiguous, undefined when it is no name here. */
  lookup(surface: string): Division | null | undefined;
}

/**
 * Scans for a per-article set of names; a `null` name is ambiguous and
 * skipped, and so is a name right after a county or township it does not lie
 * within (甘孜县呷拉乡觉然村 is not the 觉然村 of another county).
 */
function scanSmallIndex(
  names: ScanTable,
  covered: Uint8Array,
  heads: ReadonlyMap<number, Division>,
  options: ResolveOptions,
  rule: string,
  /** Words one of which must follow a name (an area word after a township's stem). */
  followedBy?: WordsAt,
  /** The only positions where a name may start, ascending (every position when absent). */
  positions?: readonly number[],
): ResolvedPlace[] {
  const { text } = options;
  const found: ResolvedPlace[] = [];
  let next = 0;
  const count = positions ? positions.length : text.length - 1;
  for (let k = 0; k < count; k++) {
    const i = positions ? positions[k]! : k;
    if (i < next || i >= text.length - 1) continue;
    const longest = covered[i] ? 0 : names.longestAt(text, i);
    if (longest === 0) continue;
    for (let length = Math.min(longest, text.length - i); length >= 2; length--) {
      if (!isFree(covered, i, i + length)) continue;
      const surface = text.slice(i, i + length);
      const division = names.lookup(surface);
      if (division === undefined) continue;
      const head = heads.get(i);
      const fitsChain = !head || (division && isWithin(division, head));
      // 一个偏远的小山村: a word describing a village names none unless its township comes right before.
      const misread = !head && (endsInGenericWord(i, i + length, options) || options.villageDescriptions?.has(surface) === true);
      const followed = !followedBy || followedBy.startAt(text, i + length);
      if (division && fitsChain && !misread && followed && !options.nameEndings.startAt(text, i + length)) {
        found.push({ start: i, end: i + length, surface, division, rule });
        covered.fill(1, i, i + length);
        next = i + length;
      }
      break;
    }
  }
  return found;
}

/**
 * 成果同乡村振兴 holds no village 同乡村: jieba reads its tail as the common
 * word 乡村. A bare name whose last word is a generic village word starting
 * inside the name is a misreading.
 */
function endsInGenericWord(start: number, end: number, options: ResolveOptions): boolean {
  const words = options.wordsWithin(start, end);
  const last = words[words.length - 1];
  return last !== undefined && words.length > 1 && options.genericVillageWords.has(last.word);
}

/**
 * A village name right after a resolved township that the list lacks
 * (秋窝乡森格岗村): it keeps the path its chain gives, without a code.
 */
function unlistedVillages(places: readonly ResolvedPlace[], covered: Uint8Array, options: ResolveOptions): ResolvedPlace[] {
  const found: ResolvedPlace[] = [];
  for (const place of places) {
    if (place.division.level !== 'township') continue;
    const name = villageNameAt(options.text, place.end, options) ?? shortListedVillageAt(place, options.text);
    if (!name || !isFree(covered, place.end, place.end + name.length)) continue;
    const listed = place.division.children.find((v) => v.name === name) ?? villageOfFormerSuffix(place.division, name);
    // 某镇高庙塆垱冲村: a hamlet's name before the village's, or a character the list spells another way (塆 for 弯).
    const within = listed ? undefined : listedVillageWithin(place.division, name, options.villageVariants);
    if (within) {
      const start = place.end + name.length - within.name.length;
      found.push({ start, end: place.end + name.length, surface: options.text.slice(start, place.end + name.length), division: within, rule: 'place:village-chain' });
      covered.fill(1, start, place.end + name.length);
      continue;
    }
    if (!looksLikeVillageStem(options.wordsWithin(place.end, place.end + name.length - 1), options.tags)) continue;
    found.push({
      start: place.end,
      end: place.end + name.length,
      surface: name,
      division: listed ?? unlistedVillage(place.division, name),
      rule: listed ? 'place:village-chain' : 'place:village-unlisted',
    });
    covered.fill(1, place.end, place.end + name.length);
  }
  return found;
}

/**
 * The township's own village that the list names with another suffix than the
 * one written, a former one news keeps (rules/place-suffixes.tsv old): a
 * village turned community (某某村 for the list's 某某社区), a herders'
 * committee (某某村 for 某某牧委会).
 */
function villageOfFormerSuffix(township: Division, name: string): Division | undefined {
  for (const { suffix, old } of builtinPlaceSuffixes().villageOld) {
    if (!name.endsWith(old) || name.length - old.length < MIN_FORMER_SUFFIX_STEM) continue;
    const listedName = name.slice(0, -old.length) + suffix;
    const village = township.children.find((v) => v.name === listedName);
    if (village) return village;
  }
  return undefined;
}

/** A stem of two characters at least: 东村 for 东社区 is too short to vouch for the change of suffix. */
const MIN_FORMER_SUFFIX_STEM = 2;

/**
 * The township's own village that the name written after it ends in, where the
 * name is not the village's as the list spells it: a hamlet's name before the
 * village's (某镇高庙塆垱冲村: the village is the list's 弯垱冲村), or one of
 * the characters village names interchange (塆, 弯, 湾) in place of the list's.
 * The village's stem keeps two characters at least; the longest such village wins.
 */
function listedVillageWithin(township: Division, name: string, variants: ReadonlyMap<string, string> | undefined): Division | undefined {
  const fold = (s: string) => (variants && variants.size > 0 ? [...s].map((ch) => variants.get(ch) ?? ch).join('') : s);
  const written = fold(name);
  let best: Division | undefined;
  for (const village of township.children) {
    const length = village.name.length;
    if (length < MIN_WITHIN_VILLAGE || length > name.length || (best && best.name.length >= length)) continue;
    if (!name.endsWith(village.name.slice(-1))) continue;
    if (written.endsWith(fold(village.name))) best = village;
  }
  return best;
}

/** A village found inside a longer name keeps a stem of two characters and its suffix (垱冲村). */
const MIN_WITHIN_VILLAGE = 3;

/**
 * 八宝镇东村: a village of the list whose stem is one character (东村, 南村),
 * too short to stand alone, counts right after its own township.
 */
function shortListedVillageAt(township: ResolvedPlace, text: string): string | undefined {
  const name = text.slice(township.end, township.end + SHORT_VILLAGE_LENGTH);
  if (name.length < SHORT_VILLAGE_LENGTH) return undefined;
  return township.division.children.some((v) => v.name === name) ? name : undefined;
}

/** A village name of a one-character stem and its suffix (东村). */
const SHORT_VILLAGE_LENGTH = 2;

function villageNameAt(text: string, start: number, options: ResolveOptions): string | undefined {
  const suffixes = builtinPlaceSuffixes().unlistedVillage;
  for (let length = 1; length <= 5; length++) {
    const ch = text[start + length - 1];
    if (ch === undefined || !HAN.test(ch) || options.notInVillage.has(ch)) return undefined;
    const suffix = length >= 2 ? suffixes.find((s) => text.startsWith(s, start + length)) : undefined;
    if (suffix) {
      const name = text.slice(start, start + length + suffix.length);
      if (options.villageCounters.has(name[0]!)) return undefined;
      return [...options.genericVillageWords].some((word) => name.endsWith(word)) ? undefined : name;
    }
  }
  return undefined;
}

/**
 * A stem holding an ordinary word (乡政府驻地村, 镇农业村) is a description,
 * not a name. Transliterated names are unknown to jieba (森格岗村).
 */
function looksLikeVillageStem(words: ReadonlyArray<{ word: string; tag: string }>, tags: TagSets): boolean {
  const ordinary = tags['village-ordinary'];
  return !words.some((w) => w.word.length >= 2 && ordinary.has(w.tag));
}

function unlistedVillage(township: Division, name: string): Division {
  return { code: '', level: 'village', name, parent: township, path: `${township.path}/${name}`, children: [], depth: township.depth + 1 };
}
