import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// Places on the donors' side of a gift (GUIDELINES facts, `where`: donor places are not where; NOTES 15), and a
// county signing at a gathering held elsewhere (its own projects: the county is where). Invented sentences.

describe('places on the donors side', () => {
  it('the body organising a donation drive is no destination', () => {
    const facts = factsOf('标题\n青海玉树发生地震。\n在甘肃省国资委组织的捐款活动中，甘肃省20多家国有企业共捐款3000万元。');
    expect(facts[0]!.where.map((w) => w.path)).toEqual(['青海省/玉树藏族自治州']);
  });

  it("a city's residents giving live there; the money goes to the place named after", () => {
    const facts = factsOf('标题\n该基金成立当天就收到杭州市民的80万元捐款，这笔善款将为四川省汶川县的孤儿助学。');
    expect(facts[0]!.where.map((w) => w.path)).toEqual(['四川省/阿坝藏族羌族自治州/汶川县']);
  });

  it('negative: residents of a place named with no gift keep the place where', () => {
    const facts = factsOf('标题\n杭州市投资5亿元，为杭州市民建设体育公园。');
    expect(facts[0]!.where.map((w) => w.path)).toEqual(['浙江省/杭州市']);
  });

  it('negative: a body of the receiving county that organises nothing stays where', () => {
    const facts = factsOf('标题\n某集团向汶川县教育局捐赠100万元。');
    expect(facts[0]!.where.map((w) => w.path)).toEqual(['四川省/阿坝藏族羌族自治州/汶川县']);
  });
});

describe('a county signing at a gathering held elsewhere', () => {
  it('the county acting at the gathering (在 between) is where its signed projects go', () => {
    const facts = factsOf('标题\n9月7日，西平县在市重点项目签约仪式上与某某食品有限公司签订总投资10亿元的食品产业园项目。');
    expect(facts[0]!.where.map((w) => w.path)).toEqual(['河南省/驻马店市/西平县']);
  });

  it('negative: a gala named after a city is where it is held, not where the money goes', () => {
    const facts = factsOf('北川获捐\n北川县是绵阳市帮扶的重点。\n在绵阳市慈善晚会上，企业共捐赠2100万元。');
    expect(facts[0]!.where.map((w) => w.path)).toEqual(['四川省/绵阳市/北川羌族自治县']);
  });
});

describe('residents words that are no residents', () => {
  it("negative: a city's civil affairs bureau receiving a gift stays where", () => {
    const facts = factsOf('标题\n某某集团向杭州市民政局捐赠100万元。');
    expect(facts[0]!.where.map((w) => w.path)).toEqual(['浙江省/杭州市']);
  });
});
