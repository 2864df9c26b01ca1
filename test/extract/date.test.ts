import { describe, expect, it } from 'vitest';
import type { DraftMention } from '../../src/model/mention';
import { extractWith } from '../helpers/extract';

/** text → value of every date found, in order (money and percent run first, as in the pipeline). */
const dates = (text: string, referenceDate: string | null = '2024') =>
  extractWith(['money', 'percent', 'date'], text, referenceDate).map((m) => `${m.text}=${(m as { value: string }).value}`);

const detailed = (text: string, referenceDate: string | null = '2024') =>
  extractWith(['date'], text, referenceDate).map((m) => {
    const d = m as Extract<DraftMention, { type: 'date' }>;
    return { text: d.text, value: d.value, granularity: d.granularity, relative: d.relative, rule: d.rule };
  });

describe('date extractor: absolute and partial dates', () => {
  it('reads years, months and days written with 年月日', () => {
    expect(dates('2023年9月24日，日喀则市13名先天性心脏病患儿抵达长春。')).toEqual(['2023年9月24日=2023-09-24']);
    expect(dates('长春市第八批援藏干部中心组于2022年7月进驻西藏日喀则市定结县')).toEqual(['2022年7月=2022-07']);
    expect(dates('1994年，中央召开第三次西藏工作座谈会')).toEqual(['1994年=1994']);
  });

  it('reads a day written without 日', () => {
    expect(dates('2021年4月16集中开工，当年11月12日已全部竣工验收')).toEqual([
      '2021年4月16=2021-04-16',
      '当年11月12日=2021-11-12',
    ]);
  });

  it('does not take a count after a month for a day', () => {
    expect(dates('2023年4月16个项目集中开工')).toEqual(['2023年4月=2023-04']);
  });

  it('reads numeric dates and a dateline with the time glued on', () => {
    expect(dates('发布时间：2018-09-2110:15:00')).toEqual(['2018-09-21=2018-09-21']);
    expect(dates('会议于2018/9/21召开，2018.9.21闭幕')).toEqual(['2018/9/21=2018-09-21', '2018.9.21=2018-09-21']);
  });

  it('reads Chinese-numeral dates and OCR spacing', () => {
    expect(dates('二〇二三年五月，工作组进驻')).toEqual(['二〇二三年五月=2023-05']);
    expect(dates('2017 年8 月，学校建成')).toEqual(['2017 年8 月=2017-08']);
  });

  it('reads a bare year that prefixes a name, and a year list sharing one 年', () => {
    expect(detailed('深入开展“2023西藏文化青岛行”等活动')).toEqual([
      { text: '2023', value: '2023', granularity: 'year', relative: false, rule: 'date.year-prefix' },
    ]);
    expect(dates('2021年、2022年策划投资7430万元的10个基建类项目')).toEqual(['2021年=2021', '2022年=2022']);
    expect(dates('2021、2022年连续获评先进')).toEqual(['2021=2021', '2022年=2022']);
  });
});

describe('date extractor: years from the paragraph and the reference date', () => {
  it('gives a month-day the nearest year stated in its paragraph', () => {
    expect(dates('2022年实施援藏项目9个；2023年实施援藏项目11个；9月11日，长春市再次援助定结县500万元', '2023')).toEqual([
      '2022年=2022',
      '2023年=2023',
      '9月11日=2023-09-11',
    ]);
  });

  it('never takes a year stated after it; a month after the reference day is last year', () => {
    const text = '6月，交流展在日喀则举办；8月，骨干赴山东培训；10月，作品展在济南举办……2023年，文化交流频繁。';
    expect(dates(text, '2024')).toEqual(['6月=2024-06', '8月=2024-08', '10月=2024-10', '2023年=2023']);
    expect(dates(text, '2024-04-03')).toEqual(['6月=2023-06', '8月=2023-08', '10月=2023-10', '2023年=2023']);
  });

  it('takes the first day an article reports in the reference year as its publication day', () => {
    expect(dates('4月3日，祭扫活动举行。6月，交流展举办；10月，作品展举办。', '2024')).toEqual([
      '4月3日=2024-04-03',
      '6月=2023-06',
      '10月=2023-10',
    ]);
  });

  it('keeps a planned month in the reference year', () => {
    expect(dates('项目预计10月建成。', '2024-04-03')).toEqual(['10月=2024-10']);
  });

  it('never takes the year of a planned date', () => {
    expect(dates('计划2030年6月建成，4月30日开工。', '2024')).toEqual(['2030年6月=2030-06', '4月30日=2024-04-30']);
  });

  it('carries a year on to the next sentence of the same paragraph, not across paragraphs', () => {
    expect(dates('去年3月，项目启动。5月，主体开工。\n9月，项目竣工。', '2024')).toEqual(['去年3月=2023-03', '5月=2023-05', '9月=2024-09']);
  });

  it('reads a calendar year before a place name (2023年多伦县…) but 300年多 as a duration', () => {
    expect(dates('2023年多伦县政府工作报告（摘要）', '2023')).toEqual(['2023年=2023']);
    expect(dates('这座古寺已有300年多的历史', '2023')).toEqual([]);
  });

  it('reads a five-year plan in single quotes', () => {
    expect(dates('围绕‘十五五’文旅发展规划编制', '2024')).toEqual(['十五五=2026/2030']);
  });

  it('does not take a historical year stated later in the paragraph', () => {
    expect(dates('7月18日，在温宿县，老人正在果园里忙着疏果。1986年起，当地干部群众开始植树造林。', '2023')).toEqual([
      '7月18日=2023-07-18',
      '1986年=1986',
    ]);
  });

  it('falls back to the reference date when the paragraph states no year', () => {
    expect(dates('2022年，工作组进驻。\n8月13日晚，领队带领2名组员赶到展区。', '2023')).toEqual([
      '2022年=2022',
      '8月13日=2023-08-13',
    ]);
  });

  it('leaves out a month-day when there is no year anywhere', () => {
    expect(dates('8月27日，会议在拉萨召开。', null)).toEqual([]);
  });
});

