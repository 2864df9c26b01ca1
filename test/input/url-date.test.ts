import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJsonlLine } from '../../src/input/jsonl';
import { readInputs } from '../../src/input/read';
import { dateOfUrl } from '../../src/input/url-date';
import { Pipeline } from '../../src/pipeline/process';
import type { InputDocument } from '../../src/input/types';
import { tempDir } from '../helpers/temp';

describe('dateOfUrl: the date a news page carries in its path', () => {
  it.each([
    ['http://news.example.cn/xinwen/2020/0723/12989.html', '2020-07-23'],
    ['http://www.example.gov.cn/zt/202102/t20210209_12331347.htm', '2021-02-09'],
    ['https://www.example.gov.cn/art/2024/9/20/art_15461_1113009.html', '2024-09-20'],
    ['https://example.com/news/2023-05-12/item.html', '2023-05-12'],
    ['https://example.com/a/20190301_88.shtml', '2019-03-01'],
    ['https://example.com/gov/201912/abc.html', '2019-12'],
    ['https://news.example.cn/article/202411/202411100756381717.html', '2024-11-10'],
  ])('%s → %s', (url, date) => {
    expect(dateOfUrl(url)).toBe(date);
  });

  it.each([
    ['an id, no date', 'http://www.example.gov.cn/contents/show/1370'],
    ['hex digits', 'http://www.example.com/doc/7177670e2df41966a'],
    ['a host of digits', 'http://103.249.53.35/index.html'],
    ['a day that does not exist', 'https://example.com/2023/0231/1.html'],
    ['a number too old to be a year', 'https://example.com/item/1234/0512/9.html'],
    ['a long id that is no timestamp', 'https://example.com/item/123456789012345.html'],
    ['not an address', '2023/0810 某某'],
  ])('none from %s', (_kind, url) => {
    expect(dateOfUrl(url)).toBeUndefined();
  });
});

describe('a page address given with an article', () => {
  const pipeline = Pipeline.create({ types: ['date'] });
  const text = '中新社北京8月10日电 财政部10日下达救灾资金。';

  it('dates the article where no published date is given (source url), so its month-days resolve', () => {
    const item = parseJsonlLine(JSON.stringify({ doc: 'a', text, url: 'http://example.com/news/2023/0810/1.html' }), 'stdin:1') as InputDocument;
    const record = pipeline.process(item);
    expect(record).toMatchObject({ referenceDate: '2023-08-10', referenceDateSource: 'url' });
    expect(record.mentions.map((m) => [m.text, (m as { value?: string }).value])).toContainEqual(['8月10日', '2023-08-10']);
  });

  it('yields to a published date, and is refused when it is no string', () => {
    const item = parseJsonlLine(JSON.stringify({ doc: 'a', text, published: '2023-08-11', url: 'http://example.com/2023/0810/1.html' }), 'x') as InputDocument;
    expect(pipeline.process(item)).toMatchObject({ referenceDate: '2023-08-11', referenceDateSource: 'sidecar' });
    expect(parseJsonlLine(JSON.stringify({ doc: 'a', text, url: 42 }), 'x')).toMatchObject({ kind: 'failure', cause: expect.stringContaining('"url" must be a string') });
  });

  it('is read from a sidecar beside the file', async () => {
    const dir = tempDir('url-sidecar');
    fs.writeFileSync(path.join(dir, 'a.txt'), text);
    fs.writeFileSync(path.join(dir, 'a.meta.json'), JSON.stringify({ url: 'http://example.com/202308/t20230810_5.htm' }));
    const items = [];
    for await (const item of readInputs([dir])) items.push(item);
    expect(items).toHaveLength(1);
    expect(pipeline.process(items[0] as InputDocument)).toMatchObject({ referenceDate: '2023-08-10', referenceDateSource: 'url' });
  });
});
