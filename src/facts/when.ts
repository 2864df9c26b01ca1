import type { FactBasis } from './schema';
import type { MoneyContext } from './context';
import { isClauseMark, isSpace, type FactText, type LocatedMention } from './text';
import type { FactWords } from './words';

// `when`: the date its sentence ties the amount to (GUIDELINES, facts).

export interface WhenLink {
  when: string | null;
  mentions: number[];
  basis: FactBasis;
  /** Narrowed to the year of its date as a year's figure (年度计划投资): a sentence after it takes the date, not the year. */
  yearFigure?: boolean;
}

const NONE: WhenLink = { when: null, mentions: [], basis: 'none' };
/** How far after a date a completion or start word still describes it (past a programme's name: 2021年某省对口援建项目集中开工). */
const EVENT_REACH = 12;
/** What a bare time clause (截至今年6月底，“十四五”以来，) may hold besides its date. */
const TIME_CLAUSE_REST = 4;
/** How many clauses back (the amount's own first) a carry-on word may open (…介绍，其中…). */
const CARRY_CLAUSES = 3;

/** Dates carried into a sentence: from the sentence before, and the year a report reviews. */
export interface CarriedDates {
  previous(): WhenLink | undefined;
  /** For a numbered item (1、, （2）): the date of the sentence before, read past the lines leading into its list (如下：). */
  previousItem(): WhenLink | undefined;
  /** The date of the first dated fact of the sentence before. */
  previousListItem(): WhenLink | undefined;
  /** The last event date of the sentences before in the paragraph. */
  paragraph(): WhenLink | undefined;
  /** The date of the paragraph's opening time clause, for its later sentences. */
  paragraphOpening(): WhenLink | undefined;
  /** The last date of the sentence before, whatever it dates. */
  previousAnyDate(): WhenLink | undefined;
  reviewedYear(): WhenLink | undefined;
  /** The last period (a year, half, quarter or months) named in the sentences before, for statistics. */
  periodInForce(): WhenLink | undefined;
  /** The period a heading line above names, with no dated sentence between (上半年各地单价冠军). */
  headingPeriod(): WhenLink | undefined;
  /** The last day (or span of days) an event is dated by in the sentences before, in the paragraph or the one before. */
  eventDay(): WhenLink | undefined;
  /** The date of the same amount told before with a date (a heading restating a share). */
  restated(): WhenLink | undefined;
  /** The sentence before `sentence` holds amounts and every one of them was left undated. */
  undatedAmountsBefore(sentence: number): boolean;
  /** The amount of mention index `money`, earlier in the sentence, was left undated. */
  undatedEarlier(money: number): boolean;
}

export function linkWhen(ctx: MoneyContext, carried: CarriedDates): WhenLink {
  return yearOfCarriedPlan(ctx, linkOwnOrCarried(ctx, carried));
}

/** The bases of a date carried in from the sentences before. */
const CARRIED_BASES: ReadonlySet<FactBasis> = new Set<FactBasis>(['previous-sentence', 'paragraph', 'document']);
/** A date or period inside one year (2021-04-27, 2023-01/2023-06), not a year or a span of years. */
const WITHIN_ONE_YEAR = /^(\d{4})-\d{2}(?:-\d{2})?(?:\/\1-\d{2}(?:-\d{2})?)?$/;

/**
 * 5月12日，某市第二批重点项目集中开工。其中，…年度计划投资25亿元: a year's figure (whole-year: 全年, 年度计划投资)
 * in the amount's own clause takes only the year of a day or months carried in from before.
 */
function yearOfCarriedPlan(ctx: MoneyContext, link: WhenLink): WhenLink {
  if (!link.when || !CARRIED_BASES.has(link.basis) || !WITHIN_ONE_YEAR.test(link.when)) return link;
  const { text, words, clause, money } = ctx;
  return words.hasIn(text.text, clause.start, money.start, 'whole-year') || words.hasIn(text.text, clause.start, money.start, 'year-figure') ? yearFigureOf(link) : link;
}

/** The year of the link's date, for a figure of that whole year. */
function yearFigureOf(link: WhenLink): WhenLink {
  return { ...yearOf(link), yearFigure: true };
}

function linkOwnOrCarried(ctx: MoneyContext, carried: CarriedDates): WhenLink {
  const { text, words, money, zone, sentence } = ctx;
  const sentenceStart = text.sentences[sentence]!.start;
  const t = text.text;
  if (recursIn(ctx, zone.start, money.start)) return { ...NONE, basis: 'clause' };
  // 人均年收入从600元增长到8000元: the amount a yearly figure reaches recurs as the one it starts from.
  if (recursIn(ctx, ctx.clause.start, zone.start) && changeEnd(ctx) === 'to') return { ...NONE, basis: 'clause' };
  const dates = eventDates(text, words, sentence);
  // 由2010年的1.17万亿元增加到2015年的1.8万亿元；…由1070亿元增加到1963.5亿元: later changes of the list share its years.
  const listed = changeOfListedYears(ctx, dates);
  if (listed) return linked(listed, 'sentence');
  const before = withoutChangeBase(ctx, dates.filter((date) => date.end <= money.start && !modifiesBudgetElsewhere(ctx, date)));
  const last = signingDayWithin(ctx, before) ?? before[before.length - 1];
  const cumulative = words.hasIn(t, ctx.clause.start, money.start, 'cumulative');
  if (last) {
    // 3月8日，某年某省援建项目集中开工，其中…安排资金3亿元: a year of another clause names the event, the opening day dates it.
    // Not a year opening a time clause of its own (15日，某办发布…，某年，某地安排…): it dates what follows.
    const namesEvent = last.start < ctx.clause.start && !isClauseMark(t.charCodeAt(last.end)) && isOpeningDayOfYear(text, sentence, before[0]!, last);
    const nearest = namesEvent ? before[0]! : last;
    const inClause = nearest.start >= ctx.clause.start;
    // …于2024年4月20日开工，截至目前，已到位资金3000万元: a later clause of its own time dates the amount.
    if (!inClause && hasOwnTime(text, words, text.clauseAt(sentence, nearest.start).end, money.start)) return NONE;
    // …今年上半年接待游客…，…，累计减免税费1.8亿元: a cumulative takes only its own
    // clause's date or a bare time clause (截至6月底，“十四五”以来，), not another clause's event.
    // 截至7月底，今年…新增…，五年累计120.5亿元: the sentence's opening cut-off dates its cumulatives.
    if (cumulative && !inClause && !isTimeClause(text, sentence, nearest) && !endsClauseAsPeriod(ctx, nearest)) return openingCutoff(ctx, before) ?? sinceClauseDate(ctx, before) ?? NONE;
    const link = narrowedSpan(t, nearest, linked(nearest, inClause ? 'clause' : 'sentence'));
    if (words.hasIn(t, nearest.end, money.start, 'whole-year') || words.hasIn(t, nearest.end, money.start, 'year-figure')) return yearFigureOf(link);
    return endOfChange(ctx, listedYears(text, before) ?? cutoffOfYear(text, words, before) ?? link);
  }
  const started = dates.find((date) => date.start >= money.end && followedBy(text, words, date, 'start') && nearAfter(text, ctx, date));
  if (started) return linked(started, 'sentence');
  const named = yearOfNameAfter(ctx, dates);
  if (named) return named;
  // 8月4日至13日，某会累计接收…。累计接收物资折价…: a cumulative of a paragraph that opens with its period.
  if (words.hasIn(t, sentenceStart, money.start, 'cumulative')) {
    return hasOwnTime(text, words, sentenceStart, money.start) ? NONE : spanOnly(carried.paragraphOpening()) ?? listOpeningTime(ctx) ?? NONE;
  }
  // 其中，总投资3.2亿元的医院于今年5月建成投用: its own completion date, nothing carried.
  if (hasCompletionDate(text, words, sentence)) return NONE;
  // 《某某五年规划（2021—2025年）》印发。今后五年，某市将投入…: the years ahead are the plan's span.
  const ahead = yearsAheadSpan(ctx);
  if (ahead) return ahead;
  // 疫情防控期间，…; 目前，…: its own time, not a calendar date, takes nothing carried.
  if (hasOwnTime(text, words, sentenceStart, money.start)) return NONE;
  if (breaksDownUndated(ctx, carried)) return NONE;
  // …；集中投产18家企业，总投资11.5亿元: a sentence opening on a completion (投产, 建成) tells what
  // was finished, no event of the date carried (not 新增引导落地投产企业…, where it only names the firms).
  if (opensWithCompletion(text, words, sentence, money.start)) return { ...NONE, basis: 'sentence' };
  // 在补助标准方面，…每个奖补1000万元: a rate per unit (每个, 每户, 每处) keeps only its own sentence's date.
  if (words.hasIn(t, ctx.clause.start, money.start, 'distributive')) return { ...NONE, basis: 'clause' };
  // 《某规划（2012—2020年）》…。规划估算总投资79亿元: a total of a plan or project takes the period it was named with.
  const plan = planPeriodOfTotal(ctx);
  if (plan) return plan;
  const carriedBefore = opensWithItemNumber(text, sentence) ? carried.previousItem() : carried.previous();
  // …占年初预算10065万元的43.2%。其中：税收收入3511万元: past a budget's own date, the sentence's period (1-5月) carries on.
  const previous = carriedBefore && namesBudget(ctx, carriedBefore) ? carried.previousListItem() ?? carriedBefore : carriedBefore;
  const carriedOn = carriedOnDate(ctx, carried, previous);
  if (carriedOn) return carriedOn;
  // 同期，…; 在产业合作方面，… after a sentence with no date: the period in force.
  if (goesOnWithPeriod(ctx)) {
    const period = carried.periodInForce();
    if (period) return { ...endOfChange(ctx, period), basis: 'document' };
  }
  // …预计全年交易额可达5亿元 after a dated sentence (an opening or completion date too): that date's year.
  const previousYear = words.hasIn(t, sentenceStart, money.start, 'whole-year') ? previous ?? carried.previousAnyDate() : undefined;
  if (previousYear?.when) return { ...yearFigureOf(previousYear), basis: 'previous-sentence' };
  // A work report reviewing a year: its 全年 and summary figures take that year.
  // The sentence right after 2022年是…的第二年 goes on with what that year brought: it takes the year too.
  const reviewed = carried.reviewedYear();
  if (reviewed && (isSummaryFigure(ctx) || (sentence > 0 && reviewedYearOf(text, words, sentence - 1) !== undefined))) return reviewed;
  // Statistics prose (…增加值77.84亿元，增长3.5%): the report period named before, in force until another.
  if (isPeriodFigure(ctx)) {
    const period = carried.periodInForce();
    // 全年全县生产总值…，比上年增长5.4%: a figure of the whole year takes the year of a shorter period in force (上半年).
    if (period && words.hasIn(t, sentenceStart, money.start, 'whole-year')) return { ...yearOf(endOfChange(ctx, period)), basis: 'document' };
    if (period) return { ...endOfChange(ctx, period), basis: 'document' };
  } else if (changeEnd(ctx) !== undefined) {
    // 产值亦从964亿元增至2182亿元 after 2021至2025年，…: a change takes only a span in force, as its end.
    const period = carried.periodInForce();
    if (period?.when?.includes('/')) return { ...endOfChange(ctx, period), basis: 'document' };
  }
  // “十四五”期间，…。…亩均税收达到37万元: a later sentence of a paragraph that opens with its period.
  // 一、中央资金（5273万元） after …其中，中央资金5273万元: the same money told again keeps its date.
  // 现将下达2020年…资金分配情况公示如下： / 一、资金来源 / 省级资金：1227万元: the year of the funds the lead-in lists.
  // （一）某县2024年农田建设项目 / 1、建设范围：… / 2、投资规模：总投资4350万元: the period of the section heading its items.
  // 2024年，某区与某旗签订协作协议。按照…原则，安排财政资金2800万元: a later sentence of a paragraph that opens
  // with its year alone tells that year's work, unless it has a time, plan or completion of its own.
  const opening = carried.paragraphOpening();
  const paragraphPeriod = opening && (isSpan(opening) || !keepsOpeningYearOff(ctx)) ? opening : undefined;
  return paragraphPeriod ?? tableCaptionPeriod(ctx) ?? carried.headingPeriod() ?? sectionHeadingPeriod(ctx) ?? (isNumberedHeading(ctx) ? carried.restated() : undefined) ?? leadInYear(ctx) ?? NONE;
}

