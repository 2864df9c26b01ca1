import { isCalendarDate } from '../util/dates';

// Publication dates from the command line, sidecars and JSON Lines records.

/** The earliest year a publication date may name: dates are written with four-digit years. */
const FIRST_YEAR = 1000;

/** A real calendar date YYYY[-MM[-DD]] in year 1000 or later. */
export function isUsableDate(value: string): boolean {
  return isCalendarDate(value) && Number(value.slice(0, 4)) >= FIRST_YEAR;
}

/** What is wrong with a `published` value (undefined when it is a usable date), and the date itself. */
export function checkPublished(value: unknown): { date?: string; problem?: string } {
  if (typeof value !== 'string') return { problem: `"published" must be a date string "YYYY[-MM[-DD]]", found ${describe(value)}` };
  const date = value.slice(0, 10);
  if (!isUsableDate(date)) return { problem: `"published" ${JSON.stringify(value.slice(0, 40))} is not a real date YYYY[-MM[-DD]] in year ${FIRST_YEAR} or later` };
  return { date };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}
