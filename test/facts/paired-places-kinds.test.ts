import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// The paired places named as such (结对县, 受援县): where is the places the document pairs its subject with
// (GUIDELINES facts, `where`: donor places are not where). Invented sentences with real places.

describe('the paired counties as the destination', () => {
  it('结对县 after the amount: the counties the subject was paired with, not the giver', () => {
    const facts = factsOf('标题\n晋江市分别与长汀县、宁化县结为对口帮扶县。晋江市直部门、企业已落实帮扶资金300多万元，重点支持结对县的教育事业。');
    expect(facts[0]!.where.map((w) => w.path).sort()).toEqual(['福建省/三明市/宁化县', '福建省/龙岩市/长汀县']);
  });

  it('negative: with no pairing sentence, the word leaves where to the other rules', () => {
    const facts = factsOf('标题\n晋江市投入资金300万元，重点支持结对县的教育事业。');
    expect(facts[0]!.where.map((w) => w.path)).toEqual(['福建省/泉州市/晋江市']);
  });
});
