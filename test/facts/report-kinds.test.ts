import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// Kinds of report language whose dates reach an amount from further away (GUIDELINES, facts: when), in invented sentences.

describe('lists cut by semicolons', () => {
  it('an item after an undated item (互派干部…人；) still takes the date of the list’s dated item', () => {
    const facts = factsOf('标题\n2021年是两市协作的第一年，各项任务全面完成。甲市向乙市拨付帮扶资金3.2亿元；互派干部120人、教师300人次；新增落地企业45家，到位投资12.5亿元；消费帮扶销售农产品8.1亿元。', '2022-02');
    expect(facts.map((f) => f.when)).toEqual(['2021', '2021', '2021']);
  });

  it('an undated item after a list whose head names its own date is not carried past a sentence end', () => {
    // Its head's year opens no clause of its own (甲市2021年拨付…), so no paragraph is opened by it.
    const facts = factsOf('标题\n甲市2021年拨付帮扶资金3.2亿元；互派干部120人。全市另有结余资金2亿元。', '2022-02');
    expect(facts.map((f) => f.when)).toEqual(['2021', null]);
  });
});

describe('runs of changes', () => {
  it('undated changes in the sentences after a dated change (由2015年的A增加到2020年的B。…由C增加到D) share its years', () => {
    const facts = factsOf('标题\n全县财政收入由2015年的8亿元增加到2020年的15亿元，年均增长13%；人均收入由3000元增加到5200元，位居全市前列。财政支出由12亿元增加到21亿元，年均增长12%；税收由5亿元增加到9亿元。', '2021');
    expect(facts.map((f) => f.when)).toEqual(['2015', '2020', '2015', '2020', '2015', '2020', '2015', '2020']);
  });

  it('a change in another paragraph does not take them', () => {
    const facts = factsOf('标题\n全县财政收入由2015年的8亿元增加到2020年的15亿元。\n财政支出由12亿元增加到21亿元。', '2021');
    expect(facts.slice(2).map((f) => f.when)).not.toContain('2015');
  });
});

describe('the day of the event a sentence opens with', () => {
  it('a carried date is the opening day, not a year of the same event’s name (当天，举行2023年某批项目交付仪式)', () => {
    const facts = factsOf('标题\n12月8日，某县举行2023年第三批援建项目集中交付仪式。其中，村卫生室项目总投资80万元。', '2023-12-20');
    expect(facts.map((f) => f.when)).toEqual(['2023-12-08']);
  });

  it('a year that is not the opening day’s year is still carried', () => {
    const facts = factsOf('标题\n12月8日，某县发布2024年援建计划。其中，村卫生室项目计划投资80万元。', '2023');
    expect(facts.map((f) => f.when)).toEqual(['2024']);
  });

  it('the next step of a dated event (接着, 随后) takes that day', () => {
    const facts = factsOf('标题\n3月5日，委员会首先审议了2亿元的道路拨款。\n委员会接着审议学校修缮计划，追加拨款5000万元。', '2023-03-20');
    expect(facts.map((f) => f.when)).toEqual(['2023-03-05', '2023-03-05']);
  });
});

describe('annual results', () => {
  it('a figure rising against last year (较去年上升) takes the year reported, not the year before given in brackets ((2021年：…))', () => {
    const facts = factsOf('某公司发布2022年全年业绩\n集团表现\n2022年之零售业务销售额增加5%,当中网上销售占30%(2021年:网上销售占25%),主要由于客流回升。\n呈报收益总额为港币120亿元,较去年上升9%,主要由于门店扩张。', '2023-03-20');
    expect(facts.map((f) => f.when)).toEqual(['2022']);
  });
});

describe('clauses of since', () => {
  it('从X年开始…以来，…累计 takes the year, as X以来累计 does', () => {
    const facts = factsOf('标题\n记者从会上获悉：从2010年开始实施对口支援以来，援助资金累计达56亿元。', '2020-06-01');
    expect(facts.map((f) => f.when)).toEqual(['2010']);
  });

  it('an undated cumulative with no clause of since stays undated', () => {
    const facts = factsOf('标题\n记者从会上获悉：对口支援开展多年，援助资金累计达56亿元。', '2020-06-01');
    expect(facts.map((f) => f.when)).toEqual([null]);
  });
});

