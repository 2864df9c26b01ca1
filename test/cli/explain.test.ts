import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatTrace } from '../../src/cli/explain-command';
import type { DraftMention } from '../../src/model/mention';
import { ARTICLES, runCli } from '../helpers/cli';

const ONE = path.join(ARTICLES, '001_2a4bfa5699e19441.txt');

describe('zhextract explain / extract --explain', () => {
  it('prints every proposed mention with its extractor, rule and verdict', () => {
    const result = runCli(['explain', ONE]);
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^001_2a4bfa5699e19441\.txt: reference date \d{4}/);
    const proposals = lines.slice(1);
    expect(proposals.length).toBeGreaterThan(20);
    for (const line of proposals) expect(line).toMatch(/^\[\d+,\d+\)\s+\S+\s+\S+\s+.+ → (kept|dropped: overlaps \S+ ".+" \(priority \d+ > \d+\))$/);
    // Every proposal the trace calls kept is in the record (the fixtures have no overlap to settle: see the unit test below).
    const kept = proposals.filter((line) => line.endsWith('→ kept')).length;
    const record = JSON.parse(runCli(['extract', ONE, '--format', 'jsonl']).stdout);
    expect(kept).toBe(record.mentions.length);
  });

  it('extract --explain prints the same trace, and takes exactly one article', () => {
    expect(runCli(['extract', '--explain', ONE]).stdout).toBe(runCli(['explain', ONE]).stdout);
    const two = runCli(['extract', '--explain', ONE, ONE]);
    expect(two.status).toBe(2);
    expect(two.stderr).toContain('--explain takes exactly one article file');
    expect(runCli(['extract', '--explain', '-'], { input: fs.readFileSync(ONE) }).stdout).toContain('→ kept');
  });
});

describe('formatTrace', () => {
  const draft = (type: string, text: string, cleanStart: number, rule: string) =>
    ({ type, text, cleanStart, cleanEnd: cleanStart + text.length, rule }) as unknown as DraftMention;

  it('names the mention a dropped proposal lost to, with both priorities, in text order', () => {
    const money = draft('money', '3亿元', 2, 'money.amount');
    const count = draft('count', '3亿', 2, 'count.bare');
    const date = draft('date', '2023年', 0, 'date.year');
    const text = formatTrace({
      proposed: [
        { extractor: 'money', mention: money },
        { extractor: 'count', mention: count },
        { extractor: 'date', mention: date },
      ],
      dropped: [{ mention: count, by: money }],
    });
    const lines = text.trim().split('\n');
    expect(lines[0]).toMatch(/^\[0,5\)\s+date\s+date\s+2023年  date\.year  → kept$/);
    expect(lines.find((l) => l.includes('count.bare'))).toMatch(/→ dropped: overlaps money "3亿元" \(priority \d+ > \d+\)$/);
    expect(lines.filter((l) => l.endsWith('→ kept'))).toHaveLength(2);
  });

  it('says so when nothing was proposed', () => {
    expect(formatTrace({ proposed: [], dropped: [] })).toBe('(no mentions proposed)\n');
  });
});
