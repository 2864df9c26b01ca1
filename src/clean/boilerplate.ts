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

/** Lines that close the article and stay in it (a wire story's 完, the editor's credit): in its second half, the rest is chrome. Tried after the line rules. */
export const ARTICLE_CLOSE_RULES: RuleFileSpec = {
  file: 'article-close.tsv',
  columns: ['pattern', 'reason'],
  check: allOf(compilesAsRegex('pattern')),
};

export interface BoilerplateRule {
  pattern: RegExp;
  reason: string;
  /** The line ends the article's text: where it stands in the second half, the lines after it are dropped too. */
  endsPage?: boolean;
  /** The line is the article's last: it is kept, and where it stands in the second half the lines after it are dropped. */
  closesArticle?: boolean;
}

export function loadBoilerplateRules(rules: RuleSet): BoilerplateRule[] {
  const lines = rules.load(BOILERPLATE_RULES).map((row) => ({ pattern: new RegExp(row.cells.pattern!, 'u'), reason: row.cells.reason! }));
  const ends = rules.load(PAGE_END_RULES).map((row) => ({ pattern: new RegExp(row.cells.pattern!, 'u'), reason: row.cells.reason!, endsPage: true }));
  const closes = rules.load(ARTICLE_CLOSE_RULES).map((row) => ({ pattern: new RegExp(row.cells.pattern!, 'u'), reason: row.cells.reason!, closesArticle: true }));
  return [...ends, ...lines, ...closes];
}

/** The rule a whole (trimmed) line matches, if any. */
export function matchBoilerplate(line: string, rules: readonly BoilerplateRule[]): BoilerplateRule | undefined {
  const screen = screenOf(rules);
  // One pass over the line's units finds the rules one of whose most telling literals may start in it
  // (few for an article line); only those, and the rules that require nothing, are asked about further.
  let candidates = false;
  for (let i = 0; i < line.length; i++) {
    const unit = line.charCodeAt(i);
    if ((screen.keyUnits[unit >>> 5]! & (1 << (unit & 31))) === 0) continue;
    const keyed = screen.byFirstUnit.get(unit)!;
    for (let j = 0; j < keyed.length; j++) screen.candidate[keyed[j]!] = 1;
    candidates = true;
  }
  if (candidates) LINE_UNITS.mark(line);
  try {
    for (let k = 0; k < rules.length; k++) {
      const required = screen.required[k]!;
      const tried = required.length === 0 || (screen.candidate[k] === 1 && LINE_UNITS.mayHold(required));
      if (tried && rules[k]!.pattern.test(line)) return rules[k];
    }
    return undefined;
  } finally {
    if (candidates) {
      LINE_UNITS.clear();
      screen.candidate.fill(0);
    }
  }
}

const LINE_UNITS = new LineUnits();

/** Per rule list, read once: each rule's required literals, and the rules by key units of one set (keyUnitsOf). */
interface Screen {
  required: readonly Requirement[];
  byFirstUnit: ReadonlyMap<number, readonly number[]>;
  /** The keys of byFirstUnit as bits (most units of a line are none: one read each). */
  keyUnits: Uint32Array;
  /** 1 for a rule one of whose key units the line holds (cleared after each line). */
  candidate: Uint8Array;
}

const SCREENS = new WeakMap<readonly BoilerplateRule[], Screen>();

function screenOf(rules: readonly BoilerplateRule[]): Screen {
  let screen = SCREENS.get(rules);
  if (screen) return screen;
  const required = rules.map((rule) => mostTellingFirst(requiredLiterals(rule.pattern)));
  const byFirstUnit = new Map<number, number[]>();
  const keyUnits = new Uint32Array(0x10000 >>> 5);
  required.forEach((requirement, k) => {
    // A line holding a literal holds each of its units: the rule is keyed by one unit of each literal of
    // one set, the set and units that article lines hold least (few rules are asked about per line).
    for (const unit of new Set(keyUnitsOf(requirement))) {
      const keyed = byFirstUnit.get(unit);
      if (keyed) keyed.push(k);
      else byFirstUnit.set(unit, [k]);
      keyUnits[unit >>> 5]! |= 1 << (unit & 31);
    }
  });
  screen = { required, byFirstUnit, keyUnits, candidate: new Uint8Array(rules.length) };
  SCREENS.set(rules, screen);
  return screen;
}

/**
 * Units most lines of an article hold (punctuation, spaces, the commonest
 * characters): a rule keyed by one would be asked about at nearly every line.
 */
const COMMON_UNITS: ReadonlySet<number> = new Set(
  [...' \u3000，。、：；！？“”（）《》的一是不了在人有中大国上为和地发年以会时这个们出来到成方就要于对生也经下部与行动进作新工业建设民实全资入各等次区市省县镇乡村多名日月元万亿将从家后高能过重还开所主'].map((ch) => ch.charCodeAt(0)),
);

/** The unit a literal is keyed by: its first uncommon unit, else its first. */
function keyUnitOf(literal: string): number {
  for (let i = 0; i < literal.length; i++) if (!COMMON_UNITS.has(literal.charCodeAt(i))) return literal.charCodeAt(i);
  return literal.charCodeAt(0);
}

/** The key units of the requirement's set whose literals are keyed by the fewest common units (the first set on a tie); none for no set. */
function keyUnitsOf(requirement: Requirement): number[] {
  let best: number[] = [];
  let bestCommon = Infinity;
  for (const set of requirement) {
    const units = set.map(keyUnitOf);
    const common = units.filter((unit) => COMMON_UNITS.has(unit)).length;
    if (common < bestCommon) {
      best = units;
      bestCommon = common;
    }
  }
  return best;
}
