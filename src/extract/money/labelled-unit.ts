import type { DraftMention } from '../../model/mention';
import { ARABIC_NUMBER, MAGNITUDE_PATTERN, scaled } from '../numbers';

// A label that names the unit of the number after it, as procurement notices
// and statistical tables write amounts: 成交金额(元)：269100.00,
// 预算金额（万元）：120.5. The number is the mention (its text is the number as
// written); the label's unit gives its magnitude and currency.

type MoneyDraft = Extract<DraftMention, { type: 'money' }>;

export interface LabelledUnitPatterns {
  /** From an opening bracket: （万元）：120.5. */
  labelled: RegExp;
  currencyOf: ReadonlyMap<string, string>;
  /** The last characters of the units: only a closing bracket after one is looked at. */
  currencyEnds: ReadonlySet<string>;
  /** A money label right before the bracket (成交金额, 预算, 报价, 合同价). */
  labelAtEnd: RegExp;
}

/** Endings of money labels besides the money words (报价, 回款, 服务费, 金额, 奖金). */
export const LABEL_ENDINGS = ['价', '款', '费', '额', '金'];

/** How far before its closing bracket the opening bracket of a unit may stand (（万美元）). */
const BRACKET_REACH = 8;
/** After the number: a magnitude, a percent or more digits make it something else. */
const NOT_AFTER = /^\s?[万亿%％‰\d]/;

export function labelledUnitPattern(units: string): RegExp {
  return new RegExp(
    // On the label's own line: a table's header (津贴金额(澳门元)) heads rows whose first number is no amount.
    `[（(]\\s?(?<mag>${MAGNITUDE_PATTERN})?(?<unit>${units})\\s?[)）][ \\t\\u3000]?[:：]?[ \\t\\u3000]?(?<num>${ARABIC_NUMBER})`,
    'y',
  );
}

/** 成交金额(元)：269100.00 → 269100, 预算（万元）：120.5 → 1205000. */
export function labelledAmounts(text: string, p: LabelledUnitPatterns): MoneyDraft[] {
  const found: MoneyDraft[] = [];
  const headers = new Set<number>();
  for (const bracket of [')', '）']) {
    for (let close = text.indexOf(bracket, 2); close >= 0; close = text.indexOf(bracket, close + 1)) {
      const unitEnd = text[close - 1] === ' ' ? close - 2 : close - 1;
      if (!p.currencyEnds.has(text[unitEnd] ?? '')) continue;
      const lineStart = text.lastIndexOf('\n', close) + 1;
      if (headers.has(lineStart)) continue;
      const column = columnAmounts(text, lineStart, p);
      if (column !== undefined) {
        headers.add(lineStart);
        found.push(...column);
        continue;
      }
      if (CELL_BAR.test(text.slice(close + 1, close + 3))) {
        found.push(...rowAmounts(text, close, p));
        continue;
      }
      const amount = labelledAt(text, close, p) ?? trailingUnitAt(text, close, p);
      if (amount !== undefined) found.push(amount);
    }
  }
  return found;
}

/** A bar right after the bracket: the label heads a row of a table flattened into text. */
const CELL_BAR = /^\s?[|｜]/;
/** How long a row's label may be before its unit (一、营业总收入, 其中：利息费用). */
const ROW_LABEL_REACH = 24;
/** One cell of a row: a number alone between bars, a minus sign before it kept (a loss). */
const ROW_CELL = new RegExp(`^\\s*(?<sign>[-－])?(?<num>${ARABIC_NUMBER}),?\\s*$`);

/**
 * A row of a financial table as crawled pages flatten it (营业总收入(元) | 976,138,117.28 |
 * 1,136,566,499.62 | …): the unit in brackets after the row's label is every cell's, each
 * cell that holds only a number is an amount (a minus sign makes it negative); the row
 * ends at the line's end. The label is any short text opening its line: a table states
 * the unit of a row, not the money word a sentence needs.
 */
