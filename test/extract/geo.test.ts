import { describe, expect, it } from 'vitest';
import { geoExtractor } from '../../src/extract/geo';
import { placeExtractor } from '../../src/extract/place';
import type { DraftMention } from '../../src/model/mention';
import { makeContext } from '../../src/pipeline/context';
import { RuleSet } from '../../src/rules/loader';

// Built once; places run first, as in the pipeline, so geo sees them.
const rules = RuleSet.withUserDir();
const placeFinder = placeExtractor.create(rules);
const geoFinder = geoExtractor.create(rules);

type GeoDraft = Extract<DraftMention, { type: 'geo' }>;

function features(text: string): GeoDraft[] {
  const earlier = placeFinder.extract(makeContext({ text }));
  return geoFinder.extract(makeContext({ text, earlier })) as GeoDraft[];
}
/** `text → name (kind)` for each mention, in order. */
const found = (text: string) => features(text).map((f) => `${f.text} → ${f.name} (${f.kind})`);

describe('geo extractor: dictionary', () => {
  it('reads standard names and their short forms', () => {
    expect(found('从茫茫长白山，到巍巍珠穆朗玛峰')).toEqual(['长白山 → 长白山 (mountain)', '珠穆朗玛峰 → 珠穆朗玛峰 (mountain)']);
    expect(found('青藏高原西南部，珠峰脚下')).toEqual(['青藏高原 → 青藏高原 (plateau)', '珠峰 → 珠穆朗玛峰 (mountain)']);
    expect(found('穿越喜马拉雅的守望；定结县位于喜马拉雅山北麓')).toEqual([
      '喜马拉雅 → 喜马拉雅山 (mountain)',
      '喜马拉雅山 → 喜马拉雅山 (mountain)',
    ]);
  });

  it('reads 雅江 as the Yarlung Tsangpo and 黄渤海 as two seas', () => {
    expect(found('推进4万亩雅江北岸生态示范区建设')).toEqual(['雅江 → 雅鲁藏布江 (river)']);
    expect(found('一场跨越海山的交流在黄渤海滨举行')).toEqual(['黄渤海 → 黄海 (sea)', '黄渤海 → 渤海 (sea)']);
  });

  it('reads features of other provinces', () => {
    expect(found('青海湖、柴达木盆地和塔克拉玛干沙漠的生态保护')).toEqual([
      '青海湖 → 青海湖 (lake)',
      '柴达木盆地 → 柴达木盆地 (region)',
      '塔克拉玛干沙漠 → 塔克拉玛干沙漠 (region)',
    ]);
  });

  it('reads 泰山 as the mountain even next to places', () => {
    expect(found('研学团参观了尼山圣境、泰山、青岛海底隧道博物馆')).toEqual(['泰山 → 泰山 (mountain)']);
  });
});

describe('geo extractor: suffix rules', () => {
  it('finds rivers the dictionary lacks, and joins split 藏布 names', () => {
    expect(found('康定地处大渡河上游，折多河穿城而过')).toEqual(['大渡河 → 大渡河 (river)', '折多河 → 折多河 (river)']);
    expect(found('对日喀则市年楚河、多雄藏布、湘河等12条重点河流进行监测')).toEqual([
      '年楚河 → 年楚河 (river)',
      '多雄藏布 → 多雄藏布 (river)',
      '湘河 → 湘河 (river)',
    ]);
  });

  it('reads short river names jieba tags as places, with one-character stems', () => {
    expect(found('沿着滦河一路向北')).toEqual(['滦河 → 滦河 (river)']);
    expect(found('葫芦河流域的生态治理')).toEqual(['葫芦河 → 葫芦河 (river)']);
  });

  it('does not take a preposition into a river name (对卫河): the river is the name after it', () => {
    expect(found('卫辉市对卫河进行综合治理')).toEqual(['卫河 → 卫河 (river)']);
    expect(found('对和田河的治理')).toEqual(['和田河 → 和田河 (river)']);
  });

  it('does not join a common word to a lone 山 or 海 (大山, 花海)', () => {
    expect(found('走出大山，来到一片花海')).toEqual([]);
  });

  it('joins a Tibetan lake name jieba splits, and reads a listed lake by its neighbour', () => {
    expect(found('纳木错、然乌湖和巴松措')).toEqual([
      '纳木错 → 纳木错 (lake)',
      '然乌湖 → 然乌湖 (lake)',
      '巴松措 → 巴松措 (lake)',
    ]);
  });

  it('does not take an ordinary word listed next to a feature', () => {
    expect(found('长江、黄河、运河')).toEqual(['长江 → 长江 (river)', '黄河 → 黄河 (river)']);
  });

  it('does not read a person named …峰 as a mountain', () => {
    expect(found('自治区水利厅援藏干部程兵峰说')).toEqual([]);
  });

  it('does not read a city named …山 as a mountain', () => {
    expect(found('鞍山、唐山和佛山的企业')).toEqual([]);
  });
});

describe('geo extractor: exclusions', () => {
  it('skips set phrases and poetic names', () => {
    expect(found('绿水青山就是金山银山，跨越千山万水，上高山，扎根雪域高原')).toEqual([]);
  });

  it('skips sites and companies named after a feature', () => {
    expect(found('长春莲花山影视基地、天定山民宿、兴业农场')).toEqual([]);
    expect(found('西藏阿里狮泉河烈士陵园孔繁森烈士墓前')).toEqual([]);
  });

  it('skips a park lake that is not a named natural feature', () => {
    expect(found('吉林援藏规划设计的日喀则市贡觉林卡明珠湖。')).toEqual([]);
  });
});

describe('geo extractor: mentions', () => {
  it('emits every occurrence with its span in the cleaned text', () => {
    const text = '珠峰脚下。珠穆朗玛峰';
    const list = features(text);
    expect(list.map((f) => [f.text, f.name, f.cleanStart, f.cleanEnd])).toEqual([
      ['珠峰', '珠穆朗玛峰', 0, 2],
      ['珠穆朗玛峰', '珠穆朗玛峰', 5, 10],
    ]);
    expect(list.every((f) => f.rule === 'geo:dictionary')).toBe(true);
  });
});

describe('geo extractor: the generated feature list', () => {
  it('reads features of every kind that jieba knows as names', () => {
    expect(found('鄱阳湖、白洋淀和镜泊湖')).toEqual([
      '鄱阳湖 → 鄱阳湖 (lake)',
      '白洋淀 → 白洋淀 (lake)',
      '镜泊湖 → 镜泊湖 (lake)',
    ]);
    expect(found('塔里木盆地与辽东半岛')).toEqual(['塔里木盆地 → 塔里木盆地 (region)', '辽东半岛 → 辽东半岛 (region)']);
    expect(found('沱江和汾河两岸')).toEqual(['沱江 → 沱江 (river)', '汾河 → 汾河 (river)']);
  });

  it('takes the full name, not a shorter one inside it', () => {
    expect(found('南盘江流域')).toEqual(['南盘江 → 南盘江 (river)']);
  });

  it('skips generic words and place names holding a feature word', () => {
    expect(found('保护江河湖泊，落实河湖长制')).toEqual([]);
    expect(found('上海市松江区和浙江省浦江县')).toEqual([]);
  });

  it('reads a feature name as the township the article names by it', () => {
    expect(found('和县乌江镇，乌江霸王祠')).toEqual([]);
    expect(found('乌江流经贵州')).toEqual(['乌江 → 乌江 (river)']);
  });
});
