import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// A budget execution report's share of the budget passed at the year's start
// (占年初预算…的N%): the budget's amount is of the year (年初 → the year), the
// period's figures around it of the period (GUIDELINES, facts), in invented sentences.

describe('占年初预算… in a budget execution report', () => {
  it('the budget amount takes the year, the figure of the period its period', () => {
    const facts = factsOf('标题\n1-8月，全区完成财政收入5200万元，占年初预算9000万元的57.8%。', '2023-09-15');
    expect(facts.map((f) => f.when)).toEqual(['2023-01/2023-08', '2023']);
  });

  it('a breakdown after it (其中：) goes on with the period, not the budget year', () => {
    const facts = factsOf('标题\n1-8月，全区完成财政收入5200万元，占年初预算9000万元的57.8%。其中：税收收入4100万元，占年初预算7000万元的58.6%。', '2023-09-15');
    expect(facts.map((f) => f.when)).toEqual(['2023-01/2023-08', '2023', '2023-01/2023-08', '2023']);
  });

  it('从年初 before a figure is this year', () => {
    const facts = factsOf('标题\n全市存款余额从年初的80亿元增至95亿元。', '2023-09-15');
    expect(facts.map((f) => f.when)[0]).toEqual('2023');
  });
});
