import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// Donors' own places are not where money goes (GUIDELINES, facts: donor places are not
// `where`; NOTES 15: venues and origins are not where). Invented sentences.

describe('the place that aids a named region', () => {
  it('a province whose clause goes on to aid another region (援疆项目) is no destination', () => {
    const facts = factsOf('标题\n记者从湖北省援疆指挥部了解到，湖北省今年将启动一批惠及新疆各族群众的援疆项目，在已投入1亿元的基础上，今年计划再投入8000万元。', '2023');
    expect(facts.map((f) => f.where.map((w) => w.path))).toEqual([['新疆维吾尔自治区'], ['新疆维吾尔自治区']]);
    // The aid team telling the news still gives.
    expect(facts.map((f) => f.who)).toEqual([['湖北省'], ['湖北省']]);
  });

  it('a place of the aided region itself stays where the money goes', () => {
    const facts = factsOf('标题\n湖北省援疆工作队在博乐市实施援疆项目，投入资金3000万元。', '2023');
    expect(facts[0]!.where.map((w) => w.path)).toEqual(['新疆维吾尔自治区/博尔塔拉蒙古自治州/博乐市']);
  });
});

describe('where donors come from', () => {
  it('the place of donors (某地爱心人士) is not where their money goes: the struck county is', () => {
    const facts = factsOf('标题\n澳门爱心人士陈某得知漾濞县发生地震后，捐出善款15万元。', '2023');
    expect(facts[0]!.where.map((w) => w.path)).toEqual(['云南省/大理白族自治州/漾濞彝族自治县']);
  });

  it('the home of a compatriot (某县籍台胞) is the origin, and a later sentence does not take it as the subject', () => {
    const facts = factsOf('标题\n泉州籍台胞黄某某向德化县一所中学捐资80万元。此后他又捐款20万元设立奖学金。', '2023');
    expect(facts.map((f) => f.where.map((w) => w.path))).toEqual([['福建省/泉州市/德化县'], ['福建省/泉州市/德化县']]);
  });
});

describe('where a signing is held', () => {
  it('a signing ceremony held in another city (签约仪式在某市举行) is no destination: the investing county is', () => {
    const facts = factsOf('标题\n郧西县2023年招商引资集中签约仪式在深圳市举行，郧西县政府与8家企业签约，总投资额60亿元。', '2023');
    expect(facts[0]!.where.map((w) => w.path)).toEqual(['湖北省/十堰市/郧西县']);
  });

  it('a county and its province written together before 举行 are both the venue', () => {
    const facts = factsOf('标题\n房县重点项目集中签约仪式在广东省东莞市举行，房县政府与企业签约，总投资额30亿元。', '2023');
    expect(facts[0]!.where.map((w) => w.path)).toEqual(['湖北省/十堰市/房县']);
  });

  it('a groundbreaking held at the site (在某镇举行开工仪式) keeps its place', () => {
    const facts = factsOf('标题\n由某基金会捐赠500万元建设的希望小学在会东县铅锌镇举行开工仪式。', '2023');
    expect(facts[0]!.where.map((w) => w.path)).toEqual(['四川省/凉山彝族自治州/会东县/铅锌镇']);
  });
});

describe('a district that gives elsewhere in the article', () => {
  it('is a donor wherever it is named, not a destination', () => {
    const facts = factsOf(
      '标题\n此外，苏州市吴江区还与会泽县大井镇签订了帮扶协议，捐赠帮扶资金40万元。\n多年来，吴江区与会泽县之间友谊深厚，吴江区坚持把会泽县的事当自己的事来办，多次开展结对帮扶，累计投入帮扶资金1.5亿余元。',
      '2023',
    );
    expect(facts[1]!.where.map((w) => w.path)).toEqual(['云南省/曲靖市/会泽县']);
  });
});
