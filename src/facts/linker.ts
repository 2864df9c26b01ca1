import type { Span } from '../extract/types';
import type { PlaceMention } from '../model/mention';
import type { RuleSet } from '../rules/loader';
import { zoneOf, type MoneyContext } from './context';
import { companyShortNames, finedPartyBefore, opensNationalName, partiesOf, startsCompanyName, withShortNames, type Party } from './parties';
import { linkPurpose } from './purpose';
import type { Fact, FactPlace } from './schema';
import { FactText, isIdeograph, isSpace, linkedMentionsOf, provinceOfPath, type FactInput, type LocatedMention } from './text';
import { anyLastDateOf, isSinceDateIn, lastDateOf, lastDayOf, lastPeriodOf, linkWhen, openingTimeClauseOf, reviewedYearOf, type CarriedDates, type WhenLink } from './when';
import { commonRegion, destinationsIn, examplePlacesIn, keptWhere, notItemSites, sitePlacesIn, linkWhere, placesLink, provinceOf, type CarriedPlaces, type SentenceWords, NO_WORDS, type WhereLink } from './where';
import { giversOf, linkWho, partnerGiving, listedGivers, type CarriedGivers, type WhoLink } from './who';
import { FactWords, FACT_WORD_RULES } from './words';

export { FACT_WORD_RULES };
export type { FactInput };

// Ties every money mention of a document to its date, places, giver and
// purpose: one Fact per money mention, in the order of the mentions. Each
// field is found in the amount's own clause, else its sentence, else carried
// from the sentence before, the paragraph or the document (GUIDELINES, facts).

export class FactLinker {
  private constructor(private readonly words: FactWords) {}

  static create(rules: RuleSet): FactLinker {
    return new FactLinker(FactWords.create(rules));
  }

  link(input: FactInput): Fact[] {
    const linked = linkedMentionsOf(input);
    if (!linked.hasMoney) return [];
    return new DocumentLinker(new FactText(input, linked), this.words).facts();
  }
}

/** The linking of one document; sentence-level findings are made once each. */
class DocumentLinker {
  /** Per sentence, found on first use: its givers, its places that are not givers, and those that may receive. */
  private readonly parties: Array<readonly Party[] | undefined>;
  /** Each sentence's parties before companies' short names are read (which need them): built once. */
  private readonly plainParties: Array<readonly Party[] | undefined>;
  /** Per sentence, its parties that may give (not news sources), found once. */
  private readonly givers: Array<readonly Party[] | undefined>;
  private readonly placesNotGivingBySentence: Array<readonly LocatedMention[] | undefined>;
  private readonly destinationsBySentence: Array<readonly LocatedMention[] | undefined>;
  /** Per money sentence, its facts as they are made. */
  private readonly factsBySentence: Array<Fact[] | undefined>;
  /** The places the document pairs its subject with; null: none (found on first use). */
  private paired: WhereLink | null | undefined;
  /** Facts whose giver is read from their fund's own name: not carried to the next sentence. */
  private readonly fundNamed = new Set<Fact>();
  /** Facts dated by the year of a finer date as a year's figure (年度计划投资): the next sentence takes that date, not the year. */
  private readonly yearFigures = new Set<Fact>();
  private documentSubjects?: { place?: WhereLink; party?: Party };
  private companyShortNames?: readonly string[];
  private donorProvinceSet?: Set<string>;

  /** Organisation endings (集团, 基金会) of the whole text, found in one pass, by sentence. */
  private readonly endings = new Map<number, Span[]>();

  constructor(
    readonly text: FactText,
    readonly words: FactWords,
  ) {
    // Sized once: filled at any sentence, in any order.
    this.parties = new Array(text.sentences.length);
    this.plainParties = new Array(text.sentences.length);
    this.givers = new Array(text.sentences.length);
    this.placesNotGivingBySentence = new Array(text.sentences.length);
    this.destinationsBySentence = new Array(text.sentences.length);
    this.factsBySentence = new Array(text.sentences.length);
    this.paragraphDates = new Array(text.sentences.length);
    this.reviewedYears = new Array(text.sentences.length);
    this.periodsUpTo = new Array(text.sentences.length);
    // Organisation endings, and the national prefixes that open names without one (中国某某), by where they end.
    // A prefix is kept only where it opens a name (中国 and 国家 are common words): most sentences stay without parties.
    for (const ending of words.allPartyWords(text.text)) {
      if (!words.endsAt(text.text, ending.end, 'organisation', ending.start) && !opensNationalName(text, words, ending)) continue;
      // 财政部门, 民政部门: a longer word goes on past the ending, which ends no name.
      if (words.startsAt(text.text, ending.end - 1, 'ending-tail')) continue;
      const sentence = text.sentenceAt(ending.start);
      if (sentence < 0 || ending.end > text.sentences[sentence]!.end) continue;
      const list = this.endings.get(sentence) ?? [];
      list.push(ending);
      this.endings.set(sentence, list);
    }
  }

  /** The sentences that may hold parties or destinations (places or organisation endings), ascending. */
  private partySentences(): readonly number[] {
    if (this.endings.size === 0) return this.text.placeSentences;
    return mergeAscending(this.text.placeSentences, [...this.endings.keys()]);
  }

  private endingsIn(sentence: number): readonly Span[] {
    return this.endings.get(sentence) ?? NO_SPANS;
  }

  facts(): Fact[] {
    const facts: Fact[] = [];
    for (const sentence of this.text.moneySentences) {
      const amounts = this.text.ofType(sentence, 'money');
      const list: Fact[] = [];
      this.factsBySentence[sentence] = list;
      for (const money of amounts) {
        const fact = this.factOf(this.contextOf(sentence, money, amounts));
        facts.push(fact);
        list.push(fact);
      }
    }
    this.restateHeadlines(facts);
    this.giversNamedAfter();
    // Text order is nearly always mention order already.
    return isInMentionOrder(facts) ? facts : facts.sort((a, b) => a.money - b.money);
  }

  /**
   * 某部下达8亿元予甲省等12省: a headline amount told again in the body (the same value) is the same money;
   * the headline shortens its places (甲省等) and its givers, the body names them in full. Where the body's
   * places hold the headline's and more, the headline's fact takes them, and the giver the body's clause names.
   */
  private restateHeadlines(facts: Fact[]): void {
    const title = this.text.sentencesOfParagraph(0);
    if (title.length === 0) return;
    const last = title[title.length - 1]!;
    for (const fact of facts) {
      const sentence = this.text.sentenceAt(this.text.input.mentions[fact.money]!.start);
      if (sentence > last) break;
      const body = facts.find((f) => f.value === fact.value && this.text.sentenceAt(this.text.input.mentions[f.money]!.start) > last);
      if (!body) continue;
      // 某基金获800万元捐款 / …收到某公司捐赠的8百万元: a headline naming no giver of its own (one carried from
      // the text) takes the giver the body's clause names for the same money.
      if (body.who.length > 0 && body.basis.who === 'clause' && !NAMED_IN_SENTENCE.has(fact.basis.who)) {
        fact.who = body.who;
        fact.mentions = { ...fact.mentions, who: body.mentions.who };
        fact.basis = { ...fact.basis, who: 'document' };
      }
      const paths = new Set(body.where.map((p) => p.path));
      // Only where the body's places hold the headline's is it surely the same money.
      if (fact.where.length === 0 || body.where.length <= fact.where.length || !fact.where.every((p) => paths.has(p.path))) continue;
      fact.where = body.where;
      fact.mentions = { ...fact.mentions, where: body.mentions.where };
      if (body.who.length > 0 && body.basis.who === 'clause' && fact.who.join() !== body.who.join()) {
        fact.who = body.who;
        fact.mentions = { ...fact.mentions, who: body.mentions.who };
      }
    }
  }

  /**
   * 价值50万元的善款转至某县。这笔资金由某基金捐赠…; 冠名基金——某某爱心基金，资金总额60万元。某某爱心基金由某公司出资成立:
   * a sentence with no amount, opening with a word for the money told before (这笔资金) or with a fund's name, then
   * 由 and a party with its giving verb, names the giver of the amounts of the sentence before that name none.
   */
  private giversNamedAfter(): void {
    for (const sentence of this.text.moneySentences) {
      const ungiven = this.factsBySentence[sentence]?.filter((fact) => fact.who.length === 0) ?? [];
      if (ungiven.length === 0) continue;
      const next = this.nextWrittenAfter(sentence);
      if (next === undefined || this.text.ofType(next, 'money').length > 0) continue;
      const giver = this.giverByAfterOpening(next);
      if (!giver) continue;
      for (const fact of ungiven) {
        fact.who = [giver.who];
        fact.mentions = { ...fact.mentions, who: giver.mentions };
        fact.basis = { ...fact.basis, who: 'sentence' };
      }
    }
  }

  /** The party right after 由 that opens `sentence` past a money word (这笔资金) or a fund's name, followed by a giving verb. */
  private giverByAfterOpening(sentence: number): Party | undefined {
    const t = this.text.text;
    const span = this.text.sentences[sentence]!;
    const by = this.words.indexIn(t, span.start, Math.min(span.end, span.start + OPENING_BY_REACH + 1), 'by');
    if (by < 0 || /[，,。；;：:、\s]/u.test(t.slice(span.start, by))) return undefined;
    const opensWithMoney = this.words.startsAt(t, span.start, 'money-anaphor');
    if (!opensWithMoney && !this.words.endsAt(t, by, 'fund-ending', span.start)) return undefined;
    const from = by + this.words.startIn(t, by, span.end, 'by').length;
    const party = this.giversIn(sentence).find((p) => p.start === from);
    return party && this.words.startsAt(t, party.end, 'giver') ? party : undefined;
  }

