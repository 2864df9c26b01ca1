import type { FactBasis } from './schema';
import type { Span } from '../extract/types';
import type { Mention } from '../model/mention';
import type { MoneyContext } from './context';
import { isGiverListGap, isNameBreak, isNewsSource, type Party } from './parties';
import { isIdeograph, isSpace, provinceOfPath, type FactText } from './text';
import type { FactWords, GrantLevel } from './words';
import { AID_LENGTH } from './where';
import { listedDonors } from './donors';
import { firstAtOrAfter } from '../util/arrays';

// `who`: the giver, investor or funder of the amount (GUIDELINES, facts).

export interface WhoLink {
  who: string[];
  mentions: number[];
  basis: FactBasis;
  /** Read from the fund's own name (中央衔接资金, 省级财政资金): that amount's alone, never carried to the next. */
  fundName?: boolean;
}

export const NO_GIVER: WhoLink = { who: [], mentions: [], basis: 'none' };

/** Where a giver may be carried from when the sentence names none; asked only when needed. */
export interface CarriedGivers {
  previous(): WhoLink | undefined;
  paragraph(): Party | undefined;
  document(): Party | undefined;
  /** The party the amount (a fine) is imposed on, named before it since the amount before. */
  finedParty(): string | undefined;
  /** The document's subject place, for 全县/我市 as spender. */
  subjectPlace(): { path: string; mentions: number[] } | undefined;
  /** The link of an earlier amount of the amount's sentence (by its mention index), already linked. */
  earlier(money: number): WhoLink | undefined;
  /** The giver of the last amount of the same value in an earlier sentence that names one (lastGiven: only where no other amount given by someone came since). */
  restated(lastGiven?: boolean): WhoLink | undefined;
  /** The link of the last amount of the sentence before (a list item ended by a semicolon), no giver included. */
  itemTotal(): WhoLink | undefined;
  /** The who of the last amount of the sentence written before (blank lines passed over). */
  totalBefore(): WhoLink | undefined;
  /** The giver of an amount of the same value in the sentence right before. */
  restatedBefore(): WhoLink | undefined;
  /** The investor a project sheet's label line names (投资主体：某某有限公司), read once per document. */
  investor(): string | undefined;
}

/** How far before an amount its fine word may start (罚款人民币5万元, 处罚款). */
const FINE_REACH = 8;
/** The central government, written as is (GUIDELINES notes: 中央). */
const CENTRAL = '中央';
/** What may stand right before a subject: a clause or list mark, or an opening quote. */
const SUBJECT_BEFORE = /[，,：:、“「‘\s]/;

/** `parties`: the sentence's parties that may give (giversOf). */
export function linkWho(ctx: MoneyContext, parties: readonly Party[], carried: CarriedGivers): WhoLink {
  const link = giverOf(ctx, parties, carried);
  // Only a place receives aid: an organisation's name holding the region's character (新疆某某商会) gives.
  if (link.who.length === 1 && link.mentions.length > 0 && isAidTarget(ctx, link)) return { ...NO_GIVER, basis: 'sentence' };
  return link.who.some((who) => isBareDepartment(ctx.words, who)) ? withDepartmentsPlaced(ctx, link, carried) : link;
}

/** 省财政厅, 市发改委, 自治区财政厅: a department named by its level alone, no place before it; the level's length. */
function bareLevelLength(words: FactWords, who: string): number {
  const level = AUTONOMOUS_LEVELS.find((word) => who.startsWith(word))?.length ?? (SELF_LEVELS.has(who.charCodeAt(0)) ? 1 : 0);
  if (level === 0 || who.length <= level + 1) return 0;
  return words.startIn(who, level, who.length, 'department').length === who.length - level ? level : 0;
}

function isBareDepartment(words: FactWords, who: string): boolean {
  return bareLevelLength(words, who) > 0;
}

/**
 * 省财政厅下达资金…: a department is written as its place's path (GUIDELINES), the division of its level
 * above the article's subject place (省 → the subject's province, 自治区 → the subject's region). Left out
 * when there is none (a name as written is no path, like an unresolved 我市).
 */
function withDepartmentsPlaced(ctx: MoneyContext, link: WhoLink, carried: CarriedGivers): WhoLink {
  const subject = carried.subjectPlace()?.path;
  const who: string[] = [];
  for (const name of link.who) {
    const path = isBareDepartment(ctx.words, name) ? (subject === undefined ? undefined : departmentPlace(subject, name)) : name;
    if (path !== undefined && !who.includes(path)) who.push(path);
  }
  return { ...link, who, mentions: who.length === link.who.length ? link.mentions : [] };
}

/** 自治区 names a province-level region: the subject path's first division, where it is one. */
const AUTONOMOUS_LEVELS = ['自治区', '自治州'];

function departmentPlace(subject: string, name: string): string | undefined {
  if (name.startsWith('自治区')) {
    const region = subject.split('/')[0]!;
    return region.endsWith('自治区') ? region : undefined;
  }
  if (name.startsWith('自治州')) {
    const prefecture = subject.split('/').slice(0, 2);
    return prefecture.length === 2 && prefecture[1]!.endsWith('自治州') ? prefecture.join('/') : undefined;
  }
  return governmentAt(subject, name[0]!);
}

/** The parties of a sentence that may give: not those named as where the news comes from (most sentences name none). */
export function giversOf(text: FactText, words: FactWords, sentence: number, parties: readonly Party[]): readonly Party[] {
  const source = (party: Party) => isNewsSource(text, words, sentence, party) || isExecutor(text.text, words, party);
  return parties.some(source) ? parties.filter((party) => !source(party)) : parties;
}

/** 实施单位：某县水利局, 建设单位:某乡人民政府: a notice's label names who carries the project out, not who pays. */
function isExecutor(text: string, words: FactWords, party: Party): boolean {
  let end = party.start;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > 0 && EXECUTOR_COLONS.has(text.charCodeAt(end - 1))) end--;
  return words.endsAt(text, end, 'executor', end - EXECUTOR_REACH);
}

const EXECUTOR_COLONS = new Set([':', '：'].map((mark) => mark.charCodeAt(0)));
/** The longest executor label (项目实施单位). */
const EXECUTOR_REACH = 6;

/**
 * 新疆兵团已到位援疆资金10亿元: the region aid goes to (援疆 → 新疆, 援藏 → 西藏) receives the aid
 * money its sentence names, or its paragraph (浙江援青…。…文旅产业投入1.28亿元) where the giver is
 * carried; it is not its giver.
 */
function isAidTarget(ctx: MoneyContext, link: WhoLink): boolean {
  const { text, words, sentence } = ctx;
  const span = text.sentences[sentence]!;
  // Carried from before: the paragraph up to the amount's sentence (its aid words stand before).
  const from = link.basis === 'clause' || link.basis === 'sentence' ? span.start : (text.input.paragraphs[text.paragraphAt(span.start)]?.start ?? span.start);
  const province = provinceOfPath(link.who[0]!);
  const starts = aidTargetStarts(text, words);
  for (let k = firstAtOrAfter(starts, from); k < starts.length && starts[k]! + AID_LENGTH <= span.end; k++) {
    if (province.includes(text.text[starts[k]! + AID_LENGTH - 1]!)) return true;
  }
  return false;
}

/** Where each text's aid words (援藏, 援疆) start, read once: a page on one line holds thousands of amounts in one paragraph. */
const aidTargetsByText = new WeakMap<FactText, number[]>();

function aidTargetStarts(text: FactText, words: FactWords): number[] {
  let starts = aidTargetsByText.get(text);
  if (!starts) aidTargetsByText.set(text, (starts = words.all(text.text, 'aid-target').map((word) => word.start)));
  return starts;
}


