import type { PlaceMention } from '../model/mention';
import type { Span } from '../extract/types';
import type { FactBasis, FactPlace } from './schema';
import type { MoneyContext } from './context';
import { hostsEvent, introducesAt, isEventVenue, isNameBreak, listEnd, listStart, startsCompanyName, type Party } from './parties';
import type { FactWords } from './words';
import { endsDateline, isDatelineDay } from './when';
import { isIdeograph, type FactText, type LocatedMention } from './text';

// `where`: the places the money goes to, or that a statistic describes
// (GUIDELINES, facts). Givers' places are not destinations.

export interface WhereLink {
  where: FactPlace[];
  mentions: number[];
  basis: FactBasis;
}

export const NOWHERE: WhereLink = { where: [], mentions: [], basis: 'none' };

/** Asked only when needed: most amounts name their place in their own sentence. */
export interface CarriedPlaces {
  previous(): WhereLink | undefined;
  paragraph(): WhereLink | undefined;
  document(): WhereLink | undefined;
  /** The project's site named by a label line of the document (建设地点：某镇某村), asked before its subject. */
  site(): WhereLink | undefined;
  /**
   * The document's own division at a level (a level character: 省, 市, 县), named anywhere in its headline
   * (a dateline's city, a spending government) or, failing that, the one division of that level its places lie in.
   */
  own(level: number): WhereLink | undefined;
  /** The level of an own word (市本级, 我省) the headline names, -1 when none. */
  headlineOwnLevel(): number;
  /** The places a count of divisions in text[from, to) stands for (南部三乡, 两县): undefined when none. */
  counted(from: number, to: number): WhereLink | undefined;
  /** The places the document pairs its subject with (某市与甲县、乙县结为对口帮扶县): undefined when none. */
  paired(): WhereLink | undefined;
}

/** `places`: the sentence's destinations (destinationsIn, found once per sentence). */
export function linkWhere(ctx: MoneyContext, parties: readonly Party[], places: readonly LocatedMention[], carried: CarriedPlaces): WhereLink {
  const { text, words, money, zone, clause, sentence } = ctx;
  // 甲、乙和丙三区分别实现产值10亿元、8亿元和5亿元: each amount goes to the place of its rank in the list.
  const ranked = respectivePlace(ctx, places);
  if (ranked) return placesLink([ranked], 'clause');
  // …落实帮扶资金400多万元，重点支持结对县的教育: the paired places the document names, not the giver's own.
  if (words.hasIn(text.text, clause.start, text.sentences[sentence]!.end, 'paired-region')) {
    const paired = carried.paired();
    if (paired) return { ...paired, basis: 'document' };
  }
  const inZone = places.filter((p) => p.start >= zone.start && p.end <= zone.end);
  if (inZone.length > 0) return distributedAfter(ctx, places, fromReceiver(ctx, inZone)) ?? placesLink(fromReceiver(ctx, inZone), 'clause');
  const inClause = places.filter((p) => p.start >= clause.start && p.end <= clause.end);
  if (inClause.length > 0) return distributedAfter(ctx, places, fromReceiver(ctx, inClause)) ?? placesLink(fromReceiver(ctx, inClause), 'clause');
  // …，其中投入2300万元，用于某县某镇学校建设: the places of the use named in the next clause.
  const used = usePlacesAfter(ctx, places);
  if (used.length > 0) return placesLink(used, 'sentence');
  // 援建南部三乡项目共9项，总投资…: a count of divisions (三乡, 两县) stands for the places of that level the text names.
  if (places.length === 0) {
    const counted = carried.counted(text.sentences[sentence]!.start, money.start);
    if (counted) return counted;
  }
  // 甲县每县5000万元，其余县每县3900万元: the places named before are the other items', not the rest's.
  const placesBefore = namesTheRest(ctx) ? NO_PLACES : notItemSites(text, words, places.filter((p) => p.end <= money.start));
  // 在某省的评价中，我县…，全年为企业减税降费…: the article's own county, named after the other place.
  if (namesSelfAfter(ctx, placesBefore)) {
    const own = carried.document();
    if (own && own.where.length > 0) return { ...(ownOverGiver(ctx, parties, placesBefore, own, carried) ?? atOwnLevel(ctx, placesBefore, own, carried) ?? own), basis: 'sentence' };
  }
  // 全省因灾直接经济损失超过80亿元: an own word in the amount's clause names the document's own division,
  // not the places of the sentence before (aid given elsewhere, 我省援疆资金, keeps its carried region).
  const ownInClause = ownLevelIn(ctx, Math.max(clause.start, placesBefore.length > 0 ? placesBefore[placesBefore.length - 1]!.end : clause.start));
  if (ownInClause >= 0 && !words.hasIn(text.text, text.sentences[sentence]!.start, text.sentences[sentence]!.end, 'aid-target')) {
    const own = carried.own(ownInClause);
    if (own) return { ...own, basis: 'clause' };
  }
  const before = nearestClauseBefore(text, sentence, placesBefore);
  if (before.length > 0) return placesLink(narrowerBefore(text, words, before, placesBefore) ?? routeThrough(ctx, places, before) ?? before, 'sentence');
  // 投资4000万元，实施某市医院改造项目: the places of the next clause that names any.
  const after = nearestClauseAfter(text, words, sentence, places.filter((p) => p.start >= money.end));
  if (after.length > 0) return placesLink(after, 'sentence');
  // 某村投资620万元修复进村公路: a place of the article's region spending on itself.
  const spender = localSpender(ctx, parties, carried);
  if (spender) return spender;
  // 今年前4个月，我国…实际使用外资2000亿元: a figure of the whole nation goes to no place the article names.
  if (words.hasIn(text.text, text.sentences[sentence]!.start, money.start, 'national-scope')) return { ...NOWHERE, basis: 'sentence' };
  // 拨款1.7亿元援助境外灾民: the money goes abroad, to no place the article names (海外侨胞捐资: a donor's origin).
  if (words.hasIn(text.text, money.end, clause.end, 'abroad')) return { ...NOWHERE, basis: 'clause' };
  // 东部9省市向扶贫协作地区拨付…: the sentence names its destination, as a kind of region: no place is carried.
  if (sendsToUnnamedRegion(ctx)) return { ...NOWHERE, basis: 'sentence' };
  // 省政府拨付救灾资金3000万元给各市县: handed down to divisions left unnamed: the province they lie
  // in, not the places carried from before (the counties the damage was named in).
  if (words.hasIn(text.text, money.end, text.sentences[sentence]!.end, 'unnamed-divisions')) {
    const province = provinceOfSubject(text, carried.document());
    if (province) return province;
  }
  // 全县地区生产总值…；工业增加值…: a self word after the paragraph's last place speaks of the article's own place.
  const own = namesSelfInParagraph(ctx) ? carried.document() : undefined;
  if (own && own.where.length > 0) return { ...own, basis: 'document' };
  // Each asked only when the one before names no place.
  return (
    carriedAs(carried.previous(), 'previous-sentence') ??
    carriedAs(carried.paragraph(), 'paragraph') ??
    carriedAs(carried.site(), 'document') ??
    carriedAs(carried.document(), 'document') ??
    ownPlace(ctx, carried) ??
    NOWHERE
  );
}

