import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// Dates carried into sentences that spell out or go on with a report's
// figures (GUIDELINES, facts), in invented sentences.

describe('sentences that spell out the items of the one before', () => {
  it('具体包括… and the items of its list after it take the date the sentence before carries', () => {
    const facts = factsOf('标题\n2019年至2022年，某基金会总收入为900万元。\n收入方面，捐赠收入800万元，投资收益100万元。具体包括助学捐款500万元；助医捐款300万元。', '2023-03-01');
    expect(facts.map((f) => f.when)).toEqual(Array(5).fill('2019/2022'));
  });

  it('a list that does not open with it takes nothing carried', () => {
    const facts = factsOf('标题\n2019年至2022年，某基金会总收入为900万元。\n收入方面，捐赠收入800万元，投资收益100万元。助学捐款500万元；助医捐款300万元。', '2023-03-01');
    expect(facts.map((f) => f.when)).toEqual([...Array(3).fill('2019/2022'), null, null]);
  });
});

describe('a short topic clause without 在 (支出方面，)', () => {
  it('a list without one takes nothing carried', () => {
    const facts = factsOf('标题\n2020年至2023年，某慈善会共收入600万元，支出500万元。\n助学活动支出300万元；救灾项目支出200万元。', '2024-02-01');
    expect(facts.map((f) => f.when)).toEqual(['2020/2023', '2020/2023', null, null]);
  });

  it('goes on with the period, and so do the items of its list', () => {
    const facts = factsOf('标题\n2020年至2023年，某慈善会共收入600万元，支出500万元。\n支出方面，助学活动支出300万元；救灾项目支出200万元。', '2024-02-01');
    expect(facts.map((f) => f.when)).toEqual(Array(4).fill('2020/2023'));
  });

  it('not a turn of the argument (一方面，这方面，)', () => {
    const facts = factsOf('标题\n2022年上半年，公司营业收入40亿元。\n一方面，公司投资5亿元新建工厂。', '2022-08-30');
    expect(facts.map((f) => f.when)).toEqual(['2022-01/2022-06', null]);
  });

  it('not a long opening clause ending in 方面 that names no topic alone', () => {
    const facts = factsOf('标题\n2022年上半年，公司营业收入40亿元。\n公司高度重视产品研发和人才培养等方面，投资5亿元新建研究院。', '2022-08-30');
    expect(facts.map((f) => f.when)).toEqual(['2022-01/2022-06', null]);
  });
});

describe('figures of the report period in an undated sentence', () => {
  it('what is new over the period (新增) takes the period or cut-off in force', () => {
    const facts = factsOf('标题\n截至2022年9月底，某市向对口地区投入帮扶资金30亿元。\n产业合作稳步推进。当地新建厂房12座，新增招引企业投资18亿元。', '2022-10-20');
    expect(facts.map((f) => f.when)).toEqual(['2022-09', '2022-09']);
  });

  it('without such a word the undated figure takes nothing', () => {
    const facts = factsOf('标题\n截至2022年9月底，某市向对口地区投入帮扶资金30亿元。\n产业合作稳步推进。当地新建厂房12座，招引企业投资18亿元。', '2022-10-20');
    expect(facts.map((f) => f.when)).toEqual(['2022-09', null]);
  });

  it('loans and deposits held are figures at the cut-off in force', () => {
    const facts = factsOf('标题\n年报显示，截至2021年12月末，某银行资产总额5000亿元。其贷款及垫款余额2600亿元，各项存款3900亿元。', '2022-04-01');
    expect(facts.map((f) => f.when)).toEqual(['2021-12', '2021-12', '2021-12']);
  });
});

describe('a year that names an event, and the day the sentence opens with', () => {
  it('the opening day dates an amount of a later clause, not the year in the event’s name', () => {
    const facts = factsOf('标题\n今年3月8日，2021年某省对口援建项目集中开工，其中，教育项目安排资金3亿元。', '2021-06-01');
    expect(facts.map((f) => f.when)).toEqual(['2021-03-08']);
  });

  it('a year opening a time clause of its own dates what follows it', () => {
    const facts = factsOf('标题\n6月15日，某县召开会议通报援建进展，2021年，全县实施项目100个，总投资20亿元。', '2021-06-01');
    expect(facts.map((f) => f.when)).toEqual(['2021']);
  });

  it('a day of another year leaves the year', () => {
    const facts = factsOf('标题\n1月8日，某县总结2020年援建项目，其中，教育项目安排资金3亿元。', '2021-06-01');
    expect(facts.map((f) => f.when)).toEqual(['2020']);
  });
});

