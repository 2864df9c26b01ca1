import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// 奖补 (a subsidy paid as an award) gives money like 补助: an amount it names takes the giver of
// the fund its text hands down (GUIDELINES, facts: who), where no other giver is named.
// Invented sentences.

describe('奖补 is a giving verb', () => {
  it('the awarded share of a provincial fund takes the province', () => {
    const facts = factsOf('浙江省下达美丽乡村奖补资金\n2023年度省级美丽乡村奖补资金近日下达，其中示范村奖补资金2亿元，湖州市3个村共获奖补900万元。', '2023-06-01');
    expect(facts.map((f) => f.who)).toEqual([['浙江省'], ['浙江省']]);
  });

  it('a rate per village (每个奖补200万元) takes it too', () => {
    const facts = factsOf('浙江省下达美丽乡村奖补资金\n2023年度省级美丽乡村奖补资金近日下达，其中示范村奖补资金2亿元。获评示范村的每个奖补200万元。', '2023-06-01');
    expect(facts.map((f) => f.who)).toEqual([['浙江省'], ['浙江省']]);
  });

  it('not an amount no one hands down: a statistic stays without giver', () => {
    const facts = factsOf('标题\n湖州市某村去年奖补后人均收入达到3万元。', '2023-06-01');
    expect(facts.map((f) => f.who)).toEqual([[]]);
  });
});
