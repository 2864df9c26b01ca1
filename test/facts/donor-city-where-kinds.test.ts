import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// A city's companies giving to one of its counties (GUIDELINES facts, `where`; NOTES 15: venues and the
// origin of donating companies are not where). Invented sentences with real places.

describe("a city's companies giving to its county", () => {
  it('the count of companies of the city and the gala named after it are no destinations', () => {
    const facts = factsOf('绵阳企业捐资助力北川\n北川县是绵阳市帮扶的重点。绵阳市工商联动员企业捐款帮扶北川发展。\n在10月8日绵阳市慈善晚会上，绵阳市52家民营企业和商会组织共捐赠2100万元。');
    expect(facts.map((f) => f.where.map((w) => w.path))).toEqual([['四川省/绵阳市/北川羌族自治县']]);
  });

  it('negative: the county named as receiver after its gala leaves the county where', () => {
    const facts = factsOf('标题\n北川县举行捐赠仪式，当天向北川县捐赠300万元。');
    expect(facts[0]!.where.map((w) => w.path)).toEqual(['四川省/绵阳市/北川羌族自治县']);
  });

  it('negative: a city receiving the counted companies gifts stays where', () => {
    const facts = factsOf('标题\n15家企业向绵阳市捐赠300万元。');
    expect(facts[0]!.where.map((w) => w.path)).toEqual(['四川省/绵阳市']);
  });
});
