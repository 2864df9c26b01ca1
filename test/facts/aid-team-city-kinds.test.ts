import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// An aid team named by its province's aid and its city (某省援疆·某市工作组): the team is the city's, carried to
// the amounts of later sentences with no subject (GUIDELINES facts, `who`; NOTES 17). Invented sentences.

describe("a province's aid team of one city", () => {
  it('the city gives the amounts of a later sentence with no subject, across a sentence naming none', () => {
    const facts = factsOf('标题\n近日，辽宁援疆·大连工作组拨付1200万元用于博乐市民生项目。产业帮扶见实效。拨付资金300万元用于农产品冷链建设。');
    expect(facts.map((f) => f.who)).toEqual([['辽宁省/大连市'], ['辽宁省/大连市']]);
  });

  it('the city of the team, written with no dot between', () => {
    const facts = factsOf('标题\n近日，浙江援黔宁波工作组拨付500万元用于晴隆县产业项目。就业帮扶添动力。拨付资金200万元用于技能培训。');
    expect(facts.map((f) => f.who)).toEqual([['浙江省/宁波市'], ['浙江省/宁波市']]);
  });

  it('negative: a province and a city listed as two givers carry the first', () => {
    const facts = factsOf('标题\n近日，浙江省、宁波市共同拨付500万元用于晴隆县产业项目。就业帮扶添动力。拨付资金200万元用于技能培训。');
    expect(facts[1]!.who).toEqual(['浙江省']);
  });
});

describe('a body named in the use of the money', () => {
  it('receives it: a hospital named after 用于, in a later clause too, gives nothing', () => {
    const facts = factsOf('标题\n近日，浙江援黔宁波工作组拨付500万元用于晴隆县产业项目。拨付资金80万元用于县人民医院设备更新，为医院创建“三级”综合医院提供保障。');
    expect(facts[1]!.who).toEqual(['浙江省/宁波市']);
  });

  it('negative: a hospital named after the amount with 由 gives', () => {
    const facts = factsOf('标题\n今年投入资金300万元，由县人民医院出资。');
    expect(facts[0]!.who).toEqual(['县人民医院']);
  });
});
