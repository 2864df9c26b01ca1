import type { PlaceMention } from '../model/mention';
import type { Span } from '../extract/types';
import { isClauseMark, isIdeograph, isSpace, type FactText, type LocatedMention } from './text';
import type { FactRole, FactWords } from './words';

// The parties of a sentence that give money: places written as governments,
// departments or aid teams (珠海市委, 山东援藏, 长春市再次援助…), and named
// organisations that give (格力集团捐赠). Places that receive are not here.

export interface Party {
  start: number;
  end: number;
  /** A place path, or an organisation name as written. */
  who: string;
  mentions: number[];
  /** Named as a government or aid team (援藏, 市委, 工作组), not only as a verb's subject. */
  marked: boolean;
  /** The place it acts with (某县将与某省…援建: 某省), when it opens its sentence. */
  partner?: { who: string; mentions: number[] };
  /** A contractor (与某公司订立合同): read only to take the places of its name out of the givers. */
  paid?: boolean;
}

/** How far after a place a donor marker (援藏, 市委, 工作组) may start. */
const MARKER_REACH = 2;
/** How far after a place or organisation its giving verb may stand. */
const VERB_REACH = 10;
/** The longest organisation name looked for before its ending. */
const ORGANISATION_REACH = 12;
/**
 * Punctuation (half-width too: a mark next to a list number stays half-width in cleaning), list numbers
 * and spaces an organisation name does not hold (nor the name-break words of
 * fact-words.tsv): it starts after them. The spaces are those of a regex's \s.
 */
const NAME_BREAK_MARKS = new Set([...'，。；：、“”‘’《》「」『』（）()！？,;:!?①②③④⑤⑥⑦⑧⑨⑩'].map((mark) => mark.charCodeAt(0)));

export function isNameBreak(words: FactWords, code: number): boolean {
  return NAME_BREAK_MARKS.has(code) || isSpace(code) || words.breaksNameAt(code);
}

/** The longest word read right before a place (投入, 来自, 向). */
const LEAD_REACH = 6;
/** What stands between two places of one list: nothing, or one of 、和及与. */
const LIST_JOINS = new Set([...'、和及与'].map((mark) => mark.charCodeAt(0)));

function isListJoin(text: string, from: number, to: number): boolean {
  return from === to || (to === from + 1 && LIST_JOINS.has(text.charCodeAt(from)));
}
/** The longest item of a list of givers that names no giver (爱心人士某某). */
const UNNAMED_ITEM_REACH = 10;

/**
 * text[from, to) joins two givers of one list: one list mark (、和及与), or an item naming
 * nobody between list marks (、爱心人士某某以及: an individual gives as no party).
 */
export function isGiverListGap(words: FactWords, text: string, from: number, to: number): boolean {
  if (to === from + 1) return LIST_JOINS.has(text.charCodeAt(from));
  if (isPartyJoin(words, text, from, to)) return true;
  if (to - from > UNNAMED_ITEM_REACH + 3 || !LIST_JOINS.has(text.charCodeAt(from)) || !LIST_JOINS.has(text.charCodeAt(to - 1))) return false;
  if (words.startIn(text, from + 1, to, 'unnamed') === '') return false;
  for (let i = from + 1; i < to - 1; i++) if (NAME_BREAK_MARKS.has(text.charCodeAt(i)) && text.charCodeAt(i) !== ENUMERATION_COMMA) return false;
  return true;
}

const ENUMERATION_COMMA = '、'.charCodeAt(0);

/** text[from, to) is a joining verb (会同, 联合) after adverbs only (日前会同): the names on both sides give together. */
function isPartyJoin(words: FactWords, text: string, from: number, to: number): boolean {
  const at = words.afterLeading(text, from, to, 'name-tail');
  const join = words.startIn(text, at, to, 'party-join');
  return join !== '' && at + join.length === to;
}

/**
 * Where a name read in text[start, ending) starts past a joining verb that follows an earlier
 * organisation ending (某部日前会同某部: the second name starts after 会同), else `start`.
 */
function afterPartyJoin(words: FactWords, text: string, endings: readonly Span[], start: number, ending: number): number {
  let from = start;
  for (const earlier of endings) {
    if (earlier.end <= start || earlier.end >= ending) continue;
    const at = words.afterLeading(text, earlier.end, ending, 'name-tail');
    const join = words.startIn(text, at, ending, 'party-join');
    if (join !== '') from = Math.max(from, at + join.length);
  }
  return from;
}

/** The longest clause that may stand before a sentence's subject. */
const LEAD_CLAUSE = 10;

/** `endings`: where the organisation endings of the sentence stand (found once per document). */
export function partiesOf(text: FactText, words: FactWords, sentence: number, endings: readonly Span[]): readonly Party[] {
  const places = text.ofType(sentence, 'place');
  if (places.length === 0 && endings.length === 0) return NO_PARTIES;
  const parties: Party[] = [];
  // A giving place needs a giving verb or a donor marker after it: a sentence without either after its first place has none.
  const givingPlaces = places.length > 0 && mayGive(text, words, sentence, places) ? places : NO_PLACES;
  for (let i = 0; i < givingPlaces.length; i++) {
    const place = givingPlaces[i]!;
    const next = places[i + 1];
    // 北京市东城区: the district gives, written from where the city starts.
    const outer = i > 0 && isInside(places[i - 1]!, place) ? places[i - 1]! : undefined;
    if (isInside(place, next)) continue;
    const giving = givingOf(text, words, sentence, places, outer ? i - 1 : i, place, next);
    if (giving === NOT_GIVING) continue;
    const mentions = outer ? [outer.index, place.index] : [place.index];
    const party: Party = { start: (outer ?? place).start, end: place.end, who: place.path, mentions, marked: giving === MARKED };
    if (next && (outer ?? place) === givingPlaces[0] && PARTNER_JOIN.test(text.slice(place.end, next.start))) {
      party.partner = { who: next.path, mentions: [next.index] };
    }
    parties.push(party);
  }
  if (parties.length > 0 && givingPlaces.length > 1) addListedBefore(text, words, sentence, givingPlaces, parties);
  for (const organisation of organisationsOf(text, words, sentence, endings)) {
    const overlaps = (p: Party) => p.start < organisation.end && organisation.start < p.end;
    if (organisation.paid) {
      for (const place of parties.filter((p) => overlaps(p) && opensName(p, organisation))) parties.splice(parties.indexOf(place), 1);
      continue;
    }
    if (!parties.some(overlaps)) {
      parties.push(organisation);
      continue;
    }
    const overlapping = parties.filter(overlaps);
    // 天津某某房地产开发有限公司捐助, 某市某区服装行业协会: a place opening an organisation's name is
    // part of the name; the organisation gives. Not a government or aid team (珠海市发改委: marked).
    // Of two endings (某某集团有限公司), the longer name holds the shorter.
    if (overlapping.every((p) => opensName(p, organisation))) {
      for (const place of overlapping) parties.splice(parties.indexOf(place), 1);
      parties.push(organisation);
    }
  }
  return parties.sort((a, b) => a.start - b.start);
}

/**
 * 记者从某县政府办获悉，…; 某部数据显示，…: the party is named as where the news comes from. It stays a
 * donor or a place of the text, but gives nothing (an aid team telling the news still gives).
 */
export function isNewsSource(text: FactText, words: FactWords, sentence: number, party: Party): boolean {
  const end = text.clauseAt(sentence, party.start).end;
  // 某局负责人介绍: an organisation's official speaks (a place's stays its place of the text).
  const told = words.endsAt(text.text, end, 'source', party.end) || (party.mentions.length === 0 && words.endsAt(text.text, end, 'speaker', party.end));
  return told && !namesAidTeam(words, text.text, party.end, end);
}

/** text[from, to) names an aid team (援藏工作队, 援疆指挥部). */
function namesAidTeam(words: FactWords, text: string, from: number, to: number): boolean {
  return words.hasIn(text, from, to, 'aid-target') || words.hasIn(text, from, to, 'aid-team');
}

/**
 * 甲区、乙区、丙区累计投入…: the places listed right before a giving place (joined by 、和及与) give
 * with it. Read from the last place back; `parties` holds the places' parties, in order.
 */
function addListedBefore(text: FactText, words: FactWords, sentence: number, places: readonly LocatedMention[], parties: Party[]): void {
  for (let i = places.length - 2; i >= 0; i--) {
    const place = places[i]!;
    const next = places[i + 1]!;
    if (parties.some((p) => p.start <= place.start && place.end <= p.end)) continue;
    const giving = parties.find((p) => p.start === next.start);
    if (!giving || isInside(place, next) || !isListJoin(text.text, place.end, next.start)) continue;
    // 某县与某区签订帮扶协议: the receiving side of an aid pact is no giver listed with the other.
    if (aidPactSide(text, words, sentence, places, place) === 'recipient') continue;
    parties.push({ start: place.start, end: place.end, who: place.path, mentions: [place.index], marked: giving.marked });
  }
}

