import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// Where a giver's name starts and ends (GUIDELINES, facts: organisations and national bodies by
// name as written, the central government as 中央), and givers carried or not through a list of
// gifts, in invented sentences.

describe('words around a giver that are no part of its name', () => {
  it('a demonstrative time word before a company (此次, 本次) is dropped', () => {
    const facts = factsOf('标题\n记者获悉，此次鸿远实业集团捐赠的善款里，3亿元将用于新校区建设。', '2022-05-10');
    expect(facts.map((f) => f.who)).toEqual([['鸿远实业集团']]);
  });

  it('a fiscal-year word before a fund (该年度, 本年度) is dropped', () => {
    const facts = factsOf('标题\n本年度扶贫救助基金拨款总额为2,400,000元，主要用于资助边远村庄。', '2022-05-10');
    expect(facts.map((f) => f.who)).toEqual([['扶贫救助基金']]);
  });

  it('an adverb between the central treasury and its verb (紧急, 再次) is dropped: 中央', () => {
    const facts = factsOf('标题\n中央财政再次下达抗旱救灾资金3亿元，支持受旱地区保障饮水。', '2022-05-10');
    expect(facts.map((f) => f.who)).toEqual([['中央']]);
  });

  it('two ministries joined by 会同 after a time word give together', () => {
    const facts = factsOf('标题\n民政部近日会同财政部下拨救灾资金2亿元，用于受灾群众生活救助。', '2022-05-10');
    expect(facts.map((f) => f.who)).toEqual([['民政部', '财政部']]);
  });

  it('a fund whose name opens with 中央 is the central government’s', () => {
    const facts = factsOf('标题\n中央财政近期下达农业资金8亿元，包括耕地保护补助6亿元、中央农田水利基金2亿元。', '2022-05-10');
    // The shares: an adverb after 中央财政 (近期) is no part of its name; the fund named 中央… is 中央.
    expect(facts.slice(1).map((f) => f.who)).toEqual([['中央'], ['中央']]);
  });

  it('a named fund not opened by 中央 keeps its name', () => {
    const facts = factsOf('标题\n今年，省教育发展基金会拨付助学资金500万元。', '2022-05-10');
    expect(facts[0]!.who).toEqual(['省教育发展基金会']);
  });

  it('a short bracket inside a company’s name (某某(香港)控股) is part of the name', () => {
    const facts = factsOf('标题\n会上，瑞丰冷链（新加坡）控股有限公司拟投资0.6亿美元，在温江区建设仓储项目。', '2022-05-10');
    expect(facts[0]!.who).toEqual(['瑞丰冷链（新加坡）控股有限公司']);
  });

  it('a bracket after a name, holding a note, is no part of it', () => {
    const facts = factsOf('标题\n会上，瑞丰控股有限公司（筹建中，下同）拟投资2亿元建设仓储项目。', '2022-05-10');
    expect(facts[0]!.who).toEqual(['瑞丰控股有限公司']);
  });

  it('an introducing word inside a company’s name (招商) brings no investor in', () => {
    const facts = factsOf('标题\n招商远航物流有限公司拟投资1.2亿元，在新都区建设物流园。', '2022-05-10');
    expect(facts[0]!.who).toEqual(['招商远航物流有限公司']);
  });
});

describe('one giver’s gifts listed by their uses', () => {
  it('the later amounts of the giver’s list, each opening its clause with its use, keep the giver', () => {
    const facts = factsOf(
      '标题\n记者获悉，此次鸿远实业集团捐赠的善款里，3亿元将用于新校区建设。4000万元将用于设立“鸿远奖学金”；4000万元用于资助青年教师；2000万元特别设立学生创业基金。',
      '2022-05-10',
    );
    expect(facts.map((f) => f.who)).toEqual([['鸿远实业集团'], ['鸿远实业集团'], ['鸿远实业集团'], ['鸿远实业集团']]);
  });

  it('an amount that opens its clause with no use after it is not carried to', () => {
    const facts = factsOf('标题\n鸿远实业集团捐赠3亿元用于新校区建设。5000万元的缺口仍待筹集。', '2022-05-10');
    expect(facts.map((f) => f.who)).toEqual([['鸿远实业集团'], []]);
  });
});

