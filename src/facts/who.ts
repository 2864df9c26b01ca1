import type { FactBasis } from './schema';
import type { MoneyContext } from './context';
import type { Party } from './parties';

// `who`: the giver, investor or funder of the amount (GUIDELINES, facts).

export interface WhoLink {
  who: string[];
  mentions: number[];
  basis: FactBasis;
}

export const NO_GIVER: WhoLink = { who: [], mentions: [], basis: 'none' };

/** Where a giver may be carried from when the sentence names none. */
/** Asked only when needed: most amounts name their giver in their own sentence. */
export interface CarriedGivers {
  previous(): WhoLink | undefined;
  paragraph(): Party | undefined;
  document(): Party | undefined;
  /** The document's subject place, for 全县/我市 as spender. */
  subjectPlace(): { path: string; mentions: number[] } | undefined;
}

export function linkWho(ctx: MoneyContext, parties: readonly Party[], carried: CarriedGivers): WhoLink {
  const { text, words, money, zone, sentence } = ctx;
  const beforeInZone = text.slice(zone.start, money.start);
  if (words.has(beforeInZone, 'statistic')) return { ...NO_GIVER, basis: 'clause' };
  const sentenceEnd = text.sentences[sentence]!.end;
  // Of a total and its share (总投资…，其中…援建…), the total has no giver.
  if (words.has(beforeInZone, 'total') && text.slice(money.end, sentenceEnd).includes('其中')) return { ...NO_GIVER, basis: 'sentence' };
  const introducer = lastIntroducer(ctx);
  const named = parties.filter((p) => p.end <= money.start && p.start >= introducer);
  // …，全部由某基金会承担: a giver named after the amount, in the same sentence.
  const giver = named[named.length - 1] ?? parties.find((p) => p.start >= money.end);
  if (giver) return { who: [giver.who], mentions: giver.mentions, basis: giver.start >= ctx.clause.start ? 'clause' : 'sentence' };
  // Brought in by someone else, and the investor is not named (引进上海企业投资…).
  if (introducer > text.sentences[sentence]!.start) return { ...NO_GIVER, basis: 'sentence' };
  if (!isFunding(ctx)) return NO_GIVER;
  const own = ownGovernment(ctx, carried);
  if (own) return own;
  const previous = carried.previous();
  if (previous && previous.who.length > 0) return { ...previous, basis: 'previous-sentence' };
  const paragraph = carried.paragraph();
  if (paragraph) return fromParty(paragraph, 'paragraph');
  const document = carried.document();
  return document ? fromParty(document, 'document') : NO_GIVER;
}

/** 全县投入2亿元: the article's own county (its subject place) spends. */
function ownGovernment(ctx: MoneyContext, carried: CarriedGivers): WhoLink | undefined {
  const { text, words, money, clause } = ctx;
  const before = text.slice(clause.start, money.start);
  const self = words.indexOf(before, 'self');
  if (self < 0 || !words.has(before.slice(self), 'giver')) return undefined;
  const subject = carried.subjectPlace();
  return subject ? { who: [subject.path], mentions: subject.mentions, basis: 'document' } : undefined;
}

function fromParty(party: Party, basis: FactBasis): WhoLink {
  return { who: [party.who], mentions: party.mentions, basis };
}

/** End of the last introducing verb (引进, 招商) before the amount in its sentence, or the sentence start. */
function lastIntroducer(ctx: MoneyContext): number {
  const { text, words, money, sentence } = ctx;
  const start = text.sentences[sentence]!.start;
  const found = words.all(text.slice(start, money.start), 'introducer');
  const last = found[found.length - 1];
  return last ? start + last.end : start;
}

/** The amount is given or invested (a giving verb before it in its clause), not a price or a sum of sales. */
function isFunding(ctx: MoneyContext): boolean {
  const { text, words, money, clause } = ctx;
  return words.has(text.slice(clause.start, money.start), 'giver') || text.slice(clause.start, money.start).includes('资金');
}
