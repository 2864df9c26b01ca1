import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLES, runCli, visibleFiles } from '../helpers/cli';
import { tempDir } from '../helpers/temp';

// --jobs N: worker threads, output in input order whatever N.

const SLOW = 240_000; // several CLI runs, each loading jieba once per worker
const ARTICLE_NAMES = fs.readdirSync(ARTICLES).sort();

describe('zhextract extract --jobs', () => {
  it(
    'writes byte-identical JSON Lines, in file order, with --jobs 1 and --jobs 4',
    () => {
      const one = runCli(['extract', ARTICLES, '--format', 'jsonl', '--jobs', '1']);
      const four = runCli(['extract', ARTICLES, '--format', 'jsonl', '--jobs', '4']);
      expect(one.status).toBe(0);
      expect(four.status).toBe(0);
      expect(four.stdout).toBe(one.stdout);
      const records = one.stdout.trim().split('\n').map((line) => JSON.parse(line));
      expect(records.map((r) => r.doc)).toEqual(ARTICLE_NAMES);
      expect(records.every((r) => r.mentions.length > 0)).toBe(true);
      // No progress bar on a pipe: only the end-of-run summary.
      expect(one.stderr).toMatch(/^zhextract done: 5 documents written, \d+ mentions, 0 failed, [\d.]+ s\n$/);
      expect(four.stderr.replace(/[\d.]+ s\n$/, '')).toBe(one.stderr.replace(/[\d.]+ s\n$/, ''));
    },
    SLOW,
  );

  it(
    'writes the same JSON array and the same --out folder with --jobs 1 and --jobs 3',
    () => {
      const arrayOne = runCli(['extract', ARTICLES, '--types', 'money,percent', '--jobs', '1']);
      const arrayThree = runCli(['extract', ARTICLES, '--types', 'money,percent', '--jobs', '3']);
      expect(arrayThree.stdout).toBe(arrayOne.stdout);
      expect(JSON.parse(arrayOne.stdout).map((r: { doc: string }) => r.doc)).toEqual(ARTICLE_NAMES);

      const [outOne, outThree] = [tempDir('jobs'), tempDir('jobs')];
      expect(runCli(['extract', ARTICLES, '--types', 'money', '--jobs', '1', '--out', outOne]).status).toBe(0);
      expect(runCli(['extract', ARTICLES, '--types', 'money', '--jobs', '3', '--out', outThree]).status).toBe(0);
      const files = visibleFiles(outOne);
      expect(files).toEqual([...ARTICLE_NAMES.map((n) => n.replace(/\.txt$/, '.json')), 'mentions.csv', 'facts.csv'].sort());
      expect(visibleFiles(outThree)).toEqual(files);
      for (const file of files) {
        expect(fs.readFileSync(path.join(outThree, file), 'utf8')).toBe(fs.readFileSync(path.join(outOne, file), 'utf8'));
      }
    },
    SLOW,
  );

  it(
    'names an unreadable input, exits 1 and still writes the others in order with --jobs 2',
    () => {
      const dir = tempDir('jobs');
      fs.copyFileSync(path.join(ARTICLES, ARTICLE_NAMES[0]!), path.join(dir, 'a.txt'));
      fs.writeFileSync(path.join(dir, 'b.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 0, 0xff, 0xfe, 0, 0, 0, 5, 6, 7, 0]));
      fs.copyFileSync(path.join(ARTICLES, ARTICLE_NAMES[1]!), path.join(dir, 'c.txt'));
      fs.copyFileSync(path.join(ARTICLES, ARTICLE_NAMES[2]!), path.join(dir, 'd.txt'));
      const result = runCli(['extract', dir, '--format', 'jsonl', '--types', 'money', '--jobs', '2']);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`zhextract: ${path.join(dir, 'b.txt')}: `);
      expect(result.stdout.trim().split('\n').map((line) => JSON.parse(line).doc)).toEqual(['a.txt', 'c.txt', 'd.txt']);
    },
    SLOW,
  );

  it(
    'stops with exit 2 before writing anything when the workers cannot load the rules',
    () => {
      const result = runCli(['extract', ARTICLES, '--format', 'jsonl', '--jobs', '2', '--rules', path.join(tempDir('jobs'), 'missing')]);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/^zhextract: bad rules: .*missing.*rules directory not found/);
      expect(result.stdout).toBe('');
    },
    SLOW,
  );

  it('rejects --jobs 0 and --jobs two as usage errors (exit 2)', () => {
    for (const jobs of ['0', 'two', '1.5']) {
      const result = runCli(['extract', ARTICLES, '--jobs', jobs]);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/expected a whole number from 1 to \d+/);
      expect(result.stdout).toBe('');
    }
  });
});
