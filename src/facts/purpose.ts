import type { FactBasis } from './schema';
import type { MoneyContext } from './context';

// `purpose`: a short phrase copied from the sentence saying what the money
// is for (投资400万元建设10个蔬菜大棚 → 建设10个蔬菜大棚), or null.

export interface PurposeLink {
  purpose: string | null;
  basis: FactBasis;
}

const PHRASE_END = /[，。；：、,;:！？!?\n]/;
const MIN_LENGTH = 2;
const MAX_LENGTH = 40;

export function linkPurpose(ctx: MoneyContext): PurposeLink {
  const { text, words, money, zone, clause } = ctx;
  const sentenceEnd = text.sentences[ctx.sentence]!.end;
  const after = text.slice(money.end, sentenceEnd);
  // What may stand between the amount and its purpose phrase (的, 左右) is skipped;
  // a purpose phrase starts with doing something, not with a result or a count (占, 增长).
  const phrase = phraseAt(words.withoutLeading(after, 'purpose-lead'));
  const purposeWord = words.startOf(phrase, 'purpose');
  if (phrase && !words.startOf(phrase, 'not-purpose') && !words.has(phrase.slice(0, 2), 'statistic')) {
    return found(purposeWord ? phrase.slice(purposeWord.length) : phrase);
  }
  // …，用于改善基层保障能力
  const nextClause = after.slice(after.search(PHRASE_END) + 1);
  const nextWord = words.startOf(nextClause, 'purpose');
  if (after.search(PHRASE_END) >= 0 && nextWord) return found(phraseAt(nextClause.slice(nextWord.length)));
  // 甲项目总投资160万元
  const before = text.slice(Math.max(zone.start, clause.start), money.start);
  const total = words.indexOf(before, 'total');
  if (total > 0) {
    const subject = before.slice(0, total);
    return found(subject.slice(words.startOf(subject, 'aside').length));
  }
  return { purpose: null, basis: 'none' };
}

function phraseAt(text: string): string {
  const end = text.search(PHRASE_END);
  return (end < 0 ? text : text.slice(0, end)).trim();
}

function found(phrase: string): PurposeLink {
  const trimmed = phrase.trim();
  if (trimmed.length < MIN_LENGTH || trimmed.length > MAX_LENGTH) return { purpose: null, basis: 'none' };
  return { purpose: trimmed, basis: 'clause' };
}
