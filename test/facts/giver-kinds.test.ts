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

describe('unnamed investors and generic organisations', () => {
  it('foreign investors of a province (某省外商投资) are an unnamed group: the province gives nothing', () => {
    const facts = factsOf('标题\n今年1-9月，湖北省外商直接投资实际到资15.6亿美元，同比增长12%。', '2023-10-20');
    expect(facts.map((f) => f.who)).toEqual([[]]);
    expect(facts[0]!.where.map((w) => w.path)).toEqual(['湖北省']);
  });

  it('a kind of company after a year (对2022年度跨国公司…) names nobody, and no name holds a date', () => {
    const generic = factsOf('标题\n对2022年度跨国公司在本省投资的重大项目实施奖补，奖补资金2亿元。', '2023');
    expect(generic.map((f) => f.who)).toEqual([[]]);
    const named = factsOf('标题\n2022年度宏远公司捐赠50万元用于助学。', '2023');
    expect(named.map((f) => f.who)).toEqual([['宏远公司']]);
  });
});

describe('national bodies and sums that nobody gives', () => {
  it('central state companies (中央企业, 央企) give by that name', () => {
    const facts = factsOf('标题\n近五年来，中央企业在青海投入帮扶资金20亿元。', '2023');
    expect(facts.map((f) => f.who)).toEqual([['中央企业']]);
  });

  it('total assets and the sum of contracts are statistics with no giver', () => {
    const facts = factsOf('标题\n某集团在当地设立分公司12家，总资产300亿元，签订工程合同45份，合同总额80亿元。', '2023');
    expect(facts.map((f) => f.who)).toEqual([[], []]);
  });
});

describe('donations to organisations', () => {
  it('a company giving to a charity (向某慈善协会捐资) gives; the charity after 向 receives', () => {
    const facts = factsOf('标题\n3月15日，湖南湘江酒业集团有限公司向湖南省慈善协会捐资2亿元，设立慈善基金。', '2023');
    expect(facts.map((f) => f.who)).toEqual([['湖南湘江酒业集团有限公司']]);
  });

  it('the whole name holds a shorter ending inside it (某某集团有限公司, not 某某集团)', () => {
    const facts = factsOf('标题\n广州恒信实业集团有限公司捐赠80万元。', '2023');
    expect(facts.map((f) => f.who)).toEqual([['广州恒信实业集团有限公司']]);
  });
});

describe('places that name a project', () => {
  it('a place opening a project’s name (某镇改造项目援建资金) is the site, not a giver: the partner named before gives', () => {
    const facts = factsOf('标题\n2019年，玛多县将与江苏省在四个项目上开展对口援建。其中，花石峡镇供暖改造项目援建资金300万元；学校项目援建资金150万元。另有卫生院项目援建资金90万元。', '2019-06');
    expect(facts.map((f) => f.who)).toEqual([['江苏省'], ['江苏省'], ['江苏省']]);
    expect(facts[0]!.where.map((w) => w.path)).toEqual(['青海省/果洛藏族自治州/玛多县/花石峡镇']);
  });

  it('the site of one list item is no place of an amount after the list', () => {
    const facts = factsOf('玛多县对口援建工作成效显著\n2019年，玛多县将与江苏省在四个项目上开展对口援建。其中，花石峡镇供暖改造项目援建资金300万元；学校项目援建资金150万元。另有卫生院项目援建资金90万元。', '2019-06');
    expect(facts.map((f) => f.where.map((w) => w.path))).toEqual([
      ['青海省/果洛藏族自治州/玛多县/花石峡镇'],
      ['青海省/果洛藏族自治州/玛多县'],
      ['青海省/果洛藏族自治州/玛多县'],
    ]);
  });
});

describe('national companies without an ending', () => {
  it('a name opened by a national prefix and followed by its giving verb gives (中国某某投资, 国家某某投入)', () => {
    const facts = factsOf('标题\n中国中铁投资5亿元建设物流园。国家电网在当地投入资金3亿元。', '2023');
    expect(facts.map((f) => f.who)).toEqual([['中国中铁'], ['国家电网']]);
  });

  it('a national prefix inside a word, or alone, opens no name', () => {
    const facts = factsOf('标题\n沿线国家企业也看好中国，投资82亿美元。国家投入资金5亿元。', '2023');
    expect(facts.map((f) => f.who)).toEqual([[], []]);
  });

  it('the central government under a national prefix (国家财政, 中国政府, 中央预算内) is written 中央', () => {
    const facts = factsOf('标题\n国家财政投入资金5亿元支持当地发展。中国政府援助邻国2亿元。中央预算内投资3亿元用于水利建设。', '2023');
    expect(facts.map((f) => f.who)).toEqual([['中央'], ['中央'], ['中央']]);
  });

  it('a project named after a national word (中央厨房项目) is no giver', () => {
    const facts = factsOf('标题\n中央厨房项目投资200万元。', '2023');
    expect(facts.map((f) => f.who)).toEqual([[]]);
  });
});

describe('guiding and mobilising others', () => {
  it('the aid team that guides firms in (引导) or mobilises society (动员) gives neither the firms’ investment nor society’s money', () => {
    const facts = factsOf('标题\n2022年，珠海市向怒江州拨付帮扶资金2亿元；引导企业落地投产20家，实际到位投资10亿元；动员社会力量投入帮扶款物3000万元。');
    expect(facts.map((f) => f.who)).toEqual([['广东省/珠海市'], [], []]);
  });
});

describe('labels before a long organisation name', () => {
  it('a label (爱心组织) before a long name opened by a province is no part of the name', () => {
    const facts = factsOf('标题\n爱心组织浙江省慈航公益基金会捐赠20万元，用于灾后重建。', '2023');
    expect(facts.map((f) => f.who)).toEqual([['浙江省慈航公益基金会']]);
  });
});

describe('names pointing back', () => {
  it('该集团 right before its giving verb stands for the group named before', () => {
    const facts = factsOf('标题\n宏达控股集团定点帮扶某某县已有五年。\n今年该集团投入300万元建设乡村示范点。', '2023');
    expect(facts.map((f) => f.who)).toEqual([['宏达控股集团']]);
  });

  it('该公司 followed by a noun phrase holding 投资 (自营投资业务) gives nothing', () => {
    const facts = factsOf('标题\n旗下子公司某某证券发布半年报。\n该公司经纪及自营投资业务表现亮眼，投资收益共计6.5亿元。', '2023');
    expect(facts.map((f) => f.who)).toEqual([[]]);
  });
});

describe('帮扶 as a giving verb after an adverb (将帮扶, 分别帮扶)', () => {
  it('the province and the cities listed before it give, and receive nothing', () => {
    const facts = factsOf('标题\n今年，福建将帮扶600万元资金建设会宁县第一中学，厦门、泉州2市将分别帮扶200万元。', '2023');
    expect(facts.map((f) => f.who)).toEqual([['福建省'], ['福建省/厦门市', '福建省/泉州市']]);
    expect(facts[0]!.where.map((w) => w.path)).toEqual(['甘肃省/白银市/会宁县']);
  });

  it('帮扶 as a noun (消费帮扶渠道, 爱心帮扶) names no giver', () => {
    const facts = factsOf('标题\n去年，该县通过消费帮扶渠道销售农产品1.2亿元。', '2023');
    expect(facts.map((f) => f.who)).toEqual([[]]);
  });
});
