import type { MoneyContext } from './context';
import type { LocatedMention } from './text';
import type { WhoLink } from './who';
import type { FactWords } from './words';

// Donation lists told donor by donor (GUIDELINES facts, `who`): each amount's giver is the donor (or donors)
// the list ties to it, not the first names of the sentence for all of its amounts.

/** The list mark between donors. */
const DONOR_MARK = '、';
/** Marks that end a clause. */
const CLAUSE_MARKS = /[，,；;：:。！？]/;
/** The longest name read as a donor (a company's short name to a full registered one). */
const NAME_MAX = 16;
/** A donor's name: ideographs, latin letters or digits, no mark. */
const NAME = /^[\p{Script=Han}A-Za-z0-9·]{2,}$/u;
/** 等8家, 等28家: the count of a group the named donors stand for (its noun follows: 企业, 单位). */
const GROUP = '等(?:[0-9]+|[一二两三四五六七八九十百]+)(?:多|余)?家';
/** 甲、乙等8家企业, 等28家单位: the count of a group the named donors stand for. */
const GROUP_COUNT = new RegExp(`${GROUP}[\\p{Script=Han}]{0,6}$`, 'u');
/** The character of giving words (捐赠, 捐款, 捐资). */
const GIFT = '捐';
/** The longest respective word. */
const RESPECTIVE_MAX = 4;
/** Words that may close a donor item before its amount: each (各, 均) or the respective word. */
const EACH = /(?:各|均|分别)$/u;

/** The patterns a gift list is read with, built once per rule set from the words of rules/fact-words.tsv. */
interface ListPatterns {
  /** 捐赠协会和企业中甲协会: up to the group (donor-group) a ranked donor is picked out of, before 中. */
  among: RegExp;
  /** 其中甲集团: a list-opener word an item starts with. */
  opener: RegExp;
  /** 各捐赠, 均捐款了: an each word, maybe with a list-gift verb, closing the item. */
  eachGift: RegExp;
  /** 等8家企业捐赠了: a group count, then a list-gift verb, closing the item. */
  groupGift: RegExp;
}

const patternsByWords = new WeakMap<FactWords, ListPatterns>();

function listPatterns(words: FactWords): ListPatterns {
  let patterns = patternsByWords.get(words);
  if (patterns === undefined) {
    const gift = words.alternationOf('list-gift');
    patterns = {
      among: new RegExp(`^.*${words.alternationOf('donor-group')}中`, 'u'),
      opener: new RegExp(`^${words.alternationOf('list-opener')}`, 'u'),
      eachGift: new RegExp(`(?:各|均)${gift}?了?$`, 'u'),
      groupGift: new RegExp(`${GROUP}[\\p{Script=Han}]{0,6}?(?:各|均|分别)?${gift}了?$`, 'u'),
    };
    patternsByWords.set(words, patterns);
  }
  return patterns;
}

/**
 * 甲集团500万元、乙公司230万元, 丙、丁、戊各100万元, 甲、乙等8家企业捐赠100万元以上, and
 * 甲、乙、丙位居前三位，分别捐赠…、…、…: the donors the list ties to this amount; undefined where the
 * sentence is not so built, or where a donor is a place (a government: left to the other readings).
 */
export function listedDonors(ctx: MoneyContext): WhoLink | undefined {
  return respectiveDonors(ctx) ?? ownDonors(ctx);
}

function respectiveDonors(ctx: MoneyContext): WhoLink | undefined {
  const { text, words, money, sentence } = ctx;
  const t = text.text;
  const span = text.sentences[sentence]!;
  const word = lastRespective(ctx, span.start);
  if (word < 0) return undefined;
  // 分别捐赠, 分别出资: the listed give; 分别为, 分别超支, 分别捐给 (the listed receive) pair no donors.
  const verb = word + words.startIn(t, word, word + RESPECTIVE_MAX, 'respective').length;
  if (!words.startsAt(t, verb, 'giver') || /^.{2}给/u.test(t.slice(verb, verb + 3))) return undefined;
  const run = amountRun(ctx, word);
  if (!run || run.count < 2) return undefined;
  // The donors' list: in the respective word's clause, else in the clause right before it.
  let clauseStart = lastClauseMark(t, span.start, word);
  let listEnd = word;
  if (!t.slice(clauseStart, word).includes(DONOR_MARK)) {
    listEnd = clauseStart - 1;
    if (listEnd <= span.start) return undefined;
    clauseStart = lastClauseMark(t, span.start, listEnd);
  }
  const items = t.slice(clauseStart, listEnd).split(DONOR_MARK);
  if (items.length !== run.count) return undefined;
  const names = items.map((item, i) => (i === 0 ? firstName(ctx, item) : i === items.length - 1 ? lastName(ctx, item) : item.trim()));
  if (names.some((n) => !isName(n))) return undefined;
  if (names.some((n) => isPlaceName(ctx, n, clauseStart, listEnd))) return undefined;
  if (names.some((n) => words.hasIn(n, 0, n.length, 'giver'))) return undefined;
  return { who: [names[run.rank]!], mentions: [], basis: 'sentence' };
}

/** The last respective word before the amount in its sentence. */
function lastRespective(ctx: MoneyContext, from: number): number {
  const { text, words, money } = ctx;
  let found = -1;
  for (let at = words.indexIn(text.text, from, money.start, 'respective'); at >= 0; at = words.indexIn(text.text, at + 1, money.start, 'respective')) found = at;
  return found;
}

