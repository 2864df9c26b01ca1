import { describe, expect, it } from 'vitest';
import { isSeparatorBoundary } from '../../src/util/separators';
import { wordEnds } from '../../src/tokenize/jieba';

describe('isSeparatorBoundary', () => {
  it('decides boundaries next to punctuation and at the ends of the text', () => {
    const text = '改则、措勤“双湖”等县';
    expect(isSeparatorBoundary(text, 0)).toBe(true);
    expect(isSeparatorBoundary(text, 2)).toBe(true); // before 、
    expect(isSeparatorBoundary(text, 3)).toBe(true); // after 、
    expect(isSeparatorBoundary(text, 6)).toBe(true); // after “
    expect(isSeparatorBoundary(text, text.length)).toBe(true);
  });

  it('leaves positions between characters, and ASCII letters and digits, to jieba', () => {
    expect(isSeparatorBoundary('沿海城市', 1)).toBe(false);
    expect(isSeparatorBoundary('1.5万', 2)).toBe(false); // a decimal point joins digits
    expect(isSeparatorBoundary('G318国道', 4)).toBe(false);
  });

  it('never contradicts jieba', () => {
    const text = '西藏自治区（拉萨）、日喀则市“扶贫”项目：2023年，昂仁县 卡嘎镇——山南！';
    const ends = new Set([0, ...wordEnds(text)]);
    for (let i = 0; i <= text.length; i++) if (isSeparatorBoundary(text, i)) expect(ends.has(i)).toBe(true);
  });
});
