import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Mention } from '../../src/model/mention';
import { Pipeline } from '../../src/pipeline/process';

// Spec cases kept as data (as Recognizers-Text shares its spec files between
// implementations): every test/cases/<type>.jsonl line is one case, run
// through the whole pipeline (clean, tokenize, extract, refine). Format:
//
//   {"input": "…", "type": "date", "reference_date": "2018-05-20",
//    "expected": [{"text": "今天", "value": "2018-05-20"}],
//    "kind": "relative day", "gap": "why it still fails"}
//
// - `expected` lists the mentions of `type` in document order; each is
//   compared on the fields it gives only. `[]` makes a negative case: no
//   mention of that type may be found.
// - `reference_date` (YYYY[-MM[-DD]]) stands for the publication date; null
//   or absent means none is given (the pipeline may infer one).
// - `gap`: a known failure, kept in the data. The case must still fail
//   (it.fails): when the gap is closed, remove the mark.

interface Case {
  input: string;
  type: Mention['type'];
  reference_date?: string | null;
  expected: Array<Record<string, unknown>>;
  kind?: string;
  gap?: string;
}

const casesDir = __dirname;
const caseFiles = fs.readdirSync(casesDir).filter((f) => f.endsWith('.jsonl')).sort();
const pipeline = Pipeline.create();

function readCases(file: string): Case[] {
  const lines = fs.readFileSync(path.join(casesDir, file), 'utf8').split('\n');
  const cases: Case[] = [];
  lines.forEach((line, index) => {
    if (line.trim() === '' || line.startsWith('//')) return;
    try {
      cases.push(JSON.parse(line) as Case);
    } catch (error) {
      throw new Error(`${file}:${index + 1}: ${(error as Error).message}`);
    }
  });
  return cases;
}

function found(testCase: Case): Array<Record<string, unknown>> {
  const record = pipeline.process(
    {
      kind: 'document',
      doc: 'case.txt',
      text: testCase.input,
      source: { path: 'case.txt', bytes: Buffer.byteLength(testCase.input), sha256: '0'.repeat(64), encoding: 'utf-8' },
    },
    testCase.reference_date ?? undefined,
  );
  return record.mentions.filter((m) => m.type === testCase.type) as unknown as Array<Record<string, unknown>>;
}

/** The found mentions cut down to the fields each expected mention names. */
function comparable(actual: Array<Record<string, unknown>>, expected: Array<Record<string, unknown>>): unknown[] {
  return actual.map((mention, i) => {
    const fields = Object.keys(expected[i] ?? { text: 1 });
    return Object.fromEntries(fields.map((field) => [field, mention[field]]));
  });
}

for (const file of caseFiles) {
  describe(file, () => {
    const cases = readCases(file);
    it('is a well-formed case file', () => {
      for (const c of cases) {
        expect(typeof c.input, JSON.stringify(c)).toBe('string');
        expect(Array.isArray(c.expected), JSON.stringify(c)).toBe(true);
        expect(c.type, JSON.stringify(c)).toBe(file.replace(/\.jsonl$/, ''));
      }
    });
    cases.forEach((c, index) => {
      const name = `${index + 1}: ${c.input.slice(0, 40)}${c.kind ? ` [${c.kind}]` : ''}`;
      const check = () => {
        const actual = found(c);
        expect(comparable(actual, c.expected), `reference date ${c.reference_date ?? 'none'}`).toEqual(c.expected);
      };
      if (c.gap) it.fails(`${name} (known gap: ${c.gap})`, check);
      else it(name, check);
    });
  });
}
