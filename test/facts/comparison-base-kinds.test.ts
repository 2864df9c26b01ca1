import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// A date that is only the base of a comparison (与上年比，) dates nothing
// (GUIDELINES, facts), in invented sentences.

describe('与…比， closing a clause', () => {
  it('the base year is no period in force for the statistics after it', () => {
    const facts = factsOf('标题\n2015年全县生产总值24亿元，与上年比，第一产业比重上升。\n农业增加值3.2亿元，同比增长9.9%。', '2016-03-01');
    expect(facts.map((f) => f.when)).toEqual(['2015', '2015']);
  });

  it('with half-width commas too (与上年比,)', () => {
    const facts = factsOf('标题\n2015年全县生产总值24亿元,与上年比,第一产业比重上升。\n农业增加值3.2亿元,同比增长9.9%。', '2016-03-01');
    expect(facts.map((f) => f.when)).toEqual(['2015', '2015']);
  });

  it('nor the date of an amount later in its own sentence', () => {
    const facts = factsOf('标题\n2015年全县生产总值24亿元。与2014年比，第一产业比重上升，农业增加值3.2亿元。', '2016-03-01');
    expect(facts.map((f) => f.when)).toEqual(['2015', '2015']);
  });

  it('a year that 比 goes on from (2015年比上年增长) still dates its amount', () => {
    const facts = factsOf('标题\n全县经济稳步增长。2015年比上年增加投资3亿元。', '2016-03-01');
    expect(facts.map((f) => f.when)).toEqual(['2015']);
  });
});
