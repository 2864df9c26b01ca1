import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// More kinds of language the fact linker reads (GUIDELINES, facts), in
// invented sentences: dates that govern amounts across clauses and sentences,
// and givers that are organisations without the usual endings.

describe('dates across clauses and sentences', () => {
  it('a period clause after the spaces and markup a paragraph opens with still dates a cumulative', () => {
    const facts = factsOf('标题\n<p>　　“十四五”期间，全省新建学校30所，累计投入资金50亿元。</p>');
    expect(facts.map((f) => f.when)).toEqual(['2021/2025']);
  });

  it('a paragraph opening on a topic of the report (在…方面) goes on with the period in force', () => {
    const facts = factsOf('标题\n截至11月底，东部省份向西部省份投入援助资金231亿元。\n在产业合作方面，共建园区70个，引导企业投资1268亿元。\n在劳务协作方面，帮助8万人就业。\n在社会参与方面，社会各界捐赠21亿元。', '2023-12-20');
    expect(facts.map((f) => f.when)).toEqual(['2023-11', '2023-11', '2023-11']);
  });

  it('a sum of items (共计) in a topic sentence is no undated cumulative: it takes the period in force', () => {
    const facts = factsOf('标题\n2022年上半年，公司营业收入40亿元。\n在自营投资方面，投资收益共计6.5亿元，同比增长59%。', '2022-08-30');
    expect(facts.map((f) => f.when)).toEqual(['2022-01/2022-06', '2022-01/2022-06']);
  });

  it('the day of a dateline is when the report is filed, not the date of its amounts', () => {
    const facts = factsOf('标题\n新华社福州3月11日电 福建省近日将启动一批援藏项目，这批项目将投入6700多万元。', '2023');
    expect(facts.map((f) => f.when)).toEqual([null]);
    // 电 starting a word (电网, 电商) after a day is no dateline.
    const grid = factsOf('标题\n2023年11月5日电网企业投资5亿元建设变电站。', '2023');
    expect(grid.map((f) => f.when)).toEqual(['2023-11-05']);
  });

  it('a topic opened with 在 and closed with 上 or 中 (在就业帮扶上，在教育工作中，) goes on with the period in force', () => {
    const facts = factsOf('标题\n今年，对口支援安排资金10亿元。\n在就业帮扶上，安排项目12个，投入资金1.2亿元。\n在教育医疗工作中，安排资金3亿元。', '2019-04-02');
    expect(facts.map((f) => f.when)).toEqual(['2019', '2019', '2019']);
  });

  it('a basis closed with 上 (在此基础上，) is no topic: nothing carried', () => {
    const facts = factsOf('标题\n今年，对口支援安排资金10亿元。\n在此基础上，企业又投资2亿元。', '2019-04-02');
    expect(facts.map((f) => f.when)).toEqual(['2019', null]);
  });

  it('a turn of the argument (另一方面) is no topic of the report: nothing carried', () => {
    const facts = factsOf('标题\n2022年上半年，公司营业收入40亿元。\n另一方面，公司投资5亿元新建工厂。', '2022-08-30');
    expect(facts.map((f) => f.when)).toEqual(['2022-01/2022-06', null]);
  });

  it('a change over a span dates the amount it starts from by the start, the one it reaches by the end', () => {
    const facts = factsOf('标题\n2021至2025年，全区生产总值从1,755.7亿元（人民币，下同）增长至3,318.1亿元。服务业产值亦从964.1亿元增至2,182.0亿元。', '2026');
    expect(facts.map((f) => f.when)).toEqual(['2021', '2025', '2021', '2025']);
  });

  it('a change in an undated sentence takes no single month in force', () => {
    const facts = factsOf('标题\n今年6月，某公司发布收购公告。本次变更完成后，该公司注册资本从3.14亿元升至5.24亿元。', '2021-09-01');
    expect(facts.map((f) => f.when)).toEqual([null, null]);
  });

  it('a figure compared with the year before (比上年) takes the report period in force', () => {
    const facts = factsOf('标题\n2022年，全国国内生产总值1210207亿元，比上年增长3.0%。全员劳动生产率为152977元/人，比上年提高4.2%。', '2023-02-28');
    expect(facts.map((f) => f.when)).toEqual(['2022', '2022']);
  });
});

