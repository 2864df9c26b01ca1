import type { PlaceMention } from '../model/mention';
import type { Span } from '../extract/types';
import { CLAUSE_MARK, type FactText, type LocatedMention } from './text';
import type { FactWords } from './words';

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
}

/** How far after a place a donor marker (援藏, 市委, 工作组) may start. */
const MARKER_REACH = 2;
/** How far after a place or organisation its giving verb may stand. */
const VERB_REACH = 10;
/** The longest organisation name looked for before its ending. */
const ORGANISATION_REACH = 12;
/** Punctuation an organisation name does not hold (nor the name-break words of fact-words.tsv): it starts after them. */
const NAME_BREAK_MARK = /[，。；：、“”‘’《》（）()\s]/;
/** The longest word read right before a place (投入, 来自, 向). */
const LEAD_REACH = 6;
/** What stands between two places of one list. */
const LIST_JOIN = /^[、和及与]?$/;
/** The longest clause that may stand before a sentence's subject. */
const LEAD_CLAUSE = 10;

/** `endings`: where the organisation endings of the sentence stand (found once per document). */
export function partiesOf(text: FactText, words: FactWords, sentence: number, endings: readonly Span[]): Party[] {
  const places = text.ofType(sentence, 'place');
  if (places.length === 0 && endings.length === 0) return [];
  const parties: Party[] = [];
  // A giving place needs a giving verb or a donor marker after it: a sentence without either has none.
  const givingPlaces = places.length > 0 && mayGive(text, words, sentence) ? places : NO_PLACES;
  for (let i = 0; i < givingPlaces.length; i++) {
    const place = givingPlaces[i]!;
    const next = places[i + 1];
    // 北京市东城区: the district gives, written from where the city starts.
    const outer = i > 0 && isInside(places[i - 1]!, place) ? places[i - 1]! : undefined;
    if (isInside(place, next)) continue;
    const giving = givingOf(text, words, sentence, places, outer ? i - 1 : i, place, next);
    if (giving === NOT_GIVING) continue;
    const mentions = outer ? [outer.index, place.index] : [place.index];
    parties.push({ start: (outer ?? place).start, end: place.end, who: place.path, mentions, marked: giving === MARKED });
  }
  for (const organisation of organisationsOf(text, words, sentence, endings)) {
    if (!parties.some((p) => p.start < organisation.end && organisation.start < p.end)) parties.push(organisation);
  }
  return parties.sort((a, b) => a.start - b.start);
}

const NO_PLACES: readonly LocatedMention[] = [];

function mayGive(text: FactText, words: FactWords, sentence: number): boolean {
  const span = text.sentences[sentence]!;
  const sentenceText = text.slice(span.start, span.end);
  return words.hasGiverOrMarker(sentenceText);
}

/**
 * Where the list of places holding `places[index]` starts (向莎车、泽普等4县: 莎车):
 * the places before it joined by 、 or 和 (`places`: the sentence's places, in order).
 */
export function listStart(text: FactText, places: readonly LocatedMention[], index: number): number {
  let i = index;
  while (i > 0 && places[i - 1]!.end <= places[i]!.start && LIST_JOIN.test(text.slice(places[i - 1]!.end, places[i]!.start))) i--;
  return places[i]!.start;
}

const SLASH = 0x2f;

/** `inner` is written right after `outer` and lies inside it (北京市 + 东城区). */
function isInside(outer: LocatedMention, inner: LocatedMention | undefined): boolean {
  if (!inner || inner.start !== outer.end) return false;
  return inner.path.length > outer.path.length && inner.path.startsWith(outer.path) && inner.path.charCodeAt(outer.path.length) === SLASH;
}

function textAfter(text: FactText, sentence: number, place: LocatedMention, next: LocatedMention | undefined): string {
  const clause = text.clauseAt(sentence, place.start);
  return text.slice(place.end, next && next.start < clause.end ? next.start : clause.end);
}

