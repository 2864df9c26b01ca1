import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// National ministries as givers, news sources that give nothing, and figures
// nobody gives (GUIDELINES, facts: national bodies by name as written), in invented sentences.

describe('national ministries', () => {
  it('two ministries listed before a giving verb both give, by name as written', () => {
    const facts = factsOf('标题\n8月2日，财政部、水利部紧急下拨1.6亿元中央水利救灾资金，支持甘肃、宁夏做好抗旱工作。', '2023');
    expect(facts.map((f) => f.who)).toEqual([['财政部', '水利部']]);
  });

  it('预拨 gives, and the next sentence carries the whole list of givers', () => {
    const facts = factsOf('标题\n民政部、农业农村部近日预拨6000万元救灾资金。其中，3000万元支持云南做好地震救灾工作。', '2023');
    expect(facts.map((f) => f.who)).toEqual([
      ['民政部', '农业农村部'],
      ['民政部', '农业农村部'],
    ]);
  });

  it('a department word (财政部门) is no ministry name', () => {
    const facts = factsOf('标题\n各级财政部门统筹安排资金800万元用于农村公路养护。', '2023');
    expect(facts[0]!.who).not.toContain('各级财政部');
  });
});

describe('news sources', () => {
  it('the government the reporter heard it from is not the giver', () => {
    const facts = factsOf('标题\n记者从临洮县政府办获悉，某某能源集团从2016年开始帮扶临洮县以来，累计投入帮扶资金3200万元。', '2023');
    expect(facts[0]!.who).not.toContain('甘肃省/定西市/临洮县');
  });

  it('a ministry whose data are quoted gives nothing by being quoted', () => {
    const facts = factsOf('标题\n商务部数据显示，今年前8个月，各地安排外贸扶持资金80亿元。', '2023');
    expect(facts.map((f) => f.who)).toEqual([[]]);
  });
});

describe('foreign investment figures', () => {
  it('the foreign investment used (实际使用外资) is a statistic: the article\'s giver is not carried to it', () => {
    const facts = factsOf('标题\n商务部安排专项资金2亿元支持外贸企业。\n今年前8个月，全国实际使用外资金额8000亿元。', '2023');
    expect(facts.map((f) => f.who)).toEqual([['商务部'], []]);
  });
});

describe('figures nobody gives', () => {
  it('the end of a change of a statistic (固定资产投资从…增长到…) has no giver', () => {
    const facts = factsOf('标题\n某省援藏工作队在日喀则市援建学校，投入资金2亿元。\n全市固定资产投资从1.2亿元增长到30.5亿元。', '2023');
    expect(facts.map((f) => f.who).slice(1)).toEqual([[], []]);
  });

  it('what a place receives from several donors (接受…援藏项目，资金…) has no giver carried', () => {
    const facts = factsOf('标题\n上海市援藏工作队投资500万元建设学校。\n1995年以来，山南市累计接受三省市对口援藏项目900个，援藏资金超过50亿元。', '2023');
    expect(facts[1]!.who).toEqual([]);
  });
});
