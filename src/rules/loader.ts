import * as fs from 'node:fs';
import * as path from 'node:path';

// Rules are plain tab-separated files in rules/: `#` starts a comment line,
// the first other line names the columns, every later line is one rule.
// A user's --rules DIR may hold files of the same name: their rows are added
// after the built-in ones (and a row whose first column starts with `-`
// removes that key instead). Every file is read and checked at start-up, so
// a malformed rule stops the run before any document is processed.

export const BUILTIN_RULES_DIR = path.resolve(__dirname, '..', '..', 'rules');

export interface RuleFileSpec {
  /** File name inside a rules directory, e.g. `money-units.tsv`. */
  file: string;
  /** Column names, in order; the file's header line must list exactly these. */
  columns: readonly string[];
  /** How many leading columns must be non-empty (default: all). */
  required?: number;
  /** Extra check of one row; return a message to reject it. */
  check?: (row: RuleRow) => string | undefined;
}

export interface RuleRow {
  /** Cell values by column name ('' when the cell is empty). */
  readonly cells: Readonly<Record<string, string>>;
  readonly file: string;
  readonly line: number;
}

export class RuleFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly problem: string,
  ) {
    super(`${file}${line > 0 ? `:${line}` : ''}: ${problem}`);
  }
}

export class RuleSet {
  private readonly tables = new Map<string, RuleRow[]>();

  constructor(private readonly dirs: readonly string[]) {}

  /** Reads and checks one rule file from every directory (built-in first). */
  load(spec: RuleFileSpec): RuleRow[] {
    const cached = this.tables.get(spec.file);
    if (cached) return cached;
    let rows: RuleRow[] = [];
    let found = false;
    for (const dir of this.dirs) {
      const file = path.join(dir, spec.file);
      if (!fs.existsSync(file)) continue;
      found = true;
      rows = mergeRows(rows, parseRuleFile(file, fs.readFileSync(file, 'utf8'), spec));
    }
    if (!found) throw new RuleFileError(path.join(this.dirs[0] ?? '.', spec.file), 0, 'rule file not found');
    this.tables.set(spec.file, rows);
    return rows;
  }

  /** Loads every spec now, so errors surface before any document is read. */
  preload(specs: readonly RuleFileSpec[]): void {
    for (const spec of specs) this.load(spec);
  }

  static withUserDir(userDir?: string): RuleSet {
    if (userDir && !fs.existsSync(userDir)) throw new RuleFileError(userDir, 0, 'rules directory not found');
    return new RuleSet(userDir ? [BUILTIN_RULES_DIR, path.resolve(userDir)] : [BUILTIN_RULES_DIR]);
  }
}

const REMOVE_PREFIX = '-';

function mergeRows(existing: RuleRow[], added: RuleRow[]): RuleRow[] {
  let rows = existing;
  for (const row of added) {
    const firstColumn = Object.keys(row.cells)[0] ?? '';
    const key = row.cells[firstColumn] ?? '';
    if (key.startsWith(REMOVE_PREFIX) && key.length > 1) {
      const removed = key.slice(1);
      rows = rows.filter((r) => r.cells[firstColumn] !== removed);
    } else {
      rows = [...rows, row];
    }
  }
  return rows;
}

export function parseRuleFile(file: string, content: string, spec: RuleFileSpec): RuleRow[] {
  const rows: RuleRow[] = [];
  let header: string[] | undefined;
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) return;
    const cells = raw.split('\t').map((c) => c.trim());
    if (!header) {
      header = cells;
      checkHeader(file, line, header, spec);
      return;
    }
    rows.push(toRow(file, line, cells, spec));
  });
  if (!header) throw new RuleFileError(file, 1, `missing header line (${spec.columns.join('<TAB>')})`);
  return rows;
}

function checkHeader(file: string, line: number, header: string[], spec: RuleFileSpec): void {
  if (header.join('\t') !== spec.columns.join('\t')) {
    throw new RuleFileError(
      file,
      line,
      `header must be "${spec.columns.join('<TAB>')}", found "${header.join('<TAB>')}"`,
    );
  }
}

function toRow(file: string, line: number, cells: string[], spec: RuleFileSpec): RuleRow {
  if (cells.length > spec.columns.length) {
    throw new RuleFileError(file, line, `expected at most ${spec.columns.length} tab-separated columns, found ${cells.length}`);
  }
  const required = spec.required ?? spec.columns.length;
  const record: Record<string, string> = {};
  spec.columns.forEach((name, i) => {
    record[name] = cells[i] ?? '';
  });
  const isRemoval = (cells[0] ?? '').startsWith(REMOVE_PREFIX) && (cells[0] ?? '').length > 1;
  for (let i = 0; i < required && !isRemoval; i++) {
    if (!record[spec.columns[i]!]) throw new RuleFileError(file, line, `column "${spec.columns[i]}" is empty`);
  }
  const row: RuleRow = { cells: record, file, line };
  const problem = isRemoval ? undefined : spec.check?.(row);
  if (problem) throw new RuleFileError(file, line, problem);
  return row;
}

/** A `check` for columns that hold regular expressions. */
export function compilesAsRegex(column: string): (row: RuleRow) => string | undefined {
  return (row) => {
    try {
      new RegExp(row.cells[column] ?? '', 'u');
      return undefined;
    } catch (error) {
      return `column "${column}" is not a valid regular expression: ${(error as Error).message}`;
    }
  };
}

/** A `check` for a column restricted to a fixed set of values. */
export function oneOf(column: string, allowed: readonly string[], optional = false): (row: RuleRow) => string | undefined {
  return (row) => {
    const value = row.cells[column] ?? '';
    if (optional && value === '') return undefined;
    return allowed.includes(value) ? undefined : `column "${column}" must be one of ${allowed.join(', ')}, found "${value}"`;
  };
}

/** Combines several checks; the first message wins. */
export function allOf(...checks: Array<(row: RuleRow) => string | undefined>): (row: RuleRow) => string | undefined {
  return (row) => {
    for (const check of checks) {
      const problem = check(row);
      if (problem) return problem;
    }
    return undefined;
  };
}
