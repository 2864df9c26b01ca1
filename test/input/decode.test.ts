import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { BinaryInputError, decodeBytes, looksBinary } from '../../src/input/decode';

const SEED = fs.readFileSync(path.resolve(__dirname, '../../fixtures/articles/000_03353b2c7b3bde85.txt'), 'utf8');
const SENTENCE = '2022年实施援藏项目9个、年度投资1065万元；疫情防控期间援助专项资金200万元。';

describe('decodeBytes: encodings', () => {
  it('reads UTF-8 without a BOM as utf-8', () => {
    expect(decodeBytes(Buffer.from(SENTENCE, 'utf8'))).toEqual({ text: SENTENCE, encoding: 'utf-8' });
  });

  it('drops a UTF-8 BOM and says so', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SENTENCE, 'utf8')]);
    expect(decodeBytes(bytes)).toEqual({ text: SENTENCE, encoding: 'utf-8-bom' });
  });

  it('reads a GB18030 (GBK) copy of a seed article as exactly its UTF-8 text', () => {
    const decoded = decodeBytes(iconv.encode(SEED, 'gb18030'));
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.text).toBe(SEED);
  });

  it('reads GBK text even when it is mostly ASCII', () => {
    const text = `${'Reuters report, page 1. '.repeat(40)}北京`;
    expect(decodeBytes(iconv.encode(text, 'gbk'))).toEqual({ text, encoding: 'gb18030' });
  });

  it('reads characters outside GBK that only GB18030 has (4-byte sequences)', () => {
    const text = '𠀀字与€符号和䶮，共计5个';
    expect(decodeBytes(iconv.encode(text, 'gb18030'))).toEqual({ text, encoding: 'gb18030' });
  });

  it('reads UTF-16LE and UTF-16BE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(SENTENCE, 'utf-16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(SENTENCE, 'utf-16be')]);
    expect(decodeBytes(le)).toEqual({ text: SENTENCE, encoding: 'utf-16le' });
    expect(decodeBytes(be)).toEqual({ text: SENTENCE, encoding: 'utf-16be' });
  });

  it('drops a GB18030 BOM (84 31 95 33) like a UTF-8 one', () => {
    const bytes = iconv.encode(`\uFEFF${SENTENCE}`, 'gb18030');
    expect(decodeBytes(bytes)).toEqual({ text: SENTENCE, encoding: 'gb18030-bom' });
  });

  it('keeps a U+FEFF that follows a UTF-16 BOM: it is text, and offsets count it', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(`\uFEFF${SENTENCE}`, 'utf-16le')]);
    expect(decodeBytes(bytes).text).toBe(`\uFEFF${SENTENCE}`);
  });

  it('keeps a UTF-8 article with one damaged byte as UTF-8, not GB18030 mojibake', () => {
    const bytes = Buffer.from(SEED, 'utf8');
    bytes[200] = 0xff; // one corrupted byte in the middle of a character
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe('utf-8-lossy');
    expect(decoded.text).toContain('年度投资1065万元');
    expect([...decoded.text.matchAll(/\uFFFD/g)].length).toBeLessThanOrEqual(3);
  });

  it('keeps a UTF-8 article whose last character is cut off as UTF-8', () => {
    const bytes = Buffer.from(`${SENTENCE}中`, 'utf8');
    const decoded = decodeBytes(bytes.subarray(0, bytes.length - 1));
    expect(decoded.encoding).toBe('utf-8-lossy');
    expect(decoded.text.startsWith(SENTENCE)).toBe(true);
  });

  it('reads an empty file as empty text', () => {
    expect(decodeBytes(Buffer.alloc(0))).toEqual({ text: '', encoding: 'utf-8' });
  });
});

describe('decodeBytes: binary input', () => {
  it('rejects 200 KB of random bytes, saying why', () => {
    expect(() => decodeBytes(randomBytes(200 * 1024))).toThrow(BinaryInputError);
    expect(() => decodeBytes(randomBytes(200 * 1024))).toThrow(/binary file.*control or undecodable characters/);
  });

  it('rejects a NUL-padded file', () => {
    expect(() => decodeBytes(Buffer.alloc(4096))).toThrow(BinaryInputError);
  });

  it('rejects text followed by a long binary tail (the whole text is checked, not its start)', () => {
    const bytes = Buffer.concat([Buffer.from(SEED.repeat(8), 'utf8'), randomBytes(400 * 1024)]);
    expect(() => decodeBytes(bytes)).toThrow(BinaryInputError);
  });

  it('accepts tabs, form feeds, CRLF line ends and a stray control character', () => {
    const text = `标题\r\n\t第一段，投资100万元。\f\r\n第二段\u0007。`;
    expect(decodeBytes(Buffer.from(text, 'utf8')).text).toBe(text);
  });

  it('looksBinary: news text is not binary, control characters are', () => {
    expect(looksBinary(SEED)).toBe(false);
    expect(looksBinary('\u0000\u0001\u0002abc')).toBe(true);
    expect(looksBinary('')).toBe(false);
  });
});
