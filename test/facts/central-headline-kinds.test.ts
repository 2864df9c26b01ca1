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

describe('中央 and fund words only, read as a name', () => {
  it('中央资金 and 中央拨款 are the central government, written 中央', () => {
    const fund = factsOf('标题\n今年全县共收到扶持资金800万元，其中，中央资金500万元，市级资金300万元。', '2023');
    expect(fund.map((f) => f.who)[1]).toEqual(['中央']);
    const grant = factsOf('标题\n1978年，中央拨款并派专家进山修建水库，投资120万元。', '2023');
    expect(grant.map((f) => f.who)).toEqual([['中央']]);
  });

  it('a central fund heading gives its items written below it', () => {
    const facts = factsOf('某县资金分配公告\n一、中央财政衔接资金（900万元)\n(一）支持产业发展600万元;\n(二）支持乡村建设300万元;', '2023');
    expect(facts.map((f) => f.who)).toEqual([['中央'], ['中央'], ['中央']]);
  });

  it('中央企业 stays a name, not the central government', () => {
    const facts = factsOf('标题\n近年来，中央企业在该省投入帮扶资金12亿元。', '2023');
    expect(facts.map((f) => f.who)).toEqual([['中央企业']]);
  });
});

describe('a headline about a central fund', () => {
  it('gives the sums its text spends or hands down, naming no giver', () => {
    const text = '某县获2000万元中央预算内资金建设县医院\n近日，省发改委下达我县中央预算内资金2000万元，用于县医院建设。\n医院门诊楼建筑面积8000平方米，投资1200万元。';
    const facts = factsOf(text, '2023');
    expect(facts.map((f) => f.who)).toEqual([['中央'], ['中央'], ['中央']]);
  });

  it('not a project’s total (该项目总投资)', () => {
    const text = '某县获2000万元中央预算内资金建设县医院\n近日，省发改委下达我县中央预算内资金2000万元。\n该项目总投资5000万元，明年建成。';
    expect(factsOf(text, '2023').map((f) => f.who)[2]).toEqual([]);
  });

  it('a headline without a central fund gives nothing to carry', () => {
    const text = '某县新建县医院\n医院门诊楼建筑面积8000平方米，投资1200万元。';
    expect(factsOf(text, '2023').map((f) => f.who)).toEqual([[]]);
  });
});

describe('central fund names with more fund words', () => {
  it('中央预算内基建投资预算 is the central government’s fund', () => {
    const facts = factsOf('标题\n机场项目中央预算内基建投资预算1.2亿元，全部用于某机场建设。', '2023');
    expect(facts.map((f) => f.who)).toEqual([['中央']]);
  });

  it('中央省级 with no join names both levels', () => {
    const facts = factsOf('定西市衔接资金到位\n近日，省财政下达我市中央省级财政衔接推进乡村振兴补助资金8000万元。', '2023');
    expect(facts.map((f) => f.who)).toEqual([['中央', '甘肃省']]);
  });
});