describe('individuals give as no party', () => {
  it('a couple (伉俪) gives: no giver', () => {
    const facts = factsOf('标题\n2019年，王某、李某伉俪曾捐资5000万元设立奖学金。', '2022-05-10');
    expect(facts.map((f) => f.who)).toEqual([[]]);
  });

  it('a company’s chairman giving in person: the company is only the person’s title', () => {
    const facts = factsOf('标题\n仪式上，杭州恒达电子有限公司董事长周某捐赠800万元，宁波远洋渔业有限公司捐赠300万元。', '2022-05-10');
    expect(facts.map((f) => f.who)).toEqual([[], ['宁波远洋渔业有限公司']]);
  });

  it('an alumnus couple as the only subject of a sentence, the gift in a later clause', () => {
    const facts = factsOf('标题\n长宁科技集团捐赠2000万元。一对校友夫妇于近日在校内举行的仪式上，匿名向母校捐赠3000万元。', '2022-05-10');
    expect(facts.map((f) => f.who)).toEqual([['长宁科技集团'], []]);
  });

  it('staff of a university giving together are an unnamed group', () => {
    const facts = factsOf('标题\n长宁科技集团捐赠2000万元。截至目前，校内教职工累计捐款已超过900万元。', '2022-05-10');
    expect(facts.map((f) => f.who)).toEqual([['长宁科技集团'], []]);
  });

  it('a research centre gives by its name', () => {
    const facts = factsOf('标题\n长宁科技集团捐赠2000万元，材料学院先进涂层研究中心捐赠60万元。', '2022-05-10');
    expect(facts.map((f) => f.who)).toEqual([['长宁科技集团'], ['材料学院先进涂层研究中心']]);
  });
});

describe('a city naming a university locates it and gives nothing', () => {
  it('the city in a university’s name is where, not the giver', () => {
    const facts = factsOf('标题\n南京理工大学近日再获校友捐赠。截至目前，各界累计捐款已超过900万元。', '2022-05-10');
    expect(facts[0]!.who).toEqual([]);
    expect(facts[0]!.where.map((w) => w.path)).toEqual(['江苏省/南京市']);
  });
});

describe('a dateline without a year', () => {
  it('the dateline’s city is no destination of a gift to an unplaced university, even when the day is read as no date', () => {
    const facts = factsOf('某某在线杭州3月8日电(记者 张三)今天上午，长宁科技集团向某某大学捐赠3亿元，用于建设新图书馆。', '');
    expect(facts[0]!.where).toEqual([]);
    expect(facts[0]!.who).toEqual(['长宁科技集团']);
  });
});

describe('a legislature approving money gives as its place', () => {
  it('a city’s people’s congress (人大) approving a grant: the city’s path', () => {
    const facts = factsOf('标题\n绍兴市人大常委会昨日表决通过向城市更新基金注资20亿元。', '2022-05-10');
    expect(facts[0]!.who).toEqual(['浙江省/绍兴市']);
  });
});

describe('recently (日前, 近日, 此前) is a time of its own', () => {
  it('a gift made 日前, told in a sentence dated by when the reporter learnt it, has no date', () => {
    const facts = factsOf('标题\n记者12日从民政部获悉，民政部日前下拨救灾资金2亿元，用于受灾群众生活救助。', '2022-05-10');
    expect(facts[0]!.when).toBeNull();
  });

  it('a gift of the same clause as its own day keeps that day', () => {
    const facts = factsOf('标题\n民政部8日下拨救灾资金2亿元，用于受灾群众生活救助。', '2022-05-10');
    expect(facts[0]!.when).toBe('2022-05-08');
  });
});

describe('a recipient welcoming a gift (迎来, 获赠)', () => {
  it('a university that welcomes a gift gives it no giver, even with a donor named in the next sentence', () => {
    const facts = factsOf('标题\n长宁大学今年再次迎来一笔过亿元的捐款。今天上午，远航控股集团向长宁大学捐赠2亿元。');
    expect(facts.map((f) => f.who)).toEqual([[], ['远航控股集团']]);
  });
});

describe('an amount restated as the whole a share is taken from', () => {
  it('the restated total and the share taken from it keep the total’s giver', () => {
    const facts = factsOf('标题\n今天，远航控股集团向长宁大学捐赠3亿元。值得一提的是，3亿元中另有2000万元将用于设立助学金。');
    expect(facts.map((f) => f.who)).toEqual([['远航控股集团'], ['远航控股集团'], ['远航控股集团']]);
  });

  it('an amount of another value is not taken for the restated one', () => {
    const facts = factsOf('标题\n今天，远航控股集团向长宁大学捐赠3亿元。值得一提的是，5亿元中另有2000万元来自社会各界。');
    expect(facts[1]!.who).toEqual([]);
  });
});