/** An unmarked place or a shorter name (某某集团 of 某某集团有限公司) that lies inside the organisation's name. */
function opensName(party: Party, organisation: Party): boolean {
  return !party.marked && organisation.start <= party.start && party.end <= organisation.end;
}

const NO_PLACES: readonly LocatedMention[] = [];
/** What joins a sentence's first place to the place it acts with (将与, 积极与, 同). */
const PARTNER_JOIN = /^[将还也已积极主动共]{0,3}[与同]$/;
const NO_PARTIES: readonly Party[] = [];

/** Every giving place reads its verb or marker after its own end (givingOf): none after the places, none gives. */
function mayGive(text: FactText, words: FactWords, sentence: number, places: readonly LocatedMention[]): boolean {
  let firstEnd = places[0]!.end;
  for (const place of places) firstEnd = Math.min(firstEnd, place.end);
  const end = text.sentences[sentence]!.end;
  // An aid pact's donor side gives by the pact (signsAidPact): a pact word after the first place.
  // A list of donors with their amounts after a receiving word (listsOwnReceivedAmount) holds no giving word after them.
  return words.hasGiverOrMarkerIn(text.text, firstEnd, end) || words.hasIn(text.text, firstEnd, end, 'pact') || words.hasIn(text.text, text.sentences[sentence]!.start, firstEnd, 'receiver');
}

/**
 * Where the list of places holding `places[index]` starts (向莎车、泽普等4县: 莎车):
 * the places before it joined by 、 or 和 (`places`: the sentence's places, in order).
 */
export function listStart(text: FactText, places: readonly LocatedMention[], index: number): number {
  let i = index;
  while (i > 0 && isListJoin(text.text, places[i - 1]!.end, places[i]!.start)) i--;
  return places[i]!.start;
}

/** Where the list of places holding `places[index]` ends (在甲市、乙市、丙市举办: 丙市's end). */
export function listEnd(text: FactText, places: readonly LocatedMention[], index: number): number {
  let i = index;
  while (i + 1 < places.length && isListJoin(text.text, places[i]!.end, places[i + 1]!.start)) i++;
  return places[i]!.end;
}

const SLASH = 0x2f;

/** `inner` is written right after `outer` and lies inside it (北京市 + 东城区). */
function isInside(outer: LocatedMention, inner: LocatedMention | undefined): boolean {
  if (!inner || inner.start !== outer.end) return false;
  return inner.path.length > outer.path.length && inner.path.startsWith(outer.path) && inner.path.charCodeAt(outer.path.length) === SLASH;
}

/** Where the text after a place ends: at the next place or the clause end. */
function endOfTextAfter(text: FactText, sentence: number, place: LocatedMention, next: LocatedMention | undefined): number {
  const clause = text.clauseAt(sentence, place.start);
  return next && next.start < clause.end ? next.start : clause.end;
}

/** A donor marker right after the place (text[from, to): the text up to the next place or the clause end). */
function isMarkedBy(words: FactWords, text: string, from: number, to: number): boolean {
  const start = afterBatch(text, from, to);
  const marker = words.indexIn(text, start, to, 'donor-marker', start + MARKER_REACH);
  return marker >= 0 && !holdsDe(text, from, marker);
}

const WAN = '万'.charCodeAt(0);

/** A count in myriads (百万, 三千万, 500万) ends at `start`, and a people word follows the place (百万某市人民). */
function isCountedPeople(text: string, words: FactWords, start: number, from: number, to: number): boolean {
  if (start < 2 || text.charCodeAt(start - 1) !== WAN || !COUNT_NUMERALS.has(text.charCodeAt(start - 2))) return false;
  return words.startIn(text, from, to, 'people') !== '';
}

/** Where text[from, to) goes on after a batch ordinal it starts with (第五批, 第10批), else `from`. */
function afterBatch(text: string, from: number, to: number): number {
  if (text.charCodeAt(from) !== DI) return from;
  const end = Math.min(to, from + BATCH_REACH);
  for (let i = from + 2; i < end; i++) if (text.charCodeAt(i) === PI) return i + 1;
  return from;
}

const DI = '第'.charCodeAt(0);
const PI = '批'.charCodeAt(0);
/** The longest batch ordinal read (第十二批). */
const BATCH_REACH = 5;

/** text[from, to) holds 的 (称多县的援建任务: the place is what the work is for). */
function holdsDe(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === DE) return true;
  return false;
}

const DE = '的'.charCodeAt(0);

const NOT_GIVING = 0;
const GIVING = 1;
/** Gives, and is named as a government or aid team (marked). */
const MARKED = 2;

/**
 * Whether the place gives (NOT_GIVING, GIVING or MARKED). `places[written]` is where the giving
 * place is written from (北京市 of 北京市东城区), `place` the place itself. What makes a place a
 * giver is asked first: most places give nothing, and what unmakes one is then never read.
 */
function givingOf(
  text: FactText,
  words: FactWords,
  sentence: number,
  places: readonly LocatedMention[],
  written: number,
  place: LocatedMention,
  next: LocatedMention | undefined,
): number {
  const writtenAt = places[written]!;
  const afterEnd = endOfTextAfter(text, sentence, place, next);
  // 河南省境内投资22.69亿元: the part of a project within the place, not the place giving.
  if (words.startIn(text.text, place.end, afterEnd, 'within')) return NOT_GIVING;
  // 某县地震发生后，…捐款; 向某地地震灾区捐赠: the place struck by a disaster receives aid, it gives none.
  if (words.startIn(text.text, place.end, afterEnd, 'struck')) return NOT_GIVING;
  // 四川（深圳）投资贸易洽谈周: the bracket names where the event is held.
  if (isEventVenue(text.text, words, places, written, place)) return NOT_GIVING;
  // 由某局、某市政府和某省政府联合主办的某活动: the governments host an event; they give nothing of what is signed at it.
  if (hostsEvent(text, words, sentence, place)) return NOT_GIVING;
  // 在接收的捐款当中，省慈善总会2200万元、某市1400万元: in a list of what a receiver got, a place with its own amount gave it.
  if (listsOwnReceivedAmount(text, words, sentence, place)) return GIVING;
  // 某县政府与某公司签订投资协议: the government signs; the organisation invests.
  if (placeSignsPact(text, words, sentence, place, next, text.clauseAt(sentence, place.start).end)) return NOT_GIVING;
  // 北京市某区与甲旗、乙旗分别签订东西部协作协议: of the two sides of an aid pact, the place of a donor province
  // gives, the other receives (whichever is named first).
  const pactSide = aidPactSide(text, words, sentence, places, place);
  if (pactSide !== undefined) return pactSide === 'donor' ? MARKED : NOT_GIVING;
  // 珠海市委, 山东援藏: but not 称多县的援建任务 (the place is what the work is for).
  // 两百万某市人民…投入: the people of a place counted in myriads act as the place.
  const marked = isMarkedBy(words, text.text, place.end, afterEnd) || isCountedPeople(text.text, words, writtenAt.start, place.end, afterEnd);
  if (!marked && !givesAfter(words, text.text, place.end, afterEnd) && !(written === 0 && givesAsSubject(text, words, sentence, writtenAt, place))) {
    return NOT_GIVING;
  }
  // 某市交通大学收到捐赠: the place only locates a school or research body named after it.
  if (!marked && startsCompanyName(text.text, words, place, 'institution')) return NOT_GIVING;
  // …、洛阳市等地爱心企业: an unnamed group of that place.
  const listEnd = words.startIn(text.text, place.end, afterEnd, 'list-end').length;
  // 某市14家企业认捐…: a count of them (14家) between does not name them either.
  if (words.startIn(text.text, afterCount(words, text.text, place.end + listEnd, afterEnd), afterEnd, 'unnamed')) return NOT_GIVING;
  // 向甲县、乙县等地: every place of a list after 向 receives; 投入西吉县: after a giving verb too;
  // 来自甲市、乙市: an origin; 依照某省政府统一指挥: whom the giver follows; 某省驻某州工作队: where a team is stationed.
  const listAt = listStart(text, places, written);
  const clause = text.clauseAt(sentence, writtenAt.start);
  const leadStart = Math.max(clause.start, listAt - LEAD_REACH);
  if (
    words.endsAt(text.text, listAt, 'destination', Math.max(leadStart, listAt - 1)) ||
    words.endsAt(text.text, listAt, 'giver', leadStart) ||
    words.endsAt(text.text, listAt, 'origin', leadStart) ||
    words.endsAt(text.text, listAt, 'follows', leadStart) ||
    words.endsAt(text.text, listAt, 'stationed', leadStart)
  ) {
    return NOT_GIVING;
  }
  return marked ? MARKED : GIVING;
}

