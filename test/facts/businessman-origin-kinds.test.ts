import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// A place right before 企业家 (江苏知名企业家某某先生资助) is where the giving businessman comes from, not where the
// money goes (GUIDELINES facts, `where`: donor places are not where; NOTES 15). Invented sentences.

describe("a businessman's home place", () => {
  it('is carried to no later amount as its destination', () => {
    const facts = factsOf('某某助学基金惠及定西贫困学子\n“博爱班”是由共青团通渭县委联系到江苏知名企业家某某先生倾情资助而设立的。班上学生每人每学年可享受3000元的助学金。');
    expect(facts[0]!.where.map((w) => w.path)).not.toContain('江苏省');
  });

  it('negative: a place the businessman gives to is where', () => {
    const facts = factsOf('标题\n江苏知名企业家某某先生向通渭县捐资100万元，用于建设学校。');
    expect(facts[0]!.where.map((w) => w.path)).toEqual(['甘肃省/定西市/通渭县']);
  });
});
