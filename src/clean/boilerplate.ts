import type { RuleFileSpec, RuleSet } from '../rules/loader';
import { allOf, compilesAsRegex } from '../rules/loader';

// Lines that are not article text (app/QR prompts, page markers, photo
// credits) are listed as patterns in rules/boilerplate.tsv.

export const BOILERPLATE_RULES: RuleFileSpec = {
  file: 'boilerplate.tsv',
  columns: ['pattern', 'reason'],
  check: allOf(compilesAsRegex('pattern')),
};

/** Lines that end an article's text (a copyright notice): in its second half, the rest is chrome too. Tried before the line rules. */
export const PAGE_END_RULES: RuleFileSpec = {
  file: 'page-end.tsv',
  columns: ['pattern', 'reason'],
  check: allOf(compilesAsRegex('pattern')),
};

export interface BoilerplateRule {
  pattern: RegExp;
  reason: string;
  /** The line ends the article's text: where it stands in the second half, the lines after it are dropped too. */
  endsPage?: boolean;
}

export function loadBoilerplateRules(rules: RuleSet): BoilerplateRule[] {
  const lines = rules.load(BOILERPLATE_RULES).map((row) => ({ pattern: new RegExp(row.cells.pattern!, 'u'), reason: row.cells.reason! }));
  const ends = rules.load(PAGE_END_RULES).map((row) => ({ pattern: new RegExp(row.cells.pattern!, 'u'), reason: row.cells.reason!, endsPage: true }));
  return [...ends, ...lines];
}

/** The rule a whole (trimmed) line matches, if any. */
export function matchBoilerplate(line: string, rules: readonly BoilerplateRule[]): BoilerplateRule | undefined {
  const any = anyRuleOf(rules);
  // One regex run rejects almost every line; the rule that matched is looked for only then.
  if (any && !any.test(line)) return undefined;
  return rules.find((rule) => rule.pattern.test(line));
}

const ANY_RULE = new WeakMap<readonly BoilerplateRule[], RegExp | null>();

/**
 * All the rules' patterns as one alternation (half the time of trying them
 * one by one on a line that is article text); null where patterns cannot be
 * joined: a backreference would point into another pattern's groups, and
 * two patterns may name a group alike.
 */
function anyRuleOf(rules: readonly BoilerplateRule[]): RegExp | null {
  let any = ANY_RULE.get(rules);
  if (any === undefined) {
    any = null;
    if (rules.length > 1 && !rules.some((rule) => /\\[1-9]|\\k</.test(rule.pattern.source))) {
      try {
        const alternation = rules.map((rule) => `(?:${rule.pattern.source})`).join('|');
        // Where every pattern is anchored at the line's start, so is the whole: the
        // engine then tries the start alone instead of every offset of the line.
        const anchored = rules.every((rule) => rule.pattern.source.startsWith('^'));
        any = new RegExp(anchored ? `^(?:${alternation})` : alternation, 'u');
      } catch {
        any = null;
      }
    }
    ANY_RULE.set(rules, any);
  }
  return any;
}
