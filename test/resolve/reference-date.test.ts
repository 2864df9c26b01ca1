import { describe, expect, it } from 'vitest';
import { inferReferenceDate } from '../../src/resolve/reference-date';

describe('inferReferenceDate', () => {
  it('reads a dateline near the top', () => {
    expect(inferReferenceDate('标题\n发布时间：2018-09-21 10:15 来源：新华网\n正文2016年开工')).toBe('2018-09-21');
    expect(inferReferenceDate('标题\n2018-09-2110:15:00\n正文')).toBe('2018-09-21');
    expect(inferReferenceDate('记者 张三\n2023年10月9日 星期一\n正文提到2020年')).toBe('2023-10-09');
  });

  it('reads a date right before a source label below a page\'s navigation (( 2025-12-25 ) 稿件来源：…)', () => {
    const nav = ['首页', '', '01版：要闻', '', '02版：经济', '', '03版：各地', '', '04版：国际', '', '05版：文化', ''].join('\n');
    const body = '本报记者 张三\n  冬至过后，全省小麦长势良好，2024年全省粮食总产量再创新高。';
    expect(inferReferenceDate(`${nav}\n某省推进农业强省建设\n\n( 2025-12-25 ) 稿件来源：某某日报 要闻\n${body}`)).toBe('2025-12-25');
    expect(inferReferenceDate(`${nav}\n某省推进农业强省建设\n2025年12月25日 文章来源: 某某网\n${body}`)).toBe('2025-12-25');
    // A date in a sentence, with no source label after it, is no byline.
    expect(inferReferenceDate(`${nav}\n某省推进农业强省建设\n会议于2025-12-25召开，来自各地的代表参会。\n${body}`)).not.toBe('2025-12-25');
  });

  it('reads a page\'s meta line with a byline label and a date, however deep in its navigation', () => {
    const nav = Array.from({ length: 12 }, (_, i) => `栏目${i}`).join('\n');
    const body = '\n今年以来，全县新建学校5所，2019年建成的医院投入使用。';
    expect(inferReferenceDate(`${nav}\n某县新建学校5所\n作者：张三 | 2023-05-12${body}`)).toBe('2023-05-12');
    expect(inferReferenceDate(`${nav}\n某县新建学校5所\n浏览次数：123 日期：2023-05-12${body}`)).toBe('2023-05-12');
    expect(inferReferenceDate(`${nav}\n某县新建学校5所\n2023-05-12 | 来源：县政府办${body}`)).toBe('2023-05-12');
    // An event's time and place, or a sentence that names a source, is no meta line.
    expect(inferReferenceDate(`${nav}\n某县召开会议\n时间：2023年5月12日 地点：县会议室${body}`)).not.toBe('2023-05-12');
    expect(inferReferenceDate(`${nav}\n某县召开会议\n作者在2023年5月12日说，来源：某报${body}`)).not.toBe('2023-05-12');
  });

  it('takes a bare date with a weekday on the line under it for a page\'s own clock, which a dateline below beats', () => {
    expect(inferReferenceDate('某某新闻网\n2024/05/16\nThursday\n23:59\n某县举办新春团拜会\n记者 李四／某县报导\n2008.02.15\n县政府于今天举办新春团拜会。')).toBe('2008-02-15');
    expect(inferReferenceDate('某某新闻网\n2024年05月16日\n星期四\n某县举办新春团拜会\n2008-02-15 10:20\n县政府于今天举办新春团拜会。')).toBe('2008-02-15');
    // With no other dateline, the clock still dates the page; a weekday not alone on its line is no clock.
    expect(inferReferenceDate('某某新闻网\n\n2024/05/16\nThursday\n23:59\n\n某县举办新春团拜会。')).toBe('2024-05-16');
    expect(inferReferenceDate('某某新闻网\n2024/05/16\nThursday night concert\n某县举办音乐会\n2008.02.15\n正文。')).toBe('2024-05-16');
  });

  it('reads a bare 时间/日期 label as the dateline only on a meta line that page chrome closes', () => {
    const body = '全县今年新修农村公路八十公里，沿线村民出行更加方便，交通部门表示还将继续推进。'.repeat(14);
    expect(inferReferenceDate(`${body}\n时间:2016-10-12 |`)).toBe('2016-10-12');
    expect(inferReferenceDate(`${body}\n日期：2016-10-12 14:20 ｜ 作者：李四`)).toBe('2016-10-12');
    // An event's time in a notice: 地点 follows the bar; a line without chrome; a label that is no bare one.
    expect(inferReferenceDate(`${body}\n时间：2016-10-12 ｜ 地点：县文化馆`)).toBeNull();
    expect(inferReferenceDate(`${body}\n时间：2016-10-12`)).toBeNull();
    expect(inferReferenceDate(`${body}\n报名时间：2016-10-12 |`)).toBeNull();
  });

  it('reads a signing date in Chinese numerals on a line of its own, with the signer and another document after it', () => {
    const reason = '鉴于夏季游园人数增多，为方便市民晚间休闲，经研究决定调整各公园的开放时间。'.repeat(12);
    const order = `关于调整公园开放时间的批示\n${reason}\n一、自本年度起延长夏季开放时间。\n二、二零二一年的开支由本年度预算支付。\n`;
    const signed = `${order}二〇二一年六月三日\n局长 王五\n中文版本\n另一批示的正文提到2023年的计划。`;
    expect(inferReferenceDate(signed)).toBe('2021-06-03');
    // Two documents signed on different days: neither dates the page.
    expect(inferReferenceDate(`${signed}\n二〇二二年一月九日\n局长 王五\n另一批示。`)).not.toBe('2021-06-03');
    // A date line quoted alone in a story, with no signer beside it, is no signing date.
    const story = `${reason}\n这份批示的落款日期是：\n二〇二一年六月三日\n全文如下：今年起延长开放时间，2023年再作评估。\n${reason}`;
    expect(inferReferenceDate(story)).not.toBe('2021-06-03');
  });

  it('takes no year of a completion in a sentence about plans; a picture path on the site dates the page', () => {
    const text = '![](/upload/photo/2019-4/22/0422a1b2.jpg)\n今年以来，新校区建设进展顺利。项目计划年底封顶，2021年秋季竣工交付。';
    expect(inferReferenceDate(text)).toBe('2019-04-22');
    // Without the picture, no year is left: the completion year does not date the text.
    expect(inferReferenceDate('今年以来，新校区建设进展顺利。项目计划年底封顶，2021年秋季竣工交付。')).toBeNull();
    // A completion without a plan word in its sentence is past: it dates the text.
    expect(inferReferenceDate('新校区于2018年秋季竣工，今年已有三千名学生入住。')).toBe('2018');
  });

  it('does not take a date inside a body sentence for a dateline', () => {
    const text = '标题\n2023年9月24日，在吉林援藏项目帮助下，日喀则市13名先天性心脏病患儿抵达长春接受治疗。\n2024年工作继续。';
    expect(inferReferenceDate(text)).toBe('2024');
  });

  it('dates a text by a well-known event\'s N周年纪念日, with a wire dateline\'s day', () => {
    expect(inferReferenceDate('新华社唐山7月28日电 唐山大地震四十周年纪念日，市民前往纪念碑献花。1976年的地震造成重大伤亡。')).toBe('2016-07-28');
    expect(inferReferenceDate('汶川地震10周年纪念日前夕，记者回到映秀镇。2008年以来，全镇重建房屋2000余户。')).toBe('2018');
    // An anniversary day of an event the list does not hold gives no year.
    expect(inferReferenceDate('新华社北京3月2日电 某厂投产十周年纪念日，工人们合影留念。')).toBeNull();
    // Told afterwards: a later year stated in the text wins.
    expect(inferReferenceDate('2023年，全县新建学校5所。在建党100周年纪念日上，他发表了讲话。')).toBe('2023');
  });

  it('counts 今年是…N周年 from a start year the article states', () => {
    const text = '1994年，中央召开第三次西藏工作座谈会。2023年，实施项目33个。今年是对口支援的30周年。';
    expect(inferReferenceDate(text)).toBe('2024');
  });

  it('counts 今年是…N周年 from the one year the article states, however far, never into the future', () => {
    expect(inferReferenceDate('今年是该县抗洪救灾10周年。2012年特大洪水过后，全县重建房屋3000余户。')).toBe('2022');
    // 2015 + 60 is still to come: the count runs from a year the article does not state.
    expect(inferReferenceDate('今年是建校60周年。2015年学校新建了图书馆。')).toBe('2015');
  });

  it('counts 今年是…N周年 from a well-known anniversary', () => {
    expect(inferReferenceDate('今年是对我区援藏工作开展30周年。2021年总书记在西藏考察。')).toBe('2024');
  });

  it('falls back to the latest stated year, leaving out targets', () => {
    expect(inferReferenceDate('2019年7月进驻，2022年完成，到2035年基本实现现代化')).toBe('2022');
  });

  it('does not date an article by the baseline of a comparison', () => {
    expect(inferReferenceDate('7月4日以来，多条河流超警。水位达23.70米，超过1998年23.69米的历史最高水位。')).toBeNull();
    expect(inferReferenceDate('2021年上半年，客流量比2019年同期增长20%。')).toBe('2021');
    expect(inferReferenceDate('2020年，全县生产总值较2016年增长28%。')).toBe('2020');
  });

  it('takes a labelled publication date over a mirror page\'s own clock', () => {
    const text = '新闻 财经\n2024年05月02日 星期四\n财经 > 滚动新闻 > 正文\n去年援助资金增长\n  • 发布时间:2015-02-09 05:26:41  来源:某某日报\n  本报讯 2014年，援助项目115个。';
    expect(inferReferenceDate(text)).toBe('2015-02-09');
  });

  it('takes a forum post\'s timed 发表于 line over the dates of its user panel', () => {
    const text = '论坛首页\n  • 今日心情\n    开心\n    2023-11-30 08:05\n  • 签到天数: 210 天\n标题：某县年度统计公报\n    发表于 2023-2-8 09:12:30 | 只看该作者\n2022年，全县生产总值增长5%。';
    expect(inferReferenceDate(text)).toBe('2023-02-08');
    expect(inferReferenceDate('某网友\n帖子 发布于 2019/6/3 21:40\n2018年全县新建学校5所。')).toBe('2019-06-03');
  });

  it('takes a timed dateline over a page clock with only its weekday', () => {
    const text = '某某网 首页\n2024年05月02日 星期四\n财经 > 正文\n去年援助资金增长\n2015-02-09 05:26:41  来源:某某日报\n2014年，援助项目115个。';
    expect(inferReferenceDate(text)).toBe('2015-02-09');
    // A page clock alone is the best there is.
    expect(inferReferenceDate('2023年10月9日 星期一\n本报记者 张三\n2023年，全县新建学校5所。')).toBe('2023-10-09');
  });

  it('dates a report on one year by when such reports come out', () => {
    expect(inferReferenceDate('2021年某县国民经济和社会发展统计公报\n2021年，全县实现生产总值95亿元，比上年增长4%。')).toBe('2022');
    expect(inferReferenceDate('2019年工作回顾\n  2019年，是全县发展极不平凡的一年。')).toBe('2020');
    // Only a title says what the text is: a report cited in a sentence does not.
    expect(inferReferenceDate('记者查阅了2018年统计公报中的人口数据，并与2020年的普查结果作了比较，发现农村人口持续减少。')).toBe('2020');
  });

  it('reads the signing date on a line of its own at the end (a notice, a bulletin)', () => {
    const body = '各乡镇要抓好春耕备耕，落实好各项惠农政策，确保粮食面积稳定。\n'.repeat(16);
    expect(inferReferenceDate(`关于做好春耕备耕工作的通知\n各乡镇：\n2020年全县粮食增产。\n${body}某某县人民政府办公室\n2021年3月5日\n`)).toBe('2021-03-05');
    expect(inferReferenceDate(`2019年某县统计公报\n${body}某某县统计局\n（2020-03-18）`)).toBe('2020-03-18');
    // A date that ends a sentence is no signature.
    expect(inferReferenceDate(`2020年，全县粮食增产。\n${body}活动将持续到2021年3月5日。`)).toBe('2020');
    // Dated links under a crawled page (related news) are other articles' dates.
    expect(inferReferenceDate(`2020年，全县粮食增产。\n${body}相关新闻\n春耕正当时\n2024-05-01\n夏粮收购启动\n2024-06-12`)).toBe('2020');
  });

  it('reads a wire dateline with 讯 as with 电, with or without its year', () => {
    const body = '全市各地积极行动，认真落实各项部署要求，扎实推进重点工作，取得了明显成效。'.repeat(3);
    expect(inferReferenceDate(`本报2023年5月12日讯 ${body}2021年，成效明显。`)).toBe('2023-05-12');
    expect(inferReferenceDate(`某某网5月12日讯 ${body}2021年以来成效明显，2023年一季度增长5%。`)).toBe('2023-05-12');
  });

  it('returns null when the text states no year', () => {
    expect(inferReferenceDate('援藏干部人才奔赴高原。')).toBeNull();
  });
});

