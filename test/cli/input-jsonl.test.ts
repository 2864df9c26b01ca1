import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJsonlLine } from '../../src/input/jsonl';
import { ARTICLES, ROOT, runCli } from '../helpers/cli';
import { tempDir } from '../helpers/temp';

// --input-jsonl: {"doc","text"} records on stdin → document records (JSON Lines) on stdout.

const SLOW = 180_000;
const NAMES = fs.readdirSync(ARTICLES).sort();
const textOf = (name: string) => fs.readFileSync(path.join(ARTICLES, name), 'utf8');

interface MentionLike {
  type: string;
  text: string;
  start: number;
  end: number;
  value?: unknown;
}

describe('zhextract extract --input-jsonl', () => {
  it(
    'turns each good line into a record, names bad lines by number and exits 1',
    () => {
      const lines = [
        JSON.stringify({ doc: 'first', text: textOf(NAMES[1]!) }),
        '{"doc": "broken", "text": ',
        JSON.stringify({ doc: 'second', text: textOf(NAMES[0]!), published: '2023-09-30' }),
        JSON.stringify({ doc: 'no-text' }),
        '',
        JSON.stringify({ doc: 'third', text: '今年投资1.5亿元，增长12%。' }),
      ];
      const result = runCli(['extract', '--input-jsonl', '--types', 'money,percent', '--jobs', '1'], { input: `${lines.join('\n')}\n` });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('zhextract: stdin:2: not valid JSON');
      expect(result.stderr).toContain('zhextract: stdin:4: "text" must be a string');
      expect(result.stderr.trim().split('\n')).toHaveLength(3);
      expect(result.stderr).toMatch(/zhextract done: 3 documents written, \d+ mentions, 2 failed/);

      // JSON Lines out (the default format in this mode), good lines in order.
      const records = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
      expect(records.map((r) => r.doc)).toEqual(['first', 'second', 'third']);
      expect(records[0].source).toMatchObject({ path: 'stdin:1', encoding: 'utf-8', bytes: Buffer.byteLength(textOf(NAMES[1]!)) });
      expect(records[1].referenceDate).toBe('2023-09-30');
      expect(records[1].referenceDateSource).toBe('sidecar');
      expect(records[2].mentions.map((m: MentionLike) => [m.type, m.text, m.value])).toEqual([
        ['money', '1.5亿元', 150000000],
        ['percent', '12%', 12],
      ]);
      // Offsets refer to the text as given on the line.
      const given = textOf(NAMES[1]!);
      for (const mention of records[0].mentions as MentionLike[]) expect(given.slice(mention.start, mention.end)).toBe(mention.text);
      expect(records[0].mentions.find((m: MentionLike) => m.text === '1.32亿元')).toMatchObject({ type: 'money', value: 132000000 });
    },
    SLOW,
  );

  it(
    'finds the same mentions as reading the article file, with --jobs 1 and --jobs 2 alike',
    () => {
      const input = NAMES.map((name) => JSON.stringify({ doc: name, text: textOf(name) })).join('\n');
      const one = runCli(['extract', '--input-jsonl', '--jobs', '1'], { input });
      const two = runCli(['extract', '--input-jsonl', '--jobs', '2'], { input });
      const files = runCli(['extract', ARTICLES, '--format', 'jsonl', '--jobs', '1']);
      expect(one.status).toBe(0);
      expect(two.stdout).toBe(one.stdout);
      const fromLines = one.stdout.trim().split('\n').map((line) => JSON.parse(line));
      const fromFiles = files.stdout.trim().split('\n').map((line) => JSON.parse(line));
      expect(fromLines.map((r) => r.doc)).toEqual(NAMES);
      expect(fromLines.map((r) => r.mentions)).toEqual(fromFiles.map((r) => r.mentions));
      expect(fromLines.map((r) => r.source.sha256)).toEqual(fromFiles.map((r) => r.source.sha256));
    },
    SLOW,
  );

  it('reads stdin redirected from a file (< batch.jsonl), not only a pipe', () => {
    const file = path.join(tempDir('jsonl'), 'batch.jsonl');
    fs.writeFileSync(file, ['甲', '乙', '丙'].map((doc, i) => JSON.stringify({ doc, text: `增长${i + 1}%` })).join('\n'));
    const stdin = fs.openSync(file, 'r');
    const result = spawnSync(process.execPath, [path.join(ROOT, 'bin/zhextract'), 'extract', '--input-jsonl', '--types', 'percent', '--jobs', '2'], {
      stdio: [stdin, 'pipe', 'pipe'],
      encoding: 'utf8',
    });
    fs.closeSync(stdin);
    expect(result.status).toBe(0);
    const records = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(records.map((r) => [r.doc, r.mentions[0].value])).toEqual([['甲', 1], ['乙', 2], ['丙', 3]]);
  });

  it('reads JSON Lines files named on the command line, and --format csv still applies', () => {
    const file = path.join(tempDir('jsonl'), 'batch.jsonl');
    fs.writeFileSync(file, `${JSON.stringify({ doc: 'x', text: '增长12%' })}\r\n`);
    const result = runCli(['extract', '--input-jsonl', file, '--types', 'percent', '--format', 'csv', '--jobs', '1']);
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')[1]).toMatch(/^x,增长12%,,percent,12%,12,/);
  });
});

