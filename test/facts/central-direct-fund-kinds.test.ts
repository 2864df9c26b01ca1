import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// 中央直达资金: the central government's funds a province's finance department passes straight down to its
// cities and counties; the centre gives them (GUIDELINES facts, `who`; NOTES 20). Invented sentences.

describe('a central fund passed straight down', () => {
  it('named right after its amount, handed down by a province', () => {
    const facts = factsOf('标题\n记者从河南省财政厅获悉，省财政厅已下达215.6亿元中央直达资金，全部直达市县基层。');
    expect(facts[0]!.who).toEqual(['中央']);
  });

  it('named by the headline, its sum told later by its size', () => {
    const facts = factsOf('河南：215亿元中央直达资金直达市县\n此次下达的资金包括抗疫特别国债等，资金规模达到215.6亿元，全部下达市县。');
    expect(facts.map((f) => f.who)).toEqual([['中央'], ['中央']]);
  });

  it('negative: a province passing its own funds straight down gives them', () => {
    const facts = factsOf('标题\n记者从河南省财政厅获悉，河南省已下达215.6亿元省级直达资金，全部直达市县基层。');
    expect(facts[0]!.who).not.toContain('中央');
  });
});