describe('inferReferenceDate: crawled pages and other shapes', () => {
  it('finds a dateline glued onto the title or the first sentence', () => {
    expect(inferReferenceDate('县城新貌2023-05-12 10:15:00 来源：某某日报 本报讯 2021年以来，全县新建道路120公里，群众出行更方便了。')).toBe('2023-05-12');
    expect(inferReferenceDate('某某新闻网 发布时间：2022年8月15日 记者从县里获悉，2019年以来全县累计投入资金3亿元用于道路建设和维护。')).toBe('2022-08-15');
  });

  it('finds a timed dateline below a crawled page\'s list of links, and only a timed one', () => {
    const links = '本地新闻>>民生\n小区加装电梯\n社区食堂开张\n公园新添步道\n夜市重新开放\n老街改造完工\n菜价平稳回落\n公交新开线路\n';
    expect(inferReferenceDate(`${links}乡村产业兴旺某某晚报2021-09-14 08:30村里种了50亩蓝莓。2019年，村里脱贫。`)).toBe('2021-09-14');
    // Without its clock time, a date that far down is no dateline; the stated year dates the article.
    expect(inferReferenceDate(`${links}乡村产业兴旺某某晚报2021-09-14村里种了50亩蓝莓。2019年，村里脱贫。`)).toBe('2019');
    // Past the first screen's characters, not even a timed date is.
    expect(inferReferenceDate(`${links}${'村里种了蓝莓。'.repeat(60)}某某晚报2021-09-14 08:30。2019年，村里脱贫。`)).toBe('2019');
  });

  it('does not take a date inside a long sentence for a dateline', () => {
    expect(inferReferenceDate('全县干部群众在2019年3月5日这一天集中开展植树活动，种下树苗一万株，成活率达到95%以上。2021年再次开展。')).toBe('2021');
  });

  it('finds a labelled dateline below a crawled page\'s markup, and only a labelled one', () => {
    const markup = '<div class="nav"><a href="/index.jsp">首页</a></div>\n'.repeat(12);
    expect(inferReferenceDate(`${markup}<h1>全省交通建设</h1>\n<span>发布时间：2012-06-18</span>\n<p>2010年以来，全省新建公路500公里。</p>`)).toBe('2012-06-18');
    expect(inferReferenceDate(`${markup}<span>更新日期: 2015年3月2日</span><p>2013年全县新建学校5所。</p>`)).toBe('2015-03-02');
    expect(inferReferenceDate(`${markup}<p>报名截止：2019-05-01。2018年全县新建学校5所。</p>`)).toBe('2018');
  });

  it('reads a Latin-script dateline', () => {
    expect(inferReferenceDate('Mon, 3 Jul 2023 08:15:00 GMT\n标题\n2020年以来，全县新建学校5所。')).toBe('2023-07-03');
  });

  it('does not take a planned year for the latest stated year', () => {
    expect(inferReferenceDate('2023年8月，累计投入资金20亿元。2025年北京市计划安排资金2亿元。')).toBe('2023');
  });

  it('takes the year after the latest stated year when 今年 months come before its months', () => {
    expect(inferReferenceDate('今年5月，学生赴外地研学。2023年9月24日，患儿抵达长春。')).toBe('2024');
    expect(inferReferenceDate('今年1—4月，游客增长。2024年3月，园区开园。')).toBe('2024');
  });
});

