import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// A year's plan (年度计划投资, 年预计投资) dated by a day or months of its sentence, or carried
// into it (其中), takes that date's year; the sentence after it goes on with the day, not the year.
// Invented text.

const whenOf = (text: string, amount: string) => factsOf(text, '2021').find((f) => f.text === amount)?.when;

describe("a year's plan beside a dated event", () => {
  it('a breakdown carried from the day: the total keeps the day, the plan takes its year', () => {
    const text = '5月12日，某市第二批重点项目集中开工。其中，产业项目30个，总投资80亿元，年度计划投资25亿元。';
    expect(whenOf(text, '80亿元')).toBe('2021-05-12');
    expect(whenOf(text, '25亿元')).toBe('2021');
  });

  it('the plan within a sentence of months takes the year, and its shares of the total keep the day', () => {
    const text = '6月8日，某区举行项目集中开工活动，共开工40个项目，总投资60亿元，年预计投资12亿元。其中，工业项目20个，总投资35亿元。';
    expect(whenOf(text, '12亿元')).toBe('2021');
    expect(whenOf(text, '35亿元')).toBe('2021-06-08');
  });

  it('a plan with no date in its sentence or carried in stays undated', () => {
    const text = '某县计划实施重点项目50项，总投资40亿元，年度计划投资15亿元。';
    expect(whenOf(text, '15亿元')).toBeNull();
  });
});
