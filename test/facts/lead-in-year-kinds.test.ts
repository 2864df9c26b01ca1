import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// A notice that lists the funds of a year (现将某县2024年第二批资金分配情况公告如下：) dates the
// items of its list by that year, also past a sources section that tells the same year again
// (一、资金来源 / 2024年省级资金…). Invented notices.

describe('the year of a lead-in, told again in the sources section', () => {
  const notice = (sources: string) =>
    '标题\n为加强资金监管，现将某县2024年第二批财政衔接资金分配情况公告如下：\n一、资金来源\n' + sources + '\n二、资金分配情况\n（一）安排道路硬化项目资金860万元。\n（二）安排饮水工程资金240万元。';

  it('dates the items after it', () => {
    const facts = factsOf(notice('2024年省级财政衔接资金1100万元。'), '');
    expect(facts.map((f) => f.when)).toEqual(['2024', '2024', '2024']);
  });

  it('not where the sources section names another year: the items take none', () => {
    const facts = factsOf(notice('2023年结转资金1100万元。'), '');
    expect(facts.slice(1).map((f) => f.when)).toEqual([null, null]);
  });
});
