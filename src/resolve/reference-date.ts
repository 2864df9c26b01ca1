// Infers an article's publication date from its text: a dateline near the top
// (发布时间：2018-09-21), else the latest explicitly stated year.
// (First version; the date extractor work under issue 3 refines it.)

const DATELINE = /(?:发布时间|发布日期|时间|日期)?[:：]?\s*((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})/;
const STATED_YEAR = /((?:19|20)\d{2})年/g;

export function inferReferenceDate(text: string): string | null {
  const head = text.slice(0, 300);
  const dateline = DATELINE.exec(head);
  if (dateline) return `${dateline[1]}-${dateline[2]!.padStart(2, '0')}-${dateline[3]!.padStart(2, '0')}`;
  let latest: number | undefined;
  for (const match of text.matchAll(STATED_YEAR)) {
    const year = Number(match[1]);
    if (latest === undefined || year > latest) latest = year;
  }
  return latest === undefined ? null : String(latest);
}
