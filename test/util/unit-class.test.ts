import { describe, expect, it } from 'vitest';
import { UnitClass } from '../../src/util/unit-class';

describe('UnitClass', () => {
  it('answers as the pattern tested on the one character, for every UTF-16 unit', () => {
    const patterns = [/[\s\u3000\u00a0\ufeff]/, /\p{Script=Han}/u, /[，。；！？,;!?\n]/, /[a-z]/i];
    const differing: string[] = [];
    for (const pattern of patterns) {
      const units = new UnitClass(pattern);
      for (let unit = 0; unit < 0x10000; unit++) {
        const text = `x${String.fromCharCode(unit)}`;
        const expected = pattern.test(text[1]!);
        // Asked twice: the second answer comes from the table.
        if (units.at(text, 1) !== expected || units.at(text, 1) !== expected) differing.push(`${pattern} ${unit.toString(16)}`);
      }
    }
    expect(differing).toEqual([]);
  });

  it('answers past the ends of the text as the pattern does for text[index] (undefined)', () => {
    const letters = new UnitClass(/[a-z]/);
    const marks = new UnitClass(/[，。]/);
    for (const index of [-1, 3]) {
      expect(letters.at('abc', index)).toBe(/[a-z]/.test('abc'[index]!));
      expect(marks.at('abc', index)).toBe(false);
    }
  });

  it('refuses a global or sticky pattern, whose test() depends on lastIndex', () => {
    expect(() => new UnitClass(/[a-z]/g)).toThrow();
    expect(() => new UnitClass(/[a-z]/y)).toThrow();
  });
});
