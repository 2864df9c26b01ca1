import type { DateGranularity } from '../../model/mention';
import type { Span } from '../types';
import { isoDate, type DatePoint, type ParsedDate } from './parse';

// Turns parsed date phrases into calendar values, in document order:
// relative words take their anchor (the reference date, the year or day last
// named), and a month or day without a year takes the nearest year stated in
// its paragraph, else the reference date's year.

export type RelativeAnchor = 'reference' | 'previous-year' | 'previous-day';

export interface RelativeWord {
  anchor: RelativeAnchor;
  offset: number;
}

/** A date phrase found in the text, before resolution. */
export interface FoundDate {
  start: number;
  end: number;
  rule: string;
  /** A parsed phrase, or a five-year plan (already a value). */
  phrase?: ParsedDate;
  relativeDay?: { word: string };
  period?: { from: number; to: number };
}

export interface ResolvedDate {
  found: FoundDate;
  value: string;
  granularity: DateGranularity;
  relative: boolean;
}

interface Day {
  year: number;
  month: number;
  day: number;
}

export interface ReferenceDate {
  year?: number;
  day?: Day;
}

export function parseReferenceDate(value: string | null): ReferenceDate {
  const m = value ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value) : null;
  if (!m) return {};
  const year = Number(m[1]);
  return m[3] ? { year, day: { year, month: Number(m[2]), day: Number(m[3]) } } : { year };
}

export class DateResolver {
  private lastYear: number | undefined;
  private lastDay: Day | undefined;
  /** Years stated in each paragraph: known up front (absolute, or relative to the reference date) or once resolved. */
  private readonly statedYears = new Map<FoundDate, number>();

  constructor(
    private readonly relativeWords: ReadonlyMap<string, RelativeWord>,
    private readonly reference: ReferenceDate,
    private readonly paragraphs: readonly Span[],
    private readonly all: readonly FoundDate[],
  ) {
    for (const found of all) {
      const year = found.phrase ? this.yearWithoutSequence(found.phrase.from) : undefined;
      if (year !== undefined) this.statedYears.set(found, year);
    }
  }

  /** Resolves the dates in document order; unresolvable ones are left out. */
  resolveAll(): ResolvedDate[] {
    const resolved: ResolvedDate[] = [];
    for (const found of this.all) {
      const date = this.resolve(found);
      if (date) resolved.push(date);
    }
    return resolved;
  }

  private resolve(found: FoundDate): ResolvedDate | undefined {
    if (found.period) {
      return { found, value: `${found.period.from}/${found.period.to}`, granularity: 'period', relative: false };
    }
    if (found.relativeDay) return this.resolveRelativeDay(found);
    const phrase = found.phrase!;
    const fromYear = this.yearOf(found, phrase.from);
    if (fromYear === undefined) return undefined;
    if (phrase.from.year) this.statedYears.set(found, fromYear.year);
    const from = this.valueOf(fromYear.year, phrase.from);
    let value = from;
    let last: DatePoint = phrase.from;
    let year = fromYear.year;
    if (phrase.to) {
      const toYear = phrase.to.year ? this.yearOf(found, phrase.to)?.year : fromYear.year;
      if (toYear === undefined) return undefined;
      const to = this.valueOf(toYear, { ...phrase.to, month: phrase.to.month ?? phrase.from.month });
      value = `${from}/${to}`;
      last = phrase.to;
      year = toYear;
    }
    this.remember(year, last, phrase.to ? phrase.from.month : undefined);
    const granularity: DateGranularity = phrase.from.part ?? phrase.from.last;
    return { found, value, granularity, relative: fromYear.relative };
  }

  private resolveRelativeDay(found: FoundDate): ResolvedDate | undefined {
    const word = this.relativeWords.get(found.relativeDay!.word);
    const day = this.lastDay ?? this.reference.day;
    if (!word || !day) return undefined;
    const shifted = shiftDays(day, word.offset);
    return { found, value: isoDate(shifted.year, shifted.month, shifted.day), granularity: 'day', relative: true };
  }

  private valueOf(year: number, point: DatePoint): string {
    return isoDate(year, point.part ? undefined : point.month, point.part ? undefined : point.day);
  }

  private remember(year: number, point: DatePoint, monthBefore: number | undefined): void {
    this.lastYear = year;
    const month = point.month ?? monthBefore;
    if (point.day !== undefined && month !== undefined) this.lastDay = { year, month, day: point.day };
  }

  private yearOf(found: FoundDate, point: DatePoint): { year: number; relative: boolean } | undefined {
    const ref = point.year;
    if (!ref) {
      const year = this.nearestStatedYear(found) ?? this.reference.year;
      return year === undefined ? undefined : { year, relative: false };
    }
    if (ref.kind === 'absolute') return { year: ref.year, relative: false };
    const word = this.relativeWords.get(ref.word);
    if (!word) return undefined;
    const anchor = word.anchor === 'reference' ? this.reference.year : this.lastYear;
    return anchor === undefined ? undefined : { year: anchor + word.offset, relative: true };
  }

  /** A year known without reading the text in order: absolute, or relative to the reference date. */
  private yearWithoutSequence(point: DatePoint): number | undefined {
    const ref = point.year;
    if (!ref) return undefined;
    if (ref.kind === 'absolute') return ref.year;
    const word = this.relativeWords.get(ref.word);
    return word?.anchor === 'reference' && this.reference.year !== undefined ? this.reference.year + word.offset : undefined;
  }

  /**
   * The year stated nearest before `found` in its paragraph; failing that, the
   * nearest one after it, but only a recent one: 6月…8月…2023年 in an article
   * of 2024 reports that year, while 7月18日…1986年起 looks back in history
   * and the month-day belongs to the reference year.
   */
  private nearestStatedYear(found: FoundDate): number | undefined {
    const paragraph = this.paragraphs.find((p) => p.start <= found.start && found.start < p.end);
    if (!paragraph) return undefined;
    let before: { distance: number; year: number } | undefined;
    let after: { distance: number; year: number } | undefined;
    for (const [other, year] of this.statedYears) {
      if (other === found || other.start < paragraph.start || other.start >= paragraph.end) continue;
      if (other.start < found.start) {
        const distance = found.start - other.end;
        if (!before || distance < before.distance) before = { distance, year };
      } else {
        const distance = other.start - found.end;
        if (!after || distance < after.distance) after = { distance, year };
      }
    }
    if (before) return before.year;
    const reference = this.reference.year;
    if (after && (reference === undefined || Math.abs(after.year - reference) <= MAX_YEARS_FROM_REFERENCE)) return after.year;
    return undefined;
  }
}

/** How far from the reference year a year stated after a month-day may be and still give it its year. */
const MAX_YEARS_FROM_REFERENCE = 1;

function shiftDays(day: Day, offset: number): Day {
  if (offset === 0) return day;
  const date = new Date(Date.UTC(day.year, day.month - 1, day.day + offset));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
