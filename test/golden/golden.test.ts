import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/clean/index';
import { schemaErrors } from '../../src/model/schema';
import { ROOT, runCli } from '../helpers/cli';

// Golden outputs: the CLI's records for fixtures/articles must equal the
// reviewed copies in test/golden/expected/. After a deliberate change to the
// extraction, regenerate them with `npm run golden:update` and review the diff.

const expectedDir = path.join(__dirname, 'expected');
const expectedFiles = fs.readdirSync(expectedDir).filter((f) => f.endsWith('.json')).sort();

/** The original span as the clean stage would read it (width, punctuation, simplified), spaces and breaks removed. */
function spanAsCleaned(original: readonly string[], start: number, end: number): string {
  return withoutSpace(cleanText(original.slice(start, end).join(''), []).text);
}

function withoutSpace(text: string): string {
  return text.replace(/\s+/g, '');
}

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

  it('locates every mention in the original text: its span, cleaned, reads as the mention text', () => {
    let compared = 0;
    for (const record of records) {
      const original = [...fs.readFileSync(path.join(ROOT, record.source.path), 'utf8')];
      for (const mention of record.mentions) {
        expect(mention.end, `${record.doc} ${mention.text}`).toBeLessThanOrEqual(original.length);
        expect(spanAsCleaned(original, mention.start, mention.end), `${record.doc} [${mention.start},${mention.end})`).toBe(
          withoutSpace(mention.text),
        );
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(0);
  });
});
