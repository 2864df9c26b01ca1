import type { Division } from './gazetteer';
import { builtinPlaceSuffixes } from './place-suffixes';
import type { WordsAt } from '../util/words-at';

// A list of townships by bare stem closed by the count of its kind right after
// its last item (甲、乙、丙和丁四镇, 甲、乙两个乡): in an article naming their
// county, or a prefecture with no counties whose towns lie under it directly
// (a city like 东莞 or 中山), the items are those townships. The count must be
// the number of items, and every item the stem of one township of one named
// region, so a phrase that only looks like such a list (甲乙两镇 of unnamed
// places, 各区两个街道) is passed over.

export interface ListedTownship {
  start: number;
  end: number;
  surface: string;
  division: Division;
  rule: string;
}

/** Longest stem read as an item; its shortest. */
const MAX_STEM = 4;
const MIN_STEM = 2;
/** Fewest items: one name before a count is no list. */
const MIN_ITEMS = 2;
const DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const COUNT = /[一二两三四五六七八九十0-9]+/gu;
/** Characters that join the last item to the one before it (甲、乙和丙). */
const LAST_JOINERS = new Set(['和', '及', '与']);

/**
 * The townships of every counted list in `text` (see the file's comment).
 * `closers` are the words for townships (乡镇, 镇, 街道); `listed` are the list
 * items read already. A name the article's scan resolved inside an item (a
 * city sharing the stem) gives way, as in a list closed by 等.
 */
export function countedTownshipLists(
  matches: ReadonlyArray<{ start: number; end: number; resolved?: Division | undefined }>,
  anchors: Iterable<Division>,
  text: string,
  closers: WordsAt,
  listed: ReadonlyArray<{ start: number; end: number }>,
): ListedTownship[] {
  const taken = (start: number, end: number) => listed.some((p) => p.start < end && start < p.end);
  let regions: Division[] | undefined;
  const found: ListedTownship[] = [];
  for (const m of text.matchAll(COUNT)) {
    const countStart = m.index!;
    let k = countStart + m[0].length;
    if (text[k] === '个') k++;
    if (!closers.startAt(text, k)) continue;
    const count = parseCount(m[0]);
    if (count === undefined || count < MIN_ITEMS) continue;
    const closedByEtc = text[countStart - 1] === '等';
    regions ??= [...anchors].filter(holdsTownships);
    if (regions.length === 0) return found;
    const items = countedItems(text, closedByEtc ? countStart - 1 : countStart, regions);
    if (!items || (closedByEtc ? items.length > count : items.length !== count)) continue;
    if (items.some((item) => taken(item.start, item.end))) continue;
    const parent = items[0]!.division.parent;
    if (items.some((item) => item.division.parent !== parent)) continue;
    for (const item of items) {
      for (const m of matches) if (m.resolved && m.start < item.end && item.start < m.end) m.resolved = undefined;
      found.push(item);
    }
  }
  return found;
}

/** A county, or a prefecture whose townships lie under it directly (东莞市, 中山市). */
function holdsTownships(d: Division): boolean {
  if (d.level === 'county') return true;
  return d.level === 'prefecture' && d.children.some((c) => c.level === 'township');
}

/** 一 … 九十九 or digits; undefined for anything else. */
function parseCount(s: string): number | undefined {
  if (/^[0-9]+$/.test(s)) return Number(s);
  if (s.length === 1) return s === '十' ? 10 : DIGITS[s];
  if (s.length === 2 && s[0] === '十') return 10 + (DIGITS[s[1]!] ?? NaN) || undefined;
  if (s.length === 2 && s[1] === '十') return (DIGITS[s[0]!] ?? NaN) * 10 || undefined;
  if (s.length === 3 && s[1] === '十') return (DIGITS[s[0]!] ?? NaN) * 10 + (DIGITS[s[2]!] ?? NaN) || undefined;
  return undefined;
}

/**
 * The items before `end` (甲、乙和丙 before 三镇), last first, each the longest
 * stem there of a township of `regions`, separated by 、 (and the last by a
 * joiner); undefined where one is no such stem, or where only one item stands.
 */
function countedItems(text: string, end: number, regions: readonly Division[]): ListedTownship[] | undefined {
  const items: ListedTownship[] = [];
  for (;;) {
    let item: ListedTownship | undefined;
    for (let start = Math.max(0, end - MAX_STEM); start <= end - MIN_STEM && !item; start++) item = listed(text, start, end, regions);
    if (!item) return undefined;
    items.push(item);
    const before = text[item.start - 1] ?? '';
    const separated = before === '、' || (items.length === 1 && LAST_JOINERS.has(before));
    if (!separated) return items.length >= MIN_ITEMS ? items : undefined;
    end = item.start - 1;
  }
}

function listed(text: string, start: number, end: number, regions: readonly Division[]): ListedTownship | undefined {
  const surface = text.slice(start, end);
  let township: Division | undefined;
  for (const region of regions) {
    for (const child of region.children) {
      if (child.level !== 'township') continue;
      const stem = builtinPlaceSuffixes().townshipStem.exec(child.name)?.[1];
      if (stem !== surface) continue;
      if (township && township !== child) return undefined;
      township = child;
    }
  }
  return township && { start, end, surface, division: township, rule: 'place:township-count-list' };
}
