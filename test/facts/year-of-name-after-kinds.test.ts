import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// With no date before it, an amount takes the written year that opens the name of the project or fund
// it builds or comes from, right after it. Invented text.

const whenOf = (text: string, amount: string) => factsOf(text, '2021').find((f) => f.text === amount)?.when;

describe('a year opening the name after the amount', () => {
  it('the project it builds', () => {
    expect(whenOf('计划投资1200万元，建设2020年某县农村公路提升项目，新修道路12公里。', '1200万元')).toBe('2020');
  });

  it('the fund it comes from', () => {
    expect(whenOf('项目估算总投资300万元，资金来源拟使用2020年省级衔接专项资金。', '300万元')).toBe('2020');
  });

  it('a relative year before a plan is no name', () => {
    expect(whenOf('某省预拨资金近2亿元，确定了今年推进实施的14个援建项目。', '2亿元')).not.toBe('2021');
  });
});
