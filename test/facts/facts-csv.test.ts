import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FACTS_CSV_COLUMNS } from '../../src/output/facts-csv';
import { ARTICLES, runCli } from '../helpers/cli';
import { tempDir } from '../helpers/temp';

// facts.csv read back with a CSV reader (RFC 4180: quoted fields, doubled
// quotes, newlines inside quotes): one row per money mention, its columns
// matching the records.

/** A small RFC 4180 reader. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      if (c === '\r') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

describe('facts.csv', () => {
  it('the reader handles quotes, commas and newlines inside fields', () => {
    expect(parseCsv('a,"b,c","d ""e""\nf"\r\n1,2,3\n')).toEqual([['a', 'b,c', 'd "e"\nf'], ['1', '2', '3']]);
  });

  it('--out writes one row per money mention, matching the records', () => {
    const out = tempDir('facts-csv');
    const result = runCli(['extract', ARTICLES, '--out', out, '--jobs', '1']);
    expect(result.status, result.stderr).toBe(0);
    const rows = parseCsv(fs.readFileSync(path.join(out, 'facts.csv'), 'utf8'));
    expect(rows[0]).toEqual([...FACTS_CSV_COLUMNS]);
    const records = fs
      .readdirSync(out)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => JSON.parse(fs.readFileSync(path.join(out, f), 'utf8')));
    const money = records.flatMap((r) => r.mentions.filter((m: { type: string }) => m.type === 'money').map((m: any) => [r, m]));
    expect(money.length).toBeGreaterThan(0);
    expect(rows.length - 1).toBe(money.length);
    const column = (name: (typeof FACTS_CSV_COLUMNS)[number]) => FACTS_CSV_COLUMNS.indexOf(name);
    rows.slice(1).forEach((row, i) => {
      const [record, mention] = money[i]!;
      expect(row).toHaveLength(FACTS_CSV_COLUMNS.length);
      expect(row[column('doc')]).toBe(record.doc);
      expect(row[column('text')]).toBe(mention.text);
      expect(Number(row[column('value')])).toBe(mention.value);
      expect(row[column('sentence')]).toBe(mention.sentence);
      const fact = record.facts.find((f: { money: number }) => record.mentions[f.money] === undefined ? false : record.mentions[f.money].start === mention.start);
      expect(row[column('when')]).toBe(fact.when ?? '');
      expect(row[column('where_path')]).toBe(fact.where.map((w: { path: string }) => w.path).join('; '));
      expect(row[column('who')]).toBe(fact.who.join('; '));
    });
  });

  it('--format facts-csv streams the same rows to stdout', () => {
    const out = tempDir('facts-csv-stream');
    runCli(['extract', ARTICLES, '--out', out, '--jobs', '1']);
    const streamed = runCli(['extract', ARTICLES, '--format', 'facts-csv', '--jobs', '1']);
    expect(streamed.status, streamed.stderr).toBe(0);
    expect(streamed.stdout).toBe(fs.readFileSync(path.join(out, 'facts.csv'), 'utf8'));
  });
});
