import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// A notice of how a central fund is shared out (关于某县中央财政某某资金分配计划的公告): its lines
// (投资：120万元 实施单位：某局) are shares of that fund. The label before a colon says the amount is
// funding; the unit named as carrying the project out (实施单位) gives nothing; the province's finance
// department that hands the fund down gives nothing of its own (GUIDELINES notes: 中央 as is).
// A body whose sentence only hands down a fund named central passes it on to the next sentence's
// shares. Invented texts.

const whoOf = (text: string) => factsOf(text, '2023-06-01').map((f) => f.who);

const NOTICE = [
  '关于临潭县2023年中央财政衔接推进乡村振兴补助资金分配计划的公告',
  '根据甘肃省财政厅下达资金的通知，现将资金分配计划公告如下：',
  '1.临潭县城关镇道路硬化工程',
  '投资：120万元 实施单位：临潭县交通运输局',
  '2.临潭县新城镇蔬菜大棚项目',
  '补助资金：80万元 实施单位：新城镇人民政府',
].join('\n');

describe('the lines of a central fund notice', () => {
  it('each share is the central fund, neither the handing-down province nor the executing unit', () => {
    expect(whoOf(NOTICE)).toEqual([['中央'], ['中央']]);
  });

  it('outside such a notice, the executing unit after its label still gives nothing', () => {
    const text = '标题\n投资：60万元 实施单位：临潭县交通运输局';
    expect(factsOf(text, '2023-06-01')[0]!.who).toEqual([]);
  });
});

describe('shares of a fund a body hands down', () => {
  it("the next sentence's shares take the central fund, not the body handing it down", () => {
    const text = '标题\n青海省财政厅日前下达中央水利发展资金2.4亿元，支持河湖治理。此次资金中，下达西宁市1.5亿元，下达海东市0.9亿元。';
    expect(whoOf(text)).toEqual([['中央'], ['中央'], ['中央']]);
  });

  it('not where the body also hands down a fund of its own level', () => {
    const text = '标题\n青海省财政厅日前下达中央水利发展资金2亿元、省级水利资金1亿元。此次资金中，下达西宁市1.5亿元。';
    expect(whoOf(text)[2]).not.toEqual(['中央']);
  });
});
