import * as fs from 'node:fs';
import * as path from 'node:path';
import * as fc from 'fast-check';
import * as iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromBytes } from '../../src/input/read';
import type { InputDocument, InputItem } from '../../src/input/types';
import type { DocumentRecord } from '../../src/model/mention';
import { schemaErrors } from '../../src/model/schema';
import { Pipeline } from '../../src/pipeline/process';

// Property-based tests of the whole path bytes → input stage → pipeline:
// whatever the bytes, no crash, every record schema-valid, every offset inside
// the decoded text (offsets are code points of the text the input stage made).

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
let pipeline: Pipeline;
beforeAll(() => {
  pipeline = Pipeline.create({});
});

const SEED_SENTENCES = fs
  .readFileSync(path.resolve(__dirname, '../../fixtures/articles/004_5a2fa0ad31230bfd.txt'), 'utf8')
  .split(/(?<=[。！？；\n])/)
  .map((s) => s.trim())
  .filter((s) => s.length > 0);

/** Pieces that news text is made of, with the noise archives add. */
const PIECE = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...SEED_SENTENCES) },
  { weight: 4, arbitrary: fc.constantFrom('投资', '援藏资金', '约', '近', '超过', '同比增长', '今年', '去年', '日喀则市', '定结县', '珠穆朗玛峰', '雅鲁藏布江', '第', '共计') },
  { weight: 4, arbitrary: fc.oneof(fc.nat({ max: 100_000 }).map(String), fc.double({ min: 0, max: 1e4, noNaN: true }).map((n) => n.toFixed(2)), fc.constantFrom('一', '两', '三', '十', '百', '千', '万', '亿', '〇', '零')) },
  { weight: 4, arbitrary: fc.constantFrom('万元', '亿元', '元', '美元', '%', '％', '个百分点', '年', '月', '日', '名', '个', '人次', '米', '平方米', '亩', '余', '多', '左右', '以上') },
  { weight: 3, arbitrary: fc.constantFrom('。', '，', '、', '；', '：', '“', '”', '（', '）', '……', '——', ',', '.', ';', '(', ')') },
  { weight: 3, arbitrary: fc.constantFrom('\n', '\r\n', '\n\n\n', ' ', '\t', '\u3000\u3000', '\u00a0', '\r', '\u2028', '\ufeff') },
  { weight: 2, arbitrary: fc.constantFrom('１２０', 'ＧＤＰ', '２０２３年', '萬元', '億元', '國家', '發展') },
  { weight: 2, arbitrary: fc.constantFrom('<p>', '</p>', '<br>', '&nbsp;', '&amp;', '# ', '## ', '- ', '* ', '1. ', '**', '扫码关注', '责任编辑：王某', '（完）', '原标题：') },
  { weight: 1, arbitrary: fc.constantFrom('😀', '𠀀', '𪚥', '\u0000', '\u0007', '\u001b[0m', '\u200b', '\u0301', '\uFFFD') },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);

const NOISY_CHINESE = fc.array(PIECE, { maxLength: 60 }).map((pieces) => pieces.join(''));

/** The checks every record must pass. */
function expectSound(record: DocumentRecord, input: InputDocument): void {
  expect(schemaErrors(record)).toEqual([]);
  const length = [...input.text].length;
  for (const mention of record.mentions) {
    expect(mention.start).toBeGreaterThanOrEqual(0);
    expect(mention.end).toBeGreaterThanOrEqual(mention.start);
    expect(mention.end).toBeLessThanOrEqual(length);
  }
}

function processItem(item: InputItem): DocumentRecord | undefined {
  if (item.kind === 'failure') {
    expect(item.cause.length).toBeGreaterThan(0);
    return undefined;
  }
  const record = pipeline.process(item);
  expectSound(record, item);
  return record;
}

const asDocument = (text: string): InputDocument => ({
  kind: 'document',
  doc: 'fuzz.txt',
  text,
  source: { path: 'fuzz.txt', bytes: text.length, sha256: '0'.repeat(64), encoding: 'utf-8' },
});

