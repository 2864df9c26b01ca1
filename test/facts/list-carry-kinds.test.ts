import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// Kinds of where and who in reports that list places or break a sum down (disaster tallies,
// allocations to several regions). Invented sentences.

const whoOf = (text: string) => factsOf(text, '2023-05-01').map((f) => f.who);
const whereOf = (text: string) => factsOf(text, '2023-05-01').map((f) => f.where.map((p) => p.path));

describe('a semicolon item carries the places of an earlier item of its sentence', () => {
  it('a loss after an item naming no place takes the places listed at the sentence start', () => {
    const text = '标题\n本周以来多地出现强降雨。截至6日统计，宾川县、祥云县2县1.2万人受灾；农作物受灾面积3千公顷，其中绝收200公顷；直接经济损失8000万元。';
    expect(whereOf(text)).toEqual([['云南省/大理白族自治州/宾川县', '云南省/大理白族自治州/祥云县']]);
  });

  it('not past an item with an amount of its own', () => {
    const text = '标题\n大理州近期遭受洪涝。宾川县1万人受灾；转移安置花费300万元；直接经济损失5000万元。';
    const where = whereOf(text);
    expect(where[1]).not.toEqual(['云南省/大理白族自治州/宾川县']);
  });

  it('not when the item names a place of its own as a party', () => {
    const text = '标题\n大理州加快合作。宾川县为学校争取电脑20台；开展培训活动；祥云县政府与某某公司签约，项目总投资6000万元。';
    const where = whereOf(text);
    expect(where[where.length - 1]).not.toEqual(['云南省/大理白族自治州/宾川县']);
  });
});

describe("the article's subject named as a list", () => {
  it('a later paragraph with no place carries every place of the one list the text names', () => {
    const text = '标题\n省财政近日下达救灾资金3亿元，支持宾川县、祥云县受灾地区恢复生产。\n加上此前下达的资金1亿元，今年已累计安排4亿元。';
    const both = ['云南省/大理白族自治州/宾川县', '云南省/大理白族自治州/祥云县'];
    expect(whereOf(text)).toEqual([both, both, both]);
  });

  it('not places named apart: the subject stays the one place', () => {
    const text = '标题\n省财政近日下达宾川县救灾资金3亿元，另有专家赴祥云县调研。\n加上此前下达的资金1亿元，今年已累计安排4亿元。';
    const where = whereOf(text);
    expect(where[1]).toEqual(['云南省/大理白族自治州/宾川县']);
  });
});

describe("a breakdown item's own beneficiary", () => {
  const text =
    '标题\n省财政今年安排水利建设资金30亿元。其中，安排10亿元支持重点水库建设，安排8亿元支持宾川县灌区改造试点，安排5亿元加快实施水土保持工程。';

  it('goes to its own item only, not to the total, the other items nor the document', () => {
    expect(whereOf(text)).toEqual([[], [], ['云南省/大理白族自治州/宾川县'], []]);
  });

  it('not a place opening the item before its amount: the subject spending goes on', () => {
    const own = '标题\n今年宾川县安排水利建设资金30亿元。其中，宾川县安排10亿元建设水库，安排8亿元改造灌区。';
    expect(whereOf(own)).toEqual([
      ['云南省/大理白族自治州/宾川县'],
      ['云南省/大理白族自治州/宾川县'],
      ['云南省/大理白族自治州/宾川县'],
    ]);
  });
});

describe('a headline amount told again in the body', () => {
  const both = ['云南省/大理白族自治州/宾川县', '云南省/大理白族自治州/祥云县', '云南省/大理白族自治州/弥渡县'];

  it('takes the places the body lists in full and the giver its clause names', () => {
    const text = '某厅下拨3.5亿元予宾川等3县救灾\n省财政厅今日下达中央财政救灾资金3.5亿元，支持宾川县、祥云县、弥渡县开展救灾工作。';
    expect(whereOf(text)).toEqual([both, both]);
    expect(whoOf(text)[0]).toEqual(whoOf(text)[1]);
  });

  it('not an amount of the same value whose places are not the headline\'s', () => {
    const text = '宾川县获3.5亿元救灾资金\n省财政厅今日下达救灾资金3.5亿元，支持祥云县、弥渡县开展救灾工作。';
    expect(whereOf(text)[0]).toEqual(['云南省/大理白族自治州/宾川县']);
  });
});