/**
 * 1-5月，完成收入4348万元，占年初预算10065万元的43.2%。其中：税收3511万元: a date right before 预算 names
 * which budget (the one passed at the year's start), and dates only the budget's amount in its own clause,
 * not the period's figures in the clauses after it.
 */
function modifiesBudgetElsewhere(ctx: MoneyContext, date: LocatedMention): boolean {
  return date.start < ctx.clause.start && ctx.text.text.startsWith(BUDGET_AFTER_DATE, date.end);
}

/** A link carried from a date that names a budget (年初预算) in a sentence before the amount's. */
function namesBudget(ctx: MoneyContext, link: WhenLink): boolean {
  if (link.mentions.length !== 1) return false;
  for (let sentence = ctx.sentence - 1; sentence >= Math.max(0, ctx.sentence - BUDGET_LOOKBACK); sentence--) {
    const date = ctx.text.ofType(sentence, 'date').find((d) => d.index === link.mentions[0]);
    if (date) return ctx.text.text.startsWith(BUDGET_AFTER_DATE, date.end);
  }
  return false;
}

/** How many sentences back a carried date is looked for. */
const BUDGET_LOOKBACK = 3;

/** The noun a date modifies in a budget report's share of the budget (占年初预算…的N%). */
const BUDGET_AFTER_DATE = '预算';

/**
 * A word of recurrence (每年, 月收入) stands in [from, to), not one that starts inside a date of the
 * sentence (今年前10个月收入…: the 月 of the span, no monthly income).
 */
function recursIn(ctx: MoneyContext, from: number, to: number): boolean {
  const { text, words, sentence } = ctx;
  for (let at = words.indexIn(text.text, from, to, 'recurrence'); at >= 0; at = words.indexIn(text.text, at + 1, to, 'recurrence')) {
    if (!text.ofType(sentence, 'date').some((date) => date.start <= at && at < date.end)) return true;
  }
  return false;
}

/**
 * The date a sentence that carries on takes (carryOf is read only where there is a date to carry):
 * a list cut by semicolons takes its first dated item's date (今年前三季度…；其中，出口…，已超2020年全年
 * 的…；进口433亿元); a carry-on word the date of the sentence before, or past an undated one the
 * paragraph's (2020年…。一大批项目…。同时，…投资82.7亿美元).
 */
function carriedOnDate(ctx: MoneyContext, carried: CarriedDates, previous: WhenLink | undefined): WhenLink | undefined {
  if (previous?.when) {
    const carry = carryOf(ctx);
    if (carry === LIST_ITEM) return { ...(carried.previousListItem() ?? previous), basis: 'previous-sentence' };
    // 1月13日，…晚会举行。某公司现场捐赠200万元: on the spot of the event just dated (现场, 当天, 会上).
    // 1—11月，…。此次集中开工…总投资67.5亿元: the event is the day dated before, not a period of statistics between.
    if (carry !== CARRY_WORD && sameEvent(ctx)) return { ...(DAYS.test(previous.when) ? previous : carried.eventDay() ?? previous), basis: 'previous-sentence' };
    return carry === CARRY_WORD || followsBreakdown(ctx) || followsDatedBudget(ctx) ? { ...previous, basis: 'previous-sentence' } : undefined;
  }
  const paragraph = carried.paragraph();
  const first = ctx.text.followsSemicolon(ctx.sentence) ? carried.previousListItem() : undefined;
  if (!paragraph?.when && !first?.when) return carriedThroughChain(ctx, carried);
  const carry = carryOf(ctx);
  if (carry === LIST_ITEM && first?.when) return { ...first, basis: 'previous-sentence' };
  // 3月9日，某县推介暨签约仪式举行。该县采取…方式推介。活动现场共签约项目20个，签约金额45亿元: on the spot of the event dated before, past a sentence with no date.
  if (carry !== CARRY_WORD && sameEvent(ctx)) {
    const day = carried.eventDay();
    if (day?.when) return { ...day, basis: 'paragraph' };
  }
  return carry === CARRY_WORD && paragraph?.when ? { ...paragraph, basis: 'paragraph' } : undefined;
}

/**
 * A time phrase that is not a calendar date (目前, 期间) in text[from, to), not one that only ranks
 * something with a superlative after it in its clause (福建目前投资最大的项目, 是目前国内首个…: time-superlative).
 */
function hasOwnTime(text: FactText, words: FactWords, from: number, to: number): boolean {
  const t = text.text;
  for (let at = words.indexIn(t, from, to, 'own-time'); at >= 0; at = words.indexIn(t, at + 1, to, 'own-time')) {
    const end = Math.min(to, at + SUPERLATIVE_REACH);
    let clauseEnd = at + 1;
    while (clauseEnd < end && !isClauseMark(t.charCodeAt(clauseEnd))) clauseEnd++;
    if (!words.hasIn(t, at + 1, clauseEnd, 'time-superlative')) return true;
  }
  return false;
}

/** How far after 目前 a superlative still ranks (目前全省单体投资最大的). */
const SUPERLATIVE_REACH = 16;

/**
 * 《某规划（2012~2020）》…。规划估算总投资79亿元; “十四五”某规划的项目…。项目总投资739亿元; 建设年限：2023年—2025年 /
 * 总投资额：9.8亿元: an undated total (总投资) takes the span of years a plan or project was named with in its
 * sentence or the sentences before (in the paragraph, or a card's label lines), unless a sentence between is dated.
 */
function planPeriodOfTotal(ctx: MoneyContext): WhenLink | undefined {
  const { text, words, money, sentence } = ctx;
  const t = text.text;
  // 总投资额：9.8亿元: a label's colon opens the amount's clause.
  const from = ctx.clause.start > 0 && COLONS.has(t.charCodeAt(ctx.clause.start - 1)) ? text.clauseAt(sentence, ctx.clause.start - 1).start : ctx.clause.start;
  if (!words.hasIn(t, from, money.start, 'total')) return undefined;
  const paragraph = text.paragraphAt(text.sentences[sentence]!.start);
  for (let s = sentence, read = 0; s >= 0 && read <= PLAN_REACH; s--) {
    const span = text.sentences[s]!;
    if (s < sentence && t.slice(span.start, span.end).trim() === '') continue;
    read++;
    // A card's label lines (建设年限：…, 开工日期：…) are paragraphs of their own; other paragraphs end the search.
    const label = s < sentence && isLabelLine(t, span.start, span.end);
    if (s < sentence && !label && text.paragraphAt(span.start) !== paragraph) return undefined;
    const dates = text.ofType(s, 'date');
    for (let i = dates.length - 1; i >= 0; i--) {
      const date = dates[i]!;
      if (date.end <= money.start && YEAR_SPAN.test(valueOf(date)) && namesPlanPeriod(text, words, s, date)) return linked(date, s === sentence ? 'sentence' : 'paragraph');
    }
    if (s < sentence && !label && eventDates(text, words, s).length > 0) return undefined;
  }
  return undefined;
}

