import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// An aid team named by its province's aid and its city (山东援疆·潍坊工作组): the team is the city's, carried to
// the amounts of later sentences with no subject (GUIDELINES facts, `who`; NOTES 17). Invented sentences.

describe("a province's aid team of one city", () => {
  it('the city gives the amounts of a later sentence with no subject, across a sentence naming none', () => {
    const facts = factsOf('标题\n近日，山东援疆·潍坊工作组拨付1200万元用于昌吉市民生项目。教育援疆暖人心。拨付资金300万元用于学校改造。');
    expect(facts.map((f) => f.who)).toEqual([['山东省/潍坊市'], ['山东省/潍坊市']]);
  });

  it('the city of the team, written with no dot between', () => {
    const facts = factsOf('标题\n近日，江苏援伊徐州工作组拨付500万元用于霍城县项目。医疗援疆筑防线。拨付资金200万元用于医疗设备购置。');
    expect(facts.map((f) => f.who)).toEqual([['江苏省/徐州市'], ['江苏省/徐州市']]);
  });

  it('negative: a province and a city listed as two givers carry the first', () => {
    const facts = factsOf('标题\n近日，江苏省、徐州市共同拨付500万元用于霍城县项目。医疗援疆筑防线。拨付资金200万元用于医疗设备购置。');
    expect(facts[1]!.who).toEqual(['江苏省']);
  });
});

describe('a body named in the use of the money', () => {
  it('receives it: a hospital named after 用于, in a later clause too, gives nothing', () => {
    const facts = factsOf('标题\n近日，江苏援伊徐州工作组拨付500万元用于霍城县项目。拨付资金80万元用于团场医院设备更新，为医院创建“二甲”中医院提供支持。');
    expect(facts[1]!.who).toEqual(['江苏省/徐州市']);
  });

  it('negative: a hospital named after the amount with 由 gives', () => {
    const facts = factsOf('标题\n今年投入资金300万元，由县人民医院出资。');
    expect(facts[0]!.who).toEqual(['县人民医院']);
  });
});