describe('a list of places cut by commas', () => {
  it('every county of a list whose prefectures are cut by commas gets the loss', () => {
    const text = '标题\n近日多地持续降雨，大理州宾川县，保山市隆阳区、施甸县，丽江市永胜县共3市4县受灾，直接经济损失80万元。';
    expect(whereOf(text)).toEqual([
      ['云南省/大理白族自治州/宾川县', '云南省/保山市/隆阳区', '云南省/保山市/施甸县', '云南省/丽江市/永胜县'],
    ]);
  });

  it('not a clause before that holds more than places', () => {
    const text = '标题\n宾川县遭受暴雨袭击，隆阳区、施甸县受灾，直接经济损失80万元。';
    expect(whereOf(text)).toEqual([['云南省/保山市/隆阳区', '云南省/保山市/施甸县']]);
  });
});

describe('the realised figure of a plan', () => {
  it('keeps the giver of the planned amount in the clause before', () => {
    const text = '大理市援藏工作组在宾川县\n三年来实施援建项目20个，计划投资1.2亿元，实际完成1.3亿元。';
    const who = whoOf(text);
    expect(who[0]!.length).toBeGreaterThan(0);
    expect(who[1]).toEqual(who[0]);
  });

  it('not a clause with more than the realised word: a statistic stays without giver', () => {
    const text = '标题\n宾川县计划投资1.2亿元建设水库，全县规上工业完成产值3亿元。';
    expect(whoOf(text)[1]).toEqual([]);
  });
});

describe("Hong Kong's bureaus as spenders of their votes", () => {
  it('a bureau before a giving verb is the giver, named as written', () => {
    expect(whoOf('標題\n保安局將額外承擔逾2億元，用於更新消防設備。')).toEqual([['保安局']]);
  });

  it("a caption's label left before the next line's bureau is no part of its name", () => {
    expect(whoOf('標題\n政府申請追加撥款。資料圖片\n勞福局因應新計劃，要額外承擔逾5億元。')).toEqual([['劳福局']]);
  });

  it('not a mainland county bureau: 教育局 after a county is the county', () => {
    expect(whoOf('标题\n宾川县教育局投入300万元改造校舍。')).toEqual([['云南省/大理白族自治州/宾川县']]);
  });
});

describe('a count of divisions pointing back (上述N省)', () => {
  const three = ['云南省', '贵州省', '四川省'];

  it('stands for the provinces the sentence before lists', () => {
    const text = '标题\n近日强降雨造成云南、贵州、四川等3省份受灾。\n昆明市灾情较重。截至6日统计，上述3省12万人受灾；直接经济损失2亿元。';
    expect(whereOf(text)).toEqual([three]);
  });

  it('not a count other than the list before', () => {
    const text = '标题\n近日强降雨造成云南、贵州、四川等3省份受灾。\n昆明市灾情较重。截至6日统计，上述5省12万人受灾；直接经济损失2亿元。';
    expect(whereOf(text)[0]).not.toEqual(three);
  });
});

describe('a time phrase before a department', () => {
  it('a month with 以来, unread as a date, is no part of the name', () => {
    const who = whoOf('标题\n11月以来省财政厅已陆续下达资金126亿元。')[0]!;
    expect(who.some((w) => w.includes('11月') || w.includes('以来'))).toBe(false);
  });

  it('nor a relative year with 以来', () => {
    const who = whoOf('标题\n今年以来省财政厅已陆续下达资金126亿元。')[0]!;
    expect(who.some((w) => w.includes('以来'))).toBe(false);
  });

  it('a named county department keeps its county', () => {
    expect(whoOf('标题\n今年以来宾川县财政局已下达资金1亿元。')).toEqual([['云南省/大理白族自治州/宾川县']]);
  });
});