/**
 * 下达给某省的资金2亿元，已分解到甲区、乙县、丙县: the next clause hands the amount down (a distribute word
 * opening it, after adverbs) to places inside those its clause names: those places, the most specific
 * (GUIDELINES: several destinations; NOTES 11: ancestors dropped). Undefined where it names none or others.
 */
function distributedAfter(ctx: MoneyContext, places: readonly LocatedMention[], found: readonly LocatedMention[]): WhereLink | undefined {
  const { text, words, sentence, clause } = ctx;
  const t = text.text;
  const end = text.sentences[sentence]!.end;
  if (clause.end + 1 >= end || !words.hasIn(t, clause.end, Math.min(end, clause.end + 1 + DISTRIBUTE_REACH), 'distribute')) return undefined;
  const next = text.clauseAt(sentence, clause.end + 1);
  const verb = words.indexIn(t, next.start, next.end, 'distribute', next.start + DISTRIBUTE_REACH);
  if (verb < 0) return undefined;
  const handed = places.filter((p) => p.start > verb && p.end <= next.end);
  const inside = (p: LocatedMention) => found.some((f) => p.path.startsWith(`${f.path}/`));
  return handed.length > 0 && handed.every(inside) ? placesLink(handed, 'sentence') : undefined;
}

/** How far into its clause a distribute word may start (已全部分解到). */
const DISTRIBUTE_REACH = 5;

/** The divisions an own word may name, by the character that says its level (该省, 我市, 全县, 市本级). */
const OWN_LEVELS = new Set([...'省市县区州旗'].map((c) => c.charCodeAt(0)));

/** The level character of the own word at `at`, -1 when it names none. */
function ownLevelAt(text: string, words: FactWords, at: number, to: number): number {
  const word = words.startIn(text, at, to, 'own-place');
  for (let i = 0; i < word.length; i++) if (OWN_LEVELS.has(word.charCodeAt(i))) return word.charCodeAt(i);
  return -1;
}

/**
 * 我市…累计完成投资: the subject carried is a county of the city the self word names: the city, the
 * division of the subject at the self word's level (as the document's own division names it).
 */
function atOwnLevel(ctx: MoneyContext, placesBefore: readonly LocatedMention[], own: WhereLink, carried: CarriedPlaces): WhereLink | undefined {
  const { text, sentence } = ctx;
  const from = placesBefore.length > 0 ? placesBefore[placesBefore.length - 1]!.end : text.sentences[sentence]!.start;
  const level = ownLevelIn(ctx, from);
  if (level < 0 || own.where.length !== 1) return undefined;
  const path = own.where[0]!.path;
  if (path.charCodeAt(path.length - 1) === level) return undefined;
  const division = carried.own(level);
  const named = division?.where[0]?.path;
  return named && path.startsWith(`${named}/`) ? division : undefined;
}

/**
 * 某区共向我县捐助资金…: the document's subject place gives in the sentence, to the own word's division (the
 * paper's own county, as the headline names it): that division, where it is another place.
 */
function ownOverGiver(ctx: MoneyContext, parties: readonly Party[], placesBefore: readonly LocatedMention[], own: WhereLink, carried: CarriedPlaces): WhereLink | undefined {
  if (own.where.length !== 1) return undefined;
  const path = own.where[0]!.path;
  if (!parties.some((party) => party.who === path && party.end <= ctx.money.start)) return undefined;
  const from = placesBefore.length > 0 ? placesBefore[placesBefore.length - 1]!.end : ctx.text.sentences[ctx.sentence]!.start;
  const level = ownLevelIn(ctx, from);
  const division = level < 0 ? undefined : carried.own(level);
  const named = division?.where[0]?.path;
  return named && named !== path && !path.startsWith(`${named}/`) && !named.startsWith(`${path}/`) ? division : undefined;
}

/** How far before an own word a ranking word may start (位列全区). */
const RANK_REACH = 3;

/** The level of the last own word in text[from, amount), -1 when none (not one ranked among: 位列全区第三). */
function ownLevelIn(ctx: MoneyContext, from: number): number {
  const { text, words, money } = ctx;
  const t = text.text;
  let level = -1;
  for (let at = words.indexIn(t, from, money.start, 'own-place'); at >= 0; at = words.indexIn(t, at + 1, money.start, 'own-place')) {
    // 位列全区第二十三位, 排名全州第6位: a ranking among the whole division, not the division spending.
    if (words.endsAt(t, at, 'rank-lead', Math.max(from, at - RANK_REACH))) continue;
    level = ownLevelAt(t, words, at, money.start);
  }
  return level;
}

/**
 * 该省将实施45件民生实事…，各级财政已安排资金…: where no place is found or carried, an own word (该省, 我市,
 * 市本级) before the amount in its paragraph, or in the headline, names the document's own division of
 * its level (a report's city, a province named only as the spender or in the dateline).
 */
function ownPlace(ctx: MoneyContext, carried: CarriedPlaces): WhereLink | undefined {
  const { text, money } = ctx;
  const paragraph = text.sentencesOfParagraph(text.paragraphAt(money.start));
  let level = ownLevelIn(ctx, text.sentences[paragraph[0] ?? ctx.sentence]!.start);
  if (level < 0) level = carried.headlineOwnLevel();
  return level < 0 ? undefined : carried.own(level);
}

/** How far a list of places may end before its respective word (三个行政区分别). */
const RESPECTIVE_REACH = 8;

/** Only list marks (、和及与，) and spaces stand in text[from, to). */
function onlyListMarks(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!RESPECTIVE_JOINS.has(text.charCodeAt(i))) return false;
  return true;
}

const RESPECTIVE_JOINS = new Set([...'、和及与，, 　'].map((mark) => mark.charCodeAt(0)));

/**
 * 甲、乙、丙三县分别投入100万元、80万元和60万元: a list of places, a respective word (分别) and as many
 * amounts listed after it pair in order; the place of the amount's rank, or undefined where the
 * sentence is not so built (one amount for several places, lists of unequal length).
 */
