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
