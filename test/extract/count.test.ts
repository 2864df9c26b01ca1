import { describe, expect, it } from 'vitest';
import { countExtractor } from '../../src/extract/count';
import { makeContext } from '../../src/pipeline/context';
import { RuleSet } from '../../src/rules/loader';
import { brief, extractWith } from '../helpers/extract';

/** Counts found in `text`, with money, percent and date extractors running first as in the pipeline. */
const counts = (text: string) => brief(extractWith(['money', 'percent', 'date', 'count'], text, '2024'));
/** Only the surface texts, for the exclusion cases. */
const countTexts = (text: string) => counts(text).map((m) => m.text);

describe('count extractor: divisions, farm units and session ordinals', () => {
  it('reads each division of a list with its own unit', () => {
    expect(countTexts('全市辖3区4县，共有4镇2乡1街道，涉及6县市')).toEqual(['3区', '4县', '4镇', '2乡', '1街道', '6县市']);
  });

  it('keeps a division word out where it starts another word, and Chinese numerals (三区三州)', () => {
    expect(countTexts('3市场主体，5县城，3区域，三区三州，A3区，第3区')).toEqual([]);
  });

  it('reads measure words of farm and trade statistics, compound units as written', () => {
    expect(countTexts('鱼苗100万尾，家禽5000羽，马300匹，路灯200盏，机井5眼，棉鞋2000双，渔船3艘，农机20台套，58小类，河道20条段')).toEqual([
      '100万尾', '5000羽', '300匹', '200盏', '5眼', '2000双', '3艘', '20台套', '58小类', '20条段',
    ]);
  });

  it('does not count the ordinal of a congress session', () => {
    expect(countTexts('县人代会三次会议，十四届人大二次会议，党的十九届三中全会')).toEqual([]);
    expect(countTexts('今年召开三次会议')).toEqual(['三次']);
  });
});

describe('count extractor: what counts', () => {
  it('reads a number with a measure word, before or after its noun', () => {
    expect(counts('2022年实施援藏项目9个、年度投资1065万元；8名援藏党员干部身披淄博援藏战旗')).toEqual([
      { text: '9个', value: 9, unit: '个', approx: 'exact' },
      { text: '8名', value: 8, unit: '名', approx: 'exact' },
    ]);
  });

  it('reads 10批657名 as two counts', () => {
    expect(counts('累计派出10批657名援藏干部人才、1585名柔性人才')).toEqual([
      { text: '10批', value: 10, unit: '批', approx: 'exact' },
      { text: '657名', value: 657, unit: '名', approx: 'exact' },
      { text: '1585名', value: 1585, unit: '名', approx: 'exact' },
    ]);
  });

  it('reads magnitudes and qualifiers', () => {
    expect(counts('培训日喀则干部1.5万人次，捐赠衣物3000余件，累计73批近7.4万人次参与')).toEqual([
      { text: '1.5万人次', value: 15000, unit: '人次', approx: 'exact' },
      { text: '3000余件', value: 3000, unit: '件', approx: 'over' },
      { text: '73批', value: 73, unit: '批', approx: 'exact' },
      { text: '7.4万人次', value: 74000, unit: '人次', approx: 'under' },
    ]);
    expect(counts('可年产哈达超过1万条、羊毛毯800条；组织100名以上、50人左右')).toEqual([
      { text: '1万条', value: 10000, unit: '条', approx: 'over' },
      { text: '800条', value: 800, unit: '条', approx: 'exact' },
      { text: '100名', value: 100, unit: '名', approx: 'over' },
      { text: '50人', value: 50, unit: '人', approx: 'about' },
    ]);
  });

  it('reads Chinese numerals with people and batch words, and before a statistic noun', () => {
    expect(counts('先后选派了七批援藏干部人才；由江苏援建的两个民生项目已列入计划；展销百种特产')).toEqual([
      { text: '七批', value: 7, unit: '批', approx: 'exact' },
      { text: '两个', value: 2, unit: '个', approx: 'exact' },
      { text: '百种', value: 100, unit: '种', approx: 'exact' },
    ]);
  });

  it('reads a lone magnitude after a qualifier, and compound measure words', () => {
    expect(counts('近百家企业参加，选派援藏5县区医疗骨干')).toEqual([
      { text: '百家', value: 100, unit: '家', approx: 'under' },
      { text: '5县区', value: 5, unit: '县区', approx: 'exact' },
    ]);
  });

  it('reads ranges and lists that share one measure word', () => {
    expect(counts('开展义诊3-5次，覆盖3、5个村')).toEqual([
      { text: '3-5次', value: 3, value_max: 5, unit: '次', approx: 'exact' },
      { text: '3', value: 3, unit: '个', approx: 'exact' },
      { text: '5个', value: 5, unit: '个', approx: 'exact' },
    ]);
  });
});