describe('a start date after the amount', () => {
  it('a year with the name of a programme of projects and its start word (某年某省对口援建项目集中开工)', () => {
    const facts = factsOf('3亿元资金支持20个项目 2021年某省援建项目集中开工\n正文。', '2021-06-01');
    expect(facts.map((f) => f.when)).toEqual(['2021']);
  });

  it('a start word further on, past the reach, does not make it one', () => {
    const facts = factsOf('3亿元资金支持20个项目 2021年某省各地市对口援建的学校与医院项目集中开工\n正文。', '2021-06-01');
    expect(facts.map((f) => f.when)).toEqual([null]);
  });
});

describe('a sentence that breaks the same whole down further', () => {
  const opening = '标题\n9月5日，某区举行项目签约仪式，共签约项目12个，总投资90亿元。';

  it('right after a breakdown (其中，…) in its paragraph, it takes the date carried', () => {
    const facts = factsOf(`${opening}其中，5亿元以上项目3个。落户产业园项目7个，总投资30亿元。`, '2022-10-20');
    expect(facts.map((f) => f.when)).toEqual(['2022-09-05', '2022-09-05', '2022-09-05']);
  });

  it('after a breakdown cut by semicolons, read from its first item (其中，甲类…；…。乙类…；…)', () => {
    const facts = factsOf('标题\n2020年，某县将与某省在三个项目上开展援建。其中，甲类项目为学校援建资金60万元；医院援建资金70万元。乙类项目为道路援建资金600万元；桥梁援建资金100万元。', '2022-10-20');
    expect(facts.map((f) => f.when)).toEqual(Array(4).fill('2020'));
    const unopened = factsOf('标题\n2020年，某县将与某省在三个项目上开展援建。学校援建资金60万元；医院援建资金70万元。乙类项目为道路援建资金600万元；桥梁援建资金100万元。', '2022-10-20');
    expect(unopened.map((f) => f.when)).toEqual([null, null, null, null]);
  });

  it('not in the next paragraph', () => {
    const facts = factsOf(`${opening}其中，5亿元以上项目3个。\n落户产业园项目7个，总投资30亿元。`, '2022-10-20');
    expect(facts.map((f) => f.when)).toEqual(['2022-09-05', '2022-09-05', null]);
  });

  it('not after a sentence that is no breakdown', () => {
    const facts = factsOf(`${opening}5亿元以上项目3个。落户产业园项目7个，总投资30亿元。`, '2022-10-20');
    expect(facts.map((f) => f.when)).toEqual(['2022-09-05', null, null]);
  });
});

describe('numbered items (1、 （2）), like 一是, 二是', () => {
  const report = '标题\n2022年，某基金会共募集资金900万元。具体收入如下：\n1、接收企业捐赠资金600万元。其中：\n（1）接收助学专项资金200万元。\n（2）网络募捐资金100万元。\n2、政府拨款300万元。';

  it('take the date before, read past the lines that lead into their list (如下：, 其中：)', () => {
    expect(factsOf(report, '2023-03').map((f) => f.when)).toEqual(Array(5).fill('2022'));
  });

  it('an item without its number takes nothing carried', () => {
    const facts = factsOf('标题\n2022年，某基金会共募集资金900万元。具体收入如下：\n接收企业捐赠资金600万元。', '2023-03');
    expect(facts.map((f) => f.when)).toEqual(['2022', null]);
  });

  it('an amount opening a sentence (1.5亿元) is no item number', () => {
    const facts = factsOf('标题\n2022年，某基金会共募集资金900万元。\n1.5亿元的项目资金尚未到位。', '2023-03');
    expect(facts.map((f) => f.when)).toEqual(['2022', null]);
  });

  it('a section heading (一、基本情况, 1、基本情况) stays a line of its own and carries nothing; a numbered item holding the amount does', () => {
    const section = factsOf('标题\n2019年，某县完成投资10亿元。\n一、基本情况\n某县计划投资20亿元建设新区。', '2022-10-20');
    expect(section.map((f) => f.when)).toEqual(['2019', null]);
    const heading = factsOf('标题\n2019年，某县完成投资10亿元。\n1、基本情况\n某县计划投资20亿元建设新区。', '2022-10-20');
    expect(heading.map((f) => f.when)).toEqual(['2019', null]);
    const item = factsOf('标题\n2019年，某县完成投资10亿元。\n1、某县计划投资20亿元建设新区。', '2022-10-20');
    expect(item.map((f) => f.when)).toEqual(['2019', '2019']);
  });
});

