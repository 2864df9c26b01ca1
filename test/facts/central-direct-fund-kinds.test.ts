import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// 中央直达资金: the central government's funds a province's finance department passes straight down to its
// cities and counties; the centre gives them (GUIDELINES facts, `who`; NOTES 20). Invented sentences.

describe('a central fund passed straight down', () => {
  it('named right after its amount, handed down by a province', () => {
    const facts = factsOf('标题\n据四川省财政厅消息，截至5月底，全省已分配72.4亿元中央直达资金，主要用于县区教育和医疗支出。');
    expect(facts[0]!.who).toEqual(['中央']);
  });

  it('named by the headline, its sum told later by its size', () => {
    const facts = factsOf('中央直达资金72亿元加快拨付到县\n截至目前，四川已分配的直达资金总规模为72.4亿元，其中县级占比超过八成。');
    expect(facts.map((f) => f.who)).toEqual([['中央'], ['中央']]);
  });

  it('negative: a province passing its own funds straight down gives them', () => {
    const facts = factsOf('标题\n据四川省财政厅消息，四川省已分配72.4亿元省级直达资金，主要用于县区教育支出。');
    expect(facts[0]!.who).not.toContain('中央');
  });
});
