import { APPROX_VALUES, type Approx } from '../model/mention';
import { allOf, oneOf, type RuleFileSpec, type RuleSet } from '../rules/loader';
import type { ExtractContext } from './types';

// Approximation qualifiers (约, 近, 余, 多, 以上 …) from rules/approx.tsv,
// shared by the money, percent and count extractors.

const POSITIONS = ['prefix', 'bare', 'infix', 'suffix'] as const;
export type QualifierPosition = (typeof POSITIONS)[number];

export const APPROX_RULES: RuleFileSpec = {
  file: 'approx.tsv',
  columns: ['word', 'approx', 'position'],
  check: allOf(oneOf('approx', APPROX_VALUES), oneOf('position', POSITIONS)),
};

export interface ApproxWords {
  /** Regex source alternations, longest first (never empty: an empty list matches nothing). */
  pattern(position: QualifierPosition): string;
  approxOf(word: string | undefined, position: QualifierPosition): Approx | undefined;
  /** A prefix qualifier at the end of a string / a suffix qualifier at its start. */
  readonly prefixAtEnd: RegExp;
  readonly suffixAtStart: RegExp;
}

export function loadApproxWords(rules: RuleSet): ApproxWords {
  const byPosition = new Map<QualifierPosition, Map<string, Approx>>(POSITIONS.map((p) => [p, new Map()]));
  for (const row of rules.load(APPROX_RULES)) {
    byPosition.get(row.cells.position as QualifierPosition)!.set(row.cells.word!, row.cells.approx as Approx);
  }
  const patterns = new Map<QualifierPosition, string>();
  for (const [position, words] of byPosition) {
    patterns.set(position, [...words.keys()].sort((a, b) => b.length - a.length).map(escapeRegex).join('|') || '(?!)');
  }
  return {
    prefixAtEnd: new RegExp(`(?:${patterns.get('prefix')})$`),
    suffixAtStart: new RegExp(`^(?:${patterns.get('suffix')})`),
    pattern: (position) => patterns.get(position)!,
    approxOf: (word, position) => (word ? byPosition.get(position)!.get(word) : undefined),
  };
}

/**
 * The qualifiers standing just before `start` and just after `end` in the
 * text. A prefix counts only when it is a whole jieba word, so 约 in 节约 is
 * not "about".
 */
export function qualifiersAround(
  ctx: ExtractContext,
  words: ApproxWords,
  start: number,
  end: number,
): { prefix?: Approx; suffix?: Approx } {
  const before = words.prefixAtEnd.exec(ctx.text.slice(Math.max(0, start - 4), start));
  const after = words.suffixAtStart.exec(ctx.text.slice(end, end + 3));
  const prefixStart = before ? start - before[0].length : -1;
  return {
    prefix: before && ctx.isWordBoundary(prefixStart) ? words.approxOf(before[0], 'prefix') : undefined,
    suffix: after ? words.approxOf(after[0], 'suffix') : undefined,
  };
}

/**
 * Combines the qualifiers around one number: an inner (infix) or trailing
 * qualifier says more than a leading 达/共计, and any non-exact one wins.
 */
export function combineApprox(...found: Array<Approx | undefined>): Approx {
  return found.find((a) => a !== undefined && a !== 'exact') ?? 'exact';
}

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
