import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as iconv from 'iconv-lite';
import { tempDir } from './temp';

// The messy archive of issue 6, built in a temporary folder (never committed):
// a GB18030 copy of a seed, its UTF-8 original, an empty file, 200 KB of
// random bytes named .txt and a 5 MB article on a single line.

export const SEED_NAME = '000_03353b2c7b3bde85.txt';
export const SEED_PATH = path.resolve(__dirname, '../../fixtures/articles', SEED_NAME);
export const LONG_LINE_BYTES = 5 * 1024 * 1024;

export interface BadInputFolder {
  dir: string;
  /** File names inside `dir`. */
  gb18030: string;
  original: string;
  empty: string;
  binary: string;
  longLine: string;
}

export function makeBadInputFolder(): BadInputFolder {
  const dir = tempDir('bad-input');
  const seed = fs.readFileSync(SEED_PATH, 'utf8');
  const folder: BadInputFolder = {
    dir,
    gb18030: 'a-gb18030-copy.txt',
    original: 'b-utf8-original.txt',
    empty: 'c-empty.txt',
    binary: 'd-random-bytes.txt',
    longLine: 'e-one-line-5mb.txt',
  };
  fs.writeFileSync(path.join(dir, folder.gb18030), iconv.encode(seed, 'gb18030'));
  fs.writeFileSync(path.join(dir, folder.original), seed);
  fs.writeFileSync(path.join(dir, folder.empty), '');
  fs.writeFileSync(path.join(dir, folder.binary), randomBytes(200 * 1024));
  fs.writeFileSync(path.join(dir, folder.longLine), oneLineArticle(seed, LONG_LINE_BYTES));
  return folder;
}

/** The seed's paragraphs run together without a single newline, repeated to `bytes` bytes of UTF-8. */
export function oneLineArticle(seed: string, bytes: number): Buffer {
  const line = seed.replace(/\s+/g, '');
  const copies = Math.ceil(bytes / Buffer.byteLength(line));
  return Buffer.from(line.repeat(copies), 'utf8');
}

/** Every file under `dir` whose name says it is a temporary (atomic-file.ts names them .<name>.<pid>.<random>.tmp). */
export function leftoverTemporaries(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.tmp'));
}
