import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeExtractor } from '../../src/extract/place';
import type { DraftMention } from '../../src/model/mention';
import { makeContext } from '../../src/pipeline/context';
import { RuleSet } from '../../src/rules/loader';
import { tempDir } from '../helpers/temp';

// The extractor is built once: it loads the gazetteer and its name index.
const extractor = placeExtractor.create(RuleSet.withUserDir());

type PlaceDraft = Extract<DraftMention, { type: 'place' }>;

const places = (text: string) => extractor.extract(makeContext({ text })) as PlaceDraft[];
/** `text → path (code)` for each mention, in order. */
const resolved = (text: string) => places(text).map((p) => `${p.text} → ${p.path}${p.code ? ` (${p.code})` : ''}`);
const paths = (text: string) => [...new Set(places(text).map((p) => p.path))];

describe('place extractor: chains', () => {
  it('resolves a full chain top-down, down to a listed village', () => {
    expect(resolved('对口支援西藏自治区日喀则市昂仁县卡嘎镇布玛村。')).toEqual([
      '西藏自治区 → 西藏自治区 (540000)',
      '日喀则市 → 西藏自治区/日喀则市 (540200)',
      '昂仁县 → 西藏自治区/日喀则市/昂仁县 (540226)',
      '卡嘎镇 → 西藏自治区/日喀则市/昂仁县/卡嘎镇 (540226100)',
      '布玛村 → 西藏自治区/日喀则市/昂仁县/卡嘎镇/布玛村 (540226100215)',
    ]);
  });

  it('resolves a chain through a street and a village committee written as 村', () => {
    expect(resolved('谈起在安丘市凌河街道凌河村跟岗学习的经历')).toEqual([
      '安丘市 → 山东省/潍坊市/安丘市 (370784)',
      '凌河街道 → 山东省/潍坊市/安丘市/凌河街道 (370784004)',
      '凌河村 → 山东省/潍坊市/安丘市/凌河街道/凌河村 (370784004201)',
    ]);
  });

  it('keeps the chain path, without a code, for a village the list lacks', () => {
    const village = places('由吉林援建的定结县江嘎镇次多村温室大棚。').find((p) => p.level === 'village');
    expect(village).toMatchObject({ text: '次多村', name: '次多村', path: '西藏自治区/日喀则市/定结县/江嘎镇/次多村' });
    expect(village).not.toHaveProperty('code');
  });

  it('leaves placeholder levels out of the path', () => {
    expect(resolved('北京市朝阳区的干部来到湖北省仙桃市。')).toEqual([
      '北京市 → 北京市 (110000)',
      '朝阳区 → 北京市/朝阳区 (110105)',
      '湖北省 → 湖北省 (420000)',
      '仙桃市 → 湖北省/仙桃市 (429004)',
    ]);
  });

  it('does not let a generic division name count outside its chain', () => {
    expect(paths('阳泉市城区的环境明显改善')).toEqual(['山西省/阳泉市', '山西省/阳泉市/城区']);
    expect(paths('城区环境明显改善，郊区也有变化')).toEqual([]);
  });
});

describe('place extractor: short and old names', () => {
  it('reads province and prefecture short names', () => {
    expect(paths('山东援藏干部来到日喀则，拉萨和北京的专家也来了。')).toEqual([
      '山东省',
      '西藏自治区/日喀则市',
      '西藏自治区/拉萨市',
      '北京市',
    ]);
    expect(paths('西藏各族群众')).toEqual(['西藏自治区']);
  });

  it('reads 吉林 as the province', () => {
    expect(paths('吉林、日喀则虽相距万里，却心手相牵')).toEqual(['吉林省', '西藏自治区/日喀则市']);
  });

  it('reads old names as the current division', () => {
    expect(places('定结县位于西藏自治区南部、日喀则地区西南部')[2]).toMatchObject({
      text: '日喀则地区',
      name: '日喀则市',
      path: '西藏自治区/日喀则市',
      code: '540200',
    });
  });

  it('reads an autonomous prefecture written with 州', () => {
    expect(resolved('甘孜州康定市和凉山州西昌市')).toEqual([
      '甘孜州 → 四川省/甘孜藏族自治州 (513300)',
      '康定市 → 四川省/甘孜藏族自治州/康定市 (513301)',
      '凉山州 → 四川省/凉山彝族自治州 (513400)',
      '西昌市 → 四川省/凉山彝族自治州/西昌市 (513401)',
    ]);
  });

  it('reads a county stem only where the article names its region', () => {
    expect(paths('日喀则市建成桑珠孜国家数字农业创新应用基地')).toEqual(['西藏自治区/日喀则市', '西藏自治区/日喀则市/桑珠孜区']);
    expect(paths('建成桑珠孜国家数字农业创新应用基地')).toEqual([]);
    expect(paths('烟台援藏组织研学团参观海阳东方航天港')).toEqual(['山东省/烟台市', '山东省/烟台市/海阳市']);
  });
});