/** The run of amounts after `word`, joined by list marks only, and this amount's rank in it. */
function amountRun(ctx: MoneyContext, word: number): { rank: number; count: number } | undefined {
  const { text, money, sentence } = ctx;
  const t = text.text;
  const amounts = text.ofType(sentence, 'money').filter((m) => m.start > word);
  if (amounts.length === 0 || CLAUSE_MARKS.test(t.slice(word, amounts[0]!.start))) return undefined;
  let rank = -1;
  let count = 0;
  for (let i = 0; i < amounts.length; i++) {
    if (i > 0 && !/^[、和及与]$/.test(t.slice(amounts[i - 1]!.end, amounts[i]!.start))) break;
    if (amounts[i] === money) rank = i;
    count = i + 1;
  }
  return rank < 0 ? undefined : { rank, count };
}

function lastClauseMark(t: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (CLAUSE_MARKS.test(t[i]!)) return i + 1;
  return from;
}

/** The first item of a list: past a list join and the group it is picked out of (协会和企业中甲协会 → 甲协会). */
function firstName(ctx: MoneyContext, item: string): string {
  return item.replace(listPatterns(ctx.words).among, '').trim();
}

/** The last item of a list: up to its predicate (乙照明位居榜单前三位 → 乙照明). */
function lastName(ctx: MoneyContext, item: string): string {
  const { words } = ctx;
  let end = item.length;
  for (const role of ['rank-lead', 'giver', 'respective'] as const) {
    const at = words.indexIn(item, 0, item.length, role);
    if (at > 0 && at < end) end = at;
  }
  const group = GROUP_COUNT.exec(item.slice(0, end));
  if (group) end = group.index;
  return item.slice(0, end).replace(EACH, '').trim();
}

function isName(name: string): boolean {
  return name.length <= NAME_MAX && NAME.test(name);
}

/** The name is a place's own (甲县, 乙市), maybe with a government word after it: a government, not a named donor. */
function isPlaceName(ctx: MoneyContext, name: string, from: number, to: number): boolean {
  const { text, sentence, words } = ctx;
  const t = text.text;
  return text.ofType(sentence, 'place').some((p: LocatedMention) => {
    if (p.start < from || p.end > to) return false;
    const written = t.slice(p.start, p.end);
    if (!name.startsWith(written)) return false;
    const rest = name.slice(written.length);
    return rest.length === 0 || words.startsAt(rest, 0, 'donor-marker') || words.startsAt(rest, 0, 'unnamed');
  });
}

/**
 * 丙、丁、戊各100万元; 甲、乙等8家企业捐赠100万元; 甲集团500万元、乙公司230万元: the names the amount's own
 * zone opens with, before an each word, a group count or a giving verb, or, in a run of such items, right before it.
 */
function ownDonors(ctx: MoneyContext): WhoLink | undefined {
  const { text, words, money, zone, sentence } = ctx;
  const t = text.text;
  // Only a gift list (捐赠, 捐款): a bare noun before an amount elsewhere is a phase or an item (一期, 设备费).
  if (!t.slice(text.sentences[sentence]!.start, money.start).includes(GIFT)) return undefined;
  const patterns = listPatterns(words);
  const lead = t.slice(zone.start, money.start).replace(patterns.opener, '');
  const each = patterns.eachGift.test(lead);
  const group = patterns.groupGift.exec(lead);
  let body: string;
  if (group) body = lead.slice(0, group.index);
  else if (each) body = lead.replace(patterns.eachGift, '');
  else if (inNamedRun(ctx)) body = lead;
  else return undefined;
  const names = body.split(DONOR_MARK).map((n) => n.trim());
  if (!group && !each && names.length !== 1) return undefined;
  if (names.some((n) => !isName(n) || words.hasIn(n, 0, n.length, 'giver') || words.hasIn(n, 0, n.length, 'statistic') || words.hasIn(n, 0, n.length, 'receiver'))) return undefined;
  // 甲医院、乙医院各50万元: hospitals, schools and villages listed with their shares receive a gift.
  if (names.some((n) => words.endsWith(n, 'recipient-ending'))) return undefined;
  if (names.some((n) => isPlaceName(ctx, n, zone.start, money.start))) return undefined;
  return { who: names, mentions: [], basis: 'clause' };
}

/**
 * 甲集团500万元、乙公司230万元: the amount stands right after a bare name, and so does its neighbour in the
 * run (joined by a list mark), each zone holding nothing else.
 */
function inNamedRun(ctx: MoneyContext): boolean {
  const { text, money, sentence, zone } = ctx;
  const t = text.text;
  if (!bareNameBefore(ctx, zone.start, money.start)) return false;
  const amounts = text.ofType(sentence, 'money');
  const i = amounts.indexOf(money);
  const before = amounts[i - 1];
  const after = amounts[i + 1];
  const nameJoined = (a: LocatedMention, b: LocatedMention): boolean => {
    const between = t.slice(a.end, b.start);
    return /^、[^，,；;。、]+$/.test(between) && bareNameBefore(ctx, a.end + 1, b.start);
  };
  return (before !== undefined && nameJoined(before, money)) || (after !== undefined && nameJoined(money, after));
}

function bareNameBefore(ctx: MoneyContext, from: number, to: number): boolean {
  const name = ctx.text.text.slice(from, to).replace(listPatterns(ctx.words).opener, '');
  // Only a name with an organisation's ending (甲集团, 乙公司): a bare noun before an amount is an item.
  const { words } = ctx;
  if (!words.endsWith(name, 'organisation') && !words.endsWith(name, 'company-ending')) return false;
  return isName(name) && !words.hasIn(name, 0, name.length, 'giver') && !words.hasIn(name, 0, name.length, 'statistic') && !words.hasIn(name, 0, name.length, 'receiver');
}
