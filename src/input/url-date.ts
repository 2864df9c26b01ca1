import { isCalendarDate } from '../util/dates';

// News sites put the publication date in their article paths (/2023/0810/511931.html,
// /202102/t20210209_12331347.htm, /art/2024/9/20/art_1.html). Where the user gives a
// page's address (JSON Lines or sidecar `url`), that date is the article's reference
// date when no `published` is given: text alone often names no year (中新社北京8月10日电).

/** Years a page's address may date: older numbers in a path are ids, not years. */
const FIRST_YEAR = 1990;
const LAST_YEAR = 2099;

/** A date's parts in a path, from the most telling form to the least; each ends where a separator or the path does. */
const DAY_FORMS: readonly RegExp[] = [
  // /2024/9/20/, /2023-05-12/, /2023_05_12.
  /(?<=^|[/_.-])(\d{4})[/_-](\d{1,2})[/_-](\d{1,2})(?=$|[/_.-])/g,
  // /2023/0810/, /20230810/, /t20230810_123.htm, _20230810.
  /(?<=^|[/_.-]|[/_.-]t)(\d{4})\/?(\d{2})(\d{2})(?=$|[/_.-])/g,
  // A timestamp id: /202411100756381717.html (its date, then the time and a serial number).
  /(?<=^|[/_.-])(\d{4})(\d{2})(\d{2})(?=\d{6,12}(?:$|[/_.-]))/g,
];
/** /202102/, /2021-02/, /2021/02/ (a month, where no day is written). */
const MONTH_FORMS: readonly RegExp[] = [/(?<=^|[/_.-])(\d{4})[/_-]?(\d{2})(?=$|[/_.-])/g];

/** The date a page's address names in its path, YYYY-MM-DD or YYYY-MM; undefined when none. */
export function dateOfUrl(url: string): string | undefined {
  const path = pathOf(url);
  if (path === undefined) return undefined;
  return lastDate(path, DAY_FORMS, true) ?? lastDate(path, MONTH_FORMS, false);
}

/** The path and query of an address (never its host: 103.249.53.35 is no date). */
function pathOf(url: string): string | undefined {
  try {
    const parsed = new URL(url.trim());
    return `${parsed.pathname}${parsed.search}`;
  } catch {
    return undefined;
  }
}

/** The last real date the forms find (the one nearest the page's own name). */
function lastDate(path: string, forms: readonly RegExp[], withDay: boolean): string | undefined {
  let found: { at: number; date: string } | undefined;
  for (const form of forms) {
    for (const match of path.matchAll(form)) {
      const year = Number(match[1]);
      if (year < FIRST_YEAR || year > LAST_YEAR) continue;
      const date = `${match[1]}-${match[2]!.padStart(2, '0')}${withDay ? `-${match[3]!.padStart(2, '0')}` : ''}`;
      if (isCalendarDate(date) && (!found || match.index! >= found.at)) found = { at: match.index!, date };
    }
  }
  return found?.date;
}
