import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// The years ahead (未来三年, 今后五年) of an amount right after a plan named with its span of years
// (《某三年（2014—2016年）行动计划》) are that span (NOTES 5: planned amounts take their plan period).
// Invented sentences.

const whenOf = (text: string) => factsOf(text, '').map((f) => f.when);

describe('the years ahead after a plan named with its span', () => {
  it('take the span named last before them', () => {
    expect(whenOf('标题\n近日，某省政府办公厅发布《某新区建设三年（2014—2016年）行动计划》。未来三年，某市交通等基础设施建设将投资800亿元。')).toEqual(['2014/2016']);
  });

  it('none where no span is named before them', () => {
    expect(whenOf('标题\n近日，某市召开会议。未来三年，某市交通等基础设施建设将投资800亿元。')).toEqual([null]);
  });

  it('none where a date other than a span is nearer (a day of the news)', () => {
    expect(whenOf('标题\n某市曾发布《某新区建设三年（2014—2016年）行动计划》。\n2015年3月，某市召开会议。未来三年，某市将投资800亿元。')[0]).not.toBe('2014/2016');
  });
});
