import { describe, expect, it } from 'vitest';
import { BitSet, unitSet } from '../../src/util/bits';

describe('BitSet', () => {
  it('holds exactly the values added, at word edges too', () => {
    const set = new BitSet(128);
    for (const value of [0, 31, 32, 63, 127]) set.add(value);
    for (let value = 0; value < 128; value++) expect(set.has(value)).toBe([0, 31, 32, 63, 127].includes(value));
  });

  it('covers every UTF-16 code unit', () => {
    const units = unitSet();
    const text = '昂仁县𠀀\uffff\u0000';
    for (let i = 0; i < text.length; i++) units.add(text.charCodeAt(i));
    for (let i = 0; i < text.length; i++) expect(units.has(text.charCodeAt(i))).toBe(true);
    expect(units.has('日'.charCodeAt(0))).toBe(false);
    expect(units.has('昂'.charCodeAt(5))).toBe(false); // NaN past the end, though 0 is in the set
  });
});
