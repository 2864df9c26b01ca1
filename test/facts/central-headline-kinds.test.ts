import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// 中央 right before an amount names the central government's fund, as
// 中央预算内投资 does (GUIDELINES, facts: who 中央), in invented headlines.

describe('a headline’s 中央 right before its amount', () => {
  it('gives the amount', () => {
    const facts = factsOf('中央5.2亿元支持某省水库除险加固\n某省水利厅日前透露，今年水库除险加固工作全面展开。', '2023-05-01');
    expect(facts.map((f) => f.who)).toEqual([['中央']]);
  });

  it('not across another word (中央企业5亿元)', () => {
    const facts = factsOf('中央企业5亿元支持某省水库除险加固\n某省水利厅日前透露，今年水库除险加固工作全面展开。', '2023-05-01');
    expect(facts.map((f) => f.who)).not.toEqual([['中央']]);
  });
});
