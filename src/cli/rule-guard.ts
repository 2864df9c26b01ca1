import * as fs from 'node:fs';
import * as path from 'node:path';
import { RuleSet, parseRuleFile } from '../rules/loader';
import type { MentionType } from '../model/mention';
import { UsageError } from './exit';

// Checks of a user's --rules folder that the rule loader does not make:
// the folder is a folder; no user pattern repeats a repeated group (the
// shape of catastrophic backtracking: `^(a+)+$` takes 24 s on a 33-character
// line); money keeps at least one currency unit. Each problem is a usage
// error (exit 2) with file:line, before any document is read. Patterns that
// backtrack badly some other way are still bounded by the per-document time
// budget.

const PATTERN_FILES = [{ file: 'boilerplate.tsv', columns: ['pattern', 'reason'], column: 'pattern' }] as const;
const MONEY_UNITS = { file: 'money-units.tsv', columns: ['unit', 'currency'] } as const;

export function checkUserRules(dir: string | undefined, types: readonly MentionType[] | undefined): void {
  if (dir === undefined) return;
  const stat = fs.statSync(dir, { throwIfNoEntry: false });
  if (!stat) return; // the rule loader names a missing folder
  if (!stat.isDirectory()) throw new UsageError(`--rules ${dir}: not a folder (give the folder that holds the .tsv rule files)`);
  for (const spec of PATTERN_FILES) checkPatterns(path.join(dir, spec.file), spec);
  if (!types || types.includes('money')) checkMoneyUnits(dir);
}

function checkPatterns(file: string, spec: (typeof PATTERN_FILES)[number]): void {
  if (!fs.existsSync(file)) return;
  let rows;
  try {
    rows = parseRuleFile(file, fs.readFileSync(file, 'utf8'), spec);
  } catch {
    return; // the loader reports a malformed file with its line
  }
  for (const row of rows) {
    const pattern = row.cells[spec.column] ?? '';
    if (hasNestedQuantifier(pattern)) {
      throw new UsageError(
        `bad rules: ${file}:${row.line}: pattern ${JSON.stringify(pattern)} repeats a group that itself repeats (like (a+)+): it can take minutes on one line; rewrite it without the nested repetition`,
      );
    }
  }
}

function checkMoneyUnits(dir: string): void {
  const file = path.join(dir, MONEY_UNITS.file);
  if (!fs.existsSync(file)) return;
  let units;
  try {
    units = RuleSet.withUserDir(dir).load(MONEY_UNITS);
  } catch {
    return;
  }
  if (units.length === 0) {
    throw new UsageError(`bad rules: ${file}: removes every currency unit; money needs at least one (or leave money out with --types)`);
  }
}

/**
 * True when a group holding an unbounded repetition (`*`, `+`, `{n,}`, `{n,m}`)
 * is itself repeated. Escapes and character classes are skipped.
 */
export function hasNestedQuantifier(pattern: string): boolean {
  const groups: boolean[] = [false]; // per open group: does it repeat something inside?
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!;
    if (char === '\\') {
      i++;
    } else if (char === '[') {
      i = classEnd(pattern, i);
    } else if (char === '(') {
      groups.push(false);
    } else if (char === ')' && groups.length > 1) {
      const repeatsInside = groups.pop()!;
      const after = repetitionAt(pattern, i + 1);
      if (repeatsInside && after > 0) return true;
      if (repeatsInside || after > 0) groups[groups.length - 1] = true;
    } else {
      if (repetitionAt(pattern, i) > 0) groups[groups.length - 1] = true;
    }
  }
  return false;
}

/** Length of a repeating quantifier at `i` (`*`, `+`, `{n,}`, `{n,m}` with m > 1), 0 when there is none. */
function repetitionAt(pattern: string, i: number): number {
  const char = pattern[i];
  if (char === '*' || char === '+') return 1;
  if (char !== '{') return 0;
  const match = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i));
  if (!match) return 0;
  const max = match[2] === undefined ? Number(match[1]) : match[3] === '' ? Infinity : Number(match[3]);
  return max > 1 ? match[0].length : 0;
}

function classEnd(pattern: string, start: number): number {
  for (let i = start + 1; i < pattern.length; i++) {
    if (pattern[i] === '\\') i++;
    else if (pattern[i] === ']') return i;
  }
  return pattern.length;
}