describe('periods glued to the words before', () => {
  it('a period closing its clause (…产业十三五期间，) dates the cumulative after it, where a mark is missing', () => {
    const facts = factsOf('标题\n国有企业积极发展当地特色产业十三五期间，国有企业累计在该省投资520亿元。', '2021-09');
    expect(facts.map((f) => f.when)).toEqual(['2016/2020']);
  });
});

describe('funds named by their giver', () => {
  it('中央 followed only by fund words right before the amount (中央预算内投资, 中央款) is the giver', () => {
    const facts = factsOf('标题\n近日，省财政厅下达我市中央预算内投资3200万元，用于学校建设。该县道路工程总经费500万元（中央款380万元、地方配合款120万元）。', '2023');
    expect(facts.map((f) => f.who)).toEqual([['中央'], [], ['中央'], []]);
  });

  it('central enterprises (中央企业投资) are no fund of the central government', () => {
    const facts = factsOf('标题\n中央企业投资120亿元，在该区建设一批产业项目。', '2023');
    expect(facts[0]!.who).not.toEqual(['中央']);
  });
});

describe('aid to a region', () => {
  it('the region the aid goes to (援疆资金 in 新疆) receives it: no giver', () => {
    const facts = factsOf('标题\n今年，西藏自治区实施援藏项目120个，总投资45亿元，其中援藏资金30亿元。', '2023-07');
    expect(facts.map((f) => f.who)).toEqual([[], []]);
  });

  it('nor is it carried as the giver of a later sentence of a paragraph about aid to it', () => {
    const facts = factsOf('标题\n山东援藏坚持产业为先，推动两地协作。西藏自治区首个对口科技园落地日喀则。文旅产业投入8000万元实施60个项目。', '2023');
    expect(facts[0]!.who).not.toContain('西藏自治区');
  });

  it('a province sending aid (山东援藏) still gives', () => {
    const facts = factsOf('标题\n2023年，山东省投入援藏资金5亿元，用于日喀则市教育项目。', '2024');
    expect(facts.map((f) => f.who)).toEqual([['山东省']]);
  });
});

describe('organisations named again by their place', () => {
  it('该市慈善总会 is the 慈善总会 named earlier with its city', () => {
    const facts = factsOf('标题\n记者从嘉兴市慈善总会了解到，全市慈善事业稳步发展。去年，该市慈善总会共计发放救助款物600万元。', '2023');
    expect(facts.map((f) => f.who)).toEqual([['嘉兴市慈善总会']]);
  });

  it('with no earlier full name it stays as written', () => {
    const facts = factsOf('标题\n去年，该市慈善总会共计发放救助款物600万元。', '2023');
    expect(facts.map((f) => f.who)).toEqual([['该市慈善总会']]);
  });
});

describe('supporting with funds', () => {
  it('支持 gives: the district paired with a county that supports it with funds each year gives them', () => {
    const facts = factsOf('标题\n苏州市吴中区还与阿图什市建立结对关系，每年支持阿图什市发展资金800万元。', '2023');
    expect(facts.map((f) => f.who)).toEqual([['江苏省/苏州市/吴中区']]);
  });
});

describe('organisations named as aid givers', () => {
  it('an organisation followed by 对口援藏 gives the aid funds of its list item', () => {
    const facts = factsOf('标题\n1995年以来，各方援藏成效显著。其中，中国银行对口援藏项目60个、援藏资金1.2亿元；中粮集团对口援藏项目45个、援藏资金9000万元。', '2023');
    expect(facts.map((f) => f.who)).toEqual([['中国银行'], ['中粮集团']]);
  });
});

describe('budget balances', () => {
  it('a surplus or deficit (财政盈余, 赤字, 贸易顺差) is a statistic: no giver', () => {
    const facts = factsOf('标题\n今年一至六月，北京市公共财政盈余120亿元。天津市财政赤字30亿元。', '2023-07-10');
    expect(facts.map((f) => f.who)).toEqual([[], []]);
  });
});

