import { describe, expect, it } from 'vitest';
import { isWithin, sharedGazetteer } from '../../src/resolve/gazetteer';
import { autonomousStem, derivedNames } from '../../src/resolve/names';

const gazetteer = sharedGazetteer();
const byCode = (code: string) => gazetteer.byCode.get(code)!;

describe('gazetteer data', () => {
  it('holds every level with GB/T 2260 codes and full paths', () => {
    expect(byCode('540000')).toMatchObject({ name: '西藏自治区', level: 'province', path: '西藏自治区' });
    expect(byCode('540200')).toMatchObject({ name: '日喀则市', level: 'prefecture', path: '西藏自治区/日喀则市' });
    expect(byCode('540226')).toMatchObject({ name: '昂仁县', level: 'county', path: '西藏自治区/日喀则市/昂仁县' });
    expect(byCode('540226100')).toMatchObject({ name: '卡嘎镇', level: 'township' });
  });

  it('leaves placeholder levels out of paths', () => {
    expect(byCode('110105').path).toBe('北京市/朝阳区');
    expect(byCode('429004').path).toBe('湖北省/仙桃市');
    expect(byCode('500101').path).toBe('重庆市/万州区');
    expect([...gazetteer.divisions].some((d) => ['市辖区', '县', '省直辖县级行政区划'].includes(d.name))).toBe(false);
  });

  it('holds Hong Kong, Macau and Taiwan: codes for the regions, paths for their cities and districts', () => {
    expect(byCode('810000')).toMatchObject({ name: '香港特别行政区', level: 'province' });
    expect(byCode('820000')).toMatchObject({ name: '澳门特别行政区', level: 'province' });
    expect(byCode('710000')).toMatchObject({ name: '台湾省', level: 'province' });
    const taipei = gazetteer.find('台湾省/台北市');
    expect(taipei.map((d) => [d.code, d.level])).toEqual([['', 'prefecture']]);
    expect(taipei[0]!.children.map((d) => d.path)).toContain('台湾省/台北市/大安区');
    expect(gazetteer.find('嘉模堂区').map((d) => d.path)).toEqual(['澳门特别行政区/澳门外岛/嘉模堂区']);
  });

  it('keeps state farms the list carries at township level', () => {
    expect(gazetteer.find('友谊农场').map((d) => d.path)).toContain('黑龙江省/双鸭山市/友谊县/友谊农场');
  });

  it('drops functional zones and development-zone townships', () => {
    expect(gazetteer.byCode.has('130171')).toBe(false); // 石家庄高新技术产业开发区
    expect(gazetteer.byCode.has('110115403')).toBe(false); // 北京经济技术开发区
  });

  it('finds divisions by name, or by path when the target holds a slash', () => {
    expect(gazetteer.find('昂仁县').map((d) => d.code)).toEqual(['540226']);
    expect(gazetteer.find('西藏自治区').map((d) => d.code)).toEqual(['540000']);
    expect(gazetteer.find('西藏自治区/日喀则市').map((d) => d.code)).toEqual(['540200']);
    const chaoyang = gazetteer.find('朝阳区').map((d) => d.path);
    expect(chaoyang).toEqual(expect.arrayContaining(['北京市/朝阳区', '吉林省/长春市/朝阳区']));
    expect(gazetteer.find('北京市/朝阳区')).toHaveLength(1);
    expect(gazetteer.find('日喀则')).toEqual([]);
  });

  it("loads a province's villages on demand, with committee suffixes stripped", () => {
    const township = byCode('370784004');
    const villages = gazetteer.villagesBelow(township);
    expect(villages.find((v) => v.code === '370784004201')).toMatchObject({
      name: '凌河村',
      level: 'village',
      path: '山东省/潍坊市/安丘市/凌河街道/凌河村',
    });
    expect(isWithin(villages[0]!, byCode('370700'))).toBe(true);
    expect(isWithin(villages[0]!, byCode('540000'))).toBe(false);
  });
});

describe('derived names', () => {
  it('finds the stem of autonomous divisions', () => {
    expect(autonomousStem('甘孜藏族自治州')).toEqual({ stem: '甘孜', kind: '州' });
    expect(autonomousStem('巴音郭楞蒙古自治州')).toEqual({ stem: '巴音郭楞', kind: '州' });
    expect(autonomousStem('长白朝鲜族自治县')).toEqual({ stem: '长白', kind: '县' });
    expect(autonomousStem('西藏自治区')).toEqual({ stem: '西藏', kind: '区' });
    expect(autonomousStem('日喀则市')).toBeUndefined();
  });

  it('derives short and old names by level', () => {
    const surfaces = (code: string) => derivedNames(byCode(code)).map((n) => `${n.surface}:${n.form}`);
    expect(surfaces('540000')).toEqual(['西藏:short']);
    expect(surfaces('450000')).toEqual(['广西:short', '广西自治区:common']);
    expect(surfaces('540200')).toEqual(['日喀则:short', '日喀则地区:old']);
    expect(surfaces('542500')).toEqual(['阿里:short']);
    expect(surfaces('513300')).toEqual(['甘孜:short', '甘孜州:common', '甘孜自治州:common']);
    expect(surfaces('630223')).toEqual(['互助:short', '互助县:common', '互助自治县:common']);
    expect(surfaces('540202')).toEqual(['桑珠孜:short', '桑珠孜县:old', '桑珠孜市:old']);
  });
});
