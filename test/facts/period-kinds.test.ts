import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// Dates of amounts in reports that name periods in passing (GUIDELINES, facts: when), in invented sentences.

describe('plan periods named in passing', () => {
  it('the year a plan opens (“十四五”开局之年) dates the report’s figures by that year, not the plan’s five years', () => {
    const facts = factsOf('标题\n2021年是“十四五”开局之年，全市经济稳中向好。据统计，全市工业增加值增长9%达54亿元，农业产值增长4%达12亿元。', '2022-01-15');
    expect(facts.map((f) => f.when)).toEqual(['2021', '2021']);
  });

  it('the plan period itself still dates what is spent over it', () => {
    const facts = factsOf('标题\n“十四五”期间，全省累计投入资金80亿元。', '2026');
    expect(facts.map((f) => f.when)).toEqual(['2021/2025']);
  });
});

describe('dates that belong to another part of the sentence', () => {
  it('a later clause of its own time (截至目前, 目前) leaves the amount undated, not dated by a start before it', () => {
    const facts = factsOf('标题\n该中心总投资5000万元，于2023年3月开工建设，截至目前，已到位资金4000万元。', '2024');
    expect(facts.map((f) => f.when)).toEqual(['2023-03', null]);
  });

  it('the base year of a change dates the amount changed from, not the amount reached nor the next change', () => {
    const facts = factsOf('标题\n2023年，全县实施项目80个，村集体平均收入从2020年的10万元增加到25万元，农户人均收入从2020年的0.9万元增加到1.4万元。', '2024');
    expect(facts.map((f) => f.when)).toEqual(['2020', '2023', '2020', '2023']);
  });
});

describe('yearly figures', () => {
  it('a yearly figure changing (人均年收入从A增长到B) recurs at both ends: no date for either', () => {
    const facts = factsOf('标题\n2022年，全县农民人均年收入从8000元增长到12000元。', '2023');
    expect(facts.map((f) => f.when)).toEqual([null, null]);
  });

  it('a plain change of a total still takes the sentence’s date at its end', () => {
    const facts = factsOf('标题\n2022年，全县财政收入从8亿元增长到12亿元。', '2023');
    expect(facts.map((f) => f.when)).toEqual(['2022', '2022']);
  });
});

describe('parts of a plan period', () => {
  it('the last or first years of a plan period (“十四五”后两年, 前三年) narrow its span', () => {
    const facts = factsOf('标题\n根据规划，“十四五”后两年，某县将再投入教育资金30亿元。“十三五”前三年，全县投入5亿元。', '2023');
    expect(facts.map((f) => f.when)).toEqual(['2024/2025', '2016/2018']);
  });
});

describe('statistics bulletins', () => {
  it('a rate of change further on in the sentence (，按可比价格计算，比上年增长) makes the amount a figure of the period in force', () => {
    const facts = factsOf('标题\n2022年，全市地区生产总值800亿元，增长4%。\n二、农业\n全市实现农林牧渔业总产值50亿元，按可比价格计算，比上年增长2.5%。', '2023-03');
    expect(facts.map((f) => f.when)).toEqual(['2022', '2022']);
  });
});

describe('chains of carry-on sentences', () => {
  it('其中 after an undated 此外 sentence goes on with the period in force', () => {
    const facts = factsOf('标题\n1-8月，全省进出口总值3.6万亿元，增长20%。\n此外，全省主要贸易伙伴仍以欧盟、东盟为主，合计占比61%。其中，对欧盟进出口5000亿元，继续排第一。', '2021-09-15');
    expect(facts.map((f) => f.when)).toEqual(['2021-01/2021-08', '2021-01/2021-08']);
  });

  it('其中 after an undated sentence that carries nothing on takes no date', () => {
    const facts = factsOf('标题\n1-8月，全省进出口总值3.6万亿元，增长20%。\n全省主要贸易伙伴仍以欧盟、东盟为主，合计占比61%。其中，对欧盟进出口5000亿元，继续排第一。', '2021-09-15');
    expect(facts.map((f) => f.when)).toEqual(['2021-01/2021-08', null]);
  });
});

describe('cut-off dates of cumulatives', () => {
  it('a sentence opening with a cut-off (截至6月底，) dates its cumulative even past a year named between', () => {
    const facts = factsOf('标题\n截至6月底，今年新增帮扶资金20亿元，五年累计投入帮扶资金90亿元。', '2023-07-10');
    expect(facts.map((f) => f.when)).toEqual(['2023-06', '2023-06']);
  });
});

