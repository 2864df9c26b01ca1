import * as fs from 'node:fs';
import * as path from 'node:path';
import * as iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { BinaryInputError } from '../../src/input/decode';
import { articleText, collapseWhitespace, declaredCharset, extractHtmlText, flatText, withoutSiteName } from '../../src/input/html';

const HTML_FIXTURES = path.resolve(__dirname, '../../fixtures/html');
const PAGES = ['changchun-aid', 'shandong-aid', 'tibet-meeting'] as const;
const page = (name: string) => fs.readFileSync(path.join(HTML_FIXTURES, `${name}.html`));
const expectedText = (name: string) => fs.readFileSync(path.join(HTML_FIXTURES, 'expected', `${name}.txt`), 'utf8').trimEnd();

describe('extractHtmlText on realistic news pages', () => {
  it.each(PAGES)('%s: title, paragraphs and captions, nothing else', (name) => {
    const { text, encoding } = extractHtmlText(page(name));
    expect(encoding).toBe('utf-8');
    expect(text).toBe(expectedText(name));
  });

  it.each(PAGES)('%s: no navigation, script, style, sidebar, share bar or footer text', (name) => {
    const { text } = extractHtmlText(page(name));
    for (const noise of ['首页', '版权所有', 'ICP备', '分享到', '相关新闻', '相关阅读', '图片新闻', 'var ', 'text-indent', '网友评论', '上一页', '来源：大众日报', '热点排行', '责任编辑', '限时优惠', '年化收益']) {
      expect(text).not.toContain(noise);
    }
  });

  it('changchun-aid: decodes entities, joins a source line wrapped inside 1065万元, and splits at <br>', () => {
    const { text } = extractHtmlText(page('changchun-aid'));
    expect(text).toContain('年度投资1065万元；');
    expect(text).toContain('“吉林日喀则对口支援工作座谈会及捐赠仪式”');
    expect(text).toContain('如何开创新局？\n\n党建是第一抓手');
    expect(text).toContain('\n\n长春援藏乡村振兴产业基地。\n\n'); // a <figcaption> is its own paragraph
  });

  it('shandong-aid: a GB18030 copy declaring gb2312 in <meta> yields the same text', () => {
    const gbk = iconv.encode(page('shandong-aid').toString('utf8'), 'gb18030');
    const decoded = extractHtmlText(gbk);
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.text).toBe(expectedText('shandong-aid'));
  });

  it('tibet-meeting: paragraphs separated only by <br><br> and &nbsp; indents', () => {
    const paragraphs = extractHtmlText(page('tibet-meeting')).text.split('\n\n');
    expect(paragraphs[3]!.startsWith('8月27日，第四次对口支援西藏工作会议在拉萨召开。')).toBe(true);
    expect(paragraphs).toContain('对口援藏：改善民生 凝聚人心');
  });
});

describe('charset handling', () => {
  it('honours <meta charset> and <meta http-equiv> declarations', () => {
    expect(declaredCharset(Buffer.from('<html><head><meta charset="GBK"></head>'))).toBe('gb18030');
    expect(declaredCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />'))).toBe('gb18030');
    expect(declaredCharset(Buffer.from("<meta charset='big5'>"))).toBe('big5');
    expect(declaredCharset(Buffer.from('<meta charset="no-such-charset">'))).toBeUndefined();
    expect(declaredCharset(Buffer.from('<p>no meta</p>'))).toBeUndefined();
  });

  it('decodes a Big5 page by its declared charset', () => {
    const html = '<html><head><meta charset="big5"><title>臺灣新聞</title></head><body><p>投資一百萬元</p></body></html>';
    expect(extractHtmlText(iconv.encode(html, 'big5'))).toEqual({ text: '臺灣新聞\n\n投資一百萬元', encoding: 'big5' });
  });

  it('believes valid UTF-8 bytes over a stale gb2312 declaration', () => {
    const html = '<meta charset="gb2312"><p>投资100万元</p>';
    expect(extractHtmlText(Buffer.from(html, 'utf8'))).toEqual({ text: '投资100万元', encoding: 'utf-8' });
  });

  it('guesses GB18030 for an undeclared GBK page', () => {
    expect(extractHtmlText(iconv.encode('<p>投资100万元</p>', 'gbk'))).toEqual({ text: '投资100万元', encoding: 'gb18030' });
  });

  it('rejects random bytes named .html as binary', () => {
    const bytes = Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919 + 13) % 256));
    expect(() => extractHtmlText(bytes)).toThrow(BinaryInputError);
  });
});

describe('text rules', () => {
  it('takes the headline from <h1>, else from <title> without the site name', () => {
    expect(articleText('<title>标题甲_长春日报</title><h1>标题乙</h1><p>正文</p>')).toBe('标题乙\n\n正文');
    expect(articleText('<title>标题甲 - 人民网</title><p>正文</p>')).toBe('标题甲\n\n正文');
    expect(withoutSiteName('聚力“六个援藏” 建功雪域高原--大众网')).toBe('聚力“六个援藏” 建功雪域高原');
    expect(withoutSiteName('没有网站名的标题')).toBe('没有网站名的标题');
  });

  it('keeps inline markup inside a paragraph and table cells on one line', () => {
    expect(articleText('<p>约<strong>13</strong>亿元，增长<em>8.5%</em></p>')).toBe('约13亿元，增长8.5%');
    expect(articleText('<table><tr><td>2022年</td><td>1065万元</td></tr><tr><td>2023年</td><td>2220万元</td></tr></table>')).toBe(
      '2022年 1065万元\n\n2023年 2220万元',
    );
  });

  it('collapses HTML whitespace, dropping a line break between Chinese characters', () => {
    expect(collapseWhitespace('  投资1065\n      万元  ')).toBe('投资1065万元');
    expect(collapseWhitespace('China   Daily\nreport')).toBe('China Daily report');
    expect(collapseWhitespace('\u00a0\u00a0本报记者 孟凡明')).toBe('本报记者 孟凡明');
  });

  it('keeps an article <header> with its headline but drops the page header', () => {
    const html = '<header><a>网站首页</a></header><article><header><h1>标题</h1><p>副题</p></header><p>正文一</p></article>';
    expect(articleText(html)).toBe('标题\n\n副题\n\n正文一');
  });

  it('falls back to flat text for absurdly deep nesting, quickly and without a stack overflow', () => {
    const html = `<title>标题</title><script>var x = "5000万元";</script>${'<div>'.repeat(5000)}<p>投资100&nbsp;万元 &amp; 增长5%</p><p>第二段</p>${'</div>'.repeat(5000)}`;
    const started = Date.now();
    expect(articleText(html)).toBe('标题\n\n投资100 万元 & 增长5%\n\n第二段');
    expect(Date.now() - started).toBeLessThan(5000);
    expect(articleText(`${'<span>'.repeat(20000)}投资100万元${'</span>'.repeat(20000)}`)).toBe('投资100万元');
  });

  it('flatText: blocks become paragraphs, scripts, styles and comments go, entities are decoded', () => {
    expect(flatText('<h1>标题</h1><style>p{}</style><!-- 注释 --><p>投资&ldquo;100&rdquo;万元<br>下一段</p>')).toBe('标题\n\n投资“100”万元\n\n下一段');
  });

  it('returns empty text for a page without text', () => {
    expect(articleText('<html><head><script>var a = 1;</script></head><body></body></html>')).toBe('');
  });
});
