import { describe, expect, it } from 'vitest';
import { alternation } from '../../src/util/alternation';

describe('alternation', () => {
  it('puts longer words first so the longest one matches', () => {
    const pattern = new RegExp(alternation(['以', '以上', '以上下']));
    expect('以上下'.match(pattern)![0]).toBe('以上下');
    expect('以上'.match(pattern)![0]).toBe('以上');
  });

  it('escapes regex characters in words', () => {
    const pattern = new RegExp(`^(?:${alternation(['a.b', '(x)'])})$`);
    expect(pattern.test('a.b')).toBe(true);
    expect(pattern.test('axb')).toBe(false);
    expect(pattern.test('(x)')).toBe(true);
  });

  it('matches nothing for an empty list', () => {
    expect(new RegExp(alternation([])).test('任何文字')).toBe(false);
    expect(new RegExp(alternation([''])).test('任何文字')).toBe(false);
  });
});