function giverOf(ctx: MoneyContext, parties: readonly Party[], carried: CarriedGivers): WhoLink {
  const { text, words, money, zone, sentence } = ctx;
  const sentenceStart = text.sentences[sentence]!.start;
  const t = text.text;
  // 固定资产投资从0.8亿元增长到375.4亿元: the end of a change is the figure its clause names.
  const figureStart = words.endsAt(t, money.start, 'change-to', money.start - 1) ? ctx.clause.start : zone.start;
  if (words.hasIn(t, figureStart, money.start, 'statistic')) return { ...NO_GIVER, basis: 'clause' };
  // 年内计划完成水利投资…: a sector's figure, unless the clause's self word spends it (全省今年完成交通投资…).
  if (sectorStatistic(ctx, figureStart)) return { ...NO_GIVER, basis: 'clause' };
  // 总预算案岁出编列…, 特别预算案，经费上限匡列…: the lines of a budget bill a cabinet proposes or a legislature
  // passes; the body proposing or passing it gives nothing of what it budgets.
  if (words.hasIn(t, sentenceStart, money.start, 'budget')) return { ...NO_GIVER, basis: 'sentence' };
  // 投资亿元以上项目45个, 1000万元及以上大额捐赠: a size class of many amounts, given by no one.
  // 甲集团500万元、乙公司230万元，丙、丁各100万元; 甲、乙、丙分别捐赠…、…、…: each amount's own donors.
  const donors = listedDonors(ctx);
  if (donors) return donors;
  if (isSizeClass(ctx)) return { ...NO_GIVER, basis: 'clause' };
  // 依法对某公司…罚款180万元: the party fined pays.
  if (words.hasIn(t, Math.max(ctx.clause.start, money.start - FINE_REACH), money.start, 'fine')) {
    const fined = carried.finedParty();
    return fined ? { who: [fined], mentions: [], basis: 'paragraph' } : { ...NO_GIVER, basis: 'clause' };
  }
  // Of a total and its share (总投资…，其中…援建…), the total has no giver.
  // Not where one giver named before gives the total and names no other for its shares (某基金拨款总额为…，其中…).
  if (words.hasIn(t, zone.start, money.start, 'total') && hasShareAfter(ctx) && !sharesOfOneGiver(ctx, parties)) return { ...NO_GIVER, basis: 'sentence' };
  // 共需筹集资金73亿元，其中中央补助资金29亿元，省级财政资金29亿元…: shares of two levels' funds after 其中
  // split the total among givers; it has none (GUIDELINES: a total and its shares).
  if (splitAmongLevels(ctx)) return { ...NO_GIVER, basis: 'sentence' };
  // 已到位资金4500万元，包含某省援藏资金3000万元: a sum holding a share another names as its giver has none.
  if (holdsGivenShare(ctx, parties)) return { ...NO_GIVER, basis: 'sentence' };
  // 中央预算内投资1200万元, 中央款80万元: the fund's own name says the central government gives it.
  if (isCentralFund(ctx) || namesCentralFundAfter(ctx)) return { ...centralFundGivers(ctx, carried), fundName: true };
  // 该村获得某区东西部协作资金, 获批国家专项资金: the grantor named right after the verb.
  const granted = grantedBy(ctx);
  if (granted) return granted;
  // 争取中央和省级资金: those who grant what is obtained give it.
  const obtained = obtainedFrom(ctx, parties, carried);
  if (obtained) return obtained;
  // …，其中省级资金4100万元: the fund of the subject's province (or city) by its level's name.
  const levelFund = levelFundOf(ctx, carried);
  if (levelFund) return { ...levelFund, fundName: true };
  // 某某伉俪捐赠1亿元, 某公司董事长某某捐赠: an individual gives, as no party (GUIDELINES).
  if (individualGives(ctx, parties)) return { ...NO_GIVER, basis: 'clause' };
  const introducer = lastIntroducer(ctx, parties);
  // 某委下达…计划，我市获得…资金9800万元，其中…: who is granted money names no giver before the verb.
  const grantedEnd = parties.some((p) => p.end <= money.start) ? lastGrantedEnd(ctx) : -1;
  const named = parties.filter((p) => p.end <= money.start && p.start >= introducer && p.start >= grantedEnd);
  // 省慈善总会累计接收捐赠款2191万元 (…捐款2万笔，总金额282万元): what the named party receives, no one
  // gives, unless a giving verb of a later clause comes first (…接收…，已拨付620万元).
  if (named.length > 0 && receivesBefore(ctx, named[named.length - 1]!.end)) return { ...NO_GIVER, basis: 'clause' };
  // …，全部由某基金会承担: a giver named after the amount, in the same sentence.
  // Not across a space (风暴卷走十七亿元 某省各级政府拨款赈灾: a headline's phrases), nor past a purpose word
  // (拨付资金50万元用于某医院设备更新，为医院创建某某医院提供支持: the body named in the use receives the money).
  const after = named.length === 0 ? parties.find((p) => p.start >= money.end && !holdsSpace(t, money.end, p.start) && !words.hasIn(t, money.end, p.start, 'purpose')) : undefined;
  const giver = named[named.length - 1] ?? (after && !givesLaterAmount(ctx, after) ? after : undefined) ?? (grantedEnd >= 0 ? giverOfGrantees(ctx, parties) : undefined);
  // 某同乡会会长某某在…捐助: the body only names the person heading it, who gives as an individual
  // (unless leading its delegation or acting for it: 某分会会长某某一行…捐赠, 某公司董事长某某代表公司…).
  if (giver && headsAsPerson(ctx, giver)) return { ...NO_GIVER, basis: 'clause' };
  // …，爱心人士某某捐赠2万元: the amount's own clause opens with an individual or unnamed group, who give as no party.
  if (giver && giver.end <= ctx.clause.start && opensWithUnnamed(ctx)) return { ...NO_GIVER, basis: 'clause' };
  // 甲基金会捐款1亿元、乙企业捐款5000万元: a list item with its own subject and giving verb right before its
  // amount is that subject's, not a giver of an earlier item; where the subject is no organisation's name the
  // linker knows, it names no giver rather than the earlier one.
  if (giver && giver.end <= ctx.zone.start) {
    const subject = ownSubject(ctx, giver.end);
    // 、乙企业捐款…: a subject ending in 企业 after a listed giver is a company's name (台塑企业).
    if (subject !== undefined) return subject.endsWith(COMPANY_WORD) && subject.length >= COMPANY_NAME_MIN ? { who: [subject], mentions: [], basis: 'clause' } : { ...NO_GIVER, basis: 'clause' };
  }
  // 由某公司投资8亿元的甲项目等8个总投资59亿元的项目: the giver's amount is the first; the total of the list has none.
  // 由甲和乙各出资50亿元，设立100亿元的基金: the sum of the shares each gave has none either.
  if (totalsSharesAfter(ctx, giver ? giver.end : sentenceStart)) return { ...NO_GIVER, basis: 'sentence' };
  // 甲集团等9家企业…签订合作项目7个，金额合计86亿元: the sum of what was signed has no giver (NOTES 21).
  if (giver && isSignedSum(ctx, giver.end)) return { ...NO_GIVER, basis: 'clause' };
  // 全县计划实施重点项目140项，总投资…，年度计划投资…, 某盟安排重点项目190项，计划投资…: the total or plan of
  // many projects is a statistic of many investors (NOTES 21), even where a government arranges them; no one carried.
  // Not of a named organisation (某集团实施项目5个，总投资…: its own).
  // Not of aid projects (某省拟安排援藏项目132个，总投资…: the aid giver's), nor in an aid giver's text.
  if ((!giver || giver.mentions.length > 0) && totalsCountedProjects(ctx, giver ? giver.end : sentenceStart) && !givenFromOutside(ctx, carried)) return { ...NO_GIVER, basis: 'sentence' };
  if (giver) {
    // The subject (a whole-document reading) is asked only of a party acting with a partner.
    const partner = giver.partner ? partnerGiving(giver, carried.subjectPlace()?.path) : undefined;
    return partner ? { who: [partner.who], mentions: partner.mentions, basis: 'sentence' } : givenBy(ctx, parties, giver);
  }
  // 某某股份晚间公告，公司拟投资…; 某某集团：公司拟…投建: the company announcing its own investment gives it.
  const announcer = announcerOf(ctx);
  if (announcer !== undefined) return { who: [announcer], mentions: [], basis: 'sentence' };
  // Brought in by someone else, and the investor is not named (引进上海企业投资…).
  // Named by a label after the introducer in the sentence (招商引资项目，投资商为某某公司): the investor gives.
  if (introducer > sentenceStart) return labelledInvestorAfter(ctx, carried, introducer) ?? { ...NO_GIVER, basis: 'sentence' };

  // 当地投入…, 政府给予补助…, 接收社会捐赠…, 签约…: an unnamed giver, a receiver or a signing: no one carried.
  // 某市累计接受四省市对口援藏项目…，援藏资金超过百亿元: what a receiver of the sentence gets has no giver carried.
  if (hasUnnamedSubject(ctx) || (words.hasIn(t, sentenceStart, money.start, 'receiver') && receivesBefore(ctx, sentenceStart)) || words.hasIn(t, sentenceStart, money.start, 'signing')) {
    return { ...NO_GIVER, basis: 'sentence' };
  }
  const total = totalsGiver(ctx, carried);
  if (total) return total;
  // 3亿元中另有2000万元…: an amount told before, restated as the whole a share is taken from, keeps its giver.
  // 某公司捐赠1000万元。1000万元将分10年到位: an amount opening its sentence that restates an earlier one keeps its giver.
  // 某会向6家医院捐赠285万元。…。285万元专项资金的具体捐赠情况为…: one told again further on keeps it too.
  // 按照计划，800万元捐赠款将用于…: an amount opening a later clause of its sentence restates too.
  const opening = money.start === text.openingOf(sentence) || money.start === afterSpaces(t, ctx.clause.start, money.start);
  const whole = words.startsAt(t, money.end, 'whole-of') ? carried.restated() : opening ? (carried.restatedBefore() ?? carried.restated(true)) : undefined;
  if (whole) return { ...whole, basis: 'document' };
  // 某集团捐赠款项中，2亿元用于…。3000万元将用于…；3000万元特别设立…: a list of one giver's amounts told by their uses.
  const listed = opensWithUse(ctx) ? carried.previous() : undefined;
  if (listed && listed.who.length > 0) return { ...listed, basis: 'previous-sentence' };
  if (!isFunding(ctx)) return NO_GIVER;
  // 项目共需资金120万元。资金来源为村民筹资、银行贷款和县财政补助: a total that
  // several givers share (GUIDELINES: the total has none), its sources listed after it in its sentence or the next.
  if (sourcesListedAfter(ctx)) return { ...NO_GIVER, basis: 'sentence' };
  const own = ownGovernment(ctx, carried);
  if (own) return own;
  const previous = carried.previous();
  if (previous && previous.who.length > 0) return { ...previous, basis: 'previous-sentence' };
  const paragraph = carried.paragraph();
  if (paragraph) return fromParty(paragraph, 'paragraph');
  const document = carried.document();
  // 省发改委下达…资金: a department named by its level alone passes on what its own sentence grants;
  // the text's other amounts (a project's total, the sums handed down) are not its to give.
  if (document && givesFromOutside(document, carried) && !isBareDepartment(words, document.who)) {
    // 关于某县中央财政某某资金分配计划的公告: in a notice of a central fund, a government of the subject's own
    // province (the finance department that hands the fund down) gives nothing of its own.
    const subject = carried.subjectPlace()?.path;
    // 某省…建设项目全部开工，预估总投资…: the article's own government (its subject place, or a division around it:
    // a province's own paper) is carried to a project's total that its sentence says nobody gives: it gives none.
    const own = document.mentions.length > 0 && subject !== undefined && (subject === document.who || subject.startsWith(`${document.who}/`));
    if (own && words.hasIn(t, ctx.zone.start, money.start, 'total')) return { ...NO_GIVER, basis: 'document' };
    const handsDown = document.mentions.length > 0 && subject !== undefined && provinceOfPath(document.who) === provinceOfPath(subject);
    if (handsDown && !words.hasIn(t, ctx.zone.start, money.start, 'total') && headlineNamesCentralFund(ctx)) return { who: [CENTRAL], mentions: [], basis: 'document' };
    return fromParty(document, 'document');
  }
  // 投资主体：某某开发有限公司: a project sheet's investor funds the sheet's amounts that name no giver.
  const investor = carried.investor();
  if (investor) return { who: [investor], mentions: [], basis: 'document' };
  // 某县获3000万元中央预算内资金…, 某市新增中央投资教育项目…: a headline about a central fund, and no giver
  // from outside named in the text (the receiving county may be): what its sentences spend or hand down is that fund.
  // Not a project's total (该项目总投资…): the project's whole, not the fund's share.
  return !words.hasIn(t, ctx.zone.start, money.start, 'total') && headlineNamesCentralFund(ctx) ? { who: [CENTRAL], mentions: [], basis: 'document' } : NO_GIVER;
}

