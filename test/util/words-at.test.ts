import { describe, expect, it } from 'vitest';
import { WordsAt } from '../../src/util/words-at';

describe('WordsAt', () => {
  const endings = new WordsAt(['日报', '日报社', '晚报', '']);

  it('tells whether one of the words starts at a position', () => {
    const text = '西藏日报社记者从拉萨晚报获悉';
    expect(endings.startAt(text, 2)).toBe(true); // 日报(社)
    expect(endings.startAt(text, 10)).toBe(true); // 晚报
    expect(endings.startAt(text, 0)).toBe(false);
    expect(endings.startAt(text, 3)).toBe(false); // 报社: no word starts with 报
  });

  it('finds nothing past the end of the text or with no words', () => {
    expect(endings.startAt('日', 0)).toBe(false);
    expect(endings.startAt('日报', 2)).toBe(false);
    expect(new WordsAt([]).startAt('日报', 0)).toBe(false);
  });

  it('lists every position where a word starts, overlapping ones included', () => {
    const areas = new WordsAt(['工业园', '工业园区', '园区']);
    expect(areas.startsIn('甲乡工业园区和乙园区')).toEqual([2, 4, 8]);
    expect(areas.startsIn('没有')).toEqual([]);
    expect(new WordsAt([]).startsIn('工业园')).toEqual([]);
  });
});
