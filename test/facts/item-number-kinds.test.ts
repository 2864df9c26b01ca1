import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// Numbered items (1、, （二）, (3)) carry on the item before them like 一是, 二是
// (GUIDELINES, facts), in invented lists.

describe('a bracketed item number opening the line', () => {
  const list = (open: string, close: string) =>
    `标题\n二、资金安排\n1、2024年某县助学项目，安排资金120万元。\n2、2024年某县培训项目，安排资金30万元。\n${open}二${close}产业类项目，共600万元。\n1、村集体经济项目，安排资金450万元。`;

  it('（二） in full-width brackets carries the item before, and so does the item after it', () => {
    expect(factsOf(list('（', '）'), '2023-12-20').map((f) => f.when)).toEqual(['2024', '2024', '2024', '2024']);
  });

  it('(二) in half-width brackets too', () => {
    expect(factsOf(list('(', ')'), '2023-12-20').map((f) => f.when)).toEqual(['2024', '2024', '2024', '2024']);
  });

  it('a bracketed word that is no number carries nothing', () => {
    const facts = factsOf('标题\n1、2024年某县助学项目，安排资金120万元。\n（备注）产业类项目共600万元。', '2023-12-20');
    expect(facts.map((f) => f.when)).toEqual(['2024', null]);
  });
});
