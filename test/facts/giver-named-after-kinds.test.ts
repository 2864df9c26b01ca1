import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// The giver named in the next sentence, after 由, of the money the sentence before told with no giver
// (这笔资金由某基金捐赠; 某某基金由某公司出资成立). GUIDELINES facts, `who`. Invented sentences.

describe('a giver named after 由 in the next sentence', () => {
  it('这笔资金 opening the next sentence: the body after 由 gives it', () => {
    const facts = factsOf('标题\n据介绍，价值30万元的善款已转至四川省汶川县。这笔资金由某某慈善基金会捐赠，用于学校建设。');
    expect(facts[0]!.who).toEqual(['某某慈善基金会']);
  });

  it("a fund's name opening the next sentence: the company that funds it gives its total", () => {
    const facts = factsOf('标题\n市慈善总会迎来首个冠名基金——某某爱心基金，资金总额60万元。某某爱心基金由江苏某某管理服务有限公司出资成立。');
    expect(facts[0]!.who).toEqual(['江苏某某管理服务有限公司']);
  });

  it('negative: a next sentence with an amount of its own names no giver for the one before', () => {
    const facts = factsOf('标题\n据介绍，价值30万元的善款已转至四川省汶川县。这笔资金由某某慈善基金会捐赠，另有5万元用于购书。');
    expect(facts[0]!.who).toEqual([]);
  });

  it('negative: a body that only manages the money (由…管理) does not give it', () => {
    const facts = factsOf('标题\n据介绍，价值30万元的善款已转至四川省汶川县。这笔资金由某某慈善基金会统一管理。');
    expect(facts[0]!.who).toEqual([]);
  });
});

describe('an anonymous individual', () => {
  it('一位不留名的 giver is an individual: no party carried from the text', () => {
    const facts = factsOf('标题\n某某基金由上海市青少年发展基金会设立。一位不留名的团干部捐款1万元。');
    expect(facts[0]!.who).toEqual([]);
  });
});
