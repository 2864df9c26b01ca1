import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// A body whose arrangement or request a giver follows (根据某联安排, 按照某会要求) gives nothing; its name holds
// no preposition (GUIDELINES facts, `who`: the giver, not who arranges). Invented sentences.

describe('a body a giver follows', () => {
  it('after 根据, is no giver, nor a name with the preposition glued on', () => {
    const facts = factsOf('标题\n根据市工商联要求，投入资金5万元用于修路。');
    expect(facts[0]!.who).toEqual([]);
  });

  it('after 按照, is no giver', () => {
    const facts = factsOf('标题\n按照省扶贫基金会安排，投入资金5万元用于修路。');
    expect(facts[0]!.who).toEqual([]);
  });

  it('negative: a giver named after 根据 and its clause gives', () => {
    const facts = factsOf('标题\n根据协议，某某集团投资5亿元建设产业园。');
    expect(facts[0]!.who).toEqual(['某某集团']);
  });
});
