import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// A breakdown (其中, 在…方面, and the items of the list it opens) of amounts
// the sentence before left undated is undated too (GUIDELINES, facts: the
// parts share their whole's date), in invented sentences.

describe('the breakdown of undated amounts', () => {
  it('其中 and the items after it take no date from a sentence further back', () => {
    const facts = factsOf('标题\n今年以来，某县项目推进明显提速。全县计划实施重点项目80个，总投资60亿元，年度计划投资25亿元。其中：新开工项目50个，总投资40亿元；续建项目30个，总投资20亿元。', '2023-06-01');
    expect(facts.map((f) => f.when)).toEqual([null, null, null, null]);
  });

  it('a topic paragraph (在…方面) after undated amounts takes no date from the words after them', () => {
    const facts = factsOf('标题\n某省预拨资金近2亿元，与受援地协商确定了今年实施的10个项目。\n\n在教育方面，投资5000万元改扩建学校；医疗方面，投资3000万元改造医院。', '2023-06-01');
    expect(facts.map((f) => f.when)).toEqual([null, null, null]);
  });

  it('the breakdown of a dated whole still takes its date', () => {
    const facts = factsOf('标题\n2022年，某县计划投资60亿元。其中：新开工项目投资40亿元；续建项目投资20亿元。', '2023-06-01');
    expect(facts.map((f) => f.when)).toEqual(['2022', '2022', '2022']);
  });

  it('an item with a date of its own keeps it', () => {
    const facts = factsOf('标题\n今年以来，某县项目推进明显提速。全县计划总投资60亿元。其中：新开工项目投资40亿元；2021年开工的续建项目2022年投资20亿元。', '2023-06-01');
    expect(facts.map((f) => f.when)).toEqual([null, null, '2022']);
  });

  it('a share (，其中…) of an undated amount of its own sentence takes nothing carried, nor does the paragraph breaking it down after', () => {
    const facts = factsOf('标题\n某署审查通过明年度的补助计划，总经费约8亿元。\n\n官员表示，共通过补助计划120件，总经费约8亿元，其中基金补助6亿元。\n\n其中补助交通建设2亿元为最多。', '2023-10-01');
    expect(facts.map((f) => f.when)).toEqual(['2024', null, null, null]);
  });

  it('a share of a dated amount still takes its date', () => {
    const facts = factsOf('标题\n某署审查通过明年度的补助计划，总经费约8亿元。\n\n官员表示，2024年共安排补助计划120件，总经费约8亿元，其中基金补助6亿元。', '2023-10-01');
    expect(facts.map((f) => f.when)).toEqual(['2024', '2024', '2024']);
  });
});
