import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/clean/index';

describe('HTML comments left in a page saved as text', () => {
  it('are removed inside a line, and offsets still map to the original', () => {
    const original = '项目总投资12亿元。<!-- 相关阅读：某公司斥资300亿 -->全部建成投产。';
    const cleaned = cleanText(original, []);
    expect(cleaned.text).toBe('项目总投资12亿元。全部建成投产。');
    const at = cleaned.text.indexOf('全部');
    const span = cleaned.mapped.originalSpan(at, at + 2);
    expect(original.slice(span.start, span.end)).toBe('全部');
    expect(cleaned.counts.markupMarks).toBe(1);
  });

  it('are removed across lines, with the lines they cover', () => {
    const cleaned = cleanText('第一段。<!-- 广告开始\n悬赏9600万\n广告结束 -->第二段。\n第三段。', []);
    expect(cleaned.text).toBe('第一段。\n第二段。\n第三段。');
  });

  it('leave a stray opening mark that is never closed as text', () => {
    expect(cleanText('箭头<!--不是注释\n第二行', []).text).toBe('箭头<!--不是注释\n第二行');
  });
});
