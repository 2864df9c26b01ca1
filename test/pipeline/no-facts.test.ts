import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InputDocument } from '../../src/input/types';
import { Pipeline } from '../../src/pipeline/process';
import { RuleFileError } from '../../src/rules/loader';
import { ARTICLES, runCli } from '../helpers/cli';
import { tempDir } from '../helpers/temp';

// --no-facts skips fact linking: the mentions stay exactly those of a full
// run, and the records say nothing of facts (rather than an empty list that
// would read as "no facts found").

const name = '001_2a4bfa5699e19441.txt';
const text = fs.readFileSync(path.join(ARTICLES, name), 'utf8');
const doc: InputDocument = { kind: 'document', doc: name, text, source: { path: name, bytes: text.length, sha256: '0'.repeat(64), encoding: 'utf-8' } };

describe('--no-facts', () => {
  it('keeps every mention of a full run and writes no facts field', () => {
    const full = Pipeline.create().process(doc, '2023');
    expect(full.facts!.length).toBeGreaterThan(0);
    const bare = Pipeline.create({ facts: false }).process(doc, '2023');
    expect(bare.mentions).toEqual(full.mentions);
    expect('facts' in bare).toBe(false);
  });

  it('still checks the fact rule file, though it builds no linker from it', () => {
    const rulesDir = tempDir('rules');
    fs.writeFileSync(path.join(rulesDir, 'fact-words.tsv'), 'word\trole\nabc\tno-such-role\n');
    expect(() => Pipeline.create({ facts: false, rulesDir })).toThrow(RuleFileError);
    expect(() => Pipeline.create({ types: ['date'], rulesDir })).toThrow(RuleFileError);
  });

  it('leaves the facts of a run without money empty, as filtering them did', () => {
    const record = Pipeline.create({ types: ['date', 'place'] }).process(doc, '2023');
    expect(record.facts).toEqual([]);
  });

  it('refuses --format facts-csv with --no-facts (exit 2, naming both)', () => {
    const run = runCli(['extract', path.join(ARTICLES, name), '--format', 'facts-csv', '--no-facts', '--jobs', '1']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/facts-csv.*--no-facts/);
  });

  it('writes records without facts from the command line', () => {
    const run = runCli(['extract', path.join(ARTICLES, name), '--format', 'jsonl', '--no-facts', '--jobs', '1', '--quiet']);
    expect(run.status).toBe(0);
    const record = JSON.parse(run.stdout.trim());
    expect(record.mentions.length).toBeGreaterThan(0);
    expect(record).not.toHaveProperty('facts');
  });
});
