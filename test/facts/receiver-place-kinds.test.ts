import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// 甲地企业向乙县捐款: of the places of the amount's clause, the one a receiver word (向, 给, 为)
// stands right before is where the money goes; those named before that word are the givers'
// side (GUIDELINES, facts: donor places are not where). Invented sentences.

describe('a place right after a receiver word, before the amount', () => {
  it('a company seat in brackets before it is not where', () => {
    const facts = factsOf('标题\n昨天，华东建材城（东莞）等企业向甘孜县捐款约80万元。', '2023-03-01');
    expect(facts.map((f) => f.where.map((p) => p.path))).toEqual([['四川省/甘孜藏族自治州/甘孜县']]);
  });

  it('nor the cities of the donating chambers', () => {
    const facts = factsOf('标题\n东莞市和惠州市的商会向甘孜县捐款约80万元。', '2023-03-01');
    expect(facts.map((f) => f.where.map((p) => p.path))).toEqual([['四川省/甘孜藏族自治州/甘孜县']]);
  });

  it('not a clause without a receiver word: its places are all kept', () => {
    const facts = factsOf('标题\n投资80万元建设甘孜县和理塘县的学校。', '2023-03-01');
    expect(facts.map((f) => f.where.map((p) => p.path))).toEqual([['四川省/甘孜藏族自治州/甘孜县', '四川省/甘孜藏族自治州/理塘县']]);
  });

  it('对 before the place names the receiver too: the givers named before it are not where', () => {
    const facts = factsOf('标题\n今年杭州3个区将对阿坝州3个县率先投入900万元，建设示范村。', '2023-03-01');
    expect(facts.map((f) => f.where.map((p) => p.path))).toEqual([['四川省/阿坝藏族羌族自治州']]);
  });
});