/** A funding-sources word (资金来源为) after the amount, in its sentence or the next one of its paragraph. */
function sourcesListedAfter(ctx: MoneyContext): boolean {
  const { text, words, money, sentence } = ctx;
  const next = sentence + 1 < text.sentences.length && text.paragraphAt(text.sentences[sentence + 1]!.start) === text.paragraphAt(money.start) ? sentence + 1 : sentence;
  return words.hasIn(text.text, money.end, text.sentences[next]!.end, 'fund-sources');
}

/** The investor the text names by a label (investor()), where such a label stands in the amount's sentence after `from`. */
function labelledInvestorAfter(ctx: MoneyContext, carried: CarriedGivers, from: number): WhoLink | undefined {
  const { text, words, sentence } = ctx;
  if (!words.hasIn(text.text, from, text.sentences[sentence]!.end, 'investor-label')) return undefined;
  const investor = carried.investor();
  return investor === undefined ? undefined : { who: [investor], mentions: [], basis: 'sentence' };
}

/** A total or a plan word (总投资, 计划投资, 投资计划) in the amount's zone, after a count of projects (项目140项, 项目55个) in its sentence. */
function totalsCountedProjects(ctx: MoneyContext, from: number): boolean {
  const { text, words, money, zone } = ctx;
  const t = text.text;
  // A count after the giver named (某盟安排重点项目190项): not one before a share's own giver (…项目，其中某市…).
  if (words.hasIn(t, zone.start, money.start, 'total') || PLANNED.test(t.slice(zone.start, money.start))) return countsProjectsBetween(ctx, from, money.start);
  // 某省将开工重点项目23个，总投资…，其中某类项目18个、投资额…: a share counting its own projects, of such a total
  // and with no giver named after the breakdown word, is a statistic of many projects too.
  const sentenceStart = text.sentences[ctx.sentence]!.start;
  const breakdown = words.allIn(t, sentenceStart, money.start, 'breakdown').pop();
  return breakdown !== undefined && from <= breakdown.start && words.hasIn(t, sentenceStart, breakdown.start, 'total') && countsProjectsBetween(ctx, breakdown.end, money.start);
}

/** A count of projects (重点项目140项) stands in text[from, to). */
function countsProjectsBetween(ctx: MoneyContext, from: number, to: number): boolean {
  const { text, words } = ctx;
  const t = text.text;
  // Counts are not linked: read from the record's mentions, only for amounts after such a word.
  const { mentions, spans } = text.input;
  return mentions.some((count, i) => {
    if (count.type !== 'count' || !PROJECT_UNITS.has(count.unit ?? '')) return false;
    const span = spans[i]!;
    if (span.start < from || span.end > to) return false;
    // 项目140项, 项目共66个, 项目有45个: the project word right before the count, or before 共 or 有.
    const at = PROJECT_COUNT_JOINS.has(t[span.start - 1] ?? '') ? span.start - 1 : span.start;
    return words.endsAt(t, at, 'project', Math.max(from, at - PROJECT_REACH)) || countedProjectAfter(ctx, span.end, to);
  });
}

/** How far after a count its project word may start (120个重大项目, 15个重点水利项目). */
const PROJECT_AFTER_REACH = 4;

/** 120个重大项目: the count's project word right after it, past a few ideographs that qualify it (no 的: 3个乡镇的项目). */
function countedProjectAfter(ctx: MoneyContext, countEnd: number, to: number): boolean {
  const { text, words } = ctx;
  const t = text.text;
  const project = words.indexIn(t, countEnd, to, 'project', Math.min(to, countEnd + PROJECT_AFTER_REACH + 1));
  if (project < 0) return false;
  for (let at = countEnd; at < project; at++) if (!isIdeographCode(t.charCodeAt(at)) || isNameBreak(words, t.charCodeAt(at))) return false;
  return true;
}

/** 计划投资, 年度投资计划: an amount planned, not given. */
const PLANNED = /计划投资|投资计划/;
/** The measure words of a count of projects (项目140项, 项目55个). */
const PROJECT_UNITS = new Set(['项', '个']);
/** Aid: an aid word (援藏, 援建, 对口) in the amount's sentence before it, or the document's giver a place of another province than its subject. */
function givenFromOutside(ctx: MoneyContext, carried: CarriedGivers): boolean {
  const { text, words, money, sentence } = ctx;
  const start = text.sentences[sentence]!.start;
  if (words.hasIn(text.text, start, money.start, 'aid-target') || words.hasIn(text.text, start, money.start, 'aid-giving')) return true;
  const document = carried.document();
  const subject = carried.subjectPlace()?.path;
  return document !== undefined && document.mentions.length > 0 && subject !== undefined && provinceOfPath(document.who) !== provinceOfPath(subject);
}

/** What may stand between the project word and its count (项目共66个, 项目有45个). */
const PROJECT_COUNT_JOINS = new Set(['共', '有']);
/** How far before its count the project word may start (重点建设项目140项: right before it). */
const PROJECT_REACH = 2;

/** How many opening paragraphs may hold the headline (a site's name may stand before it). */
const HEADLINE_REACH = 2;

/** The headline names a central fund: 中央 followed by a fund word (中央投资, 中央预算内资金), in its first paragraphs. */
function headlineNamesCentralFund(ctx: MoneyContext): boolean {
  const { text, words } = ctx;
  const paragraphs = text.input.paragraphs;
  const t = text.text;
  for (let p = 0; p < Math.min(HEADLINE_REACH, paragraphs.length); p++) {
    const { start, end } = paragraphs[p]!;
    for (const central of words.allIn(t, start, end, 'central')) {
      if (words.startIn(t, central.end, end, 'central-fund') !== '') return true;
    }
  }
  return false;
}

/**
 * The document's giver is carried to amounts that name none only where it gives from outside:
 * an organisation, a government or aid team (山东援藏), a province or a city, or a county,
 * township or village of another province than the article's subject. A county, township or
 * village of the subject's own province named as spending (某村投资) says nothing of who pays
 * the article's other amounts.
 */
/** A path of three levels or more (a county, a township, a village). */
function isCountyOrBelow(path: string): boolean {
  const first = path.indexOf('/');
  return first >= 0 && path.indexOf('/', first + 1) >= 0;
}

function givesFromOutside(party: Party, carried: CarriedGivers): boolean {
  if (party.marked || party.mentions.length === 0 || !isCountyOrBelow(party.who)) return true;
  const subject = carried.subjectPlace();
  return subject === undefined || provinceOfPath(subject.path) !== provinceOfPath(party.who);
}

/** A receiving verb stands between `from` and the amount, with no giving verb after its clause. */
function receivesBefore(ctx: MoneyContext, from: number): boolean {
  const { text, words, money, sentence } = ctx;
  const receiver = words.allIn(text.text, from, money.start, 'receiver').pop();
  if (!receiver) return false;
  const clauseEnd = text.clauseAt(sentence, receiver.start).end;
  if (clauseEnd >= money.start) return true;
  // …接收捐赠款物105万元（其中捐赠资金85万元，捐赠物资20万元）: 捐赠资金 names the gift received, no later
  // giving; a giving verb of its own (…，已拨付620万元, 发放物资) still comes first.
  for (let at = words.giverIn(text.text, clauseEnd, money.start); at >= 0; at = words.giverIn(text.text, at + 1, money.start)) {
    if (words.startIn(text.text, at, money.start, 'gift-noun') === '') return false;
  }
  return true;
}

/**
 * 某县将与某省在…进行对口援建: of a place of the article's own province acting with a place of
 * another, the one from outside gives (the partner), as aid comes from outside.
 */
export function partnerGiving(party: Party, subjectPath: string | undefined): { who: string; mentions: number[] } | undefined {
  const partner = party.partner;
  if (!partner || subjectPath === undefined) return undefined;
  const own = provinceOfPath(subjectPath);
  return provinceOfPath(party.who) === own && provinceOfPath(partner.who) !== own ? partner : undefined;
}

/** The giver with the parties listed with it (团省委、省青基会共…拨付): all of them give. */
function givenBy(ctx: MoneyContext, parties: readonly Party[], giver: Party): WhoLink {
  return listedGivers(ctx.words, ctx.text.text, parties, giver, giver.start >= ctx.clause.start ? 'clause' : 'sentence');
}

/** The giver with the parties listed right before it (甲部、乙部紧急预拨): all of them give. */
export function listedGivers(words: FactWords, text: string, parties: readonly Party[], giver: Party, basis: FactBasis): WhoLink {
  let first = parties.indexOf(giver);
  while (first > 0 && isGiverListGap(words, text, parties[first - 1]!.end, parties[first]!.start)) first--;
  if (parties[first] === giver) return { who: [giver.who], mentions: giver.mentions, basis };
  const listed = parties.slice(first, parties.indexOf(giver) + 1);
  const who: string[] = [];
  for (const party of listed) if (!who.includes(party.who)) who.push(party.who);
  return { who, mentions: listed.flatMap((party) => party.mentions), basis };
}

/** The next clause opens with a breakdown word (包含, 其中) and names a giver before its own amount. */
function holdsGivenShare(ctx: MoneyContext, parties: readonly Party[]): boolean {
  const { text, words, money, sentence, clause } = ctx;
  if (clause.end >= text.sentences[sentence]!.end) return false;
  const next = text.clauseAt(sentence, clause.end + 1);
  const start = afterSpaces(text.text, next.start, next.end);
  if (words.startIn(text.text, start, next.end, 'breakdown') === '') return false;
  if (money.end > start) return false;
  const shares = text.ofType(sentence, 'money').filter((m) => m.start >= start && m.end <= next.end);
  // …，包括中央预算内投资2700万元、地方投资2700万元: a share the central government's fund names.
  if (shares.some((share) => isCentralFundAt(ctx, share.start, next.start))) return true;
  const giver = parties.find((p) => p.start >= start && p.end <= next.end);
  return giver !== undefined && shares.some((m) => m.start >= giver.end);
}

/**
 * 共获得中央预算内投资2.4亿元，其中甲工程1.4亿元，乙工程1亿元: a share after the breakdown word names no
 * giver of its own; the giver of its total (the amount right before the breakdown) gives it.
 */
