// Days written with the year last (21.11.2014, 13.5.2015, 3-7-2017,
// 12/25/2017): which number is the day is read from the separator and
// from which numbers can be a month. Shared by the extractor and by
// reference-date inference (a dateline 22.01.2017 19:01).

/** A day with its year last, never inside a longer run of numbers nor a flat's number (3-2-2001室); groups: first, separator, second, year. */
export const YEAR_LAST_DAY_SOURCE = '(?<![\\d.\\-/A-Za-z])(\\d{1,2})([.\\-/])(\\d{1,2})\\2((?:19|20)\\d{2})(?![\\d\\-/]|\\.\\d|\\s*[室号房户])';

/**
 * The day and month of a match of YEAR_LAST_DAY_SOURCE, or undefined where
 * it reads as no day: with dots or dashes day first, as European pages write
 * them (with dots and a one-digit day or month only where the day cannot be
 * a month, 13.5.2015: 2.1.2016 is a version); with dashes or slashes month
 * first where only that reads (10-15-2018, 12/25/2017); with slashes never
 * where both readings are dates (3/4/2021).
 * Why dashes and slashes differ where both readings are dates: slashes with
 * the year last are the American order (12/25/2017), so 3/4/2021 may be
 * either and is refused; dashes with the year last are the European and
 * ISO-like day-month order (4-9-2018 is 4 September, as the date spec cases
 * read it), and an American writer rarely uses dashes, so 08-05-2019 is read
 * day first rather than dropped. A second number over 12 still reads month
 * first (10-15-2018): no other reading exists.
 */
export function readYearLastDay(m: RegExpMatchArray): { day: number; month: number } | undefined {
  const [firstText, separator, secondText] = [m[1]!, m[2]!, m[3]!];
  const [first, second] = [Number(firstText), Number(secondText)];
  const [day, month] = separator !== '.' && second > 12 ? [second, first] : [first, second];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  if (separator === '/' && first <= 12 && second <= 12 && first !== second) return undefined;
  if (separator === '.' && (firstText.length < 2 || secondText.length < 2) && day <= 12) return undefined;
  return { day, month };
}
