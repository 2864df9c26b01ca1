import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// 全年 takes the year it refers to (NOTES 7): a statistics figure of the whole
// year does not take a shorter period (上半年) that is in force, in invented text.

const whenOf = (text: string, amount: string) => factsOf(text, '2021').find((f) => f.text === amount)?.when;

describe('a whole-year figure under a shorter period in force', () => {
  it('全年 takes the year of the half named before', () => {
    const text = '2020年某县统计公报\n2020年，某县经济企稳回升，从上半年起主要指标逐月向好。\n一、综合\n初步核算，全年全县生产总值512340万元，比上年增长4.1%。其中，第一产业增加值40210万元，增长2.5%。';
    expect(whenOf(text, '512340万元')).toBe('2020');
    expect(whenOf(text, '40210万元')).toBe('2020');
  });

  it('a figure without 全年 keeps the half in force', () => {
    const text = '某县统计月报\n2020年上半年，某县经济企稳回升。\n一、综合\n初步核算，全县生产总值212340万元，比上年同期增长4.1%。';
    expect(whenOf(text, '212340万元')).toBe('2020-01/2020-06');
  });
});