/** A donor marker right after the place (`after`: the text up to the next place or the clause end). */
function isMarkedBy(words: FactWords, after: string): boolean {
  const marker = words.indexOf(after, 'donor-marker');
  return marker >= 0 && marker <= MARKER_REACH && !after.slice(0, marker).includes('的');
}

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
  const after = textAfter(text, sentence, place, next);
  // 珠海市委, 山东援藏: but not 称多县的援建任务 (the place is what the work is for).
  const marked = isMarkedBy(words, after);
  if (!marked && !givesAfter(words, after) && !(written === 0 && givesAsSubject(text, words, sentence, writtenAt, place))) return NOT_GIVING;
  // …、洛阳市等地爱心企业: an unnamed group of that place.
  if (words.startOf(after.slice(words.startOf(after, 'list-end').length), 'unnamed')) return NOT_GIVING;
  // 向甲县、乙县等地: every place of a list after 向 receives; 投入西吉县: after a giving verb too;
  // 来自甲市、乙市: an origin.
  const listAt = listStart(text, places, written);
  const clause = text.clauseAt(sentence, writtenAt.start);
  const lead = text.slice(Math.max(clause.start, listAt - LEAD_REACH), listAt);
  if (words.endsWith(lead.slice(-1), 'destination') || words.endsWith(lead, 'giver') || words.endsWith(lead, 'origin')) return NOT_GIVING;
  return marked ? MARKED : GIVING;
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
  return words.giverAt(text.slice(place.end, laterPlace ? laterPlace.start : text.sentences[sentence]!.end)) >= 0;
}

/** A giving verb soon after, not after a verb that only brings an investor in. */
function givesAfter(words: FactWords, after: string): boolean {
  const giver = words.giverAt(after);
  if (giver < 0 || giver > VERB_REACH) return false;
  // 称多县的援建任务: the place is what the work is for.
  if (after.slice(0, giver).includes('的')) return false;
  const introducer = words.indexOf(after, 'introducer');
  return introducer < 0 || introducer > giver;
}

function opensSentence(text: FactText, sentence: number, place: LocatedMention): boolean {
  const lead = text.slice(text.sentences[sentence]!.start, place.start);
  // Only a time phrase (2023年，) or nothing stands before the subject.
  const rest = lead.replace(/^[“「‘\s]+/, '');
  if (rest === '') return true;
  // …or one short clause before it: a time or setting (十多年来，近年来，2023年，).
  const body = rest.slice(0, -1);
  return CLAUSE_MARK.test(rest[rest.length - 1]!) && body.length <= LEAD_CLAUSE && !CLAUSE_MARK.test(body);
}

/** Named organisations that give: followed by a giving verb, or after 由. */
function organisationsOf(text: FactText, words: FactWords, sentence: number, endings: readonly Span[]): Party[] {
  const span = text.sentences[sentence]!;
  const found: Party[] = [];
  for (const ending of endings) {
    const end = ending.end;
    const start = nameStart(text, words, end, span.start);
    if (end - start <= ending.end - ending.start) continue; // the bare ending (医院) names nobody
    const clause = text.clauseAt(sentence, end - 1);
    const after = text.slice(end, clause.end);
    const byBefore = words.endsAt(text.text, start, 'by', span.start);
    if (!byBefore && !givesAfter(words, after)) continue;
    // 借助某银行贷款: the name starts after the verb.
    const lead = words.startOf(text.slice(start, end), 'name-lead').length;
    found.push({ start: start + lead, end, who: text.slice(start + lead, end), mentions: [], marked: false });
  }
  return found;
}

function nameStart(text: FactText, words: FactWords, end: number, floor: number): number {
  let start = end;
  while (start > floor && end - start < ORGANISATION_REACH && !breaksName(words, text.text[start - 1]!)) start--;
  return start;
}

function breaksName(words: FactWords, character: string): boolean {
  return NAME_BREAK_MARK.test(character) || words.breaksName(character);
}
