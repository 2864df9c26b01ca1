import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// A date that tells when a disaster struck (去年4月某地地震的灾民, 今春遭受的雪灾) is not the
// date of money given for it later (GUIDELINES, facts: the date the sentence ties the amount to),
// in invented sentences.

describe('a date naming the disaster struck then', () => {
  it('is passed over: the amount takes the date of the report before it', () => {
    const facts = factsOf('标题\n该年度救灾拨款共计3亿元，其中2亿元用于救助去年七月某省洪灾的灾民，余下1亿元资助重建计划。', '2022-10-20');
    expect(facts.map((f) => f.when)).toEqual([null, null, null]);
    const dated = factsOf('标题\n2022年，基金会救灾拨款共计3亿元，其中2亿元用于救助去年七月某省洪灾的灾民，余下1亿元资助重建计划。', '2022-10-20');
    expect(dated.map((f) => f.when)).toEqual(['2022', '2022', '2022']);
  });

  it('a disaster suffered earlier in a clause of its own: the pledge takes no date from it', () => {
    const facts = factsOf('标题\n全市人民在面临自身今春遭受严重雪灾的同时，将投入资金3000万元支援灾区重建。', '2022-08-20');
    expect(facts.map((f) => f.when)).toEqual([null]);
  });

  it('not a date of giving to a disaster area (向洪灾地区捐款): that date is the gift’s', () => {
    const facts = factsOf('标题\n8月10日某公司向洪灾地区捐款100万元。', '2022-08-20');
    expect(facts.map((f) => f.when)).toEqual(['2022-08-10']);
  });

  it('not a date of an amount that stands between it and the disaster word', () => {
    const facts = factsOf('标题\n2022年，某县投入500万元修复地震损毁的道路。', '2022-08-20');
    expect(facts.map((f) => f.when)).toEqual(['2022']);
  });

  it('not a period of an epidemic (疫情防控关键期): it is no disaster struck on a day', () => {
    const facts = factsOf('标题\n2022年疫情防控关键期，某市支援某县200万元专项资金。', '2023-03-01');
    expect(facts.map((f) => f.when)).toEqual(['2022']);
  });
});

describe('a power station starting to generate (正式发电, 并网发电) is a completion', () => {
  it('its date is passed over for the start date of the sentence', () => {
    const facts = factsOf('标题\n2015年3月，某县开工修建水电站，2016年10月正式发电，投资800万元。', '2023-03-01');
    expect(facts.map((f) => f.when)).toEqual(['2015-03']);
  });

  it('a power project named after a date (2023年光伏发电项目) is no completion', () => {
    const facts = factsOf('标题\n2023年光伏发电项目投资800万元。', '2023-10-01');
    expect(facts.map((f) => f.when)).toEqual(['2023']);
  });
});

describe('a sentence opening on a completion (集中投产, 已建成) takes no carried date', () => {
  const opening = '标题\n6月27日，某区举行项目“三集中”活动，集中签约20个项目，总投资80亿元；集中开工10个项目，总投资30亿元；';

  it('an item of the event’s list that completes something stays undated', () => {
    const facts = factsOf(`${opening}集中投产8家企业，总投资9亿元。`, '2024-06-28');
    expect(facts.map((f) => f.when)).toEqual(['2024-06-27', '2024-06-27', null]);
  });

  it('not a completion word further in, naming the firms (引导落地投产企业…到位资金)', () => {
    const facts = factsOf('标题\n2022年，某省引进企业100家。同时，新增引导落地投产企业30家，实际到位投资金额9亿元。', '2023-03-01');
    expect(facts.map((f) => f.when)).toEqual(['2022']);
  });
});
