import { describe, expect, it } from 'vitest';
import { Pipeline } from '../../src/pipeline/process';
import { schemaErrors } from '../../src/model/schema';
import type { Fact } from '../../src/facts/schema';

// The fact linker through the whole pipeline, on kinds of language
// (GUIDELINES, facts): invented sentences, not fixture ones.

const pipeline = Pipeline.create();

function factsOf(text: string, referenceDate = '2023'): Fact[] {
  const record = pipeline.process(
    { kind: 'document', doc: 't.txt', text, source: { path: 't.txt', bytes: 0, sha256: '0'.repeat(64), encoding: 'utf-8' } },
    referenceDate,
  );
  expect(schemaErrors(record)).toEqual([]);
  return record.facts ?? [];
}

const brief = (f: Fact) => ({ text: f.text, when: f.when, where: f.where.map((w) => w.path), who: f.who });

describe('fact linker', () => {
  it('a dated grant from a city government to a county', () => {
    const [fact] = factsOf('标题\n2019年，珠海市政府向福贡县投入3.2亿元，用于建设易地扶贫搬迁安置点。');
    expect(brief(fact!)).toEqual({ text: '3.2亿元', when: '2019', where: ['云南省/怒江傈僳族自治州/福贡县'], who: ['广东省/珠海市'] });
    expect(fact!.purpose).toBe('建设易地扶贫搬迁安置点');
    expect(fact!.basis).toMatchObject({ when: 'sentence', where: 'clause', who: 'clause' });
  });

  it('a recurring amount has no date; a comparison base year is not the date', () => {
    const facts = factsOf('标题\n2022年，杭州市每年安排资金500万元支持阿瓦提县。2023年投入资金800万元，比2022年增加300万元。');
    expect(facts.map((f) => f.when)).toEqual([null, '2023', '2023']);
  });

  it('a completion date does not count, a start date after the amount does', () => {
    const facts = factsOf('标题\n该项目总投资2亿元，2023年5月建成投用。另一项目投资3亿元，已于2023年7月29日开工建设。');
    expect(facts.map((f) => f.when)).toEqual([null, '2023-07-29']);
  });

  it('a carried-on sentence takes the previous date; others do not', () => {
    const facts = factsOf('标题\n淄博市援建昂仁县项目10个，2021年完成投资。同时投资500万元建设蔬菜大棚。另一项目投资300万元新建学校。');
    expect(facts.map((f) => f.when)).toEqual(['2021', null]);
  });

  it('a paragraph opened by its year alone dates its later sentences too (fresh22_10, fresh26_08, fresh27_06 gold)', () => {
    const facts = factsOf('标题\n2021年，淄博市援建昂仁县项目10个。同时投资500万元建设蔬菜大棚。投资300万元新建学校。');
    expect(facts.map((f) => f.when)).toEqual(['2021', '2021']);
  });

  it('an introducer is not the giver, and statistics have no giver', () => {
    const facts = factsOf('标题\n上海援疆指挥部引进企业，在泽普县投资2亿元建设加工基地。泽普县去年实现旅游收入4200万元。');
    expect(facts.map(brief)).toEqual([
      { text: '2亿元', when: null, where: ['新疆维吾尔自治区/喀什地区/泽普县'], who: [] },
      { text: '4200万元', when: '2022', where: ['新疆维吾尔自治区/喀什地区/泽普县'], who: [] },
    ]);
  });

  it('a sentence naming no place inherits the previous sentence’s destination and giver', () => {
    const facts = factsOf('标题\n山东援藏在南木林县实施项目12个。投资400万元建设10个蔬菜大棚。');
    expect(brief(facts[0]!)).toMatchObject({ where: ['西藏自治区/日喀则市/南木林县'], who: ['山东省'] });
    expect(facts[0]!.basis).toMatchObject({ where: 'previous-sentence', who: 'previous-sentence' });
  });

  it('a named organisation giving is written as named', () => {
    const [fact] = factsOf('标题\n手术费用约18万元，全部由某某救助基金会承担。');
    expect(fact!.who).toEqual(['某某救助基金会']);
  });

  it('years listed for one amount become an interval; rates per period have no date', () => {
    const facts = factsOf('标题\n2020年、2021年，苏州市共投入资金900万元。2022年，当地群众人均年收入1.2万元。');
    expect(facts.map((f) => f.when)).toEqual(['2020/2021', null]);
  });

  it('a district written after its city gives as the district', () => {
    const [fact] = factsOf('标题\n上海市闵行区与泽普县结对，每年安排资金300万元支持教育。');
    expect(brief(fact!)).toMatchObject({ who: ['上海市/闵行区'], where: ['新疆维吾尔自治区/喀什地区/泽普县'] });
  });

  it('places of the donor province are not destinations; a county spending on itself is its own subject', () => {
    const aid = factsOf('标题\n福贡县是珠海市对口帮扶的县。珠海援怒工作组在福贡县投入资金500万元。在珠海举办的展销会上销售额达300万元。');
    expect(aid.map((f) => f.where.map((w) => w.path))).toEqual([['云南省/怒江傈僳族自治州/福贡县'], ['云南省/怒江傈僳族自治州/福贡县']]);
    const own = factsOf('标题\n近年来，福贡县委县政府大力发展产业。全县实现旅游收入2亿元。');
    expect(own[0]!.where.map((w) => w.path)).toEqual(['云南省/怒江傈僳族自治州/福贡县']);
  });

  it('an amount for the whole year takes the year of the date it follows', () => {
    const facts = factsOf('标题\n今年3月5日，物流园正式运营。预计全年营业额可达2亿元。', '2023');
    expect(facts.map((f) => f.when)).toEqual(['2023']);
  });

  it('the article’s own government spending (全县投入) is its subject place', () => {
    const facts = factsOf('标题\n福贡县大力发展茶叶产业。近年来，全县累计投入资金3000万元建设茶园。');
    expect(facts[0]!.who).toEqual(['云南省/怒江傈僳族自治州/福贡县']);
  });

  describe('work reports and statistics', () => {
    const report =
      '宁武县政府工作报告\n各位代表：\n一、2022年工作回顾2022年是极不平凡的一年。' +
      '全县地区生产总值完成95亿元、增长5%；一般公共预算收入6亿元。全年完成固定资产投资30亿元，其中工业投资12亿元。' +
      '对新建温室大棚的农户，按每座2万元给予补助。五年来，我们累计争取中央和省级资金15亿元。\n' +
      '二、2023年工作安排\n今年是全面建设的开局之年。推进总投资约20亿元的风电项目，确保今年6月底前开工建设；';

    it('a reviewed year dates the report’s 全年 and summary figures, not its subsidies or cumulatives', () => {
      const facts = factsOf(report);
      expect(facts.map((f) => [f.text, f.when])).toEqual([
        ['95亿元', '2022'],
        ['6亿元', '2022'],
        ['30亿元', '2022'],
        ['12亿元', '2022'],
        ['2万元', null],
        ['15亿元', null],
        ['20亿元', '2023-06'],
      ]);
    });

    it('summary and completed-investment figures have no giver; obtained money names the levels that grant it', () => {
      const facts = factsOf(report);
      const who = Object.fromEntries(facts.map((f) => [f.text, f.who]));
      expect(who['95亿元']).toEqual([]);
      expect(who['30亿元']).toEqual([]);
      expect(who['12亿元']).toEqual([]);
      expect(who['15亿元']).toEqual(['中央', '山西省']);
    });

    it('a list cut by semicolons, and 其中 after a speaker, go on with the period before', () => {
      const facts = factsOf('标题\n“今年1—9月，宁武县接待游客300万人次；实现旅游收入25亿元，同比增长10%。”县文旅局负责人介绍，其中景区门票收入约2亿元。', '2023');
      expect(facts.map((f) => f.when)).toEqual(['2023-01/2023-09', '2023-01/2023-09']);
    });

    it('the article’s county as spender in a later clause (我县…，全年为企业减税降费…)', () => {
      const facts = factsOf('宁武县2022年工作总结\n在山西省营商环境评价中，我县位列全省第十位，全年为市场主体减税降费1亿元，发放创业担保贷款2000万元。');
      expect(facts.map(brief)).toEqual([
        { text: '1亿元', when: '2022', where: ['山西省/忻州市/宁武县'], who: ['山西省/忻州市/宁武县'] },
        { text: '2000万元', when: '2022', where: ['山西省/忻州市/宁武县'], who: ['山西省/忻州市/宁武县'] },
      ]);
    });
  });

  describe('dates the amount does not take', () => {
    it('a cumulative takes no event date of another clause', () => {
      const facts = factsOf('标题\n宁武县去年接待游客10万人次，针对交通不便的实际，县里累计投入资金3亿元新建农村公路。');
      expect(facts[0]!.when).toBeNull();
    });

    it('a cut-off date stays the date of a cumulative even before a completion clause', () => {
      const facts = factsOf('标题\n截至今年6月底，宁武县已完工项目28个，累计完成投资7亿元。', '2023');
      expect(facts.map((f) => [f.when, f.who])).toEqual([['2023-06', []]]);
    });

    it('a completion date in the sentence blocks the carried date, even after 其中', () => {
      const facts = factsOf('标题\n今年以来，宁武县投入医疗卫生资金4亿元。其中，总投资2亿元的县医院新院区于今年5月建成投用。', '2023');
      expect(facts.map((f) => f.when)).toEqual(['2023', null]);
    });

    it('a date standing as its own clause before a completion is a completion date', () => {
      const facts = factsOf('标题\n2023年11月，宁武县东寨镇中心学校新建的食堂投入使用，总投资400万元。');
      expect(facts[0]!.when).toBeNull();
    });

    it('its own time phrase (期间, 目前) takes no date from the sentence before', () => {
      const facts = factsOf('标题\n2023年5月，宁武县举办招商会。同时，疫情防控期间，宁武县投入专项资金200万元。', '2023');
      expect(facts[0]!.when).toBeNull();
    });

    it('a start date three clauses after the amount is not its date', () => {
      const facts = factsOf('标题\n展销会销售额达1000余万元，举办产品推介会，吸引客商200余人，2023年签约招商项目15个。');
      expect(facts[0]!.when).toBeNull();
    });

    it('a plan named by its period (“十四五”规划) does not date the year a sentence names', () => {
      const facts = factsOf('标题\n2023年是落实“十四五”规划的关键之年，山东援藏投入援藏资金3亿元。', '2024');
      expect(facts[0]!.when).toBe('2023');
    });
  });

  describe('givers and receivers', () => {
    it('unnamed actors (当地, bare 政府) give no one', () => {
      const facts = factsOf('标题\n山东援藏在宁武县投入资金5000万元。政府按规定给予重建补助，每户补助标准为3万元。十年来，当地先后投入文物保护资金超过1亿元。');
      expect(facts.map((f) => f.who)).toEqual([['山东省'], [], []]);
    });

    it('a receiver, and donating companies of named origins, give no one; origins are not where', () => {
      const facts = factsOf('宁武县灾后重建\n据统计，全县共接收社会捐赠款物价值1亿元，其中来自太原市、大同市等地爱心企业的捐赠超过3000万元。');
      expect(facts.map(brief)).toEqual([
        { text: '1亿元', when: null, where: ['山西省/忻州市/宁武县'], who: [] },
        { text: '3000万元', when: null, where: ['山西省/忻州市/宁武县'], who: [] },
      ]);
    });

    it('a place right after a giving verb receives', () => {
      const [fact] = factsOf('标题\n今年，江苏省苏州市投入铜仁市东西部协作财政援助资金2亿元，实施帮扶项目30个。');
      expect(brief(fact!)).toMatchObject({ where: ['贵州省/铜仁市'], who: ['江苏省/苏州市'] });
    });

    it('every place listed after 向 receives', () => {
      const [fact] = factsOf('标题\n广东省累计向贡山县、福贡县等3个对口县安排帮扶资金3亿元。');
      expect(brief(fact!)).toMatchObject({ who: ['广东省'] });
      expect(fact!.where.map((w) => w.path).sort()).toEqual(['云南省/怒江傈僳族自治州/福贡县', '云南省/怒江傈僳族自治州/贡山独龙族怒族自治县']);
    });

    it('a place named as what the work is for (甲县的援建任务) does not give', () => {
      const [fact] = factsOf('标题\n深圳市承担了察隅县和墨脱县的援建任务，2021年投入援建资金3亿元。');
      expect(fact!.who).toEqual(['广东省/深圳市']);
      expect(fact!.where.map((w) => w.path).sort()).toEqual(['西藏自治区/林芝市/墨脱县', '西藏自治区/林芝市/察隅县']);
    });

    it('a project total (总投资) does not make the sentence’s first place its giver', () => {
      const [fact] = factsOf('标题\n宁武县共谋划重建项目100个，总投资约30亿元，涉及水利、交通等8大类。');
      expect(brief(fact!)).toMatchObject({ where: ['山西省/忻州市/宁武县'], who: [] });
    });

    it('the article’s county as subject of later clauses issues bonds; 地方政府 after a verb is not an unnamed giver', () => {
      const facts = factsOf('宁武县灾后重建\n全县累计争取中央和省级重建资金10亿元，发行地方政府专项债券5亿元。');
      expect(facts.map((f) => f.who)).toEqual([['中央', '山西省'], ['山西省/忻州市/宁武县']]);
    });

    it('a lender is named without the verb before it', () => {
      const [fact] = factsOf('标题\n宁武县还将借助亚洲开发银行贷款项目，争取约2000万美元用于污水治理。');
      expect(fact!.who).toEqual(['亚洲开发银行']);
    });

    it('an introducer’s amount does not make a later clause’s amount introduced', () => {
      const facts = factsOf('标题\n山东援藏在拉孜县实施项目20个。工作组引入投资1000万元新建县中学教学楼，投资500万元新建小学运动场。');
      expect(facts.map((f) => f.who)).toEqual([[], ['山东省']]);
    });

    it('投资总额 is a total (a noun), not 投资 as a giving verb of the name before it', () => {
      const [fact] = factsOf('标题\n今年全省新落地仁和康复医院等36个投资总额5000万美元以上的外资项目。');
      expect(fact!.who).toEqual([]);
    });

    it('a signing total has no giver carried', () => {
      const facts = factsOf('标题\n浙江援疆指挥部在阿瓦提县投入资金1亿元。当天，两地签约项目31个，计划投资额达50亿元。');
      expect(facts.map((f) => f.who)).toEqual([['浙江省'], []]);
    });
  });

  describe('places', () => {
    it('a quote paragraph goes on with the scene of the paragraph before', () => {
      const facts = factsOf('宁武县发展纪实\n10月8日，在宁武县东寨镇的种植基地，村民们忙着收获。\n“按照每公斤2元的收购价，一亩地纯收入2000多元。”');
      expect(facts.map((f) => f.where.map((w) => w.path))).toEqual([['山西省/忻州市/宁武县/东寨镇'], ['山西省/忻州市/宁武县/东寨镇']]);
    });

    it('the places of the clause after the amount, when its own names none', () => {
      const [fact] = factsOf('标题\n山东援藏在日喀则市开展工作。山东援藏投资4000多万元，实施拉孜县人民医院门诊楼建设项目。');
      expect(brief(fact!)).toMatchObject({ where: ['西藏自治区/日喀则市/拉孜县'], who: ['山东省'] });
    });

    it('a breakdown after the amount (其中甲县、乙县的产品) is not where it goes', () => {
      const facts = factsOf('标题\n日喀则市农产品交易市场开业。预计全年交易额可达5亿元，其中拉孜县、萨迦县等地的特色产品占30%以上。');
      expect(facts[0]!.where.map((w) => w.path)).toEqual(['西藏自治区/日喀则市']);
    });

    it('places named only in passing (branch offices, a venue) are no subject for amounts that name none', () => {
      const facts = factsOf(
        '某某期货获股东增资\n某某控股宣布以现金向某某期货增资5亿元，增资完成后持股比例升至80%。\n某某期货在杭州、南京、合肥设有分公司，另设有两家营业部。\n上半年某某期货实现营业收入3.2亿元。',
      );
      expect(facts.map((f) => f.where)).toEqual([[], []]);
      expect(facts.map((f) => f.basis.where)).toEqual(['none', 'none']);
    });

    it('the only place an article names stays its subject, even in passing', () => {
      const facts = factsOf('经济观察\n作者长期研究香港经济走势。\n第三季私人消费比第二季少35亿元。');
      expect(facts.map((f) => f.where.map((w) => w.path))).toEqual([['香港特别行政区']]);
    });

    it('the place a headline names is the subject of amounts that name none', () => {
      const facts = factsOf('衡山县财政收入再创新高\n今年以来，全县经济稳中有进。\n上半年完成地方财政收入6.5亿元，增长8%。');
      expect(facts.map((f) => ({ where: f.where.map((w) => w.path), basis: f.basis.where }))).toEqual([
        { where: ['湖南省/衡阳市/衡山县'], basis: 'document' },
      ]);
    });

    it('a place that receives money in a paragraph with amounts is the subject of amounts elsewhere', () => {
      const facts = factsOf('对口支援工作综述\n今年，省里向泽普县下达帮扶资金8000万元，用于产业发展。\n项目全部建成后，预计带动群众年增收1200万元。');
      expect(facts[1]!.where.map((w) => w.path)).toEqual(facts[0]!.where.map((w) => w.path));
      expect(facts[1]!.basis.where).not.toBe('none');
    });
  });
});