describe('inferReferenceDate: years gone by since a period\'s start', () => {
  it('counts the years gone by from the start of a period that is the latest year stated', () => {
    expect(inferReferenceDate('从2017年8月起，第九批援疆干部来到阿克苏。\n三年来，共实施项目120个。')).toBe('2020');
    expect(inferReferenceDate('自2018年以来，全县新建学校12所。\n2年，投入资金3.5亿元。')).toBe('2020');
    // A wire dateline's day then falls in that year.
    expect(inferReferenceDate('某某网7月15日讯 从2016年7月起，工作队来到昌都。\n3年，共实施170个项目。')).toBe('2019-07-15');
  });

  it('does not count from a start that later years follow, nor a count too long or two that disagree', () => {
    expect(inferReferenceDate('2015年以来，全县新建学校12所。2019年，全县脱贫。\n三年来，投入资金3.5亿元。')).toBe('2019');
    // 从2010年起 starts a period gone by: the text is later, and without a count that dates it, nothing dates it.
    expect(inferReferenceDate('从2010年起，工作队来到昌都。\n十年来，共实施170个项目。')).toBeNull();
    expect(inferReferenceDate('自2010年起，工作队来到昌都。\n十年来，共实施170个项目。2012年，新建学校3所。')).toBe('2012');
    expect(inferReferenceDate('从2016年起，工作队来到昌都。\n3年来，共实施项目。\n2年间，新建学校12所。')).toBeNull();
    // A count inside a sentence (读了3年大学) is no count of years gone by.
    expect(inferReferenceDate('从2016年起，他在长春读了3年大学。')).toBeNull();
    expect(inferReferenceDate('2016年，他在长春读了3年大学。')).toBe('2016');
  });
});

describe('inferReferenceDate: wire datelines', () => {
  it('takes the day of a wire dateline in the year the article gives', () => {
    expect(inferReferenceDate('新华社北京5月20日电（记者张三）2023年以来，全国新建5G基站100万个。')).toBe('2023-05-20');
    expect(inferReferenceDate('本报拉萨2月30日电 2023年全区接待游客5000万人次。')).toBe('2023');
    expect(inferReferenceDate('新华社北京5月20日电 全国新建5G基站100万个。')).toBeNull();
  });
});

