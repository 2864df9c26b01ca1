import { describe, expect, it } from 'vitest';
import { ASCII_DIGITS, charSet, markedMatches } from '../../src/extract/marked-scan';
import { ARABIC_NUMBER, CHINESE_DIGITS, CHINESE_NUMBER } from '../../src/extract/numbers';

// markedMatches must find what a global scan of the whole text finds, while
// trying the pattern only before the marks.

const SOURCE = `(?<num>${ARABIC_NUMBER}|${CHINESE_NUMBER})(?:[ ]?[%‰]?[ ]?[-至](?<num2>${ARABIC_NUMBER}))?[ ]?[%‰]`;
const scan = {
  marks: /[%‰]/g,
  pattern: new RegExp(SOURCE, 'y'),
  part: charSet(ASCII_DIGITS, '.,', CHINESE_DIGITS, '十百千万亿', ' %‰-至'),
  start: charSet(ASCII_DIGITS, CHINESE_DIGITS, '十'),
};
const ALPHABET = ['1', '2', '0', '.', ',', '三', '十', '百', '%', '‰', ' ', '-', '至', '增', '长', 'a', '，'];

/** A deterministic pseudo-random generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function spans(matches: Iterable<RegExpMatchArray>): string[] {
  return [...matches].map((m) => `${m.index}:${m[0]}`);
}

describe('markedMatches', () => {
  it('finds what a global scan finds, on random texts of digits, numerals, marks and ranges', () => {
    const next = random(42);
    for (let i = 0; i < 3000; i++) {
      const length = 1 + Math.floor(next() * 30);
      let text = '';
      for (let j = 0; j < length; j++) text += ALPHABET[Math.floor(next() * ALPHABET.length)];
      expect(spans(markedMatches(text, scan)), text).toEqual(spans(text.matchAll(new RegExp(SOURCE, 'g'))));
    }
  });

  it('reads a range that holds two marks as one match (3%-5%)', () => {
    expect(spans(markedMatches('增长3%-5%，', scan))).toEqual(['2:3%-5%']);
  });
});