describe('count extractor: Chinese numerals after their noun, and more measure words', () => {
  it('reads a Chinese numeral that ends a clause after a statistic noun', () => {
    expect(counts('实施援疆项目六百余个。')).toEqual([{ text: '六百余个', value: 600, unit: '个', approx: 'over' }]);
    expect(counts('实施援藏项目近百个；')).toEqual([{ text: '百个', value: 100, unit: '个', approx: 'under' }]);
  });

  it('reads 所学校, 班次 and 粒, and a statistic noun a few words after the count', () => {
    expect(counts('受损的127所学校全部修复，专线加密至每天46班次，年产种薯1.2亿粒。')).toEqual([
      { text: '127所', value: 127, unit: '所', approx: 'exact' },
      { text: '46班次', value: 46, unit: '班次', approx: 'exact' },
      { text: '1.2亿粒', value: 120_000_000, unit: '粒', approx: 'exact' },
    ]);
    expect(counts('打造西干沟乡、蔡木山乡两个肉牛养殖示范乡')).toEqual([{ text: '两个', value: 2, unit: '个', approx: 'exact' }]);
  });

  it('does not read a place name with a number in it as a count (西江千户苗寨)', () => {
    expect(countTexts('游客走进西江千户苗寨')).toEqual([]);
  });

  it('gives the count to the noun after it when one follows (县乡两个层级 is not a count of 乡)', () => {
    expect(countTexts('分县乡两个层级，新建综合服务中心')).toEqual([]);
  });

  it('reads 轮 and 单 as measure words, but not inside 轮换 or 单位', () => {
    expect(counts('全年共开展三轮培训，接到订单400余单。')).toEqual([
      { text: '三轮', value: 3, unit: '轮', approx: 'exact' },
      { text: '400余单', value: 400, unit: '单', approx: 'over' },
    ]);
    expect(countTexts('干部3轮换岗，覆盖5单位')).toEqual([]);
  });
});

describe('count extractor: what does not count', () => {
  it('leaves out ordinals', () => {
    expect(countTexts('第八批援藏干部，第四次会议，党的二十大和二十届三中全会，第二届人代会，84届山东省糖酒商品交易会')).toEqual([]);
  });

  it('leaves out slogans and named concepts', () => {
    expect(countTexts('深刻领悟“两个确立”，聚焦四件大事，“六个援藏”，以“一村一品”方式，“五化”改造，增强四个意识')).toEqual([]);
  });

  it('leaves out idioms and articles with 一', () => {
    expect(countTexts('一茬接着一茬干，成功救治一名早产的孕妇，一张蓝图绘到底，实施了一批重大项目，打造一支援藏铁军')).toEqual([]);
  });

  it('leaves out Chinese-numeral phrases that are not statistics', () => {
    expect(countTexts('刚出生时，两个宝宝体重分别只有1600克；每一名援藏干部；分县乡两个层级；属高海拔三类区')).toEqual([]);
  });

  it('leaves out rankings, vague quantities and ordinal lists', () => {
    expect(countTexts('进入全省前三名，排名前10位，几十个村，两三个村，获七一勋章，第1、2批援藏干部')).toEqual([]);
  });

  it('reads 数 before a lone magnitude as at least that magnitude (数十名, 数百家), as 上千人', () => {
    expect(counts('数十名群众参加，数百家企业参展')).toEqual([
      { text: '十名', value: 10, unit: '名', approx: 'over' },
      { text: '百家', value: 100, unit: '家', approx: 'over' },
    ]);
  });

  it('leaves out a demonstrative that points back (这两个项目)', () => {
    expect(countTexts('这两个项目已完工，每3名干部包联一户')).toEqual([]);
  });

  it('leaves out durations, ages, money and percentages', () => {
    expect(countTexts('为期3个月的培训，今年6岁，投资2000万元，提高21.8个百分点，增长15%，为期10天')).toEqual([]);
  });

  it('emits physical measures as measures, not counts', () => {
    expect(countTexts('平均海拔4300米，建设车间531平方米，面积8.7万亩，50兆瓦光伏，零下40摄氏度')).toEqual([]);
    const found = countExtractor
      .create(RuleSet.withUserDir())
      .extract(makeContext({ text: '平均海拔4300米，零下40摄氏度' }));
    expect(found.map((m) => m.type)).toEqual(['measure', 'measure']);
    expect(brief(found)).toEqual([
      { text: '4300米', value: 4300, unit: '米', approx: 'exact' },
      { text: '40摄氏度', value: -40, unit: '摄氏度', approx: 'exact' },
    ]);
  });
});

describe('count extractor: words around the measure word', () => {
  it('tries a shorter measure word where the longer one may not stand (个次 before 级)', () => {
    expect(countTexts('其中4个次级指标达标，检查企业300个次')).toEqual(['4个', '300个次']);
  });

  it('reads a qualifier between a Chinese numeral and its 万/亿', () => {
    expect(counts('惠及十多万人，培训三百余万人次')).toEqual([
      { text: '十多万人', value: 100000, unit: '人', approx: 'over' },
      { text: '三百余万人次', value: 3000000, unit: '人次', approx: 'over' },
    ]);
  });

  it('leaves a bare year before 起 or 款 to the year', () => {
    expect(countTexts('自2019起实施，2023款车型，查处案件86起，推出新品12款')).toEqual(['86起', '12款']);
  });

  it('reads a bare 两 before a division word as the pair, unless a verb or 等 makes it a number', () => {
    expect(countTexts('江苏和陕西两省协作，两省区深化合作')).toEqual([]);
    expect(countTexts('新增苏州和无锡两市，甘肃、青海等两省，涉及两省市')).toEqual(['两市', '两省', '两省市']);
  });

  it('ends the noun phrase of a Chinese count at an adverb, and a numeral after 个 names a slogan', () => {
    expect(countTexts('他们家有三个孩子都考上了大学，获得五个一工程奖')).toEqual([]);
    expect(countTexts('三个重点项目被列入计划')).toEqual(['三个']);
    expect(countTexts('建成三个就业帮扶车间，新建两个都市农业园区，三个已投产的养殖场')).toEqual(['三个', '两个', '三个']);
    expect(countTexts('打造四个百亿级产业集群，获得三个一等奖，实现两个一百年目标')).toEqual(['四个', '三个']);
  });
});
