import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// A fund that grants, and the schemes it runs told one by one (GUIDELINES notes 20: a named fund is its
// name), in invented sentences.

describe('a fund granting through its schemes', () => {
  it('an amount summing up the clause before (，合共超过…) is funded by that clause’s giving', () => {
    const facts = factsOf('标题\n文化发展基金发出十五笔资助，合共超过三百万元。');
    expect(facts[0]!.who).toEqual(['文化发展基金']);
  });

  it('the fund’s schemes told after it (「某某计划」发出…资助，合共…) carry the fund', () => {
    const facts = factsOf('标题\n文化发展基金发出十五笔资助，合共超过三百万元。\n\n「青年创作资助计划」发出十四宗资助，合共九十四万元。');
    expect(facts[1]!.who).toEqual(['文化发展基金']);
  });

  it('a company word inside a quoted scheme name (「某某银行贷款贴息计划」) names no giver', () => {
    const facts = factsOf('标题\n工商业发展基金发出三千笔资助，合共超过六百万元。\n\n「小微企业银行贷款贴息计划」发出一百多笔资助，合共超过五十万元。');
    expect(facts[1]!.who).toEqual(['工商业发展基金']);
  });

  it('a clause with its own subject after the grant is not a sum of it', () => {
    const facts = factsOf('标题\n文化发展基金发出十五笔资助，当地企业配套一百万元。');
    expect(facts[0]!.who).not.toContain('文化发展基金');
  });
});

describe('a body’s own budget', () => {
  it('a foundation’s budget and what it spent of it (预算…，即约…) are the foundation’s', () => {
    const facts = factsOf('标题\n教育发展基金会去年资助学生3000人，发放助学金2600万元。基金会去年的预算约为5.2亿元，预算执行率为80%，即约4.16亿元。');
    expect(facts.map((f) => f.who)).toEqual([['教育发展基金会'], ['教育发展基金会'], ['教育发展基金会']]);
  });

  it('a budget’s revenue is a statistic, given by no one', () => {
    const facts = factsOf('标题\n教育发展基金会发放助学金2600万元。全县一般公共预算收入12亿元。');
    expect(facts[1]!.who).toEqual([]);
  });
});
