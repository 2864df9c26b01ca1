import type { Division } from './gazetteer';
import { builtinPlaceSuffixes } from './place-suffixes';
import type { WordsAt } from '../util/words-at';
import { townshipNamed, townshipsByStem } from './township-stems';

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
  // exec on the shared global regex (matchAll copies it and makes an iterator per text).
  COUNT.lastIndex = 0;
  for (let m = COUNT.exec(text); m; m = COUNT.exec(text)) {
    const countStart = m.index;
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
  const township = townshipNamed(surface, regions, false);
  return township && { start, end, surface, division: township, rule: 'place:township-count-list' };
}

/** Characters that end a clause a list of works stands in. */
const CLAUSE_ENDS: ReadonlySet<number> = new Set([...'。；;：:，,！？!?\n'].map((c) => c.charCodeAt(0)));
/** Characters that join two stems heading one item (甲-乙某某水). */
const STEM_JOINERS = new Set(['-', '－', '—', '–']);
/** Fewest items of a list led by distinct township stems. */
const MIN_LED_ITEMS = 3;
/** Suffixes of a village or group right after a stem: the item is a village (甲村), not a township's work. */
const VILLAGE_AFTER = /^(?:村|社区|组|居委会)/u;

/**
 * A list of works each headed by a township's bare stem (甲-乙某某水、丙某某水、
 * 丁某某渠等9个项目) in an article naming their county: where at least three
 * items, and half of them, open with the stems of distinct townships of one
 * named county (a second stem may follow a dash), those stems name the
 * townships. A stem that is the county's own, is written with its suffix, or
 * runs into a village's suffix is passed over; so is a stem already read.
 */
export function townshipLedListItems(text: string, anchors: Iterable<Division>, covered: Uint8Array): ListedTownship[] {
  const regions = [...anchors].filter(holdsTownships);
  if (regions.length === 0 || !text.includes('、')) return [];
  const found: ListedTownship[] = [];
  // Only clauses holding two 、 or more can be such a list: jump from one 、 to its clause.
  let clauseStart = 0;
  for (let mark = text.indexOf('、'); mark >= 0; ) {
    const from = Math.max(clauseStart, clauseStartBefore(text, mark));
    const to = clauseEndFrom(text, mark);
    if (countOf(text, '、', from, to) >= MIN_LED_ITEMS - 1) append(found, ledItems(text, from, to, regions, covered));
    clauseStart = to + 1;
    mark = text.indexOf('、', clauseStart);
  }
  for (const p of found) covered.fill(1, p.start, p.end);
  return found;
}

function clauseStartBefore(text: string, at: number): number {
  let i = at;
  while (i > 0 && !CLAUSE_ENDS.has(text.charCodeAt(i - 1))) i--;
  return i;
}

function clauseEndFrom(text: string, at: number): number {
  let i = at;
  while (i < text.length && !CLAUSE_ENDS.has(text.charCodeAt(i))) i++;
  return i;
}

function countOf(text: string, ch: string, from: number, to: number): number {
  let n = 0;
  for (let k = text.indexOf(ch, from); k >= 0 && k < to; k = text.indexOf(ch, k + 1)) n++;
  return n;
}

function append<T>(to: T[], items: readonly T[]): void {
  for (const item of items) to.push(item);
}

function ledItems(text: string, from: number, to: number, regions: readonly Division[], covered: Uint8Array): ListedTownship[] {
  const items: ListedTownship[][] = [];
  /** What follows an item's stems: the work's own name (某某水), where no village is read. */
  const ledSpans: Array<[number, number]> = [];
  let itemCount = 0;
  for (let start = firstItemStart(text, from, to); start < to; ) {
    let end = text.indexOf('、', start);
    if (end < 0 || end > to) end = to;
    itemCount++;
    const heads: ListedTownship[] = [];
    let at = start;
    for (let k = 0; k < 2; k++) {
      const head = stemAt(text, at, end, regions, covered);
      if (!head) break;
      if (head.division) heads.push(head.division);
      if (!STEM_JOINERS.has(text[head.end] ?? '')) break;
      at = head.end + 1;
    }
    if (heads.length > 0) items.push(heads);
    if (heads.length > 0) ledSpans.push([heads[heads.length - 1]!.end, end]);
    start = end + 1;
  }
  const townships = new Set(items.flat().map((p) => p.division));
  if (items.length < MIN_LED_ITEMS || items.length * 2 < itemCount || townships.size < MIN_LED_ITEMS) return [];
  for (const [start, end] of ledSpans) covered.fill(1, start, end);
  return items.flat();
}