/**
 * The span of years (2021—2025年) named last before an amount whose sentence looks ahead (未来三年) before it,
 * in its paragraph and within PLAN_REACH sentences; undefined where another date is nearer or none is named.
 */
function yearsAheadSpan(ctx: MoneyContext): WhenLink | undefined {
  const { text, words, money, sentence } = ctx;
  if (!words.hasIn(text.text, text.sentences[sentence]!.start, money.start, 'years-ahead')) return undefined;
  const paragraph = text.paragraphAt(money.start);
  for (let s = sentence; s >= 0 && sentence - s <= PLAN_REACH && text.paragraphAt(text.sentences[s]!.start) === paragraph; s--) {
    const dates = text.ofType(s, 'date').filter((date) => date.end <= money.start);
    const last = dates[dates.length - 1];
    if (last) return YEAR_SPAN.test(valueOf(last)) ? linked(last, s === sentence ? 'sentence' : 'previous-sentence') : undefined;
  }
  return undefined;
}

/** How many sentences back a plan's period is looked for. */
const PLAN_REACH = 4;
/** How far a plan word may stand after its span (“十四五”中小河流规划) or before it (规划（, 建设年限：). */
const PLAN_NAME_REACH = 10;
const PLAN_LABEL_GAP = /^[\s（(《〈【\[:：“”"]*$/;

/** The span of years names a plan or project's period: a plan word after it in its clause, or a label right before it. */
function namesPlanPeriod(text: FactText, words: FactWords, sentence: number, date: LocatedMention): boolean {
  const t = text.text;
  const clause = text.clauseAt(sentence, date.start);
  // 纳入国家《“十四五”某规划》的项目: a plan the project is listed in, not the project's own period.
  if (words.hasIn(t, Math.max(clause.start, date.start - PLAN_NAME_REACH), date.start, 'plan-listing')) return false;
  if (words.hasIn(t, date.end, Math.min(clause.end, date.end + PLAN_NAME_REACH), 'plan-period')) return true;
  // The label may stand in a clause of its own (建设年限：2023年—2025年): read back to the sentence's start.
  const floor = Math.max(text.sentences[sentence]!.start, date.start - PLAN_NAME_REACH);
  for (let end = date.start; end >= floor && PLAN_LABEL_GAP.test(t.slice(end, date.start)); end--) {
    if (words.endsAt(t, end, 'plan-period', floor)) return true;
  }
  return false;
}

/** A short line of a label and its value (开工日期：2023年6月). */
function isLabelLine(t: string, from: number, to: number): boolean {
  const line = t.slice(from, to).trim();
  return line.length <= LABEL_LINE_LENGTH && /^[\u4e00-\u9fff]{2,8}[:：]/.test(line);
}

const LABEL_LINE_LENGTH = 30;

/**
 * 共签约项目12个，总投资90亿元。其中，5亿元以上项目3个。落户园区项目7个，总投资30亿元: an undated
 * sentence right after a breakdown (其中，…) in its paragraph breaks the same whole down further.
 */
function followsBreakdown(ctx: MoneyContext): boolean {
  const { text, words, sentence } = ctx;
  if (sentence === 0 || text.ofType(sentence, 'date').length > 0) return false;
  // The breakdown may be a list cut by semicolons (其中，甲…；乙…。丙…): read from its first item.
  let head = sentence - 1;
  while (head > 0 && text.followsSemicolon(head)) head--;
  if (text.paragraphAt(text.sentences[head]!.start) !== text.paragraphAt(text.sentences[sentence]!.start)) return false;
  return words.startIn(text.text, text.openingOf(head), text.sentences[head]!.end, 'breakdown') !== '';
}

/** How far after a date the budget it names may start (明年总预算案). */
const BUDGET_NAME_REACH = 3;

/**
 * 议会搁置明年总预算案，多项地方计划受到影响。某市长表示，约30亿元补助计划恐遭延宕: the sentence before, in the
 * paragraph, names the budget of a year (a date right before a budget word) and holds no amount; the
 * undated sentence after it tells that budget's sums.
 */
function followsDatedBudget(ctx: MoneyContext): boolean {
  const { text, words, sentence } = ctx;
  if (sentence === 0 || text.ofType(sentence, 'date').length > 0) return false;
  const previous = sentence - 1;
  if (text.ofType(previous, 'money').length > 0) return false;
  if (text.paragraphAt(text.sentences[previous]!.start) !== text.paragraphAt(text.sentences[sentence]!.start)) return false;
  return eventDates(text, words, previous).some((date) => words.indexIn(text.text, date.end, text.clauseAt(previous, date.start).end, 'budget', date.end + BUDGET_NAME_REACH) >= 0);
}

/**
 * 5月，全区税收收入累计完成12000万元…；非税收入累计完成4100万元: an item of a list cut by semicolons
 * is part of the sentence its list opens: a cumulative in it takes that sentence's opening time clause.
 */
function listOpeningTime(ctx: MoneyContext): WhenLink | undefined {
  const { text, words, sentence } = ctx;
  let head = sentence;
  while (head > 0 && text.followsSemicolon(head)) head--;
  if (head === sentence) return undefined;
  const first = eventDates(text, words, head)[0];
  if (!first || text.clauseAt(head, first.start).start > text.openingOf(head) || !isTimeClause(text, head, first)) return undefined;
  return linked(first, 'sentence');
}

/**
 * 计划投资1200万元，建设2020年某县农村公路提升项目; 项目估算总投资300万元，资金来源拟使用2020年某专项资金: with no date
 * before it, an amount takes the year written out (in digits) that opens the name of the project or fund it
 * builds or comes from, in its clause or the next one: the name's kind word (year-name-kind) ends in that clause.
 */
function yearOfNameAfter(ctx: MoneyContext, dates: readonly LocatedMention[]): WhenLink | undefined {
  const { text, words, money, sentence } = ctx;
  const year = dates.find((date) => date.start >= money.end && YEAR.test(valueOf(date)) && WRITTEN_YEAR.test(text.text.slice(date.start, date.end)) && nearAfter(text, ctx, date));
  if (!year) return undefined;
  const clauseEnd = text.clauseAt(sentence, year.start).end;
  // 3亿元资金支持… 2021年某省援建项目集中开工: a year whose clause tells a start or completion dates that event, no name.
  if (words.hasIn(text.text, year.end, clauseEnd, 'start') || words.hasIn(text.text, year.end, clauseEnd, 'completion')) return undefined;
  return words.hasIn(text.text, year.end, Math.min(clauseEnd, year.end + NAME_REACH), 'year-name-kind') ? linked(year, 'clause') : undefined;
}

/** A year written out in digits (2022年), which a name opens; not a relative one (今年推进实施的项目: the plan's time). */
const WRITTEN_YEAR = /^[0-9０-９]{4}/;
/** How far after the year the name's kind word may end (2020年某县农村公路提升项目). */
const NAME_REACH = 24;

/**
 * 全市今年以来计划投资80亿元，年度投资30亿元。其中：新建项目投资50亿元；续建项目投资30亿元: a
 * breakdown (其中, 在…方面, and the items of a list it opens) of amounts the sentence before left
 * undated is undated too: it takes no date from further back.
 */
function breaksDownUndated(ctx: MoneyContext, carried: CarriedDates): boolean {
  const { text, words } = ctx;
  if (sharesUndatedWhole(ctx, carried)) return true;
  let head = ctx.sentence;
  while (head > 0 && text.followsSemicolon(head)) head--;
  // The facts before are looked up first: most sentences follow dated amounts or none.
  if (!carried.undatedAmountsBefore(head)) return false;
  return words.startIn(text.text, text.openingOf(head), text.sentences[head]!.end, 'breakdown') !== '' || opensWithTopic(text, words, head);
}

/** 总经费12亿元，其中补助9亿元: a clause opening with a breakdown word after an undated amount of the sentence is its share. */
function sharesUndatedWhole(ctx: MoneyContext, carried: CarriedDates): boolean {
  const { text, words, money, sentence } = ctx;
  const amounts = text.ofType(sentence, 'money');
  const i = amounts.indexOf(money);
  if (i <= 0) return false;
  const whole = amounts[i - 1]!;
  if (!carried.undatedEarlier(whole.index)) return false;
  const at = words.indexIn(text.text, whole.end, money.start, 'breakdown');
  return at >= 0 && opensClauseAt(text, sentence, at);
}

/** Only spaces stand between the start of the clause holding `at` and `at`. */
function opensClauseAt(text: FactText, sentence: number, at: number): boolean {
  for (let i = text.clauseAt(sentence, at).start; i < at; i++) if (!isSpace(text.text.charCodeAt(i))) return false;
  return true;
}

/** A word before the amount in its sentence places it at the event the sentence before dates (现场, 当天, 会上). */
function sameEvent(ctx: MoneyContext): boolean {
  const { text, words, money, sentence } = ctx;
  return words.hasIn(text.text, text.sentences[sentence]!.start, money.start, 'same-event');
}

/**
 * 此外，…占61.4%。其中，对某地进出口1200.5亿元: a carry-on word after an undated sentence that opens
 * with one itself goes on with what that sentence carries on: the period in force.
 */
function carriedThroughChain(ctx: MoneyContext, carried: CarriedDates): WhenLink | undefined {
  const { text, words, sentence } = ctx;
  if (sentence === 0 || carryOf(ctx) !== CARRY_WORD) return undefined;
  const previous = sentence - 1;
  // Its first clause is a carry-on word (此外，), whatever markup or spaces open the line.
  const opening = text.clauseAt(previous, text.sentences[previous]!.start);
  if (opening.end >= text.sentences[previous]!.end || !words.endsAt(text.text, opening.end, 'carry-on', opening.start)) return undefined;
  const period = carried.periodInForce();
  return period ? { ...period, basis: 'document' } : undefined;
}

/**
 * A figure of a statistics report: a summary figure (GDP, 生产总值) in its clause,
 * or a rate of change right after the amount (…亿元，增长5.4%) or before it in
 * its sentence (同比增长107%，达到472.5亿元).
 */
function isPeriodFigure(ctx: MoneyContext): boolean {
  const { text, words, money, sentence } = ctx;
  const span = text.sentences[sentence]!;
  if (words.hasIn(text.text, span.start, money.start, 'change') || words.hasIn(text.text, span.start, money.start, 'period-figure')) return true;
  if (words.hasIn(text.text, ctx.clause.start, money.start, 'summary')) return true;
  // …45.6亿元，按可比价格计算，比上年增长2.5%: a rate of change further on, before the next amount.
  const next = text.ofType(sentence, 'money').find((m) => m.start >= money.end);
  if (words.hasIn(text.text, money.end, Math.min(next ? next.start : span.end, money.end + CHANGE_REACH), 'change')) return true;
  // 完成收入50.8亿元，其中税收18.8亿元，分别增长26.7%和18.9%: rates told together for the amounts listed before them.
  return next !== undefined && respectiveChangeAfter(text, words, next.end, span.end);
}

/** 分别 (分別) right before a word of change, after `from` in the sentence: rates of change that go one to each amount before. */
function respectiveChangeAfter(text: FactText, words: FactWords, from: number, to: number): boolean {
  for (let at = respectiveAt(text.text, from, to); at >= 0; at = respectiveAt(text.text, at + 2, to)) {
    if (words.startIn(text.text, at + 2, to, 'change') !== '') return true;
  }
  return false;
}

/** Where 分别 (or 分別) next stands in [from, to); -1 where it does not. */
function respectiveAt(text: string, from: number, to: number): number {
  const simplified = text.indexOf('分别', from);
  const traditional = text.indexOf('分別', from);
  const at = simplified < 0 ? traditional : traditional < 0 ? simplified : Math.min(simplified, traditional);
  return at >= 0 && at + 2 <= to ? at : -1;
}

/**
 * Of a change over a period (2021至2025年，产值从1755亿元增长至3318亿元), the amount it
 * starts from is dated by the period's start, the amount it reaches by its end.
 */
function endOfChange(ctx: MoneyContext, link: WhenLink): WhenLink {
  const slash = link.when ? link.when.indexOf('/') : -1;
  if (slash < 0) return link;
  const end = changeEnd(ctx);
  if (end === undefined) return link;
  return { ...link, when: end === 'from' ? link.when!.slice(0, slash) : link.when!.slice(slash + 1) };
}

/**
 * Which end of a change the amount is (从1.2亿元增至3.5亿元): 'from' right after 从 with the
 * sentence's next amount right after 至; 'to' right after 至 with the amount before it right
 * after 从; undefined when it is no end of a change. What stands between them (增长, 下同) may
 * hold clause marks.
 */
function changeEnd(ctx: MoneyContext): 'from' | 'to' | undefined {
  const { text, words, money, sentence } = ctx;
  const t = text.text;
  const amounts = text.ofType(sentence, 'money');
  const i = amounts.indexOf(money);
  if (words.endsAt(t, money.start, 'change-from', money.start - 1)) {
    const next = amounts[i + 1];
    return next && words.endsAt(t, next.start, 'change-to', next.start - 1) ? 'from' : undefined;
  }
  if (words.endsAt(t, money.start, 'change-to', money.start - 1)) {
    const before = amounts[i - 1];
    return before && words.endsAt(t, before.start, 'change-from', before.start - 1) ? 'to' : undefined;
  }
  return undefined;
}

/**
 * The dates before the amount without the bases of changes to other amounts (从2021年的12万元提高到
 * 30万元: 2021 dates the amount changed from, not 30万元 nor a later amount of the sentence): a
 * date right after a change-from word (从) with another amount right after it (的).
 */
function withoutChangeBase(ctx: MoneyContext, before: readonly LocatedMention[]): readonly LocatedMention[] {
  return before.some((date) => isChangeBaseOfOther(ctx, date)) ? before.filter((date) => !isChangeBaseOfOther(ctx, date)) : before;
}

function isChangeBaseOfOther(ctx: MoneyContext, date: LocatedMention): boolean {
  const { text, words, money, sentence } = ctx;
  if (!words.endsAt(text.text, date.start, 'change-from', date.start - 1)) return false;
  const changed = text.ofType(sentence, 'money').find((amount) => amount.start >= date.end);
  return changed !== undefined && changed !== money && changed.start - date.end <= BASE_REACH;
}

/**
 * An undated end of a change (由1070亿元增加到1963.5亿元) after a dated change in its sentence
 * (由2010年的…增加到2015年的…): the year the earlier change starts from or reaches, as its end is.
 */
function changeOfListedYears(ctx: MoneyContext, own: readonly LocatedMention[]): LocatedMention | undefined {
  const { text, words, money, sentence } = ctx;
  const t = text.text;
  // Most amounts are no end of a change: one read before anything else.
  if (own.length === 1 || (!words.endsAt(t, money.start, 'change-from', money.start - 1) && !words.endsAt(t, money.start, 'change-to', money.start - 1))) return undefined;
  const end = changeEnd(ctx);
  if (end === undefined) return undefined;
  // A list cut by semicolons (…；人均…由…增加到…), or a run of changes in the paragraph (…。收入由…增加到…),
  // goes on with the changes of the part before.
  const dates = own.length === 0 ? datesOfChangesBefore(ctx) : own;
  if (dates.length < 2) return undefined;
  let from: LocatedMention | undefined;
  let to: LocatedMention | undefined;
  for (const date of dates) {
    if (date.end > money.start) break;
    if (money.start - date.end <= BASE_REACH) return undefined;
    if (words.endsAt(t, date.start, 'change-from', date.start - 1)) from = date;
    else if (from && words.endsAt(t, date.start, 'change-to', date.start - 1)) to = date;
  }
  return from && to ? (end === 'from' ? from : to) : undefined;
}

/** How many sentences of undated changes a run of changes may hold before its dated one. */
const CHANGE_RUN = 3;

/**
 * The dates of the nearest sentence before, in the paragraph, that holds dates, passing only
 * sentences of undated changes (人均…由7070美元增加到1.15万美元，…。): empty when another kind of
 * sentence stands between.
 */
function datesOfChangesBefore(ctx: MoneyContext): readonly LocatedMention[] {
  const { text, words, sentence } = ctx;
  const paragraph = text.paragraphAt(text.sentences[sentence]!.start);
  for (let s = sentence - 1, read = 0; s >= 0 && read < CHANGE_RUN; s--, read++) {
    if (text.paragraphAt(text.sentences[s]!.start) !== paragraph) return NO_DATES;
    const dates = eventDates(text, words, s);
    if (dates.length > 0) return dates;
    if (!holdsChange(text, words, s)) return NO_DATES;
  }
  return NO_DATES;
}

const NO_DATES: readonly LocatedMention[] = [];

/** The sentence holds an amount a change starts from (由1070亿元增加到…). */
function holdsChange(text: FactText, words: FactWords, sentence: number): boolean {
  return text.ofType(sentence, 'money').some((m) => words.endsAt(text.text, m.start, 'change-from', m.start - 1));
}

/** How far after the base date the amount changed from may start (2021年的). */
const BASE_REACH = 2;

/** How far after an amount its rate of change (，同比增长) may start. */
const CHANGE_REACH = 16;

/**
 * 截至8月底，今年…累计…: the year only places the cut-off date, which is the
 * amount's date. The last date before the amount is a year, and an earlier
 * one of the sentence is a cut-off date inside that year.
 */
function cutoffOfYear(text: FactText, words: FactWords, before: readonly LocatedMention[]): WhenLink | undefined {
  const last = before[before.length - 1]!;
  const year = (last.mention as { value: string }).value;
  if (!YEAR.test(year)) return undefined;
  for (let i = before.length - 2; i >= 0; i--) {
    const date = before[i]!;
    const value = (date.mention as { value: string }).value;
    if (value.startsWith(`${year}-`) && !value.includes('/') && words.endsAt(text.text, date.start, 'cutoff', Math.max(0, date.start - CUTOFF_REACH))) {
      return linked(date, 'clause');
    }
  }
  return undefined;
}

/** The sentence's first date when it is a cut-off (截至7月底) standing alone in a time clause, as a link. */
function openingCutoff(ctx: MoneyContext, before: readonly LocatedMention[]): WhenLink | undefined {
  const { text, words, sentence } = ctx;
  const first = before[0];
  if (!first || !isTimeClause(text, sentence, first)) return undefined;
  if (!words.endsAt(text.text, first.start, 'cutoff', Math.max(text.sentences[sentence]!.start, first.start - CUTOFF_REACH))) return undefined;
  return linked(first, 'sentence');
}

/**
 * 发展优势产业十三五期间，中央企业累计投资…: a period closing its clause (期间, 时期) is the time
 * phrase of what follows, even where a missing mark glues it to the words before.
 */
function endsClauseAsPeriod(ctx: MoneyContext, date: LocatedMention): boolean {
  const { text, words, sentence } = ctx;
  const clause = text.clauseAt(sentence, date.start);
  const from = afterClosingQuotes(text.text, date.end, clause.end);
  return from < clause.end && words.startIn(text.text, from, clause.end, 'period-end').length === clause.end - from;
}

/**
 * 从1995年开始实施对口支援工作以来，…累计达88亿元: the date of a clause that opens on it (从, 自)
 * and ends with 以来 dates the cumulatives after it, as X以来累计 does (GUIDELINES notes: X).
 */
function sinceClauseDate(ctx: MoneyContext, before: readonly LocatedMention[]): WhenLink | undefined {
  const { text, words, money, sentence } = ctx;
  for (let i = before.length - 1; i >= 0; i--) {
    const date = before[i]!;
    if (!words.endsAt(text.text, date.start, 'since-start', Math.max(0, date.start - SINCE_REACH))) continue;
    const clause = text.clauseAt(sentence, date.start);
    if (clause.end <= money.start && words.endsAt(text.text, clause.end, 'since-end', date.end)) return linked(date, 'sentence');
  }
  return undefined;
}

/** The date of `mentions` (one date of `sentence`) opens a span, its clause closing with 以来 (自2010年…以来). */
export function isSinceDateIn(text: FactText, words: FactWords, sentence: number, mentions: readonly number[]): boolean {
  if (mentions.length !== 1) return false;
  const date = text.ofType(sentence, 'date').find((d) => d.index === mentions[0]);
  if (date === undefined || !words.endsAt(text.text, date.start, 'since-start', Math.max(0, date.start - SINCE_REACH))) return false;
  // 从1-8月的数值看: 从 opens no span without its 以来.
  return words.hasIn(text.text, date.end, text.clauseAt(sentence, date.start).end, 'since-end');
}

/** The longest word (自从) read before a date for a clause of since. */
const SINCE_REACH = 2;

/** The longest cut-off word (截止到) read before a date. */
const CUTOFF_REACH = 3;

/**
 * How the sentence carries on the one before: it opens with a carry-on word (即, 同时, 其中) or a
 * topic (在…方面), or has a carry-on word at the start of the amount's clause or one of the two
 * before it (…介绍，其中…): CARRY_WORD; the sentence before ended with a semicolon (a list of one
 * period's figures): LIST_ITEM; else NO_CARRY.
 */
function carryOf(ctx: MoneyContext): number {
  const { text, words, sentence, money } = ctx;
  if (words.startIn(text.text, text.openingOf(sentence), text.sentences[sentence]!.end, 'carry-on')) return CARRY_WORD;
  // 1、…；（2）…: a numbered item carries on like 一是, 二是.
  if (opensWithItemNumber(text, sentence)) return CARRY_WORD;
  if (opensWithTopic(text, words, sentence)) return CARRY_WORD;
  if (text.followsSemicolon(sentence)) return LIST_ITEM;
  const span = text.sentences[sentence]!;
  let clause = text.clauseAt(sentence, money.start);
  for (let read = 0; read < CARRY_CLAUSES; read++, clause = text.clauseAt(sentence, clause.start - 1)) {
    if (words.startIn(text.text, clause.start, clause.end, 'carry-on')) return CARRY_WORD;
    if (clause.start <= span.start) return NO_CARRY;
  }
  return NO_CARRY;
}

/** How many sentences before an amount the lead-in of its list may stand. */
const LEAD_IN_REACH = 8;
const LEAD_IN_END = /[：:]$/;

/**
 * The year a lead-in names for the funds it lists (现将2020年…资金分配情况公示如下：): the nearest
 * sentence before that ends with a colon and names a year, where no sentence between holds a date.
 */
function leadInYear(ctx: MoneyContext): WhenLink | undefined {
  const { text, words, sentence } = ctx;
  // The years of the sentences between: the lead-in's own year told again (一、资金来源 / 2025年中央资金…) breaks nothing.
  const between: string[] = [];
  for (let s = sentence - 1; s >= 0 && s >= sentence - LEAD_IN_REACH; s--) {
    const span = text.sentences[s]!;
    const own = text.slice(span.start, span.end).trimEnd();
    const dates = eventDates(text, words, s);
    if (!LEAD_IN_END.test(own)) {
      // A document's title (根据《关于下达2020年…的通知》) names its year, no date of the list's own.
      for (const date of dates) {
        if (insideTitle(text.text, span.start, date.start)) continue;
        const value = valueOf(date);
        if (!YEAR.test(value)) return undefined;
        between.push(value);
      }
      continue;
    }
    const year = dates.find((date) => YEAR.test(valueOf(date)));
    if (!year || text.ofType(s, 'money').length > 0) return undefined;
    if (between.length === 0) return linked(year, 'paragraph');
    // Told again between, the year is the lead-in's own (现将2025年…公告如下：), not a title's (报来的《2021年…》).
    if (insideTitle(text.text, span.start, year.start)) return undefined;
    return between.every((value) => value === valueOf(year)) ? linked(year, 'paragraph') : undefined;
  }
  return undefined;
}

/** An opening 《 stands between `from` and `at` with no closing 》 after it: `at` is inside a document's title. */
function insideTitle(text: string, from: number, at: number): boolean {
  const open = text.lastIndexOf('《', at);
  return open >= from && text.lastIndexOf('》', at) < open;
}

/** How far into a sentence its completion verb may stand (集中投产, 已建成). */
const COMPLETION_OPENING_REACH = 2;

function opensWithCompletion(text: FactText, words: FactWords, sentence: number, end: number): boolean {
  const opening = text.openingOf(sentence);
  const at = words.indexIn(text.text, opening, end, 'completion', opening + COMPLETION_OPENING_REACH);
  return at >= 0;
}

/** How long a numbered heading restating an amount may be (一、中央财政衔接资金（5273万元）). */
const NUMBERED_HEADING_LENGTH = 32;
/** A section number (一、) or a bracketed one (（一）, (1)) opening a line. */
const SECTION_NUMBER = /(?:[一二三四五六七八九十]{1,3}[、.．]|[（(](?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[）)])/y;

/**
 * The amount's sentence is a short numbered heading of its own (一、中央资金（5273万元）): its only
 * amount, no date, no end mark but brackets, and no more than NUMBERED_HEADING_LENGTH long.
 */
function isNumberedHeading(ctx: MoneyContext): boolean {
  const { text, sentence } = ctx;
  const span = text.sentences[sentence]!;
  if (text.ofType(sentence, 'money').length !== 1 || text.ofType(sentence, 'date').length > 0) return false;
  let end = span.end;
  while (end > span.start && isSpace(text.text.charCodeAt(end - 1))) end--;
  const start = text.openingOf(sentence);
  if (end - start > NUMBERED_HEADING_LENGTH || HEADING_END_MARK.test(text.text[end - 1] ?? '')) return false;
  SECTION_NUMBER.lastIndex = start > span.start && OPENING_BRACKETS.has(text.text.charCodeAt(start - 1)) ? start - 1 : start;
  return SECTION_NUMBER.test(text.text);
}

/** A digit numbering an item under a section (1、 2. 3）), not an amount (1.5亿元). */
const DIGIT_ITEM = /[0-9]{1,2}(?:[、）)]|[.．](?![0-9]))/y;
/** A Chinese numeral numbering a section (一、, （二）, (三)). */
const CHINESE_SECTION = /(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])/y;
/** How many item lines back a section heading is looked for. */
const SECTION_ITEMS = 8;

/** The sentence opens with a match of `pattern`, an opening bracket before its words included. */
function opensWithNumber(text: FactText, sentence: number, pattern: RegExp): boolean {
  const opening = text.openingOf(sentence);
  pattern.lastIndex = opening > text.sentences[sentence]!.start && OPENING_BRACKETS.has(text.text.charCodeAt(opening - 1)) ? opening - 1 : opening;
  return pattern.test(text.text);
}

/**
 * （一）某县2024年农田建设项目（甲镇） / 1、建设范围：… / 2、投资规模：总投资4350万元: an amount of a
 * numbered item takes the period its section's heading names, past the undated items before it.
 */
function sectionHeadingPeriod(ctx: MoneyContext): WhenLink | undefined {
  const { text, words, sentence } = ctx;
  if (!opensWithNumber(text, sentence, DIGIT_ITEM)) return undefined;
  for (let s = sentence - 1; s >= Math.max(0, sentence - SECTION_ITEMS); s--) {
    if (opensWithNumber(text, s, CHINESE_SECTION)) {
      const period = lastPeriodOf(text, words, s);
      return period ? { ...period, basis: 'paragraph' } : undefined;
    }
    if (!opensWithNumber(text, s, DIGIT_ITEM) || text.ofType(s, 'date').length > 0) return undefined;
  }
  return undefined;
}

/** The marks that part a table's cells (| and its full-width form). */
const CELL_MARKS = new Set(['|', '｜'].map((mark) => mark.charCodeAt(0)));
/** How many cell marks make a line a table's row. */
const ROW_CELLS = 2;
/** How many rows above an amount its table's caption is looked for. */
const TABLE_ROWS = 60;

/** Where the line holding `at` starts. */
function lineStartOf(t: string, at: number): number {
  return t.lastIndexOf('\n', at - 1) + 1;
}

/**
 * Each text's verdicts by line start: a crawled page on one line has thousands of
 * amounts on the same line, and reading the whole line again for each would be quadratic.
 */
const tableRowsByText = new WeakMap<FactText, Map<number, boolean>>();

/** The line [start, first line break after it) holds at least ROW_CELLS cell marks: a table's row. */
function isTableRow(text: FactText, start: number): boolean {
  let rows = tableRowsByText.get(text);
  if (!rows) tableRowsByText.set(text, (rows = new Map()));
  let row = rows.get(start);
  if (row === undefined) rows.set(start, (row = countsCells(text.text, start)));
  return row;
}

function countsCells(t: string, start: number): boolean {
  let cells = 0;
  for (let i = start; i < t.length && t[i] !== '\n'; i++) if (CELL_MARKS.has(t.charCodeAt(i)) && ++cells >= ROW_CELLS) return true;
  return false;
}

/**
 * 2020年某县衔接资金分配表 / 序号 | 乡镇 | 金额 / 2 | 乙镇 | 85.5 |: an undated amount in a table's row takes the
 * period its table's caption names: the first line of the rows (某区2020年…分配表 | ||) or the line above them.
 */
function tableCaptionPeriod(ctx: MoneyContext): WhenLink | undefined {
  const t = ctx.text.text;
  let start = lineStartOf(t, ctx.money.start);
  if (!isTableRow(ctx.text, start)) return undefined;
  for (let rows = 0; start > 0 && rows < TABLE_ROWS; rows++) {
    const above = lineStartOf(t, start - 1);
    if (!isTableRow(ctx.text, above)) return captionPeriodAt(ctx, start) ?? captionPeriodAt(ctx, above);
    start = above;
  }
  return undefined;
}

/** The last period (a year, not a day) the line starting at `start` names, as a link. */
function captionPeriodAt(ctx: MoneyContext, start: number): WhenLink | undefined {
  const { text, words } = ctx;
  const sentence = text.sentenceAt(start);
  if (sentence < 0) return undefined;
  const period = lastPeriodOf(text, words, sentence);
  return period ? { ...period, basis: 'paragraph' } : undefined;
}

/** The marks a sentence, not a heading, ends with. */
const HEADING_END_MARK = /[。！？!?；;，,：:]/;

/**
 * A number opening an item (1、 2. （3） （四）), not an amount (1.5亿元); not 一、 either, which numbers a
 * report's sections (一、基本情况), whose heading may be joined to the line after it.
 */
const ITEM_NUMBER = /[0-9]{1,2}(?:[、）)]|[.．](?![0-9]))|[（(](?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[）)]/y;

function opensWithItemNumber(text: FactText, sentence: number): boolean {
  const opening = text.openingOf(sentence);
  ITEM_NUMBER.lastIndex = opening;
  if (ITEM_NUMBER.test(text.text)) return true;
  // The sentence's words start past the brackets it opens with: （二）… opens with its number's rest.
  if (opening === 0 || !OPENING_BRACKETS.has(text.text.charCodeAt(opening - 1))) return false;
  BRACKETED_NUMBER_REST.lastIndex = opening;
  return BRACKETED_NUMBER_REST.test(text.text);
}

/** What follows the opening bracket of a bracketed item number (（2）, （四）). */
const BRACKETED_NUMBER_REST = /(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[）)]/y;

/** How a sentence carries on the one before: not, by a carry-on word (其中, 同时), or as the next item of a list cut by semicolons. */
const NO_CARRY = 0;
const CARRY_WORD = 1;
const LIST_ITEM = 2;

/**
 * The sentence's opening clause names a topic of the report: 在产业合作方面，(topic-start … topic-end),
 * or a short topic alone (资金方面，). Not 另一方面，… (a turn of the argument).
 */
function opensWithTopic(text: FactText, words: FactWords, sentence: number): boolean {
  const opening = text.openingOf(sentence);
  const first = text.clauseAt(sentence, opening);
  if (first.end >= text.sentences[sentence]!.end) return false;
  // 在就业帮扶上，…: a topic only after 在, and not 在此基础上，, 在会上，.
  if (words.endsAt(text.text, first.end, 'topic-end-after-in', first.start)) {
    return words.startsAt(text.text, opening, 'topic-start') && !words.endsAt(text.text, first.end, 'argument-turn', first.start);
  }
  if (opensWithView(text, words, opening, first.end)) return true;
  if (!words.endsAt(text.text, first.end, 'topic-end', first.start)) return false;
  if (words.startsAt(text.text, opening, 'topic-start')) return true;
  return first.end - opening <= BARE_TOPIC_LENGTH && !words.endsAt(text.text, first.end, 'argument-turn', first.start);
}

/**
 * The opening clause [opening, end) names the view the report's figures are split by (按级次分：,
 * 地方收入按构成分：, 从收入分类来看，): short, a view-start word in it and a view-end word ending it.
 */
function opensWithView(text: FactText, words: FactWords, opening: number, end: number): boolean {
  if (end - opening > VIEW_LENGTH || !words.endsAt(text.text, end, 'view-end', opening + 1)) return false;
  return words.hasIn(text.text, opening, end - 1, 'view-start');
}

/** The longest opening clause naming a view (地方收入按构成分). */
const VIEW_LENGTH = 10;

/** The longest opening clause of a topic without 在 (社会捐赠方面). */
const BARE_TOPIC_LENGTH = 6;

/** The sentence goes on with the report's period (同期，…; 在产业合作方面，…), whatever the sentence before dates. */
function goesOnWithPeriod(ctx: MoneyContext): boolean {
  const { text, words, sentence } = ctx;
  return words.startIn(text.text, text.openingOf(sentence), text.sentences[sentence]!.end, 'same-period') !== '' || opensWithTopic(text, words, sentence);
}

function isSummaryFigure(ctx: MoneyContext): boolean {
  const { text, words, money, sentence, clause } = ctx;
  if (words.hasIn(text.text, text.sentences[sentence]!.start, money.start, 'whole-year')) return true;
  return words.hasIn(text.text, clause.start, money.start, 'summary');
}

/**
 * The date is all its clause says (截至今年6月底，2022年，“十四五”期间，): besides the date, the
 * clause holds at most TIME_CLAUSE_REST ideographs (the quotes, spaces and markup a paragraph
 * opens with are no words).
 */
function isTimeClause(text: FactText, sentence: number, date: LocatedMention): boolean {
  const clause = text.clauseAt(sentence, date.start);
  return ideographsIn(text.text, clause.start, date.start) + ideographsIn(text.text, date.end, clause.end) <= TIME_CLAUSE_REST;
}

/** A period (8月4日至13日, “十四五”期间) rather than a single date. */
function isSpan(link: WhenLink): boolean {
  return link.when?.includes('/') === true;
}

/** The link where it is a period; a paragraph's opening year alone dates no cumulative. */
function spanOnly(link: WhenLink | undefined): WhenLink | undefined {
  return link && isSpan(link) ? link : undefined;
}

/**
 * The sentence has a time, plan, completion or cumulative of its own anywhere in it (目前…竣工, 计划总投资,
 * 截至目前): the year a paragraph opens with does not reach it.
 */
function keepsOpeningYearOff(ctx: MoneyContext): boolean {
  const { text, words, sentence } = ctx;
  const { start: itemStart, end } = text.sentences[sentence]!;
  // An item of a list cut by semicolons (截至目前，…；完成购销总额2.69亿元；) reads from its full sentence's start.
  const start = Math.max(text.text.lastIndexOf('。', itemStart - 1), text.text.lastIndexOf('\n', itemStart - 1)) + 1;
  if ((['own-time', 'completion', 'cumulative', 'opening-year-block'] as const).some((role) => words.hasIn(text.text, start, end, role))) return true;
  // 该项目总投资2亿元，包括…: a total split into its shares describes a project, not the year's work.
  return words.hasIn(text.text, start, end, 'total') && words.hasIn(text.text, start, end, 'breakdown');
}

/** The paragraph's opening sentence is about plans (2020年，某县将与某省…开展援建): its year dates only itself. */
function opensWithPlan(text: FactText, words: FactWords, sentence: number): boolean {
  const { start, end } = text.sentences[sentence]!;
  return words.hasIn(text.text, start, end, 'opening-year-plan');
}

/** The date is its clause's only words (2024年，…; not 今年以来，…). */
function isBareTimeClause(text: FactText, sentence: number, date: LocatedMention): boolean {
  const clause = text.clauseAt(sentence, date.start);
  return ideographsIn(text.text, clause.start, date.start) + ideographsIn(text.text, date.end, clause.end) === 0;
}

function ideographsIn(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code >= FIRST_IDEOGRAPH && code <= LAST_IDEOGRAPH) count++;
  }
  return count;
}