describe('fuzz: random bytes', () => {
  it('as .txt: a document with sound mentions, or a failure with a cause', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => {
        processItem(fromBytes({ doc: 'random.txt', path: 'random.txt', bytes: Buffer.from(bytes), html: false }));
      }),
      { numRuns: RUNS },
    );
  });

  it('as .html, and as HTML-looking bytes', () => {
    const htmlish = fc.tuple(fc.constantFrom('<html><meta charset="gbk">', '<p>', '<!DOCTYPE html><body>', ''), fc.uint8Array({ maxLength: 2048 }));
    fc.assert(
      fc.property(htmlish, ([head, bytes]) => {
        processItem(fromBytes({ doc: 'random.html', path: 'random.html', bytes: Buffer.concat([Buffer.from(head), bytes]), html: true }));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('fuzz: Chinese text with noise', () => {
  it('straight into the pipeline (lone surrogates, controls and all)', () => {
    fc.assert(
      fc.property(NOISY_CHINESE, (text) => {
        expectSound(pipeline.process(asDocument(text)), asDocument(text));
      }),
      { numRuns: RUNS },
    );
  });

  it('wrapped in a news page (paragraphs, entities, nav and footer noise), read as HTML', () => {
    const page = fc.array(NOISY_CHINESE, { maxLength: 6 }).map(
      (paragraphs) =>
        `<html><head><title>标题_网站</title><script>var n = "100万元";</script></head><body><nav><a>首页</a><a>新闻</a></nav>` +
        `<article><h1>标题</h1>${paragraphs.map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}<br>&nbsp;&ldquo;续&rdquo;</p>`).join('\n')}</article>` +
        `<footer>版权所有 京ICP备12345678号</footer></body></html>`,
    );
    fc.assert(
      fc.property(page, (html) => {
        const record = processItem(fromBytes({ doc: 'page.html', path: 'page.html', bytes: Buffer.from(html, 'utf8'), html: true }));
        if (record) expect(record.mentions.map((m) => m.text)).not.toContain('12345678');
      }),
      { numRuns: RUNS },
    );
  });

  it('through every encoding: same text back, and the same mentions as the UTF-8 copy', () => {
    const ENCODINGS = ['utf-8', 'gb18030', 'utf-16le', 'utf-16be'] as const;
    // Encodable text; a leading U+FEFF would be read as a byte order mark (test/input/decode.test.ts covers that).
    const wellFormed = NOISY_CHINESE.map((text) =>
      text
        .replace(/[\uD800-\uDFFF]/g, '?')
        .replace(/[\u0000-\u0008\u000b\u000e-\u001f]/g, '')
        .replace(/^\uFEFF+/, ''),
    );
    fc.assert(
      fc.property(wellFormed, fc.constantFrom(...ENCODINGS), (text, encoding) => {
        const utf8 = processItem(fromBytes({ doc: 'a.txt', path: 'a.txt', bytes: Buffer.from(text, 'utf8'), html: false }));
        const copyItem = fromBytes({ doc: 'a.txt', path: 'a.txt', bytes: encode(text, encoding), html: false });
        const copy = processItem(copyItem);
        if (!utf8 || !copy || copyItem.kind !== 'document') return;
        // Pure ASCII is the same bytes in UTF-8 and GB18030, and a few short GBK strings are also valid UTF-8:
        // compare when the copy was read as what it is.
        if (encoding === 'gb18030' && !copy.source.encoding.startsWith('gb18030')) return;
        expect(copyItem.text).toBe(text);
        expect(copy.mentions).toEqual(utf8.mentions);
      }),
      { numRuns: RUNS },
    );
  });
});

function encode(text: string, encoding: 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be'): Buffer {
  if (encoding === 'utf-16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]);
  if (encoding === 'utf-16be') return Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')]);
  return iconv.encode(text, encoding);
}
