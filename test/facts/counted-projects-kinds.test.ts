import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// The total or planned investment of a count of projects (重点项目120项，总投资…，年度计划投资…)
// is a statistic of many investors (NOTES 21): no giver, even where a government arranges the
// projects; aid projects keep their aid giver. Invented sentences.

describe('totals and plans of counted projects', () => {
  it('a county’s key projects: neither the total nor the year’s plan has a giver', () => {
    const facts = factsOf('某县重点项目建设动员会召开\n今年，全县计划实施重点项目120项，总投资86亿元，年度计划投资31亿元。\n其中新建项目70个，总投资40亿元。', '2023');
    expect(facts.map((f) => f.who)).toEqual([[], [], []]);
  });

  it('a government arranging them names no giver of their total either', () => {
    const facts = factsOf('标题\n今年，宜州市共安排市级重点项目95项，计划投资210亿元。', '2023');
    expect(facts.map((f) => f.who)).toEqual([[]]);
  });

  it('aid projects keep their aid giver (援建项目, 援藏项目)', () => {
    const facts = factsOf('标题\n“十四五”期间，福建省拟安排援藏项目80个，总投资12亿元。', '2023');
    expect(facts.map((f) => f.who)).toEqual([['福建省']]);
  });

  it('a company’s own projects are its own', () => {
    const facts = factsOf('标题\n宏远集团在当地投资建设项目5个，总投资20亿元。', '2023');
    expect(facts.map((f) => f.who)).toEqual([['宏远集团']]);
  });

  it('the county spending its own amount keeps it; the total after the count has none', () => {
    const facts = factsOf('巴东县教育工作会议召开\n今年，全县投入资金3000万元新建学校，实施项目12个，总投资5000万元。', '2023');
    expect(facts.map((f) => f.who)).toEqual([['湖北省/恩施土家族苗族自治州/巴东县'], []]);
  });
});
