import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// 政府性基金支出, 社保基金收入: a budget category named by 基金 is no fund giving (GUIDELINES: statistics
// have no giver); a foundation that gives keeps its name. Invented texts.

const whoOf = (text: string) => factsOf(text, '2024-03-01').map((f) => f.who);

describe('budget categories ending in 基金', () => {
  it('a category of spending or income is no giver', () => {
    const text = '某县1-3月财政收支情况\n1-3月，政府性基金支出累计完成4120万元，政府性基金收入完成2300万元。';
    expect(whoOf(text)).toEqual([[], []]);
  });

  it('a foundation giving keeps its name', () => {
    const text = '捐赠简讯\n某日，李嘉诚基金会向汕头大学捐赠3000万元。';
    expect(whoOf(text)).toEqual([['李嘉诚基金会']]);
  });
});