function rowAmounts(text: string, close: number, p: LabelledUnitPatterns): MoneyDraft[] {
  const open = openingBracketBefore(text, close);
  if (open < 1) return [];
  const lineStart = text.lastIndexOf('\n', open - 1) + 1;
  if (open - lineStart > ROW_LABEL_REACH || !/\p{Script=Han}/u.test(text.slice(lineStart, open))) return [];
  const unit = ROW_UNIT.exec(text.slice(open, close + 1));
  if (unit === null) return [];
  const { mag, unit: name } = unit.groups!;
  const currency = p.currencyOf.get(name!);
  if (currency === undefined) return [];
  const lineEnd = text.indexOf('\n', close) < 0 ? text.length : text.indexOf('\n', close);
  const found: MoneyDraft[] = [];
  let at = close + 1;
  while (at < lineEnd) {
    const bar = nextBar(text, at, lineEnd);
    const cellEnd = nextBar(text, bar + 1, lineEnd);
    const cell = ROW_CELL.exec(text.slice(bar + 1, cellEnd));
    if (cell !== null) {
      const { sign, num } = cell.groups!;
      const amount = scaled(num!, mag);
      if (amount !== undefined) {
        const start = bar + 1 + cell[0].indexOf(sign ?? num!);
        const end = bar + 1 + cell[0].indexOf(num!) + num!.length;
        found.push({ type: 'money', text: text.slice(start, end), value: sign === undefined ? amount : -amount, currency, approx: 'exact', rule: 'money.labelled', cleanStart: start, cleanEnd: end });
      }
    }
    at = cellEnd;
  }
  return found;
}

/** The unit in a row's brackets: （元）, (万元), （亿美元）. */
const ROW_UNIT = new RegExp(`^[（(]\\s?(?<mag>${MAGNITUDE_PATTERN})?(?<unit>[^()（）\\s]+)\\s?[)）]$`);

/** The next cell bar at or after `from` on the line, or the line's end. */
function nextBar(text: string, from: number, lineEnd: number): number {
  for (let at = from; at < lineEnd; at++) if (text[at] === '|' || text[at] === '｜') return at;
  return lineEnd;
}

function labelledAt(text: string, close: number, p: LabelledUnitPatterns): MoneyDraft | undefined {
  const open = openingBracketBefore(text, close);
  if (open < 1 || !p.labelAtEnd.test(text.slice(Math.max(0, open - 6), open))) return undefined;
  p.labelled.lastIndex = open;
  const match = p.labelled.exec(text);
  if (match === null) return undefined;
  const end = open + match[0].length;
  if (NOT_AFTER.test(text.slice(end, end + 2))) return undefined;
  const { mag, unit, num } = match.groups!;
  const value = scaled(num!, mag);
  if (value === undefined) return undefined;
  const start = end - num!.length;
  return { type: 'money', text: num!, value, currency: p.currencyOf.get(unit!)!, approx: 'exact', rule: 'money.labelled', cleanStart: start, cleanEnd: end };
}

/** A number ending right before a bracketed unit (45.6（万元）), not the tail of a longer number. */
const NUMBER_BEFORE_BRACKET = new RegExp(`(?<![\\d.,])(?<num>${ARABIC_NUMBER})\\s?$`);
/** A colon and spaces between a label and its number (中标金额： 45.6). */
const LABEL_GAP_AT_END = /[:：]?[ \t\u3000]*$/;
/** How far before the bracket the number and its label are looked for. */
const TRAILING_REACH = 24;

/**
 * The unit in brackets after the number, as award notices write it: 中标金额：45.6（万元） → 456000,
 * 报价：1.23(万元). A money label must stand right before the number (its colon between); the text
 * runs from the number through the bracket, the unit being part of it.
 */
function trailingUnitAt(text: string, close: number, p: LabelledUnitPatterns): MoneyDraft | undefined {
  const open = openingBracketBefore(text, close);
  if (open < 1) return undefined;
  const unit = ROW_UNIT.exec(text.slice(open, close + 1));
  const currency = unit === null ? undefined : p.currencyOf.get(unit.groups!.unit!);
  if (currency === undefined) return undefined;
  const number = NUMBER_BEFORE_BRACKET.exec(text.slice(Math.max(0, open - TRAILING_REACH), open));
  if (number === null) return undefined;
  const start = open - number[0].length;
  const label = text.slice(Math.max(0, start - TRAILING_REACH), start).replace(LABEL_GAP_AT_END, '');
  if (!p.labelAtEnd.test(label)) return undefined;
  const value = scaled(number.groups!.num!, unit!.groups!.mag);
  if (value === undefined) return undefined;
  const end = close + 1;
  return { type: 'money', text: text.slice(start, end), value, currency, approx: 'exact', rule: 'money.labelled', cleanStart: start, cleanEnd: end };
}

/** The opening bracket a few characters before `close`, or -1. */
function openingBracketBefore(text: string, close: number): number {
  for (let at = close - 1; at >= Math.max(0, close - BRACKET_REACH); at--) {
    const ch = text[at];
    if (ch === '(' || ch === '（') return at;
  }
  return -1;
}

/** The cells of a line split by bars (or by tabs where it has no bar), with where each starts. */
interface Cell { text: string; start: number }

