import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// The years ahead (未来三年, 今后五年) of an amount right after a plan named with its span of years
// (《某某五年规划（2021—2025年）》) are that span (NOTES 5: planned amounts take their plan period).
// Invented sentences.

const whenOf = (text: string) => factsOf(text, '').map((f) => f.when);

describe('the years ahead after a plan named with its span', () => {
  it('take the span named last before them', () => {
    expect(whenOf('标题\n某市日前印发《某某五年规划（2021—2025年）》。今后五年，某市将投入600亿元建设城市道路。')).toEqual(['2021/2025']);
  });

  it('none where no span is named before them', () => {
    expect(whenOf('标题\n某市日前召开会议。今后五年，某市将投入600亿元建设城市道路。')).toEqual([null]);
  });

  it('none where a date other than a span is nearer (a day of the news)', () => {
    expect(whenOf('标题\n某市曾印发《某某五年规划（2021—2025年）》。\n2022年3月，某市召开会议。今后五年，某市将投入600亿元。')[0]).toBeNull();
  });
});