function totalsGiver(ctx: MoneyContext, carried: CarriedGivers): WhoLink | undefined {
  const { text, words, money, sentence } = ctx;
  const start = text.sentences[sentence]!.start;
  const breakdown = lastSpan(words.allIn(text.text, start, money.start, 'breakdown').pop(), words.allIn(text.text, start, money.start, 'split').pop());
  if (!breakdown) return undefined;
  // …计划总投资120亿元；其中…: a share opening the item after a semicolon, its total ending the item before.
  const opening = words.startIn(text.text, afterSpaces(text.text, start, money.start), money.start, 'breakdown') !== '';
  if (opening && text.followsSemicolon(sentence)) return carried.itemTotal();
  const total = text.ofType(sentence, 'money').filter((m) => m.end <= breakdown.start).pop();
  // …拨付补助费1亿元。其中包括，甲省6000万元、乙省1000万元: shares listed after the sentence of their total.
  if (!total && opening) {
    const item = carried.itemTotal();
    return item && item.who.length > 0 ? { ...item, basis: 'previous-sentence' } : undefined;
  }
  // …资金1.5亿元，占全省9.3%，其中…: a clause between that gives nothing (a share of a whole) keeps the total's giver.
  if (!total) return sharesOfItemBefore(ctx, breakdown, carried);
  const totalEnd = text.clauseAt(sentence, total.start).end;
  if (totalEnd < breakdown.start - 1 && words.giverIn(text.text, totalEnd, breakdown.start) >= 0) return undefined;
  const link = carried.earlier(total.index);
  // …计划总投资120亿元；其中外资项目3个，总投资2.1亿美元: the share of a total no one gives has no giver either.
  return link ? { ...link, basis: 'sentence' } : undefined;
}

/**
 * 中央财政下拨资金250亿元，用于…。公告指出，此次下拨的资金中，甲工程112亿元、乙工程42亿元: shares listed after a
 * breakdown word (no giving verb of their own between; one before it tells how the whole was given), with no amount
 * before the breakdown in their sentence, are shares of the amount ending the sentence before, and keep its giver
 * (GUIDELINES: a share has the named giver).
 */
function sharesOfItemBefore(ctx: MoneyContext, breakdown: Span, carried: CarriedGivers): WhoLink | undefined {
  const { text, words, money, sentence } = ctx;
  if (words.giverIn(text.text, breakdown.end, money.start) >= 0) return undefined;
  if (text.ofType(sentence, 'money').some((m) => m.end <= breakdown.start)) return undefined;
  const item = carried.totalBefore();
  return item && item.who.length > 0 ? item : undefined;
}

/** Of two words found, the one that starts later. */
function lastSpan(a: Span | undefined, b: Span | undefined): Span | undefined {
  return !a ? b : !b ? a : b.start > a.start ? b : a;
}

/**
 * The party named after the amount stands before a later amount of its own clause (…，包含某省援藏资金3000万元),
 * or after a breakdown word with a later amount in the sentence (9家企业认捐…，其中甲集团认捐…最多，为…): it gives that one.
 */
function givesLaterAmount(ctx: MoneyContext, party: Party): boolean {
  const { text, words, money, sentence } = ctx;
  const clause = text.clauseAt(sentence, party.start);
  const shared = words.hasIn(text.text, money.end, party.start, 'breakdown');
  const end = shared ? text.sentences[sentence]!.end : clause.end;
  return text.ofType(sentence, 'money').some((m) => m.start >= party.end && m.end <= end);
}

/** An organisation named before the amount in its clause gives it, and no party is named after the amount in its sentence. */
function sharesOfOneGiver(ctx: MoneyContext, parties: readonly Party[]): boolean {
  const { money, clause } = ctx;
  return parties.some((p) => p.mentions.length === 0 && p.start >= clause.start && p.end <= money.start) && !parties.some((p) => p.start >= money.end);
}

/** A later amount of the sentence after 其中: the total is split into shares. */
function hasShareAfter(ctx: MoneyContext): boolean {
  const { text, words, money, sentence } = ctx;
  const share = words.indexIn(text.text, money.end, text.sentences[sentence]!.end, 'breakdown');
  if (share >= 0) return text.ofType(sentence, 'money').some((m) => m.start >= share);
  // 总投资1.4亿元，某省对口援疆资金1.1亿元: a smaller aid fund of a later clause is a share, told without 其中.
  const value = (money.mention as { value?: number }).value ?? 0;
  return text.ofType(sentence, 'money').some((m) => {
    if (m.start <= ctx.clause.end || ((m.mention as { value?: number }).value ?? Infinity) >= value) return false;
    const clause = text.clauseAt(sentence, m.start);
    // 总投资2.8亿元，省补助资金5800万元: a level's fund (省级, 中央 and a fund word) is a share too.
    return words.hasIn(text.text, clause.start, m.start, 'aid-target') || namesLevelFund(ctx, clause.start, m.start);
  });
}

/** A level word (省级, 市级, 中央) right before a fund word (补助资金, 预算内投资) in text[from, to). */
function namesLevelFund(ctx: MoneyContext, from: number, to: number): boolean {
  const { text, words } = ctx;
  const t = text.text;
  for (const role of LEVEL_FUND_ROLES) {
    for (const level of words.allIn(t, from, to, role)) if (words.startIn(t, level.end, to, 'central-fund') !== '') return true;
  }
  return false;
}

const LEVEL_FUND_ROLES = ['central', 'provincial', 'prefectural'] as const;

/**
 * A breakdown word (其中) right after the amount's clause, and two or more later amounts of the sentence each
 * named as a level's fund (中央补助资金, 省级财政资金) in its own clause: the amount is the total they share.
 */
function splitAmongLevels(ctx: MoneyContext): boolean {
  const { text, words, money, sentence, clause } = ctx;
  const t = text.text;
  const end = text.sentences[sentence]!.end;
  // Most amounts have no breakdown after them: one read, nothing kept.
  const share = words.indexIn(t, clause.end, Math.min(end, clause.end + SPLIT_REACH), 'breakdown');
  if (share < 0) return false;
  let levels = 0;
  for (const m of text.ofType(sentence, 'money')) {
    if (m.start <= share) continue;
    if (namesLevelFund(ctx, Math.max(share, text.clauseAt(sentence, m.start).start), m.start) && ++levels >= 2) return true;
  }
  return false;
}

/** How far after the amount's clause its breakdown word may stand (，其中：). */
const SPLIT_REACH = 3;

/** How far before an amount the central fund's name (中央预算内投资预算) may start. */
const FUND_REACH = 20;

/**
 * The amount is named as the central government's fund: 中央 followed, right up to the amount,
 * only by fund words (中央预算内投资1200万元, 中央款1,500,000元, 完成中央投资80亿) or by nothing
 * (中央5亿元支持…). Not 中央企业投资.
 */
function isCentralFund(ctx: MoneyContext): boolean {
  return isCentralFundAt(ctx, ctx.money.start, ctx.clause.start);
}

/**
 * 省级资金4411万元, 市级配套资金300万元: a provincial or prefectural word followed, right up to the amount,
 * only by fund words names the fund of that level of the subject place. Undefined when there is none.
 */
function levelFundOf(ctx: MoneyContext, carried: CarriedGivers): WhoLink | undefined {
  const { text, words, money, clause } = ctx;
  const t = text.text;
  const from = Math.max(clause.start, money.start - FUND_REACH);
  // Most amounts have no level word before them: one read each, nothing kept.
  const county = words.allIn(t, from, money.start, 'county-level').pop();
  if (!county && !words.hasIn(t, from, money.start, 'provincial') && !words.hasIn(t, from, money.start, 'prefectural')) return undefined;
  const level = lastSpan(lastSpan(words.allIn(t, from, money.start, 'provincial').pop(), words.allIn(t, from, money.start, 'prefectural').pop()), county)!;
  // 浙江省投入资金: the level word ends a place's name (a province named as the giver), not a fund's level.
  if (text.ofType(ctx.sentence, 'place').some((place) => place.end === level.end && place.start < level.start)) return undefined;
  let at = level.end;
  while (at < money.start) {
    // 省级财政安排资金29亿元: the level's fund may be told with its giving verb (安排, 下达) among its words.
    const word = words.startIn(t, at, money.start, 'central-fund') || (at > level.end ? words.startIn(t, at, money.start, 'giver') : '');
    if (word === '') return undefined;
    at += word.length;
  }
  // …，其中中央资金1100万元，省级70万元，州级10万元: a bare level right before its amount, as one share of a list
  // after a breakdown word, is that level's government's share.
  if (at === level.end && !isBareLevelShare(ctx, level)) return undefined;
  return levelsAfter(ctx, centralJoinedBefore(ctx, level.start), level.end, carried, donorFromOutside(carried));
}

/** What may stand right before a bare level opening its share (，省级70万元, 、县级350万元). */
const SHARE_ITEM_BEFORE = new Set([...'，,、；;：:'].map((mark) => mark.charCodeAt(0)));

/**
 * 其中中央资金1100万元，省级70万元，县级350万元: the level word opens a list item (after a list or clause mark),
 * right before its amount, and a breakdown word (其中) stands earlier in the sentence.
 */
function isBareLevelShare(ctx: MoneyContext, level: Span): boolean {
  const { text, words, sentence } = ctx;
  const t = text.text;
  if (level.start === 0 || !SHARE_ITEM_BEFORE.has(t.charCodeAt(level.start - 1))) return false;
  return words.hasIn(t, text.sentences[sentence]!.start, level.start, 'breakdown');
}

/** What joins two levels of one fund (中央及省级, 中央和省级, 中央、省级). */
const LEVEL_JOIN = /[及和与、]/;

/** 中央及省级资金, 中央省级资金: where 中央 (and a join) stand right before the level word at `at`, where 中央 starts; else `at`. */
function centralJoinedBefore(ctx: MoneyContext, at: number): number {
  const t = ctx.text.text;
  // 中央省级财政衔接资金: 中央 right before the level word, with no join.
  const bare = ctx.words.allIn(t, Math.max(0, at - 2), at, 'central').pop();
  if (bare && bare.end === at) return bare.start;
  if (at < 1 || !LEVEL_JOIN.test(t[at - 1]!)) return at;
  const central = ctx.words.allIn(t, Math.max(0, at - 3), at - 1, 'central').pop();
  return central && central.end === at - 1 ? central.start : at;
}

