import type { RuleFileSpec, RuleSet } from '../rules/loader';
import { allOf, compilesAsRegex } from '../rules/loader';

// Lines that are not article text (app/QR prompts, page markers, photo
// credits) are listed as patterns in rules/boilerplate.tsv.

export const BOILERPLATE_RULES: RuleFileSpec = {
  file: 'boilerplate.tsv',
  columns: ['pattern', 'reason'],
  check: allOf(compilesAsRegex('pattern')),
};

export interface BoilerplateRule {
  pattern: RegExp;
  reason: string;
}

export function loadBoilerplateRules(rules: RuleSet): BoilerplateRule[] {
  return rules.load(BOILERPLATE_RULES).map((row) => ({
    pattern: new RegExp(row.cells.pattern!, 'u'),
    reason: row.cells.reason!,
  }));
}

/** The rule a whole (trimmed) line matches, if any. */
export function matchBoilerplate(line: string, rules: readonly BoilerplateRule[]): BoilerplateRule | undefined {
  return rules.find((rule) => rule.pattern.test(line));
}
