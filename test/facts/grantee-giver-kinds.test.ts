import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// People granted an amount in its own clause (学子每人获得…) after a clause naming a party with its giving verb
// (某基金会捐资助学…): that party gives it (GUIDELINES facts, `who`: foundations by name). Invented sentences.

describe('an amount people are granted, after the giver of the sentence', () => {
  it('is given by the party whose giving verb an earlier clause names', () => {
    const facts = factsOf('标题\n开学第一周，洛阳市某某教育基金会走进栾川县一所中学捐资助学，入选的新生每人获得2400元生活补助。');
    expect(facts[0]!.who).toEqual(['洛阳市某某教育基金会']);
  });

  it('negative: a granting verb of another clause than the amount names no giver (a target)', () => {
    const facts = factsOf('标题\n某某慈善基金联同小学校长会资助学生，暂获103间学校响应参与，目标是筹500万元。');
    expect(facts[0]!.who).toEqual([]);
  });

  it('negative: a clause opening with the granting verb is granted to the party itself', () => {
    const facts = factsOf('标题\n某某高新区开展助学捐赠活动，获捐赠资金300万元，用于园区助学工作。');
    expect(facts[0]!.who).toEqual([]);
  });

  it('negative: a party holding no giving verb gives nothing to those granted', () => {
    const facts = factsOf('标题\n某某基金会走进栾川县一所中学座谈，入选的新生每人获得2400元生活补助。');
    expect(facts[0]!.who).toEqual([]);
  });
});