function cellsOf(text: string, lineStart: number, lineEnd: number): Cell[] | undefined {
  const line = text.slice(lineStart, lineEnd);
  const sep = /[|｜]/.test(line) ? /[|｜]/ : line.includes('\t') ? /\t/ : undefined;
  if (sep === undefined) return undefined;
  const cells: Cell[] = [];
  let from = 0;
  for (let at = 0; at <= line.length; at++) {
    if (at === line.length || sep.test(line[at]!)) {
      cells.push({ text: line.slice(from, at), start: lineStart + from });
      from = at + 1;
    }
  }
  // A bar opening the line opens the first cell.
  if (cells[0]!.text.trim() === '' && /^\s*[|｜]/.test(line)) cells.shift();
  return cells;
}

/** A header cell naming a column's unit: a short label and the unit in brackets, nothing after (补助金额（万元）). */
const HEADER_CELL = new RegExp(`^\\s*[^()（）\\d]{0,12}?\\s?[（(]\\s?(?<mag>${MAGNITUDE_PATTERN})?(?<unit>[^()（）\\s]+)\\s?[)）]\\s*$`);
/** A serial number opening a row (1, 12, 3.): no amount. */
const SERIAL = /^\s*\d{1,4}\.?\s*$/;
/** How many rows under one header are read at most. */
const MAX_ROWS = 400;

/**
 * A table flattened into lines of cells split by bars or tabs, whose header names one or more money
 * columns with their unit in brackets (序号 | 村名 | 补助金额（万元） | 备注): each later row's bare
 * number in such a column is an amount in that unit. Crawled rows often hold more cells than their
 * header (a category cell, merged cells written out) or fewer, so the index is not trusted alone:
 * under one money column, a row's only number besides its leading serial number is the amount when
 * it stands at the column's index or to its right; where the row holds several numbers, or the
 * header names several money columns, only a row with as many cells as the header is read, cell by
 * cell. The rows end at the first line without a cell separator.
 */
function columnAmounts(text: string, lineStart: number, p: LabelledUnitPatterns): MoneyDraft[] | undefined {
  const lineEnd = endOfLine(text, lineStart);
  const header = cellsOf(text, lineStart, lineEnd);
  if (header === undefined || header.filter((cell) => cell.text.trim() !== '').length < 2) return undefined;
  const columns: { index: number; mag: string | undefined; currency: string }[] = [];
  header.forEach((cell, index) => {
    const unit = HEADER_CELL.exec(cell.text);
    const currency = unit === null ? undefined : p.currencyOf.get(unit.groups!.unit!);
    if (currency !== undefined) columns.push({ index, mag: unit!.groups!.mag, currency });
  });
  // A unit in the first cell is a row's label (营业收入（元） | 976 | 1,136): rowAmounts reads that row.
  if (columns.length === 0 || columns[0]!.index === 0) return undefined;
  const found: MoneyDraft[] = [];
  let rowStart = lineEnd + 1;
  for (let rows = 0; rowStart < text.length && rows < MAX_ROWS; rows++) {
    const rowEnd = endOfLine(text, rowStart);
    const row = cellsOf(text, rowStart, rowEnd);
    if (row === undefined) break;
    const numbers = row.map((cell, index) => ({ cell, index, num: ROW_CELL.exec(cell.text) })).filter((n) => n.num !== null && !(n.index === 0 && SERIAL.test(n.cell.text)));
    const picked: { cell: Cell; num: RegExpExecArray; column: (typeof columns)[number] }[] = [];
    if (row.length === header.length) {
      for (const column of columns) {
        const number = numbers.find((n) => n.index === column.index);
        if (number !== undefined) picked.push({ cell: number.cell, num: number.num!, column });
      }
    }
    if (picked.length === 0 && columns.length === 1 && numbers.length === 1 && numbers[0]!.index >= columns[0]!.index) {
      picked.push({ cell: numbers[0]!.cell, num: numbers[0]!.num!, column: columns[0]! });
    }
    for (const { cell, num, column } of picked) {
      const { sign, num: digits } = num.groups!;
      const amount = scaled(digits!, column.mag);
      if (amount === undefined) continue;
      const start = cell.start + num[0].indexOf(sign ?? digits!);
      const end = cell.start + num[0].indexOf(digits!) + digits!.length;
      found.push({ type: 'money', text: text.slice(start, end), value: sign === undefined ? amount : -amount, currency: column.currency, approx: 'exact', rule: 'money.labelled', cleanStart: start, cleanEnd: end });
    }
    rowStart = rowEnd + 1;
  }
  return found;
}

function endOfLine(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}
