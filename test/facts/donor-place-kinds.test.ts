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
