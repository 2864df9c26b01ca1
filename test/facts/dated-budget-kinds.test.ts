import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// The budget of a year named in the sentence before (明年总预算案), with no amount of its own, dates
// the sums the undated sentence after it tells. Invented text.

const whenOf = (text: string, amount: string) => factsOf(text, '2021').find((f) => f.text === amount)?.when;

describe('sums after a dated budget', () => {
  it('the year of the budget named before', () => {
    const text = '议会搁置明年总预算案，多项地方计划受到影响。某市长表示，约30亿元补助计划恐遭延宕。';
    expect(whenOf(text, '30亿元')).toBe('2022');
  });

  it('a date naming no budget dates nothing after it', () => {
    const text = '议会明年将改选，多项地方计划受到影响。某市长表示，约30亿元补助计划恐遭延宕。';
    expect(whenOf(text, '30亿元')).toBeNull();
  });
});
