import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// A report's figures split by a view (按级次分：, 从收入分类来看，) carry on the figures
// before them and take the report's period, as a topic (在…方面) does. Invented text.

const whenOf = (text: string, amount: string) => factsOf(text, '2021').find((f) => f.text === amount)?.when;

describe('figures split by a view', () => {
  const report = '某县财政收支情况\n一、收入情况。1-8月，全县完成一般公共预算收入52310万元，同比增长4.2%。';

  it('按…分： after a paragraph of a period takes the period', () => {
    const text = `${report}按部门分：税务部门完成30120万元，同比增长3.1%；财政部门完成22190万元，同比增长5.8%。`;
    expect(whenOf(text, '30120万元')).toBe('2021-01/2021-08');
    expect(whenOf(text, '22190万元')).toBe('2021-01/2021-08');
  });

  it('从…来看， takes the period too', () => {
    const text = `${report}从收入类别来看，税收收入完成40110万元，同比增长2.6%。`;
    expect(whenOf(text, '40110万元')).toBe('2021-01/2021-08');
  });

  it('a long opening clause that only holds 分 and 看 is no view', () => {
    const text = '某公司负责人在接受采访时表示部分项目还要再看看，公司投资3000万元建设厂房。';
    expect(whenOf(text, '3000万元')).toBeNull();
  });
});