describe('the opening of a span is not carried', () => {
  it('自某年…以来…累计… dates its own sum; the next sentence’s amounts take no year from it', () => {
    const facts = factsOf('标题\n自2012年对口支援以来，广东省累计投入资金21亿元。洽谈会上共签约项目18个，签约总额42亿元。');
    expect(facts.find((f) => f.text === '21亿元')!.when).toBe('2012');
    expect(facts.find((f) => f.text === '42亿元')!.when).toBeNull();
  });

  it('从1-6月的数值看 opens no span: the months still carry', () => {
    const facts = factsOf('标题\n从1-6月的数值看，全省进出口8000亿元，增长12%。同期，加工贸易进出口2100亿元。', '2023-07-20');
    expect(facts.find((f) => f.text === '2100亿元')!.when).toBe(facts.find((f) => f.text === '8000亿元')!.when);
  });
});

describe('a body also approving at the same sitting', () => {
  it('…也批准一笔…: the amount takes the day of the approval told before', () => {
    const facts = factsOf('标题\n市人大常委会6月3日批准追加预算3000万元，用于防汛抢险。\n\n常委会也批准一笔800万元的拨款，用于修缮校舍。', '2023-06-04');
    expect(facts.find((f) => f.text === '3000万元')!.when).toBe('2023-06-03');
    expect(facts.find((f) => f.text === '800万元')!.when).toBe('2023-06-03');
  });
});

describe('a numbered heading restating an amount told before with its date (一、省级资金（300万元）)', () => {
  const notice = '某县2023年帮扶资金分配公示\n根据上级通知，下达我县2023年帮扶资金800万元，其中，中央资金500万元，省级资金300万元。现将分配情况公示如下。\n';

  it('keeps the date of that amount, and the items under it carry it on', () => {
    const facts = factsOf(`${notice}一、中央资金（500万元）\n（一）支持产业项目320万元；\n（二）支持道路建设180万元。\n二、省级资金（300万元）\n（一）支持危房改造300万元。`, '2023-04-10');
    expect(facts.map((f) => f.when)).toEqual(Array(8).fill('2023'));
  });

  it('not a heading of another value: it and its items stay undated', () => {
    const facts = factsOf(`${notice}一、市级资金（260万元）\n（一）支持产业项目260万元。`, '2023-04-10');
    expect(facts.map((f) => f.when)).toEqual(['2023', '2023', '2023', null, null]);
  });

  it('not a sentence ending with its mark, though it restates the amount', () => {
    const facts = factsOf('标题\n2023年，某县投入帮扶资金500万元。\n某企业另捐资500万元。', '2023-04-10');
    expect(facts.map((f) => f.when)).toEqual(['2023', null]);
  });
});

describe('a rate per unit (每个, 每户, 每处) takes no carried date', () => {
  it('a standard of per-unit grants after a dated sentence stays undated', () => {
    const facts = factsOf('标题\n2022年，某市评选出示范村20个。在奖补标准方面，获评示范村的每个奖补200万元。', '2023-03-01');
    expect(facts.map((f) => f.when)).toEqual([null]);
  });

  it('keeps the date of its own sentence', () => {
    const facts = factsOf('标题\n2022年，某市对每户搬迁群众补助3万元。', '2023-03-01');
    expect(facts.map((f) => f.when)).toEqual(['2022']);
  });

  it('an amount with no 每 in its clause still carries on (其中)', () => {
    const facts = factsOf('标题\n2022年，某市奖补示范村资金2000万元。其中，每个示范村平均获得100万元，另安排管理费50万元。', '2023-03-01');
    expect(facts.map((f) => f.when)).toEqual(['2022', null, '2022']);
  });
});