describe('shares of a total no one gives', () => {
  it('a share after 其中 in the next item of a list (after a semicolon) gives no carried giver', () => {
    const facts = factsOf(
      '标题\n远航控股集团计划投资6亿元建设电池项目。1至9月，该县新增签约项目80个，计划总投资300亿元；其中外资项目3个，总投资1.2亿美元。',
      '2022-10-20',
    );
    expect(facts.map((f) => f.who)).toEqual([['远航控股集团'], [], []]);
  });

  it('a share after 其中 in the same sentence as a total no one gives has no giver either', () => {
    const facts = factsOf('标题\n远航控股集团计划投资6亿元建设电池项目。1至9月，该县新增签约项目80个，计划总投资300亿元，其中外资项目总投资1.2亿美元。', '2022-10-20');
    expect(facts.map((f) => f.who)).toEqual([['远航控股集团'], [], []]);
  });
});

describe('a list of venues', () => {
  it('every city of a list after 在 where fairs are held is a venue, not where the money goes', () => {
    const facts = factsOf(
      '标题\n今年以来，邳州市先后在杭州、苏州、南京举办招商推介会，一批项目现场签约。1至9月，该市新增签约项目80个，计划总投资300亿元。',
      '2022-10-20',
    );
    expect(facts[0]!.where.map((w) => w.path)).toEqual(['江苏省/徐州市/邳州市']);
  });
});

describe('money sent abroad', () => {
  it('a grant to victims abroad (境外) goes to no place the article names', () => {
    const facts = factsOf('标题\n去年云南省地震后，基金会拨款2000万元救助灾民。今年，基金会又拨款800万元援助境外灾民。', '2022-10-20');
    expect(facts[1]!.where).toEqual([]);
  });

  it('overseas donors (海外侨胞) before the amount are an origin: the hometown still receives', () => {
    const facts = factsOf('标题\n青田县新建一所中学。海外侨胞捐资800万元，用于建设教学楼。', '2022-10-20');
    expect(facts[0]!.where.map((w) => w.path)).toEqual(['浙江省/丽水市/青田县']);
  });
});

describe('a fund that has received pledges', () => {
  it('what a fund has received (已获) and collected (实收) is not given by the fund', () => {
    const facts = factsOf('标题\n扶老基金已获企业界承诺捐款12亿元，由于部分捐款分期交付，目前实收了4亿元。', '2022-10-20');
    expect(facts.map((f) => f.who)).toEqual([[], []]);
  });
});

describe('a total of a list of projects after one giver’s project', () => {
  it('the giver’s own amount keeps it; the total of the list closed by its count (等N个) has none', () => {
    const facts = factsOf('标题\n近日，由远航控股集团计划投资6亿元的储能电池项目等5个总投资42亿元的项目在该县集中签约。', '2022-10-20');
    expect(facts.map((f) => f.who)).toEqual([['远航控股集团'], []]);
  });

  it('a project total with no list before it keeps the giver', () => {
    const facts = factsOf('标题\n远航控股集团投资6亿元建设储能电池项目，项目总投资8亿元。', '2022-10-20');
    expect(facts[1]!.who).toEqual(['远航控股集团']);
  });
});

describe('the sum of shares each giver gave', () => {
  it('after 各出资, the sum set up from the shares has no giver, carried or named', () => {
    const facts = factsOf('标题\n绍兴市政府拨款2亿元支持养老。去年，市长提出由市政府和企业界各出资10亿元，设立20亿元的养老基金。', '2022-10-20');
    expect(facts[2]!.who).toEqual([]);
  });
});

describe('a fund’s total and its shares', () => {
  it('a total a named fund gives, split with 其中 into shares naming no other giver, keeps the fund', () => {
    const facts = factsOf('标题\n2020/21年度，救灾基金拨款9000万元援助受灾群众。该年度救灾基金拨款总额为90,000,000元，其中三千万元用来资助受灾家庭安置，余下60,000,000元用来援建学校。', '2021-12-01');
    expect(facts.slice(1).map((f) => f.who)).toEqual([['救灾基金'], ['救灾基金'], ['救灾基金']]);
    // 该年度 carries the year of the sentence before.
    expect(facts[1]!.when).toBe('2020/2021');
  });

  it('a total whose shares name other givers has none', () => {
    const facts = factsOf('标题\n救灾基金拨款总额为8000万元，其中红十字会承担5000万元，慈善总会承担3000万元。', '2021-12-01');
    expect(facts[0]!.who).toEqual([]);
  });
});

describe('a headline of two phrases', () => {
  it('a loss in the first phrase is not given by the government of the second, across the space', () => {
    const facts = factsOf('暴雨“冲走”八亿元 湖南省各级政府拨款救灾\n正文。', '2022-10-20');
    expect(facts[0]!.who).toEqual([]);
  });

  it('a giver named after the amount in the same phrase still gives', () => {
    const facts = factsOf('标题\n修缮费用共计300万元，全部由长宁慈善基金会承担。', '2022-10-20');
    expect(facts[0]!.who).toEqual(['长宁慈善基金会']);
  });
});