/** The CJK unified ideographs. */
const FIRST_IDEOGRAPH = 0x4e00;
const LAST_IDEOGRAPH = 0x9fff;

/** A start date after the amount describes it only in the amount's clause or the next one. */
function nearAfter(text: FactText, ctx: MoneyContext, date: LocatedMention): boolean {
  if (date.start < ctx.clause.end) return true;
  return text.clauseAt(ctx.sentence, ctx.clause.end + 1).end >= date.end;
}

const LIST_MARK = /^[、和及与]$/;
/** Closing quotes (“十四五”规划): ”’」』". */
const CLOSING_QUOTES = new Set(['”', '’', '」', '』', '"'].map((quote) => quote.charCodeAt(0)));

/** Where text[from, to) goes on after the closing quotes it starts with. */
function afterClosingQuotes(text: string, from: number, to: number): number {
  const end = Math.min(to, text.length);
  let at = from;
  while (at < end && CLOSING_QUOTES.has(text.charCodeAt(at))) at++;
  return at;
}
const YEAR = /^\d{4}$/;
const YEAR_MONTH = /^\d{4}-\d{2}$/;

/** Years listed for one amount (2021年、2022年投资…) become the interval they span; months too (此前的9月和10月，…签约…). */
function listedYears(text: FactText, before: readonly LocatedMention[]): WhenLink | undefined {
  let first = before.length - 1;
  const value = (date: LocatedMention) => (date.mention as { value: string }).value;
  const unit = first < 0 ? undefined : [YEAR, YEAR_MONTH].find((pattern) => pattern.test(value(before[first]!)));
  if (!unit) return undefined;
  while (first > 0 && unit.test(value(before[first - 1]!)) && LIST_MARK.test(text.slice(before[first - 1]!.end, before[first]!.start))) first--;
  if (first === before.length - 1) return undefined;
  const listed = before.slice(first);
  return { when: `${value(listed[0]!)}/${value(listed[listed.length - 1]!)}`, mentions: listed.map((d) => d.index), basis: 'clause' };
}