const BRACKET_OPENS = new Set([...'(（'].map((mark) => mark.charCodeAt(0)));
const BRACKET_CLOSES = new Set([...')）'].map((mark) => mark.charCodeAt(0)));

/** A place in brackets right after another place, before an event's name (某省（某市）投资贸易洽谈周). */
export function isEventVenue(text: string, words: FactWords, places: readonly LocatedMention[], written: number, place: LocatedMention): boolean {
  const before = places[written - 1];
  if (!before || before.end !== place.start - 1 || !BRACKET_OPENS.has(text.charCodeAt(before.end))) return false;
  if (!BRACKET_CLOSES.has(text.charCodeAt(place.end))) return false;
  return words.startsAt(text, place.end + 1, 'event-name');
}

/**
 * The sentence's subject (北京市东城区还与玉树市结对，每年安排资金…) gives with a verb of a later clause
 * (not 总投资, a noun, nor 投入使用). Up to a later clause with a place of its own, which has that
 * place as subject (某市某中学整体投资2亿元，是山东援藏单体投资最大的项目).
 */
function givesAsSubject(text: FactText, words: FactWords, sentence: number, writtenAt: LocatedMention, place: LocatedMention): boolean {
  if (!opensSentence(text, sentence, writtenAt)) return false;
  const clause = text.clauseAt(sentence, writtenAt.start);
  const laterPlace = text.ofType(sentence, 'place').find((p) => p.start >= clause.end);
  const giver = words.giverIn(text.text, place.end, laterPlace ? laterPlace.start : text.sentences[sentence]!.end);
  // 某县人民医院由某市援助兴建: given to, by the one after 由; 某镇改造项目援建资金: a project's site.
  return giver >= 0 && !words.hasIn(text.text, place.end, giver, 'by') && !namesProjectSite(words, text.text, place.end, giver);
}

/** How far after a place its project's name may end (某镇居民改造项目). */
const PROJECT_REACH = 8;

/**
 * A project's name starts with the place (某镇居民改造项目援建资金): a project word within
 * PROJECT_REACH after it, before the giving verb, with no name break between (not 某县将与某省在…项目).
 */
function namesProjectSite(words: FactWords, text: string, from: number, giver: number): boolean {
  const project = words.indexIn(text, from, giver, 'project', from + PROJECT_REACH);
  if (project < 0) return false;
  for (let i = from; i < project; i++) if (isNameBreak(words, text.charCodeAt(i))) return false;
  return true;
}

/** A giving verb soon after (in text[from, to)), not after a verb that only brings an investor in. */
function givesAfter(words: FactWords, text: string, from: number, to: number): boolean {
  // The giver found is at or after the first giving verb: none that near, none at all.
  if (words.indexIn(text, from, to, 'giver', from + VERB_REACH) < 0) return false;
  const giver = words.giverIn(text, from, to);
  if (giver < 0 || giver - from > VERB_REACH) return false;
  // 称多县的援建任务: the place is what the work is for; 某会接收捐赠款: it receives;
  // 某县医院由某市援助兴建: it is given to (由 names the giver).
  // 某镇居民改造项目援建资金: the place names a project's site.
  // 某市获得中央预算内投资, 某县争取投资: it obtains from others.
  if (holdsDe(text, from, giver) || words.hasIn(text, from, giver, 'receiver') || words.hasIn(text, from, giver, 'obtain') || words.hasIn(text, from, giver, 'granted') || words.hasIn(text, from, giver, 'by') || namesProjectSite(words, text, from, giver)) return false;
  // 某省目前投资最大的水利工程: a giving word before a superlative ranks the project within the place; nobody gives.
  const verb = words.allIn(text, giver, to, 'giver')[0];
  if (verb && verb.start === giver && words.startsAt(text, verb.end, 'superlative')) return false;
  const introducer = words.indexIn(text, from, to, 'introducer');
  return introducer < 0 || introducer > giver;
}

/**
 * An organisation opening its sentence (after a short setting, or a date clause: 8月4日至13日，省慈善总会…)
 * gives with a verb of a later clause (…接收捐赠款2191万元，已拨付620万元).
 */
function givesAsOpeningSubject(text: FactText, words: FactWords, sentence: number, start: number, end: number, listedAfter: boolean): boolean {
  const opens = listedAfter || opensSentence(text, sentence, { start }) || followsOpeningDate(text, sentence, start);
  if (!opens) return false;
  const giver = words.giverIn(text.text, end, text.sentences[sentence]!.end);
  // 某医院扩建工程获批…资金支持: granted, it gives nothing.
  return giver >= 0 && !words.hasIn(text.text, end, giver, 'by') && !words.hasIn(text.text, end, giver, 'granted');
}

/**
 * A date clause stands right before `start`: the sentence's opening one (8月4日12时至8月13日12时，), or one
 * after a setting or a byline (现在，疫情…阶段，3月13日，某慈善总会…; 本报讯（记者某某）1月9日，某协会…).
 */
function followsOpeningDate(text: FactText, sentence: number, start: number): boolean {
  for (const date of text.ofType(sentence, 'date')) {
    if (date.end >= start) break;
    const clause = text.clauseAt(sentence, date.start);
    if (clause.end + 1 !== start) continue;
    // The sentence's opening date, or a date closing its clause (a clause of its own, or after a byline).
    if (date.start <= text.openingOf(sentence) || date.end + DATE_CLAUSE_REST >= clause.end) return date.end + DATE_CLAUSE_REST >= clause.end;
  }
  // A month and day the dates left out (no year to read them by) still close a date clause.
  const before = start - 1;
  if (before <= text.sentences[sentence]!.start || !isClauseMark(text.text.charCodeAt(before))) return false;
  return MONTH_DAY_END.test(text.text.slice(Math.max(text.sentences[sentence]!.start, before - MONTH_DAY_REACH), before));
}

/** A month and day closing a clause (3月13日, 十月九日, 3月13日上午). */
const MONTH_DAY_END = /(?:^|[^\d])\d{1,2}月\d{1,2}[日号](?:上午|下午|晚|晚上)?$/;
const MONTH_DAY_REACH = 12;

/** What a date clause may hold after its date (时, 期间). */
const DATE_CLAUSE_REST = 2;

function opensSentence(text: FactText, sentence: number, place: { start: number }): boolean {
  // Only opening quotes and spaces, or nothing, stand before the subject…
  SUBJECT_OPENERS.lastIndex = text.sentences[sentence]!.start;
  const rest = SUBJECT_OPENERS.test(text.text) ? Math.min(SUBJECT_OPENERS.lastIndex, place.start) : text.sentences[sentence]!.start;
  if (rest >= place.start) return true;
  // …or one short clause: a time or setting (十多年来，近年来，2023年，).
  const bodyEnd = place.start - 1;
  return bodyEnd - rest <= LEAD_CLAUSE && isClauseMark(text.text.charCodeAt(bodyEnd)) && !holdsClauseMark(text.text, rest, bodyEnd);
}

const SUBJECT_OPENERS = /[“「‘\s]+/y;

function holdsClauseMark(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isClauseMark(text.charCodeAt(i))) return true;
  return false;
}

