import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// 集团公司 alone: the group company a page belongs to, by its kind only, names no giver (GUIDELINES facts, `who`:
// companies by name as written; a kind is no name). Invented sentences.

describe('a group company named by its kind alone', () => {
  it('names no giver', () => {
    const facts = factsOf('标题\n2010年以来，集团公司每年向宁化县石壁村捐赠人民币二十万元，支持该村道路建设。');
    expect(facts[0]!.who).toEqual([]);
  });

  it('negative: a group company with its name gives by that name', () => {
    const facts = factsOf('标题\n2010年以来，华润集团公司每年向宁化县石壁村捐赠人民币二十万元。');
    expect(facts[0]!.who).toEqual(['华润集团公司']);
  });
});