function respectivePlace(ctx: MoneyContext, places: readonly LocatedMention[]): LocatedMention | undefined {
  if (places.length < 2) return undefined;
  const { text, words, money, clause, sentence } = ctx;
  const t = text.text;
  const word = words.indexIn(t, clause.start, money.start, 'respective');
  if (word < 0) return undefined;
  // The run of amounts after the word, joined by list marks only, that holds this amount.
  const amounts = text.ofType(sentence, 'money').filter((m) => m.start > word);
  let first = 0;
  let rank = -1;
  let count = 0;
  for (let i = 0; i < amounts.length; i++) {
    const joined = i > 0 && onlyListMarks(t, amounts[i - 1]!.end, amounts[i]!.start);
    if (i > 0 && !joined) {
      if (rank >= 0) break;
      first = i;
    }
    if (amounts[i] === money) rank = i - first;
    count = i - first + 1;
  }
  if (rank < 0 || count < 2 || /[，,；;。]/.test(t.slice(word, amounts[first]!.start))) return undefined;
  // The list of places ending right before the word, in the clause: as many as the amounts.
  const before = places.filter((p) => p.start >= clause.start && p.end <= word);
  if (before.length < count) return undefined;
  const list = before.slice(before.length - count);
  const last = list[list.length - 1]!;
  if (word - last.end > RESPECTIVE_REACH || /[，,；;。、]/.test(t.slice(last.end, word))) return undefined;
  for (let i = 1; i < list.length; i++) if (!onlyListMarks(t, list[i - 1]!.end, list[i]!.start) || list[i - 1]!.end === list[i]!.start) return undefined;
  // A longer list than the amounts' run is no pairing (甲、乙、丙分别增长…亿元和…亿元).
  const earlier = before[before.length - count - 1];
  if (earlier && onlyListMarks(t, earlier.end, list[0]!.start)) return undefined;
  return list[rank];
}

/**
 * 某市企业向某县捐款…: of a clause's places, the one a receiver word (向, 给, 为) stands right before,
 * before the amount, is where the money goes; the places named before that word are the givers' side.
 */
function fromReceiver(ctx: MoneyContext, places: readonly LocatedMention[]): readonly LocatedMention[] {
  if (places.length < 2) return places;
  const { text, words, money } = ctx;
  let receiver: LocatedMention | undefined;
  for (const p of places) if (p.end <= money.start && words.endsAt(text.text, p.start, 'to-place', p.start - 1)) receiver = p;
  if (!receiver) return places;
  const kept = places.filter((p) => p.start >= receiver.start);
  return kept.length > 0 ? kept : places;
}

/** How far after a destination word (向) the kind of region it names may end (扶贫协作地区). */
const REGION_REACH = 8;

/** A destination word before the amount in its sentence names a kind of region (向扶贫协作地区), no place. */
function sendsToUnnamedRegion(ctx: MoneyContext): boolean {
  const { text, words, money, sentence } = ctx;
  const t = text.text;
  const start = text.sentences[sentence]!.start;
  // Kinds of regions are rarer than destination words (在, 对): read them first.
  const first = words.indexIn(t, start, money.start, 'region-noun');
  if (first < 0) return false;
  for (let at = words.indexIn(t, Math.max(start, first - REGION_REACH - 1), first, 'destination'); at >= 0; at = words.indexIn(t, at + 1, money.start, 'destination')) {
    const end = Math.min(money.start, at + 1 + REGION_REACH);
    const region = words.indexIn(t, at + 1, end, 'region-noun');
    if (region < 0 || holdsMark(t, at + 1, region)) continue;
    if (!text.ofType(sentence, 'place').some((p) => p.start > at && p.start < region)) return true;
  }
  return false;
}

const CLAUSE_OR_LIST_MARKS = /[，,。；;：:、]/;

function holdsMark(text: string, from: number, to: number): boolean {
  return CLAUSE_OR_LIST_MARKS.test(text.slice(from, to));
}

/** A carried link that names places, with the basis it is carried on. */
function carriedAs(link: WhereLink | undefined, basis: FactBasis): WhereLink | undefined {
  return link && link.where.length > 0 ? { ...link, basis } : undefined;
}

/**
 * The places of a sentence that are not givers: not a giver here, and not in
 * a donor province (one whose government or aid team gives in the document).
 */
export function destinationsIn(
  text: FactText,
  words: FactWords,
  sentence: number,
  parties: readonly Party[],
  named: SentenceWords = NO_WORDS,
  donorProvinces: ReadonlySet<string> = NO_PROVINCES,
): readonly LocatedMention[] {
  const places = text.ofType(sentence, 'place');
  const span = text.sentences[sentence]!;
  // Most sentences hold no title: one read, then never asked per place.
  const titled = places.length > 0 && holdsTitle(text.text, span.start, places[places.length - 1]!.start);
  // Nor a signing's venue, nor a place aiding a named region (援藏): asked per place only in sentences naming them.
  const { signing, aiding } = named;
  // Nor the body a giving person heads (某地同乡会会长): asked per place only in sentences naming a person.
  const personal = places.length > 0 && words.hasIn(text.text, span.start, span.end, 'person');
  // Nor the examples of a counted set (支持甲县某项目、乙县某项目等13个项目): read once per sentence naming places.
  const examples = places.length > 0 ? exampleSpans(text, words, sentence, places[0]!.end) : NO_SPANS;
  // Nor where a place's residents give (上海市民的捐款): asked per place only in sentences naming a gift.
  const gifts = places.length > 0 && (words.hasIn(text.text, span.start, span.end, 'list-gift') || words.hasIn(text.text, span.start, span.end, 'gift-noun'));
  return keptWhere(
    places,
    (place, i) =>
      (donorProvinces.size === 0 || !donorProvinces.has(provinceOf(place))) &&
      !parties.some((party) => party.start <= place.start && place.end <= party.end) &&
      !isOrigin(text, words, sentence, places, i) &&
      // 获得某区协作资金: the place right after an obtaining verb grants the money.
      !words.endsAt(text.text, place.start, 'granted', place.start - OBTAIN_REACH) &&
      !isDateline(text, words, sentence, place) &&
      !words.startsAt(text.text, place.end, 'venue') &&
      // 由某局、某市政府联合主办的活动: the hosts of an event are no destinations.
      !hostsEvent(text, words, sentence, place) &&
      // 某省（某市）投资贸易洽谈周: the city in brackets hosts the event.
      !isEventVenue(text.text, words, places, i, place) &&
      // 某商会长沙分会: the city a branch is named after is where its members are, not where money goes.
      !words.startsAt(text.text, place.end, 'branch') &&
      // 对大陆（含香港）出口额: a place in a bracketed note of what a word includes qualifies it.
      !inInclusionNote(text.text, words, place) &&
      !isDonorOrigin(text.text, words, place) &&
      // 引入某地某集团参与运营: the place opening the name of a company brought in is where it comes from.
      !opensIntroducedCompany(text.text, words, place) &&
      !organisesDrive(text.text, words, place) &&
      !(gifts && residentsGive(text.text, words, place)) &&
      // 某市扶贫公益晚会上: the place an event is named after is where it is held, not where money goes.
      !namesGathering(text.text, words, place) &&
      // 实施单位：某县水利局: the place opens the name of who carries the project out, not where it is.
      !opensExecutor(text.text, words, place) &&
      !(personal && namesBodyOfPerson(text.text, words, place, span.end)) &&
      !(examples.length > 0 && isExample(text.text, places, i, examples)) &&
      !(signing && isSigningVenue(text, words, sentence, place)) &&
      !(titled && isInTitle(text.text, span.start, place.start)) &&
      !(aiding && aidsOtherRegion(text, words, sentence, place)),
  );
}

