import { APPROX_VALUES, type Approx } from '../model/mention';
import { allOf, oneOf, type RuleFileSpec, type RuleSet } from '../rules/loader';

// Approximation qualifiers (约, 近, 余, 多, 以上 …) from rules/approx.tsv,
// shared by the money, percent and count extractors.

export const APPROX_RULES: RuleFileSpec = {
  file: 'approx.tsv',
  columns: ['word', 'approx', 'position'],
  check: allOf(oneOf('approx', APPROX_VALUES), oneOf('position', ['prefix', 'infix', 'suffix'])),
};

export interface ApproxWords {
  /** Regex source alternations, longest first. */
  prefixPattern: string;
  infixPattern: string;
  suffixPattern: string;
  approxOf(word: string | undefined, position: 'prefix' | 'infix' | 'suffix'): Approx | undefined;
}

export function loadApproxWords(rules: RuleSet): ApproxWords {
  const byPosition = { prefix: new Map<string, Approx>(), infix: new Map<string, Approx>(), suffix: new Map<string, Approx>() };
  for (const row of rules.load(APPROX_RULES)) {
    byPosition[row.cells.position as keyof typeof byPosition].set(row.cells.word!, row.cells.approx as Approx);
  }
  const pattern = (words: Map<string, Approx>) =>
    [...words.keys()].sort((a, b) => b.length - a.length).map(escapeRegex).join('|') || '(?!)';
  return {
    prefixPattern: pattern(byPosition.prefix),
    infixPattern: pattern(byPosition.infix),
    suffixPattern: pattern(byPosition.suffix),
    approxOf: (word, position) => (word ? byPosition[position].get(word) : undefined),
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
