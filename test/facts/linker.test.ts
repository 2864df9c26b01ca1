import { describe, expect, it } from 'vitest';
import { Pipeline } from '../../src/pipeline/process';
import { schemaErrors } from '../../src/model/schema';
import type { Fact } from '../../src/facts/schema';

// The fact linker through the whole pipeline, on kinds of language
// (GUIDELINES, facts): invented sentences, not fixture ones.

const pipeline = Pipeline.create();

function factsOf(text: string, referenceDate = '2023'): Fact[] {
  const record = pipeline.process(
    { kind: 'document', doc: 't.txt', text, source: { path: 't.txt', bytes: 0, sha256: '0'.repeat(64), encoding: 'utf-8' } },
    referenceDate,
  );
  expect(schemaErrors(record)).toEqual([]);
  return record.facts ?? [];
}

const brief = (f: Fact) => ({ text: f.text, when: f.when, where: f.where.map((w) => w.path), who: f.who });

describe('fact linker', () => {
  it('a dated grant from a city government to a county', () => {
    const [fact] = factsOf('标题\n2019年，珠海市政府向福贡县投入3.2亿元，用于建设易地扶贫搬迁安置点。');
    expect(brief(fact!)).toEqual({ text: '3.2亿元', when: '2019', where: ['云南省/怒江傈僳族自治州/福贡县'], who: ['广东省/珠海市'] });
    expect(fact!.purpose).toBe('建设易地扶贫搬迁安置点');
    expect(fact!.basis).toMatchObject({ when: 'sentence', where: 'clause', who: 'clause' });
  });

  it('a recurring amount has no date; a comparison base year is not the date', () => {
    const facts = factsOf('标题\n2022年，杭州市每年安排资金500万元支持阿瓦提县。2023年投入资金800万元，比2022年增加300万元。');
    expect(facts.map((f) => f.when)).toEqual([null, '2023', '2023']);
  });

  it('a completion date does not count, a start date after the amount does', () => {
    const facts = factsOf('标题\n该项目总投资2亿元，2023年5月建成投用。另一项目投资3亿元，已于2023年7月29日开工建设。');
    expect(facts.map((f) => f.when)).toEqual([null, '2023-07-29']);
  });

  it('a carried-on sentence takes the previous date; others do not', () => {
    const facts = factsOf('标题\n2021年，淄博市援建昂仁县项目10个。同时投资500万元建设蔬菜大棚。投资300万元新建学校。');
    expect(facts.map((f) => f.when)).toEqual(['2021', null]);
  });

  it('an introducer is not the giver, and statistics have no giver', () => {
    const facts = factsOf('标题\n上海援疆指挥部引进企业，在泽普县投资2亿元建设加工基地。泽普县去年实现旅游收入4200万元。');
    expect(facts.map(brief)).toEqual([
      { text: '2亿元', when: null, where: ['新疆维吾尔自治区/喀什地区/泽普县'], who: [] },
      { text: '4200万元', when: '2022', where: ['新疆维吾尔自治区/喀什地区/泽普县'], who: [] },
    ]);
  });

  it('a sentence naming no place inherits the previous sentence’s destination and giver', () => {
    const facts = factsOf('标题\n山东援藏在南木林县实施项目12个。投资400万元建设10个蔬菜大棚。');
    expect(brief(facts[0]!)).toMatchObject({ where: ['西藏自治区/日喀则市/南木林县'], who: ['山东省'] });
    expect(facts[0]!.basis).toMatchObject({ where: 'previous-sentence', who: 'previous-sentence' });
  });

  it('a named organisation giving is written as named', () => {
    const [fact] = factsOf('标题\n手术费用约18万元，全部由某某救助基金会承担。');
    expect(fact!.who).toEqual(['某某救助基金会']);
  });

  it('years listed for one amount become an interval; rates per period have no date', () => {
    const facts = factsOf('标题\n2020年、2021年，苏州市共投入资金900万元。2022年，当地群众人均年收入1.2万元。');
    expect(facts.map((f) => f.when)).toEqual(['2020/2021', null]);
  });

  it('a district written after its city gives as the district', () => {
    const [fact] = factsOf('标题\n上海市闵行区与泽普县结对，每年安排资金300万元支持教育。');
    expect(brief(fact!)).toMatchObject({ who: ['上海市/闵行区'], where: ['新疆维吾尔自治区/喀什地区/泽普县'] });
  });

  it('places of the donor province are not destinations; a county spending on itself is its own subject', () => {
    const aid = factsOf('标题\n福贡县是珠海市对口帮扶的县。珠海援怒工作组在福贡县投入资金500万元。在珠海举办的展销会上销售额达300万元。');
    expect(aid.map((f) => f.where.map((w) => w.path))).toEqual([['云南省/怒江傈僳族自治州/福贡县'], ['云南省/怒江傈僳族自治州/福贡县']]);
    const own = factsOf('标题\n近年来，福贡县委县政府大力发展产业。全县实现旅游收入2亿元。');
    expect(own[0]!.where.map((w) => w.path)).toEqual(['云南省/怒江傈僳族自治州/福贡县']);
  });

  it('an amount for the whole year takes the year of the date it follows', () => {
    const facts = factsOf('标题\n今年3月5日，物流园正式运营。预计全年营业额可达2亿元。', '2023');
    expect(facts.map((f) => f.when)).toEqual(['2023']);
  });

  it('the article’s own government spending (全县投入) is its subject place', () => {
    const facts = factsOf('标题\n福贡县大力发展茶叶产业。近年来，全县累计投入资金3000万元建设茶园。');
    expect(facts[0]!.who).toEqual(['云南省/怒江傈僳族自治州/福贡县']);
  });
});
