import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// Givers named in ways the first rules missed (GUIDELINES, facts: companies and
// associations by name as written; individuals are no givers), in invented sentences.

describe('organisations opened by a place name', () => {
  it('a company whose name starts with a city gives by its name, not the city', () => {
    const facts = factsOf('标题\n苏州恒远精密机械制造有限公司捐资50万元用于修建村小学。');
    expect(facts.map((f) => f.who)).toEqual([['苏州恒远精密机械制造有限公司']]);
    // The city inside the name receives nothing either.
    expect(facts[0]!.where).toEqual([]);
  });

  it('an association named after a district gives by its name', () => {
    const facts = factsOf('标题\n南京市鼓楼区餐饮行业协会向灾区捐赠8万元。');
    expect(facts.map((f) => f.who)).toEqual([['南京市鼓楼区餐饮行业协会']]);
  });

  it('a government department after its place still gives as the place', () => {
    const facts = factsOf('标题\n珠海市扶贫办拨付资金300万元，用于怒江州福贡县产业发展。');
    expect(facts.map((f) => f.who)).toEqual([['广东省/珠海市']]);
  });
});

describe('lists of givers', () => {
  it('an individual listed between companies is skipped, the companies on both sides give', () => {
    const facts = factsOf('标题\n在仪式上，宁波长青机械股份有限公司、温州立达电器有限公司、爱心人士王某以及绍兴市越城区纺织行业协会共捐赠了60万元。');
    expect(facts[0]!.who).toEqual(['宁波长青机械股份有限公司', '温州立达电器有限公司', '绍兴市越城区纺织行业协会']);
  });

  it('a company listed after a clause of its own is no part of the list', () => {
    const facts = factsOf('标题\n宁波长青机械股份有限公司捐赠20万元，爱心人士王某捐赠2万元。');
    expect(facts.map((f) => f.who)).toEqual([['宁波长青机械股份有限公司'], []]);
  });
});
