import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// A place right before 企业家 (某省知名企业家某某先生出资) is where the giving businessman comes from, not where the
// money goes (GUIDELINES facts, `where`: donor places are not where; NOTES 15). Invented sentences.

describe("a businessman's home place", () => {
  it('is carried to no later amount as its destination', () => {
    const facts = factsOf('于都县：某某奖学金惠及山区学子\n这项奖学金是县团委联系到广东知名企业家某某先生出资设立的。获奖学生每人每年可领取5000元。');
    expect(facts[0]!.where.map((w) => w.path)).toEqual(['江西省/赣州市/于都县']);
  });

  it('negative: a place the businessman gives to is where', () => {
    const facts = factsOf('标题\n广东知名企业家某某先生向于都县捐资100万元，用于建设学校。');
    expect(facts[0]!.where.map((w) => w.path)).toEqual(['江西省/赣州市/于都县']);
  });
});