const NO_SPANS: readonly Span[] = [];
const DENG = '等';

/**
 * 安排资金6亿元，支持甲县医院、乙县医院等13个医院建设: a clause whose list stops at 等 and a count
 * of more things than it names only gives examples of a set; its places are not where the money
 * goes (the region is carried, GUIDELINES notes: example places are left out). A list as long as its
 * count (甲县、乙县等2个县) names every destination. The spans run from the clause start to the 等.
 */
function exampleSpans(text: FactText, words: FactWords, sentence: number, from: number): readonly Span[] {
  const t = text.text;
  const span = text.sentences[sentence]!;
  let spans: Span[] | undefined;
  for (let at = t.indexOf(DENG, from); at >= 0 && at < span.end; at = t.indexOf(DENG, at + 1)) {
    const count = countAt(t, at + 1, span.end);
    if (!count || !words.startsAt(t, count.end, 'example-measure')) continue;
    const clause = text.clauseAt(sentence, at);
    // 甲县500万元、乙县300万元等13个县: amounts of their own items are where they go; 对甲村某项目等3个项目
    //补助100万元: an amount of the list's own clause is granted to the projects it names.
    if (text.ofType(sentence, 'money').some((m) => m.start >= clause.start && m.end <= clause.end)) continue;
    let items = 1;
    for (let i = clause.start; i < at; i++) if (t.charCodeAt(i) === LIST_MARK) items++;
    if (count.value > items) (spans ??= []).push({ start: clause.start, end: at });
  }
  return spans ?? NO_SPANS;
}

/** How far after a rest word (其余) its kind of division may end (其余受援县). */
const REST_REACH = 4;
/** The characters that end a kind of division (县, 乡镇, 地市). */
const DIVISION_ENDS = new Set([...'省市县区乡镇村州旗'].map((c) => c.charCodeAt(0)));

/** The amount's clause, before it, names the rest of some divisions (其余受援县, 其他乡镇): not those named before. */
function namesTheRest(ctx: MoneyContext): boolean {
  const { text, words, money, clause } = ctx;
  const t = text.text;
  const at = words.indexIn(t, clause.start, money.start, 'rest');
  if (at < 0) return false;
  const from = at + words.startIn(t, at, money.start, 'rest').length;
  for (let i = from; i < Math.min(money.start, from + REST_REACH); i++) if (DIVISION_ENDS.has(t.charCodeAt(i))) return true;
  return false;
}

/** The longest site label read before its colon (项目建设地点). */
const SITE_LABEL_REACH = 6;

/**
 * 二、建设地点：某县某镇某村。: the places of a clause that opens right after a site label and its colon
 * name where the document's project is built; undefined where the sentence holds no such clause.
 */
export function sitePlacesIn(text: FactText, words: FactWords, sentence: number): readonly LocatedMention[] | undefined {
  const places = text.ofType(sentence, 'place');
  const first = places[0];
  if (!first) return undefined;
  const t = text.text;
  const clause = text.clauseAt(sentence, first.start);
  let colon = clause.start - 1;
  if (colon < 0 || (t[colon] !== ':' && t[colon] !== '：')) return undefined;
  if (!words.endsAt(t, colon, 'site-label', colon - SITE_LABEL_REACH)) return undefined;
  return places.filter((p) => p.end <= clause.end);
}

/** The places of a sentence given only as examples of a counted set (exampleSpans, isExample); most sentences have none. */
export function examplePlacesIn(text: FactText, words: FactWords, sentence: number): readonly LocatedMention[] {
  const places = text.ofType(sentence, 'place');
  if (places.length === 0) return places;
  const spans = exampleSpans(text, words, sentence, places[0]!.end);
  if (spans.length === 0) return NO_PLACES;
  return places.filter((_, i) => isExample(text.text, places, i, spans));
}

const NO_PLACES: readonly LocatedMention[] = [];

/**
 * The smallest region holding every place of `paths` (甲市乙县 and 丙市丁县 → their province), or
 * undefined when they lie in different provinces.
 */
export function commonRegion(paths: readonly string[]): string | undefined {
  let common: string | undefined = paths[0];
  for (const path of paths) {
    while (common !== undefined && path !== common && !path.startsWith(`${common}/`)) {
      const slash = common.lastIndexOf('/');
      common = slash < 0 ? undefined : common.slice(0, slash);
    }
  }
  return common;
}

/**
 * The place stands in an example span and opens a name there (甲县人民医院, 乙旗某某电厂): a listed
 * place itself (甲县、乙县等6县) is a destination named in full, whatever the count says.
 */
function isExample(text: string, places: readonly LocatedMention[], index: number, spans: readonly Span[]): boolean {
  const place = places[index]!;
  if (!spans.some((e) => place.start >= e.start && place.end <= e.end)) return false;
  // Past the places written right after it (某市某县).
  let end = place.end;
  for (let i = index + 1; i < places.length && places[i]!.start === end; i++) end = places[i]!.end;
  const code = text.charCodeAt(end);
  return (isIdeograph(code) || isDigitCode(code) || isLatinLetter(code)) && !LIST_JOINS.includes(text[end]!);
}

/** What may follow a place that is itself an item of a list (甲县、乙县和丙县等): no name goes on. */
const LIST_JOINS = ['、', '等', '和', '及', '与'];

function isLatinLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

const LIST_MARK = '、'.charCodeAt(0);
const NUMERALS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const MULTIPLIERS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
/** Most characters a count after 等 holds (一百二十三). */
const COUNT_REACH = 6;

/** A count written in digits or numerals at `at` (13, 十三, 二十余), with where it ends (past 余 or 多). */
function countAt(text: string, at: number, end: number): { value: number; end: number } | undefined {
  let i = at;
  let value = 0;
  const limit = Math.min(end, at + COUNT_REACH);
  if (isDigitCode(text.charCodeAt(i))) {
    while (i < limit && isDigitCode(text.charCodeAt(i))) value = value * 10 + text.charCodeAt(i++) - 0x30;
  } else {
    let digit = 0;
    while (i < limit) {
      const ch = text[i]!;
      if (NUMERALS[ch] !== undefined) digit = NUMERALS[ch]!;
      else if (MULTIPLIERS[ch] !== undefined) {
        value += (digit || 1) * MULTIPLIERS[ch]!;
        digit = 0;
      } else break;
      i++;
    }
    value += digit;
  }
  if (i === at || value === 0) return undefined;
  if (text[i] === '余' || text[i] === '多') i++;
  return { value, end: i };
}

