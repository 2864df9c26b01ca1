import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// What an organisation spends (支出) it gives; a government's budget
// spending is a statistic with no giver (GUIDELINES, facts), in invented sentences.

describe('支出', () => {
  it('an organisation that spends gives the amount', () => {
    const facts = factsOf('标题\n宁乡市红十字会去年收到捐款800万元，支出650万元，主要用于大病救助。', '2023-03-01');
    expect(facts.map((f) => f.who)).toEqual([[], ['宁乡市红十字会']]);
  });

  it('what it receives has no giver', () => {
    const facts = factsOf('标题\n某市慈善会过去三年总收入5000万元，支出4200万元。', '2023-03-01');
    expect(facts.map((f) => f.who)).toEqual([[], ['某市慈善会']]);
  });

  it('a government’s budget or fiscal spending is a statistic: no giver', () => {
    expect(factsOf('标题\n2022年宁乡市财政支出35亿元，同比增长5%。', '2023-03-01')[0]!.who).toEqual([]);
    expect(factsOf('标题\n2022年宁乡市一般公共预算支出35亿元，同比增长5%。', '2023-03-01')[0]!.who).toEqual([]);
  });
});
