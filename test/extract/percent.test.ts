import { describe, expect, it } from 'vitest';
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
});