/** 中央预算内投资 → 中央; 中省资金 (a central word holding the province's) → 中央 and the subject's province. */
function centralFundGivers(ctx: MoneyContext, carried: CarriedGivers): WhoLink {
  const { text, words, money, clause } = ctx;
  const from = Math.max(clause.start, money.start - FUND_REACH);
  const central = words.allIn(text.text, from, money.start, 'central').pop();
  const both = central && words.hasIn(text.text, central.start, central.end, 'provincial') ? levelsAfter(ctx, central.start, central.end, carried) : undefined;
  return both ?? { who: [CENTRAL], mentions: [], basis: 'clause' };
}

/** 获得4000万元中央预算内资金支持: the central government's fund is named right after the amount. */
function namesCentralFundAfter(ctx: MoneyContext): boolean {
  const { text, words, money, zone } = ctx;
  const central = words.startIn(text.text, money.end, zone.end, 'central');
  return central !== '' && words.startIn(text.text, money.end + central.length, zone.end, 'central-fund') !== '';
}

/** The amount starting at `amount` (in a clause starting at `clauseStart`) is named as the central government's fund. */
function isCentralFundAt(ctx: MoneyContext, amount: number, clauseStart: number): boolean {
  const { text, words } = ctx;
  const t = text.text;
  const from = Math.max(clauseStart, amount - FUND_REACH);
  // Most amounts have no 中央 before them: one read, nothing kept.
  if (!words.hasIn(t, from, amount, 'central')) return false;
  const central = words.allIn(t, from, amount, 'central').pop()!;
  let at = central.end;
  while (at < amount) {
    const word = words.startIn(t, at, amount, 'central-fund');
    // 中央补助计划、约20亿元: the schemes a central fund pays for, counted or summed right before the amount.
    if (word === '' && at > central.end && namesCentralSchemes(ctx, at, amount)) return true;
    // 中省 holds the province's word (and may be cut from 其中省级资金): only 中央 opens a fund named by its use.
    if (word === '') return !words.hasIn(t, central.start, central.end, 'provincial') && namesCentralFundUse(ctx, central.end, amount);
    at += word.length;
  }
  // Fund words reach the amount, or nothing stands between (a headline's 中央13.6亿元助力…).
  return true;
}

/**
 * 中央补助计划、约20亿元, 中央补助项目共3亿元: after a central fund's words, a scheme word (计划, 项目) and
 * only a list mark or an approximation before the amount: the sum of the schemes that central fund pays.
 * Not a count or a name between (中央补助计划40项…, 中央补助项目某某工程…): those are read as before.
 */
function namesCentralSchemes(ctx: MoneyContext, at: number, amount: number): boolean {
  const t = ctx.text.text;
  const scheme = ctx.words.startIn(t, at, amount, 'central-scheme');
  return scheme !== '' && SCHEME_TO_AMOUNT.test(t.slice(at + scheme.length, amount));
}

/** What may stand between a central fund's schemes and their sum: a list mark, then words of approximation or sum. */
const SCHEME_TO_AMOUNT = /^[、]?(?:约|約|共|计|計|达|達|逾|近|合计|合計|总计|總計)*$/;

/**
 * 中央农村危房改造补助资金3亿元: after 中央, its use in ideographs only, then a fund's ending right before
 * the amount. Not 中央企业专项资金 (a word of no government right after 中央), nor a name holding a
 * place or a giving verb (中央某某投入资金).
 */
function namesCentralFundUse(ctx: MoneyContext, from: number, amount: number): boolean {
  const { text, words } = ctx;
  const t = text.text;
  if (!words.endsAt(t, amount, 'central-fund-end', from + 1) || words.startsAt(t, from, 'central-not')) return false;
  // 中央和自治区各类资金, 中央及省级资金: a fund of several levels, read by the level words, not this.
  for (let at = from; at < amount; at++) if (!isIdeographCode(t.charCodeAt(at)) || LEVEL_JOIN.test(t[at]!)) return false;
  if (words.hasIn(t, from, amount, 'provincial') || words.hasIn(t, from, amount, 'prefectural')) return false;
  if (text.ofType(ctx.sentence, 'place').some((p) => p.start < amount && p.end > from)) return false;
  // A giving verb may stand only inside the fund's ending (补助资金), not before it (中央某某投入资金).
  const verb = words.indexIn(t, from, amount, 'giver');
  return verb < 0 || words.endsAt(t, amount, 'central-fund-end', verb);
}

