import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// Who invests in a project named by a label (投资商为), and where a road or line's money goes when the sentence names its ends and then the divisions it runs
// through (GUIDELINES, facts: the most specific places; NOTES 11: ancestors dropped), in invented sentences.

const paths = (text: string) => factsOf(text, '2022-05-10').map((f) => f.where.map((w) => w.path));

describe('a route through divisions inside its ends', () => {
  it('the counties a road runs through replace the cities of its name', () => {
    expect(paths('标题\n邵阳至永州高速公路全长98公里，概算总投资约85亿元，主线穿越邵阳市邵阳县、新宁县、永州市东安县等两市三县。')).toEqual([
      ['湖南省/邵阳市/邵阳县', '湖南省/邵阳市/新宁县', '湖南省/永州市/东安县'],
    ]);
  });

  it('a route leaving out one end keeps the ends', () => {
    expect(paths('标题\n邵阳至永州高速公路全长98公里，概算总投资约85亿元，途经邵阳县、新宁县。')).toEqual([['湖南省/邵阳市', '湖南省/永州市']]);
  });

  it('a route through places outside the ends keeps the ends', () => {
    expect(paths('标题\n邵阳至永州高速公路全长98公里，概算总投资约85亿元，途经邵阳县、长沙县、东安县。')).toEqual([['湖南省/邵阳市', '湖南省/永州市']]);
  });

  it('no route word: the ends', () => {
    expect(paths('标题\n邵阳至永州高速公路全长98公里，概算总投资约85亿元，由邵阳县、东安县负责征地。')).toEqual([['湖南省/邵阳市', '湖南省/永州市']]);
  });
});

describe('an investor named after a label and a copula in running text', () => {
  it('投资商为 a company names the project\'s investor, cut at its company ending', () => {
    const facts = factsOf('标题\n邵阳至永州高速公路，概算总投资约85亿元，建设工期为4年。该项目投资商为瑞丰路桥建设（集团）有限责任公司该路建成后通行时间将大大缩短。', '2022-05-10');
    expect(facts.map((f) => f.who)).toEqual([['瑞丰路桥建设（集团）有限责任公司']]);
  });

  it('a label followed by no company ending names nobody', () => {
    const facts = factsOf('标题\n邵阳至永州高速公路，概算总投资约85亿元，建设工期为4年。该项目投资商为一家民营企业。', '2022-05-10');
    expect(facts.map((f) => f.who)).toEqual([[]]);
  });
});

describe('an introduced project whose investor a label names', () => {
  it('招商 in the sentence, the investor named after it by a label: the investor gives', () => {
    const facts = factsOf('标题\n该高速公路概算总投资约85亿元，是省政府招商引资项目，投资商为瑞丰路桥建设（集团）有限责任公司。', '2022-05-10');
    expect(facts.map((f) => f.who)).toEqual([['瑞丰路桥建设（集团）有限责任公司']]);
  });

  it('an introduced investor with no name stays unnamed', () => {
    const facts = factsOf('标题\n该县引进企业投资5亿元建设产业园，项目投资方是一家民营企业。', '2022-05-10');
    expect(facts.map((f) => f.who)).toEqual([[]]);
  });
});
