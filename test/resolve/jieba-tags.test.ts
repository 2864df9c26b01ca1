import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRuleFile, RuleSet } from '../../src/rules/loader';
import { JIEBA_TAG_RULES, loadTagSets, TAG_SET_NAMES } from '../../src/resolve/jieba-tags';

describe('jieba tag sets (rules/jieba-tags.tsv)', () => {
  it('loads every set the extractors read from the built-in file', () => {
    const tags = loadTagSets(RuleSet.withUserDir());
    for (const name of TAG_SET_NAMES) expect(tags[name].size).toBeGreaterThan(0);
    expect(tags.person.has('nr')).toBe(true);
    expect(tags['place-like'].has('nr')).toBe(false);
  });

  it('rejects an unknown set or a malformed tag with its file and line', () => {
    expect(() => parseRuleFile('t.tsv', 'set\ttags\nplace-like\tns n\nplaces\tns\n', JIEBA_TAG_RULES)).toThrow('t.tsv:3: column "set" must be one of');
    expect(() => parseRuleFile('t.tsv', 'set\ttags\nperson\tnr NRT\n', JIEBA_TAG_RULES)).toThrow('t.tsv:2: column "tags": "NRT" is not a jieba tag');
  });

  it('stops at start-up when a set is missing, and joins a set given twice', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zx-tags-'));
    fs.writeFileSync(path.join(dir, 'jieba-tags.tsv'), 'set\ttags\nperson\tnr\n');
    expect(() => loadTagSets(new RuleSet([dir]))).toThrow(/tag set "place-like" is missing/);
    const user = fs.mkdtempSync(path.join(os.tmpdir(), 'zx-tags-user-'));
    fs.writeFileSync(path.join(user, 'jieba-tags.tsv'), 'set\ttags\nperson\tnz\n');
    expect([...loadTagSets(RuleSet.withUserDir(user)).person].sort()).toEqual(['nr', 'nrt', 'nz']);
  });
});
