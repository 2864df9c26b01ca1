import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// A paragraph that opens with its year alone (2024年，…) tells that year's work: its later sentences'
// undated amounts take that year, unless the sentence has a time, plan, completion or cumulative of its
// own (目前, 计划总投资, 竣工, 截至目前 … also earlier in a list cut by semicolons). A year with more
// words in its clause (今年以来，…) opens no such paragraph. Invented reports.

describe('the year a paragraph opens with alone', () => {
  it('dates an allocation in a later sentence of the paragraph', () => {
    const facts = factsOf('2024年，某区与某旗签订协作协议。按照协议，安排财政资金2800万元，实施帮扶项目12个。', '2024-11-19');
    expect(facts.map((f) => f.when)).toEqual(['2024']);
  });

  it('not a planned total in a later sentence', () => {
    const facts = factsOf('2014年，某县把安居工程确定为援建工程。安居工程计划总投资1.09亿元，其中援建资金1400万元。', '2015-01-10');
    expect(facts.map((f) => f.when)).toEqual([null, null]);
  });

  it('not an item of a list after 截至目前', () => {
    const facts = factsOf('2024年，某区与某旗签订协作协议。截至目前，共建产业园区4个；完成农副产品购销总额2.69亿元。', '2024-11-19');
    expect(facts.map((f) => f.when)).toEqual([null]);
  });

  it('not after a year with more words in its clause (今年以来)', () => {
    const facts = factsOf('今年以来，某县深入推进项目建设。全县实施重点项目140项，总投资132亿元。', '2015-07-14');
    expect(facts.map((f) => f.when)).toEqual([null]);
  });
});

// A month inside a name (10月份重点项目集中签约) gives way to the day of that month the sentence opens with,
// as a year naming an event does.
describe('a month naming a batch, after the opening day', () => {
  it('the opening day dates the amount', () => {
    const facts = factsOf('10月30日，某县举行10月份重点招商项目集中签约仪式，签约项目共5个，协议总投资23.2亿元。', '2020-11-02');
    expect(facts.map((f) => f.when)).toEqual(['2020-10-30']);
  });

  it('not a month of another opening (5月30日，…，6月份…): the month named last dates it', () => {
    const facts = factsOf('5月30日，某县召开会议，6月份将举行项目集中签约，协议总投资23.2亿元。', '2020-05-31');
    expect(facts.map((f) => f.when)).toEqual(['2020-06']);
  });
});
