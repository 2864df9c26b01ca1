import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// Dates of amounts in statistics prose and month words (GUIDELINES, facts: when), in invented sentences.

describe('rates told together for a list of amounts', () => {
  it('分别增长 after a total and its share makes both figures of the period in force', () => {
    const facts = factsOf('标题\n2019年，全县实现生产总值120亿元，增长7%。完成税收收入9亿元，其中地方税收4亿元，分别增长6%和5%。', '2020');
    expect(facts.map((f) => f.when)).toEqual(['2019', '2019', '2019']);
  });

  it('without a rate of change after them, a total and its share told after a dated sentence stay undated', () => {
    const facts = factsOf('标题\n全县2019年实现生产总值120亿元，增长7%。完成税收收入9亿元，其中地方税收4亿元。', '2020');
    expect(facts.map((f) => f.when)).toEqual(['2019', null, null]);
  });

  it('but in a paragraph opened by its year alone (2019年，…) they take that year (fresh22_10 gold)', () => {
    const facts = factsOf('标题\n2019年，全县实现生产总值120亿元，增长7%。完成税收收入9亿元，其中地方税收4亿元。', '2020');
    expect(facts.map((f) => f.when)).toEqual(['2019', '2019', '2019']);
  });
});

describe('the month last named (当月)', () => {
  it('当月 takes the month named before it, and dates its amount', () => {
    const facts = factsOf('标题\n3月，该省对外出口额为80亿美元。当月贸易顺差12亿美元。', '2021-04-10');
    expect(facts.map((f) => f.when)).toEqual(['2021-03', '2021-03']);
  });
});

describe('a span of months before 收入', () => {
  it('前10个月收入 is the months of a span, not a monthly income: the amount takes the span', () => {
    const facts = factsOf('标题\n该市今年前10个月收入86亿元，增长12%。', '2024-11-20');
    expect(facts.map((f) => f.when)).toEqual(['2024-01/2024-10']);
  });

  it('a monthly income (月收入) still recurs, after a span too', () => {
    const facts = factsOf('标题\n今年前10个月，该村农民月收入3000元。', '2024-11-20');
    expect(facts.map((f) => f.when)).toEqual([null]);
  });
});