describe('date extractor: relative references', () => {
  it('resolves 今年, 去年, 明年 against the reference date', () => {
    expect(detailed('今年7月，工作组即将圆满完成任务。', '2022')).toEqual([
      { text: '今年7月', value: '2022-07', granularity: 'month', relative: true, rule: 'date.relative' },
    ]);
    expect(dates('去年完成投资，明年继续推进', '2018')).toEqual(['去年=2017', '明年=2019']);
    expect(dates('今年9月28日，定结县召开表彰大会', '2023')).toEqual(['今年9月28日=2023-09-28']);
  });

  it('resolves 当年, 同年, 次年 to the year last named', () => {
    expect(dates('2020年，总投资4199万元的9个基建类项目实现当年开工、当年建成。', '2022')).toEqual([
      '2020年=2020',
      '当年=2020',
      '当年=2020',
    ]);
    expect(dates('2016年项目开工，同年建成，次年投入使用。', '2018')).toEqual(['2016年=2016', '同年=2016', '次年=2017']);
  });

  it('resolves 当天 to the day last named, across paragraphs', () => {
    expect(dates('2023年12月21日，拉顿欣喜地说。\n当天，白朗县举行项目集中交付仪式。', '2024')).toEqual([
      '2023年12月21日=2023-12-21',
      '当天=2023-12-21',
    ]);
    expect(dates('4月3日，清明节前一天，祭扫活动在这里举行。\n今年是对口援藏30周年。当天，全体同志献上鲜花。', '2024')).toEqual([
      '4月3日=2024-04-03',
      '今年=2024',
      '当天=2024-04-03',
    ]);
  });

  it('reads halves and quarters as month intervals, a quarter end as a month', () => {
    expect(detailed('今年上半年，全区经济增长。', '2018')).toEqual([
      { text: '今年上半年', value: '2018-01/2018-06', granularity: 'half', relative: true, rule: 'date.relative' },
    ]);
    expect(dates('上半年完成投资，2018年下半年开始建设。', '2018')).toEqual(['上半年=2018-01/2018-06', '2018年下半年=2018-07/2018-12']);
    expect(dates('一季度、首季、第二季度、前三季度和一季度末的数据', '2018')).toEqual([
      '一季度=2018-01/2018-03',
      '首季=2018-01/2018-03',
      '第二季度=2018-04/2018-06',
      '前三季度=2018-01/2018-09',
      '一季度末=2018-03',
    ]);
  });

  it('reads 年初/年底 and seasons as the year, part of the phrase after a year in figures or a relative year', () => {
    expect(dates('年初以来，项目年底前完工。', '2018')).toEqual(['年初=2018', '年底=2018']);
    expect(dates('今年年底，去年秋，2017年春季，2019年底', '2018')).toEqual(['今年年底=2018', '去年秋=2017', '2017年春季=2017', '2019年底=2019']);
    // A one-character season in a compound (夏粮), and a season naming a thing (秋季学期), are left out.
    expect(dates('今年夏粮丰收，明年夏天扩种，去年秋季学期扩招。', '2018')).toEqual(['今年=2018', '明年夏天=2019', '去年=2017']);
    expect(dates('合作社按股份分红，年底统一结算。', '2018')).toEqual([]);
  });

  it('resolves relative days, weeks and months against a reference day only', () => {
    expect(dates('今天开幕，昨天布展，前天进场，明天闭幕，后天撤展。', '2018-05-20')).toEqual([
      '今天=2018-05-20',
      '昨天=2018-05-19',
      '前天=2018-05-18',
      '明天=2018-05-21',
      '后天=2018-05-22',
    ]);
    expect(dates('周二开会，上周六出发，下周一返回。', '2018-05-20')).toEqual(['周二=2018-05-15', '上周六=2018-05-12', '下周一=2018-05-21']);
    expect(dates('本月完成，上个月开始，下个月验收。', '2018-01-20')).toEqual(['本月=2018-01', '上个月=2017-12', '下个月=2018-02']);
    expect(dates('今天开幕，上个月开始。', '2018')).toEqual([]);
  });

  it('resolves a relative day against the day its sentence opens with', () => {
    expect(dates('5月23日，记者获悉，项目昨天开工。', '2018')).toEqual(['5月23日=2018-05-23', '昨天=2018-05-22']);
  });

  it('leaves out figurative days, timetables and counts of weeks', () => {
    expect(dates('今天的农村变了样，明天会更好，创造美好明天。', '2018-05-20')).toEqual([]);
    expect(dates('周一至周五开放，每周一闭馆，一周一次。', '2018-05-20')).toEqual([]);
  });
});

