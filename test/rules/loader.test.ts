import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RuleFileError, RuleSet, compilesAsRegex, oneOf, parseRuleFile, type RuleFileSpec } from '../../src/rules/loader';
import { tempDir } from '../helpers/temp';

const spec: RuleFileSpec = { file: 'approx-test.tsv', columns: ['word', 'approx'], check: oneOf('approx', ['exact', 'over']) };

describe('parseRuleFile', () => {
  it('reads rows by column name, skipping comments and blank lines', () => {
    const rows = parseRuleFile('x.tsv', '# comment\nword\tapprox\n\n余\tover\n达\texact\n', spec);
    expect(rows.map((r) => [r.cells.word, r.cells.approx, r.line])).toEqual([
      ['余', 'over', 4],
      ['达', 'exact', 5],
    ]);
  });

  it('names the file and line of a malformed rule', () => {
    expect(() => parseRuleFile('x.tsv', 'word\tapprox\n余\tsometimes\n', spec)).toThrow('x.tsv:2: column "approx" must be one of exact, over');
    expect(() => parseRuleFile('x.tsv', 'word\tapprox\n余\tover\textra\n', spec)).toThrow('x.tsv:2: expected at most 2');
    expect(() => parseRuleFile('x.tsv', 'word\tkind\n', spec)).toThrow(RuleFileError);
    expect(() => parseRuleFile('x.tsv', '# only a comment\n', spec)).toThrow('missing header line');
  });

  it('rejects a pattern that is not a regular expression', () => {
    const patterns: RuleFileSpec = { file: 'p.tsv', columns: ['pattern'], check: compilesAsRegex('pattern') };
    expect(() => parseRuleFile('p.tsv', 'pattern\n^(扫码\n', patterns)).toThrow(/p\.tsv:2: column "pattern" is not a valid regular expression/);
  });
});

describe('RuleSet with a user directory', () => {
  it('adds the user rows after the built-in ones and removes rows marked with -', () => {
    const dir = tempDir('rules');
    fs.writeFileSync(path.join(dir, 'money-units.tsv'), 'unit\tcurrency\n泰铢\tTHB\n-块钱\n');
    const rows = RuleSet.withUserDir(dir).load({ file: 'money-units.tsv', columns: ['unit', 'currency'], required: 1 });
    const units = rows.map((r) => r.cells.unit);
    expect(units).toContain('泰铢');
    expect(units).toContain('元');
    expect(units).not.toContain('块钱');
  });

  it('reports a missing rules directory', () => {
    expect(() => RuleSet.withUserDir('/no/such/rules')).toThrow('/no/such/rules: rules directory not found');
  });
});