function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Most characters an inclusion word before a place holds (不包括). */
const INCLUSION_REACH = 3;

/** The place follows an opening bracket and an inclusion word (（含香港）, (不包括某市)). */
function inInclusionNote(text: string, words: FactWords, place: LocatedMention): boolean {
  for (let open = place.start - 2; open >= Math.max(0, place.start - 1 - INCLUSION_REACH); open--) {
    if ((text[open] === '(' || text[open] === '（') && words.startIn(text, open + 1, place.start, 'inclusion').length === place.start - open - 1) return true;
  }
  return false;
}

/** The place stands right after an executor label and its colon (实施单位：某县水利局). */
function opensExecutor(text: string, words: FactWords, place: LocatedMention): boolean {
  let end = place.start;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end === 0 || (text[end - 1] !== ':' && text[end - 1] !== '：')) return false;
  return words.endsAt(text, end - 1, 'executor', end - 1 - EXECUTOR_LABEL_REACH);
}

/** The longest executor label (项目实施单位). */
const EXECUTOR_LABEL_REACH = 6;

function isSpaceCode(code: number): boolean {
  return code === 0x20 || code === 0x3000 || code === 0x09;
}

/** 某地爱心人士, 某省籍台胞, 某市等地爱心企业, 某市86家民营企业: where donors come from. */
function isDonorOrigin(text: string, words: FactWords, place: LocatedMention): boolean {
  const at = place.end + words.startIn(text, place.end, place.end + LIST_END_REACH, 'list-end').length;
  if (words.startsAt(text, at, 'donor-origin')) return true;
  // 某市86家民营企业和商协会…捐赠: a count of unnamed companies of the place.
  COMPANY_COUNT.lastIndex = at;
  const counted = COMPANY_COUNT.exec(text);
  return counted !== null && words.startsAt(text, counted.index + counted[0].length, 'unnamed');
}

/** 上海市民, 某村村民, 杭州 市民: the place names whose residents these are (the resident word may share its last character). */
function residentsGive(text: string, words: FactWords, place: LocatedMention): boolean {
  return words.startsAt(text, place.end - 1, 'resident') || words.startsAt(text, place.end, 'resident');
}

/** How far after a place its drive-organiser word may start (某省国资委组织的: the rest of a body's name between). */
const ORGANISER_REACH = 8;