describe('inferReferenceDate: years that do not date the article', () => {
  it('leaves out the start of a record or of a history, and prefers null to their year', () => {
    expect(inferReferenceDate('新华社哈尔滨4月25日电 一季度工业增加值增长4.1%，为2014年以来同期最好水平。')).toBeNull();
    expect(inferReferenceDate('该站水位列1957年建站以来第2位，列1954年有实测资料以来的第5位，为2005年以来首次超警。')).toBeNull();
    expect(inferReferenceDate('这家公司1998年成立，今年销售额增长20%。')).toBeNull();
    expect(inferReferenceDate('自2010年起，全县累计投入资金3亿元。')).toBeNull();
  });

  it('leaves out the year of an earlier step the story follows on from (继2019年…之后，又…)', () => {
    expect(inferReferenceDate('这是该集团继2019年援建村道之后，又一个帮扶项目。')).toBeNull();
    expect(inferReferenceDate('继2019年援建村道之后，该集团2021年又出资修建了卫生室。')).toBe('2021');
  });

  it('leaves out the year an anniversary counts from, and years in a document title', () => {
    // Not 2008: the occasion of its 10th anniversary (之际) is the year the text is of.
    expect(inferReferenceDate('纪念2008年汶川地震10周年之际，当地举办了活动。')).toBe('2018');
    expect(inferReferenceDate('《2021—2035年国土空间总体规划》正式印发。')).toBeNull();
  });

  it("reads a figure's year after a verb of change and a year's first quarters, not as targets", () => {
    expect(inferReferenceDate('出口额由2016年的120亿元增长到2021年的260亿元，今年继续保持增长。')).toBe('2021');
    expect(inferReferenceDate('市政府就2024年前三季度经济运行情况举行发布会。')).toBe('2024');
    expect(inferReferenceDate('全市2019年前5个月接待游客320万人次。')).toBe('2019');
    // A plan word before the change keeps the year a target; 2030年前 stays a deadline.
    expect(inferReferenceDate('2020年营业收入80亿元，预计增长到2025年的150亿元。')).toBe('2020');
    expect(inferReferenceDate('2021年全省风电装机达到800万千瓦，力争2030年前实现碳达峰。')).toBe('2021');
  });

  it('takes no year from a deadline after 确保 (确保2026年底前完成): the work is still to come', () => {
    expect(inferReferenceDate('某县重建项目全面启动，居民住房9月底前完工，确保2026年底前全面完成重建任务。')).toBeNull();
    expect(inferReferenceDate('某县重建项目全面启动，确保2026年全部完工。')).toBeNull();
    // Without 确保 the year of a finished year's figures still dates the text.
    expect(inferReferenceDate('2023年全县新建学校3所。')).toBe('2023');
  });

  it('dates the article after a year it calls over (2020年全年), unless that year is a target', () => {
    expect(inferReferenceDate('今年前三季度出口1524亿元，已超2020年全年的1503亿元。')).toBe('2021');
    expect(inferReferenceDate('2022年全年，全县接待游客120万人次，比上年增长8%。')).toBe('2023');
    expect(inferReferenceDate('2021年，全县新建学校3所。2021年全年目标已经完成。')).toBe('2021');
    expect(inferReferenceDate('2023年上半年销售增长8%，2023年全年预计增长10%。')).toBe('2023');
    expect(inferReferenceDate('比2019年全年多出20万人次，全县游客明显增多。')).toBe('2020');
  });

  it('dates after a year whose whole-year figures follow a short subject (2017年该会全年)', () => {
    expect(inferReferenceDate('2017年该会全年接收捐赠886万元，受助群众超过2000人次。')).toBe('2018');
    expect(inferReferenceDate('2021年全市全年接待游客800万人次。')).toBe('2022');
    // A plan word before or after 全年 makes it a forecast, not a year over.
    expect(inferReferenceDate('2017年上半年增长6%，2017年预计全年增长8%。')).toBe('2017');
    expect(inferReferenceDate('2017年1月开工，2017年该市全年计划投入10亿元。')).toBe('2017');
    // A subject longer than a few characters is a sentence of its own.
    expect(inferReferenceDate('2017年，该县在各方的大力支持下，全年新建学校3所。')).toBe('2017');
  });

  it('counts the years since a start year named earlier in the same sentence (从1995年开始，…，12年来)', () => {
    expect(inferReferenceDate('湖北省从2012年开始对口支援该县，8年来，累计投入资金3亿元。2019年，全县生产总值增长7%。')).toBe('2020');
    expect(inferReferenceDate('2000年起结对帮扶，二十年间共援建学校40所。2019年，全县脱贫。')).toBe('2020');
    // In another sentence, the count may be of some other start.
    expect(inferReferenceDate('从2012年开始对口支援该县。8年来，累计投入资金3亿元。2019年，全县生产总值增长7%。')).toBe('2019');
    // A count that falls before the latest stated year, or an approximate one, dates nothing.
    expect(inferReferenceDate('从2000年开始对口支援，10年来累计投入资金。2019年，全县脱贫。')).toBe('2019');
    expect(inferReferenceDate('从2008年开始援建，十多年来，群众生活明显改善。2019年，全县脱贫。')).toBe('2019');
  });

  it('counts a streak of years (连续18年) from a start year in its sentence or the next; a start alone is history', () => {
    // The start after the streak, in the next paragraph: 1996 + 18.
    expect(inferReferenceDate('本报某地讯 5月14日，甲市向乙市捐赠帮扶资金。这是甲市连续18年帮扶乙市，累计援助超过5亿元。\n从1996年起，两市结成帮扶关系。')).toBe('2014');
    // The start before it in its sentence, with an earlier year stated elsewhere.
    expect(inferReferenceDate('2010年，全县旅游收入5亿元。从2015年起，全县连续8年举办梨花节。')).toBe('2023');
    // An ordinal counts its first year.
    expect(inferReferenceDate('从2012年起，该县连续第八年举办梨花节。')).toBe('2019');
    // A start year alone says only that the text is later; a rule coming into force or a plan is no period gone by.
    expect(inferReferenceDate('从1996年起，该村坚持每年举办庙会。')).toBeNull();
    expect(inferReferenceDate('从2024年1月1日起施行新的收费标准。')).toBe('2024');
    expect(inferReferenceDate('从2025年起，该市将全面推行垃圾分类。')).toBe('2025');
    // A count of years up to now before the start it counts from (已是十三载。自2010年6月…以来).
    expect(inferReferenceDate('回首援建路，已是十三载。自2010年6月指挥部挂牌成立以来，累计实施项目300多个。')).toBe('2023');
    expect(inferReferenceDate('该厂从1990年开始生产，已有30年历史。')).toBe('2020');
    // A streak with no start year dates nothing; a year that is no start stays the text's.
    expect(inferReferenceDate('某县连续5年获评先进。1996年，该县建成新城区。')).toBe('1996');
  });

  it('counts a count of years back glossed with the year it reaches (10年前，2009年) on to the year of writing', () => {
    expect(inferReferenceDate('时光回溯到10年前，2009年，该公司在北京成立。')).toBe('2019');
    expect(inferReferenceDate('两年前的2021年，全县实现脱贫。')).toBe('2023');
    // A later stated year stays the latest; an approximate count, or a year with 前 (before it), counts nothing.
    expect(inferReferenceDate('10年前，2009年，该公司成立。2022年，产值过亿。')).toBe('2022');
    expect(inferReferenceDate('十多年前，2009年，他来到这里。')).toBe('2009');
  });

  it('moves the latest year on where the lead\'s day (3月5日，…) comes before a month of it told as past', () => {
    const lead = '“每年开学前，他都来送助学金。”3月5日，受助学生的母亲告诉记者。';
    expect(inferReferenceDate(`${lead}团队成立于2011年年底。2016年4月，志愿者走访了9户学生家庭。`)).toBe('2017');
    // A month before the lead's, or a planned one, says nothing of that.
    expect(inferReferenceDate(`${lead}团队成立于2011年年底。2016年2月，志愿者走访了9户学生家庭。`)).toBe('2016');
    expect(inferReferenceDate(`${lead}团队成立于2011年年底。项目将于2016年9月完成。2016年1月，志愿者走访学生家庭。`)).toBe('2016');
    // A day inside a sentence is no lead.
    expect(inferReferenceDate('受助学生的母亲说，3月5日那天他来过。2016年4月，志愿者走访了9户学生家庭。')).toBe('2016');
  });

  it('reads a bare year of the Republic of China calendar in a text of Taiwan as a stated year', () => {
    expect(inferReferenceDate('县长今（17）日出席授车典礼，感谢县府团队，警察局荣获114年国家警光奖。')).toBe('2025');
    expect(inferReferenceDate('县府表示，该项目于98年3月启动，今年再获补助。')).toBe('2009');
    // A span's second end (104-107年) and a length of time (100年来) are no such year; nor is one outside a text of Taiwan.
    expect(inferReferenceDate('县府请各离岛展开第4期(104-107年)综合建设方案规划作业。')).toBeNull();
    expect(inferReferenceDate('县府表示，这座庙宇100年来香火不断。')).toBeNull();
    expect(inferReferenceDate('该企业荣获114年奖项。')).toBeNull();
  });

  it('keeps a year whose 以来 opens a clause: the period up to now', () => {
    expect(inferReferenceDate('2023年以来，全国新建5G基站100万个。')).toBe('2023');
    expect(inferReferenceDate('2021年3月以来，全县新建学校5所。')).toBe('2021');
  });

  it('keeps the latest credible year when history lies before it, and gives null when a record starts after it', () => {
    expect(inferReferenceDate('这座1957年建站的水文站，2020年7月出现洪峰。')).toBe('2020');
    expect(inferReferenceDate('2010年，全县生产总值50亿元。今年一季度增速为2014年以来最高。')).toBeNull();
  });

  it('dates a review of a whole year gone by to the year after', () => {
    const review = '2022年是党的二十大召开之年。全年实现地区生产总值420亿元，比上年增长5.2%。';
    expect(inferReferenceDate(review)).toBe('2023');
    // The writer calls a year 今年: the text is of its own year.
    expect(inferReferenceDate('2022年是党的二十大召开之年。今年全县实现地区生产总值420亿元，比上年增长5.2%。')).toBe('2022');
    // No whole-year figures: a year of plans, not a review.
    expect(inferReferenceDate('2022年是党的二十大召开之年，全县将新建学校3所。')).toBe('2022');
    // A later year summed up after it (a work report's plans for its own year) keeps that year.
    expect(inferReferenceDate(`${review}2023年是全面贯彻党的二十大精神的开局之年。`)).toBe('2023');
  });

  it('takes the day the text names as today for the year inferred', () => {
    expect(inferReferenceDate('2020年，长江水位偏高。截至今天（7月16日）8时，多站超警。')).toBe('2020-07-16');
    expect(inferReferenceDate('今天是5月20日，2023年全县新建学校3所。')).toBe('2023-05-20');
    // A day alone (今天（16日）) names no month: the year stands alone.
    expect(inferReferenceDate('2023年全县新建学校3所。今天（16日）上午开会。')).toBe('2023');
    // A wire dateline near the top comes first.
    expect(inferReferenceDate('新华社北京7月15日电 2020年，长江水位偏高。截至今天（7月16日）8时，多站超警。')).toBe('2020-07-15');
  });

  it('lets a month-day glossed with its weekday pick the one year that fits', () => {
    // After a lower bound (a record since 2016), 2017-2021: 12月3日 is a Thursday only in 2020.
    expect(inferReferenceDate('用电量为2016年以来同期最高。12月3日（星期四），全县召开大会。')).toBe('2020');
    // After a record since 2014 (2015-2020), 12月3日 was a Thursday in both 2015 and 2020: no answer.
    expect(inferReferenceDate('用电量为2014年以来同期最高。12月3日（星期四），全县召开大会。')).toBeNull();
    // No year at all: nothing bounds the search.
    expect(inferReferenceDate('12月3日（星期四），全县召开大会。')).toBeNull();
    // The latest stated year is 2019, but 12月3日 was a Thursday in 2020, not 2019: written the year after.
    expect(inferReferenceDate('2019年，全县新建学校3所。12月3日（星期四），全县召开大会。')).toBe('2020');
    // It fits the latest year: that year stands.
    expect(inferReferenceDate('2020年，全县新建学校3所。12月3日（星期四），全县召开大会。')).toBe('2020');
  });

  it('gives null when a record starts in the latest year itself: its writer would have said 今年以来', () => {
    expect(inferReferenceDate('10月收入为2020年1月以来单月最高。2020年初疫情暴发后，收入骤减。')).toBeNull();
    // A period to now that opens a clause is no record: it may well be this year.
    expect(inferReferenceDate('2020年以来，全县新建学校5所，2020年7月开工的项目已完工。')).toBe('2020');
    // History founded in the latest year does not push the article later.
    expect(inferReferenceDate('这座2020年建成的水文站，2020年7月出现洪峰。')).toBe('2020');
  });

  it('reads a day-first dateline with its clock time, or alone on its line', () => {
    expect(inferReferenceDate('援建纪实\n\n09.03.2018  10:26\n\n2016年，首批队员进藏。')).toBe('2018-03-09');
    expect(inferReferenceDate('工作简报\n26.4.2019\n2018年，全县完成春播。')).toBe('2019-04-26');
    expect(inferReferenceDate('工作简报\n08-05-2019 16:40\n2018年，全县完成春播。')).toBe('2019-05-08');
    expect(inferReferenceDate('工作简报\n11/28/2019 16:40\n2018年，全县完成春播。')).toBe('2019-11-28');
    // A slashed date that reads two ways dates nothing.
    expect(inferReferenceDate('工作简报\n3/4/2019 16:40\n2018年，全县完成春播。')).toBe('2018');
    // Inside a sentence it may be a version number: the latest stated year is left.
    expect(inferReferenceDate('升级说明\n新版本2.1.2016修复了若干问题。\n2015年，用户增长两成。')).toBe('2015');
  });

  it('counts a two-digit year before a month or a part of the year as stated', () => {
    expect(inferReferenceDate('上市公司半年报\n二三年上半年，上市公司营收增长。')).toBe('2023');
    expect(inferReferenceDate('19年底，新馆主体完工。')).toBe('2019');
    expect(inferReferenceDate('七八年来，村里变化很大；一二年级学生共300人。')).toBeNull();
    // A target year stays a target, in two digits too.
    expect(inferReferenceDate('2019年，全县新建学校3所；到25年底，全县将建成学校10所。')).toBe('2019');
  });

  it('does not date a text by the window of a period glossed in brackets', () => {
    expect(inferReferenceDate('第一轮五年（2013—2017年）帮扶计划启动。截至2016年8月，已落实资金6亿元。')).toBe('2016');
    expect(inferReferenceDate('“十三五”（2016-2020年）期间，全区投入30亿元。2018年，新建学校4所。')).toBe('2018');
    // A span stated as the period reviewed still dates the text.
    expect(inferReferenceDate('2014年至2016年，全省实施援疆项目99个。')).toBe('2016');
  });

  it('dates a text that reports a five-year plan released to the plan\'s first year', () => {
    expect(inferReferenceDate('6月8日，省政府举行《某省“十四五”交通运输发展规划》新闻发布会。')).toBe('2021');
    expect(inferReferenceDate('近日，市政府印发《某市“十四五”生态环境保护规划》。2019年，优良天数300天。')).toBe('2021');
    expect(inferReferenceDate('国务院印发《“十三五”脱贫攻坚规划》。')).toBe('2016');
    // A document of the plan's drafting comes out before the plan's years.
    expect(inferReferenceDate('市政府印发《关于编制“十四五”规划的通知》。')).toBeNull();
    // A later stated year wins; a text written since the release is not dated by it; a plan merely named dates nothing.
    expect(inferReferenceDate('《某省“十四五”规划》印发后，2023年全省新建项目20个。')).toBe('2023');
    expect(inferReferenceDate('《某县“十四五”乡村振兴规划》发布以来，全县新建项目20个。')).toBeNull();
    expect(inferReferenceDate('“十四五”期间，全省将新建学校100所。')).toBeNull();
  });

  it('dates a text that calls this year a five-year plan\'s first or last', () => {
    expect(inferReferenceDate('今年是“十四五”开局之年，全县新建项目20个。2019年，全县生产总值增长5%。')).toBe('2021');
    expect(inferReferenceDate('今年是十三五规划的收官之年。2018年，全县新建学校。')).toBe('2020');
    expect(inferReferenceDate('今年是十四五开局之年，也是十四五规划实施的第一年。')).toBe('2021');
    expect(inferReferenceDate('今年既是“十四五”规划的最后一年，也是谋划“十五五”的关键之年。')).toBe('2025');
    // Another kind of first year names no plan; a past year's milestone is only a stated year.
    expect(inferReferenceDate('今年是全面贯彻党的二十大精神的开局之年。')).toBeNull();
    expect(inferReferenceDate('2021年是“十四五”开局之年。2022年，全县新建学校。')).toBe('2022');
  });

  it('does not date a text of a five-year plan\'s years by a year before the plan', () => {
    expect(inferReferenceDate('“十四五”以来，全县新建学校5所，比2020年增加3所。')).toBeNull();
    expect(inferReferenceDate('进入“十四五”，全县新建学校5所。2019年，全县生产总值增长5%。')).toBeNull();
    expect(inferReferenceDate('十三五规划实施以来，2015年全县新建学校。')).toBeNull();
    // A text written before the plan looks ahead to it.
    expect(inferReferenceDate('即将进入“十四五”，2020年全县新建学校5所。')).toBe('2020');
    // A year of the plan's own still dates it.
    expect(inferReferenceDate('“十四五”以来，全县新建学校5所。2023年，全县生产总值增长5%。')).toBe('2023');
  });

  it('dates a text that arranges next year\'s projects ahead to the year before', () => {
    expect(inferReferenceDate('今年，全盟安排重点项目190项。截至8月底，开复工164项。初步安排2017年盟级重点项目158项。')).toBe('2016');
    expect(inferReferenceDate('提前谋划2024年重点项目60个，总投资300亿元。')).toBe('2023');
    // Projects of a year not arranged ahead are that year's; a later stated year wins.
    expect(inferReferenceDate('2017年盟级重点项目158项全部开工。')).toBe('2017');
    expect(inferReferenceDate('2019年，全市新开工项目80个。初步安排2017年重点项目时预留了资金。')).toBe('2019');
  });

  it('does not date a story by the years of teasers under a related-news heading', () => {
    const story = '3月10日，全县14个重点项目集中开工。今年计划投资95亿元，当年完成投资。';
    expect(inferReferenceDate(`${story}\n新闻推荐\n某公司2019年新建生产线一条。`)).toBeNull();
    expect(inferReferenceDate(`${story}\n相关新闻：\n某公司2019年新建生产线一条。`)).toBeNull();
    // The same year in the story's own text dates it, and a heading opening the text heads no teasers.
    expect(inferReferenceDate(`${story}\n某公司2019年新建生产线一条。`)).toBe('2019');
    expect(inferReferenceDate(`某某网\n相关新闻\n${story}\n某公司2019年新建生产线一条。`)).toBe('2019');
  });

  it('counts N年来 opening a sentence from the year that opens the sentence before', () => {
    expect(inferReferenceDate('2005年，两市结为友好城市。18年来，双方互派干部200余人。')).toBe('2023');
    expect(inferReferenceDate('2012年3月，合作社挂牌成立。这10年间，社员增至300户。')).toBe('2022');
    // A stated year later than the count's end: the count is not taken.
    expect(inferReferenceDate('2005年，两市结为友好城市。8年来，双方互派干部200余人。2019年签署新协议。')).toBe('2019');
  });

  it('does not count N年来 from a year that does not open the sentence before, nor into a record or the future', () => {
    expect(inferReferenceDate('据老人回忆，2005年两市结为友好城市。18年来，双方互派干部200余人。')).toBe('2005');
    // 3年来首次: a record counts back from its event.
    expect(inferReferenceDate('2015年，全市工业产值增长较快。3年来首次突破千亿元。')).toBe('2015');
    expect(inferReferenceDate('2010年，两县结成对子。40年来，两县往来不断。')).toBe('2010');
  });

  it('reads the year of a plan that 今年 is the Nth year of', () => {
    expect(inferReferenceDate('今年是“十四五”规划实施的第三年，全市新开工项目200个。')).toBe('2023');
    expect(inferReferenceDate('今年是“十三五”的第二年，全县完成投资80亿元。')).toBe('2017');
    // Next year's place in the plan says nothing of this year.
    expect(inferReferenceDate('明年是“十四五”规划的第五年。')).toBeNull();
  });

  it('reads the year a year word is glossed with (今年（2021年）, 去年(2019))', () => {
    expect(inferReferenceDate('今年（2021年）上半年，全区新增市场主体五千户，2018年以来最多。')).toBe('2021');
    expect(inferReferenceDate('去年(2019)全省粮食总产量再创新高，今年继续增产。')).toBe('2020');
    // 当年 glosses the year of the story, not of writing.
    expect(inferReferenceDate('当年（1998年）洪水过后，2005年大堤加固完成。')).toBe('2005');
  });

  it('does not take a title that names two days for a dateline', () => {
    expect(inferReferenceDate('2019年5月4日甲地和8月9日乙地暴雨过程分析\n\n王小五 赵小六\n本文回顾了2020年的两次暴雨过程。')).toBe('2020');
  });

  it('counts 至今已N年 from the year stated before it in its sentence', () => {
    expect(inferReferenceDate('1958年，这座水库建成蓄水，至今已60年。今年汛期水位偏高。')).toBe('2018');
    expect(inferReferenceDate('1990年，他在村里办起小学，至今已经走过了30年，学生换了一茬又一茬。')).toBe('2020');
    // 60多年 is no exact count; a count into the future is no year of writing.
    expect(inferReferenceDate('1958年，这座水库建成蓄水，至今已有60多年。')).toBe('1958');
    expect(inferReferenceDate('2012年，两校结为姊妹学校，至今已经整整40年。')).toBe('2012');
  });

  it('dates the archaeological finds of a year to the year after', () => {
    expect(inferReferenceDate('2019年全国十大考古新发现揭晓\n六处遗址入选，其中一处距今8000年。')).toBe('2020');
  });

  it('lets a date alone on its line below win over a date among the words of a title', () => {
    expect(inferReferenceDate('市政府2023年3月1日召开新闻发布会-某某报\n首页 > 新闻\n\n2022-12-20\n来源：某某报网\n市政府今日宣布，明年3月1日召开新闻发布会。')).toBe('2022-12-20');
    // A timed dateline among words (时间：… 07:24) still comes first, before a bare signing date below it.
    expect(inferReferenceDate('2014年某省统计公报\n来源：本网 时间：2015-02-17 07:24\n\n某省统计局\n\n2015年2月15日\n\n年末全省常住人口3806万人。')).toBe('2015-02-17');
  });

  it('takes the day the text names as today in Chinese numerals', () => {
    expect(inferReferenceDate('财政司司长今日(二月二十五日)在政府总部举行记者会。2015年经济增长2.5%。')).toBe('2015-02-25');
  });

  it('does not date a text by a year it compares with or comes second to', () => {
    expect(inferReferenceDate('今年全县粮食产量与2019年持平，油料增产一成。')).toBeNull();
    expect(inferReferenceDate('今年第4号台风登陆时强度与1994年的一次台风并列，为有记录以来第三强。')).toBeNull();
    expect(inferReferenceDate('今年汛期湖区最高水位仅次于1998年。')).toBeNull();
    // A year stated as the text's own stays: 2021 is compared with 2019, not the other way.
    expect(inferReferenceDate('2021年全县粮食产量与2019年相比增长5%。')).toBe('2021');
    // 和 between two years is a list, not a comparison.
    expect(inferReferenceDate('会议审议了2019年和2020年的财政决算。')).toBe('2020');
  });

  it('reads a labelled dateline in Chinese numerals', () => {
    expect(inferReferenceDate('某县人民政府网\n发布日期：二〇二二年九月六日\n2019年，全县新建学校5所。')).toBe('2022-09-06');
  });

  it('reads a dateline of the Republic of China calendar with its era on a line of its own', () => {
    expect(inferReferenceDate('县政府公告\n中华民国111年3月8日\n本县今天起受理补助申请。')).toBe('2022-03-08');
    // Without its era it is one still with its month and day (no length of time has them); without its day it is none.
    expect(inferReferenceDate('县政府公告\n111年3月8日\n本县今天起受理补助申请。')).toBe('2022-03-08');
    expect(inferReferenceDate('县政府公告\n民国111年\n本县今天起受理补助申请。')).toBeNull();
  });

  it('reads a source line with the outlet\'s date at the end or the top, not one citing a report', () => {
    expect(inferReferenceDate('全县召开水利工作会议，今年计划投资8亿元。\n来源：某某水利报 2015年3月9日')).toBe('2015-03-09');
    expect(inferReferenceDate('来源：某某日报  2015-03-09\n全县召开水利工作会议，今年计划投资8亿元。')).toBe('2015-03-09');
    expect(inferReferenceDate('全县召开水利工作会议。\n来源：某省统计局2014年统计公报')).toBe('2014');
  });

  it('reads a dateline set over lines near the top (year, 05/18, clock time), not a table of years and figures', () => {
    expect(inferReferenceDate('某省援建资金下达\n2019\n07/26\n09:30\n今年，全市计划开建援建项目20个。')).toBe('2019-07-26');
    expect(inferReferenceDate('年份\n2019\n3.5\n2020\n4.2\n全市今年增长较快。')).toBeNull();
  });

  it('dates a text by a year\'s annual report out, or a quoted report, to the year after', () => {
    expect(inferReferenceDate('某集团发布2023年年报，称今年一季度订单增长。')).toBe('2024');
    expect(inferReferenceDate('某公司发布2023年年度财务报告，报告中的经营情况讨论如下：营业额较去年上升9%。')).toBe('2024');
  });

  it('dates a text stating no year by a count of years since a well-known event, but not over a start year it states', () => {
    expect(inferReferenceDate('唐山大地震后，这座城市在废墟上重建。四十年来，城市面貌焕然一新。')).toBe('2016');
    expect(inferReferenceDate('改革开放40年来，这个县的经济总量增长了百倍。')).toBe('2018');
    expect(inferReferenceDate('改革开放四十多年来，这个县变化巨大。')).toBeNull();
    expect(inferReferenceDate('某省从2000年开始对口支援西藏，12年来，累计投入资金10亿元。')).toBe('2012');
  });

  it('dates a résumé by the end of its spans of dotted year-months, never by a day cut out of them', () => {
    const cv = '李四，1970年5月出生，1991年7月参加工作。\n1991.07-1998.10某县中学教师\n1998.10-2006.03某乡乡长\n2006.03-2011.12某县副县长';
    expect(inferReferenceDate(`本报讯 近日，市委决定任命李四为某县县长。\n${cv}`)).toBe('2011');
    // A range of decimals before 万元 is no span of months, and 2012.05-20 no day.
    expect(inferReferenceDate('本报讯 产值区间为2012.05-2013.08万元。1991年7月投产。')).toBe('1991');
  });

  it('dates a text by the first end of a span of days whose year only its second end states', () => {
    // 11月20日至2025年3月31日: the span starts in 2024, told in 2024.
    expect(inferReferenceDate('本报讯 记者获悉，全市冬季供暖将于11月20日至2025年3月31日进行，各供热企业已完成检修。')).toBe('2024');
    // A first end earlier in the year than the second's is in the second's year.
    expect(inferReferenceDate('本报讯 记者获悉，试点于3月1日至2025年6月30日进行，各单位已完成准备。')).toBe('2025');
  });

  it('does not date a text by the far end of a long span of years, nor take 截止到 for a target', () => {
    expect(inferReferenceDate('某集团于2019-2028年在某县设立产业基金。')).toBeNull();
    expect(inferReferenceDate('2012—2017年，全县完成投资200亿元。')).toBe('2017');
    expect(inferReferenceDate('截止到2019年底，全县累计建成通村公路800公里。')).toBe('2020');
    expect(inferReferenceDate('截至2019年9月，全县累计建成通村公路800公里。')).toBe('2019');
  });

  it('takes a year prefixing an event\'s name as a year the text states, not a figure before a measure word', () => {
    expect(inferReferenceDate('2018秋季经贸洽谈会开幕\n全市签约项目30个。')).toBe('2018');
    expect(inferReferenceDate('全县有2000多人参加培训。')).toBeNull();
  });

  it('reads a numeric date glued onto the end of a short title line', () => {
    expect(inferReferenceDate('某某股份:2022年年度报告摘要2023-04-21\n一、重要提示\n今年一季度，公司营业收入增长。')).toBe('2023-04-21');
    // Written with 年月日 at a title's end it may be the event's day: no dateline.
    expect(inferReferenceDate('某县召开防汛工作会议2023年4月21日\n会议部署了今年的防汛工作。')).not.toBe('2023-04-21');
  });

  it('counts years since from a year opening the paragraph before, as from the sentence before', () => {
    // The year's sentence ends in its own mark before the paragraph break: the count still counts from it.
    expect(inferReferenceDate('2019年，首届论坛在本市举办，反响热烈。\n三年来，论坛规模不断扩大。')).toBe('2022');
    expect(inferReferenceDate('2019年，首届论坛在本市举办，反响热烈。\n\n三年来，论坛规模不断扩大。')).toBe('2022');
    // A count that does not open its paragraph counts from nothing before it.
    expect(inferReferenceDate('2019年，首届论坛在本市举办，反响热烈。\n本市三年来论坛规模不断扩大。')).toBe('2019');
    // A year closing a paragraph of others is no event the next paragraph counts from.
    expect(inferReferenceDate('2016年以来，首届论坛筹备启动。2019年，论坛在本市举办。\n三年来，论坛规模不断扩大。')).toBe('2019');
    // A well-known event's paragraph before a paragraph opening with a count of years.
    expect(inferReferenceDate('汶川地震发生后，全国各地纷纷驰援。\n\n一年来，灾区重建全面展开。')).toBe('2009');
  });

  it('never dates a text by a long-range vision\'s year, nor by a milestone stated beside it; a plan spelled out dates its release', () => {
    // The vision (二〇三五年远景目标 in the title) makes 2035 a target wherever it is stated again.
    expect(inferReferenceDate('会议审议了《全省二〇三五年远景目标纲要》。2035年，全省人均收入在2020年基础上翻一番。')).toBe('2020');
    // A year opening a clause beside the vision's in its sentence is a milestone on the way.
    expect(inferReferenceDate('解读2035年远景目标。2019年全省启动编制。2025年，全省人均收入超过10万元；2035年，全省人均收入翻一番。')).toBe('2019');
    // Without a vision, clauses opened by years are past: the latest dates the text.
    expect(inferReferenceDate('2023年，全省人均收入超过9万元；2024年，全省人均收入超过10万元。')).toBe('2024');
    // 第十四个五年规划 spelled out is the plan's name: its release dates the text to the plan's first year.
    expect(
      inferReferenceDate('某省召开新闻发布会，发布《某省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》。2025年，全省人均收入超过10万元；2035年，全省人均收入翻一番。编制工作2019年4月启动。'),
    ).toBe('2021');
  });

  it('counts years up to now past a short subject between 至今 and the time gone by', () => {
    expect(inferReferenceDate('从1958年建馆至今，博物馆已经走过整整65年。馆藏文物中有1960年代的农具。')).toBe('2023');
    expect(inferReferenceDate('1990年建厂至今，这座工厂已经历了30年风雨。')).toBe('2020');
    // A count of something else after a subject (工龄) is no time gone by.
    expect(inferReferenceDate('1995年投产至今，老师傅已有30年工龄。2001年扩建。')).toBe('2001');
  });

  it('takes a plan\'s milestone opening a sentence as its time for the year of writing, where no year is stated', () => {
    expect(inferReferenceDate('新华社北京3月9日电\n“十四五”开局之年，上千名代表齐聚北京。今年的议题比去年更多。')).toBe('2021-03-09');
    expect(inferReferenceDate('“十三五”收官之年，全县新建学校五所。')).toBe('2020');
    // Two milestones that disagree name nothing; a stated year is read before any.
    expect(inferReferenceDate('“十三五”开局之年，全县新建学校五所。“十三五”收官之年，全县又新建学校三所。')).toBeNull();
    expect(inferReferenceDate('“十三五”开局之年，全县新建学校五所。2018年，全县又新建学校三所。')).toBe('2018');
    // Inside a sentence (在“十四五”开局之年，) it is no time the sentence opens with.
    expect(inferReferenceDate('全县在“十四五”开局之年，新建学校五所。')).toBeNull();
  });

  it('counts years since a well-known event named anywhere before, where that reaches at most three years past the latest stated', () => {
    const gallery = '这是改革开放后建成的第一座跨海大桥。2016年5月，某项目投入运营。';
    expect(inferReferenceDate(`${gallery}回望来路，40年来，交通建设每一步都释放出强大动能。`)).toBe('2018');
    // 之初 after the event marks its time too.
    expect(inferReferenceDate('改革开放之初，全县只有一条公路。2016年5月，高速公路通车。40年来，全县交通面貌巨变。')).toBe('2018');
    // A count that lands before the latest year, or far after it, is of something else.
    expect(inferReferenceDate(`${gallery}回望来路，10年来，公司业务不断扩大。`)).toBe('2016');
    expect(inferReferenceDate('改革开放后，全县只有一条公路。2006年5月，高速公路通车。40年来，全县交通面貌巨变。')).toBe('2006');
  });

  it('reads a year in Chinese numerals as a stated year, as one in figures', () => {
    // A wire dateline in Chinese numerals without a year takes the year stated in Chinese numerals (a zero of either kind).
    expect(inferReferenceDate('中新社北京三月五日电 大会今天开幕，报告说二00七年经济工作任务繁重。')).toBe('2007-03-05');
    expect(inferReferenceDate('报告认为二〇一六年全县经济平稳发展。')).toBe('2016');
    expect(inferReferenceDate('一九九八年，大堤全线加固。')).toBe('1998');
    // A target year in Chinese numerals dates nothing, as in figures.
    expect(inferReferenceDate('到二〇三〇年，全县森林覆盖率达到百分之七十。')).toBeNull();
  });

  it('reads a bare Republic of China date alone on a line near the top as the dateline of a text of Taiwan', () => {
    expect(inferReferenceDate('新聞與活動\n\n113年05月20日\n總統出席典禮\n總統今(20)日上午出席典禮，並提到去年的成果。')).toBe('2024-05-20');
    // Among words it is no dateline (a year this small with a month and day is still a date, not the page's).
    expect(inferReferenceDate('會議紀錄\n本案於113年05月20日召開會議，討論2019年的預算。')).toBe('2019');
  });

  it('does not take a day glossed with its weekday in a sentence about plans for the dateline', () => {
    const lead = '教育局今日（29日）公布，第三轮测试将于2023年2月11日（星期六）举行，考生须准时出席。';
    expect(inferReferenceDate(lead)).toBeNull();
    // A date in figures glued after a title's words stays the page's, whatever plan word the title holds.
    expect(inferReferenceDate('市政府将出台新政策2023-05-12 10:15\n记者从市政府获悉，2022年全市新建学校5所。')).toBe('2023-05-12');
    // Without a plan word before it, a long line's day with its weekday is a glued-on dateline still.
    expect(inferReferenceDate('本报讯 2023年2月11日（星期六）上午，全市举行植树活动，市民踊跃参加。')).toBe('2023-02-11');
  });

  it('reads the year of a numbered flood or typhoon as the year the forecast is told in', () => {
    expect(inferReferenceDate('7月14日，记者获悉，预计西江将于16日出现2019年第2号洪水。')).toBe('2019');
    // Any other year in a forecast stays a year to come.
    expect(inferReferenceDate('7月14日，记者获悉，预计大桥将于2019年建成通车。')).toBeNull();
  });

  it('does not date a text from the end of a window opened on a day to come', () => {
    expect(inferReferenceDate('明日（30日）上午9时至2023年1月11日下午5时接受报名。')).toBeNull();
    expect(inferReferenceDate('即日起至2023年1月11日，市民可凭证免费参观。')).toBeNull();
    // A window closed by a year opened on no day to come dates the text as before.
    expect(inferReferenceDate('全县共接待游客50万人次，统计截至2023年1月11日。')).toBe('2023');
  });

  it("gives the year an anniversary names the day of a wire's dateline", () => {
    expect(inferReferenceDate('中新社香港9月1日电 香港1日迎来新学年开学日。“今年是抗战胜利80周年，我们会举办相关活动。”')).toBe('2025-09-01');
  });

  it('reads a bulletin without its title as a report on the year its lead opens with or its charts end with', () => {
    const figures = '全年生产总值235亿元，比上年增长9.2%。年末常住人口17.9万人。';
    expect(inferReferenceDate(`2021年，在县委、县政府的坚强领导下，全县经济稳中向好。\n一、综合\n${figures}`)).toBe('2022');
    expect(inferReferenceDate(`五、固定资产投资\n${figures}\n图4：2017—2021年固定资产投资增长速度（%）\n`)).toBe('2022');
    // A text that calls a year 今年 is no review of a year gone by.
    expect(inferReferenceDate(`2021年，在县委的坚强领导下，今年全县经济稳中向好。${figures}`)).toBe('2021');
  });

  it('dates a text where a document it numbers bounds it from below and a year it plans for from above, and both meet', () => {
    const reply = '现批复如下：根据《关于某项目的批复》(某府函〔2024〕83号)，原则同意实施。';
    expect(inferReferenceDate(`${reply}项目计划2024年6月动工，至2024年12月竣工。`)).toBe('2024');
    // A plan of a later year leaves the bounds apart: only a lower bound is left, which dates nothing.
    expect(inferReferenceDate(`${reply}项目计划2025年6月动工。`)).toBeNull();
    expect(inferReferenceDate(reply)).toBeNull();
  });

  it('reads figures up to the last day of a year as told once that year is over', () => {
    expect(inferReferenceDate('截至2014年12月底，某市对口支援某县资金达2720万元。')).toBe('2015');
    expect(inferReferenceDate('截至2014年12月31日，全县共接待游客50万人次。')).toBe('2015');
    // A deadline at the year's end leaves the year running, as a cutoff at another month does.
    expect(inferReferenceDate('项目须于截至2014年12月底前完成验收。')).toBe('2014');
    expect(inferReferenceDate('截至2014年11月底，全县共接待游客50万人次。')).toBe('2014');
  });

  it("reads a well-known event's anniversary that the text is written on the occasion of", () => {
    expect(inferReferenceDate('在中国共产党成立100周年之际，全县党员重温入党誓词。')).toBe('2021');
    expect(inferReferenceDate('时间飞逝，汶川大地震十周年已经来到。茂县群众住进新房。')).toBe('2018');
    // An anniversary told as past, before a later stated year, does not date the text.
    expect(inferReferenceDate('在改革开放40周年之际，大桥开工。2020年，大桥建成通车。')).toBe('2020');
  });

  it('reads a date in figures opening a short line of names under the title as its meta line', () => {
    expect(inferReferenceDate('基于政策落实跟踪审计的问卷调查\n2018-09-14张三副教授李四王五\n一、引言\n自2013年下半年以来，国务院出台了一系列政策。')).toBe('2018-09-14');
    // A date in words opening such a line is no meta line: only its year is stated.
    expect(inferReferenceDate('问卷调查\n2018年9月14日张三副教授李四王五\n自2013年以来，国务院出台了一系列政策。')).toBe('2018');
  });
});

