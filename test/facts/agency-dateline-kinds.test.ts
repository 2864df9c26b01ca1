import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// A wire agency's dateline with a day alone (（某社记者某某高雄5日电）) names where the reporter
// files from, not where the money goes (GUIDELINES, facts: where), also where no reference date
// lets the day be read as a date. Invented sentences.

describe('a dateline of a day alone after a place', () => {
  it('is no destination of an amount with no place of its own', () => {
    const facts = factsOf('标题\n（中央社记者王小明高雄5日电）交通部审查通过明年度偏乡道路改善计划，总经费约新台币3.5亿元。', '');
    expect(facts.map((f) => f.where)).toEqual([[]]);
  });

  it('with its month too (高雄3月5日电), as before', () => {
    const facts = factsOf('标题\n（中央社记者王小明高雄3月5日电）交通部审查通过偏乡道路改善计划，总经费约新台币3.5亿元。', '');
    expect(facts.map((f) => f.where)).toEqual([[]]);
  });

  it('a place before a day that opens no dateline (高雄5日起发放) stays the destination', () => {
    const facts = factsOf('标题\n高雄5日起发放补助，总经费约新台币3.5亿元。', '');
    expect(facts.map((f) => f.where.map((p) => p.path))).toEqual([['台湾省/高雄市']]);
  });
});