/** 在某省国资委组织的捐款活动中: the place opens the name of the body organising a drive (no mark between): the donors' side. */
function organisesDrive(text: string, words: FactWords, place: LocatedMention): boolean {
  const at = words.indexIn(text, place.end, place.end + ORGANISER_REACH + 5, 'drive-organiser', place.end + ORGANISER_REACH);
  return at >= 0 && !/[，,。；;：:、\s“”"]/u.test(text.slice(place.end, at));
}

/** 86家, 多家, 十余家: a count of companies or bodies right after their place. */
const COMPANY_COUNT = /(?:[0-9]+|[一二两三四五六七八九十百千]+|多|数|几)(?:多|余)?家(?:民营|国有|私营|重点)?/uy;

/** How far after a place the gathering word named after it may start (某市扶贫公益晚会). */
const GATHERING_REACH = 8;

/**
 * 在某市扶贫公益晚会上: the place opens the name of a gathering (no mark between) where something happens (上);
 * not 某县签约仪式在某市举行 (the gathering is about the place), nor 在某镇举行开工仪式 (the place hosts it),
 * nor 某县在市重点项目签约仪式上与某公司签订… (the place acts at a gathering held elsewhere: 在 between).
 */
function namesGathering(text: string, words: FactWords, place: LocatedMention): boolean {
  const at = words.indexIn(text, place.end, place.end + GATHERING_REACH + 4, 'gathering', place.end + GATHERING_REACH);
  if (at < 0 || /[，,。；;：:、\s“”"]/u.test(text.slice(place.end, at)) || holdsCode(text, place.end, at, ZAI)) return false;
  const end = at + words.startIn(text, at, at + GATHERING_WORD_MAX, 'gathering').length;
  return text[end] === GATHERING_ON;
}

function holdsCode(text: string, from: number, to: number, code: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === code) return true;
  return false;
}

/** The longest gathering word, and what follows a gathering something happens at (晚会上). */
const GATHERING_WORD_MAX = 3;
const GATHERING_ON = '上';

/** The longest rest of an organisation's name read after a place in it (台湾某某同乡会). */
const BODY_NAME_REACH = 10;

/**
 * 某地同乡会会长某某先生向…捐赠, 某会某市分会会长: the place opens or stands in the name of a body
 * whose head (a person word right after its ending) gives: the donor's side, not where the money goes.
 */
function namesBodyOfPerson(text: string, words: FactWords, place: LocatedMention, end: number): boolean {
  const limit = Math.min(end, place.end + BODY_NAME_REACH);
  const ending = words.indexIn(text, place.end, limit, 'organisation');
  if (ending < 0) return false;
  for (let i = place.end; i < ending; i++) if (isNameBreak(words, text.charCodeAt(i))) return false;
  return words.startsAt(text, ending + words.startIn(text, ending, limit, 'organisation').length, 'person');
}

/** The longest list end (等地) read right after a place. */
const LIST_END_REACH = 2;
/** The longest name of a hall or hotel read between a venue's place and 举行 (某某大酒店). */
const HALL_REACH = 8;
const ZAI = '在'.charCodeAt(0);
/** The longest own-division word read between 在 and a venue's place (市本级). */
const OWN_PLACE_REACH = 3;

/**
 * 签约仪式在某市举行, 签约活动在某市某某酒店举行, 先后在甲市、乙市举办恳谈会: where a signing is held
 * (not a groundbreaking at the site); every place of a list after 在 is a venue.
 */
function isSigningVenue(text: FactText, words: FactWords, sentence: number, place: LocatedMention): boolean {
  const places = text.ofType(sentence, 'place');
  const index = places.indexOf(place);
  // 在我市某区举行: the document's own division may stand between 在 and the place.
  const first = listStart(text, places, index);
  const own = words.endsAt(text.text, first, 'own-place', first - OWN_PLACE_REACH) ? words.allIn(text.text, first - OWN_PLACE_REACH, first, 'own-place').pop() : undefined;
  const opening = own && own.end === first ? own.start : first;
  if (text.text.charCodeAt(opening - 1) !== ZAI) return opensListAfterZai(text.text, opening) && signsAfterFrame(text, words, sentence, listEnd(text, places, index));
  const after = listEnd(text, places, index);
  const end = text.clauseAt(sentence, place.start).end;
  const venue = words.indexIn(text.text, after, end, 'signing-venue', after + HALL_REACH);
  if (venue >= 0) return !places.some((p) => p.start >= after && p.start < venue && !p.path.startsWith(place.path));
  return signsAfterFrame(text, words, sentence, after);
}

/**
 * 在甲市、乙市等地考察对接后，签订…; 在甲市的招商推介会上签订…; 在甲地的专题招商活动中，签订…: a frame opened
 * by 在 and the places, closed by 上, 中 or 后 (within FRAME_REACH), before a signing word of the same item
 * (up to its semicolon): the places are where the signing was held.
 */
function signsAfterFrame(text: FactText, words: FactWords, sentence: number, after: number): boolean {
  const t = text.text;
  const itemEnd = itemEndAt(t, after, text.sentences[sentence]!.end);
  const limit = Math.min(itemEnd, after + FRAME_REACH);
  for (let at = after; at < limit; at++) {
    const code = t.charCodeAt(at);
    if (code === ZAI) return false;
    if (!FRAME_CLOSES.has(code)) continue;
    let next = at + 1;
    if (isClauseMarkCode(t.charCodeAt(next))) next++;
    if (words.startsAt(t, next, 'signing')) return true;
  }
  return false;
}

/**
 * 在甲市、乙市、丙市等地: a list after 在 whose earlier items the gazetteer left out; `at` opens a later item
 * (after a list mark), 在 opening the list within LIST_OPEN_REACH, no clause mark between.
 */
function opensListAfterZai(text: string, at: number): boolean {
  if (!LIST_MARKS.has(text.charCodeAt(at - 1))) return false;
  for (let i = at - 1; i >= Math.max(0, at - LIST_OPEN_REACH); i--) {
    const code = text.charCodeAt(i);
    if (code === ZAI) return true;
    if (ITEM_ENDS.has(code) || isClauseMarkCode(code)) return false;
  }
  return false;
}

const LIST_MARKS = new Set([...'、和及'].map((c) => c.charCodeAt(0)));
/** How far before a later item of a venue list its 在 may stand (在甲市、乙市、丙市、). */
const LIST_OPEN_REACH = 16;

/** The longest frame read between a venue's places and its closing word (等地的专题招商活动中). */
const FRAME_REACH = 16;
/** What closes a frame of where something was done (会上, 活动中, 对接后). */
const FRAME_CLOSES = new Set([...'上中后'].map((c) => c.charCodeAt(0)));
const ITEM_ENDS = new Set([...'；;。'].map((c) => c.charCodeAt(0)));

function itemEndAt(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (ITEM_ENDS.has(text.charCodeAt(i))) return i;
  return to;
}

function isClauseMarkCode(code: number): boolean {
  return code === 0xff0c || code === 0x2c;
}

/**
 * 某省近日将启动…的援藏项目: the place's own clause goes on to aid a region (援藏 → 西藏) that
 * is not its province: the place gives the aid, it is no destination.
 */
function aidsOtherRegion(text: FactText, words: FactWords, sentence: number, place: LocatedMention): boolean {
  const end = text.clauseAt(sentence, place.start).end;
  for (let at = words.indexIn(text.text, place.end, end, 'aid-target'); at >= 0; at = words.indexIn(text.text, at + AID_LENGTH, end, 'aid-target')) {
    if (!place.province.includes(text.text[at + AID_LENGTH - 1]!)) return true;
  }
  return false;
}

/** Every aid-target word (援藏) is 援 and the region's character. */
export const AID_LENGTH = 2;

/** What a sentence names that makes some of its places no destinations, asked per place: a signing (签约), aid to a named region (援藏). */
export interface SentenceWords {
  signing: boolean;
  aiding: boolean;
}

export const NO_WORDS: SentenceWords = { signing: false, aiding: false };

const OPEN_TITLE = '《'.charCodeAt(0);
const CLOSE_TITLE = '》'.charCodeAt(0);

/** text[from, to) holds the opening mark of a title (《). */
function holdsTitle(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === OPEN_TITLE) return true;
  return false;
}

/** The place stands inside a title (《国务院关于支持某省…的意见》): it names a document, not where money goes. */
function isInTitle(text: string, from: number, at: number): boolean {
  for (let i = at - 1; i >= from; i--) {
    const code = text.charCodeAt(i);
    if (code === CLOSE_TITLE) return false;
    if (code === OPEN_TITLE) return true;
  }
  return false;
}

/** The items for which `keep` holds: the list itself when it holds for all (most sentences lose no place). */
export function keptWhere<T>(items: readonly T[], keep: (item: T, index: number) => boolean): readonly T[] {
  let first = 0;
  while (first < items.length && keep(items[first]!, first)) first++;
  if (first === items.length) return items;
  const kept = items.slice(0, first);
  for (let i = first + 1; i < items.length; i++) if (keep(items[i]!, i)) kept.push(items[i]!);
  return kept;
}

/** The place opens the name of a company right after an introducing verb (引进某地某公司). */
function opensIntroducedCompany(text: string, words: FactWords, place: LocatedMention): boolean {
  return introducesAt(words, text, place.start, 0) && startsCompanyName(text, words, place);
}

/** 来自甲市、乙市等地: where givers come from, not where the money goes. */
function isOrigin(text: FactText, words: FactWords, sentence: number, places: readonly LocatedMention[], index: number): boolean {
  const start = listStart(text, places, index);
  // Most lists follow no origin word: asked first without the clause's bound, which only narrows it.
  if (!words.endsAt(text.text, start, 'origin', start - ORIGIN_REACH)) return false;
  const clause = text.clauseAt(sentence, start);
  return words.endsAt(text.text, start, 'origin', Math.max(clause.start, start - ORIGIN_REACH));
}

/** The place of a dateline (某网北京1月29日讯, 新华社福州3月11日电): where the report is filed, not where money goes. */
function isDateline(text: FactText, words: FactWords, sentence: number, place: LocatedMention): boolean {
  const date = text.ofType(sentence, 'date').find((d) => d.start === place.end);
  if (date) return isDatelineDay(text, words, date);
  // 记者某某／台北报导, 记者某某/台北即时报导: a byline's place after its slash, where the reporter writes from,
  // unless the text names it elsewhere too (a local paper's own county: 记者某某/某县报导 … 某县获补助).
  if (words.startsAt(text.text, place.end, 'byline-end') && SLASHES.has(text.text.charCodeAt(place.start - 1))) return !namedElsewhere(text, place);
  // 本报某市讯（记者某某）近日…: a local paper's dateline names no day; it opens its paragraph. The place is
  // where the paper files from, unless the text names it elsewhere too (a county paper's own county).
  if (endsDateline(text, words, place.end) && opensParagraph(text, place)) return !namedElsewhere(text, place);
  // 某网上海12月21日电 in an article without a year: the day is read as no date, the line is still a dateline.
  // (某社记者某某台北17日电): a day alone, as agencies write their datelines, read as no date without a reference.
  return isDigit(text.text.charCodeAt(place.end)) && isUndatedDatelineDay(text, words, place.end);
}

/** How far into its paragraph a dateline's place may end (本报某市讯, 某某新闻网某市讯, 某日报全媒体讯). */
const DATELINE_REACH = 16;

function opensParagraph(text: FactText, place: LocatedMention): boolean {
  const paragraph = text.input.paragraphs[text.paragraphAt(place.start)];
  return paragraph !== undefined && place.end - paragraph.start <= DATELINE_REACH;
}

/** Another mention of the text names the place's path (read only for a byline's place: rare). */
function namedElsewhere(text: FactText, place: LocatedMention): boolean {
  const { mentions, spans } = text.input;
  return mentions.some((m, i) => m.type === 'place' && (m as { path?: string }).path === place.path && spans[i]!.start !== place.start);
}

/** The slashes of a byline (记者某某／台北报导). */
const SLASHES = new Set([...'／/'].map((mark) => mark.charCodeAt(0)));

/** A day in digits, with its month before it or not (12月21日, 17日), at `at`, then 电 or 讯 and no ideograph. */
const MONTH_DAY = /(?:[0-9]{1,2}月)?[0-9]{1,2}日/y;

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isUndatedDatelineDay(text: FactText, words: FactWords, at: number): boolean {
  MONTH_DAY.lastIndex = at;
  if (!MONTH_DAY.test(text.text)) return false;
  return endsDateline(text, words, MONTH_DAY.lastIndex);
}

/** A self word (我县, 全市) stands before the amount in its sentence, after every place named before it. */
function namesSelfAfter(ctx: MoneyContext, placesBefore: readonly LocatedMention[]): boolean {
  const { text, words, money, sentence } = ctx;
  const from = placesBefore.length > 0 ? placesBefore[placesBefore.length - 1]!.end : text.sentences[sentence]!.start;
  return words.hasIn(text.text, from, money.start, 'self');
}

/** A self word (全县) stands before the amount in its paragraph, after every place the paragraph names before it. */
function namesSelfInParagraph(ctx: MoneyContext): boolean {
  const { text, words, money, sentence } = ctx;
  const sentences = text.sentencesOfParagraph(text.paragraphAt(money.start));
  let from = text.sentences[sentences[0] ?? sentence]!.start;
  for (const s of sentences) {
    if (s > sentence) break;
    for (const place of text.ofType(s, 'place')) if (place.end <= money.start && place.end > from) from = place.end;
  }
  return words.hasIn(text.text, from, money.start, 'self');
}

/** The giver of the amount's clause is a place of the article's own province, not a government or aid team (某村投资). */
function localSpender(ctx: MoneyContext, parties: readonly Party[], carried: CarriedPlaces): WhereLink | undefined {
  const { text, money, sentence } = ctx;
  // 今年，某盟全年共安排重点项目190项，当年计划投资658亿元: the sentence's subject spends in a later clause too.
  const start = text.sentences[sentence]!.start;
  const spender = findLast(parties, (p) => p.start >= start && p.end <= money.start && !p.marked && p.mentions.length > 0);
  if (!spender) return undefined;
  const subject = carried.document()?.where[0]?.path;
  if (!subject || !sameFirstLevel(subject, spender.who)) return undefined;
  const place = text.placeOf(ctx.sentence, spender.mentions[spender.mentions.length - 1]!);
  return place ? placesLink([place], 'clause') : undefined;
}

function findLast<T>(items: readonly T[], is: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (is(items[i]!)) return items[i];
  return undefined;
}

/** Two paths (or names) start with the same first level (广东省 of 广东省/珠海市), compared without cutting them. */
function sameFirstLevel(a: string, b: string): boolean {
  const end = firstLevelEnd(a);
  if (end !== firstLevelEnd(b)) return false;
  for (let i = 0; i < end; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}

function firstLevelEnd(path: string): number {
  const slash = path.indexOf('/');
  return slash < 0 ? path.length : slash;
}

/** The one province the document's subject places lie in, as a link (its code where the text names it); undefined where none or several. */
function provinceOfSubject(text: FactText, subject: WhereLink | undefined): WhereLink | undefined {
  if (!subject || subject.where.length === 0) return undefined;
  const first = subject.where[0]!.path;
  const province = first.slice(0, firstLevelEnd(first));
  if (!subject.where.every((place) => sameFirstLevel(place.path, province))) return undefined;
  const { mentions } = text.input;
  const index = mentions.findIndex((m) => m.type === 'place' && (m as PlaceMention).path === province);
  return index < 0
    ? { where: [{ path: province }], mentions: [], basis: 'sentence' }
    : { where: [placeOf(mentions[index] as PlaceMention)], mentions: [index], basis: 'sentence' };
}

/** How far into a clause its use word may start (主要用于, 全部用于). */
const USE_START_REACH = 4;

/**
 * The places of the clause right after the amount's when it opens with a use word (用于) and names no
 * amount of its own: where the amount goes. Most amounts' next clause names no place: [] then.
 */
function usePlacesAfter(ctx: MoneyContext, places: readonly LocatedMention[]): readonly LocatedMention[] {
  const { text, words, clause, sentence } = ctx;
  if (clause.end >= text.sentences[sentence]!.end || !places.some((p) => p.start > clause.end)) return [];
  const next = text.clauseAt(sentence, clause.end + 1);
  if (words.indexIn(text.text, next.start, next.end, 'purpose', next.start + USE_START_REACH) < 0) return [];
  if (text.ofType(sentence, 'money').some((m) => m.start >= next.start && m.end <= next.end)) return [];
  return places.filter((p) => p.start >= next.start && p.end <= next.end);
}

/**
 * 甲市至乙市高速公路，…总投资…亿元，…主线穿越甲市丙县、乙市丁县: a route word after the amount in its sentence
 * and the places after it in its clause name the divisions the project runs through, inside the places named
 * before (its ends): those divisions, the most specific (NOTES 11: ancestors dropped). Undefined where the
 * clause names none, or places outside those before, or leaves one of them out.
 */
function routeThrough(ctx: MoneyContext, places: readonly LocatedMention[], before: readonly LocatedMention[]): LocatedMention[] | undefined {
  const { text, words, money, sentence } = ctx;
  const end = text.sentences[sentence]!.end;
  const route = words.allIn(text.text, money.end, end, 'route')[0];
  if (!route) return undefined;
  const clause = text.clauseAt(sentence, route.start);
  const through = places.filter((p) => p.start >= route.end && p.end <= clause.end);
  const within = (inner: LocatedMention, outer: LocatedMention) => inner.path === outer.path || isPathInside(inner.path, outer.path);
  if (through.length === 0 || !through.every((p) => before.some((b) => within(p, b)))) return undefined;
  return before.every((b) => through.some((p) => within(p, b))) ? [...before, ...through] : undefined;
}

/** The places of the first clause after the amount that names any. */
function nearestClauseAfter(text: FactText, words: FactWords, sentence: number, places: readonly LocatedMention[]): LocatedMention[] {
  const first = places[0];
  if (!first) return [];
  const clause = text.clauseAt(sentence, first.start);
  // …，其中甲县、乙县的产品占30%: a breakdown, not where the money goes; 其中：甲省、乙省…: the same past its colon.
  if (words.startsAt(text.text, clause.start, 'breakdown') || opensAfterBreakdown(text, words, sentence, clause.start)) return [];
  // …资金4亿元，某市2个镇、9个村共获奖补3000万元: a clause with an amount of its own names that amount's places.
  if (text.ofType(sentence, 'money').some((m) => m.start >= clause.start && m.end <= clause.end)) return [];
  // …投资2.13亿元，组织8家企业赴某区考察对接: where a later clause's people travel to (a visit) is not the amount's.
  const kept = places.filter((p) => p.end <= clause.end && !words.endsAt(text.text, p.start, 'travel', Math.max(clause.start, p.start - TRAVEL_REACH)));
  return kept.length === places.filter((p) => p.end <= clause.end).length ? kept : [];
}

/** The longest travel word read right before a place (前往). */
const TRAVEL_REACH = 2;

/** The clause starting at `start` follows a clause that is only a breakdown word and its colon (其中：). */
function opensAfterBreakdown(text: FactText, words: FactWords, sentence: number, start: number): boolean {
  const span = text.sentences[sentence]!;
  if (start <= span.start || !COLONS.has(text.text.charCodeAt(start - 1))) return false;
  const before = text.clauseAt(sentence, start - 2);
  const word = words.startIn(text.text, before.start, start - 1, 'breakdown');
  return word !== '' && before.start + word.length === start - 1;
}

const COLONS = new Set([':', '：'].map((mark) => mark.charCodeAt(0)));

/** The longest granting verb (获得) read right before a place. */
const OBTAIN_REACH = 2;
/** The longest origin word (来自) read before a list of places. */
const ORIGIN_REACH = 4;
const NO_PROVINCES: ReadonlySet<string> = new Set();

export function provinceOf(place: LocatedMention): string {
  return place.province;
}

/**
 * 对口支援阿克苏以来，紧紧围绕新疆…，投入资金…: the nearest clause names only regions that hold
 * a place given to earlier in the sentence (the object of a giving verb); that place is the destination.
 */
function narrowerBefore(text: FactText, words: FactWords, nearest: readonly LocatedMention[], placesBefore: readonly LocatedMention[]): LocatedMention[] | undefined {
  const first = nearest[0]!;
  const inside = placesBefore.filter(
    (p) => p.start < first.start && nearest.some((outer) => isPathInside(p.path, outer.path)) && words.endsAt(text.text, p.start, 'giver', p.start - GIVER_REACH),
  );
  if (inside.length === 0) return undefined;
  return nearest.every((outer) => inside.some((p) => isPathInside(p.path, outer.path))) ? inside : undefined;
}

/** The longest giving verb read right before a place (对口支援). */
const GIVER_REACH = 4;

/** The places of the last clause before the amount that names any. */
/**
 * 其中，安排1亿元支持甲项目，安排2亿元支持乙省某试点: in a breakdown (after 其中), a place standing after
 * an amount in that amount's clause is that item's own beneficiary; it is no place of the other items, of
 * the total broken down, nor of the document.
 */
export function isItemSite(text: FactText, words: FactWords, place: LocatedMention): boolean {
  const sentence = text.sentenceAt(place.start);
  const span = text.sentences[sentence]!;
  const breakdown = words.indexIn(text.text, span.start, place.start, 'breakdown');
  if (breakdown < 0) return false;
  const clause = text.clauseAt(sentence, place.start);
  if (clause.start < breakdown) return false;
  return text.ofType(sentence, 'money').some((m) => m.start >= clause.start && m.end <= place.start);
}

/** The places that are no other item's own beneficiary (isItemSite), for an amount outside their clauses. */
export function notItemSites(text: FactText, words: FactWords, places: readonly LocatedMention[]): readonly LocatedMention[] {
  return places.some((p) => isItemSite(text, words, p)) ? places.filter((p) => !isItemSite(text, words, p)) : places;
}

function nearestClauseBefore(text: FactText, sentence: number, places: readonly LocatedMention[]): LocatedMention[] {
  const last = places[places.length - 1];
  if (!last) return [];
  const clause = text.clauseAt(sentence, last.start);
  let start = clause.start;
  // 甲市乙区，丙市丁县、戊县，己市庚县共3市4县受灾: a list of places cut by commas (one prefecture's counties
  // a clause) is one list: the clauses before that hold nothing but places go with it.
  if (onlyPlaces(text.text, clause.start, last.end, places)) {
    const opening = text.sentences[sentence]!.start;
    for (let before = start - 1; before > opening; ) {
      const previous = text.clauseAt(sentence, before - 1);
      if (previous.start >= start || !onlyPlaces(text.text, previous.start, previous.end, places)) break;
      start = previous.start;
      before = start - 1;
    }
  }
  return places.filter((p) => p.start >= start);
}

/** What may stand between the places of a list. */
const PLACE_LIST_JOINS = /^[、和及与\s]*$/;

/** text[from, to) holds places only, joined by list marks, and at least one. */
function onlyPlaces(text: string, from: number, to: number, places: readonly LocatedMention[]): boolean {
  let at = from;
  let any = false;
  for (const place of places) {
    if (place.start < from || place.end > to) continue;
    if (place.start < at || !PLACE_LIST_JOINS.test(text.slice(at, place.start))) return false;
    at = place.end;
    any = true;
  }
  return any && PLACE_LIST_JOINS.test(text.slice(at, to));
}

/** The most specific places: a place is dropped when another one lies inside it; of one path, the first counts. */
export function placesLink(places: readonly LocatedMention[], basis: FactBasis): WhereLink {
  const where: FactPlace[] = [];
  const mentions: number[] = [];
  for (let i = 0; i < places.length; i++) {
    const place = places[i]!;
    if (isFirstOfPath(places, i) && !places.some((other) => isPathInside(other.path, place.path))) {
      where.push(placeOf(place.mention as PlaceMention));
      mentions.push(place.index);
    }
  }
  return { where, mentions, basis };
}

function isFirstOfPath(places: readonly LocatedMention[], index: number): boolean {
  const path = places[index]!.path;
  for (let i = 0; i < index; i++) if (places[i]!.path === path) return false;
  return true;
}

/** `inner` lies inside `outer` (starts with `outer/`), read without building that string. */
function isPathInside(inner: string, outer: string): boolean {
  return inner.length > outer.length && inner.charCodeAt(outer.length) === SLASH && inner.startsWith(outer);
}

const SLASH = 0x2f;

function placeOf(place: PlaceMention): FactPlace {
  return place.code ? { path: place.path, code: place.code } : { path: place.path };
}
