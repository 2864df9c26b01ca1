import type { Span } from '../types';

// The year of a month or day written without one (9月11日, 6月, 上半年).
// GUIDELINES: the last year stated before it in its sentence; else the last
// year of the previous sentence, when this one carries on its story (it
// follows in the same paragraph); else the reference year. A year stated
// after it, or a planned date (计划2030年6月建成), never gives it its year.
// News reports what has happened: where the reference year would put the
// month or day after the reference date, it is the year before, unless its
// sentence is about plans (计划, 预计, 将 …).

/** A year stated in the text (absolute, relative, or given on to a month-day), in document order. */
export interface StatedYear {
  start: number;
  year: number;
  /** The month, where the date names one (for a day written alone: 18日). */
  month?: number;
  /** A planned or target date (计划2030年6月建成, 到2025年): it governs nothing. */
  planned: boolean;
  /** False where it governs only its own sentence (2019年以来, 比2019年); default true. */
  carriesOn?: boolean;
  /** The baseline of a comparison (比2019年, 2019年同期, 为2017年的85.3%): the next sentence looks past it. */
  baseline?: boolean;
  /** Where the quoted name it stands in closes (「减轻因二○二二年疫情…计划」): it governs only dates inside the quotes. */
  quoteEnd?: number;
}

export interface CalendarPoint {
  year: number;
  month?: number;
  day?: number;
}

export interface GoverningYearQuestion {
  /** Where the month or day starts. */
  at: number;
  /** The month and day as written (either may be missing: 6月, 上半年 has neither). */
  month?: number;
  day?: number;
  sentence: Span;
  /** The sentence before it, when it is in the same paragraph (the story may carry on). */
  previousSentence?: Span;
  /** The years stated before `at`, in document order (later ones are ignored). */
  years: readonly StatedYear[];
  /** The reference date; `month`/`day` only where known. */
  reference: Partial<CalendarPoint>;
  /** The sentence speaks of plans or expectations. */
  aboutPlans: boolean;
  /** It is itself a planned or target date (11月底前开工): a planned year before it in its sentence gives its year. */
  planned?: boolean;
}

export type YearSource = 'sentence' | 'previous-sentence' | 'reference' | 'reference-before';

/** The governing year of a month-day, and where it came from; undefined when nothing gives one. */
export function governingYear(q: GoverningYearQuestion): { year: number; source: YearSource } | undefined {
  const inSentence = lastStatedYear(q.years, q.sentence.start, q.at, false, q.planned);
  if (inSentence !== undefined) return { year: inSentence, source: 'sentence' };
  if (q.previousSentence) {
    const carried = lastStatedYear(q.years, q.previousSentence.start, q.previousSentence.end, true);
    if (carried !== undefined) return { year: carried, source: 'previous-sentence' };
  }
  const reference = q.reference.year;
  if (reference === undefined) return undefined;
  if (!q.aboutPlans && isAfterReference(q)) return { year: reference - 1, source: 'reference-before' };
  return { year: reference, source: 'reference' };
}

/**
 * The last unplanned year stated in [from, to) (`planned`: planned ones too,
 * for a planned date: 预计2016年8月获批，11月底前开工); `carried`: into the next
 * sentence, where the last year that does not carry on (2010年以来) ends the search
 * and a baseline (比2019年) is passed over.
 */
function lastStatedYear(years: readonly StatedYear[], from: number, to: number, carried = false, planned = false): number | undefined {
  // In its own sentence, a year that starts a period up to now (2018年第四季度以来) gives way to the story's
  // year stated before it (2019年，…扭转了2018年第四季度以来的局面，从上半年开始… → 2019's first half).
  let since: number | undefined;
  for (let i = years.length - 1; i >= 0; i--) {
    const stated = years[i]!;
    if (stated.start >= to) continue;
    if (stated.start < from) return since;
    if (stated.planned && !planned) continue;
    if (stated.quoteEnd !== undefined && stated.quoteEnd <= to) continue;
    // A baseline (比2019年, 为2017年的85.3%) is passed over, in its own sentence too (比2011年增加30%，2月底前…):
    // the story's year may stand before it.
    if (stated.baseline === true) continue;
    if (carried && stated.carriesOn === false) return undefined;
    if (!carried && stated.carriesOn === false) {
      since ??= stated.year;
      continue;
    }
    return stated.year;
  }
  return since;
}

/** The month (and day) in the reference year fall after the reference date, as far as it is known. */
function isAfterReference(q: GoverningYearQuestion): boolean {
  const { month: refMonth, day: refDay } = q.reference;
  if (refMonth === undefined || q.month === undefined) return false;
  if (q.month !== refMonth) return q.month > refMonth;
  return refDay !== undefined && q.day !== undefined && q.day > refDay;
}

/**
 * The month of a day written alone (18日): the last month named before it in
 * its sentence or the previous one; else the reference month, or the month
 * before it where the day would fall after the reference day (unless the
 * sentence is about plans).
 */
export function governingMonth(q: GoverningYearQuestion): { year: number; month: number } | undefined {
  // In a sentence of plans, a planned month gives its month to the days listed after it (报名时间为9月20日、21日).
  const named =
    lastNamedMonth(q.years, q.sentence.start, q.at, q.aboutPlans) ?? (q.previousSentence ? lastNamedMonth(q.years, q.previousSentence.start, q.previousSentence.end) : undefined);
  if (named) return named;
  const { year, month, day } = q.reference;
  if (year === undefined || month === undefined) return undefined;
  if (!q.aboutPlans && day !== undefined && q.day !== undefined && q.day > day) {
    return month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
  }
  return { year, month };
}

function lastNamedMonth(years: readonly StatedYear[], from: number, to: number, planned = false): { year: number; month: number } | undefined {
  for (let i = years.length - 1; i >= 0; i--) {
    const stated = years[i]!;
    if (stated.start >= to) continue;
    if (stated.start < from) return undefined;
    if ((planned || !stated.planned) && stated.month !== undefined) return { year: stated.year, month: stated.month };
  }
  return undefined;
}