/** 后两年, 前三年, 最后一年 right after a span of years (“十四五”后两年): which part of the span is meant. */
const SPAN_PART = /^[”’」』"]?(前|后|最后|头)([一二两三四1-4])年/;
const PART_YEARS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 1: 1, 2: 2, 3: 3, 4: 4 };
const YEAR_SPAN = /^(\d{4})\/(\d{4})$/;

/** A span of years narrowed to its first or last years by the words after it (“十四五”后两年 → 2024/2025). */
function narrowedSpan(text: string, date: LocatedMention, link: WhenLink): WhenLink {
  const span = link.when ? YEAR_SPAN.exec(link.when) : null;
  if (!span) return link;
  const part = SPAN_PART.exec(text.slice(date.end, date.end + SPAN_PART_REACH));
  if (!part) return link;
  const first = Number(span[1]);
  const last = Number(span[2]);
  const years = PART_YEARS[part[2]!]!;
  if (years > last - first) return link;
  const [from, to] = part[1] === '前' || part[1] === '头' ? [first, first + years - 1] : [last - years + 1, last];
  return { ...link, when: from === to ? String(from) : `${from}/${to}` };
}

/** How far after a span its part (”后两年) is read. */
const SPAN_PART_REACH = 5;

/** A month interval (2024-04/2024-06) or a day (2024-06-27). */
const MONTH_SPAN = /^(\d{4}-\d{2})\/(\d{4}-\d{2})$/;
const DAY = /^(\d{4}-\d{2})-\d{2}$/;

