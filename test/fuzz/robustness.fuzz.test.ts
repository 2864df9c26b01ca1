import * as fs from 'node:fs';
import * as path from 'node:path';
import * as fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractHtmlText } from '../../src/input/html';
import { fromBytes } from '../../src/input/read';
import type { InputDocument } from '../../src/input/types';
import { schemaErrors } from '../../src/model/schema';
import { MAX_SENTENCE_CHARS, Pipeline } from '../../src/pipeline/process';
import { runCli } from '../helpers/cli';
import { tempDir } from '../helpers/temp';

// Issue 17's fuzz and fault properties: truncated HTML never crashes; offsets
// map back to the text; sentences stay bounded on unpunctuated runs; the
// output is the same with --jobs 1 and --jobs 2.

const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
let pipeline: Pipeline;
beforeAll(() => {
  pipeline = Pipeline.create({});
});

const document = (text: string): InputDocument => fromBytes({ doc: 'f.txt', path: 'f.txt', bytes: Buffer.from(text, 'utf8'), html: false }) as InputDocument;

/** Plain simplified Chinese news pieces: nothing the cleaner rewrites, so offsets must give back the mention's text exactly. */
const CLEAN_PIECE = fc.constantFrom(
  '投资', '援藏资金', '约', '同比增长', '今年', '2019年', '2023年5月', '日喀则市', '拉萨市', '珠穆朗玛峰', '雅鲁藏布江',
  '1.5亿元', '3000万元', '12%', '5个百分点', '两个', '三项', '120名', '十三五', '四千', '八百万元', '共计', '。', '，', '、', '\n',
);
const CLEAN_TEXT = fc.array(CLEAN_PIECE, { maxLength: 50 }).map((p) => p.join(''));

describe('fuzz: offsets map back to the text', () => {
  it('the original text at [start, end) is the mention’s text, inside its sentence', () => {
    fc.assert(
      fc.property(CLEAN_TEXT, (text) => {
        const input = document(text);
        const record = pipeline.process(input);
        expect(schemaErrors(record)).toEqual([]);
        const points = [...text];
        for (const mention of record.mentions) {
          expect(points.slice(mention.start, mention.end).join('')).toBe(mention.text);
          expect(mention.sentence).toContain(mention.text);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('fuzz: bounded sentences on unpunctuated runs', () => {
  it('caps every sentence and keeps the whole sentence’s offsets', () => {
    fc.assert(
      fc.property(fc.constantFrom('增长5个百分点，', '2020年', '投资1亿元', '十'), fc.integer({ min: 100, max: 2000 }), (unit, copies) => {
        const text = unit.repeat(copies);
        const record = pipeline.process(document(text));
        expect(schemaErrors(record)).toEqual([]);
        for (const mention of record.mentions) {
          expect(mention.sentence.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS + mention.text.length);
          expect(mention.sentence).toContain(mention.text);
          if (text.length > MAX_SENTENCE_CHARS) expect([mention.sentence_start, mention.sentence_end]).toEqual([0, text.length]);
        }
      }),
      { numRuns: 10 },
    );
  });

  it('20,000 unpunctuated clauses: output in proportion to the input, not its square', () => {
    const text = '增长5个百分点，'.repeat(20_000);
    const record = pipeline.process(document(text));
    expect(record.mentions.length).toBeGreaterThanOrEqual(20_000);
    expect(JSON.stringify(record).length).toBeLessThan(text.length * 100);
  });
});

describe('fuzz: truncated and deeply nested HTML', () => {
  const PAGE = `<html><head><title>新闻</title></head><body><nav>首页</nav><div class="article"><h1>2023年投资</h1><p>今年投资1.5亿元，增长12%。</p><p>拉萨市<b>新增</b>就业120名。</p></div><footer>版权</footer></body></html>`;

  it('a page cut anywhere is read without a crash and gives a sound record', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: PAGE.length }), (cut) => {
        const item = fromBytes({ doc: 'p.html', path: 'p.html', bytes: Buffer.from(PAGE.slice(0, cut)), html: true });
        if (item.kind === 'failure') return;
        expect(schemaErrors(pipeline.process(item))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('50,000 nested elements are read in linear time', () => {
    const depth = 50_000;
    const html = `<html><body>${'<div>'.repeat(depth)}<p>投资1亿元</p>${'</div>'.repeat(depth)}</body></html>`;
    const started = Date.now();
    expect(extractHtmlText(Buffer.from(html)).text).toContain('投资1亿元');
    expect(Date.now() - started).toBeLessThan(3000); // 18-40 s before the linear depth check
  });
});

describe('fuzz: --jobs 1 and --jobs 2 give the same output', () => {
  it('on a folder of generated noisy documents (and a few that fail)', () => {
    const dir = tempDir('fuzz-jobs');
    const texts = fc.sample(CLEAN_TEXT, { numRuns: 12, seed: 17 });
    texts.forEach((text, i) => fs.writeFileSync(path.join(dir, `${String(i).padStart(2, '0')}.txt`), text));
    fs.writeFileSync(path.join(dir, '99-binary.txt'), Buffer.alloc(1000, 1));
    const one = runCli(['extract', dir, '--format', 'jsonl', '--jobs', '1', '--quiet']);
    const two = runCli(['extract', dir, '--format', 'jsonl', '--jobs', '2', '--quiet']);
    expect(one.status).toBe(1);
    expect(two.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(one.stdout.trim().split('\n')).toHaveLength(texts.length);
  });
});
