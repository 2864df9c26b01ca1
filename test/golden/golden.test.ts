import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaErrors } from '../../src/model/schema';
import { ROOT, runCli } from '../helpers/cli';

// Golden outputs: the CLI's records for fixtures/articles must equal the
// reviewed copies in test/golden/expected/. After a deliberate change to the
// extraction, regenerate them with `npm run golden:update` and review the diff.

const expectedDir = path.join(__dirname, 'expected');
const expectedFiles = fs.readdirSync(expectedDir).filter((f) => f.endsWith('.json')).sort();

describe('golden outputs on fixtures/articles', () => {
  const result = runCli(['extract', 'fixtures/articles', '--format', 'jsonl'], { cwd: ROOT });
  const records = result.stdout.trim().split('\n').map((line) => JSON.parse(line));

  it('processes every fixture and exits 0', () => {
    expect(result.status).toBe(0);
    expect(records.map((r) => r.doc.replace(/\.txt$/, '.json'))).toEqual(expectedFiles);
  });

  it('writes only schema-valid records', () => {
    for (const record of records) expect(schemaErrors(record), record.doc).toEqual([]);
  });

  it.each(expectedFiles)('%s equals its reviewed golden output', (file) => {
    const expected = JSON.parse(fs.readFileSync(path.join(expectedDir, file), 'utf8'));
    const actual = records.find((r) => r.doc.replace(/\.txt$/, '.json') === file);
    expect(actual).toEqual(expected);
  });

  it('locates every mention in the original text', () => {
    for (const record of records) {
      const original = [...fs.readFileSync(path.join(ROOT, record.source.path), 'utf8')];
      for (const mention of record.mentions) {
        const source = original.slice(mention.start, mention.end).join('').replace(/\s+/g, '');
        expect(source.length, `${record.doc} ${mention.text}`).toBeGreaterThan(0);
        expect(mention.end).toBeLessThanOrEqual(original.length);
      }
    }
  });
});
