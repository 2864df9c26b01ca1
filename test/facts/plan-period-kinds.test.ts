import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// An undated total of a plan or project takes the span of years the plan or
// project was named with before it (GUIDELINES, facts: a plan's amounts take
// their plan period; spans as in `dates`), in invented sentences.

const whenOf = (text: string, amount: string, date = '2015-03-02') => factsOf(text, date).find((f) => f.text === amount)?.when;

describe('the period a plan or project was named with', () => {
  it('a plan named with its span in brackets dates the plan total of a later sentence', () => {
    const text = '标题\n某省印发《某河流域综合治理规划（2013—2022年）》，涉及8个县。规划内容包括堤防和水库两类工程。规划估算总投资46亿元，其中省内20亿元。';
    expect(whenOf(text, '46亿元')).toBe('2013/2022');
    expect(whenOf(text, '20亿元')).toBe('2013/2022');
  });

  it('a plan named after its five-year period dates the projects total of the next sentence', () => {
    const text = '标题\n某省初步匡算“十三五”山洪防治规划的三类项目，涉及300个具体项目。项目总投资88亿元，其中山洪沟治理60亿元。';
    expect(whenOf(text, '88亿元')).toBe('2016/2020');
  });

  it('a project card: the construction years label dates the total, past a start-date line', () => {
    const text = '标题\n建设地点：某县某镇\n建设年限：2014年—2016年\n开工日期：2014年5月\n总投资额：3.6亿元\n';
    expect(whenOf(text, '3.6亿元')).toBe('2014/2016');
  });

  it('not a plan that only lists the project (纳入…规划)', () => {
    const text = '标题\n某水库工程是纳入国家《“十三五”水利发展规划》的重点项目之一。工程估算总投资约12亿元，总工期为40个月。';
    expect(whenOf(text, '12亿元')).toBeNull();
  });

  it('not past a dated sentence between', () => {
    const text = '标题\n某省印发《某河流域综合治理规划（2013—2022年）》。今年3月，某县开工建设堤防。规划估算总投资46亿元。';
    expect(whenOf(text, '46亿元')).not.toBe('2013/2022');
  });

  it('not an amount that is no total (a yearly figure after the plan)', () => {
    const text = '标题\n某省印发《某河流域综合治理规划（2013—2022年）》。该省农民人均收入8000元。';
    expect(whenOf(text, '8000元')).toBeNull();
  });
});

describe('目前 ranking a project is no time of its own', () => {
  it('a day opening the sentence dates the total of the project ranked with 目前…最大', () => {
    const text = '标题\n12日，某省目前单体投资最大的化工项目主体工程动工，总投资约96亿元。';
    expect(whenOf(text, '96亿元')).toBe('2015-02-12');
  });

  it('目前 as the time of its clause still takes nothing carried', () => {
    const text = '标题\n12日，某省化工项目主体工程动工。目前，该项目已完成投资8亿元。';
    expect(whenOf(text, '8亿元')).toBeNull();
  });
});