describe('fact dates in statistics and finance prose', () => {
  it('a sentence opening with 同期 takes the period of the one before', () => {
    const facts = factsOf('标题\n今年1-8月，某省出口机电产品1000亿元，增长18%。同期，某省进口设备500亿元。');
    expect(facts.map((f) => f.when)).toEqual(['2023-01/2023-08', '2023-01/2023-08']);
  });

  it('a figure with a rate of change takes the report period in force; one without takes none', () => {
    const facts = factsOf('标题\n今年上半年，某公司实现营业收入41亿元，同比增长34%。\n该公司利息净收入为9.6亿元，同比增长25%。\n该公司另有一笔资金2亿元。');
    expect(facts.map((f) => f.when)).toEqual(['2023-01/2023-06', '2023-01/2023-06', null]);
  });

  it('a rate of change before the amount marks a figure too', () => {
    const facts = factsOf('标题\n今年上半年，某公司营业收入增长。交易性金融资产同比增长107%，达到472.5亿元。');
    expect(facts.map((f) => f.when)).toEqual(['2023-01/2023-06']);
  });

  it('the base of a comparison written 与…相比 is not the date', () => {
    const facts = factsOf('标题\n2022年，全县实现生产总值95亿元；与2020年相比，两年平均增长2.5%，人均生产总值为74331元。');
    expect(facts.map((f) => f.when)).toEqual(['2022', '2022']);
  });

  it('the year a figure is level with (与上年持平) is no date of it: the report period in force is', () => {
    const facts = factsOf('标题\n今年上半年，全县农业经济运行平稳。牧业产值2.1亿元，同比增长3%，渔业产值1842万元，与上年持平，增加值1304万元，同比增长1.4%。');
    expect(facts.map((f) => f.when)).toEqual(['2023-01/2023-06', '2023-01/2023-06', '2023-01/2023-06']);
  });

  it('a cut-off date before 今年 is the amount’s date', () => {
    const facts = factsOf('标题\n截至4月30日，今年援助资金到位45.8亿元。今年投入资金3亿元。', '2023-06-01');
    expect(facts.map((f) => f.when)).toEqual(['2023-04-30', '2023']);
  });

  it('a summary figure (GDP, 生产总值) takes the period in force, a paragraph later too', () => {
    // 跻身万亿 (a bare magnitude after a money word) is money too: dated by its own sentence's year.
    const facts = factsOf('标题\n2021年，某市GDP跻身万亿。\n这是重要一笔。\nGDP突破3万亿元的深圳、2.8万亿元的广州组成一个经济圈。');
    expect(facts.map((f) => f.when)).toEqual(['2021', '2021', '2021']);
  });

  it('a plan named in straight quotes is not the period in force', () => {
    const facts = factsOf('标题\n2022年是全面实施"十四五"规划的关键之年。第一产业实现增加值77亿元，增长3.5%。');
    expect(facts.map((f) => f.when)).toEqual(['2022']);
  });
});