describe('parseJsonlLine', () => {
  it('says what is wrong with a line', () => {
    expect(parseJsonlLine('[1,2]', 'in:7')).toEqual({ kind: 'failure', path: 'in:7', cause: 'expected an object {"doc": ..., "text": ...}' });
    expect(parseJsonlLine('{"doc": "", "text": "a"}', 'in:8')).toMatchObject({ cause: '"doc" must be a non-empty string' });
    expect(parseJsonlLine('{"doc": "a", "text": "b", "published": "last week"}', 'in:9')).toMatchObject({
      cause: '"published" "last week" is not a real date YYYY[-MM[-DD]] in year 1000 or later',
    });
  });

  it('refuses a published date before year 1000 or of the wrong type', () => {
    expect(parseJsonlLine('{"doc": "a", "text": "b", "published": "0999-01-01"}', 'in:1')).toMatchObject({ kind: 'failure', cause: expect.stringMatching(/year 1000 or later/) });
    expect(parseJsonlLine('{"doc": "a", "text": "b", "published": 2020}', 'in:2')).toMatchObject({ kind: 'failure', cause: expect.stringMatching(/found number 2020/) });
  });

  it('hashes the text as UTF-8, as reading a UTF-8 file would', () => {
    const item = parseJsonlLine('{"doc": "a", "text": "增长12%"}', 'stdin:1');
    expect(item).toMatchObject({
      kind: 'document',
      doc: 'a',
      text: '增长12%',
      source: { path: 'stdin:1', bytes: 9, sha256: '84430f9581b5291b00077403da7dfe07901abfddc2a1c7704c37f9fe237ee20b' },
    });
  });

  it('reads a file named .jsonl or .ndjson as JSON Lines without --input-jsonl, and refuses a mix with articles', () => {
    const dir = tempDir('jsonl');
    const lines = path.join(dir, 'batch.ndjson');
    const article = path.join(dir, 'article.txt');
    fs.writeFileSync(lines, `${JSON.stringify({ doc: 'y', text: '增长7%' })}\n`);
    fs.writeFileSync(article, '增长8%');
    const byName = runCli(['extract', lines, '--types', 'percent', '--jobs', '1']);
    expect(byName.status).toBe(0);
    const records = byName.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(records.map((r) => [r.doc, r.mentions[0].value])).toEqual([['y', 7]]);

    const mixed = runCli(['extract', lines, article, '--jobs', '1']);
    expect(mixed.status).toBe(2);
    expect(mixed.stderr).toContain(`${lines} is JSON Lines by its name and ${article} is not`);
    expect(mixed.stdout).toBe('');
  });
});
