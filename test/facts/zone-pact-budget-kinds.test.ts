import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// Givers and places of aid pacts, economic zones and budget bills (GUIDELINES, facts: who and where),
// in invented sentences.

describe('economic zones give by their name', () => {
  it('a bonded zone or development zone gives as written; the city opening its name is neither who nor where', () => {
    const facts = factsOf('标题\n近日，宁波保税区与贵州省普安县签署帮扶协议，将安排3000万元帮扶资金。两年来，宁波保税区累计投入资金8000万元，助力当地产业发展。');
    expect(facts.map((f) => f.who)).toEqual([['宁波保税区'], ['宁波保税区']]);
    expect(facts.map((f) => f.where.map((w) => w.path))).toEqual([['贵州省/黔西南布依族苗族自治州/普安县'], ['贵州省/黔西南布依族苗族自治州/普安县']]);
  });

  it('a high-tech zone investing names itself', () => {
    const facts = factsOf('标题\n苏州高新区投资1200万元在甘肃省临潭县建设扶贫车间。');
    expect(facts[0]!.who).toEqual(['苏州高新区']);
    expect(facts[0]!.where.map((w) => w.path)).toEqual(['甘肃省/甘南藏族自治州/临潭县']);
  });

  it('a district whose own name ends like a zone (浦东新区) stays a place', () => {
    const facts = factsOf('标题\n上海市浦东新区投入2000万元，支援云南省某县建设学校。');
    expect(facts[0]!.who).toEqual(['上海市/浦东新区']);
  });

  it('a zone raising gifts from others receives them: no giver', () => {
    const facts = factsOf('标题\n某某经济开发区开展扶贫捐赠活动，通过募捐，获捐赠资金900万元，用于开发区扶贫工作。');
    expect(facts[0]!.who).toEqual([]);
  });
});

describe('aid pacts between two places', () => {
  it('of an eastern district and two western counties signing an aid pact, the district gives what is then arranged', () => {
    const facts = factsOf('标题\n2024年，江苏省昆山市与青海省泽库县、河南蒙古族自治县分别签订东西部协作协议。按照协议，安排财政援助资金3500万元，实施帮扶项目20个。');
    expect(facts[0]!.who).toEqual(['江苏省/苏州市/昆山市']);
    expect(facts[0]!.where.map((w) => w.path)).toEqual(['青海省/黄南藏族自治州/泽库县', '青海省/黄南藏族自治州/河南蒙古族自治县']);
  });

  it('the eastern side gives when named second too', () => {
    const facts = factsOf('标题\n青海省泽库县与江苏省昆山市签订对口帮扶协议。按照协议，安排资金1000万元。');
    expect(facts[0]!.who).toEqual(['江苏省/苏州市/昆山市']);
  });

  it('an organisation opening with an eastern city gives by its own name, not as the city', () => {
    const facts = factsOf('标题\n杭州市工商联与四川省乡城县热打镇签订结对帮扶协议，捐赠帮扶资金5万元。');
    expect(facts[0]!.who).toEqual(['杭州市工商联']);
  });

  it('two places of western provinces signing a pact: neither is made a giver by the pact', () => {
    const facts = factsOf('标题\n四川省乡城县与云南省香格里拉市签订合作协议。双方安排资金500万元建设旅游环线。');
    expect(facts[0]!.who).toEqual([]);
  });
});

describe('budget bills', () => {
  it('the lines of a budget bill a cabinet passes have no giver', () => {
    const facts = factsOf('标题\n行政院会今天通过特别预算案，经费上限匡列300亿元，包括农业设施60亿元、水利设施80亿元。', '2025');
    expect(facts.map((f) => f.who)).toEqual([[], [], []]);
  });

  it('revenue and spending of a general budget have no giver', () => {
    const facts = factsOf('标题\n行政院提出的总预算案岁入编列2兆5000亿元、岁出2兆7000亿元。', '2025');
    expect(facts.map((f) => f.who)).toEqual([[], []]);
  });

  it('a byline place after its slash is not where a budget goes', () => {
    const facts = factsOf('标题\n记者王小明／台北报导\n行政院会今天通过特别预算案，经费上限匡列300亿元。', '2025');
    expect(facts[0]!.where).toEqual([]);
  });

  it('a byline place the text names again stays a place of the text', () => {
    const facts = factsOf('新竹县获补助\n记者王小明／新竹县报导\n新竹县政府争取到中央补助款，总计经费1200万元。', '2025');
    expect(facts[0]!.where.map((w) => w.path)).toEqual(['台湾省/新竹县']);
  });
});