describe('a repost whose headline writes out the year its original headline gave relatively', () => {
  it('counts the written year from the relative word of the original headline', () => {
    expect(inferReferenceDate('2019年某市投入8亿元改造老旧小区\n原标题：去年某市投入8亿元改造老旧小区\n记者日前获悉，老旧小区改造进展顺利，2020年将继续推进。')).toBe('2020');
    expect(inferReferenceDate('2021年全县新建学校12所\n原标题：今年全县新建学校12所\n记者从县教育局获悉，新学校将于秋季启用，2018年起已累计投入。')).toBe('2021');
  });

  it('needs the words after the year repeated: another headline dates nothing', () => {
    expect(inferReferenceDate('2019年某市投入8亿元改造老旧小区\n原标题：去年全县新建学校12所\n记者日前获悉，老旧小区改造进展顺利。')).toBe('2019');
  });
});

describe("a speech's delivery line under its title", () => {
  it('dates the text by the day it was given', () => {
    expect(inferReferenceDate('关于2020年预算执行情况的报告\n——2021年3月5日在某市第五届人民代表大会第六次会议上\n某市财政局\n各位代表：2020年全市财政收入稳步增长。')).toBe('2021-03-05');
  });

  it('needs the dash and 在 after the day: a plain line of a date and a place is read as before', () => {
    expect(inferReferenceDate('关于2020年预算执行情况的报告\n2019年3月5日在某市召开的会议提出，2020年全市财政收入稳步增长。')).toBe('2020');
  });
});