/**
 * 6月27日，某区举行二季度招商项目活动，集中签约…，总投资100亿元: the day of a signing or start,
 * named before the period it falls in (the period only describes the projects), dates the amount.
 * Undefined unless the last date before the amount is such a period.
 */
function signingDayWithin(ctx: MoneyContext, before: readonly LocatedMention[]): LocatedMention | undefined {
  if (before.length < 2) return undefined;
  const period = before[before.length - 1]!;
  const span = MONTH_SPAN.exec(valueOf(period));
  // …，今年1-4月累计完成投资: a period opening its clause is that clause's time, not a word of a name.
  if (!span || opensClause(ctx.text, ctx.sentence, period)) return undefined;
  for (let i = before.length - 2; i >= 0; i--) {
    const day = DAY.exec(valueOf(before[i]!));
    if (!day || day[1]! < span[1]! || day[1]! > span[2]!) continue;
    const { text, words, money } = ctx;
    const from = before[i]!.end;
    return words.hasIn(text.text, from, money.start, 'start') || words.hasIn(text.text, from, money.start, 'signing') ? before[i] : undefined;
  }
  return undefined;
}

/** Only spaces stand between the date's clause start and the date. */
function opensClause(text: FactText, sentence: number, date: LocatedMention): boolean {
  return opensClauseAt(text, sentence, date.start);
}

