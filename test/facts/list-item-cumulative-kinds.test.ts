import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// A cumulative in an item of a list cut by semicolons belongs to the sentence its list opens: it takes
// that sentence's opening time clause (NOTES 2: a dated cumulative). Invented text.

const whenOf = (text: string, amount: string) => factsOf(text, '2021').find((f) => f.text === amount)?.when;

describe('a cumulative in a list item', () => {
  it('takes the opening month of the list', () => {
    const text = '5月，全区税收收入累计完成12000万元，增长3.2%；非税收入累计完成4100万元，增长8.1%；基金收入900万元。';
    expect(whenOf(text, '4100万元')).toBe('2021-05');
  });

  it('a cumulative in a sentence of its own after the list stays undated', () => {
    const text = '5月，全区税收收入累计完成12000万元，增长3.2%；基金收入900万元。全区支出累计完成30000万元。';
    expect(whenOf(text, '30000万元')).toBeNull();
  });
});