  private nextWrittenAfter(sentence: number): number | undefined {
    for (let next = sentence + 1; next < this.text.sentences.length; next++) {
      if (!this.text.isBlank(next)) return next;
    }
    return undefined;
  }

  private contextOf(sentence: number, money: LocatedMention, amounts: readonly LocatedMention[]): MoneyContext {
    const clause = this.text.clauseAt(sentence, money.start);
    return { text: this.text, words: this.words, sentence, money, clause, zone: zoneOf(this.text, clause, money, amounts) };
  }

  private factOf(ctx: MoneyContext): Fact {
    const parties = this.partiesOf(ctx.sentence);
    const when = linkWhen(ctx, new DatesCarried(this, ctx));
    let who = linkWho(ctx, this.giversIn(ctx.sentence), new GiversCarried(this, ctx));
    let where = linkWhere(ctx, parties, this.destinations(ctx.sentence), new PlacesCarried(this, ctx));
    // 安排资金6亿元，支持甲县某医院、乙县某医院等13个项目: the set spans the region holding its examples and the article's subject.
    if (where.basis === 'previous-sentence' || where.basis === 'paragraph' || where.basis === 'document') {
      where = this.exampleRegion(ctx.sentence, where) ?? where;
      // 省慈善总会累计接收捐赠款2191万元: a body named by its level alone speaks of that level's whole region
      // (not of a place the sentence before names: 某市受灾严重。省慈善总会拨付…).
      if (where.basis !== 'previous-sentence') where = levelRegion(ctx, parties, where) ?? where;
    }
    // 江西每枚金牌奖励25万元: a prize goes to people, no place; the place named awards it.
    if (who.who.length === 0 && this.isPrize(ctx.sentence)) {
      who = { who: where.where.map((place) => place.path), mentions: where.mentions, basis: where.basis };
      where = NOWHERE_IN_CLAUSE;
    }
    // 省级财政（含中央）下达资金130亿元: the government's sum holds the central government's share too.
    if (who.who.length > 0 && !who.who.includes(CENTRAL_GIVER) && this.includesCentral(ctx)) who = { ...who, who: [...who.who, CENTRAL_GIVER] };
    const purpose = linkPurpose(ctx);
    const money = ctx.money.mention as { text: string; value: number };
    const fact: Fact = {
      money: ctx.money.index,
      text: money.text,
      value: money.value,
      when: when.when,
      where: where.where,
      who: who.who,
      purpose: purpose.purpose,
      mentions: { when: when.mentions, where: where.mentions, who: who.mentions },
      basis: { when: when.basis, where: where.basis, who: who.basis, purpose: purpose.basis },
    };
    if (who.fundName) this.fundNamed.add(fact);
    if (when.yearFigure) this.yearFigures.add(fact);
    return fact;
  }

  /** A bracketed note (含中央) stands before the amount in its clause: the sum holds the central share. */
  private includesCentral(ctx: MoneyContext): boolean {
    const { text, words, money, clause } = ctx;
    return words.hasIn(text.text, clause.start, money.start, 'central-included');
  }

  private readonly examplesBySentence: Array<readonly LocatedMention[] | undefined> = [];