describe('dates of lists and superlatives', () => {
  it('in a list cut by semicolons, the first item’s date governs, not a compared year of the item before', () => {
    const facts = factsOf('标题\n今年前三季度，某市外贸进出口总值1957.7亿元，同比增长42.4%；其中，出口1524.7亿元，已超2020年全年的1503.6亿元；进口433.0亿元，增长18.3%。', '2021-10-20');
    expect(facts.map((f) => f.when)).toEqual(['2021-01/2021-09', '2021-01/2021-09', '2020', '2021-01/2021-09']);
  });

  it('a carry-on word after an undated sentence takes the date named before in the paragraph', () => {
    const facts = factsOf('标题\n2020年，对沿线国家直接投资177.9亿美元。一大批境外项目稳步推进。同时，沿线国家企业在华直接投资82.7亿美元。', '2021');
    expect(facts.map((f) => f.when)).toEqual(['2020', '2020']);
  });

  it('a year of a superlative (今年以来最高) does not replace the month before it', () => {
    const facts = factsOf('标题\n9月进出口值升至今年以来最高值，为383.9亿元。', '2023-10-20');
    expect(facts.map((f) => f.when)).toEqual(['2023-09']);
  });
});

describe('a paragraph that opens with its period', () => {
  it('a span (not a single date) opening the paragraph dates its later sentences, cumulatives too', () => {
    const facts = factsOf('标题\n8月4日至8月13日，市慈善总会累计接收捐赠款2191万元，已拨付620万元。捐赠资金剩余1121万元。累计接收物资折价561万元。\n另一段落，捐赠300万元。', '2023-08-20');
    expect(facts.map((f) => f.when)).toEqual(['2023-08-04/2023-08-13', '2023-08-04/2023-08-13', '2023-08-04/2023-08-13', '2023-08-04/2023-08-13', null]);
  });

  it('but not a sentence with a span of its own (十多年来) or one after a completion (完成后)', () => {
    const facts = factsOf('标题\n2010年至2012年，某省与某州建立对口支援关系。十多年来，累计投入援助资金约42亿元。变更完成后，注册资本升至5亿元。', '2023');
    expect(facts.map((f) => f.when)).toEqual([null, null]);
  });
});

