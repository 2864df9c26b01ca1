import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// 我市 in a donor's own article about its aid (某市对口援藏…), followed a few words later by an aid word
// (我市共建成援建项目…, 我市累计投入援藏资金…), is the donor city, not the region it aids (GUIDELINES who:
// aid teams and their governments are written as their place). Invented sentences.

describe('我市 with an aid word a few words after it', () => {
  it('我市共建成援建项目…，援助资金…: the donor city', () => {
    const facts = factsOf('南京对口援疆十年：让伊犁换新颜\n十年来，我市共建成援建项目80个，援助资金共计5亿元。', '2020-05-01');
    expect(facts.map((f) => f.who)).toEqual([['江苏省/南京市']]);
  });

  it('我市累计投入援藏资金…: the donor city', () => {
    const facts = factsOf('南京对口援藏二十年：让拉萨换新颜\n二十年来，我市累计投入援藏资金3亿元。', '2020-05-01');
    expect(facts.map((f) => f.who)).toEqual([['江苏省/南京市']]);
  });

  it('the aided region spending its own money is still its own', () => {
    const facts = factsOf('伊犁今年项目建设提速\n今年，全州投资8亿元建设乡村公路。', '2020-05-01');
    expect(facts[0]!.who).not.toEqual(['江苏省/南京市']);
  });
});
