import type { Span } from '../extract/types';
import type { FactText, LocatedMention } from './text';
import type { FactWords } from './words';

/** One money mention as every field's linker sees it. */
export interface MoneyContext {
  text: FactText;
  words: FactWords;
  sentence: number;
  money: LocatedMention;
  /** The clause holding the amount. */
  clause: Span;
  /**
   * The part of the clause that belongs to this amount alone: a clause listing
   * several amounts (投资5000万元的甲项目、投资2000万元的乙项目) is cut
   * between them at the list mark.
   */
  zone: Span;
}

/** The list marks 、和及与, as code units. */
const LIST_MARKS = new Set([...'、和及与'].map((mark) => mark.charCodeAt(0)));

export function zoneOf(text: FactText, clause: Span, money: LocatedMention, amounts: readonly LocatedMention[]): Span {
  const i = amounts.indexOf(money);
  const before = amounts[i - 1];
  const after = amounts[i + 1];
  let start = clause.start;
  let end = clause.end;
  if (before && before.end > clause.start) start = lastListMark(text, before.end, money.start) ?? before.end;
  if (after && after.start < clause.end) end = firstListMark(text, money.end, after.start) ?? after.start;
  return { start, end };
}

function lastListMark(text: FactText, from: number, to: number): number | undefined {
  for (let i = to - 1; i >= from; i--) if (LIST_MARKS.has(text.text.charCodeAt(i))) return i + 1;
  return undefined;
}

function firstListMark(text: FactText, from: number, to: number): number | undefined {
  for (let i = from; i < to; i++) if (LIST_MARKS.has(text.text.charCodeAt(i))) return i;
  return undefined;
}