/** Named organisations that give: followed by a giving verb, or after 由. */
function organisationsOf(text: FactText, words: FactWords, sentence: number, endings: readonly Span[]): Party[] {
  const span = text.sentences[sentence]!;
  const found: Party[] = [];
  /** Where the last organisation found as the sentence's opening subject ends. */
  let openingEnd = -1;
  /** The last organisation named that gives by nothing of its own (it may be listed with a giver). */
  let listed: Party | undefined;
  /** Where the last organisation brought in by an introducer (引进某公司) ends. */
  let introducedEnd = -1;
  for (const ending of endings) {
    const national = !words.endsAt(text.text, ending.end, 'organisation', ending.start);
    // A national prefix inside a word (沿线国家, 某某中国): no name opens there.
    if (national && !isNameBoundary(words, text.text, ending.start, span.start)) continue;
    // 中国某某投资, 国家电网…: a national name without an ending runs from its prefix.
    const end = national ? nationalNameEnd(text, words, sentence, ending) : ending.end;
    const opening = national ? ending.start : afterPartyJoin(words, text.text, endings, placeOpeningName(text, words, sentence, institutionOpeningName(text, words, span.start, companyNameStart(text, words, sentence, end, span.start)), end), ending.start);
    // 通过某办以某基金会的名义，向灾区捐助…: the gift is made in the name after 以; the name starts there.
    const inName = national ? '' : words.startIn(text.text, end, text.clauseAt(sentence, end - 1).end, 'in-name-of');
    const start = inName === '' ? opening : Math.max(opening, text.text.lastIndexOf(YI, ending.start - 1) + 1);
    // The bare ending (医院) names nobody, unless it is a whole name (团省委); nor a bare prefix (中国).
    // 中央拨付…: a bare 中央 as the subject of a giving verb is a name (written 中央).
    const bareCentral = national && end === ending.end && bareCentralSubject(text, words, sentence, ending);
    if (!bareCentral && (national ? end <= ending.end : end - start <= ending.end - ending.start && !words.startsAt(text.text, ending.start, 'whole-name'))) continue;
    // 浦东新区, 某某新区: an ending that closes a place's own name is that place, no organisation.
    if (!national && endsPlaceName(text, sentence, ending)) continue;
    const clause = text.clauseAt(sentence, end - 1);
    // 「某某银行贷款利息补贴计划」: a name opening a quoted title that goes on past it is part of the title.
    if (insideTitle(text.text, start, end, span.end)) continue;
    const by = words.endsAt(text.text, start, 'by', span.start);
    // 由某局、某市政府联合主办的某活动: after 由, the hosts of an event; they give nothing of what is signed or invested at it.
    if (by && hostsAfter(words, text.text, end, clause.end)) {
      found.push({ start, end, who: '', mentions: [], marked: false, paid: true });
      continue;
    }
    const byBefore = by;
    // 根据某联安排，某企业…: the body whose arrangement a giver follows gives nothing.
    if (words.startsAt(text.text, start, 'follows') || words.endsAt(text.text, start, 'follows', Math.max(span.start, start - LEAD_REACH))) continue;
    // 安排用于某县医院的资金: an organisation after a purpose word (用于) is the money's use, not its giver.
    if (words.indexIn(text.text, start, ending.start, 'purpose') >= 0) continue;
    // 某公司向某慈善协会捐资: the organisation after 向 (为, 给) receives.
    if (!byBefore && words.endsAt(text.text, start, 'destination', Math.max(span.start, start - 1))) continue;
    // 12家企业通过市红十字会捐赠: the organisation after a channel word passes the gift on; it gives nothing.
    // Nor a place opening its name (通过某省红十字会: the province gives nothing), as for a contractor.
    const channel = words.allIn(text.text, start, ending.start, 'channel').pop()?.end;
    if (!byBefore && (channel !== undefined || words.endsAt(text.text, start, 'channel', Math.max(span.start, start - CHANNEL_LENGTH)))) {
      found.push({ start: channel ?? start, end, who: '', mentions: [], marked: false, paid: true });
      continue;
    }
    // 与甲公司/乙公司订立…合同，金额为…: the contractor is paid; it gives nothing, nor a place in its name.
    if (!byBefore && isContractor(text, words, sentence, start, end)) {
      found.push({ start, end, who: '', mentions: [], marked: false, paid: true });
      continue;
    }
    // 团省委、省青基会共…: listed right after an opening subject, it is one too.
    const listedAfter = openingEnd >= 0 && start > openingEnd && isGiverListGap(words, text.text, openingEnd, start);
    // 中化集团对口援藏项目119个、援藏资金1.35亿元: an aid marker right after it names it as an aid giver.
    // 捐款情况是：甲集团1000万元，乙基金会800万元: a list of donors, each with its own amount.
    // 某集团(现为某某集团)对口援藏…: a bracketed note right after the name stands before its verb.
    // 以某某基金会的名义，向灾区捐助…: the body in whose name a gift is made gives it, its verb in the clause after.
    const verbFrom = inName === '' ? pastBracketNote(text.text, end, clause.end) : end + inName.length;
    const verbTo = inName === '' ? clause.end : text.clauseAt(sentence, Math.min(clause.end + 1, span.end - 1)).end;
    const byVerb =
      byBefore ||
      // 某县人民政府与某某公司签订投资协议: the organisation a government signs an agreement with invests.
      signsPactWithPlace(text, words, sentence, start, end) ||
      givesAfter(words, text.text, pastDestination(text, words, sentence, inName === '' ? verbFrom : afterClauseMark(text.text, verbFrom)), verbTo) ||
      (!national && words.startsAt(text.text, verbFrom, 'aid-giving')) ||
      listsOwnAmount(text, words, sentence, start, end);
    const giving = byVerb || givesAsOpeningSubject(text, words, sentence, start, end, listedAfter);
    // 借助某银行贷款: the name starts after the verb.
    const lead = words.startIn(text.text, start, end, 'name-lead').length;
    // 对2021年度跨国公司…: a date is no part of a name, which starts after it.
    const dated = afterDates(text, sentence, afterYearLead(words, text.text, start + lead, ending.start), ending.start);
    // 该公司, 上市公司, 子公司, 跨国公司: a kind of organisation or one named before, not a name.
    if (dated > start + lead && dated >= ending.start) continue;
    // 某某代表某省侨联捐赠: the person acting for the body is no part of its name.
    // 某委组织某集团投资: the body organising the one named after it is no part of its name either.
    // 某会接收到某集团捐赠的…: the receiving body and its verb are no part of the donor's name, which starts after the verb.
    const nameFrom = Math.max(
      words.allIn(text.text, dated, ending.start, 'acts-for').pop()?.end ?? dated,
      words.allIn(text.text, dated, ending.start, 'organise').pop()?.end ?? dated,
      words.allIn(text.text, dated, ending.start, 'receiver').pop()?.end ?? dated,
    );
    // 与某总会续约签订基金捐赠合同: a name does not hold a signing verb; what ends there is no name.
    // 9家企业认捐助学基金: nor a pledging verb; what ends after it is what is pledged to.
    if (words.hasIn(text.text, nameFrom, ending.start, 'signing') || words.hasIn(text.text, nameFrom, ending.start, 'pledge')) continue;
    // 用于5所学校、3所医院, 园区内6家公司: a count of such bodies names none of them.
    if (isCountOfKind(words, text.text, nameFrom, ending.start)) continue;
    // 某地30个新项目入驻某开发区 (a headline): a count of projects tells what happens; what holds one is no name.
    if (countsProjects(words, text.text, nameFrom, ending.start)) continue;
    // 该集团投入…: one named before with that ending gives (the last such name); 上市公司, 子公司: a kind, no name.
    const anaphor = isGenericName(words, text.text, nameFrom, ending.start);
    if (anaphor && !(words.startsAt(text.text, nameFrom, 'anaphor') && words.indexIn(text.text, end, clause.end, 'giver', end + ANAPHOR_VERB_REACH) >= 0)) continue;
    // 其中基金补助…: the bare ending after a lead word stands for the name written before with it (某某建设基金).
    // Not a whole name (某局 of a caption's next line: 资料图片某局…), which is a name by itself.
    const bare = !national && ((lead > 0 && nameFrom >= ending.start && !words.startsAt(text.text, ending.start, 'whole-name')) || anaphor);
    const earlier = bare ? earlierName(text, words, text.slice(ending.start, end), nameFrom) : undefined;
    if (bare && earlier === undefined) continue;
    // 国家财政, 中国政府, 中央财政: the central government, written as 中央 (GUIDELINES notes).
    // 中央资金, 中央财政衔接资金, 中央拨款: 中央 and fund words only, the central government's money (GUIDELINES notes: 中央).
    const central =
      (national && (isGovernmentWord(words, text.text, ending.end, end) || isCentralFundName(words, text.text, ending, end))) ||
      (!national && namesCentralFund(words, text.text, nameFrom, ending));
    const who = earlier ?? (central ? CENTRAL : nameOf(text, words, nameFrom, end));
    // 某县教育局: a department of a place is written as the place's path (GUIDELINES: governments and their departments).
    const department = national ? undefined : departmentPlace(text, words, sentence, nameFrom, ending.start, end);
    const organisation: Party = department
      ? { start: nameFrom, end, who: department.path, mentions: [department.index], marked: false }
      : { start: nameFrom, end, who, mentions: [], marked: false };
    // 引进甲集团和乙公司共投资…: the investors brought in give with no verb of their own (GUIDELINES: not the
    // introducer, the investor); one listed right after such an investor is brought in too.
    // Not one brought to do something else (促成某医院引入新设备): the clause goes on to an investment or a total.
    const introduced =
      (introducesAt(words, text.text, nameFrom, span.start) || (introducedEnd >= 0 && isGiverListGap(words, text.text, introducedEnd, nameFrom))) &&
      (words.hasIn(text.text, end, clause.end, 'giver') || words.hasIn(text.text, end, clause.end, 'total'));
    if (introduced) introducedEnd = end;
    if (!giving && !introduced) {
      listed = organisation;
      continue;
    }
    // 甲基金会和乙基金会将分别捐款: the organisation listed right before a giving one gives with it.
    if (listed && listed.end <= nameFrom && isGiverListGap(words, text.text, listed.end, nameFrom)) found.push(listed);
    listed = undefined;
    found.push(organisation);
    if (!byVerb) openingEnd = end;
  }
  return found;
}

