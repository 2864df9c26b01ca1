import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// Dates listed for one amount become the interval they span (NOTES 6): months as years do. Invented text.

const whenOf = (text: string, amount: string) => factsOf(text, '2021').find((f) => f.text === amount)?.when;

describe('dates listed for one amount', () => {
  it('two months listed are their interval', () => {
    expect(whenOf('此前的5月和6月，某市已先后举行两次集中签约活动，签约总额88亿元。', '88亿元')).toBe('2021-05/2021-06');
  });

  it('two years listed are their interval still', () => {
    expect(whenOf('2019年、2020年，某县共安排资金3000万元。', '3000万元')).toBe('2019/2020');
  });

  it('months in clauses of their own are no list', () => {
    expect(whenOf('5月，某市举行签约活动；6月，某市再签约项目10个，签约总额88亿元。', '88亿元')).toBe('2021-06');
  });
});