describe('parts of a work inside a place', () => {
  it('某省境内投资 is the part spent inside the province: its where, not its giver', () => {
    const facts = factsOf('标题\n该铁路全长300公里，工程总投资30亿元，其中四川省境内投资18亿元，云南省境内12亿元。', '2023');
    expect(facts.slice(1).map((f) => [f.who, f.where.map((p) => p.path)])).toEqual([[[], ['四川省']], [[], ['云南省']]]);
  });
});

describe('sums holding a share given by another', () => {
  it('a sum whose next clause holds a share (包含某省援藏资金) has no giver; the share has its own', () => {
    const facts = factsOf('标题\n第九批天津援藏工作队持续发力。该中心总投资6000万元，截至目前，已到位资金4800万元，包含天津援藏资金3000万元，天津援藏工作队提供了大力支持。', '2023');
    expect(facts.map((f) => f.who)).toEqual([[], [], ['天津市']]);
  });
});

describe('breakdowns after a colon', () => {
  it('places after 其中： name a breakdown, not where the amount before goes', () => {
    const facts = factsOf('援疆项目进展情况\n今年各援疆省市和新疆各受援地州密切协作，援疆项目进展顺利。截至9月底，19个援疆省市援疆资金到疆已达110亿元，年初计划资金都已到位，其中：湖南、浙江资金到疆已超额完成年初计划。', '2014-11');
    expect(facts.map((f) => f.where.map((p) => p.path))).toEqual([['新疆维吾尔自治区']]);
  });
});

describe('figures of the whole nation', () => {
  it('我国 as the scope of a figure: no place of the article is carried to it', () => {
    const facts = factsOf('商务部：外资增长较快\n北京市商务局举行发布会。今年前5个月，我国实际使用外资金额4000亿元，同比增长30%。', '2021-06-20');
    expect(facts.map((f) => f.where)).toEqual([[]]);
  });
});

describe('destinations named as kinds of regions', () => {
  it('向扶贫协作地区拨付…: the destination is named, as a kind of region: no place is carried', () => {
    const facts = factsOf('东西部协作取得进展\n首届博览会在广州举办，广东省各地踊跃参加。截至8月底，东部9省市向扶贫协作地区已拨付财政援助资金200亿元。', '2019-09-01');
    expect(facts.map((f) => f.where)).toEqual([[]]);
  });

  it("向社会捐赠: a giver's sum given to society at large goes to no place carried", () => {
    const facts = factsOf('标题\n甘孜县今年修建学校。某集团成立以来已累计向社会捐赠超过5亿元。', '2023');
    expect(facts.map((f) => f.where)).toEqual([[]]);
  });

  it('an institution named after 社会 (社会福利院) is no kind of region: the place is carried', () => {
    const facts = factsOf('标题\n甘孜县今年修建学校。某集团向社会福利院捐赠50万元。', '2023');
    expect(facts[0]!.where.map((p) => p.path)).toEqual(['四川省/甘孜藏族自治州/甘孜县']);
  });

  it('a destination naming people (向贫困户) still takes the place carried', () => {
    const facts = factsOf('标题\n今年，福贡县投入资金3000万元。该县还向贫困户发放补贴500万元。', '2023');
    expect(facts[1]!.where.map((p) => p.path)).toEqual(['云南省/怒江傈僳族自治州/福贡县']);
  });
});

describe('lists of giving places', () => {
  it('places listed right before a giving place (甲区、乙区、丙区累计投入) all give', () => {
    const facts = factsOf('标题\n2021年，嘉定区、闵行区、宝山区累计投入援助资金5000万元。', '2022');
    expect(facts.map((f) => f.who)).toEqual([['上海市/嘉定区', '上海市/闵行区', '上海市/宝山区']]);
  });

  it('places listed after 向 still all receive', () => {
    const facts = factsOf('标题\n2021年，上海市向嘉定区、闵行区、宝山区投入资金5000万元。', '2022');
    expect(facts.map((f) => [f.who, f.where.length])).toEqual([[['上海市'], 3]]);
  });
});

