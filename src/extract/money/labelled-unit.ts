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
    `[（(]\\s?(?<mag>${MAGNITUDE_PATTERN})?(?<unit>${units})\\s?[)）]\\s?[:：]?\\s?(?<num>${ARABIC_NUMBER})`,
    'y',
  );
}

/** 成交金额(元)：269100.00 → 269100, 预算（万元）：120.5 → 1205000. */
export function labelledAmounts(text: string, p: LabelledUnitPatterns): MoneyDraft[] {
  const found: MoneyDraft[] = [];
  for (const bracket of [')', '）']) {
    for (let close = text.indexOf(bracket, 2); close >= 0; close = text.indexOf(bracket, close + 1)) {
      const unitEnd = text[close - 1] === ' ' ? close - 2 : close - 1;
      if (!p.currencyEnds.has(text[unitEnd] ?? '')) continue;
      const amount = labelledAt(text, close, p);
      if (amount !== undefined) found.push(amount);
    }
  }
  return found;
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

/** The opening bracket a few characters before `close`, or -1. */
function openingBracketBefore(text: string, close: number): number {
  for (let at = close - 1; at >= Math.max(0, close - BRACKET_REACH); at--) {
    const ch = text[at];
    if (ch === '(' || ch === '（') return at;
  }
  return -1;
}
