import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// 中央 as the subject of a giving verb, with its verb, a time or an adverb right after it (中央拨付…,
// 中央明年将拨付…, Taiwan's 中央須釋出…財源給地方), is the central government, written 中央 (GUIDELINES who;
// fixtures/facts/NOTES.md who 20), never a name running into the verb (中央拨付) or the time (中央明年).
// Invented sentences.

describe('a bare 中央 as the subject', () => {
  it('right before its giving verb', () => {
    const facts = factsOf('标题\n近日，中央拨付2亿元支持灾区重建。', '2023-06-01');
    expect(facts.map((f) => f.who)).toEqual([['中央']]);
  });

  it('with a time and an adverb before the verb', () => {
    const facts = factsOf('标题\n中央明年将拨付5亿元支持边境县建设。', '2023-06-01');
    expect(facts.map((f) => f.who)).toEqual([['中央']]);
  });

  it('Taiwan: 中央須釋出…財源給地方', () => {
    const facts = factsOf('標題\n修法之後，中央須釋出三百億元財源給地方。', '2025-06-01');
    expect(facts.map((f) => f.who)).toEqual([['中央']]);
  });

  it('not 中央企业 investing (a company kind, not the government)', () => {
    const facts = factsOf('标题\n某县引进中央企业投资5亿元建设物流园。', '2023-06-01');
    expect(facts[0]!.who).not.toEqual(['中央']);
  });
});