describe('a same-event word (此次, 现场) after a sentence of period statistics', () => {
  const lead = '标题\n12月5日至12日，某市先后有20个项目集中开工或签约。\n今年以来，某市坚持招商引资不动摇。1—11月，完成固定资产投资300亿元。';

  it('takes the day of the event dated before, not the period between', () => {
    const facts = factsOf(`${lead}此次集中开工8个项目，总投资60亿元。`, '2022-12-20');
    expect(facts.map((f) => f.when)).toEqual(['2022-01/2022-11', '2022-12-05/2022-12-12']);
  });

  it('keeps the sentence before’s date where that is a day already', () => {
    const facts = factsOf('标题\n12月5日，某市举行项目签约仪式。\n12月8日，某县举行开工仪式。此次开工项目总投资60亿元。', '2022-12-20');
    expect(facts.map((f) => f.when)).toEqual(['2022-12-08']);
  });

  it('keeps the period where no day is dated before', () => {
    const facts = factsOf('标题\n1—11月，某市完成固定资产投资300亿元。此次统计的项目总投资60亿元。', '2022-12-20');
    expect(facts.map((f) => f.when)).toEqual(['2022-01/2022-11', '2022-01/2022-11']);
  });
});

describe('a founding year told as an organisation’s attribute (2004年成立的基金会)', () => {
  it('dates nothing carried from its sentence', () => {
    const facts = factsOf('标题\n某基金会是2004年成立的全国性公益组织。在捐赠仪式上，某小学收到善款10万元。', '2023-03-01');
    expect(facts.map((f) => f.when)).toEqual([null]);
  });

  it('nor an amount of its own sentence', () => {
    const facts = factsOf('标题\n2010年设立的助学基金今年发放奖学金50万元。', '2023-03-01');
    expect(facts.map((f) => f.when)).toEqual(['2023']);
  });

  it('a founding told as an event (2004年，某基金会成立，…) still dates the amount', () => {
    const facts = factsOf('标题\n2004年，某基金会成立，首期募集资金1000万元。', '2023-03-01');
    expect(facts.map((f) => f.when)).toEqual(['2004']);
  });
});

describe('包括 opening a sentence carries on like 其中', () => {
  it('takes the date of the sentence before', () => {
    const facts = factsOf('标题\n截至8日下午4时，某慈善总会共接收善款5亿元。包括该会募得的善款，全省慈善组织总计募得款物7亿元。', '2022-09-10');
    expect(facts.map((f) => f.when)).toEqual(['2022-09-08', '2022-09-08']);
  });

  it('a share after an undated whole of its own sentence stays undated', () => {
    const facts = factsOf('标题\n2022年，某县完成投资5亿元。该项目总投资2亿元，包括道路工程1亿元。', '2022-09-10');
    expect(facts.map((f) => f.when)).toEqual(['2022', null, null]);
  });
});

describe('a lead-in naming the year of the funds it lists (现将2020年…资金分配情况公示如下：)', () => {
  it('dates the undated amounts of its list', () => {
    const facts = factsOf('某市资金公示\n根据有关规定，现将下达2020年水利发展资金分配情况公示如下：\n一、资金来源\n省级资金：1200万元\n二、资金结构\n本次分配到各县的资金为1200万元。', '2020-05-11');
    expect(facts.map((f) => f.when)).toEqual(['2020', '2020']);
  });

  it('past a document’s title naming its year (根据《关于下达2020年…的通知》)', () => {
    const facts = factsOf('某市资金公示\n现将下达2020年水利发展资金分配情况公示如下：\n一、分配原则：根据《关于下达2020年水利发展资金的通知》下达资金。\n二、资金结构\n本次分配到各县的资金为1200万元。', '2020-05-11');
    expect(facts.map((f) => f.when)).toEqual(['2020']);
  });

  it('not past a sentence of the list that holds a date of its own', () => {
    const facts = factsOf('某市资金公示\n现将下达2020年水利发展资金分配情况公示如下：\n一、4月20日，市政府召开会议研究分配方案。\n二、资金结构\n全县分配到各村的资金为1200万元。', '2020-05-11');
    expect(facts.map((f) => f.when)).toEqual([null]);
  });

  it('not a lead-in without a year', () => {
    const facts = factsOf('某市资金公示\n现将水利发展资金分配情况公示如下：\n一、资金来源\n省级资金：1200万元', '2020-05-11');
    expect(facts.map((f) => f.when)).toEqual([null]);
  });
});

describe('a page date behind a table bar (公开日期 | 2020-05-11)', () => {
  it('is the page’s date: a same-event word takes no day from it', () => {
    const facts = factsOf('公开日期 | 2020-05-11 | 公开目录 | 部门文件\n2020年，某县下达资金1200万元。本次分配到贫困村的资金为800万元。', '2020-05-11');
    expect(facts.map((f) => f.when)).toEqual(['2020', '2020']);
  });
});