  /**
   * The region of a sentence's example places (examplePlacesIn) and the places carried to its
   * amount: the smallest region holding them all. Undefined where the sentence gives no examples,
   * where every example lies in, around or at a carried place (the carried place fits the set), or
   * where they lie in different provinces.
   */
  private exampleRegion(sentence: number, carried: WhereLink): WhereLink | undefined {
    const examples = (this.examplesBySentence[sentence] ??= examplePlacesIn(this.text, this.words, sentence));
    if (examples.length === 0) return undefined;
    const carriedPaths = carried.where.map((place) => place.path);
    const related = (a: string, b: string) => a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`);
    if (examples.every((place) => carriedPaths.some((path) => related(place.path, path)))) return undefined;
    const region = commonRegion([...examples.map((place) => place.path), ...carriedPaths]);
    if (region === undefined) return undefined;
    const named = carried.where.find((place) => place.path === region);
    const code = named ? named.code : codeOfRegion(region, examples[0]!.mention as PlaceMention);
    return { where: [code ? { path: region, code } : { path: region }], mentions: examples.map((place) => place.index), basis: 'sentence' };
  }

  private partiesOf(sentence: number): readonly Party[] {
    return (this.parties[sentence] ??= withShortNames(this.text, this.words, sentence, this.plainPartiesOf(sentence), this.shortNames()));
  }

  private plainPartiesOf(sentence: number): readonly Party[] {
    return (this.plainParties[sentence] ??= partiesOf(this.text, this.words, sentence, this.endingsIn(sentence)));
  }

  /** The short names of the companies the text names in full (companyShortNames), read once. */
  private shortNames(): readonly string[] {
    return (this.companyShortNames ??= companyShortNames(this.text, this.words, (sentence) => this.plainPartiesOf(sentence)));
  }

  private giversIn(sentence: number): readonly Party[] {
    return (this.givers[sentence] ??= giversOf(this.text, this.words, sentence, this.partiesOf(sentence)));
  }

  /**
   * 甲镇改造项目援建资金200万元；示范点项目援建资金820万元: an item of a list cut by semicolons
   * whose places stand in its amount's clause names that amount's own site. An item naming no
   * place carries on past such items (`sentence` is the item that carries; the sentence returned
   * is the one after the last item whose places it may take).
   */
  private pastOwnSites(sentence: number): number {
    let item = sentence;
    while (item > 0 && this.text.followsSemicolon(item) && this.namesOwnSites(item - 1)) item--;
    return item;
  }

  /** The sentence names no place at all (as giver, origin or destination). */
  private namesNothing(sentence: number): boolean {
    return this.text.ofType(sentence, 'place').length === 0;
  }

  /** The first item of the list cut by semicolons that `sentence` goes on with. */
  private listHead(sentence: number): number {
    let head = sentence;
    while (head > 0 && this.text.followsSemicolon(head)) head--;
    return head;
  }

  /** The sentence is an item of a list cut by semicolons (one follows it, or it follows one). */
  private isListItem(sentence: number): boolean {
    return this.text.followsSemicolon(sentence) || (sentence + 1 < this.text.sentences.length && this.text.followsSemicolon(sentence + 1));
  }

  /** Every destination of the sentence stands in a clause that holds one of its amounts. */
  private namesOwnSites(sentence: number): boolean {
    const places = this.destinations(sentence);
    if (places.length === 0) return false;
    const amounts = this.text.ofType(sentence, 'money');
    return places.every((place) => {
      const clause = this.text.clauseAt(sentence, place.start);
      return amounts.some((amount) => amount.start >= clause.start && amount.end <= clause.end);
    });
  }

  /** The sentence before, when it is in the same paragraph. */
  private previousSentence(sentence: number): number | undefined {
    if (sentence === 0) return undefined;
    const here = this.text.paragraphAt(this.text.sentences[sentence]!.start);
    if (this.text.paragraphAt(this.text.sentences[sentence - 1]!.start) === here) return sentence - 1;
    // A paragraph that opens with a quote goes on with the scene of the one before.
    const start = this.text.sentences[sentence]!.start;
    if (!QUOTE_OPENING.test(this.text.slice(start, start + 1))) return undefined;
    return this.lastWrittenBefore(sentence);
  }

  /** `pastLeadIns`: read past the lines that only lead into a list (具体如下：, 其中：), for a numbered item. */
  previousWhen(sentence: number, pastLeadIns = false): WhenLink | undefined {
    let previous = this.lastWrittenBefore(sentence);
    while (pastLeadIns && previous !== undefined && this.isLeadIn(previous)) previous = this.lastWrittenBefore(previous);
    if (previous === undefined) return undefined;
    const last = this.lastCarriedFact(previous);
    const link = last?.when ? { when: last.when, mentions: last.mentions.when, basis: last.basis.when } : lastDateOf(this.text, this.words, previous);
    // 自2010年对口支援以来，…累计投入…: the opening of a span dates its own sentence's sums, not the next sentence.
    return link && isSinceDateIn(this.text, this.words, previous, link.mentions) ? undefined : link;
  }

  /** The sentence's last fact whose date may be carried on (not a year's figure narrowed from its date). */
  private lastCarriedFact(sentence: number): Fact | undefined {
    const facts = this.factsBySentence[sentence] ?? [];
    for (let i = facts.length - 1; i >= 0; i--) if (!this.yearFigures.has(facts[i]!)) return facts[i];
    return undefined;
  }

  /**
   * The date of the first dated fact of the nearest item before that has one (a list cut by
   * semicolons: its first item's date governs): items with no amount or no dated amount
   * (互派干部267人；) are passed over, back to the list's first item.
   */
  previousListWhen(sentence: number): WhenLink | undefined {
    for (let item = this.lastWrittenBefore(sentence); item !== undefined; item = this.lastWrittenBefore(item)) {
      const first = this.factsBySentence[item]?.find((fact) => fact.when !== null);
      if (first) return { when: first.when, mentions: first.mentions.when, basis: first.basis.when };
      if (!this.text.followsSemicolon(item) || this.text.ofType(item, 'date').length > 0) return undefined;
    }
    return undefined;
  }

  /** Per sentence, the last event date of the sentences before it in its paragraph (found on first use, null: none). */
  private readonly paragraphDates: Array<WhenLink | null | undefined>;
  /** Per sentence, how many paragraphs end at or before its start (sentences of one count share a paragraph). */
  private paragraphCounts?: number[];

  paragraphWhen(sentence: number): WhenLink | undefined {
    let found = this.paragraphDates[sentence];
    if (found === undefined) {
      // Read backwards from the sentence: only the sentences of its paragraph before it are asked for dates.
      const counts = (this.paragraphCounts ??= this.paragraphCountsOf());
      found = null;
      for (let s = sentence - 1; s >= 0 && counts[s] === counts[sentence]; s--) {
        if (this.text.ofType(s, 'date').length > 0 && (found = lastDateOf(this.text, this.words, s) ?? null)) break;
      }
      this.paragraphDates[sentence] = found;
    }
    return found ?? undefined;
  }

  private paragraphCountsOf(): number[] {
    const count = this.text.sentences.length;
    const counts = new Array<number>(count);
    const paragraphs = this.text.input.paragraphs;
    let paragraph = 0;
    for (let s = 0; s < count; s++) {
      // Sentences and paragraphs both go forward: the paragraph is found by walking, not searching.
      const start = this.text.sentences[s]!.start;
      while (paragraph < paragraphs.length && paragraphs[paragraph]!.end <= start) paragraph++;
      counts[s] = paragraph;
    }
    return counts;
  }

  private readonly openingDates = new Map<number, WhenLink | null>();

  /**
   * The span of the paragraph's opening time clause (8月4日至13日，…; “十四五”期间，…) when the
   * sentence is a later one of that paragraph: the paragraph reports that period (found once per paragraph).
   */
  paragraphOpeningWhen(sentence: number): WhenLink | undefined {
    const paragraph = this.text.paragraphAt(this.text.sentences[sentence]!.start);
    let opening = this.openingDates.get(paragraph);
    if (opening === undefined) {
      const first = this.text.sentenceAt(this.text.input.paragraphs[paragraph]?.start ?? -1);
      opening = first >= 0 ? openingTimeClauseOf(this.text, this.words, first) ?? null : null;
      this.openingDates.set(paragraph, opening);
    }
    return opening && opening.mentions[0] !== undefined && this.text.sentenceAt(this.text.input.spans[opening.mentions[0]]!.start) < sentence
      ? { ...opening, basis: 'paragraph' }
      : undefined;
  }

  /** The party fined by the amount: named after the amount before it (a list of cases fines one party each). */
  finedPartyOf(ctx: MoneyContext): string | undefined {
    const amounts = this.text.ofType(ctx.sentence, 'money');
    const i = amounts.indexOf(ctx.money);
    let floor = i > 0 ? amounts[i - 1]!.end : 0;
    if (i === 0) {
      const at = this.text.moneySentences.indexOf(ctx.sentence);
      const before = at > 0 ? this.text.ofType(this.text.moneySentences[at - 1]!, 'money') : NO_MENTIONS;
      floor = before.length > 0 ? before[before.length - 1]!.end : 0;
    }
    return finedPartyBefore(this.text, this.words, floor, ctx.money.start);
  }

  /**
   * The sentence's amounts are prizes for people (每枚金牌奖金30万元): a prize word in it, in the
   * sentence before in its paragraph, or in the line before (a heading such as 金牌奖金之最).
   */
  private isPrize(sentence: number): boolean {
    if (this.hasPrizeWords === undefined) this.hasPrizeWords = this.words.anywhere(this.text.text, 'prize');
    if (!this.hasPrizeWords) return false;
    return this.holdsPrize(sentence) || this.holdsPrize(this.previousSentence(sentence)) || this.holdsPrize(this.lastWrittenBefore(sentence));
  }

  /** The text holds a prize word at all (most do not: their amounts ask nothing more). */
  private hasPrizeWords?: boolean;
  /** Per sentence, whether it holds a prize word (made when the text holds one). */
  private prizeWords?: Array<boolean | undefined>;

  private holdsPrize(sentence: number | undefined): boolean {
    if (sentence === undefined) return false;
    const held = (this.prizeWords ??= new Array<boolean | undefined>(this.text.sentences.length));
    let found = held[sentence];
    if (found === undefined) {
      const span = this.text.sentences[sentence]!;
      held[sentence] = found = this.words.hasIn(this.text.text, span.start, span.end, 'prize');
    }
    return found;
  }

  /** A line that only leads into a list: no amount, no date, and it ends with a colon (收入情况如下：, 其中：). */
  private isLeadIn(sentence: number): boolean {
    if (this.text.ofType(sentence, 'money').length > 0 || this.text.ofType(sentence, 'date').length > 0) return false;
    const span = this.text.sentences[sentence]!;
    let end = span.end;
    while (end > span.start && isSpace(this.text.text.charCodeAt(end - 1))) end--;
    return end > span.start && COLONS.has(this.text.text.charCodeAt(end - 1));
  }

  /** The last sentence before this one that is not blank (paragraph breaks are sentences of their own). */
  private lastWrittenBefore(sentence: number): number | undefined {
    for (let previous = sentence - 1; previous >= 0; previous--) {
      if (!this.text.isBlank(previous)) return previous;
    }
    return undefined;
  }

  /** Per sentence, the year the report reviews there (2022年是…的一年 until another one); null: none. Found on first use. */
  private readonly reviewedYears: Array<WhenLink | null | undefined>;

  reviewedYear(sentence: number): WhenLink | undefined {
    return this.lastFoundUpTo(sentence, this.reviewedYears, (s) => reviewedYearOf(this.text, this.words, s));
  }

  /** Per sentence, the last period named up to it (null: none), found on first use. */
  private readonly periodsUpTo: Array<WhenLink | null | undefined>;

  /** The last period named before the sentence. */
  periodInForce(sentence: number): WhenLink | undefined {
    return sentence > 0 ? this.lastFoundUpTo(sentence - 1, this.periodsUpTo, (s) => lastPeriodOf(this.text, this.words, s)) : undefined;
  }

  /**
   * The last date link `find` gives in the sentences up to `sentence`, read backwards from it
   * and kept per sentence (`found`): only the sentences back to the nearest one are asked, and
   * `find` only of sentences holding dates (it finds nothing in the others).
   */
  private lastFoundUpTo(sentence: number, found: Array<WhenLink | null | undefined>, find: (sentence: number) => WhenLink | undefined): WhenLink | undefined {
    let result: WhenLink | null = null;
    let s = sentence;
    for (; s >= 0; s--) {
      const known = found[s];
      if (known !== undefined) {
        result = known;
        break;
      }
      if (this.text.ofType(s, 'date').length > 0 && (result = find(s) ?? null)) break;
    }
    for (let t = Math.max(s, 0); t <= sentence; t++) found[t] = result;
    return result ?? undefined;
  }

  /**
   * 上半年各地单价冠军 / 上海 / 某地块楼面价为31250元: the period a heading line above names, the
   * sentences between holding no date (a heading: a line of its own, no end mark, short).
   */
  headingPeriod(sentence: number): WhenLink | undefined {
    const known = (this.headingPeriods ??= new Map()).get(sentence);
    if (known !== undefined) return known ?? undefined;
    const found = this.headingPeriodOf(sentence);
    this.headingPeriods.set(sentence, found ?? null);
    return found;
  }

  /** Per sentence, the period of the heading above it (null: none), kept once asked. */
  private headingPeriods?: Map<number, WhenLink | null>;

  private headingPeriodOf(sentence: number): WhenLink | undefined {
    // A document without dates before the sentence has no dated heading.
    if (this.text.dateSentenceBefore(sentence) < 0) return undefined;
    // Only lines of words count toward the reach (not the stray marks of a garbled page).
    for (let s = sentence - 1, read = 0; s >= 0 && read < HEADING_REACH; s--) {
      if (!holdsIdeograph(this.text.text, this.text.sentences[s]!)) continue;
      read++;
      const heading = this.isHeading(s);
      if (this.text.ofType(s, 'date').length === 0) continue;
      if (!heading) return undefined;
      const period = lastPeriodOf(this.text, this.words, s);
      return period ? { ...period, basis: 'paragraph' } : undefined;
    }
    return undefined;
  }

  private isHeading(sentence: number): boolean {
    const span = this.text.sentences[sentence]!;
    const t = this.text.text;
    let end = span.end;
    while (end > span.start && isSpace(t.charCodeAt(end - 1))) end--;
    if (end - span.start > HEADING_LENGTH || end === span.start) return false;
    return !HEADING_END.test(t[end - 1]!);
  }

  /** The who of the last amount of the sentence written before `sentence` (blank lines passed over). */
  lastWhoBefore(sentence: number): WhoLink | undefined {
    const previous = this.lastWrittenBefore(sentence);
    const facts = previous === undefined ? undefined : this.factsBySentence[previous];
    const last = facts?.[facts.length - 1];
    return last ? { who: last.who, mentions: last.mentions.who, basis: 'previous-sentence' } : undefined;
  }

  /** The who of an amount of the sentence already linked (`money`: its mention index). */
  earlierWho(sentence: number, money: number): WhoLink | undefined {
    const fact = this.factsBySentence[sentence]?.find((f) => f.money === money);
    return fact ? { who: fact.who, mentions: fact.mentions.who, basis: fact.basis.who } : undefined;
  }

  /** The sentence written before `sentence` holds amounts, all linked without a date. */
  undatedAmountsBefore(sentence: number): boolean {
    const previous = this.lastWrittenBefore(sentence);
    const facts = previous === undefined ? undefined : this.factsBySentence[previous];
    return facts !== undefined && facts.length > 0 && facts.every((fact) => fact.when === null);
  }

  /** The facts of a sentence already linked. */
  factsOf(sentence: number): readonly Fact[] | undefined {
    return this.factsBySentence[sentence];
  }

  /** The who of the last fact of `value` before `sentence` that names a giver. */
  restatedWho(sentence: number, value: number | undefined, lastGiven = false): WhoLink | undefined {
    if (value === undefined) return undefined;
    for (let s = sentence - 1; s >= 0; s--) {
      const facts = this.factsBySentence[s];
      // lastGiven: only the last amount given by someone, where it has the value (no other gift told since).
      const fact = facts && findLastFact(facts, (f) => (lastGiven || f.value === value) && f.who.length > 0);
      if (fact) return lastGiven && fact.value !== value ? undefined : { who: fact.who, mentions: fact.mentions.who, basis: fact.basis.who };
    }
    return undefined;
  }

  /** The last day or span of days an event is dated by in the EVENT_DAY_REACH sentences before `sentence`. */
  eventDay(sentence: number): WhenLink | undefined {
    for (let s = sentence - 1; s >= 0 && s >= sentence - EVENT_DAY_REACH; s--) {
      if (this.text.ofType(s, 'date').length === 0) continue;
      const day = lastDayOf(this.text, this.words, s);
      if (day) return day;
    }
    return undefined;
  }

  /**
   * The date of the last dated fact of `value` before `sentence`: an amount told again (a section
   * heading restating a share: 一、中央资金（5273万元）) is the same money, of the same date.
   */
  restatedWhen(sentence: number, value: number | undefined): WhenLink | undefined {
    if (value === undefined) return undefined;
    for (let s = sentence - 1; s >= 0; s--) {
      const facts = this.factsBySentence[s];
      const fact = facts && findLastFact(facts, (f) => f.value === value && f.when !== null);
      if (fact) return { when: fact.when, mentions: fact.mentions.when, basis: 'document' };
    }
    return undefined;
  }

  previousWho(sentence: number): WhoLink | undefined {
    // 某部预拨资金3亿元。（new paragraph）其中，某某资金2亿元: a breakdown opening a paragraph goes on with the sentence before.
    const previous = this.previousSentence(sentence) ?? (this.opensWithBreakdown(sentence) ? this.lastWrittenBefore(sentence) : undefined);
    if (previous === undefined) return undefined;
    const parties = this.giversIn(previous);
    const last = parties[parties.length - 1];
    if (last) {
      // 省财政厅下达中央某某资金3.6亿元。此次…下达甲市2.36亿元: a body whose sentence only hands down a fund
      // named central passes it on; the fund's giver is carried.
      const handed = this.handsDownCentralFund(previous, last);
      if (handed) return handed;
      const partner = last.partner && partnerGiving(last, this.subjects().place?.where[0]?.path);
      return partner ? { who: [partner.who], mentions: partner.mentions, basis: 'sentence' } : listedGivers(this.words, this.text.text, parties, last, 'sentence');
    }
    const facts = this.factsBySentence[previous];
    const fact = facts?.[facts.length - 1];
    // 安排中央衔接资金6亿元…。安排还本付息资金8亿元: one fund's name says nothing of who gives the next.
    return fact && fact.who.length > 0 && !this.fundNamed.has(fact) ? { who: fact.who, mentions: fact.mentions.who, basis: fact.basis.who } : undefined;
  }

  private opensWithBreakdown(sentence: number): boolean {
    return this.words.startsAt(this.text.text, this.text.openingOf(sentence), 'breakdown');
  }

  /**
   * Every amount of the sentence is named by its fund as central (中央预算内投资, 中央某某资金) and stands
   * after the party: the party hands the fund down. The fund's giver (中央), else undefined.
   */
  private handsDownCentralFund(sentence: number, party: Party): WhoLink | undefined {
    const facts = this.factsBySentence[sentence];
    if (!facts || facts.length === 0) return undefined;
    const amounts = this.text.ofType(sentence, 'money');
    for (const fact of facts) {
      if (!this.fundNamed.has(fact) || fact.who.length !== 1 || fact.who[0] !== CENTRAL_GIVER) return undefined;
      if (!amounts.some((m) => m.index === fact.money && m.start >= party.end)) return undefined;
    }
    const first = facts[0]!;
    return { who: first.who, mentions: first.mentions.who, basis: 'sentence' };
  }

  previousWhere(sentence: number): WhereLink | undefined {
    const previous = this.previousSentence(this.text.followsSemicolon(sentence) ? this.pastOwnSites(sentence) : sentence);
    if (previous === undefined) return undefined;
    const places = this.carriedDestinations(previous);
    if (places.length > 0) {
      // …投资2亿元，组织企业赴某地考察；完成购销1亿元: a list item goes on with the place its item before gave its
      // amount, not with a place that item names for something else (a visit).
      if (this.text.followsSemicolon(sentence)) {
        const facts = this.factsBySentence[previous];
        const last = facts?.[facts.length - 1];
        if (last && last.where.length > 0 && last.basis.where !== 'clause' && places.some((place) => !last.where.some((w) => w.path === place.path))) {
          return { where: last.where, mentions: last.mentions.where, basis: 'sentence' };
        }
      }
      return placesLink(places, 'sentence');
    }
    const { start, end } = this.text.sentences[previous]!;
    return (
      this.countedPlaces(start, end) ??
      (this.text.followsSemicolon(sentence) && this.namesNothing(sentence) ? this.earlierItemWhere(previous) : undefined) ??
      this.ownWordWhere(previous)
    );
  }

  /**
   * 该县今年安排资金…。截至年底，已完成投资…: a sentence naming its place only by an own word (该区, 全县) hands
   * its last amount's place on to the next sentence, as a named place would be.
   */
  private ownWordWhere(previous: number): WhereLink | undefined {
    if (!this.namesOwnDivision(previous)) return undefined;
    const last = this.factsBySentence[previous]?.at(-1);
    return last && last.where.length > 0 ? { where: last.where, mentions: last.mentions.where, basis: 'sentence' } : undefined;
  }

  /** An own word of `sentence` names the division it speaks of: not the base of a comparison (比全省平均水平), nor a ranking (位列全区). */
  private namesOwnDivision(sentence: number): boolean {
    const t = this.text.text;
    const { start, end } = this.text.sentences[sentence]!;
    for (let at = this.words.indexIn(t, start, end, 'own-place'); at >= 0; at = this.words.indexIn(t, at + 1, end, 'own-place')) {
      const floor = Math.max(start, at - OWN_LEAD_REACH);
      if (!this.words.endsAt(t, at, 'comparison', floor) && !this.words.endsAt(t, at, 'rank-lead', floor)) return true;
    }
    return false;
  }

  /**
   * 甲县、乙县受灾；农作物受灾面积…；直接经济损失3亿元: semicolons cut one sentence (up to its full stop)
   * into items; an item naming no place, after one naming none either, goes on with the places of the
   * nearest earlier item of the same sentence that names some (not one naming its own amount's site).
   * The items passed, and the amount's own, name no place at all, and the passed ones no amount; an item
   * counting divisions (上述7省, 两县) stands for the places it counts.
   */
  private earlierItemWhere(previous: number): WhereLink | undefined {
    for (let item = previous; item > 0 && this.text.followsSemicolon(item); ) {
      if (!this.namesNothing(item) || this.text.ofType(item, 'money').length > 0) return undefined;
      item--;
      const places = this.destinations(item);
      if (places.length === 0) {
        const { start, end } = this.text.sentences[item]!;
        const counted = this.countedPlaces(start, end);
        if (counted) return counted;
        continue;
      }
      return this.namesOwnSites(item) ? undefined : placesLink(places, 'sentence');
    }
    return undefined;
  }

  /** Per level character (县, 乡), the distinct destinations of that level the document names, in text order (built once). */
  private countedIndex?: Map<number, LocatedMention[]>;
  private hasCountedWords?: boolean;

  /**
   * 南部三乡, 江达、贡觉两县, 两旗: the last count of divisions in text[from, to) stands for the places of that level
   * the document names as destinations, where it names just that many, all in one region (one parent).
   */
  countedPlaces(from: number, to: number): WhereLink | undefined {
    const t = this.text.text;
    const named = this.namedBefore(from, to);
    if (named) return named;
    if ((this.hasCountedWords ??= COUNTED_DIVISIONS.test(t)) === false || to <= from) return undefined;
    // Read in the span only (a sentence), never on through the text.
    let found: RegExpMatchArray | undefined;
    for (const m of t.slice(from, to).matchAll(COUNTED_DIVISIONS_G)) found = m;
    if (!found) return undefined;
    const count = COUNT_VALUES.indexOf(found[1]!) + 2;
    const index = (this.countedIndex ??= this.countedIndexOf());
    const list = index.get(found[2]!.charCodeAt(0)) ?? [];
    if (list.length !== count) return undefined;
    const parent = (path: string) => path.slice(0, path.lastIndexOf('/'));
    if (!list.every((place) => parent(place.path) === parent(list[0]!.path))) return undefined;
    return placesLink(list, 'sentence');
  }

  /**
   * 上述7省19市…直接经济损失4亿元: a count of divisions after a word pointing back (上述, 以上) stands for the
   * places of that level the nearest earlier sentence lists, where it lists just that many.
   */
  private namedBefore(from: number, to: number): WhereLink | undefined {
    if (to <= from) return undefined;
    POINTED_DIVISIONS.lastIndex = 0;
    const found = POINTED_DIVISIONS.exec(this.text.slice(from, to));
    if (!found) return undefined;
    const count = /^[0-9]+$/.test(found[1]!) ? Number(found[1]) : COUNT_VALUES.indexOf(found[1]!) + 2;
    const depth = POINTED_DEPTHS[found[2]!]!;
    for (let sentence = this.text.sentenceAt(from) - 1; sentence >= 0; sentence--) {
      const places = this.destinations(sentence).filter((place) => place.path.split('/').length === depth);
      const distinct = places.filter((place, i) => places.findIndex((other) => other.path === place.path) === i);
      if (distinct.length === count) return placesLink(distinct, 'sentence');
    }
    return undefined;
  }

  private countedIndexOf(): Map<number, LocatedMention[]> {
    const index = new Map<number, LocatedMention[]>();
    const seen = new Set<string>();
    for (const sentence of this.text.placeSentences) {
      for (const place of this.destinations(sentence)) {
        if (seen.has(place.path)) continue;
        seen.add(place.path);
        const level = place.path.charCodeAt(place.path.length - 1);
        const list = index.get(level) ?? [];
        list.push(place);
        index.set(level, list);
      }
    }
    return index;
  }

  /** The sentences of the amount's paragraph up to the amount's own. */
  /**
   * The first sentence of the amount's paragraph, up to the amount's own, for
   * which `has` holds (found once per paragraph: a long paragraph holds many amounts).
   */
  private firstInParagraph(ctx: MoneyContext, cache: Map<number, number>, has: (sentence: number) => boolean): number | undefined {
    const paragraph = this.text.paragraphAt(ctx.money.start);
    let first = cache.get(paragraph);
    if (first === undefined) {
      first = this.text.sentencesOfParagraph(paragraph).find(has) ?? -1;
      cache.set(paragraph, first);
    }
    return first >= 0 && first <= ctx.sentence ? first : undefined;
  }

  private readonly firstParty = new Map<number, number>();
  private readonly firstPlaces = new Map<number, number>();

  /** The paragraph's first giver. */
  paragraphParty(ctx: MoneyContext): Party | undefined {
    const sentence = this.firstInParagraph(ctx, this.firstParty, (s) => this.giversIn(s).length > 0);
    return sentence === undefined ? undefined : innermostJoined(this.text.text, this.words, this.giversIn(sentence));
  }

  /** The places of the paragraph's first sentence that names a destination. */
  paragraphPlaces(ctx: MoneyContext): WhereLink | undefined {
    const sentence = this.firstInParagraph(ctx, this.firstPlaces, (s) => this.carriedDestinations(s).length > 0);
    // Nor from an earlier item of the amount's list naming its own amount's site (pastOwnSites).
    // Nor, for a sentence after the list, from an item of a list naming its own amount's site.
    const listed =
      sentence !== undefined &&
      sentence < ctx.sentence &&
      ((this.text.followsSemicolon(ctx.sentence) && sentence >= this.listHead(ctx.sentence)) || this.isListItem(sentence)) &&
      this.namesOwnSites(sentence);
    return sentence === undefined || listed ? undefined : placesLink(this.carriedDestinations(sentence), 'paragraph');
  }

  /** The places after the partner word of the first sentence that pairs places (某市分别与甲县、乙县结为对口帮扶县), read once. */
  pairedPlaces(): WhereLink | undefined {
    if (this.paired === undefined) {
      const t = this.text.text;
      const sentence = this.text.placeSentences.find((s) => this.words.hasIn(t, this.text.sentences[s]!.start, this.text.sentences[s]!.end, 'pairing'));
      // 某市分别与甲县、乙县结为…: the places after the partner word (与), which the sentence's own reading takes
      // for the subject's partners in giving; the subject before it is not paired with itself.
      const partner = sentence === undefined ? -1 : this.words.indexIn(t, this.text.sentences[sentence]!.start, this.text.sentences[sentence]!.end, 'contract-partner');
      const places = sentence === undefined || partner < 0 ? [] : this.text.ofType(sentence, 'place').filter((place) => place.start > partner);
      this.paired = places.length > 0 ? placesLink(places, 'document') : null;
    }
    return this.paired ?? undefined;
  }

  /** A sentence's destinations that may be carried to an amount of another clause: not an item's own beneficiary. */
  private carriedDestinations(sentence: number): readonly LocatedMention[] {
    return notItemSites(this.text, this.words, this.destinations(sentence));
  }

  /** A sentence's places that may receive money: not its givers, not in a donor province. */
  private destinations(sentence: number): readonly LocatedMention[] {
    return (this.destinationsBySentence[sentence] ??= this.notInDonorProvince(this.placesNotGiving(sentence)));
  }

  private notInDonorProvince(places: readonly LocatedMention[]): readonly LocatedMention[] {
    // The donor provinces are read from the whole document: not for a sentence without places.
    if (places.length === 0) return places;
    const donors = this.donorProvinces();
    const givers = this.donorPaths();
    const names = this.giverNamesOpenedByPlaces();
    const t = this.text.text;
    if (donors.size === 0 && givers.size === 0 && names.length === 0 && !places.some((place) => t.charCodeAt(place.start - 1) === DE)) return places;
    return keptWhere(
      places,
      (place) => !donors.has(provinceOf(place)) && !givers.has(place.path) && !names.some((name) => t.startsWith(name, place.start)) && !this.opensInvestorsProject(place),
    );
  }

  /**
   * 总投资5亿元的江苏某某科技电子产品项目: in a list of projects signed by their totals, a place of another province
   * than the one named most opens the investing company's name inside the project's: the investor's home, not
   * where the project is built.
   */
  private opensInvestorsProject(place: LocatedMention): boolean {
    const t = this.text.text;
    const sentence = this.text.sentenceAt(place.start);
    // 的江苏南通某某项目: a prefecture right after its province continues the name the province opens.
    const start = chainStart(this.text.ofType(sentence, 'place'), place);
    if (t.charCodeAt(start - 1) !== DE) return false;
    const clause = this.text.clauseAt(sentence, start);
    const amount = this.text.ofType(sentence, 'money').find((m) => m.end === start - 1 && m.start >= clause.start);
    if (!amount || !this.words.hasIn(t, clause.start, amount.start, 'total')) return false;
    if (this.words.indexIn(t, place.end, clause.end, 'project') < 0) return false;
    const recipient = this.recipientProvince();
    return recipient !== undefined && provinceOf(place) !== recipient;
  }

  private giverNameList?: string[];

  /**
   * 天津港保税区投入资金…; 天津港保税区紧扣某县需求…: the names of organisations that give in the document and open
   * with a place (a zone, a company of a city). The place opening such a name, wherever the name is written
   * (giving or not), is the giver's, not where money goes: where the place lies in another province than the
   * one named most (a body of the recipient's own region, 某市工商联 giving at home, names its own place).
   * Read once, from the sentences with places.
   */
  private giverNamesOpenedByPlaces(): string[] {
    if (this.giverNameList) return this.giverNameList;
    const names = new Set<string>();
    this.giverNameList = [];
    for (const sentence of this.text.placeSentences) {
      const places = this.text.ofType(sentence, 'place');
      for (const party of this.giversIn(sentence)) {
        if (party.mentions.length > 0 || party.who === '') continue;
        const opening = places.find((place) => place.start === party.start);
        if (opening && this.text.text.startsWith(party.who, party.start)) names.add(`${provinceOf(opening)}\t${party.who}`);
      }
    }
    if (names.size === 0) return this.giverNameList;
    const recipient = this.recipientProvince();
    for (const entry of names) {
      const [province, name] = entry.split('\t') as [string, string];
      if (recipient !== undefined && province !== recipient) this.giverNameList.push(name);
    }
    return this.giverNameList;
  }

  private donorPathSet?: Set<string>;

  /**
   * 某区还与某市某村签订帮扶协议，捐赠…。…某区坚持把某市的事当自己的事来办，累计投入…: a county (or a place
   * below one) that gives elsewhere in the document (a giving party, not a news source), from another
   * province than the one named most, is a donor wherever it is named (a city may also name a company's seat).
   */
  private donorPaths(): Set<string> {
    if (this.donorPathSet) return this.donorPathSet;
    const paths = new Set<string>();
    this.donorPathSet = paths;
    for (const sentence of this.text.placeSentences) {
      for (const party of this.giversIn(sentence)) if (party.mentions.length > 0 && depthOf(party.who) >= COUNTY_DEPTH) paths.add(party.who);
    }
    if (paths.size === 0) return paths;
    const recipient = this.recipientProvince();
    for (const path of paths) if (recipient === undefined || provinceOfPath(path) === recipient) paths.delete(path);
    return paths;
  }

  private recipientProvinceOf?: { province: string | undefined };

  /** The province named most among the places not giving (read once, for donor provinces and donor paths alike). */
  private recipientProvince(): string | undefined {
    if (this.recipientProvinceOf) return this.recipientProvinceOf.province;
    const counts = new Map<string, number>();
    for (const sentence of this.text.placeSentences) {
      for (const place of this.placesNotGiving(sentence)) counts.set(place.province, (counts.get(place.province) ?? 0) + 1);
    }
    this.recipientProvinceOf = { province: mostNamedProvince(counts) };
    return this.recipientProvinceOf.province;
  }

  /** A sentence's places that are not its givers, whatever their province (found once per sentence). */
  private placesNotGiving(sentence: number): readonly LocatedMention[] {
    return (this.placesNotGivingBySentence[sentence] ??= destinationsIn(this.text, this.words, sentence, this.partiesOf(sentence), this.sentenceWords(sentence)));
  }

  private sentenceWords(sentence: number): SentenceWords {
    const { start, end } = this.text.sentences[sentence]!;
    if (this.text.ofType(sentence, 'place').length === 0) return NO_WORDS;
    return { signing: this.words.hasIn(this.text.text, start, end, 'signing'), aiding: this.words.hasIn(this.text.text, start, end, 'aid-target') };
  }


  /**
   * Provinces whose governments or aid teams give (珠海市委, 山东援藏) in the
   * document: aid news names the donor's own places (a meeting in 佛山,
   * 长春市宽城区) that receive nothing. The province named most often is
   * where the money goes, never a donor province (a county's own report).
   */
  private donorProvinces(): Set<string> {
    if (this.donorProvinceSet) return this.donorProvinceSet;
    // Marked parties and places not giving are places: only sentences with places hold them.
    const provinces = new Set<string>();
    for (const sentence of this.text.placeSentences) {
      for (const party of this.partiesOf(sentence)) if (party.marked) provinces.add(provinceOfPath(party.who));
    }
    this.donorProvinceSet = provinces;
    if (provinces.size === 0) return provinces;
    const recipient = this.recipientProvince();
    if (recipient === undefined) provinces.clear();
    else provinces.delete(recipient);
    return provinces;
  }

  private countOwnGovernments(
    counts: Map<string, { count: number; place: LocatedMention }>,
    parties: readonly Party[],
    donors: ReadonlySet<string>,
  ): void {
    for (const party of parties) {
      if (party.mentions.length === 0 || donors.has(provinceOfPath(party.who))) continue;
      const index = party.mentions[party.mentions.length - 1]!;
      let place: LocatedMention | undefined;
      for (const sentence of this.text.placeSentences) if ((place = this.text.placeOf(sentence, index))) break;
      if (place) counts.set(party.who, { count: (counts.get(party.who)?.count ?? 0) + 1, place });
    }
  }

  private siteLinks?: Array<{ sentence: number; link: WhereLink }>;

  /**
   * The places a label line names as the project's site (建设地点：某镇某村), the lines read once per
   * document. A notice of several projects labels each one's site (一、…建设范围：甲镇某村…；二、…): an
   * amount takes the last site labelled before its sentence, else the document's first.
   */
  siteOfProject(sentence: number): WhereLink | undefined {
    if (!this.siteLinks) {
      this.siteLinks = [];
      for (const at of this.text.placeSentences) {
        const places = sitePlacesIn(this.text, this.words, at);
        if (places && places.length > 0) this.siteLinks.push({ sentence: at, link: placesLink(places, 'document') });
      }
    }
    let found = this.siteLinks[0];
    for (const site of this.siteLinks) if (site.sentence <= sentence) found = site;
    return found?.link;
  }

  private investorName?: { name?: string };

  /** The name a label line gives as the project's investor (投资主体：某某有限公司), read once per document. */
  investorOfProject(): string | undefined {
    if (!this.investorName) this.investorName = { name: investorLabelled(this.text.text, this.words) };
    return this.investorName.name;
  }

  private subjectDestinationLink?: { link?: WhereLink };

  /**
   * The document's subject place as the where of last resort, only where the article
   * sends money there: a paragraph with an amount names it (or a place in or around it)
   * as a destination, the headline names it, or it is the only place the article names.
   * Of several places named only in passing (the city of an exchange, a list of branch
   * offices), none is the subject.
   */
  subjectDestination(): WhereLink | undefined {
    if (this.subjectDestinationLink) return this.subjectDestinationLink.link;
    const subject = this.subjects().place;
    const path = subject?.where[0]?.path;
    const related = (place: LocatedMention) => path !== undefined && (place.path === path || place.path.startsWith(`${path}/`) || path.startsWith(`${place.path}/`));
    const named =
      path !== undefined &&
      (this.destinationInMoneyParagraph(related) ||
        this.headlineSentences().some((sentence) => this.text.ofType(sentence, 'place').some((place) => place.path === path)) ||
        this.text.placeSentences.every((sentence) => this.destinations(sentence).every(related))) &&
      !this.namedOnlyInNames();
    this.subjectDestinationLink = { link: named ? subject : undefined };
    return this.subjectDestinationLink.link;
  }

  private ownDivisions = new Map<number, WhereLink | undefined>();

  /**
   * The document's own division at a level (省, 市, 县 as a character code): the first place of the headline
   * lying in a division of that level (as spender or dateline too), else the one such division of all its places.
   */
  ownDivision(level: number): WhereLink | undefined {
    if (this.ownDivisions.has(level)) return this.ownDivisions.get(level);
    // The title line first (a dateline after it may name a neighbour), then the headline, then the whole text.
    let found = this.onlyDivisionIn(this.text.sentencesOfParagraph(0), level);
    if (found === undefined) found = this.onlyDivisionIn(this.headlineSentences(), level);
    if (found === undefined) found = this.onlyDivisionIn(this.text.placeSentences, level);
    const link: WhereLink | undefined = found ? { where: [{ path: found.path }], mentions: [found.index], basis: 'document' } : undefined;
    this.ownDivisions.set(level, link);
    return link;
  }

  /**
   * The one division of a level that the places of `sentences` lie in; null where they lie in several
   * (no one is the document's own), undefined where in none.
   */
  private onlyDivisionIn(sentences: readonly number[], level: number): { path: string; index: number } | null | undefined {
    let found: { path: string; index: number } | undefined;
    for (const sentence of sentences) {
      for (const place of this.text.ofType(sentence, 'place')) {
        const path = divisionAt(place.path, level);
        if (!path) continue;
        if (found && found.path !== path) {
          // 区 ends both an autonomous region and a district inside it (某自治区/某市/某区): the district is the one.
          if (path.startsWith(`${found.path}/`)) found = { path, index: place.index };
          else if (!found.path.startsWith(`${path}/`)) return null;
          continue;
        }
        found ??= { path, index: place.index };
      }
    }
    return found;
  }

  private headlineOwn?: number;

  /** The level of an own word (市本级, 我省) in the headline, -1 when none (read once). */
  headlineOwnLevel(): number {
    if (this.headlineOwn !== undefined) return this.headlineOwn;
    this.headlineOwn = -1;
    const t = this.text.text;
    for (const sentence of this.headlineSentences()) {
      const { start, end } = this.text.sentences[sentence]!;
      const at = this.words.indexIn(t, start, end, 'own-place');
      if (at < 0) continue;
      const word = this.words.startIn(t, at, end, 'own-place');
      for (let i = 0; i < word.length && this.headlineOwn < 0; i++) if (OWN_LEVEL_CODES.has(word.charCodeAt(i))) this.headlineOwn = word.charCodeAt(i);
      if (this.headlineOwn >= 0) break;
    }
    return this.headlineOwn;
  }

  /** Every place of the article starts a company's name (黑龙江北大荒农业股份有限公司): the article is about the company. */
  private namedOnlyInNames(): boolean {
    let named = false;
    for (const sentence of this.text.placeSentences) {
      for (const place of this.destinations(sentence)) {
        if (!startsCompanyName(this.text.text, this.words, place)) return false;
        named = true;
      }
    }
    return named;
  }

  /** A paragraph holding an amount has a destination for which `is` holds. */
  /**
   * 港人捐款…: gifts for a disaster over many provinces (甲省、乙省和丙省…, 丁省…), the headline naming none of
   * them: the place named most is one destination of a few amounts, no subject to lend the others (they stay
   * without a place rather than borrow one named for another amount).
   */
  private spread?: boolean;

  /** The subject place lent to an amount of `sentence`: none where the destinations spread (a headline's amount keeps it). */
  subjectDestinationFor(sentence: number): WhereLink | undefined {
    const link = this.subjectDestination();
    const path = link?.where[0]?.path;
    if (path === undefined || this.isTitleLine(sentence)) return link;
    this.spread ??= this.spreadOverProvinces(path);
    return this.spread ? undefined : link;
  }

  /** A line of the text's opening paragraphs with no sentence mark closing it: a headline (a page's chrome may stand before). */
  private isTitleLine(sentence: number): boolean {
    if (this.headlineSentences().includes(sentence)) return true;
    const { end } = this.text.sentences[sentence]!;
    for (let paragraph = 0; paragraph < Math.min(TITLE_PARAGRAPHS, this.text.input.paragraphs.length); paragraph++) {
      if (this.text.sentencesOfParagraph(paragraph).includes(sentence)) return !SENTENCE_CLOSES.test(this.text.text[end - 1] ?? '');
    }
    return false;
  }

  private spreadOverProvinces(path: string): boolean {
    if (this.headlineSentences().some((sentence) => this.text.ofType(sentence, 'place').some((place) => path === place.path || path.startsWith(`${place.path}/`)))) return false;
    const provinces = new Set<string>();
    for (const sentence of this.text.placeSentences) for (const place of this.carriedDestinations(sentence)) provinces.add(provinceOfPath(place.path));
    return provinces.size >= SPREAD_PROVINCES;
  }

  private destinationInMoneyParagraph(is: (place: LocatedMention) => boolean): boolean {
    const read = new Set<number>();
    for (const sentence of this.text.moneySentences) {
      const paragraph = this.text.paragraphAt(this.text.sentences[sentence]!.start);
      if (read.has(paragraph)) continue;
      read.add(paragraph);
      if (this.text.sentencesOfParagraph(paragraph).some((s) => this.destinations(s).some(is))) return true;
    }
    return false;
  }

  /** The sentences of the first paragraphs, up to HEADLINE_PARAGRAPHS (a headline and its subtitle). */
  private headlineSentences(): number[] {
    const sentences: number[] = [];
    for (let paragraph = 0; paragraph < Math.min(HEADLINE_PARAGRAPHS, this.text.input.paragraphs.length); paragraph++) {
      sentences.push(...this.text.sentencesOfParagraph(paragraph));
    }
    return sentences;
  }

  /**
   * The places named as often as the subject and of its depth that stand with it in one list (甲省、乙省和丙省:
   * joined by list marks only), in text order; undefined where none does.
   */
  private listedWith(subject: LocatedMention, count: number, entries: ReadonlyArray<{ count: number; place: LocatedMention }>): LocatedMention[] | undefined {
    const depth = subject.path.split('/').length;
    const tied = entries.filter((e) => e.count === count && e.place.path.split('/').length === depth).map((e) => e.place);
    if (tied.length < 2) return undefined;
    const sentence = this.text.sentenceAt(subject.start);
    const inList = this.text
      .ofType(sentence, 'place')
      .filter((p) => tied.some((t) => t.path === p.path))
      .sort((a, b) => a.start - b.start);
    const list: LocatedMention[] = [];
    for (const place of inList) {
      const last = list[list.length - 1];
      if (last && !LIST_JOIN_ONLY.test(this.text.slice(last.end, place.start))) {
        if (list.some((p) => p.path === subject.path)) break;
        list.length = 0;
      }
      if (!list.some((p) => p.path === place.path)) list.push(place);
    }
    return list.length > 1 && list.some((p) => p.path === subject.path) ? list : undefined;
  }

  /**
   * A county (or lower place) opening a headline line and holding the most named destination
   * (某县对口支援工作成效显著, its town named most in the text): the article is about the
   * headline's county, its towns and villages are details. A province or city opening a
   * headline is only the region (and web pages open with their site's name).
   */
  private headlinePlaceAround(place: LocatedMention, donors: ReadonlySet<string>): LocatedMention | undefined {
    for (const sentence of this.headlineSentences()) {
      const opening = this.text.openingOf(sentence);
      const named = this.text.ofType(sentence, 'place').find((p) => p.start === opening);
      if (!named || donors.has(named.province) || depthOf(named.path) < COUNTY_DEPTH) continue;
      if (place.path.startsWith(`${named.path}/`)) return named;
    }
    return undefined;
  }

  /** The document's most named destination and most named giver. */
  subjects(): { place?: WhereLink; party?: Party } {
    if (this.documentSubjects) return this.documentSubjects;
    const places = new Map<string, { count: number; place: LocatedMention }>();
    const parties = new Map<string, { count: number; party: Party }>();
    const givers = new Map<string, { count: number; party: Party }>();
    for (const sentence of this.partySentences()) {
      const sentenceParties = this.partiesOf(sentence);
      for (const party of sentenceParties) countParty(parties, party);
      // Where the news comes from (记者从某部获悉) is no giver to carry.
      for (const party of this.giversIn(sentence)) countParty(givers, party);
      for (const place of this.carriedDestinations(sentence)) {
        const path = place.path;
        const entry = places.get(path) ?? { count: 0, place };
        entry.count++;
        places.set(path, entry);
      }
    }
    // A donor's place is not the subject the money goes to, wherever else it is named;
    // a local government spending on its own county is.
    const donors = this.donorProvinces();
    for (const who of parties.keys()) if (donors.has(provinceOfPath(who))) places.delete(who);
    // A local government's report may name its county only as the spender (县委县政府).
    if (places.size === 0) this.countOwnGovernments(places, [...parties.values()].map((entry) => entry.party), donors);
    const named = mostNamed([...places.entries()], (path) => path.split('/').length);
    const place = named ? { place: this.headlinePlaceAround(named.place, donors) ?? named.place } : undefined;
    const party = mostNamed([...givers.entries()], () => 0);
    // 支持甲省、乙省等12省份: a subject named once in a list with others named as often is the whole list.
    const listed = place && named ? this.listedWith(place.place, named.count, [...places.values()]) : undefined;
    this.documentSubjects = {
      place: place ? placesLink(listed ?? [place.place], 'document') : undefined,
      party: party?.party,
    };
    return this.documentSubjects;
  }
}

// Where a fact's fields may be carried from, asked only when its sentence ties none:
// one small object per fact and field, not a closure per question.

abstract class CarriedFor {
  constructor(
    protected readonly linker: DocumentLinker,
    protected readonly ctx: MoneyContext,
  ) {}
}

class DatesCarried extends CarriedFor implements CarriedDates {
  previous(): WhenLink | undefined {
    return this.linker.previousWhen(this.ctx.sentence);
  }

  previousItem(): WhenLink | undefined {
    return this.linker.previousWhen(this.ctx.sentence, true);
  }

  previousListItem(): WhenLink | undefined {
    return this.linker.previousListWhen(this.ctx.sentence);
  }

  paragraph(): WhenLink | undefined {
    return this.linker.paragraphWhen(this.ctx.sentence);
  }

  paragraphOpening(): WhenLink | undefined {
    return this.linker.paragraphOpeningWhen(this.ctx.sentence);
  }

  previousAnyDate(): WhenLink | undefined {
    return this.ctx.sentence > 0 ? anyLastDateOf(this.linker.text, this.linker.words, this.ctx.sentence - 1) : undefined;
  }

  reviewedYear(): WhenLink | undefined {
    return this.linker.reviewedYear(this.ctx.sentence);
  }

  periodInForce(): WhenLink | undefined {
    return this.linker.periodInForce(this.ctx.sentence);
  }

  headingPeriod(): WhenLink | undefined {
    return this.linker.headingPeriod(this.ctx.sentence);
  }

  eventDay(): WhenLink | undefined {
    return this.linker.eventDay(this.ctx.sentence);
  }

  restated(): WhenLink | undefined {
    return this.linker.restatedWhen(this.ctx.sentence, (this.ctx.money.mention as { value?: number }).value);
  }

  undatedAmountsBefore(sentence: number): boolean {
    return this.linker.undatedAmountsBefore(sentence);
  }

  undatedEarlier(money: number): boolean {
    return this.linker.factsOf(this.ctx.sentence)?.find((fact) => fact.money === money)?.when === null;
  }
}

class GiversCarried extends CarriedFor implements CarriedGivers {
  previous(): WhoLink | undefined {
    return this.linker.previousWho(this.ctx.sentence);
  }

  paragraph(): Party | undefined {
    return this.linker.paragraphParty(this.ctx);
  }

  document(): Party | undefined {
    return this.linker.subjects().party;
  }

  finedParty(): string | undefined {
    return this.linker.finedPartyOf(this.ctx);
  }

  earlier(money: number): WhoLink | undefined {
    return this.linker.earlierWho(this.ctx.sentence, money);
  }

  itemTotal(): WhoLink | undefined {
    const facts = this.ctx.sentence > 0 ? this.linker.factsOf(this.ctx.sentence - 1) : undefined;
    const last = facts?.[facts.length - 1];
    return last ? { who: last.who, mentions: last.mentions.who, basis: 'sentence' } : undefined;
  }

  totalBefore(): WhoLink | undefined {
    return this.linker.lastWhoBefore(this.ctx.sentence);
  }

  restated(lastGiven?: boolean): WhoLink | undefined {
    return this.linker.restatedWho(this.ctx.sentence, (this.ctx.money.mention as { value?: number }).value, lastGiven);
  }

  investor(): string | undefined {
    return this.linker.investorOfProject();
  }

  restatedBefore(): WhoLink | undefined {
    const value = (this.ctx.money.mention as { value?: number }).value;
    const facts = this.ctx.sentence > 0 ? this.linker.factsOf(this.ctx.sentence - 1) : undefined;
    const fact = facts && findLastFact(facts, (f) => f.value === value && f.who.length > 0);
    return fact ? { who: fact.who, mentions: fact.mentions.who, basis: 'previous-sentence' } : undefined;
  }

  subjectPlace(): { path: string; mentions: number[] } | undefined {
    const place = this.linker.subjects().place;
    return place && place.where[0] ? { path: place.where[0].path, mentions: place.mentions } : undefined;
  }
}

class PlacesCarried extends CarriedFor implements CarriedPlaces {
  previous(): WhereLink | undefined {
    return this.linker.previousWhere(this.ctx.sentence);
  }

  paragraph(): WhereLink | undefined {
    return this.linker.paragraphPlaces(this.ctx);
  }

  document(): WhereLink | undefined {
    return this.linker.subjectDestinationFor(this.ctx.sentence);
  }

  site(): WhereLink | undefined {
    return this.linker.siteOfProject(this.ctx.sentence);
  }

  own(level: number): WhereLink | undefined {
    return this.linker.ownDivision(level);
  }

  headlineOwnLevel(): number {
    return this.linker.headlineOwnLevel();
  }

  counted(from: number, to: number): WhereLink | undefined {
    return this.linker.countedPlaces(from, to);
  }

  paired(): WhereLink | undefined {
    return this.linker.pairedPlaces();
  }
}

function countParty(counts: Map<string, { count: number; party: Party }>, party: Party): void {
  const entry = counts.get(party.who) ?? { count: 0, party };
  entry.count++;
  counts.set(party.who, entry);
}

function isInMentionOrder(facts: readonly Fact[]): boolean {
  for (let i = 1; i < facts.length; i++) if (facts[i - 1]!.money > facts[i]!.money) return false;
  return true;
}

/** Two ascending lists of numbers as one, without repeats. */
function mergeAscending(a: readonly number[], b: readonly number[]): number[] {
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
    if (merged.length === 0 || merged[merged.length - 1] !== next) merged.push(next);
  }
  return merged;
}

/** The province counted most often; ties go to the first counted. */
function mostNamedProvince(counts: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  for (const [province, count] of counts) if (best === undefined || count > counts.get(best)!) best = province;
  return best;
}

const NO_SPANS: readonly Span[] = [];
/** How many provinces a text's destinations lie in, with none in its headline, before it has no subject place. */
const SPREAD_PROVINCES = 4;
/** How many opening paragraphs may hold a headline line after a page's chrome. */
const TITLE_PARAGRAPHS = 5;
const SENTENCE_CLOSES = /[。！？!?；;]/;

/** What may join a team's province, after its aid word, to its city in one name (山东援疆·潍坊工作组): nothing, or a dot or dash. */
const NAME_JOIN = /^[·・•\-—－]?$/;

/**
 * The first party of a sentence, or, where the next one goes on with its name as a division inside it
 * (山东援疆·潍坊工作组: the province's aid, then the city's team), the innermost of that chain: the team is the city's.
 */
function innermostJoined(t: string, words: FactWords, parties: readonly Party[]): Party | undefined {
  let party = parties[0];
  for (const next of parties.slice(1)) {
    if (!party || !next.who.startsWith(`${party.who}/`) || !NAME_JOIN.test(t.slice(party.end + words.startIn(t, party.end, next.start, 'donor-marker').length, next.start))) break;
    party = next;
  }
  return party;
}
/**
 * What a body named by its province's level alone opens with, and how many levels of a path it names.
 * Not 市: a county-level city (某市红十字会 of a text about 尚志市) is a 市 too.
 */
const BARE_LEVELS: ReadonlyArray<[string, number]> = [
  ['团省委', 1],
  ['自治区', 1],
  ['省', 1],
];
/**
 * The carried places cut to the level of a body named by its level alone (省慈善总会, 团省委, 省红十字会:
 * a party with no place) before the amount in its sentence: its sums are the whole level's (the province of a carried county). Undefined where none is named, or where
 * a carried place is no deeper than that level.
 */
function levelRegion(ctx: MoneyContext, parties: readonly Party[], carried: WhereLink): WhereLink | undefined {
  const { text, money, sentence } = ctx;
  if (carried.where.length === 0) return undefined;
  let levels = 0;
  for (const party of parties) {
    if (party.start >= money.start || party.mentions.length > 0 || party.start < text.sentences[sentence]!.start) continue;
    const bare = BARE_LEVELS.find(([word]) => party.who.startsWith(word) && party.who.length > word.length);
    if (bare) levels = levels === 0 ? bare[1] : Math.min(levels, bare[1]);
  }
  if (levels === 0) return undefined;
  const where: FactPlace[] = [];
  for (const place of carried.where) {
    const cut = pathPrefix(place.path, levels);
    if (cut === place.path) return undefined;
    if (cut !== undefined && !where.some((w) => w.path === cut)) where.push(cut === place.path ? place : withCode(cut, place.code, levels));
  }
  return where.length > 0 ? { where, mentions: [], basis: 'sentence' } : undefined;
}

/** The first `levels` segments of a path, or undefined where it has fewer. */
function pathPrefix(path: string, levels: number): string | undefined {
  let end = -1;
  for (let i = 0; i < levels; i++) {
    end = path.indexOf('/', end + 1);
    if (end < 0) return i === levels - 1 ? path : undefined;
  }
  return path.slice(0, end);
}

/** A region's path with the code read from a place inside it (codeOfRegion's digits), where one can be. */
function withCode(path: string, code: string | undefined, levels: number): FactPlace {
  if (!code || !/^[0-9]{6}/.test(code)) return { path };
  if (levels === 1) return { path, code: `${code.slice(0, 2)}0000` };
  return path.slice(0, path.indexOf('/')).endsWith('市') ? { path } : { path, code: `${code.slice(0, 4)}00` };
}

/**
 * The GB/T 2260 code of a region holding `place`: its own code where it is the region, else read
 * from its code for a province, or a prefecture outside the four municipalities (450125 → 450000,
 * 450100), whose codes keep those digits; none for a deeper region.
 */
function codeOfRegion(region: string, place: PlaceMention): string | undefined {
  if (place.path === region) return place.code;
  const code = place.code;
  if (!code || !/^[0-9]{6}/.test(code)) return undefined;
  const slash = region.indexOf('/');
  if (slash < 0) return `${code.slice(0, 2)}0000`;
  if (region.indexOf('/', slash + 1) < 0 && !region.endsWith('市', slash)) return `${code.slice(0, 4)}00`;
  return undefined;
}

/** How the central government is written as a giver (GUIDELINES notes: 中央 as is). */
const CENTRAL_GIVER = '中央';

const NOWHERE_IN_CLAUSE: WhereLink = { where: [], mentions: [], basis: 'clause' };
const NO_MENTIONS: readonly LocatedMention[] = [];
/** A path of this many levels or more is a county or a place inside one (省/市/县). */
const COUNTY_DEPTH = 3;

function depthOf(path: string): number {
  let depth = 1;
  for (let i = 0; i < path.length; i++) if (path.charCodeAt(i) === 0x2f) depth++;
  return depth;
}

/** How many sentences back a same-event word (此次, 现场) may find the day of its event. */
const EVENT_DAY_REACH = 8;
/** How many opening paragraphs may hold the headline and its subtitle. */
const HEADLINE_PARAGRAPHS = 2;

/** The level characters of own words (该省, 我市, 市本级). */
const OWN_LEVEL_CODES = new Set([...'省市县区州旗'].map((c) => c.charCodeAt(0)));

/** The division of `path` (or above it) whose name ends with the level character, undefined when none. */
function divisionAt(path: string, level: number): string | undefined {
  for (let end = path.length; end > 0; end = path.lastIndexOf('/', end - 1)) {
    if (path.charCodeAt(end - 1) === level) return path.slice(0, end);
  }
  return undefined;
}
/** How far before an own word a comparison or ranking word may start (比全省, 位列全区). */
const OWN_LEAD_REACH = 3;
const QUOTE_OPENING = /^[“「『]/;
/** A count of divisions (两县, 三乡, 两旗): from two to nine, of a county's or township's level (not 两市: a donor and its partner). */
const COUNT_VALUES = '两三四五六七八九';
/** A word pointing back to places named before, and their count and level (上述7省, 以上三县). */
const POINTED_DIVISIONS = /(?:上述|以上|前述)([0-9]{1,2}|[两三四五六七八九])个?(省|市|县)/g;
const POINTED_DEPTHS: Readonly<Record<string, number>> = { 省: 1, 市: 2, 县: 3 };
const COUNTED_DIVISIONS = /[两三四五六七八九][县旗乡镇区]/;
const COUNTED_DIVISIONS_G = /([两三四五六七八九])([县旗乡镇区])/g;
const DE = '的'.charCodeAt(0);
const COLONS = new Set([...'：:'].map((mark) => mark.charCodeAt(0)));
/** How many sentences back a heading line may stand (three entries of three lines: a place, a figure, a bracketed note), and how long it may be. */
const HEADING_REACH = 10;
const HEADING_LENGTH = 24;
const HEADING_END = /[。！？!?；;，,：:）)”」]/;

function holdsIdeograph(text: string, span: Span): boolean {
  for (let i = span.start; i < span.end; i++) if (isIdeograph(text.charCodeAt(i))) return true;
  return false;
}

/** What may stand between two places of one list. */
const LIST_JOIN_ONLY = /^[、和及与,，]?$/;

/** The entry named most often; ties go to the deeper, then the earlier one. */
function mostNamed<T extends { count: number }>(entries: Array<[string, T]>, depth: (key: string) => number): T | undefined {
  let best: [string, T] | undefined;
  for (const entry of entries) {
    if (!best || entry[1].count > best[1].count || (entry[1].count === best[1].count && depth(entry[0]) > depth(best[0]))) best = entry;
  }
  return best?.[1];
}

function findLastFact(facts: readonly Fact[], is: (fact: Fact) => boolean): Fact | undefined {
  for (let i = facts.length - 1; i >= 0; i--) if (is(facts[i]!)) return facts[i];
  return undefined;
}

/** Where the run of places written back to back that ends with `place` starts (江苏南通: 江苏's start). */
function chainStart(places: readonly LocatedMention[], place: LocatedMention): number {
  let start = place.start;
  for (let before = places.find((p) => p.end === start); before; before = places.find((p) => p.end === start)) start = before.start;
  return start;
}

/** The longest investor label read before its colon (项目投资主体). */
const INVESTOR_LABEL_REACH = 6;
/** The longest name read after an investor label. */
const INVESTOR_NAME_REACH = 30;
const LINE_END = /[\n\r，。；,;]/;

/**
 * 投资主体：某某开发有限公司 on a line of its own, or 投资商为某某有限责任公司 in running text: the organisation a
 * project sheet or report names as its investor, where its name ends in a company ending (cut at the last one
 * within reach where the text runs on without a mark); undefined where the text has none.
 */
function investorLabelled(text: string, words: FactWords): string | undefined {
  for (const label of words.allIn(text, 0, text.length, 'investor-label')) {
    const from = afterLabelMark(text, words, label.end);
    if (from < 0) continue;
    const name = companyNameAt(text, words, from);
    if (name !== undefined) return name;
  }
  return undefined;
}

/** Past the colon or copula (为, 是) right after a label at `at`, else -1. */
function afterLabelMark(text: string, words: FactWords, at: number): number {
  if (COLONS.has(text.charCodeAt(at))) return at + 1;
  const copula = words.startIn(text, at, at + LABEL_COPULA_REACH, 'label-copula');
  return copula === '' ? -1 : at + copula.length;
}

/** The longest copula read after a label (为). */
const LABEL_COPULA_REACH = 2;
/** The shortest company name taken after a label. */
const LABELLED_NAME_MIN = 4;

/** The company name starting at `from` on its line: up to its last company ending within reach. */
function companyNameAt(text: string, words: FactWords, from: number): string | undefined {
  let end = from;
  while (end < text.length && end - from < INVESTOR_NAME_REACH && !LINE_END.test(text[end]!)) end++;
  const start = from + (text.slice(from, end).length - text.slice(from, end).trimStart().length);
  for (let at = end; at - start >= LABELLED_NAME_MIN; at--) {
    if (words.endsAt(text, at, 'company-ending', start)) return text.slice(start, at).trim();
  }
  return undefined;
}

/** Where a fact's giver is named in its own sentence (not carried from elsewhere in the text). */
const NAMED_IN_SENTENCE: ReadonlySet<string> = new Set(['clause', 'sentence']);

/** How far into its sentence the 由 after a money word or a fund's name may stand (某某市容爱心基金由). */
const OPENING_BY_REACH = 12;
