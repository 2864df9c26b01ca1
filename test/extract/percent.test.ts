import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromBytes } from '../../src/input/read';
import type { InputDocument } from '../../src/input/types';
import { Pipeline } from '../../src/pipeline/process';
import { brief, extractWith } from '../helpers/extract';

const percents = (text: string) => brief(extractWith(['percent'], text));

describe('percent extractor', () => {
  it('reads plain percentages', () => {
    expect(percents('基础设施类项目19个，总投资1.16亿元，占比87.8%；')).toEqual([
      { text: '87.8%', value: 87.8, unit: '%', approx: 'exact' },
    ]);
  });

  it('reads qualifiers before and after as approx', () => {
    expect(percents('改善民生资金超过80%。')).toEqual([{ text: '80%', value: 80, unit: '%', approx: 'over' }]);
    expect(percents('援藏资金80%以上投到县及以下基层')).toEqual([{ text: '80%', value: 80, unit: '%', approx: 'over' }]);
    expect(percents('增长约12.5%')).toEqual([{ text: '12.5%', value: 12.5, unit: '%', approx: 'about' }]);
  });

  it('reads a qualifier even where jieba glues it to the word before (中约)', () => {
    expect(percents('援青资金中约百分之二十用于生态保护')).toEqual([{ text: '百分之二十', value: 20, unit: '%', approx: 'about' }]);
  });

  it('does not read the end of a longer word (最近, 节约) as a qualifier', () => {
    expect(percents('最近5%的增长')).toEqual([{ text: '5%', value: 5, unit: '%', approx: 'exact' }]);
  });

  it('reads 百分之 with Chinese numerals', () => {
    expect(percents('增长了百分之三十')).toEqual([{ text: '百分之三十', value: 30, unit: '%', approx: 'exact' }]);
    expect(percents('下降百分之十二点五')).toEqual([{ text: '百分之十二点五', value: 12.5, unit: '%', approx: 'exact' }]);
  });

  it('reads percentage points with unit pp', () => {
    expect(percents('比上年提高21.8个百分点')).toEqual([{ text: '21.8个百分点', value: 21.8, unit: 'pp', approx: 'exact' }]);
  });

  it('splits numbers listed before one unit', () => {
    expect(percents('分别提高44.3和5.4个百分点')).toEqual([
      { text: '44.3', value: 44.3, unit: 'pp', approx: 'exact' },
      { text: '5.4个百分点', value: 5.4, unit: 'pp', approx: 'exact' },
    ]);
    expect(percents('分别增长54、42个百分点')).toEqual([
      { text: '54', value: 54, unit: 'pp', approx: 'exact' },
      { text: '42个百分点', value: 42, unit: 'pp', approx: 'exact' },
    ]);
  });

  it('reads a range with value_max', () => {
    expect(percents('利率为3%-5%')).toEqual([{ text: '3%-5%', value: 3, value_max: 5, unit: '%', approx: 'exact' }]);
  });

  it('reads a sign as negative, and leaves 下降 alone', () => {
    expect(percents('同比-12.5%，环比－8%，增速负4.1%，下降8%')).toEqual([
      { text: '-12.5%', value: -12.5, unit: '%', approx: 'exact' },
      { text: '－8%', value: -8, unit: '%', approx: 'exact' },
      { text: '负4.1%', value: -4.1, unit: '%', approx: 'exact' },
      { text: '8%', value: 8, unit: '%', approx: 'exact' },
    ]);
  });

  it('reads 千分之, 万分之 and ‰ in percent units', () => {
    expect(percents('千分之1.5、万分之五、仟分之二和3‰').map((m) => m.value)).toEqual([0.15, 0.05, 0.2, 0.3]);
  });

  it('reads 成 as tenths, with its qualifiers, but not inside words and idioms', () => {
    expect(percents('七成、超七成、三成多、三成五')).toEqual([
      { text: '七成', value: 70, unit: '%', approx: 'exact' },
      { text: '七成', value: 70, unit: '%', approx: 'over' },
      { text: '三成多', value: 30, unit: '%', approx: 'over' },
      { text: '三成五', value: 35, unit: '%', approx: 'exact' },
    ]);
    expect(percents('一成不变，三五成群，三成员国，七成熟')).toEqual([]);
  });

  it('reads through OCR spacing', () => {
    expect(percents('提高1.8 个百分点，百分之五 十，增加四点 五个百分点').map((m) => [m.text, m.value, m.unit])).toEqual([
      ['1.8 个百分点', 1.8, 'pp'],
      ['百分之五 十', 50, '%'],
      ['四点 五个百分点', 4.5, 'pp'],
    ]);
  });

  it('ends a 百分之 numeral where a well-formed numeral ends (百分之七十百分位 is 70, never 170)', () => {
    expect(percents('百分之七十百分位')).toEqual([{ text: '百分之七十', value: 70, unit: '%', approx: 'exact' }]);
    expect(percents('百分之百')).toEqual([{ text: '百分之百', value: 100, unit: '%', approx: 'exact' }]);
  });

  it('finds no percent in percent-encoded links', () => {
    expect(percents('原文https://a.cn/n?id=%2D9114%29&q=30%25，搜索%E4%B8%AD，www.b.cn/x?p=5%')).toEqual([]);
    expect(percents('见https://a.cn/%2D1，同比增长5%')).toEqual([{ text: '5%', value: 5, unit: '%', approx: 'exact' }]);
  });
});

describe('percents in HTML pages', () => {
  const pipeline = Pipeline.create({ types: ['percent'] });
  const percentsOfPage = (file: string, bytes: Buffer) =>
    pipeline.process(fromBytes({ doc: file, path: file, bytes, html: true }) as InputDocument).mentions;
  /** Every link-like run of the page text: a URL, or ASCII holding a percent-encoded byte. */
  const linkRuns = (text: string) => [...text.matchAll(/[!-~]*(?:%[0-9A-Fa-f]{2}|:\/\/|www\.)[!-~]*/g)].map((m) => [m.index!, m.index! + m[0].length]);

  it('no percent of an HTML fixture lies in a link', () => {
    const dir = path.join(__dirname, '..', '..', 'fixtures', 'html');
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.html'))) {
      const bytes = fs.readFileSync(path.join(dir, file));
      const text = (fromBytes({ doc: file, path: file, bytes, html: true }) as InputDocument).text;
      const runs = linkRuns(text);
      for (const m of percentsOfPage(file, bytes)) {
        expect(runs.some(([s, e]) => m.start < e! && s! < m.end), `${file}: ${m.text}`).toBe(false);
      }
    }
  });

  it('a crawled page showing its links in the text gives only its real percent', () => {
    const page = Buffer.from(
      '<html><body><article><p>全年增长8.5%。</p><p>原文链接：https://news.example.cn/search?q=%E4%B8%AD%E5%9B%BD&rate=30%25&id=%2D9114%29</p></article></body></html>',
    );
    expect(percentsOfPage('crawled.html', page).map((m) => m.text)).toEqual(['8.5%']);
  });
});