describe('amounts at a dated event', () => {
  it('an amount given on the spot (现场, 当天, 会上) takes the date of the event the sentence before dates', () => {
    const facts = factsOf('标题\n1月13日，慈善晚会在市电视台演播厅举行。某公司现场捐赠善款200万元。', '2017-01-14');
    expect(facts.map((f) => f.when)).toEqual(['2017-01-13']);
    const plain = factsOf('标题\n1月13日，慈善晚会在市电视台演播厅举行。某公司捐赠善款200万元。', '2017-01-14');
    expect(plain.map((f) => f.when)).toEqual([null]);
  });
});

describe('dated heading lines', () => {
  it('a heading line naming a period dates the undated lines under it', () => {
    const facts = factsOf('标题\n今年上半年，三城卖地收入超1700亿元。\n上半年各城地价冠军\n杭州\n某商办地块楼面价为38000元/平方米\n（某公司以近9亿元竞得）', '2013-07-05');
    expect(facts.map((f) => f.when)).toEqual(['2013-01/2013-06', '2013-01/2013-06', '2013-01/2013-06']);
  });

  it('a dated sentence between the heading and the amount ends the heading’s reach', () => {
    const facts = factsOf('标题\n上半年各城地价冠军\n2012年，某地块以5亿元成交。\n另一地块以9亿元成交。', '2013-07-05');
    expect(facts.map((f) => f.when)).toEqual(['2012', null]);
  });
});

describe('a stated year under review', () => {
  const report = '标题\n2022年是两省结对协作的第二年，两省全面完成年度协议。东部省份向西部拨付财政帮扶资金12亿元，县均3000万元。该县还修建了道路。据了解，企业投资2亿元建设工厂。';

  it('the sentence right after 2022年是…的第二年 takes that year, an ordinal year of a stage closing the review like 一年', () => {
    const facts = factsOf(report, '2023-06-01');
    expect(facts.slice(0, 2).map((f) => f.when)).toEqual(['2022', '2022']);
  });

  it('a later sentence that does not carry on stays undated', () => {
    const facts = factsOf(report, '2023-06-01');
    expect(facts[2]!.when).toBeNull();
  });
});

describe('figure and table captions in statistical bulletins', () => {
  it('the span a chart covers (图1  2018-2022年…) dates neither the 全年 figure after it nor the figures that go on with the period', () => {
    const bulletin =
      '某县统计公报\n2022年，全县地区生产总值120亿元，比上年增长4%。\n图1  2018-2022年地区生产总值及其增长速度\n' +
      '全年农业增加值30亿元，比上年增长3%。其中，种植业增加值20亿元，增长2%。';
    expect(factsOf(bulletin, '2023-03-01').map((f) => f.when)).toEqual(['2022', '2022', '2022']);
  });

  it('a table number is needed: a line opening with 表示 is no caption', () => {
    const facts = factsOf('标题\n表示，2021-2023年全县累计投入资金9亿元。', '2024');
    expect(facts[0]!.when).toBe('2021/2023');
  });
});

describe('a list of changes between two years', () => {
  const report = '标题\n全县财政收入由2018年的8亿元增加到2022年的12亿元，年均增长10%；农民存款由30亿元增加到41亿元，居民储蓄从50亿元增长到66亿元。';

  it('later undated changes of the list (after a semicolon too) take the years of the dated one, by which end they are', () => {
    expect(factsOf(report, '2023').map((f) => f.when)).toEqual(['2018', '2022', '2018', '2022', '2018', '2022']);
  });

  it('a change with no dated change before it keeps the sentence’s date', () => {
    const facts = factsOf('标题\n2022年，全县财政收入由8亿元增加到12亿元。', '2023');
    expect(facts.map((f) => f.when)).toEqual(['2022', '2022']);
  });
});

describe('a signing day named before the period it falls in', () => {
  it('the day of a signing event dates its total, not the quarter describing the projects', () => {
    const facts = factsOf('标题\n5月18日，某某区举行二季度重大项目集中签约活动，签约项目12个，总投资45亿元。', '2022-05-20');
    expect(facts[0]!.when).toBe('2022-05-18');
  });

  it('a period opening its own clause after a cut-off day dates its amount', () => {
    const facts = factsOf('标题\n截至5月18日，已开工项目累计完成投资30亿元，今年1-5月完成投资12亿元。', '2022-05-20');
    expect(facts[1]!.when).toBe('2022-01/2022-05');
  });
});

describe('a page’s own date on a caption’s line', () => {
  it('a labelled page date (日期：) before a caption dates none of its amounts', () => {
    const facts = factsOf('标题\n日期：2022-10-18 补助款大幅削减，某县政府须自筹3亿元因应。（记者摄）', '2022-10-18');
    expect(facts[0]!.when).toBeNull();
  });

  it('an unlabelled day opening a sentence still dates its amount', () => {
    const facts = factsOf('标题\n2022年10月18日，某县政府拨付3亿元用于道路修复。', '2022-10-20');
    expect(facts[0]!.when).toBe('2022-10-18');
  });
});
