import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// An amount told on the spot of an event (现场, 会上, 当天) takes the event's day even where a
// sentence with no date stands between them. Invented text.

const whenOf = (text: string, amount: string) => factsOf(text, '2021').find((f) => f.text === amount)?.when;

describe('an amount on the spot of an event dated two sentences before', () => {
  it('现场 past a sentence without a date takes the day', () => {
    const text = '3月9日，某县招商推介暨项目签约仪式在县会展中心举行。该县采取线上线下相结合的方式开展推介。活动现场共签约项目20个，签约金额45亿元。';
    expect(whenOf(text, '45亿元')).toBe('2021-03-09');
  });

  it('without an on-the-spot word the amount takes no day', () => {
    const text = '3月9日，某县招商推介暨项目签约仪式在县会展中心举行。该县采取线上线下相结合的方式开展推介。全县共签约项目20个，签约金额45亿元。';
    expect(whenOf(text, '45亿元')).toBeNull();
  });
});