describe('date extractor: spans and five-year plans', () => {
  it('reads a span written as one phrase as one interval', () => {
    expect(dates('2012—2017年，累计投入资金；2018年至2020年，完成项目。')).toEqual([
      '2012—2017年=2012/2017',
      '2018年至2020年=2018/2020',
    ]);
    expect(dates('今年1—6月，全区接待游客；9月14日至18日，举办展会。', '2018')).toEqual([
      '今年1—6月=2018-01/2018-06',
      '9月14日至18日=2018-09-14/2018-09-18',
    ]);
  });

  it('reads a span whose second end has its own month, and a month span without a year', () => {
    expect(dates('2023年9月24日至10月2日，展会在长春举办。')).toEqual(['2023年9月24日至10月2日=2023-09-24/2023-10-02']);
    expect(dates('1月至11月，全区规模以上工业增加值增长8.2%。', '2024')).toEqual(['1月至11月=2024-01/2024-11']);
  });

  it('reads each month of a list that shares one 月', () => {
    expect(dates('7、8月，游客大增。', '2024')).toEqual(['7=2024-07', '8月=2024-08']);
  });

  it('does not read 至今 as the end of a span', () => {
    expect(dates('从2019年7月至今，工作组坚持民生优先')).toEqual(['2019年7月=2019-07']);
  });

  it('reads five-year plans, quoted or before 规划, as periods', () => {
    expect(detailed('制定“十四五”援藏规划')).toEqual([
      { text: '十四五', value: '2021/2025', granularity: 'period', relative: false, rule: 'date.five-year-plan' },
    ]);
    expect(dates('为“十五五”时期项目做好准备，十三五规划圆满完成，“一五”计划')).toEqual([
      '十五五=2026/2030',
      '十三五=2016/2020',
      '一五=1953/1957',
    ]);
    expect(dates('十四五岁的少年')).toEqual([]);
  });
});

describe('date extractor: years in other spellings, spans, Latin script', () => {
  it('reads two-digit and cardinal years', () => {
    expect(dates('09年毕业，在97年入伍，17年5月1日到18年1月3日驻村，两千零九年', '2018')).toEqual([
      '09年=2009',
      '97年=1997',
      '17年5月1日到18年1月3日=2017-05-01/2018-01-03',
      '两千零九年=2009',
    ]);
    expect(dates('10年来，用了15年，提高到20年一遇', '2018')).toEqual([]);
  });

  it('reads spans in every spelling as one interval', () => {
    expect(dates('从2011到2013，人口翻番。2011年和2013年之间增长最快。', '2018')).toEqual(['2011到2013=2011/2013', '2011年和2013年=2011/2013']);
    expect(dates('四月至六月为汛期。', '2018')).toEqual(['四月至六月=2018-04/2018-06']);
    expect(dates('2020/5/1-2020/6/30开放；2019年3月1日--2019年3月15日闭馆。')).toEqual([
      '2020/5/1-2020/6/30=2020-05-01/2020-06-30',
      '2019年3月1日--2019年3月15日=2019-03-01/2019-03-15',
    ]);
    expect(dates('2019年3月1日至2019/3/15')).toEqual(['2019年3月1日至2019/3/15=2019-03-01/2019-03-15']);
  });

  it('reads Latin-script dates', () => {
    expect(detailed('Mon, 3 Jul 2023 08:15:00 GMT')).toEqual([
      { text: '3 Jul 2023', value: '2023-07-03', granularity: 'day', relative: false, rule: 'date.latin' },
    ]);
    expect(dates('Published July 3, 2023')).toEqual(['July 3, 2023=2023-07-03']);
  });
});

describe('date extractor: what is not a date', () => {
  it('leaves out durations, ages, anniversaries and festivals', () => {
    expect(dates('三年来，30年来，为期75天，两年全面完工，7年间，读了4年大学，近2000年来')).toEqual([]);
    expect(dates('今年6岁的索朗在定结县幼儿园上学。')).toEqual([]);
    expect(dates('山东援藏工作迎来30周年，清明节前一天')).toEqual([]);
  });

  it('leaves out a month that recurs every year', () => {
    expect(dates('每年7月，当地都会举办赛马节。')).toEqual([]);
  });

  it('reads 二○二三年 written with a circle for 〇', () => {
    expect(dates('二○二三年十二月三十一日')).toEqual(['二○二三年十二月三十一日=2023-12-31']);
  });

  it('leaves out money, and place names with season characters', () => {
    expect(dates('引进投资2000万元藏鸡规模化养殖场项目，秋窝乡第二小学运动场')).toEqual([]);
  });
});