function isIdeographCode(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

/**
 * 争取中央和自治区资金 → 中央 and the province; 争取省级资金 → the province;
 * 借助世界银行贷款，争取… → the lender. Undefined when no obtaining verb stands
 * before the amount in its clause; [] when it names no grantor.
 */
function obtainedFrom(ctx: MoneyContext, parties: readonly Party[], carried: CarriedGivers): WhoLink | undefined {
  const { text, words, money, clause, sentence } = ctx;
  const found = words.allIn(text.text, clause.start, money.start, 'obtain');
  const verb = found[found.length - 1];
  if (!verb) return askedBefore(ctx, parties);
  // 争取浙江省援藏资金: a place right after the verb grants it (its 省 is no level of the subject's).
  const grantor = text.ofType(sentence, 'place').find((p) => p.start === verb.end && p.end <= money.start);
  if (grantor) return { who: [grantor.path], mentions: [grantor.index], basis: 'clause' };
  // The subject (a whole-document reading) is asked only for a provincial or prefectural level.
  const levels = levelsAfter(ctx, verb.end, money.start, carried);
  if (levels) return levels;
  const sentenceStart = text.sentences[sentence]!.start;
  const lender = parties.filter((p) => p.mentions.length === 0 && p.start >= sentenceStart && p.end <= money.start).pop();
  if (lender) return { who: [lender.who], mentions: [], basis: 'sentence' };
  // 向某部争取…，共争取到300万元; 积极争取中央资金…，共争取400万元: the verb names no grantor, an earlier one of its sentence does.
  for (let at = found.length - 1; at >= 0; at--) {
    const asked = askedOf(ctx, found[at]!);
    if (asked) return asked;
  }
  const earlier = words.allIn(text.text, sentenceStart, clause.start, 'obtain');
  for (let at = earlier.length - 1; at >= 0; at--) {
    const verb = earlier[at]!;
    const asked = askedOf(ctx, verb) ?? levelsAfter(ctx, verb.end, text.clauseAt(sentence, verb.start).end, carried);
    if (asked) return { ...asked, basis: 'sentence' };
  }
  return { ...NO_GIVER, basis: 'clause' };
}

/**
 * 向某部争取某计划，成功获得补助经费900万元: the amount's clause obtains with no verb of its own, and names
 * no party; the body an earlier clause of its sentence asks (向某部争取) grants it. Undefined when none does.
 */
function askedBefore(ctx: MoneyContext, parties: readonly Party[]): WhoLink | undefined {
  const { text, words, money, clause, sentence } = ctx;
  // The clause before the amount's, up to ASKED_CLAUSE_REACH before it: most obtain nothing, one read, nothing kept.
  const start = Math.max(text.sentences[sentence]!.start, clause.start - ASKED_CLAUSE_REACH);
  if (clause.start <= start || !words.hasIn(text.text, start, clause.start, 'obtain')) return undefined;
  if (parties.some((p) => p.start >= clause.start && p.end <= money.start)) return undefined;
  const verb = words.allIn(text.text, start, clause.start, 'obtain').pop()!;
  const asked = askedOf(ctx, verb);
  return asked ? { ...asked, basis: 'sentence' } : undefined;
}

/** How far before the amount's clause the obtaining verb of an earlier clause is read (向某部争取某计划，). */
const ASKED_CLAUSE_REACH = 40;

/** How far before an obtaining verb the body asked (向某部争取) may start. */
const ASKED_REACH = 10;

/** 向某部争取: the central government or the organisation named between a destination word and the obtaining verb. */
function askedOf(ctx: MoneyContext, verb: Span): WhoLink | undefined {
  const { text, words } = ctx;
  const t = text.text;
  const from = Math.max(text.clauseAt(ctx.sentence, verb.start).start, verb.start - ASKED_REACH);
  // Most obtaining verbs have no 向 before them: one read, nothing kept.
  if (!words.hasIn(t, from, verb.start, 'destination')) return undefined;
  const to = words.allIn(t, from, verb.start, 'destination').pop()!;
  if (to.end >= verb.start) return undefined;
  if (words.startIn(t, to.end, verb.start, 'central').length === verb.start - to.end) return { who: [CENTRAL], mentions: [], basis: 'clause' };
  const ending = words.allIn(t, to.end, verb.start, 'organisation').pop();
  if (!ending || ending.end !== verb.start || isNameBreakBetween(t, to.end, verb.start)) return undefined;
  return { who: [text.slice(to.end, verb.start)], mentions: [], basis: 'clause' };
}

/** The levels of government named in text[from, to) (争取中央和省级资金), as givers; undefined when none. */
/**
 * 某省援藏…，其中省级财政2.15亿元: where the document's giver is a place of another province than its
 * subject, a fund named by its level alone is that giver's; its path, else undefined.
 */
function donorFromOutside(carried: CarriedGivers): string | undefined {
  const giver = carried.document();
  const subject = carried.subjectPlace()?.path;
  if (!giver || giver.mentions.length === 0 || subject === undefined) return undefined;
  return provinceOfPath(giver.who) !== provinceOfPath(subject) ? giver.who : undefined;
}

/** How many divisions of the subject's path a level's government takes (省 → the province, 州 → the prefecture). */
const LEVEL_DEPTHS: Record<GrantLevel, number> = { central: 0, province: 1, prefecture: 2, county: 3 };

/** The levels named in text[from, to), as paths of `levelOf` (the subject place by default) or 中央. */
function levelsAfter(ctx: MoneyContext, from: number, to: number, carried: CarriedGivers, levelOf?: string): WhoLink | undefined {
  const who: string[] = [];
  let subject: string[] | undefined;
  for (const level of ctx.words.levelsIn(ctx.text.text, from, to)) {
    if (level !== 'central') subject ??= (levelOf ?? carried.subjectPlace()?.path)?.split('/') ?? [];
    const depth = LEVEL_DEPTHS[level];
    // 县级 of a subject above a county names no county of its own.
    const path = level === 'central' ? CENTRAL : subject!.length >= depth ? subject!.slice(0, depth).join('/') : undefined;
    if (path && !who.includes(path)) who.push(path);
  }
  return who.length > 0 ? { who, mentions: [], basis: 'clause' } : undefined;
}

/**
 * The grantor named right after a granting verb (获得, 获批) before the amount in its clause: a place,
 * or the central government (中央, or the state: 国家). Undefined when none is named there: the giver is carried.
 */
function grantedBy(ctx: MoneyContext): WhoLink | undefined {
  const { text, words, money, clause, sentence } = ctx;
  // Most clauses hold no granting verb: one read, nothing kept.
  if (!words.hasIn(text.text, clause.start, money.start, 'granted')) return undefined;
  const verb = words.allIn(text.text, clause.start, money.start, 'granted').pop()!;
  const grantor = text.ofType(sentence, 'place').find((p) => p.start === verb.end && p.end <= money.start);
  if (grantor) return { who: [grantor.path], mentions: [grantor.index], basis: 'clause' };
  const central = words.startsAt(text.text, verb.end, 'central') || words.startsAt(text.text, verb.end, 'state-grant');
  if (central && verb.end < money.start) return { who: [CENTRAL], mentions: [], basis: 'clause' };
  const body = approvingBody(ctx, verb.end);
  return body === undefined ? undefined : { who: [body], mentions: [], basis: 'clause' };
}

/** The longest name of a body approving what is granted (获某某委员会核定). */
const APPROVER_REACH = 12;

/**
 * 获某部同意补助, 获得某某委员会核定: the organisation named right after a granting verb (from `at`) and
 * right before an approving verb (核定, 同意) grants the money. Undefined when there is none.
 */
function approvingBody(ctx: MoneyContext, at: number): string | undefined {
  const { text, words, money } = ctx;
  const t = text.text;
  const end = Math.min(money.start, at + APPROVER_REACH);
  const approve = words.indexIn(t, at, end, 'approve');
  if (approve <= at || isNameBreakBetween(t, at, approve)) return undefined;
  return words.endsAt(t, approve, 'organisation', at) && !words.startsAt(t, at, 'organisation') ? text.slice(at, approve) : undefined;
}

/**
 * An unnamed actor (当地, bare 政府, 爱心企业) is a subject before the amount in
 * its sentence: it opens a clause, or ends a list of places (甲市、乙市等地爱心企业).
 * Not after a verb (发行地方政府债券), a destination word (为当地) or a place (某县政府).
 */
function hasUnnamedSubject(ctx: MoneyContext): boolean {
  const { text, words, money, sentence } = ctx;
  const start = text.sentences[sentence]!.start;
  for (const word of words.allIn(text.text, start, money.start, 'unnamed-subject')) {
    const at = word.start;
    // 各级财政安排资金183亿元，其中省级财政…92亿元: a share after a breakdown word has its own subject.
    if (words.hasIn(text.text, word.end, money.start, 'breakdown')) continue;
    if (at === start || SUBJECT_BEFORE.test(text.text[at - 1]!) || words.endsAt(text.text, at, 'list-end-subject')) return true;
  }
  return countedUnnamedSubject(ctx, start);
}

/**
 * 全区共有30家企业捐赠款物…, 126位爱心人士筹集了…: a count of unnamed donors (a count right before an unnamed
 * group's word) is the subject: they give as no party (GUIDELINES: unnamed groups). Not after a destination
 * word (向30家企业发放补贴: those receive).
 */
function countedUnnamedSubject(ctx: MoneyContext, start: number): boolean {
  const { text, words, money, sentence } = ctx;
  const t = text.text;
  // Most sentences name no unnamed group: one read, nothing kept.
  for (const word of words.allIn(t, start, money.start, 'unnamed')) {
    const count = COUNTED_BEFORE.exec(t.slice(Math.max(start, word.start - COUNT_REACH), word.start));
    if (!count) continue;
    const clause = text.clauseAt(sentence, word.start);
    // The group's clause holds the amount.
    if (clause.end < money.start) continue;
    const countStart = word.start - count[0].length;
    if (!words.endsAt(t, afterLead(t, countStart, clause.start), 'destination', clause.start)) return true;
  }
  return false;
}

/** A count of people or bodies right before a group's word (30家, 1254位, 两百余名). */
const COUNTED_BEFORE = /[0-9０-９一二两三四五六七八九十百千万余多]+[家位名户批]$/;
/** The longest such count read. */
const COUNT_REACH = 10;

/** Where a count's lead (共有, 有) starts before `at`, else `at`. */
function afterLead(text: string, at: number, from: number): number {
  let i = at;
  while (i > from && COUNT_LEADS.has(text.charCodeAt(i - 1))) i--;
  return i;
}

const COUNT_LEADS = new Set([...'共有计'].map((mark) => mark.charCodeAt(0)));

/**
 * The amount's clause opens with a sum of what was signed (金额总计, 签约金额) and a signing verb stands
 * between the giver (ending at `from`) and that clause.
 */
function isSignedSum(ctx: MoneyContext, from: number): boolean {
  const { text, words, money, clause } = ctx;
  const opening = afterSpaces(text.text, clause.start, money.start);
  // …，签约协议资金近90亿元: a clause opening on the signing itself, no giving verb up to the amount.
  if (words.startsAt(text.text, opening, 'signing') && words.giverIn(text.text, opening, money.start) < 0) return true;
  if (words.startIn(text.text, opening, money.start, 'signed-sum') === '') return false;
  return from < clause.start && words.hasIn(text.text, from, clause.start, 'signing');
}

/** How far after a size class's bound (以上) the kind of thing it sizes (项目, 捐赠) may start. */
const CLASS_REACH = 4;

/** The amount bounds a size class of things (亿元以上重点项目, 1000万元及以上大额捐赠, 4笔亿元捐赠), not a sum given. */
function isSizeClass(ctx: MoneyContext): boolean {
  const { text, words, money } = ctx;
  const t = text.text;
  // 4笔亿元捐赠, 35笔1000万元至5000万元捐赠: counted by a measure word, the amount sizes each.
  if (words.endsAt(t, money.start, 'class-count', Math.max(0, money.start - 1))) return true;
  // 超亿元项目11个, 过千万元企业: an amount over a bound, right before the kind of thing it sizes.
  if (isOver(money.mention) && words.startsAt(t, money.end, 'class-noun')) return true;
  const bound = words.startIn(t, money.end, money.end + CLASS_REACH, 'class-bound');
  if (bound === '') return false;
  const after = money.end + bound.length;
  return words.hasIn(t, after, Math.min(text.sentences[ctx.sentence]!.end, after + CLASS_REACH + 2), 'class-noun');
}

function isOver(mention: Mention): boolean {
  return (mention as { approx?: string }).approx === 'over';
}

/** 等8个, 等12项: a list of things closed by its count. */
const LIST_COUNT = /等[0-9一二两三四五六七八九十几多]+[个项家]/;

/** How far before an amount the 各 of 各出资 may stand. */
const EACH_REACH = 4;
const GE = '各'.charCodeAt(0);

/**
 * An earlier amount stands after the giver, and the amount sums shares: that earlier amount is what
 * each of the givers gave (各出资50亿元), or a list closed by its count and a total word stand before it.
 */
function totalsSharesAfter(ctx: MoneyContext, giverEnd: number): boolean {
  const { text, words, money, sentence } = ctx;
  const amounts = text.ofType(sentence, 'money');
  const index = amounts.indexOf(money);
  const earlier = index > 0 ? amounts[index - 1]! : undefined;
  if (!earlier || earlier.start < giverEnd) return false;
  // 甲医院各50万元，乙医院各45万元: an amount with its own 各 is another share, no sum of the ones before.
  if (eachBefore(text.text, Math.max(earlier.end, money.start - EACH_REACH), money.start)) return false;
  for (let i = Math.max(giverEnd, earlier.start - EACH_REACH); i < earlier.start; i++) if (text.text.charCodeAt(i) === GE) return true;
  return words.hasIn(text.text, earlier.end, money.start, 'total') && LIST_COUNT.test(text.slice(earlier.end, money.start));
}

function eachBefore(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === GE) return true;
  return false;
}

/** How far after a person word its giving verb may start (董事长某某某捐赠, 伉俪曾捐资). */
const PERSON_REACH = 4;

/**
 * A giving verb of the amount's clause right after a word naming an individual (先生, 伉俪, 校友某某),
 * or an individual as the only subject of a sentence naming no party (in its opening clause or the amount's).
 */
function individualGives(ctx: MoneyContext, parties: readonly Party[]): boolean {
  const { text, words, money, clause, sentence } = ctx;
  const t = text.text;
  const start = text.sentences[sentence]!.start;
  // Most sentences name no individual: one read, nothing kept.
  if (!words.hasIn(t, start, money.start, 'person')) return false;
  const person = words.allIn(t, start, money.start, 'person').pop()!;
  // 某某个人捐款100万元、某党团200万元: a list item naming its own organisation is that organisation's.
  if (person.end <= ctx.zone.start && parties.some((p) => p.start >= ctx.zone.start && p.end <= money.start)) return false;
  // 该集团及个人捐款累计…: individuals joined right after a body (its staff) give with it: the body gives.
  if (t.slice(person.start, person.end) === OWN_STAFF && PERSON_JOIN.test(t[person.start - 1] ?? '') && words.endsAt(t, person.start - 1, 'organisation', clause.start)) return false;
  // 一对校友伉俪于近日…，匿名向母校捐赠1亿元; 校内教职工累计捐款: the individual is the sentence's only subject.
  if (!parties.some((p) => p.start < money.start) && (person.start >= clause.start || person.end <= text.clauseAt(sentence, start).end)) {
    return words.hasIn(t, clause.start, money.start, 'giver');
  }
  if (person.start < clause.start) return false;
  // 某某先生向某县慈善总会捐赠: the recipient named after a destination word stands between the person and the verb,
  // unless the person is listed with an organisation (某集团及某某校友向…捐赠): both give.
  const reach = words.startsAt(t, person.end, 'destination') && !joinsParty(t, parties, clause.start, person.start) ? money.start : person.end + PERSON_REACH;
  const verb = words.indexIn(t, person.end, money.start, 'giver', reach);
  return verb >= 0 && !isNameBreakBetween(t, person.end, verb);
}

/** Individuals as such (个人), joined to a body right before them. */
const OWN_STAFF = '个人';

