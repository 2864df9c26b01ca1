import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLES, runCli } from '../helpers/cli';
import { tempDir } from '../helpers/temp';

// A malformed --rules file is a usage error (exit 2) that names the file and
// the line, reported before any document is read or any output written.
// Needs dist/ (pretest).


function rulesDir(files: Record<string, string>): string {
  const dir = tempDir('rules');
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  return dir;
}

/** Runs extract over the seeds plus a missing file: a run that read inputs would report the missing one. */
function extractWithRules(dir: string, extra: string[] = []) {
  const out = path.join(dir, 'out');
  const result = runCli(['extract', ARTICLES, path.join(dir, 'missing.txt'), '--rules', dir, '--out', out, ...extra]);
  return { ...result, outExists: fs.existsSync(out) };
}

const CASES = [
  {
    what: 'a wrong header',
    file: 'money-units.tsv',
    content: '# my units\nunit\tcurrenc\n块\tCNY\n',
    line: 2,
    problem: 'header must be "unit<TAB>currency", found "unit<TAB>currenc"',
  },
  {
    what: 'too many columns',
    file: 'money-units.tsv',
    content: 'unit\tcurrency\n块\tCNY\n刀\tUSD\textra\n',
    line: 3,
    problem: 'expected at most 2 tab-separated columns, found 3',
  },
  {
    what: 'an empty required column',
    file: 'money-units.tsv',
    content: 'unit\tcurrency\n\n\n块\t\n',
    line: 4,
    problem: 'column "currency" is empty',
  },
  {
    what: 'a pattern that is not a regular expression',
    file: 'boilerplate.tsv',
    content: 'pattern\treason\n^扫码$\tQR\n^(未闭合$\tbroken\n',
    line: 3,
    problem: 'column "pattern" is not a valid regular expression',
  },
];

describe('zhextract extract --rules with a malformed file', () => {
  it.each(CASES)('$what: exit 2 naming $file and its line, nothing read or written', ({ file, content, line, problem }) => {
    const dir = rulesDir({ [file]: content });
    const result = extractWithRules(dir);
    expect(result.status).toBe(2);
    const [first, ...rest] = result.stderr.trim().split('\n');
    expect(first).toContain(`zhextract: bad rules: ${path.join(dir, file)}:${line}: ${problem}`);
    expect(rest.filter((l) => l.startsWith('zhextract:'))).toEqual([]);
    expect(result.stderr).not.toContain('missing.txt'); // no input was looked at
    expect(result.stdout).toBe('');
    expect(result.outExists).toBe(false);
  });

  it('is the same usage error with worker threads (--jobs 2)', () => {
    const dir = rulesDir({ 'money-units.tsv': CASES[1]!.content });
    const result = extractWithRules(dir, ['--jobs', '2']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`${path.join(dir, 'money-units.tsv')}:3: expected at most 2 tab-separated columns`);
    expect(result.outExists).toBe(false);
  });

  it('names a --rules folder that does not exist', () => {
    const missing = path.join(os.tmpdir(), `zhextract-no-rules-${process.pid}`);
    const result = runCli(['extract', ARTICLES, '--rules', missing]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^zhextract: bad rules: .*rules directory not found\n$/);
    expect(result.stderr).toContain(missing);
    expect(result.stdout).toBe('');
  });

  it('accepts a well-formed rules folder (the same files, fixed)', () => {
    const dir = rulesDir({ 'money-units.tsv': 'unit\tcurrency\n块\tCNY\n', 'boilerplate.tsv': 'pattern\treason\n^扫码$\tQR\n' });
    const result = runCli(['extract', path.join(ARTICLES, '000_03353b2c7b3bde85.txt'), '--rules', dir, '--format', 'jsonl', '--jobs', '1']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).mentions.length).toBeGreaterThan(0);
  });
});
