import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/clean/index';
import { Pipeline } from '../../src/pipeline/process';

describe('pinyin glosses left by mirror sites', () => {
  it('are removed after a Chinese character, and offsets still map to the original', () => {
    const original = '长(zhǎng)江与鄱阳(yáng)湖水位上涨';
    const cleaned = cleanText(original, []);
    expect(cleaned.text).toBe('长江与鄱阳湖水位上涨');
    const lake = cleaned.text.indexOf('鄱阳湖');
    const span = cleaned.mapped.originalSpan(lake, lake + 3);
    expect(original.slice(span.start, span.end)).toBe('鄱阳(yáng)湖');
    expect(cleaned.counts.markupMarks).toBe(2);
  });

  it('leave plain Latin in brackets alone (no tone mark, or not after a Chinese character)', () => {
    for (const text of ['空气质量(AQI)良好', '细颗粒物(pm)浓度', 'see (zhǎng) here']) {
      expect(cleanText(text, []).text).toBe(text);
    }
  });

  it('written without tones, are removed where the line glosses two characters at least', () => {
    expect(cleanText('湖北蕲(qi)春(chun)县新修公路', []).text).toBe('湖北蕲春县新修公路');
    expect(cleanText('沿长(chang)江与鄱阳(yáng)湖', []).text).toBe('沿长江与鄱阳湖');
  });

  it('leave a single toneless syllable, and English words or letters in brackets, alone', () => {
    for (const text of ['这家店名叫(an)记', '苹果(apple)和梨(pear)丰收', '按条款(a)和条款(b)执行', '细颗粒物(pm)浓度']) {
      expect(cleanText(text, []).text).toBe(text);
    }
  });

  it('no longer cut the names they gloss', () => {
    const record = Pipeline.create().process(
      { kind: 'document', doc: 'a.txt', text: '长(zhǎng)江中下游水位上涨，阳(yáng)新县启动防汛应急响应。', source: { path: 'a.txt', bytes: 1, sha256: '0'.repeat(64), encoding: 'utf-8' } },
      '2020-07-10',
    );
    expect(record.mentions.filter((m) => m.type === 'geo').map((m) => (m as { name: string }).name)).toContain('长江');
    expect(record.mentions.filter((m) => m.type === 'place').map((m) => (m as { path: string }).path)).toContain('湖北省/黄石市/阳新县');
  });
});