describe('givers', () => {
  it('an organisation that receives donations (某会接收捐赠款) is not their giver', () => {
    const facts = factsOf('标题\n截至8月13日，市慈善总会累计接收抗洪救灾捐赠款共计2191万元。');
    expect(facts.map((f) => f.who)).toEqual([[]]);
  });

  it('organisations named by a federation or youth league ending give as named', () => {
    const facts = factsOf('标题\n省慈善总会向灾区拨付救灾款620万元。团省委为受灾学生捐赠100万元。省青基会向灾区学校捐赠50万元。');
    expect(facts.map((f) => f.who)).toEqual([['省慈善总会'], ['团省委'], ['省青基会']]);
  });

  it('an organisation opening its sentence receives in one clause and gives in a later one', () => {
    const facts = factsOf('标题\n8月4日至8月13日，市慈善总会累计接收捐赠款2191万元，已拨付620万元。', '2023-08-20');
    expect(facts.map((f) => f.who)).toEqual([[], ['市慈善总会']]);
    const league = factsOf('标题\n团市委共接收捐款2000笔，总金额282万元，已向受灾地区拨付救灾款20万元，募集物资607万元。', '2023-08-20');
    expect(league.map((f) => f.who)).toEqual([[], ['团市委'], []]);
  });

  it('organisations listed as the opening subject all give', () => {
    const facts = factsOf('标题\n团市委、市青基会共接收捐款2000笔，总金额282万元，已向受灾地区拨付救灾款20万元。', '2023-08-20');
    expect(facts.map((f) => f.who)).toEqual([[], ['团市委', '市青基会']]);
  });

  it('a generic mention (该公司, 上市公司) is no organisation name', () => {
    const facts = factsOf('标题\n外国投资者对上市公司投资额度放宽至3000亿元。该公司投资2亿元新建厂房。');
    expect(facts.map((f) => f.who)).toEqual([[], []]);
  });

  it('a village of the article’s own county spending once does not pay for the article’s other amounts', () => {
    const facts = factsOf('标题\n卫辉市加快灾后重建。\n卫辉市狮豹头乡砂掌村投资620万元修复道路。\n新建学校一所，投入资金4.3亿元。', '2022');
    expect(facts.map((f) => f.who)).toEqual([['河南省/新乡市/卫辉市/狮豹头乡/砂掌村'], []]);
  });

  it('a donor city of another province still pays for amounts that name no giver', () => {
    const facts = factsOf('标题\n淄博市援建昂仁县项目10个。\n昂仁县位于日喀则市西部。\n学校新建教学楼一栋，投资500万元。', '2022');
    expect(facts.map((f) => f.who)).toEqual([['山东省/淄博市']]);
  });

  it('a fine is paid by the party fined, named as the object of 对 or opening a clause since the amount before', () => {
    const facts = factsOf('标题\n案例一\n根据群众举报，市场监督管理局依法对新乐市华兴医疗器械商贸有限公司开展立案调查。经查，该公司在其网店铺发布虚假宣传内容。该局责令改正，并罚款30万元。\n案例二\n经查，城南丙丁百货店存在销售过期食品的违法行为。市场监督管理局依法对该店罚款8000元。', '2020');
    expect(facts.map((f) => f.who)).toEqual([['新乐市华兴医疗器械商贸有限公司'], ['城南丙丁百货店']]);
  });

  it('prizes for athletes go to no place: the place named awards them', () => {
    const facts = factsOf('标题\n运动会落幕，各省奖励水涨船高。湖北从上届的每枚金牌15万元上涨到25万元；湖南的涨幅更大，从16万元增至30万元。', '2023');
    expect(facts.map((f) => ({ where: f.where.map((w) => w.path), who: f.who }))).toEqual([
      { where: [], who: ['湖北省'] },
      { where: [], who: ['湖北省'] },
      { where: [], who: ['湖南省'] },
      { where: [], who: ['湖南省'] },
    ]);
  });

  it('the place of a dateline is not where the money goes; the same place in the story is', () => {
    const national = factsOf('标题\n中国经济网北京1月29日讯 商务部表示，2020年我国对外直接投资1329亿美元。', '2021');
    expect(national.map((f) => f.where.map((w) => w.path))).toEqual([[]]);
    const local = factsOf('标题\n新华社拉萨3月1日电 拉萨市投资5亿元新建学校。', '2021');
    expect(local.map((f) => f.where.map((w) => w.path))).toEqual([['西藏自治区/拉萨市']]);
  });

  it('an article whose places all start a company name is about the company: no place is its subject', () => {
    const company = factsOf('黑龙江北大荒农业股份有限公司发布年报\n2011年，公司实现营业收入133亿元，净利润3.8亿元。', '2012');
    expect(company.map((f) => f.where.map((w) => w.path))).toEqual([[], []]);
    const county = factsOf('衡阳县经济运行情况\n2022年，全县实现地区生产总值420亿元。', '2023');
    expect(county.map((f) => f.where.map((w) => w.path))).toEqual([['湖南省/衡阳市/衡阳县']]);
  });

  it('an aid team named with its batch (第十批援藏工作队) gives, and is no destination', () => {
    const facts = factsOf('标题\n济南市第十批援藏工作队来到白朗县巴扎村。投资160万元建设藏毯厂房。', '2023');
    expect(facts.map((f) => ({ where: f.where.map((w) => w.path), who: f.who }))).toEqual([
      { where: ['西藏自治区/日喀则市/白朗县/巴扎乡/巴扎村'], who: ['山东省/济南市'] },
    ]);
  });
});

describe('meeting venues', () => {
  it('the city a meeting is held in (在某市召开) is no place its report’s figures describe', () => {
    const facts = factsOf('标题\n1月20日，全省两会在呼和浩特召开。会上，政府工作报告回顾了过去五年的发展。全省地区生产总值由1万亿元增加到1.5万亿元。', '2016');
    expect(facts.map((f) => f.where)).toEqual([[], []]);
  });

  // 全区 names the whole autonomous region the venue lies in (an own word of its level): not the venue city.
  it('an own word of the venue’s region names that region, not the venue', () => {
    const facts = factsOf('标题\n1月20日，全区两会在呼和浩特召开。会上，政府工作报告回顾了过去五年的发展。全区地区生产总值由1万亿元增加到1.5万亿元。', '2016');
    expect(facts.map((f) => f.where.map((w) => w.path))).toEqual([['内蒙古自治区'], ['内蒙古自治区']]);
  });

  it('a place that is not followed by the meeting verb is still where the money goes', () => {
    const facts = factsOf('标题\n1月20日，某公司在呼和浩特召开会议，向武川县捐赠资金50万元。', '2016');
    expect(facts[0]!.where.map((w) => w.path)).toEqual(['内蒙古自治区/呼和浩特市/武川县']);
  });
});