function valueOf(date: LocatedMention): string {
  return (date.mention as { value: string }).value;
}

/** The year a date or period starts in. */
function yearOf(link: WhenLink): WhenLink {
  return { ...link, when: link.when ? link.when.slice(0, 4) : null };
}

function linked(date: LocatedMention, basis: FactBasis): WhenLink {
  return { when: (date.mention as { value: string }).value, mentions: [date.index], basis };
}

/**
 * Not the base of a comparison (比2022年, 与2022年相比), not part of a plan's name (“十四五”规划),
 * not a dateline's (福州3月11日电) and not a completion date (2023年建成).
 */
function isEventDate(text: FactText, words: FactWords, date: LocatedMention): boolean {
  if (words.endsAt(text.text, date.start, 'comparison', Math.max(0, date.start - 2))) return false;
  // 与2020年相比: the base written before the comparison word.
  const reach = date.end + EVENT_REACH;
  if (words.startIn(text.text, date.end, reach, 'comparison-end')) return false;
  // (2023年：本地货物占65%): the year before's figure given in brackets for comparison.
  if (isBracketedComparative(text.text, date)) return false;
  if (words.startIn(text.text, afterClosingQuotes(text.text, date.end, reach), reach, 'date-name')) return false;
  // 向“9·5”地震灾区捐赠: a day that names an event dates what happened on it, not money given for it later.
  if ((date.mention as { rule?: string }).rule === EVENT_DAY_RULE) return false;
  // 去年4月某地地震的灾民, 今春遭受的雪灾: the date a disaster struck, not when money was given for it.
  if (namesDisaster(text, words, date)) return false;
  // 新华社福州3月11日电: the day the report is filed, not what it reports.
  if (isDatelineDay(text, words, date)) return false;
  // 日期：2025-12-17 …: the page's own date on the line of a caption, not what the caption tells.
  if (isPageDate(text, words, date)) return false;
  return !isCompletionDate(text, words, date) && !isInCaption(text, words, date);
}

/** How far after a date the disaster it dates may be named (今春遭受50年一遇的冰冻雪灾). */
const DISASTER_REACH = 16;

/**
 * A disaster word follows the date in its clause (去年4月某省7级地震, 今春遭受的雪灾), with no
 * amount, no giving verb and no destination word between (8月10日某公司向洪灾地区捐款 dates the gift).
 */
function namesDisaster(text: FactText, words: FactWords, date: LocatedMention): boolean {
  const t = text.text;
  const sentence = text.sentenceAt(date.start);
  const end = Math.min(text.clauseAt(sentence, date.end).end, date.end + DISASTER_REACH);
  const at = words.indexIn(t, date.end, end, 'disaster');
  if (at < 0) return false;
  if (text.ofType(sentence, 'money').some((m) => m.start >= date.end && m.start < at)) return false;
  return !words.hasIn(t, date.end, at, 'giver') && !words.hasIn(t, date.end, at, 'destination') && !words.hasIn(t, date.end, at, 'purpose');
}

/** The longest page-date label (发布时间) and the marks after it (：[). */
const PAGE_LABEL_REACH = 4;
const LABEL_MARKS = new Set([...':：[［【 |｜'].map((mark) => mark.charCodeAt(0)));

/** A page-date label (date, 日期, 发布时间) stands right before the date, with only a colon, a bracket or spaces between. */
function isPageDate(text: FactText, words: FactWords, date: LocatedMention): boolean {
  let at = date.start;
  while (at > 0 && at > date.start - 3 && LABEL_MARKS.has(text.text.charCodeAt(at - 1))) at--;
  return words.endsAt(text.text, at, 'page-date', Math.max(0, at - PAGE_LABEL_REACH));
}

/** The extractor's rule for a day written as an event's name (src/extract/dates/event-day.ts). */
const EVENT_DAY_RULE = 'date.event-day';

const OPENING_BRACKETS = new Set(['(', '（'].map((mark) => mark.charCodeAt(0)));
const COLONS = new Set([':', '：'].map((mark) => mark.charCodeAt(0)));

/** The date opens brackets and a colon follows it ((2023年：…)): the comparative figure of an annual report. */
function isBracketedComparative(text: string, date: LocatedMention): boolean {
  return date.start > 0 && OPENING_BRACKETS.has(text.charCodeAt(date.start - 1)) && COLONS.has(text.charCodeAt(date.end));
}

/** How far before a date its line may start for a caption (图1  2018-2022年…). */
const CAPTION_REACH = 12;
const DIGIT = /[0-9０-９一二三四五六七八九十]/;