/**
 * Where a list's first item starts: after the last opening bracket before its
 * first 、 (全区设12镇（甲、乙…）: the items stand inside the bracket), or at the clause's start.
 */
function firstItemStart(text: string, from: number, to: number): number {
  const mark = text.indexOf('、', from);
  for (let k = (mark < 0 || mark > to ? to : mark) - 1; k >= from; k--) if (LIST_OPENERS.has(text[k]!)) return k + 1;
  return from;
}

/** Brackets a list may open inside a clause. */
const LIST_OPENERS: ReadonlySet<string> = new Set(['(', '（']);

/**
 * The longest township stem of `regions` at `at` (within `end`): with its
 * township where it names one, or with none where it is the county's own stem
 * (a 浮梁-王港 item goes on to 王港); undefined where no stem stands there.
 */
function stemAt(text: string, at: number, end: number, regions: readonly Division[], covered: Uint8Array): { end: number; division?: ListedTownship } | undefined {
  // Most items open with a character no stem of the regions opens with: no string is cut for them.
  if (!stemMayStartWith(regions, text.charCodeAt(at))) return undefined;
  for (let length = Math.min(MAX_STEM, end - at); length >= MIN_STEM; length--) {
    const stemEnd = at + length;
    // One string per length tried (not one for the county check and one for the township's).
    const surface = text.slice(at, stemEnd);
    if (isCountyStem(regions, surface)) return { end: stemEnd };
    const township = townshipNamed(surface, regions, false);
    if (!township) continue;
    const rest = text.slice(stemEnd, stemEnd + 3);
    if (VILLAGE_AFTER.test(rest) || builtinPlaceSuffixes().township.some((s) => rest.startsWith(s))) return undefined;
    for (let k = at; k < stemEnd; k++) if (covered[k]) return undefined;
    return { end: stemEnd, division: { start: at, end: stemEnd, surface, division: township, rule: 'place:township-led-item' } };
  }
  return undefined;
}

/** Whether a township stem of one of the regions, or a county's own stem, starts with the unit. */
function stemMayStartWith(regions: readonly Division[], unit: number): boolean {
  for (let k = 0; k < regions.length; k++) if (stemFirstUnitsOf(regions[k]!).has(unit)) return true;
  return false;
}

/** The first units of a region's township stems and of its own stem (a county's), read once per region. */
function stemFirstUnitsOf(region: Division): ReadonlySet<number> {
  let units = stemFirstUnits.get(region);
  if (units) return units;
  units = new Set<number>();
  for (const stem of townshipsByStem(region).keys()) units.add(stem.charCodeAt(0));
  const own = countyStem(region);
  if (own !== undefined && own.length > 0) units.add(own.charCodeAt(0));
  stemFirstUnits.set(region, units);
  return units;
}

const stemFirstUnits = new WeakMap<Division, Set<number>>();

/** Whether `surface` is the stem of one of the regions (a county's). */
function isCountyStem(regions: readonly Division[], surface: string): boolean {
  for (let k = 0; k < regions.length; k++) if (countyStem(regions[k]!) === surface) return true;
  return false;
}

/** A county's stem (浮梁 of 浮梁县); undefined for a prefecture. */
function countyStem(region: Division): string | undefined {
  if (region.level !== 'county') return undefined;
  if (!countyStems.has(region)) countyStems.set(region, builtinPlaceSuffixes().county.exec(region.name)?.[1]);
  return countyStems.get(region);
}

const countyStems = new WeakMap<Division, string | undefined>();
