import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// The schemes a central fund pays (中央补助计划, 中央补助项目), summed right after them, are the central
// government's money, written 中央 (GUIDELINES who; fixtures/facts/NOTES.md who 20), as 中央补助款 is.
// Taiwan's news names the central subsidy to a city or county so. Invented sentences.

describe('中央, a fund word, a scheme word, then their sum', () => {
  it('a count of central subsidy schemes and their sum (traditional script)', () => {
    const facts = factsOf('標題\n嘉義縣長表示，縣內共有四十項中央補助計畫、約二十億元可能延後撥付。', '2025-12-01');
    expect(facts.map((f) => f.who)).toEqual([['中央']]);
  });

  it('central subsidy projects summed with 共 (simplified script)', () => {
    const facts = factsOf('标题\n县财政局介绍，今年到位的中央补助项目共3亿元，主要用于水利设施。', '2023-06-01');
    expect(facts.map((f) => f.who)).toEqual([['中央']]);
  });

  it('the county raising its own money beside it is not 中央', () => {
    const facts = factsOf('標題\n縣府表示，將自籌三億元辦理學童午餐補助。', '2025-12-01');
    expect(facts[0]!.who).not.toEqual(['中央']);
  });

  it('not a scheme word with a count or a name before the amount (中央企业项目)', () => {
    const facts = factsOf('标题\n某县引进中央企业项目，投资5亿元建设物流园。', '2023-06-01');
    expect(facts[0]!.who).not.toEqual(['中央']);
  });
});

// A self word (全市, 全县) opening an attribute in an earlier clause (作为全市…的龙头工程，该项目…投资…) says
// what the project is to the division; it is not the division spending (NOTES who 19 reads 全市 as the city
// only as the spender). Invented sentences.

describe('a self word as an attribute of the project', () => {
  it('全市…的龙头工程, then the project invests: no giver', () => {
    const facts = factsOf('今年眉山市重点项目一览\n作为全市乡村旅游的龙头工程，该项目位于某某镇，投资3.2亿元，2023年开工建设。', '2024-03-01');
    expect(facts.map((f) => f.who)).toEqual([[]]);
  });

  it('全市 as the spender still gives (the city)', () => {
    const facts = factsOf('今年眉山市重点项目一览\n全市今年投资3.2亿元建设乡村公路。', '2024-03-01');
    expect(facts.map((f) => f.who)).toEqual([['四川省/眉山市']]);
  });

  it('全市 spending in an earlier clause with a giving verb before 的 still gives', () => {
    const facts = factsOf('眉山市项目建设观察\n今年全市投入的资金大幅增加，其中农业投资1.5亿元。', '2024-03-01');
    expect(facts.map((f) => f.who)).toEqual([['四川省/眉山市']]);
  });
});
