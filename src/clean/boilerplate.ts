import type { RuleFileSpec, RuleSet } from '../rules/loader';
import { allOf, compilesAsRegex } from '../rules/loader';
import { LineUnits, mostTellingFirst, requiredLiterals, type Requirement } from './required-literals';

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
  const required = requirementsOf(rules);
  // A rule is tried only where the line holds one literal of each set it requires (almost no article line does).
  LINE_UNITS.mark(line);
  try {
    for (let k = 0; k < rules.length; k++) {
      if (LINE_UNITS.mayHold(required[k]!) && rules[k]!.pattern.test(line)) return rules[k];
    }
    return undefined;
  } finally {
    LINE_UNITS.clear();
  }
}

const LINE_UNITS = new LineUnits();

const REQUIRED = new WeakMap<readonly BoilerplateRule[], readonly Requirement[]>();

/** Each rule's required literals, read once per rule list. */
function requirementsOf(rules: readonly BoilerplateRule[]): readonly Requirement[] {
  let required = REQUIRED.get(rules);
  if (!required) REQUIRED.set(rules, (required = rules.map((rule) => mostTellingFirst(requiredLiterals(rule.pattern)))));
  return required;
}
