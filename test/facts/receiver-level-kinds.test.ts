import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// Bodies that receive or pass on donations, counted unnamed donors, and shares of a total listed by
// government level (GUIDELINES, facts: unnamed groups give as no party; a level's share is its government's),
// in invented sentences.

describe('receivers and channels of donations', () => {
  it('a charity passing on a gift (通过某红十字会) is no giver; a counted group of companies gives as no party', () => {
    const facts = factsOf('标题\n昨天，又有15家爱心企业通过市红十字会向灾区捐赠款物近400万元。');
    expect(facts[0]!.who).toEqual([]);
  });

  it('a named company giving through a charity still gives', () => {
    const facts = factsOf('标题\n宏达集团通过县慈善总会捐赠200万元，用于救灾。');
    expect(facts[0]!.who).toEqual(['宏达集团']);
  });

  it('the shares of what a charity received (捐赠资金, 捐赠物资) are received too, given by no one named', () => {
    const facts = factsOf('标题\n截至3月1日，县红十字会已累计接收捐赠款物212.5万元（其中捐赠资金180.2万元，捐赠物资32.3万元）。');
    expect(facts.map((f) => f.who)).toEqual([[], [], []]);
  });

  it('but a giving verb of its own after the receipt (已拨付) makes the charity give', () => {
    const facts = factsOf('标题\n县红十字会累计接收捐款300万元，已拨付220万元用于灾后重建。');
    expect(facts[1]!.who).toEqual(['县红十字会']);
  });

  it('a counted group of donors after a charity named before is no giver carried', () => {
    const facts = factsOf('标题\n市慈善总会共接收捐款520万元。据统计，全市共有300家企业捐赠款物82万元。');
    expect(facts[1]!.who).toEqual([]);
  });

  it('companies counted after 向 receive: the charity sending gives', () => {
    const facts = factsOf('标题\n市慈善总会向30家企业发放补贴200万元。');
    expect(facts[0]!.who).toEqual(['市慈善总会']);
  });
});

describe('shares of a total by government level', () => {
  it('其中中央资金…，省级…，州级…，县级…: each bare level is its government above the subject county', () => {
    const facts = factsOf('标题\n2019年至2022年，宁蒗县在湿地保护方面投入资金1800万元，其中中央资金1200万元，省级300万元，州级100万元，县级200万元，主要用于湖滨带修复。');
    expect(facts.map((f) => f.who)).toEqual([[], ['中央'], ['云南省'], ['云南省/丽江市'], ['云南省/丽江市/宁蒗彝族自治县']]);
  });

  it('a bare level with no breakdown word before it is no share (省级 of a rank)', () => {
    const facts = factsOf('标题\n宁蒗县获评省级示范县，奖励300万元。');
    expect(facts[0]!.who).not.toContain('云南省');
  });
});

describe('totals split among levels of government', () => {
  it('a project total before a level’s fund in a later clause (总投资…，省补助资金…) is a total: no giver', () => {
    const facts = factsOf('自贡市交通项目获省补助\n首批获补助的项目共20个，省级补助资金9000万元。其中：农村公路改善工程8条，总投资11500万元，省补助资金4800万元。');
    expect(facts[1]!.who).toEqual([]);
    expect(facts[2]!.who).toEqual(['四川省']);
  });

  it('a sum raised, then 其中 and the shares of two levels’ funds: the sum has no giver', () => {
    const facts = factsOf('标题\n今年安徽省10项民生工程共需筹集资金60亿元，其中，中央补助资金25亿元，省级财政安排资金20亿元，市县承担15亿元。');
    expect(facts[0]!.who).toEqual([]);
    expect(facts[1]!.who).toEqual(['中央']);
    expect(facts[2]!.who).toEqual(['安徽省']);
  });
});
