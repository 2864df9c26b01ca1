import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// Where a road or line's money goes when the sentence names its ends and then the divisions it runs
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