describe('place extractor: bare lower-level names', () => {
  it('resolves a township by the county the article names', () => {
    expect(paths('昂仁县干部群众来到卡嘎镇便民服务中心')).toContain('西藏自治区/日喀则市/昂仁县/卡嘎镇');
  });

  it('resolves a village by the county the article names', () => {
    expect(paths('日喀则市白朗县举行仪式。巴扎村贡嘎藏毯传统产业厂房建设项目')).toContain(
      '西藏自治区/日喀则市/白朗县/巴扎乡/巴扎村',
    );
  });

  it('does not read a village out of a common word jieba finds at its end (同乡村振兴)', () => {
    const found = paths('稻城县加快发展，确保脱贫攻坚成果同乡村振兴有效衔接。');
    expect(found).toEqual(['四川省/甘孜藏族自治州/稻城县']);
  });

  it('does not read a place name inside a plant name (新疆杨)', () => {
    expect(paths('栽植新疆杨、沙枣等苗木120余万株')).toEqual([]);
  });

  it('reads a township the list spells longer, where that is unambiguous', () => {
    expect(places('昂仁县新建亚木乡、日吾乡、多白乡小学运动场').map((p) => p.name)).toEqual([
      '昂仁县',
      '亚木乡',
      '日吾其乡',
      '多白乡',
    ]);
  });

  it('reads 秋窝乡 as a township and the unlisted village after it', () => {
    expect(resolved('昂仁县对秋窝乡森格岗村进行全面提升改造')).toEqual([
      '昂仁县 → 西藏自治区/日喀则市/昂仁县 (540226)',
      '秋窝乡 → 西藏自治区/日喀则市/昂仁县/秋窝乡 (540226212)',
      '森格岗村 → 西藏自治区/日喀则市/昂仁县/秋窝乡/森格岗村',
    ]);
  });

  it('takes no village after a township where the words describe rather than name', () => {
    expect(paths('曲水县才纳乡政府驻地村').map((p) => p.split('/').pop())).toEqual(['曲水县', '才纳乡']);
    expect(paths('喀什地区疏勒县乡镇的每一个村').map((p) => p.split('/').pop())).toEqual(['喀什地区', '疏勒县']);
  });

  it('does not take a listed village of another county for the one a chain names', () => {
    // 新龙县 has a 觉然村; the one after 甘孜县呷拉乡 is not it.
    expect(resolved('新龙县和甘孜县的群众。甘孜县呷拉乡觉然村村民说').slice(-1)).toEqual([
      '觉然村 → 四川省/甘孜藏族自治州/甘孜县/呷拉乡/觉然村',
    ]);
  });

  it('does not move a township to another county when the article chains it to one', () => {
    // The list has 巴仁镇 in 伽师县 only, and 巴仁乡 in 疏勒县: chained to 疏勒县, the name is
    // that county's township written with its other suffix (a change of type), never 伽师县's.
    expect(paths('喀什地区疏勒县巴仁镇的干部')).toEqual([
      '新疆维吾尔自治区/喀什地区',
      '新疆维吾尔自治区/喀什地区/疏勒县',
      '新疆维吾尔自治区/喀什地区/疏勒县/巴仁乡',
    ]);
    // A county with no township of the stem takes none from elsewhere.
    expect(paths('克什克腾旗复兴乡的牧民')).toEqual(['内蒙古自治区/赤峰市/克什克腾旗']);
  });

  it('leaves out a name that context cannot settle', () => {
    // 城关镇 and 朝阳区 exist in many counties; nothing here says which.
    expect(paths('城关镇的群众和朝阳区的干部一起参加活动')).toEqual([]);
    // 陈布乡 is in no list; 太平镇 is in fifty counties.
    expect(paths('定结县投资5000万元的陈布乡项目，太平镇也有')).toEqual(['西藏自治区/日喀则市/定结县']);
  });
});