const YI = '以';

/** How far before a name its introducing verb may start (引进, 引入). */
const INTRODUCER_LENGTH = 2;

/** An introducing verb (引进, 引入) ends right at `at`: the name after it is an investor brought in. */
export function introducesAt(words: FactWords, text: string, at: number, floor: number): boolean {
  return words.endsAt(text, at, 'introducer', Math.max(floor, at - INTRODUCER_LENGTH));
}

/** Past a clause mark at `at`, if one stands there. */
function afterClauseMark(text: string, at: number): number {
  return isClauseMark(text.charCodeAt(at)) ? at + 1 : at;
}

/** The longest bracketed note read after a name (（现为某某集团）, （以下简称某某）). */
const BRACKET_NOTE_REACH = 20;
const BRACKET_PAIRS: Record<string, string> = { '(': ')', '（': '）' };

/** Where text goes on after a bracketed note opening at `at` and closing before `to` (within BRACKET_NOTE_REACH); `at` when none. */
function pastBracketNote(text: string, at: number, to: number): number {
  const close = BRACKET_PAIRS[text[at] ?? ''];
  if (close === undefined) return at;
  for (let i = at + 1; i < Math.min(to, at + BRACKET_NOTE_REACH); i++) {
    const c = text[i]!;
    if (c === ')' || c === '）') return i + 1;
    if (c in BRACKET_PAIRS) return at;
  }
  return at;
}

/**
 * 某县与某某公司签订投资协议, 某某集团同某市政府签署合作框架协议: the organisation and a government (a place,
 * with or without 政府 after it) are the two sides of an agreement (a pact word after the organisation in its
 * clause, no contract word: a contractor is paid). The organisation is the investor (GUIDELINES: the
 * investor gives); the government is its partner, not a giver (placeSignsPact).
 */
function signsPactWithPlace(text: FactText, words: FactWords, sentence: number, start: number, end: number): boolean {
  const clause = text.clauseAt(sentence, start);
  if (!words.hasIn(text.text, end, clause.end, 'pact') || words.hasIn(text.text, end, clause.end, 'contract')) return false;
  const places = text.ofType(sentence, 'place');
  // 某县政府与某某公司, 某县在签约仪式上与甲公司签订…、与乙公司签订…: a place of the sentence before the partner
  // word, and no organisation named between the sentence's start and it (the other side is the place).
  const join = start - 1;
  const sentenceStart = text.sentences[sentence]!.start;
  if (join > sentenceStart && words.startsAt(text.text, join, 'contract-partner')) {
    if (!places.some((place) => place.end <= join)) return false;
    // …、与乙公司签订…: one more agreement of the same subject, after an earlier one's list mark.
    if (PACT_LIST_MARKS.has(text.text.charCodeAt(join - 1))) return true;
    return !words.hasIn(text.text, sentenceStart, join, 'organisation') && !words.hasIn(text.text, sentenceStart, join, 'company-ending');
  }
  // 某某公司与某县…: a place starts right after the partner word.
  const partner = words.startIn(text.text, end, clause.end, 'contract-partner');
  return partner !== '' && places.some((place) => place.start === end + partner.length);
}

/** What stands before the partner word of one more agreement of a list (…签订甲项目、与乙公司签订…). */
const PACT_LIST_MARKS = new Set([...'、，,'].map((mark) => mark.charCodeAt(0)));

/** Where text goes on after a government word (政府, 人民政府) at `at`, if it ends by `limit`; else `at`. */
function afterGovernment(words: FactWords, text: string, at: number, limit: number): number {
  const word = words.startIn(text, at, limit, 'pact-government');
  return word === '' ? at : at + word.length;
}

/**
 * The place is the government side of an agreement with an organisation (某县政府与某公司签订协议, 某公司与某县签署):
 * it signs, and the organisation invests. Not two places (某县与某省签订帮扶协议: the partner logic reads those).
 */
export function placeSignsPact(text: FactText, words: FactWords, sentence: number, place: Span, next: Span | undefined, clauseEnd: number): boolean {
  if (!words.hasIn(text.text, place.end, clauseEnd, 'pact') || words.hasIn(text.text, place.end, clauseEnd, 'contract')) return false;
  const t = text.text;
  // 某县政府与某公司: the partner word right after the place (and its 政府), no place right after it.
  const at = afterGovernment(words, t, place.end, clauseEnd);
  const partner = words.startIn(t, at, clauseEnd, 'contract-partner');
  if (partner !== '') return next?.start !== at + partner.length && words.hasIn(t, at + partner.length, clauseEnd, 'organisation');
  // 某公司与某县政府: the partner word right before the place, an organisation's ending before it in the clause.
  const clauseStart = text.clauseAt(sentence, place.start).start;
  if (place.start - 1 <= clauseStart || !words.startsAt(t, place.start - 1, 'contract-partner')) return false;
  return words.hasIn(t, clauseStart, place.start - 1, 'organisation') || words.hasIn(t, clauseStart, place.start - 1, 'company-ending');
}

const TITLE_QUOTES: Record<string, string> = { '「': '」', '《': '》', '“': '”', '『': '』' };
/** The longest quoted title looked through for its close (「…计划」). */
const TITLE_REACH = 40;

/** text[start, end) opens a quoted title (「 right before it) that closes later than right after it. */
function insideTitle(text: string, start: number, end: number, limit: number): boolean {
  const close = TITLE_QUOTES[text[start - 1] ?? ''];
  if (close === undefined || text[end] === close) return false;
  const at = text.indexOf(close, end);
  return at > end && at < Math.min(limit, end + TITLE_REACH);
}

/** The longest channel word (通过, 经由). */
const CHANNEL_LENGTH = 2;

/** How far before a contractor's name its 与 may stand (与甲公司/乙公司/丙公司: a list of partners). */
const CONTRACTOR_REACH = 60;

/**
 * The organisation is a contractor: 与 (同) stands before it in its clause, past a list of names only, and a
 * contract word (合同) after it in its clause. Read only where the clause names a contract.
 */
function isContractor(text: FactText, words: FactWords, sentence: number, start: number, end: number): boolean {
  const clause = text.clauseAt(sentence, start);
  if (!words.hasIn(text.text, end, clause.end, 'contract')) return false;
  const partner = words.allIn(text.text, Math.max(clause.start, start - CONTRACTOR_REACH), start, 'contract-partner').pop();
  return partner !== undefined && !words.hasIn(text.text, partner.end, start, 'giver');
}

/**
 * Where the text after an organisation goes on past the destination it names first (向某地区某县某镇捐资:
 * the giving verb is read from after the places), else `at`.
 */
function pastDestination(text: FactText, words: FactWords, sentence: number, at: number): number {
  const word = words.startIn(text.text, at, text.sentences[sentence]!.end, 'destination');
  if (word === '') return at;
  let end = at + word.length;
  for (const place of text.ofType(sentence, 'place')) if (place.start === end) end = place.end;
  return end > at + word.length ? end : at;
}

/**
 * The organisation is an item of a list of donors with their amounts (…捐款情况是：甲集团1000万元，…): its
 * amount follows its name right away, and a giving verb stands before it in its sentence.
 */
/** List marks that may stand before an item of a list of donors (、，；：). */
const LIST_ITEM_MARKS = new Set([...'、，,；;：:'].map((mark) => mark.charCodeAt(0)));

/**
 * 共接收捐款…，其中甲集团500万元、某市300万元: the place opens an item of a list (after a list mark) and its
 * own amount follows it right away, in a sentence where a receiving word stands before: a donor with its gift.
 * (Not an allocation, 其中甲县500万元、乙县300万元, where no one receives before: those places get the money.)
 */
function listsOwnReceivedAmount(text: FactText, words: FactWords, sentence: number, place: LocatedMention): boolean {
  const span = text.sentences[sentence]!;
  if (!LIST_ITEM_MARKS.has(text.text.charCodeAt(place.start - 1))) return false;
  let at = place.end;
  while (at < span.end && isSpace(text.text.charCodeAt(at))) at++;
  if (!text.ofType(sentence, 'money').some((m) => m.start === at)) return false;
  return words.hasIn(text.text, span.start, place.start, 'receiver');
}

function listsOwnAmount(text: FactText, words: FactWords, sentence: number, start: number, end: number): boolean {
  let at = end;
  while (at < text.sentences[sentence]!.end && isSpace(text.text.charCodeAt(at))) at++;
  if (!text.ofType(sentence, 'money').some((m) => m.start === at)) return false;
  return words.giverIn(text.text, text.sentences[sentence]!.start, start) >= 0;
}

