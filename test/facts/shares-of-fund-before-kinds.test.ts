import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// Shares listed after a breakdown word (…的资金中, 其中, 包括) in a sentence of their own, of a fund told in the
// sentence before (GUIDELINES facts, `who`: a share has the named giver). Invented sentences.

describe('shares of the fund told in the sentence before', () => {
  it('the shares of a central allocation, listed after 此次下拨的资金中, keep 中央', () => {
    const facts = factsOf('标题\n近日，中央财政下拨水利资金80亿元，用于支持有关地区水利工程建设。\n此次下拨的资金中，灌区工程30亿元、河湖治理工程50亿元。');
    expect(facts.map((f) => f.who)).toEqual([['中央'], ['中央'], ['中央']]);
  });

  it('across a blank line the shares still keep the giver of the amount before', () => {
    const facts = factsOf('标题\n近日，中央财政下拨水利资金80亿元，用于支持有关地区水利工程建设。\n\n公告指出，此次下拨的资金中，灌区工程30亿元、河湖治理工程50亿元。');
    expect(facts.map((f) => f.who)).toEqual([['中央'], ['中央'], ['中央']]);
  });

  it('negative: a share with a giving verb of its own after the breakdown is not carried', () => {
    const facts = factsOf('标题\n近日，中央财政下拨水利资金80亿元。\n此次下拨的资金中，当地群众自筹30亿元。');
    expect(facts[1]!.who).toEqual([]);
  });
});
