import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES, fromBytes, isArticleFile, looksLikeHtml, readInputs } from '../../src/input/read';
import type { InputDocument, InputFailure, InputItem } from '../../src/input/types';
import { tempDir } from '../helpers/temp';

async function readAll(paths: string[]): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readInputs(paths)) items.push(item);
  return items;
}
const documents = (items: InputItem[]) => items.filter((i): i is InputDocument => i.kind === 'document');
const failures = (items: InputItem[]) => items.filter((i): i is InputFailure => i.kind === 'failure');

describe('readInputs: folders and files', () => {
  it('walks a folder recursively in sorted order, reading only article extensions', async () => {
    const dir = tempDir('read');
    fs.mkdirSync(path.join(dir, 'b-sub'));
    fs.writeFileSync(path.join(dir, 'c.txt'), '第三篇');
    fs.writeFileSync(path.join(dir, 'a.md'), '第一篇');
    fs.writeFileSync(path.join(dir, 'b-sub', 'x.htm'), '<p>第二篇</p>');
    fs.writeFileSync(path.join(dir, 'notes.csv'), 'not an article');
    fs.writeFileSync(path.join(dir, 'c.meta.json'), '{"published":"2023-09-30"}');
    const docs = documents(await readAll([dir]));
    expect(docs.map((d) => [d.doc, d.text])).toEqual([
      ['a.md', '第一篇'],
      ['b-sub/x.htm', '第二篇'],
      ['c.txt', '第三篇'],
    ]);
    expect(docs[2]!.published).toBe('2023-09-30');
  });

  it('reads an empty file as a document with empty text, not an error', async () => {
    const file = path.join(tempDir('read'), 'empty.txt');
    fs.writeFileSync(file, '');
    const items = await readAll([file]);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'document', doc: 'empty.txt', text: '', source: { bytes: 0, encoding: 'utf-8' } });
  });

  it('records the encoding and the sha256 of the bytes', async () => {
    const file = path.join(tempDir('read'), 'gbk.txt');
    const bytes = iconv.encode('投资1065万元', 'gbk');
    fs.writeFileSync(file, bytes);
    const [doc] = documents(await readAll([file]));
    expect(doc!.text).toBe('投资1065万元');
    expect(doc!.source).toMatchObject({ path: file, bytes: bytes.length, encoding: 'gb18030' });
    expect(doc!.source.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('names a missing path and goes on with the next one', async () => {
    const dir = tempDir('read');
    const good = path.join(dir, 'good.txt');
    fs.writeFileSync(good, '正文');
    const missing = path.join(dir, 'missing.txt');
    const items = await readAll([missing, good]);
    expect(items).toEqual([{ kind: 'failure', path: missing, cause: 'no such file or directory' }, expect.objectContaining({ kind: 'document', doc: 'good.txt' })]);
  });

  it('names a path through a file (ENOTDIR)', async () => {
    const file = path.join(tempDir('read'), 'plain.txt');
    fs.writeFileSync(file, '正文');
    const [failure] = failures(await readAll([path.join(file, 'inner.txt')]));
    expect(failure).toEqual({ kind: 'failure', path: path.join(file, 'inner.txt'), cause: 'not a directory (a part of the path is a file)' });
  });

  it.skipIf(process.getuid?.() === 0)('names an unreadable file (permission denied)', async () => {
    const file = path.join(tempDir('read'), 'locked.txt');
    fs.writeFileSync(file, '正文');
    fs.chmodSync(file, 0o000);
    expect(failures(await readAll([file]))).toEqual([{ kind: 'failure', path: file, cause: 'permission denied' }]);
  });

  it('names a binary file misnamed .txt and still reads its neighbours', async () => {
    const dir = tempDir('read');
    fs.writeFileSync(path.join(dir, 'a.txt'), '第一篇');
    fs.writeFileSync(path.join(dir, 'b.txt'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    fs.writeFileSync(path.join(dir, 'c.txt'), '第三篇');
    const items = await readAll([dir]);
    expect(documents(items).map((d) => d.doc)).toEqual(['a.txt', 'c.txt']);
    expect(failures(items)).toEqual([{ kind: 'failure', path: path.join(dir, 'b.txt'), cause: expect.stringMatching(/binary file/) }]);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const file = path.join(tempDir('read'), 'huge.txt');
    fs.writeFileSync(file, '');
    fs.truncateSync(file, MAX_ARTICLE_BYTES + 1); // sparse: no disk used
    const [failure] = failures(await readAll([file]));
    expect(failure!.path).toBe(file);
    expect(failure!.cause).toMatch(/^too large for an article \(16\.0 MB; the limit is 16\.0 MB\)$/);
  });

  it('names a JSON Lines file found in a folder instead of skipping its articles silently, and reads the rest', async () => {
    const dir = tempDir('read');
    fs.writeFileSync(path.join(dir, 'a.txt'), '正文');
    fs.writeFileSync(path.join(dir, 'crawl.JSONL'), '{"doc":"x","text":"投资100万元"}\n');
    fs.writeFileSync(path.join(dir, 'notes.json'), '{}');
    const items = await readAll([dir]);
    expect(items.map((i) => (i.kind === 'document' ? i.doc : i.path))).toEqual(['a.txt', path.join(dir, 'crawl.JSONL')]);
    expect(failures(items)[0]!.cause).toMatch(/JSON Lines file inside a folder .*zhextract extract FILE\.jsonl/);
  });

  it('names a FIFO named .txt inside a folder instead of blocking on it or skipping it silently', async () => {
    const dir = tempDir('read');
    fs.writeFileSync(path.join(dir, 'a.txt'), '正文');
    execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
    const items = await readAll([dir]);
    expect(items.map((i) => (i.kind === 'document' ? i.doc : i.path))).toEqual(['a.txt', path.join(dir, 'pipe.txt')]);
    expect(failures(items)[0]!.cause).toMatch(/not a regular file \(a FIFO/);
  });

  it('refuses a link to a FIFO inside a folder at once, naming it, and reads the rest', async () => {
    const dir = tempDir('read');
    fs.writeFileSync(path.join(dir, 'a.txt'), '正文');
    execFileSync('mkfifo', [path.join(dir, 'pipe')]);
    fs.symlinkSync(path.join(dir, 'pipe'), path.join(dir, 'b.txt'));
    fs.writeFileSync(path.join(dir, 'c.txt'), '第三篇');
    const items = await readAll([dir]);
    expect(documents(items).map((d) => d.doc)).toEqual(['a.txt', 'c.txt']);
    expect(failures(items)).toEqual([
      { kind: 'failure', path: path.join(dir, 'b.txt'), cause: 'not a regular file (a FIFO, socket or device)' },
    ]);
  });
});

describe('readInputs: sidecar metadata', () => {
  it('takes published from <article>.meta.json', async () => {
    const dir = tempDir('read');
    fs.writeFileSync(path.join(dir, 'a.txt'), '今年投资100万元');
    fs.writeFileSync(path.join(dir, 'a.meta.json'), '{"published": "2023-09-30T08:00:00+08:00"}');
    const [doc] = documents(await readAll([path.join(dir, 'a.txt')]));
    expect(doc!.published).toBe('2023-09-30');
  });

  it('reports a malformed sidecar by name and still processes the article, undated', async () => {
    const dir = tempDir('read');
    fs.writeFileSync(path.join(dir, 'a.txt'), '今年投资100万元');
    fs.writeFileSync(path.join(dir, 'a.meta.json'), '{"published": ');
    const items = await readAll([dir]);
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({ kind: 'failure', path: path.join(dir, 'a.meta.json') });
    expect((items[0] as InputFailure).cause).toMatch(/not valid JSON, article processed without its date/);
    expect(items[1]).toMatchObject({ kind: 'document', doc: 'a.txt', text: '今年投资100万元' });
    expect((items[1] as InputDocument).published).toBeUndefined();
  });

  it('reports a sidecar that cannot be read (a link to itself) and still processes the article', async () => {
    const dir = tempDir('read');
    fs.writeFileSync(path.join(dir, 'a.txt'), '今年投资100万元');
    fs.symlinkSync('a.meta.json', path.join(dir, 'a.meta.json'));
    fs.writeFileSync(path.join(dir, 'b.txt'), '第二篇');
    const items = await readAll([dir]);
    expect(items.map((i) => i.kind)).toEqual(['failure', 'document', 'document']);
    expect(items[0]).toMatchObject({ path: path.join(dir, 'a.meta.json') });
    expect((items[0] as InputFailure).cause).toMatch(/sidecar unreadable, article processed without its date: too many levels/);
    expect(documents(items).map((d) => d.doc)).toEqual(['a.txt', 'b.txt']);
  });

  it('takes an article whose name leaves no room for a sidecar name as having none', async () => {
    const dir = tempDir('read');
    const name = `${'藏'.repeat(82)}.txt`; // 250 bytes: with .meta.json the name is too long
    fs.writeFileSync(path.join(dir, name), '今年投资100万元');
    const items = await readAll([dir]);
    expect(items).toEqual([expect.objectContaining({ kind: 'document', doc: name })]);
  });

  it.each([
    ['"yesterday"', /"published" "yesterday" is not a real date/],
    ['"2020-13-45"', /"published" "2020-13-45" is not a real date/],
    ['"0999"', /year 1000 or later/],
    ['12345', /must be a date string .* found number 12345/],
    ['{"y": 2020}', /must be a date string .* found an object/],
  ])('names a sidecar whose published is %s and processes the article undated', async (value, cause) => {
    const dir = tempDir('read');
    fs.writeFileSync(path.join(dir, 'a.txt'), '正文');
    fs.writeFileSync(path.join(dir, 'a.meta.json'), `{"published": ${value}}`);
    const items = await readAll([path.join(dir, 'a.txt')]);
    expect(items).toHaveLength(2);
    expect((items[0] as InputFailure).cause).toMatch(cause);
    expect((items[1] as InputDocument).published).toBeUndefined();
  });

  it('refuses a FIFO or a link to /dev/zero as a sidecar at once, and processes the article', async () => {
    const dir = tempDir('read');
    fs.writeFileSync(path.join(dir, 'a.txt'), '正文');
    execFileSync('mkfifo', [path.join(dir, 'a.meta.json')]);
    fs.writeFileSync(path.join(dir, 'b.txt'), '正文');
    fs.symlinkSync('/dev/zero', path.join(dir, 'b.meta.json'));
    const items = await readAll([dir]);
    expect(failures(items).map((f) => f.cause)).toEqual([
      expect.stringMatching(/sidecar refused.*not a regular file/),
      expect.stringMatching(/sidecar refused.*not a regular file/),
    ]);
    expect(documents(items).map((d) => d.doc)).toEqual(['a.txt', 'b.txt']);
  });

  it('names a folder that holds no article file', async () => {
    const dir = tempDir('read');
    fs.writeFileSync(path.join(dir, 'notes.pdf'), 'x');
    const items = await readAll([dir]);
    expect(items).toEqual([{ kind: 'failure', path: dir, cause: expect.stringMatching(/no article files/) }]);
  });
});

describe('fromBytes and helpers', () => {
  it('reads HTML bytes to their article text', () => {
    const item = fromBytes({ doc: 'a.html', path: 'a.html', bytes: Buffer.from('<html><body><nav><a>首页</a><a>新闻</a></nav><p>投资100万元</p></body></html>'), html: true });
    expect(item).toMatchObject({ kind: 'document', text: '投资100万元', source: { encoding: 'utf-8' } });
  });

  it('never throws: bad bytes become a failure naming the path', () => {
    expect(fromBytes({ doc: 'x', path: 'x.txt', bytes: Buffer.alloc(100), html: false })).toMatchObject({ kind: 'failure', path: 'x.txt' });
  });

  it('recognizes article file names and HTML on standard input', () => {
    expect(['a.txt', 'B.HTML', 'c.htm', 'd.md'].every(isArticleFile)).toBe(true);
    expect(['a.meta.json', 'a.csv', 'a.json'].some(isArticleFile)).toBe(false);
    expect(looksLikeHtml(Buffer.from('\uFEFF  <!DOCTYPE html><html>'))).toBe(true);
    expect(looksLikeHtml(Buffer.from('<HTML><body>'))).toBe(true);
    expect(looksLikeHtml(Buffer.from('投资<b>100</b>万元'))).toBe(false);
  });
});