describe('other givers and places', () => {
  it('a company allotting (调拨) money to two counties gives it', () => {
    const facts = factsOf('标题\n10月15日，某某汽车集团有限公司决定对江达县、贡觉县共调拨100万元专项资金。', '2018-10-16');
    expect(facts[0]!.who).toEqual(['某某汽车集团有限公司']);
  });

  it('a company organised by a body (组织某集团投资) gives by its name, without the verb', () => {
    const facts = factsOf('标题\n省国资委组织湖北某某集团投资1500万元，村集体投资50万元，共同成立食用菌公司。');
    expect(facts.map((f) => f.who)).toEqual([['湖北某某集团'], []]);
  });

  it('where a later clause says people travel (赴某地考察), that place is not the amount\'s', () => {
    const facts = factsOf('标题\n北京市大兴区与察右前旗签订东西部协作协议。截至目前，完成农产品采购1.2亿元，组织8家企业赴内蒙古考察对接。');
    expect(facts[0]!.where.map((w) => w.path)).toEqual(['内蒙古自治区/乌兰察布市/察哈尔右翼前旗']);
  });
});

describe('a government in its own voice', () => {
  it('a province carried from the whole text gives no project total its sentence names no giver of', () => {
    const facts = factsOf('江西推进河湖建设\n记者从江西省水利厅获悉，江西加快推进河湖建设，截至目前，该省200个河湖建设项目全部开工，预估总投资600亿元。\n另外，江西省今年投入资金50亿元建设堤防。', '2024');
    expect(facts.map((f) => f.who)).toEqual([[], ['江西省']]);
  });

  it('a district giving to the paper\'s own county (向我县): the county is where, not the giving district', () => {
    const facts = factsOf('苍南龙湾再度签约\n本报讯 龙湾区党政代表团来苍，与我县签订协作协议。龙湾区共向我县捐助帮扶资金1000万元。龙湾区还在龙湾区举办了推介会。', '2017');
    expect(facts[0]!.who).toEqual(['浙江省/温州市/龙湾区']);
    expect(facts[0]!.where.map((w) => w.path)).toEqual(['浙江省/温州市/苍南县']);
  });
});

describe('projects signed by their totals', () => {
  it('a place of another province opening an investor\'s project name is the investor\'s home, not where', () => {
    const facts = factsOf('某县集中签约5个项目\n10月20日，安徽省凤阳县举行重点项目集中签约仪式，共签约项目3个，分别是总投资3亿元的浙江宏远精工机械制造项目，总投资2亿元的凤阳县农产品冷链物流项目。', '2020');
    const where = facts.map((f) => f.where.map((w) => w.path));
    expect(where).toEqual([['安徽省/滁州市/凤阳县'], ['安徽省/滁州市/凤阳县']]);
  });

  it('so is a city written right after that province (的浙江温州…项目), and it is not carried to the next item', () => {
    const facts = factsOf('某县集中签约5个项目\n10月20日，安徽省凤阳县举行重点项目集中签约仪式，分别是总投资3亿元的浙江温州宏远精工机械制造项目；总投资2亿元的福建厦门某某食品加工项目。', '2020');
    const where = facts.map((f) => f.where.map((w) => w.path));
    expect(where).toEqual([['安徽省/滁州市/凤阳县'], ['安徽省/滁州市/凤阳县']]);
  });
});

describe('investment realized by the firms brought in', () => {
  it('到位投资 of firms settled in a park is a statistic: the aid giver of the text is not carried to it', () => {
    const facts = factsOf('某省援助某州\n浙江省投入财政援助资金30亿元。\n共建产业园区20个，入驻企业8个，到位投资15亿元。', '2021');
    expect(facts.map((f) => f.who)).toEqual([['浙江省'], []]);
  });
});

describe('places named by their count', () => {
  it('a count of townships (南部三乡) stands for the three townships the text names', () => {
    const facts = factsOf('三乡扶贫见成效\n兴海县加大南部三乡扶贫力度，龙藏乡、中铁乡和温泉乡群众出行更方便。\n2014年，江苏省援建南部三乡项目共9项，总投资5000万元。', '2015');
    expect(facts[0]!.where.map((w) => w.path)).toEqual([
      '青海省/海南藏族自治州/兴海县/龙藏乡',
      '青海省/海南藏族自治州/兴海县/中铁乡',
      '青海省/海南藏族自治州/兴海县/温泉乡',
    ]);
  });

  it('a count that matches no such number of places the text names is left alone', () => {
    const facts = factsOf('标题\n兴海县龙藏乡修建公路。\n江苏省援建南部三乡项目共9项，总投资5000万元。', '2015');
    // One township named for a count of three: the count stands for none, the carried place stays.
    expect(facts[0]!.where.map((w) => w.path)).toEqual(['青海省/海南藏族自治州/兴海县']);
  });
});

describe('items of a list cut by semicolons', () => {
  it('an item naming no place goes on with the place the item before gave its amount, not the place of its visit', () => {
    const facts = factsOf('标题\n北京市大兴区与察右前旗签订东西部协作协议。截至目前，完成企业扩大投资2亿元，组织8家企业赴内蒙古考察对接；完成农产品购销总额1.5亿元；帮助就业800人。', '2024');
    expect(facts.map((f) => f.where.map((w) => w.path))).toEqual([
      ['内蒙古自治区/乌兰察布市/察哈尔右翼前旗'],
      ['内蒙古自治区/乌兰察布市/察哈尔右翼前旗'],
    ]);
  });
});