describe('size classes', () => {
  it('an amount bounding a class of projects or donations (5000万元以上项目) is given by no one', () => {
    const facts = factsOf('标题\n4月，四川省集中开工投资5000万元以上项目120个。全年共有1000万元及以上大额捐赠41笔。', '2023-05');
    expect(facts.map((f) => f.who)).toEqual([[], []]);
  });

  it('amounts counted by a measure word (3笔亿元捐赠) size each donation: no giver carried', () => {
    const facts = factsOf('标题\n3月5日，某某酒业集团有限公司向省慈善协会捐资2亿元。据统计，3月共出现3笔亿元捐赠、12笔1000万元至5000万元捐赠。', '2023-04');
    expect(facts.map((f) => f.who)).toEqual([['某某酒业集团有限公司'], [], []]);
  });

  it('an amount over a bound right before the kind it sizes (超亿元项目, 过千万元企业) is given by no one', () => {
    const facts = factsOf('标题\n今年以来，绵阳市已签约超亿元项目18个，计划投资额120亿元。南充市新引进过千万元企业6家。', '2023-05');
    expect(facts.map((f) => f.who)).toEqual([[], [], []]);
  });

  it('an amount over a bound with no such kind after it (投资超亿元，建设…) keeps its giver', () => {
    const facts = factsOf('标题\n4月，四川省投资超亿元，建设一批学校。', '2023-05');
    expect(facts.map((f) => f.who)).toEqual([['四川省']]);
  });

  it('以上 closing a sum given (投资5000万元以上，建设…) keeps its giver', () => {
    const facts = factsOf('标题\n4月，四川省投资5000万元以上，建设一批项目。', '2023-05');
    expect(facts.map((f) => f.who)).toEqual([['四川省']]);
  });
});

describe('the venue of a named event', () => {
  it('a city in brackets after a province, before an event’s name (四川（深圳）投资贸易洽谈周), neither gives nor receives', () => {
    const facts = factsOf('标题\n6月，2019年江西（厦门）投资贸易洽谈周举行，赣州市签约项目12个，总投资额88亿元。', '2019-06');
    expect(facts.map((f) => [f.who, f.where.map((w) => w.path)])).toEqual([[[], ['江西省/赣州市']]]);
  });

  it('a bracketed district after its city with no event after it still gives', () => {
    const facts = factsOf('标题\n6月，深圳市（福田区）捐赠500万元。', '2019-06');
    expect(facts.map((f) => f.who)).toEqual([['广东省/深圳市/福田区']]);
  });
});

describe('remittances and bodies named by their level', () => {
  it('money remitted to a place (汇往, 汇给了) goes there and is given by who remits it', () => {
    const facts = factsOf('标题\n5月3日，绵阳市慈善总会将10万元善款汇往甘肃省舟曲县。', '2024-05');
    expect(facts.map((f) => [f.who, f.where.map((w) => w.path)])).toEqual([[['绵阳市慈善总会'], ['甘肃省/甘南藏族自治州/舟曲县']]]);
  });

  it('a body named by its level alone (市慈善总会) is the one named earlier with its city', () => {
    const facts = factsOf('标题\n5月3日，绵阳市慈善总会向舟曲县捐赠10万元。市慈善总会决定再拨付5万元。', '2024-05');
    expect(facts.map((f) => f.who)).toEqual([['绵阳市慈善总会'], ['绵阳市慈善总会']]);
  });
});

describe('project sheets', () => {
  it('the investor a label line names (投资主体：某某有限公司) funds the sheet’s amounts; statistics stay without a giver', () => {
    const facts = factsOf('某某景区提升项目\n建设地点：绵阳市某某镇\n投资主体：绵阳某某旅游开发有限公司\n总投资额：9.8亿元\n年度投资：8000万元\n经济效益：项目建成后可实现年综合收入9000余万元。', '2024-07');
    expect(facts.map((f) => f.who)).toEqual([['绵阳某某旅游开发有限公司'], ['绵阳某某旅游开发有限公司'], []]);
  });

  it('a label naming no organisation (投资主体：社会资本) gives no one', () => {
    const facts = factsOf('某某景区提升项目\n投资主体：社会资本\n总投资额：9.8亿元', '2024-07');
    expect(facts.map((f) => f.who)).toEqual([[]]);
  });
});
