import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// Departments written as their place's path, funds named by their level, and officials telling the news
// (GUIDELINES, facts: governments and their departments as their place's path), in invented sentences.

describe('departments of a province, city or county', () => {
  it('a department named by its level alone (省财政厅) is the subject’s province', () => {
    const facts = factsOf('标题\n近日，省财政厅下达资金398万元，专项用于米易县棚户区改造。');
    expect(facts[0]!.who).toEqual(['四川省']);
  });

  it('市民政局 is the city the subject county lies in', () => {
    const facts = factsOf('标题\n日前，市民政局拨付救助资金120万元，用于盐边县受灾群众生活救助。');
    expect(facts[0]!.who).toEqual(['四川省/攀枝花市']);
  });

  it('自治区财政厅 is the subject’s autonomous region, not a name; 自治州 its prefecture', () => {
    const facts = factsOf('标题\n近日，自治区财政厅下达资金560万元，用于百色市田阳区道路改造。');
    expect(facts[0]!.who).toEqual(['广西壮族自治区']);
    const prefecture = factsOf('标题\n自治州财政局拨付资金80万元，用于泸水市危房改造。');
    expect(prefecture[0]!.who).toEqual(['云南省/怒江傈僳族自治州']);
  });

  it('a bare level’s department in a text naming no place is left out, not written as a name', () => {
    const facts = factsOf('标题\n此外，市财政局已拨付配套资金1200万元，用于老旧小区改造。');
    expect(facts[0]!.who).toEqual([]);
  });

  it('a county’s department (某县教育局) is the county’s path, not a name', () => {
    const facts = factsOf('标题\n会泽县教育局投入资金300万元，用于改造乡村学校。');
    expect(facts[0]!.who).toEqual(['云南省/曲靖市/会泽县']);
  });
});

describe('officials telling the news', () => {
  it('a body whose official speaks (某局负责人介绍) gives nothing by speaking; 全县 spends', () => {
    const facts = factsOf('标题\n桐梓县乡村振兴局负责人介绍，今年全县安排衔接资金2.6亿元，比去年增长5%。');
    expect(facts[0]!.who).toEqual(['贵州省/遵义市/桐梓县']);
  });

  it('据 opens no name: the body after it is where the news comes from', () => {
    const facts = factsOf('标题\n据河北省红十字会有关负责人介绍，目前已有多家企业捐助善款528万元。');
    expect(facts[0]!.who).toEqual([]);
  });
});

describe('funds named by their level', () => {
  it('the shares of a total named by level (中央资金, 省级资金) have that level as giver', () => {
    const facts = factsOf('标题\n今年以来，休宁县累计争取上级资金9400万元，其中，中央资金7100万元、省级资金2300万元。');
    expect(facts.map((f) => f.who)).toEqual([[], ['中央'], ['安徽省']]);
  });

  it('中省资金 right before the amount is the central government and the province', () => {
    const facts = factsOf('标题\n今年以来，渭南市农林水项目争取中省资金5.1亿元。');
    expect(facts[0]!.who).toEqual(['中央', '陕西省']);
  });

  it('a party before a granting verb gives none of the granted shares', () => {
    const facts = factsOf('标题\n近日，省发展改革委下达保障性安居工程中央预算内投资计划，我市获得中央预算内资金9800万元，其中支持老旧小区改造5200万元。');
    expect(facts.map((f) => f.who)).toEqual([['中央'], ['中央']]);
  });
});

describe('the places of a use named after the amount', () => {
  it('a share whose next clause opens with 用于 goes to the places of that clause, not the total’s', () => {
    const facts = factsOf('标题\n株洲市今年安排资金3000万元支援四川灾区，其中拿出2300万元，用于芦山县龙门乡3所学校重建。');
    expect(facts.map((f) => f.where.map((w) => w.path))).toEqual([['四川省'], ['四川省/雅安市/芦山县/龙门镇']]);
  });
});