describe('place extractor: organisations and exclusions', () => {
  it('counts a place inside an organisation name', () => {
    expect(paths('长春市委、市政府和日喀则市妇幼保健院、淄博市中心医院')).toEqual([
      '吉林省/长春市',
      '西藏自治区/日喀则市',
      '山东省/淄博市',
    ]);
  });

  it('does not count a newspaper name', () => {
    expect(paths('西藏日报记者、大众日报淄博融媒体中心、西藏商报')).toEqual(['山东省/淄博市']);
  });

  it('does not read single-character abbreviations', () => {
    expect(paths('鲁藏一家亲，吉藏两地民心相通，淄昂心连心')).toEqual([]);
  });

  it('reads 昌都市 in 昌都市民 without taking 市民 as a name', () => {
    expect(places('昌都市民格桑深有感触地说')).toMatchObject([{ text: '昌都市', name: '昌都市', level: 'prefecture' }]);
  });

  it('does not read a name whose suffix starts the next word', () => {
    expect(paths('加强合作市场化改革，推进区域协调发展')).toEqual([]);
    expect(paths('甘南州合作市、夏河县')).toEqual([
      '甘肃省/甘南藏族自治州',
      '甘肃省/甘南藏族自治州/合作市',
      '甘肃省/甘南藏族自治州/夏河县',
    ]);
  });

  it('skips words that only contain a place name', () => {
    expect(paths('推动西藏长治久安和高质量发展')).toEqual(['西藏自治区']);
    expect(paths('投资1300万元新建县中学多媒体教学楼，只有大城市的学校才有')).toEqual([]);
  });

  it('reads a short name that is also a common word only in its region and outside set phrases', () => {
    expect(paths('日喀则年日照时数3240小时，日照充足')).toEqual(['西藏自治区/日喀则市']);
    expect(paths('山东日照市援藏干部')).toEqual(['山东省', '山东省/日照市']);
    expect(paths('北京援藏干部大兴调查研究之风，坚持和平发展')).toEqual(['北京市']);
    expect(paths('那曲市干部说，比如在安多等地')).toEqual(['西藏自治区/那曲市', '西藏自治区/那曲市/安多县']);
  });

  it('does not read functional zones as places', () => {
    expect(paths('体验馆在德州天衢新区开馆，经开区大明肉业')).toEqual(['山东省/德州市']);
  });

  it('reads a short name that is also a natural feature as the feature', () => {
    expect(paths('泰安的研学团参观了泰山，又去了怒江')).toEqual(['山东省/泰安市']);
    expect(paths('日喀则推进雅江北岸生态示范区建设')).toEqual(['西藏自治区/日喀则市']);
  });

  it('reads a feature\'s nickname as a county where the article names its region', () => {
    expect(paths('甘孜州干部来到雅江，雅江的群众')).toEqual(['四川省/甘孜藏族自治州', '四川省/甘孜藏族自治州/雅江县']);
  });
});

describe('place extractor: mentions', () => {
  it('emits every occurrence with its span in the cleaned text', () => {
    const text = '拉萨市曲水县才纳乡。拉萨';
    const found = places(text);
    expect(found.map((p) => [p.text, p.cleanStart, p.cleanEnd])).toEqual([
      ['拉萨市', 0, 3],
      ['曲水县', 3, 6],
      ['才纳乡', 6, 9],
      ['拉萨', 10, 12],
    ]);
    for (const p of found) expect(text.slice(p.cleanStart, p.cleanEnd)).toBe(p.text);
    expect(found.every((p) => p.type === 'place' && p.rule.startsWith('place:'))).toBe(true);
  });
});

