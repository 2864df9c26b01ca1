import type { FactBasis } from './schema';
import type { MoneyContext } from './context';
import type { FactText, LocatedMention } from './text';
import type { FactWords } from './words';

// `when`: the date its sentence ties the amount to (GUIDELINES, facts).

export interface WhenLink {
  when: string | null;
  mentions: number[];
  basis: FactBasis;
}

const NONE: WhenLink = { when: null, mentions: [], basis: 'none' };
/** How far after a date a completion or start word still describes it. */
const EVENT_REACH = 8;

export function linkWhen(ctx: MoneyContext, previous: WhenLink | undefined): WhenLink {
  const { text, words, money, zone, sentence } = ctx;
  const sentenceStart = text.sentences[sentence]!.start;
  const beforeInZone = text.slice(zone.start, money.start);
  if (words.has(beforeInZone, 'recurrence')) return { ...NONE, basis: 'clause' };
  const dates = eventDates(text, words, sentence);
  const before = dates.filter((date) => date.end <= money.start);
  const nearest = before[before.length - 1];
  if (nearest) {
    const link = linked(nearest, nearest.start >= ctx.clause.start ? 'clause' : 'sentence');
    if (words.has(text.slice(nearest.end, money.start), 'whole-year')) return yearOf(link);
    return listedYears(text, before) ?? link;
  }
  const started = dates.find((date) => date.start >= money.end && followedBy(text, words, date, 'start'));
  if (started) return linked(started, 'sentence');
  if (words.has(text.slice(sentenceStart, money.start), 'cumulative')) return NONE;
  const opening = text.sentenceOpening(sentence);
  if (previous?.when && words.startOf(opening, 'carry-on')) return { ...previous, basis: 'previous-sentence' };
  // …预计全年交易额可达5亿元 after a dated sentence: that date's year.
  if (previous?.when && words.has(beforeInZone, 'whole-year')) return { ...yearOf(previous), basis: 'previous-sentence' };
  return NONE;
}

const LIST_MARK = /^[、和及与]$/;
const YEAR = /^\d{4}$/;

/** Years listed for one amount (2021年、2022年投资…) become the interval they span. */
function listedYears(text: FactText, before: readonly LocatedMention[]): WhenLink | undefined {
  let first = before.length - 1;
  const value = (date: LocatedMention) => (date.mention as { value: string }).value;
  if (first < 0 || !YEAR.test(value(before[first]!))) return undefined;
  while (first > 0 && YEAR.test(value(before[first - 1]!)) && LIST_MARK.test(text.slice(before[first - 1]!.end, before[first]!.start))) first--;
  if (first === before.length - 1) return undefined;
  const listed = before.slice(first);
  return { when: `${value(listed[0]!)}/${value(listed[listed.length - 1]!)}`, mentions: listed.map((d) => d.index), basis: 'clause' };
}

/** The year a date or period starts in. */
function yearOf(link: WhenLink): WhenLink {
  return { ...link, when: link.when ? link.when.slice(0, 4) : null };
}

function linked(date: LocatedMention, basis: FactBasis): WhenLink {
  return { when: (date.mention as { value: string }).value, mentions: [date.index], basis };
}

/** Not the base of a comparison (比2022年) and not a completion date (2023年建成). */
function isEventDate(text: FactText, words: FactWords, date: LocatedMention): boolean {
  if (words.endsWith(text.slice(Math.max(0, date.start - 2), date.start), 'comparison')) return false;
  return !followedBy(text, words, date, 'completion') || followedBy(text, words, date, 'start');
}

function followedBy(text: FactText, words: FactWords, date: LocatedMention, role: 'start' | 'completion'): boolean {
  const clause = text.clauseAt(text.sentenceAt(date.start), date.end);
  const after = text.slice(date.end, Math.min(clause.end, date.end + EVENT_REACH));
  return words.has(after, role);
}

const eventDatesCache = new WeakMap<FactText, Map<number, LocatedMention[]>>();

/** The dates of a sentence that may be a fact's date (found once per sentence). */
function eventDates(text: FactText, words: FactWords, sentence: number): LocatedMention[] {
  let perSentence = eventDatesCache.get(text);
  if (!perSentence) eventDatesCache.set(text, (perSentence = new Map()));
  let dates = perSentence.get(sentence);
  if (!dates) perSentence.set(sentence, (dates = text.ofType(sentence, 'date').filter((date) => isEventDate(text, words, date))));
  return dates;
}

/** The date a carried-on sentence takes: the last fact date of the sentence before, else its last event date. */
export function lastDateOf(text: FactText, words: FactWords, sentence: number): WhenLink | undefined {
  const dates = eventDates(text, words, sentence);
  const last = dates[dates.length - 1];
  return last ? linked(last, 'sentence') : undefined;
}
