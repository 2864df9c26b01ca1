import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// Money a place or project is granted (获得, 获批): the receiver gives nothing, and the
// grantor named right after the verb or the fund named after the amount gives (GUIDELINES,
// facts: donor places are not where; NOTES 20: 中央 is written as is). Invented sentences.

describe('granted money', () => {
  it('a county granted central funds is not their giver; the fund named after the amount gives', () => {
    const facts = factsOf('标题\n今年，岳西县获得中央预算内投资支持的项目中，县中医院迁建项目获得3000万元中央预算内资金支持。', '2023');
    expect(facts.map((f) => f.who)).toEqual([['中央']]);
  });

  it('a hospital approved for national funds (获批国家专项资金) does not give them', () => {
    const facts = factsOf('标题\n邢台市人民医院扩建工程获批国家专项资金支持8000万元。', '2023');
    expect(facts[0]!.who).toEqual(['中央']);
    expect(facts[0]!.where.map((w) => w.path)).toEqual(['河北省/邢台市']);
  });

  it('a place right after 获得 grants the money and is not where it goes', () => {
    const facts = factsOf('标题\n去年，麻栗坡县天保镇获得常熟市东西部协作资金600万元，建设蔬菜冷库。', '2023');
    expect(facts[0]!.who).toEqual(['江苏省/苏州市/常熟市']);
    expect(facts[0]!.where.map((w) => w.path)).toEqual(['云南省/文山壮族苗族自治州/麻栗坡县/天保镇']);
  });

  it('with no grantor after 获得, the giver of the sentence before is carried', () => {
    const facts = factsOf('标题\n广西壮族自治区财政厅近日下达边境县转移支付资金2亿元。每个县获得转移支付资金2000万元。', '2023');
    expect(facts.map((f) => f.who)).toEqual([['广西壮族自治区'], ['广西壮族自治区']]);
  });
});

describe('the one-character granting verb 获', () => {
  it('中央 right after 获 grants the money; the county that obtains it gives nothing', () => {
    const facts = factsOf('沁源县发展交通\n沁源县今年获中央车购税补贴资金3000万元，用于农村公路建设。');
    expect(facts.map((f) => f.who)).toEqual([['中央']]);
  });

  it('获悉 is no granting verb: the county spending stays the giver', () => {
    const facts = factsOf('沁源县发展交通\n沁源县今年获悉，全县农村公路投资3000万元。');
    expect(facts.map((f) => f.who)).toEqual([['山西省/长治市/沁源县']]);
  });
});

describe('an organisation named as the money’s use', () => {
  it('a hospital after 用于 is where the money goes, not its giver', () => {
    const facts = factsOf('甲省卫生建设\n此次安排用于县级人民医院的资金为2亿元，支持10个县级医院建设。');
    expect(facts.map((f) => f.who)).toEqual([[]]);
  });
});