/** 图1  2018-2022年地区生产总值: a date on a figure's or table's caption line names the span charted. */
function isInCaption(text: FactText, words: FactWords, date: LocatedMention): boolean {
  const t = text.text;
  const from = Math.max(0, date.start - CAPTION_REACH);
  let at = date.start;
  while (at > from && t[at - 1] !== '\n') at--;
  if (at > 0 && t[at - 1] !== '\n') return false;
  while (at < date.start && isSpace(t.charCodeAt(at))) at++;
  const caption = words.startOf(t.slice(at, date.start), 'caption');
  return caption !== '' && DIGIT.test(t[at + caption.length] ?? '');
}

function isCompletionDate(text: FactText, words: FactWords, date: LocatedMention): boolean {
  return followedBy(text, words, date, 'completion') && !followedBy(text, words, date, 'start');
}

/** The sentence dates a completion (found once per sentence: a sentence may hold many amounts). */
function hasCompletionDate(text: FactText, words: FactWords, sentence: number): boolean {
  if (text.ofType(sentence, 'date').length === 0) return false;
  const perSentence = (text.completionDates ??= new Array<boolean | undefined>(text.sentences.length));
  let found = perSentence[sentence];
  if (found === undefined) perSentence[sentence] = found = text.ofType(sentence, 'date').some((date) => isCompletionDate(text, words, date));
  return found;
}

/**
 * The date's clause says it starts or completes something; a date that is a
 * clause of its own (2023年11月，食堂投入使用) describes the next clause, unless
 * that clause holds an amount (2023年，投资3亿元建成学校: the amount's date).
 */
function followedBy(text: FactText, words: FactWords, date: LocatedMention, role: 'start' | 'completion'): boolean {
  const sentence = text.sentenceAt(date.start);
  const clause = text.clauseAt(sentence, date.end);
  if (words.hasIn(text.text, date.end, Math.min(clause.end, date.end + EVENT_REACH), role)) return true;
  if (clause.end > date.end + 1 || !isClauseMark(text.text.charCodeAt(clause.end))) return false;
  // 截至今年6月底，已完工286个: a cut-off date, not the date of what follows.
  if (words.endsAt(text.text, date.start, 'cutoff', clause.start)) return false;
  const next = text.clauseAt(sentence, clause.end + 1);
  if (next.start >= next.end || text.ofType(sentence, 'money').some((m) => m.start >= next.start && m.end <= next.end)) return false;
  return words.hasIn(text.text, next.start, next.end, role);
}

/** The dates of a sentence that may be a fact's date (found once per sentence). */
function eventDates(text: FactText, words: FactWords, sentence: number): readonly LocatedMention[] {
  // Most sentences hold no date: their (shared, empty) list is the answer, nothing is kept.
  const all = text.ofType(sentence, 'date');
  if (all.length === 0) return all;
  const perSentence = (text.eventDates ??= new Array<readonly LocatedMention[] | undefined>(text.sentences.length));
  let dates = perSentence[sentence];
  if (!dates) perSentence[sentence] = dates = all.filter((date) => isEventDate(text, words, date));
  return dates;
}

/** A day or a span of days (2021-12-13, 2021-12-13/2021-12-23). */
const DAYS = /^\d{4}-\d{2}-\d{2}(?:\/\d{4}-\d{2}-\d{2})?$/;

/** The last event date of a sentence that is a day or a span of days, or undefined. */
export function lastDayOf(text: FactText, words: FactWords, sentence: number): WhenLink | undefined {
  const dates = eventDates(text, words, sentence);
  // An event's sentence tells what happened: amounts, a start or a signing (not a page's header line).
  const span = text.sentences[sentence]!;
  if (text.ofType(sentence, 'money').length === 0 && !words.hasIn(text.text, span.start, span.end, 'start') && !words.hasIn(text.text, span.start, span.end, 'signing')) return undefined;
  for (let i = dates.length - 1; i >= 0; i--) if (DAYS.test(valueOf(dates[i]!))) return linked(dates[i]!, 'sentence');
  return undefined;
}

/** The last period date of a sentence (not a day: 2022年, 上半年, 1-8月, “十四五”), or undefined. */
export function lastPeriodOf(text: FactText, words: FactWords, sentence: number): WhenLink | undefined {
  // 占年初预算…: the budget's date names the budget, no period the later figures are of.
  const dates = eventDates(text, words, sentence).filter((date) => !text.text.startsWith(BUDGET_AFTER_DATE, date.end));
  for (let i = dates.length - 1; i >= 0; i--) {
    if ((dates[i]!.mention as { granularity?: string }).granularity !== 'day') return linked(dates[i]!, 'sentence');
  }
  return undefined;
}

/**
 * The date a carried-on sentence takes: the last fact date of the sentence before, else its last
 * event date; but where that is a bare year and the sentence opens with a day of that year
 * (1月13日，“某市2017年（第30届）…晚会”举行; 当天，某县举行2023年某批项目交付仪式), the day: the year
 * names the event, the opening day dates it.
 */
export function lastDateOf(text: FactText, words: FactWords, sentence: number): WhenLink | undefined {
  const dates = eventDates(text, words, sentence).filter((date) => !text.text.startsWith(BUDGET_AFTER_DATE, date.end));
  const last = dates[dates.length - 1];
  if (!last) return undefined;
  const opening = dates[0]!;
  return linked(isOpeningDayOfYear(text, sentence, opening, last) ? opening : last, 'sentence');
}

function isOpeningDayOfYear(text: FactText, sentence: number, opening: LocatedMention, last: LocatedMention): boolean {
  if (opening === last || (opening.mention as { granularity?: string }).granularity !== 'day') return false;
  // The year or the month (10月30日，某县举行10月份重点项目集中签约仪式: the month names the batch) the opening day is in.
  const year = (last.mention as { value: string }).value;
  if (!(YEAR.test(year) || YEAR_MONTH.test(year)) || !(opening.mention as { value: string }).value.startsWith(`${year}-`)) return false;
  return text.clauseAt(sentence, opening.start).start <= text.openingOf(sentence);
}

/** The last date of a sentence, an event's or not. */
export function anyLastDateOf(text: FactText, words: FactWords, sentence: number): WhenLink | undefined {
  const dates = text.ofType(sentence, 'date').filter((date) => !isInCaption(text, words, date));
  const last = dates[dates.length - 1];
  return last ? linked(last, 'sentence') : undefined;
}

/** A year a sentence says is reviewed (2022年是极不平凡的一年, 2022年工作回顾), as a link; else undefined. */
export function reviewedYearOf(text: FactText, words: FactWords, sentence: number): WhenLink | undefined {
  for (const date of text.ofType(sentence, 'date')) {
    const value = (date.mention as { value: string }).value;
    if (!YEAR.test(value)) continue;
    const after = text.slice(date.end, Math.min(text.sentences[sentence]!.end, date.end + REVIEW_REACH));
    if (words.startOf(after, 'review') || isReviewedYear(words, after)) return { when: value, mentions: [date.index], basis: 'document' };
  }
  return undefined;
}

/** How far after a year its review (是…的一年) may end. */
const REVIEW_REACH = 24;
const CLAUSE_END = /[，。；,;]/;

/** 2022年是极不平凡的一年, 2023年是…关键之年: 是 (review-copula), then a review ending (一年, 之年) in the same clause. */
function isReviewedYear(words: FactWords, after: string): boolean {
  if (!words.startsAt(after, 0, 'review-copula')) return false;
  const end = after.search(CLAUSE_END);
  return words.has(end < 0 ? after : after.slice(0, end), 'review-end');
}

/** The span of a sentence's opening clause when that clause is a bare time clause (8月4日至13日，“十四五”期间，). */
export function openingTimeClauseOf(text: FactText, words: FactWords, sentence: number): WhenLink | undefined {
  const first = eventDates(text, words, sentence)[0];
  if (!first) return undefined;
  const clause = text.clauseAt(sentence, first.start);
  // Its first clause: it starts where the sentence's words start, or before (markup such as <p>).
  if (clause.start > text.openingOf(sentence) || !isTimeClause(text, sentence, first)) return undefined;
  // A span (8月4日至13日, “十四五”期间) is the period the paragraph reports; a single date (2021年，…) dates its own sentence.
  const link = linked(first, 'paragraph');
  return isSpan(link) || (link.when !== undefined && link.when !== null && YEAR.test(link.when) && isBareTimeClause(text, sentence, first) && !opensWithPlan(text, words, sentence)) ? link : undefined;
}

/**
 * The date is a dateline's day (福州3月11日电（记者…）, 北京1月29日讯 ): a day followed by 讯 or 电
 * and then no ideograph (not 11日电视, 2023年电网).
 */
export function isDatelineDay(text: FactText, words: FactWords, date: LocatedMention): boolean {
  return (date.mention as { granularity?: string }).granularity === 'day' && endsDateline(text, words, date.end);
}

/** 电 or 讯 stands at `at`, then no ideograph (not 11日电视, 2023年电网): a dateline's day ends there. */
export function endsDateline(text: FactText, words: FactWords, at: number): boolean {
  const end = words.startIn(text.text, at, at + 1, 'dateline-end');
  if (end === '') return false;
  const next = text.text.charCodeAt(at + end.length);
  return !(next >= FIRST_IDEOGRAPH && next <= LAST_IDEOGRAPH);
}