/** How far after a body's name the delegation word (一行, 代表) may stand (董事长助理某某某代表). */
const DELEGATION_REACH = 10;

/** A person's title follows the giver's name right away (某会会长), with no delegation word after it. */
function headsAsPerson(ctx: MoneyContext, giver: Party): boolean {
  const { text, words, money } = ctx;
  const t = text.text;
  if (giver.end >= money.start || !words.startsAt(t, giver.end, 'person')) return false;
  return !words.hasIn(t, giver.end, Math.min(money.start, giver.end + DELEGATION_REACH), 'delegation');
}

/** Joins an organisation to a person named after it (某集团及某某校友, 某公司和某某先生). */
const PERSON_JOIN = /[和及与、]/;

/** A party of the clause (from `from`) stands before `at` with a joining word between them. */
function joinsParty(text: string, parties: readonly Party[], from: number, at: number): boolean {
  const party = parties.filter((p) => p.start >= from && p.end <= at).pop();
  return party !== undefined && PERSON_JOIN.test(text.slice(party.end, at));
}

/** A clause or list mark stands in text[from, to). */
function isNameBreakBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (SUBJECT_BEFORE.test(text[i]!)) return true;
  return false;
}

/** How far after an amount opening its clause its use (用于) or giving verb (设立) may start (将用于, 特别设立). */
const USE_REACH = 2;

/** The amount opens its clause and its use or giving verb follows it (3000万元将用于…, 3000万元特别设立…). */
function opensWithUse(ctx: MoneyContext): boolean {
  const { text, words, money, clause } = ctx;
  const t = text.text;
  if (afterSpaces(t, clause.start, clause.end) !== money.start) return false;
  const end = Math.min(clause.end, money.end + USE_REACH + 4);
  return words.indexIn(t, money.end, end, 'purpose', money.end + USE_REACH) >= 0 || words.indexIn(t, money.end, end, 'giver', money.end + USE_REACH) >= 0;
}

/** The amount's clause opens with an unnamed actor (爱心人士, 社会力量, 当地). */
function opensWithUnnamed(ctx: MoneyContext): boolean {
  const { text, words, clause } = ctx;
  const at = afterSpaces(text.text, clause.start, clause.end);
  if (words.startIn(text.text, at, ctx.money.start, 'unnamed-subject') !== '') return true;
  // …，30家企业现场捐赠…: a counted unnamed group opening the clause (after no named party of its own).
  return countedUnnamedSubject(ctx, at);
}

/** What may stand between a giving verb and its amount (捐款达…, 捐赠新台币…). */
const VERB_TO_AMOUNT = /^(?:了|达|逾|约|近|超过|共|合计|人民币|新台币|台币)*$/;

/** Ends a clause's subject that carries on the one before (集团也捐…, 另再捐…): no subject of its own. */
const CARRY_ON_TAIL = new Set([...'也还再又共已均各并另先后则亦将曾'].map((c) => c.charCodeAt(0)));

/** Roles of words that make what stands before a giving verb something other than a giver's name. */
const NOT_SUBJECT_ROLES = ['name-lead', 'name-tail', 'name-break', 'destination', 'same-event', 'own-time', 'unnamed-subject', 'person', 'organisation', 'generic-name', 'anaphor', 'staff'] as const;

const ENUMERATION_COMMA = '、'.charCodeAt(0);

/** The last character of an amount (元, 万, 亿, a digit). */
const AMOUNT_END = /[元万亿0-9]/;

/** A company's name may end in 企业 (台塑企业), two characters at least before it. */
const COMPANY_WORD = '企业';
const COMPANY_NAME_MIN = 4;

/** Longest and shortest subject, in characters, read as a name of its own. */
const OWN_SUBJECT_MIN = 2;
const OWN_SUBJECT_MAX = 12;

/**
 * The amount's zone opens with a subject of its own (after a lead word such as 包括) and a giving verb right
 * before the amount: 、乙企业捐款5000万元 (the subject as written). The subject is ideographs only, and holds no word of the roles above
 * (no organisation ending: a known name is a party of its own).
 */
function ownSubject(ctx: MoneyContext, giverEnd: number): string | undefined {
  const { text, words, money, zone } = ctx;
  const t = text.text;
  const at = words.afterLeading(t, afterSpaces(t, zone.start, money.start), money.start, 'name-lead');
  // Parallel items only: the item before ends with its amount right before the enumeration comma opening
  // this one (…1亿元、乙…), and the giver named before has a giving verb of its own.
  if (zone.start <= ctx.clause.start + 1 || t.charCodeAt(zone.start - 1) !== ENUMERATION_COMMA || !AMOUNT_END.test(t[zone.start - 2]!)) return undefined;
  if (words.indexIn(t, giverEnd, zone.start, 'giver') < 0) return undefined;
  const verb = words.allIn(t, at, money.start, 'giver').pop();
  if (verb === undefined || !VERB_TO_AMOUNT.test(t.slice(verb.end, money.start))) return undefined;
  const length = verb.start - at;
  if (length < OWN_SUBJECT_MIN || length > OWN_SUBJECT_MAX) return undefined;
  for (let i = at; i < verb.start; i++) if (!isIdeographCode(t.charCodeAt(i))) return undefined;
  if (CARRY_ON_TAIL.has(t.charCodeAt(verb.start - 1))) return undefined;
  return NOT_SUBJECT_ROLES.some((role) => words.hasIn(t, at, verb.start, role)) ? undefined : t.slice(at, verb.start);
}

/** text[from, to) holds a space. */
function holdsSpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isSpace(text.charCodeAt(i))) return true;
  return false;
}

/** Where text[from, to) goes on after the spaces it opens with. */
function afterSpaces(text: string, from: number, to: number): number {
  let at = from;
  while (at < to && isSpace(text.charCodeAt(at))) at++;
  return at;
}

/** A sector-statistic word in text[from, amount), with no self word (全省, 全县) before it in the amount's clause. */
function sectorStatistic(ctx: MoneyContext, from: number): boolean {
  const { text, words, money, clause } = ctx;
  const t = text.text;
  const at = words.indexIn(t, from, money.start, 'sector-statistic');
  return at >= 0 && !words.hasIn(t, clause.start, at, 'self') && !words.hasIn(t, clause.start, at, 'province-self');
}

/** 全县投入2亿元, 全市…，发行债券12亿: the article's own government (its subject place) spends. */
function ownGovernment(ctx: MoneyContext, carried: CarriedGivers): WhoLink | undefined {
  const { text, words, money, clause, sentence } = ctx;
  const start = text.sentences[sentence]!.start;
  // 全省计划投资…: the whole province spends its own plan; read for the giver only (a province is no place
  // the amount goes to), and only where no self word of another level stands before.
  // 在去年投资…的基础上，今年全省计划再投资…: the base amount's spender is the next clause's.
  const base = clause.end - BASE_WORD.length >= money.end && text.text.startsWith(BASE_WORD, clause.end - BASE_WORD.length);
  const until = base ? text.clauseAt(sentence, Math.min(clause.end + 1, text.sentences[sentence]!.end - 1)).end : money.start;
  const county = words.indexIn(text.text, start, until, 'self');
  const role = county < 0 ? 'province-self' : 'self';
  const self = county < 0 ? words.indexIn(text.text, start, until, role) : county;
  if (self < 0 || words.giverIn(text.text, self < money.start ? Math.max(clause.start, self) : clause.start, money.start) < 0) return undefined;
  const subject = carried.subjectPlace();
  if (!subject) return undefined;
  const word = words.startIn(text.text, self, until, role);
  if (selfAsAttribute(ctx, self, word)) return undefined;
  // 我市援建的…, 我市对口支援…: the writer's government gives to the subject from outside: the document's
  // giver of another province, never a division around the subject.
  if (words.hasIn(text.text, self + word.length, Math.min(money.start, self + word.length + SELF_AID_REACH), 'aid-giving')) {
    const giver = carried.document();
    return giver && giver.mentions.length > 0 && provinceOfPath(giver.who) !== provinceOfPath(subject.path) ? { who: [giver.who], mentions: giver.mentions, basis: 'document' } : undefined;
  }
  // 我市 of a text whose subject is a town: the city the town lies in, not the town.
  const path = governmentAt(subject.path, word);
  return path === undefined ? undefined : { who: [path], mentions: path === subject.path ? subject.mentions : [], basis: 'document' };
}

/**
 * 作为全市文旅融合的龙头工程，该项目…投资3.2亿元: a self word in an earlier clause, opening an attribute (全市…的)
 * before any giving verb of its clause, says what the project is to the division: the division does not spend.
 * Not 全县今年投入…的资金 (a giving verb first), nor a self word in the amount's own clause.
 */
function selfAsAttribute(ctx: MoneyContext, self: number, word: string): boolean {
  const { text, words, clause, sentence } = ctx;
  if (self >= clause.start) return false;
  const t = text.text;
  const from = self + word.length;
  const end = Math.min(text.clauseAt(sentence, self).end, clause.start);
  const de = t.indexOf(ATTRIBUTE_MARK, from + 1);
  if (de < 0 || de >= end) return false;
  const verb = words.giverIn(t, from, de);
  return verb < 0;
}

/** Closes an attribute (全市…的): one character after the self word at least. */
const ATTRIBUTE_MARK = '的';

/** What ends the clause of a base amount (在…的基础上). */
const BASE_WORD = '基础上';

/** How far after a self word its aid word may end (我市今年对口援建, 我市共建成援建项目, 我市累计投入援藏资金). */
const SELF_AID_REACH = 6;

/** The divisions a self word may name, by the character that says its level (全县, 市里, 全区). */
const SELF_LEVELS = new Set([...'省市县区州旗'].map((c) => c.charCodeAt(0)));

/**
 * The place of `path` (or above it) at the level the self word names (我市 → the city, 全县 → the county):
 * the deepest division whose name ends with that character; undefined when none does.
 */
function governmentAt(path: string, self: string): string | undefined {
  let level = -1;
  for (let i = 0; i < self.length && level < 0; i++) if (SELF_LEVELS.has(self.charCodeAt(i))) level = self.charCodeAt(i);
  if (level < 0) return path;
  for (let end = path.length; end > 0; end = path.lastIndexOf('/', end - 1)) {
    if (path.charCodeAt(end - 1) === level) return path.slice(0, end);
  }
  return undefined;
}