describe('a body named inside its school', () => {
  it('a research centre named after its school (某学院某某研究中心) keeps the school in its name', () => {
    const facts = factsOf('标题\n长宁科技集团捐赠2000万元，材料学院先进功能涂层材料研究中心捐赠60万元。', '2022-05-10');
    expect(facts[1]!.who).toEqual(['材料学院先进功能涂层材料研究中心']);
  });
});

describe('a year word inside a name read as no date', () => {
  it('明年, 今年 inside a headline name end what stands before them (某地明年某某基金)', () => {
    const facts = factsOf('岛明年海岛发展基金补助 近五亿\n有关部门日前通过审查明年度海岛发展基金补助计划，其中基金补助约4.8亿元。', '2023');
    expect(facts.map((f) => f.who)).toEqual([['海岛发展基金'], ['海岛发展基金']]);
  });

  it('a name holding no year word is kept whole', () => {
    const facts = factsOf('标题\n东海发展基金会捐赠200万元用于助学。', '2023');
    expect(facts.map((f) => f.who)).toEqual([['东海发展基金会']]);
  });
});

describe('a bracketed note between a giver and its verb', () => {
  it('（现为…） and （以下简称…） after the name do not hide the verb after them', () => {
    const renamed = factsOf('标题\n华远钢铁集团(现为华远控股集团)对口援藏项目40个、援藏资金1.2亿元。', '2023');
    expect(renamed.map((f) => f.who)).toEqual([['华远钢铁集团']]);
    const short = factsOf('标题\n近日，浙江恒达控股集团有限公司（以下简称“恒达集团”）向浙江省湖州市吴兴区慈善总会捐赠留本冠名基金1亿元。', '2023');
    expect(short.map((f) => f.who)).toEqual([['浙江恒达控股集团有限公司']]);
  });
});

describe('a verb, count or time glued to a giver\'s name', () => {
  it('a pledging verb (认捐) ends no name: the counted companies give as no party, the one named after 其中 gives its share', () => {
    const facts = factsOf('标题\n会上，9家企业认捐助学基金300万元，其中鸿远实业集团认捐助学基金数额最多，为100万元。', '2022-05-10');
    expect(facts.map((f) => f.who)).toEqual([[], ['鸿远实业集团']]);
  });

  it('a place with a count of its companies (某市12家企业) is an unnamed group: no giver', () => {
    const facts = factsOf('标题\n14日，瑞安召开动员大会，瑞安12家企业现场认捐慈善基金3亿元。', '2022-05-10');
    expect(facts.map((f) => f.who)).toEqual([[]]);
  });

  it('a place pledging by itself gives', () => {
    const facts = factsOf('标题\n14日，瑞安市现场认捐慈善基金3亿元。', '2022-05-10');
    expect(facts.map((f) => f.who)).toEqual([['浙江省/温州市/瑞安市']]);
  });

  it('a company named with a pledging verb gives what it pledges', () => {
    const facts = factsOf('标题\n会上，鸿远实业集团向县教育基金认捐500万元。', '2022-05-10');
    expect(facts.map((f) => f.who)).toEqual([['鸿远实业集团']]);
  });

  it('an investing word inside a company\'s name (某某投资集团) stays part of it', () => {
    const facts = factsOf('标题\n瑞丰投资集团有限公司捐赠200万元，用于修建村道。', '2022-05-10');
    expect(facts.map((f) => f.who)).toEqual([['瑞丰投资集团有限公司']]);
  });

  it('a giver named after the amount with no breakdown word still gives the whole', () => {
    const facts = factsOf('标题\n会上共募集善款300万元，全部由鸿远实业集团承担。', '2022-05-10');
    expect(facts.map((f) => f.who)).toEqual([['鸿远实业集团']]);
  });

  it('a half-year (今年下半年) before a company is no part of its name', () => {
    const facts = factsOf('标题\n今年下半年鸿远实业集团还将出资180万元资助大桥建设。', '2022-05-10');
    expect(facts.map((f) => f.who)).toEqual([['鸿远实业集团']]);
  });

  it('an adverb of timing after the central treasury (同步) is no part of the name: 中央', () => {
    const facts = factsOf('标题\n中央财政同步下拨救灾资金2亿元，用于受灾群众生活救助。', '2022-05-10');
    expect(facts.map((f) => f.who)).toEqual([['中央']]);
  });
});
