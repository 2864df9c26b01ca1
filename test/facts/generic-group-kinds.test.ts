import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// 集团公司 alone: the group company a page belongs to, by its kind only, names no giver (GUIDELINES facts, `who`:
// companies by name as written; a kind is no name). Invented sentences.

describe('a group company named by its kind alone', () => {
  it('names no giver', () => {
    const facts = factsOf('标题\n去年秋天，集团公司出资30万元，为横山区一所村小修建了塑胶操场。');
    expect(facts[0]!.who).toEqual([]);
  });

  it('negative: a group company with its name gives by that name', () => {
    const facts = factsOf('标题\n去年秋天，华润集团公司出资30万元，为横山区一所村小修建了塑胶操场。');
    expect(facts[0]!.who).toEqual(['华润集团公司']);
  });
});