/**
 * The name text[from, to) as written; where it opens with a place named before (该市慈善总会), the
 * same name written earlier with its place (马鞍山市慈善总会), when the text holds one.
 */
function nameOf(text: FactText, words: FactWords, from: number, to: number): string {
  const generic = words.startIn(text.text, from, to, 'generic-place');
  if (generic === '') return text.slice(from, to);
  const rest = text.slice(from + generic.length, to);
  return (rest.length > 0 && namedWithPlaceBefore(text, rest, from)) || bareDepartment(words, generic, rest) || text.slice(from, to);
}

/**
 * 该市民政局 with no name written before it: a department of the level the word names, written as the
 * bare level's department (市民政局), which stands for the subject's division of that level.
 */
function bareDepartment(words: FactWords, generic: string, rest: string): string | undefined {
  const level = generic.slice(-1);
  if (generic.length < 2 || !'省市州盟县区旗'.includes(level) || !words.startsAt(rest, 0, 'department')) return undefined;
  return words.startIn(rest, 0, rest.length, 'department') === rest ? level + rest : undefined;
}

/** The last `rest` written before `before` right after a place mention, with that place (马鞍山市 + 慈善总会). */
function namedWithPlaceBefore(text: FactText, rest: string, before: number): string | undefined {
  for (let at = text.text.lastIndexOf(rest, before - 1); at > 0; at = text.text.lastIndexOf(rest, at - 1)) {
    const sentence = text.sentenceAt(at);
    const place = sentence < 0 ? undefined : text.ofType(sentence, 'place').find((p) => p.end === at);
    if (place) return text.slice(place.start, at + rest.length);
  }
  return undefined;
}

/**
 * The last name ending in `ending` written before `before` (该基金 → 某某建设基金), with no date or
 * lead word before it; undefined when the text names none. Read only for bare endings, which are rare.
 */
function earlierName(text: FactText, words: FactWords, ending: string, before: number): string | undefined {
  for (let at = text.text.lastIndexOf(ending, before - 1); at > 0; at = text.text.lastIndexOf(ending, at - 1)) {
    const sentence = text.sentenceAt(at);
    if (sentence < 0) continue;
    const sentenceStart = text.sentences[sentence]!.start;
    const start = nameStart(text, words, at + ending.length, sentenceStart);
    // A name cut at the reach, not at a name break, may hold words before it (通过审查某某基金).
    const lead = words.startIn(text.text, start, at, 'name-lead').length;
    const yearEnd = afterYearLead(words, text.text, start + lead, at);
    if (start > sentenceStart && !isNameBreak(words, text.text.charCodeAt(start - 1)) && !holdsDateFrom(text, sentence, start, at) && yearEnd === start + lead) continue;
    const from = afterDates(text, sentence, yearEnd, at);
    if (from < at && !isGenericName(words, text.text, from, at)) return nameOf(text, words, from, at + ending.length);
  }
  return undefined;
}

/** A date mention inside text[from, to) (通过审查明年度某某基金: the name starts after it). */
function holdsDateFrom(text: FactText, sentence: number, from: number, to: number): boolean {
  return afterDates(text, sentence, from, to) > from;
}

/** 中央水利建设基金: a fund whose name opens with 中央 is the central government's (as 中央预算内投资). */
function namesCentralFund(words: FactWords, text: string, from: number, ending: Span): boolean {
  return words.startsAt(text, from, 'central') && words.startsAt(text, ending.start, 'fund-ending') && ending.end - ending.start === words.startIn(text, ending.start, ending.end, 'fund-ending').length;
}

/** text[prefix.start, to) is 中央 followed by fund words only (中央资金, 中央预算内投资, 中央拨款). */
function isCentralFundName(words: FactWords, text: string, prefix: Span, to: number): boolean {
  if (!words.startsAt(text, prefix.start, 'central') || to <= prefix.end) return false;
  return words.afterLeading(text, prefix.end, to, 'central-fund') === to;
}

/** text[from, to) is a word of government (政府, 财政) and nothing more. */
function isGovernmentWord(words: FactWords, text: string, from: number, to: number): boolean {
  return from + words.startIn(text, from, to, 'national-government').length === to;
}

const CENTRAL = '中央';

/** The longest name read after a national prefix (中国某某, 国家电网). */
const NATIONAL_NAME_REACH = 4;

/**
 * Where a name opened by a national prefix ends: at its giving verb, a name break, a clause mark
 * or a place, at most NATIONAL_NAME_REACH ideographs after the prefix (the prefix's end when none).
 */
function nationalNameEnd(text: FactText, words: FactWords, sentence: number, prefix: Span): number {
  const limit = Math.min(text.sentences[sentence]!.end, prefix.end + NATIONAL_NAME_REACH + 1);
  const place = text.ofType(sentence, 'place').find((p) => p.start >= prefix.end);
  // 中央拨付…, 中央明年须释出…: the central word as a subject, its verb, a time or an adverb right after it: 中央 alone.
  if (bareCentralSubject(text, words, sentence, prefix)) return prefix.end;
  let end = prefix.end;
  while (end < limit && (place === undefined || end < place.start) && isIdeograph(text.text.charCodeAt(end)) && !isNameBreak(words, text.text.charCodeAt(end))) {
    // 中央财政紧急拨付: an adverb before the verb is no part of the name.
    if (end > prefix.end && (words.startsAt(text.text, end, 'giver') || words.startsAt(text.text, end, 'name-tail'))) return end;
    // 中央厨房项目: a project is no name. 国家批复投资为…: the state approves the sum, it names no giver.
    if (words.startsAt(text.text, end, 'project') || words.startsAt(text.text, end, 'approve')) return prefix.end;
    end++;
  }
  // Ended past the reach without a verb, break or place: no name read.
  return end === limit ? prefix.end : end;
}

/**
 * 中央 right before a giving verb, a name tail (日前, 紧急), a date mention or an adverb of time or mood (须, 将,
 * 已): the central government as a subject, named by the word alone.
 */
function bareCentralSubject(text: FactText, words: FactWords, sentence: number, prefix: Span): boolean {
  const t = text.text;
  if (!words.startsAt(t, prefix.start, 'central') || prefix.end - prefix.start !== words.startIn(t, prefix.start, prefix.end, 'central').length) return false;
  const at = prefix.end;
  if (words.startsAt(t, at, 'giver') || words.startsAt(t, at, 'name-tail') || CENTRAL_SUBJECT_ADVERBS.has(t[at] ?? '')) return true;
  return text.ofType(sentence, 'date').some((d) => d.start === at);
}

/** One-character adverbs that may follow a subject before its verb (中央须…, 中央将…, 中央已…). */
const CENTRAL_SUBJECT_ADVERBS = new Set([...'须須将將已再也还還亦则則会會应應拟擬要共']);

/** A national prefix (中国, 国家) opens a name there: at a name boundary, with a name read after it. */
export function opensNationalName(text: FactText, words: FactWords, prefix: Span): boolean {
  const sentence = text.sentenceAt(prefix.start);
  if (sentence < 0 || !isNameBoundary(words, text.text, prefix.start, text.sentences[sentence]!.start)) return false;
  return nationalNameEnd(text, words, sentence, prefix) > prefix.end || bareCentralSubject(text, words, sentence, prefix);
}

/** A name may start at `at`: the sentence opens there, or a name break, clause or list mark stands before it. */
function isNameBoundary(words: FactWords, text: string, at: number, sentenceStart: number): boolean {
  if (at <= sentenceStart) return true;
  const before = text.charCodeAt(at - 1);
  return isNameBreak(words, before) || LIST_JOINS.has(before) || isClauseMark(before);
}

/**
 * The place a department's name is made of (某县 of 某县教育局): the name is places from `from` up to
 * the ending at `at` and the ending is a department word up to `end`. Read only for names ending in one.
 */
function departmentPlace(text: FactText, words: FactWords, sentence: number, from: number, at: number, end: number): LocatedMention | undefined {
  if (at + words.startIn(text.text, at, end, 'department').length !== end) return undefined;
  const places = text.ofType(sentence, 'place');
  const last = places.find((p) => p.end === at);
  if (!last) return undefined;
  // 北京市东城区教育局: places written one after the other from the name's start.
  let start = last.start;
  for (let i = places.indexOf(last) - 1; i >= 0 && places[i]!.end === start; i--) start = places[i]!.start;
  return start === from ? last : undefined;
}