function fromParty(party: Party, basis: FactBasis): WhoLink {
  return { who: [party.who], mentions: party.mentions, basis };
}

/** End of the last granting verb (获得) before the amount in its sentence, or -1. */
function lastGrantedEnd(ctx: MoneyContext): number {
  const { text, words, money, sentence } = ctx;
  const start = text.sentences[sentence]!.start;
  // Most sentences hold no granting verb: one read, nothing kept.
  if (!words.hasIn(text.text, start, money.start, 'granted')) return -1;
  return words.allIn(text.text, start, money.start, 'granted').pop()!.end;
}

/**
 * 某基金会捐资助学仪式在某校举行，40名学子每人获得1500元: those granted the amount in its clause are people named in
 * a later clause than the party (no party of their own clause comes before the granting verb); the party whose giving
 * verb an earlier clause of the sentence names gives it. Undefined where there is none.
 */
function giverOfGrantees(ctx: MoneyContext, parties: readonly Party[]): Party | undefined {
  const { text, words, money, sentence } = ctx;
  const t = text.text;
  const verb = words.allIn(t, text.sentences[sentence]!.start, money.start, 'granted').pop()!;
  const grantees = text.clauseAt(sentence, verb.start);
  // 暂获某些学校响应，目标是筹500万元: a verb of another clause than the amount's grants no amount.
  // 某区开展捐赠活动，获捐赠资金900万元: a clause opening with the verb is granted to the sentence's subject: it receives.
  if (grantees.start !== ctx.clause.start || afterSpaces(t, grantees.start, verb.start) === verb.start) return undefined;
  if (parties.some((p) => p.start >= grantees.start && p.end <= verb.start)) return undefined;
  const giver = parties.filter((p) => p.end <= grantees.start).pop();
  return giver && words.hasIn(t, giver.end, text.clauseAt(sentence, giver.end).end, 'giver') ? giver : undefined;
}

/**
 * End of the last introducing verb (引进, 招商) before the amount in its
 * sentence, or the sentence start. An introducer of an earlier clause whose
 * own amount comes before this one (引入投资1300万元…，投资1190万元…) no longer applies.
 */
function lastIntroducer(ctx: MoneyContext, parties: readonly Party[]): number {
  const { text, words, money, sentence } = ctx;
  const start = text.sentences[sentence]!.start;
  const found = words.allIn(text.text, start, money.start, 'introducer');
  // 招商某某控股公司拟投资: the word inside a party's name brings no one in.
  const last = found.filter((word) => !parties.some((p) => p.start <= word.start && word.end <= p.end)).pop();
  if (!last) return start;
  const end = last.end;
  if (end > ctx.clause.start) return end;
  return text.ofType(sentence, 'money').some((m) => m.start >= end && m.end <= money.start) ? start : end;
}

/** The amount is given or invested (a giving verb before it in its clause), not a price or a sum of sales. */
function isFunding(ctx: MoneyContext): boolean {
  const { text, words, money, clause, zone } = ctx;
  const t = text.text;
  // 按每座5万元给予补助: the giving verb after the amount, past what may stand between (的奖补, 不等).
  return (
    words.hasIn(t, clause.start, money.start, 'giver') ||
    words.hasIn(t, clause.start, money.start, 'funding') ||
    words.startIn(t, words.afterLeading(t, money.end, zone.end, 'amount-tail'), zone.end, 'giver') !== '' ||
    labelsFunding(ctx) ||
    continuesGiving(ctx) ||
    // 现金分享计划…涉及的总开支约为…: the spending of a government's handout is its own; so is each resident's
    // share told in the next sentence (将发放现金分享。…永久性居民每人将获得…).
    words.hasIn(t, text.sentences[Math.max(0, ctx.sentence - 1)]!.start, money.start, 'handout')
  );
}

/** The longest lead an amount's clause may have to carry on the clause before (合共超过). */
const CARRY_ON_LEAD = 4;

/**
 * 某基金发出二十笔资助，合共超过二百万元: the amount's clause holds nothing but the amount and a sum word
 * (合共, 共计), a realised word (实际完成) or a qualifier; it carries on the clause before, whose giving word funds it.
 */
function continuesGiving(ctx: MoneyContext): boolean {
  const { text, words, money, clause, sentence } = ctx;
  const t = text.text;
  const start = text.sentences[sentence]!.start;
  if (clause.start <= start || money.start - clause.start > CARRY_ON_LEAD) return false;
  // 计划投资1.5亿元，实际完成1.6亿元: the realised figure of the plan the clause before names is its money too.
  const lead = words.afterLeading(t, words.afterLeading(t, afterSpaces(t, clause.start, money.start), money.start, 'sum-lead'), money.start, 'realised');
  if (lead < money.start && words.afterLeading(t, lead, money.start, 'sum-lead') < money.start && !/^(?:超过|超|逾|约|近|达|为|即)+$/.test(t.slice(lead, money.start))) return false;
  const before = text.clauseAt(sentence, clause.start - 1).start;
  return words.hasIn(t, before, clause.start, 'giver') || words.hasIn(t, before, clause.start, 'funding');
}

/** The longest label read before a colon that opens an amount's clause (补助资金：, 投资额：). */
const LABEL_REACH = 6;

/**
 * 投资：500万元, 补助资金：30万元: the amount's clause opens right after a colon, and the label before
 * that colon (a line of a notice or a table) names giving or funds.
 */
function labelsFunding(ctx: MoneyContext): boolean {
  const { text, words, money, clause, sentence } = ctx;
  const t = text.text;
  const colon = clause.start - 1;
  if (afterSpaces(t, clause.start, money.start) !== money.start || colon <= text.sentences[sentence]!.start || !LABEL_COLONS.has(t.charCodeAt(colon))) return false;
  const from = Math.max(text.clauseAt(sentence, colon - 1).start, colon - LABEL_REACH);
  return words.hasIn(t, from, colon, 'giver') || words.hasIn(t, from, colon, 'funding');
}

const LABEL_COLONS = new Set([':', '：'].map((mark) => mark.charCodeAt(0)));

/** The longest company name read before an announcing word (某某新能源科技股份). */
const ANNOUNCER_REACH = 14;
/** The verb of publishing an announcement (某某股份发布公告称, 某某集团发布对外捐赠公告). */
const PUBLISH_VERB = /发布|發布|披露/;

/** 9月27日，某某股份发布公告称: past a date (and its comma) opening the sentence, where the announcer's name starts. */
function afterOpeningDate(ctx: MoneyContext, start: number): number {
  const date = ctx.text.ofType(ctx.sentence, 'date').find((d) => d.start === start);
  if (!date) return start;
  const t = ctx.text.text;
  return OPENING_DATE_COMMAS.has(t.charCodeAt(date.end)) ? date.end + 1 : date.end;
}

const OPENING_DATE_COMMAS = new Set([...'，,'].map((mark) => mark.charCodeAt(0)));

/** Time words between an announcing company's name and its announcing word (今日, 晚间, 7日晚). */
const ANNOUNCE_TIME = /(?:[0-9０-９]{1,2}日|今日|今天|昨日|昨天|日前|近日|早间|晚间|当晚|当日|晚|早)+$/;
/** What may stand right before a bare company word standing for the announcer (，公司拟…). */
const ANAPHOR_BEFORE = new Set([...'，,：:；;、称'].map((mark) => mark.charCodeAt(0)));
/** What ends a headline's company name before the company's own words (某某集团：公司拟…). */
const ANNOUNCER_COLONS = new Set([...'：:'].map((mark) => mark.charCodeAt(0)));

/**
 * 某某股份今日公告，公司与某县政府签署协议，拟投资10亿元; 某某集团：公司拟25亿元投建…: a listed company
 * announcing its own investment is its investor. The company's name opens the sentence, before an
 * announcing word (公告, after a time: 7日晚公告) or a headline's colon, and a bare company word (公司)
 * stands for it between there and the amount. Undefined when the sentence has no such opening.
 */
function announcerOf(ctx: MoneyContext): string | undefined {
  const { text, words, money, sentence } = ctx;
  const t = text.text;
  const start = afterOpeningDate(ctx, afterSpaces(t, text.sentences[sentence]!.start, money.start));
  const reach = Math.min(money.start, start + ANNOUNCER_REACH + 8);
  // Most sentences open with no such name: one read of a short span, nothing kept.
  const announce = words.allIn(t, start, reach, 'announce')[0];
  let nameEnd: number;
  let after: number;
  if (announce) {
    nameEnd = announce.start;
    after = announce.end;
  } else {
    let colon = start;
    while (colon < Math.min(reach, start + ANNOUNCER_REACH + 1) && !ANNOUNCER_COLONS.has(t.charCodeAt(colon))) colon++;
    if (colon >= reach || !ANNOUNCER_COLONS.has(t.charCodeAt(colon))) return undefined;
    nameEnd = colon;
    after = colon + 1;
    if (words.startIn(t, after, money.start, 'announcer-anaphor') === '') return undefined;
  }
  // 美湖股份3月23日晚间发布公告称: the name ends where a date or a time word starts.
  const date = text.ofType(sentence, 'date').find((d) => d.start > start && d.start < nameEnd);
  let end = date ? date.start : nameEnd;
  // 某某股份发布对外捐赠公告称: the name ends where its verb of publishing starts.
  const published = t.slice(start, end).search(PUBLISH_VERB);
  if (published > 0) end = start + published;
  const time = ANNOUNCE_TIME.exec(t.slice(start, end));
  if (time) end -= time[0].length;
  const name = t.slice(start, end);
  if (name.length < 2 || name.length > ANNOUNCER_REACH) return undefined;
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (!isIdeograph(code) && !/[A-Za-z0-9]/.test(name[i]!)) return undefined;
  }
  // 某县政府公告: a government announcing is no company; a place's name alone is none either.
  if (words.endsWith(name, 'pact-government') || text.ofType(sentence, 'place').some((place) => place.start === start && place.end === end)) return undefined;
  // The company's own words: a bare company word (公司拟…) opening a clause after the announcing word,
  // before the amount (not the end of a name: 某某股份有限公司).
  const bare = words.allIn(t, after, money.start, 'announcer-anaphor').some((word) => word.start === after || ANAPHOR_BEFORE.has(t.charCodeAt(word.start - 1)));
  return bare ? name : undefined;
}
