import { describe, expect, it } from 'vitest';
import { foldSurface, matchKey } from '../../src/eval/score';

describe('eval compares surface forms folded', () => {
  it('reads full-width as ASCII, traditional as simplified, and ignores spaces', () => {
    expect(foldSurface('７７％')).toBe('77%');
    expect(foldSurface('120億元')).toBe('120亿元');
    expect(foldSurface('12.8 亿元')).toBe('12.8亿元');
  });

  it('still tells different values and different words apart', () => {
    const gold = { text: '１２０億元', value: 12_000_000_000 };
    expect(matchKey('money', gold)).toBe(matchKey('money', { text: '120亿元', value: 12_000_000_000 }));
    expect(matchKey('money', gold)).not.toBe(matchKey('money', { text: '120万元', value: 1_200_000 }));
    expect(foldSurface('江段')).not.toBe(foldSurface('河段'));
  });
});