/** Where text[from, to) goes on after the last date mention inside it (and the 度 of 2021年度), else `from`. */
function afterDates(text: FactText, sentence: number, from: number, to: number): number {
  let start = from;
  // 今年下半年某集团…: a date the name's lead word (今年) opens ends inside what is left; the name starts after it.
  for (const date of text.ofType(sentence, 'date')) if (date.end > from && date.end <= to) start = Math.max(start, date.end);
  // 11月以来省财政厅…: a month or day in digits, or a relative year or month, that the dates left unread (no
  // reference date known) opens no name either.
  if (start === from) {
    TIME_LEAD.lastIndex = from;
    if (TIME_LEAD.test(text.text) && TIME_LEAD.lastIndex < to) start = TIME_LEAD.lastIndex;
  }
  if (start > from && start < to && text.text.charCodeAt(start) === DU && text.text.charCodeAt(start - 1) === NIAN) start++;
  // 今年以来省财政厅…: the close of a since clause after the date is no part of the name.
  if ((start > from || TIME_ENDS.has(text.text.charCodeAt(start - 1))) && text.text.startsWith(SINCE, start) && start + SINCE.length < to) start += SINCE.length;
  return start;
}

/** A month or a day written in digits, or a relative year or month, opening what would be a name (11月, 今年). */
const TIME_LEAD = /(?:[0-9]{1,2}月(?:[0-9]{1,2}日)?|[0-9]{1,2}日|今年|去年|本月|上月)/y;
const SINCE = '以来';
/** The characters a time word ends with (今年, 11月, 3日), right before a since close. */
const TIME_ENDS = new Set([...'年月日'].map((c) => c.charCodeAt(0)));

/** 台明年离岛建设基金: a year word inside a name (明年, 今年, 本年度), read as no date, ends what stands before it; where the name goes on. */
function afterYearLead(words: FactWords, text: string, from: number, to: number): number {
  let start = from;
  for (const lead of words.allIn(text, from, to, 'name-lead')) if (lead.end < to && YEAR_LEAD.test(text.slice(lead.start, lead.end))) start = lead.end;
  return start;
}

const YEAR_LEAD = /年度?$/;

const DU = '度'.charCodeAt(0);
const NIAN = '年'.charCodeAt(0);

/** text[from, to), the part of a name before its ending, is only a generic word (该, 上市, 子). */
function isGenericName(words: FactWords, text: string, from: number, to: number): boolean {
  const word = words.startIn(text, from, to, 'generic-name');
  return word !== '' && from + word.length === to;
}

/** Numerals of a count (3所, 两家, 十几个, 数家). */
const COUNT_NUMERALS = new Set([...'0123456789０１２３４５６７８９一二两三四五六七八九十百千几多数余'].map((c) => c.charCodeAt(0)));

/** text[from, to), the part of a name before its ending, ends in a number and its measure word (3所, 园区内两家): a count, no name. */
/** Where text[from, to) goes on past a count it opens with (14家, 三个), else `from`. */
function afterCount(words: FactWords, text: string, from: number, to: number): number {
  let at = from;
  while (at < to && COUNT_NUMERALS.has(text.charCodeAt(at))) at++;
  const measure = at > from ? words.startIn(text, at, to, 'count-measure') : '';
  return measure === '' ? from : at + measure.length;
}

function isCountOfKind(words: FactWords, text: string, from: number, to: number): boolean {
  return to - from >= 2 && COUNT_NUMERALS.has(text.charCodeAt(to - 2)) && words.endsAt(text, to, 'count-measure', to - 1);
}

/** 由某局、某市政府联合主办的…: the place, after 由 in its clause, is one of an event's hosts (neither giver nor destination). */
export function hostsEvent(text: FactText, words: FactWords, sentence: number, place: LocatedMention): boolean {
  const clause = text.clauseAt(sentence, place.start);
  return words.hasIn(text.text, clause.start, place.start, 'by') && hostsAfter(words, text.text, place.end, clause.end);
}

/** text[from, to) goes on to a hosting verb (主办, 承办) before any giving verb: the name before hosts an event. */
export function hostsAfter(words: FactWords, text: string, from: number, to: number): boolean {
  const host = words.indexIn(text, from, to, 'host');
  if (host < 0) return false;
  const giver = words.indexIn(text, from, host, 'giver');
  return giver < 0;
}

/** How far before a project word its count may stand (30个新项目: two characters between). */
const PROJECT_COUNT_REACH = 3;

/** text[from, to) holds a project word with a number shortly before it (50新项目, 12个项目): a count of projects. */
function countsProjects(words: FactWords, text: string, from: number, to: number): boolean {
  for (const project of words.allIn(text, from, to, 'project')) {
    for (let at = project.start - 1; at >= Math.max(from, project.start - PROJECT_COUNT_REACH); at--) {
      if (COUNT_NUMERALS.has(text.charCodeAt(at))) return true;
    }
  }
  return false;
}

/** How far after a pointing-back name (该集团) its giving verb may start (该集团还投入). */
const ANAPHOR_VERB_REACH = 2;

/** The longest organisation name read when a place opens it (杭州某某装备股份有限公司). */
const PLACE_NAME_REACH = 20;

/**
 * Where a name cut at ORGANISATION_REACH (not at a name break) starts when a place opens it: at
 * that place, the nearest one before the cut, with no name break between (天津某某房地产开发有限公司).
 * Else at the first place inside the cut name (爱心组织某某省某某基金会: the label before it is no part of the name).
 */
function placeOpeningName(text: FactText, words: FactWords, sentence: number, start: number, end: number): number {
  if (start <= text.sentences[sentence]!.start || isNameBreak(words, text.text.charCodeAt(start - 1))) return start;
  const places = text.ofType(sentence, 'place');
  let inside = start;
  for (let i = places.length - 1; i >= 0; i--) {
    const place = places[i]!;
    if (place.start >= start) {
      if (place.start > start && place.end < end) inside = place.start;
      continue;
    }
    if (end - place.start > PLACE_NAME_REACH) return inside;
    for (let k = place.end; k < start; k++) if (isNameBreak(words, text.text.charCodeAt(k))) return inside;
    return place.start;
  }
  return inside;
}

/** The longest name of a school a body inside it is named after (化学化工学院). */
const INSTITUTION_REACH = 8;

/**
 * Where a name cut at ORGANISATION_REACH starts when a school's name ends right at the cut (某学院某某研究中心:
 * the body inside the school is named with it), else `start`.
 */
function institutionOpeningName(text: FactText, words: FactWords, floor: number, start: number): number {
  if (start <= floor || isNameBreak(words, text.text.charCodeAt(start - 1)) || !words.endsAt(text.text, start, 'institution', Math.max(floor, start - 3))) return start;
  return nameStart(text, words, start, floor, INSTITUTION_REACH);
}

/** How many characters a company's name cut at the reach may run on back to a name break (九某某房地产开发集团有限公司). */
const COMPANY_NAME_RUN_ON = 4;

/**
 * Where a name ending at `end` starts; a company's name (有限公司) cut at ORGANISATION_REACH, not at a name
 * break, runs on back to a name break up to COMPANY_NAME_RUN_ON more characters (九某某房地产开发集团有限公司).
 */
function companyNameStart(text: FactText, words: FactWords, sentence: number, end: number, floor: number): number {
  const start = nameStart(text, words, end, floor);
  if (start <= floor || isNameBreak(words, text.text.charCodeAt(start - 1)) || !words.endsAt(text.text, end, 'company-ending', start)) return start;
  // 爱心企业广东某某股份有限公司: a name opening with a place starts there.
  if (text.ofType(sentence, 'place').some((place) => place.start === start)) return start;
  const longer = nameStart(text, words, end, floor, ORGANISATION_REACH + COMPANY_NAME_RUN_ON);
  // 其中包括某某制药有限公司: a run-on over a breakdown word reaches into the list's opening, not the name
  // (the cut name then starts at the place that opens it).
  if (longer < start && words.hasIn(text.text, longer, start, 'breakdown')) return start;
  // Not past another company's name (某公司董事长…代表公司).
  if (longer < start && (longer === floor || isNameBreak(words, text.text.charCodeAt(longer - 1))) && words.indexIn(text.text, longer, start, 'company-ending') < 0) return longer;
  return start;
}

function nameStart(text: FactText, words: FactWords, end: number, floor: number, reach = ORGANISATION_REACH): number {
  let start = end;
  /** The length of the brackets passed over, which the reach does not count. */
  let bracketed = 0;
  while (start > floor && end - start - bracketed < reach) {
    if (!isNameBreak(words, text.text.charCodeAt(start - 1))) {
      start--;
      continue;
    }
    // 某某(香港)控股有限公司: a short bracket inside the name is part of it.
    const open = start < end ? bracketOpening(text.text, start - 1, floor) : -1;
    if (open < 0) break;
    bracketed += start - open;
    start = open;
  }
  return start;
}