describe('place extractor: user rules', () => {
  function rulesWithAliases(rows: string): RuleSet {
    const dir = tempDir('place-rules');
    fs.writeFileSync(path.join(dir, 'place-aliases.tsv'), `alias\ttarget\n${rows}`);
    return RuleSet.withUserDir(dir);
  }

  it('reads a user alias to a division path', () => {
    const custom = placeExtractor.create(rulesWithAliases('老城\t四川省/成都市/青羊区\n'));
    const found = custom.extract(makeContext({ text: '成都老城的变化' })) as PlaceDraft[];
    expect(found.map((p) => `${p.text}:${p.code}`)).toEqual(['成都:510100', '老城:510105']);
  });

  it('rejects an alias whose target is ambiguous or unknown, naming file and line', () => {
    expect(() => placeExtractor.create(rulesWithAliases('新名\t朝阳区\n'))).toThrow(/place-aliases\.tsv:2: .*2 divisions/);
    expect(() => placeExtractor.create(rulesWithAliases('新名\t不存在县\n'))).toThrow(/names no division/);
  });
});

describe('place extractor: Hong Kong, Macau and Taiwan', () => {
  it('resolves the regions with their GB/T 2260 codes and their cities by path, without a code', () => {
    expect(resolved('香港、澳门和台湾同胞')).toEqual([
      '香港 → 香港特别行政区 (810000)',
      '澳门 → 澳门特别行政区 (820000)',
      '台湾 → 台湾省 (710000)',
    ]);
    expect(resolved('他从台北来到厦门')).toEqual(['台北 → 台湾省/台北市', '厦门 → 福建省/厦门市 (350200)']);
    expect(resolved('香港特区政府')).toEqual(['香港特区 → 香港特别行政区 (810000)']);
  });

  it("leaves a district name shared with the national list to the list's division", () => {
    expect(paths('北京市朝阳区')).toEqual(['北京市', '北京市/朝阳区']);
  });
});

describe('place extractor: region context', () => {
  it('resolves list items and road segment ends against the province the article names', () => {
    expect(paths('西藏的改则、措勤、双湖等县')).toEqual([
      '西藏自治区',
      '西藏自治区/阿里地区/改则县',
      '西藏自治区/阿里地区/措勤县',
      '西藏自治区/那曲市/双湖县',
    ]);
    expect(paths('西藏国道219线萨嘎至拉孜段')).toEqual(['西藏自治区', '西藏自治区/日喀则市/萨嘎县', '西藏自治区/日喀则市/拉孜县']);
  });

  it('finds a county inside a facility or art form name where its prefecture is named', () => {
    expect(paths('杭州萧山机场')).toEqual(['浙江省/杭州市', '浙江省/杭州市/萧山区']);
    expect(paths('日喀则的拉孜堆谐')).toEqual(['西藏自治区/日喀则市', '西藏自治区/日喀则市/拉孜县']);
    expect(paths('萧山机场')).toEqual([]);
  });

  it('takes no name that starts inside a jieba word', () => {
    expect(paths('沿海城市的发展')).toEqual([]);
  });
});

describe('place extractor: ranked regions', () => {
  it('settles a name two named regions share by the one the article names clearly more often', () => {
    expect(paths('石家庄市委召开会议，石家庄市长表示，桥西区将建新馆，张家口市也派人参加。')).toContain('河北省/石家庄市/桥西区');
    expect(paths('石家庄市和张家口市的桥西区')).toEqual(['河北省/石家庄市', '河北省/张家口市']);
  });
});

describe('place extractor: township stems inside names', () => {
  it("reads a township's stem before an area word in an article about its county", () => {
    expect(paths('安丘市招商引资，景芝工业园新上项目。')).toEqual(['山东省/潍坊市/安丘市', '山东省/潍坊市/安丘市/景芝镇']);
    expect(paths('安丘市的景芝发展很快。')).toEqual(['山东省/潍坊市/安丘市']);
    expect(paths('景芝工业园新上项目。')).toEqual([]);
  });
});
