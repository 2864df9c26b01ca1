import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// Donation lists told donor by donor (GUIDELINES facts, `who`): each amount's giver is its own donor or
// donors, not the first names of the sentence for all the amounts. Invented sentences.

describe('a ranked list paired with its amounts by 分别', () => {
  it('three donors and three amounts pair in order, past the group they are picked out of', () => {
    const facts = factsOf('标题\n参与捐赠的单位中青松商会、远航集团、明辉灯饰名列前三，分别捐赠300万元、260万元、120万元。');
    expect(facts.map((f) => f.who)).toEqual([['青松商会'], ['远航集团'], ['明辉灯饰']]);
  });

  it('the list and 分别 in one clause pair too', () => {
    const facts = factsOf('标题\n晚会上，长青集团、和顺物流分别捐款80万元和50万元。');
    expect(facts.map((f) => f.who)).toEqual([['长青集团'], ['和顺物流']]);
  });

  it('negative: lists of unequal length pair nothing', () => {
    const facts = factsOf('标题\n长青集团、和顺物流、万达电器分别捐款80万元和50万元。');
    expect(facts[1]!.who).not.toEqual(['和顺物流']);
  });

  it('negative: counties listed with 分别 stay governments, read as places', () => {
    const facts = factsOf('标题\n四川省彭州市、崇州市分别投入100万元、80万元。');
    expect(facts.flatMap((f) => f.who).every((w) => w.includes('/') || w === '')).toBe(true);
  });
});

describe('donors named right before their own amounts', () => {
  it('a run of name-amount items and a shared 各 item', () => {
    const facts = factsOf('标题\n企业捐款踊跃：长青集团500万元、明辉实业230万元，松柏药业、远航物流各100万元。');
    expect(facts.map((f) => f.who)).toEqual([['长青集团'], ['明辉实业'], ['松柏药业', '远航物流']]);
  });

  it('the named examples of a counted group (等8家企业捐赠) give its amount', () => {
    const facts = factsOf('标题\n会上，松柏药业、远航物流、长青酒业等6家企业捐赠80万元以上帮扶资金。');
    expect(facts[0]!.who).toEqual(['松柏药业', '远航物流', '长青酒业']);
  });

  it('negative: phases before amounts in a budget are no donors', () => {
    const facts = factsOf('标题\n该项目总投资900万元，一期500万元、二期400万元。');
    expect(facts.flatMap((f) => f.who)).not.toContain('一期');
  });

  it('negative: hospitals listed with 各 receive the gift, they give nothing', () => {
    const facts = factsOf('标题\n长青集团捐赠200万元。具体分配为，甲城中心医院、乙城人民医院各100万元。');
    expect(facts[1]!.who).not.toContain('甲城中心医院');
  });

  it('negative: 分别为 pairs figures with their subjects, not donors', () => {
    const facts = factsOf('标题\n长青集团、和顺物流营业收入分别为80万元和50万元。');
    expect(facts.flatMap((f) => f.who)).not.toContain('和顺物流');
  });
});