/** The longest text inside a bracket held by a name (香港, 西安). */
const BRACKET_REACH = 6;
const CLOSING = new Set([...')）'].map((mark) => mark.charCodeAt(0)));
const OPENING = new Set([...'(（'].map((mark) => mark.charCodeAt(0)));

/**
 * Where the bracket closed at `close` opens, when it holds only ideographs and a name goes on
 * before it (某某(香港)控股): the bracket is inside a name. Else -1.
 */
function bracketOpening(text: string, close: number, floor: number): number {
  if (!CLOSING.has(text.charCodeAt(close))) return -1;
  for (let at = close - 1; at > floor && close - at <= BRACKET_REACH + 1; at--) {
    const code = text.charCodeAt(at);
    if (OPENING.has(code)) return at < close - 1 && isIdeograph(text.charCodeAt(at - 1)) ? at : -1;
    if (!isIdeograph(code)) return -1;
  }
  return -1;
}

/**
 * The place starts a company's name (黑龙江北大荒农业股份有限公司): a company ending follows it
 * within a name's reach, with no name break between.
 */
export function startsCompanyName(text: string, words: FactWords, place: { end: number }, role: FactRole = 'company-ending'): boolean {
  const ending = words.indexIn(text, place.end, Math.min(text.length, place.end + ORGANISATION_REACH), role);
  if (ending < 0) return false;
  for (let i = place.end; i < ending; i++) if (isNameBreak(words, text.charCodeAt(i))) return false;
  return true;
}

/** The longest name of a fined party (衡水某某医疗器械商贸有限公司). */
const FINED_NAME_REACH = 20;
/** How far before a fine its party may be named (a case: its title, the inquiry, the fine). */
const FINED_REACH = 400;
const DUI = '对'.charCodeAt(0);

/**
 * The party a fine is imposed on (GUIDELINES: the payer gives): the last company or shop named in
 * text[floor, fine) as the object of 对 (依法对某公司开展立案调查) or at the start of a clause or line
 * (经查，某百货店存在…), not a generic mention (该店). Read only for fines, which are rare.
 */
export function finedPartyBefore(text: FactText, words: FactWords, floor: number, fine: number): string | undefined {
  const from = Math.max(floor, fine - FINED_REACH);
  const endings = [...words.allIn(text.text, from, fine, 'organisation'), ...words.allIn(text.text, from, fine, 'fined-ending')];
  endings.sort((a, b) => b.end - a.end);
  for (const ending of endings) {
    const start = nameStart(text, words, ending.end, from, FINED_NAME_REACH);
    if (ending.end - start <= ending.end - ending.start || isGenericName(words, text.text, start, ending.start)) continue;
    const before = start > 0 ? text.text.charCodeAt(start - 1) : 0;
    if (before === DUI || start === 0 || NAME_BREAK_MARKS.has(before) || isSpace(before)) return text.slice(start, ending.end);
  }
  return undefined;
}



/** A place of the sentence ends where the ending ends and holds all of it (浦东新区): the ending closes the place's name. */
function endsPlaceName(text: FactText, sentence: number, ending: Span): boolean {
  return text.ofType(sentence, 'place').some((place) => place.end === ending.end && place.start <= ending.start);
}

/**
 * 甲区与乙旗、丙旗签订东西部协作协议 (or 乙县与甲区签署帮扶协议): a pact of aid (an aid-pact word in the
 * sentence, a pact word in the clause) between a place of a donor province and a place of another
 * province joined to it by 与 or 同: the donor province's place gives ('donor'), the other receives
 * ('recipient'), whichever side is named first. Undefined for a place of no such pact.
 */
function aidPactSide(text: FactText, words: FactWords, sentence: number, places: readonly LocatedMention[], place: LocatedMention): 'donor' | 'recipient' | undefined {
  const clause = text.clauseAt(sentence, place.start);
  const t = text.text;
  if (!words.hasIn(t, clause.start, clause.end, 'pact')) return undefined;
  const span = text.sentences[sentence]!;
  if (!words.hasIn(t, span.start, span.end, 'aid-pact')) return undefined;
  const donor = isDonorProvince(words, place.province);
  // Each side is a place or its government (某区人民政府), joined right by 与 or 同: not an organisation opening
  // with the place (某市工商联与某村签订帮扶协议: the organisation gives by its own name).
  const joined = (first: LocatedMention, second: LocatedMention) => PARTNER_JOIN.test(t.slice(afterGovernment(words, t, first.end, second.start), second.start));
  const paired = places.some((other) => {
    if (other.start < clause.start || other.end > clause.end || isDonorProvince(words, other.province) === donor) return false;
    const [first, second] = other.start >= place.end ? [place, other] : [other, place];
    if (second.start < first.end || !joined(first, second)) return false;
    // The donor side named second: no organisation ending after it (某县与某市工商联签订).
    const donorSide = donor ? place : other;
    return donorSide === first || !words.hasIn(t, donorSide.end, clause.end, 'organisation');
  });
  return paired ? (donor ? 'donor' : 'recipient') : undefined;
}

/** The province gives in East–West aid pacts (a donor-province word of fact-words.tsv). */
function isDonorProvince(words: FactWords, province: string): boolean {
  return province !== '' && words.startIn(province, 0, province.length, 'donor-province') === province;
}

/** The fewest characters a company's short name holds (某某管业; not 酒厂 of 某地酒厂). */
const SHORT_NAME_MIN = 3;

/**
 * 某市某某管业有限公司 … 某某管业决定捐赠: the names a company written in full with its legal suffix (有限公司) is
 * later called by: the name without the suffix, and without a place opening it. `partiesIn` gives a sentence's parties.
 */
export function companyShortNames(text: FactText, words: FactWords, partiesIn: (sentence: number) => readonly Party[]): readonly string[] {
  const t = text.text;
  const names = new Set<string>();
  const suffixes = words.allIn(t, 0, t.length, 'legal-suffix');
  const partiesBySentence = new Map<number, readonly Party[]>();
  for (const suffix of suffixes) {
    const sentence = text.sentenceAt(suffix.start);
    if (sentence < 0) continue;
    if (!partiesBySentence.has(sentence)) partiesBySentence.set(sentence, partiesIn(sentence));
    // 接过某市某某管业有限公司工作人员…: a company named by no giving verb is no party; a place opening a run of
    // ideographs up to the suffix starts its name.
    const start = partiesBySentence.get(sentence)!.find((p) => p.end === suffix.end && p.mentions.length === 0)?.start ?? placeOpeningRun(text, sentence, suffix.start);
    if (start === undefined) continue;
    const place = text.ofType(sentence, 'place').find((p) => p.start === start && p.end < suffix.start);
    for (const from of place ? [start, place.end] : [start]) {
      const name = t.slice(from, suffix.start);
      if (name.length >= SHORT_NAME_MIN && [...name].every((c) => isIdeograph(c.charCodeAt(0)))) names.add(name);
    }
  }
  return [...names];
}

/** Where the first place of the run of ideographs that ends at `end` starts, undefined where it holds none. */
function placeOpeningRun(text: FactText, sentence: number, end: number): number | undefined {
  let start = end;
  while (start > text.sentences[sentence]!.start && isIdeograph(text.text.charCodeAt(start - 1))) start--;
  return text.ofType(sentence, 'place').find((p) => p.start >= start && p.end < end)?.start;
}

/**
 * A sentence's parties with the companies it calls by a short name (companyShortNames) added: where a giving verb
 * follows in its clause and no organisation is read there already, the short name is the party, in place of a place
 * opening it (某地酒厂为某村捐赠: no place gives).
 */
export function withShortNames(text: FactText, words: FactWords, sentence: number, parties: readonly Party[], names: readonly string[]): readonly Party[] {
  if (names.length === 0) return parties;
  const span = text.sentences[sentence]!;
  const sentenceText = text.text.slice(span.start, span.end);
  let found: Party[] | undefined;
  for (const name of names) {
    for (let at = sentenceText.indexOf(name); at >= 0; at = sentenceText.indexOf(name, at + name.length)) {
      const start = span.start + at;
      const end = start + name.length;
      // The full name itself (某某管业有限公司), or a short name giving nothing in its clause (扶持某某管业发展): no party.
      if (words.startsAt(text.text, end, 'legal-suffix') || !words.hasIn(text.text, end, text.clauseAt(sentence, end).end, 'giver')) continue;
      const list: Party[] = found ?? [...parties];
      const overlapping = list.filter((p) => p.start < end && start < p.end);
      // A name read already (the full name, an organisation around it) stays as it is.
      if (overlapping.some((p) => p.mentions.length === 0)) continue;
      found = [...list.filter((p) => !overlapping.includes(p)), { start, end, who: name, mentions: [], marked: false }];
    }
  }
  return found ? found.sort((a, b) => a.start - b.start) : parties;
}
