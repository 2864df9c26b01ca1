import * as fs from 'node:fs';
import * as path from 'node:path';
import * as nodejieba from 'nodejieba';
import { describe, expect, it } from 'vitest';
import { chooseBinding } from '../../src/tokenize/binding';
import { jiebaBindingName, tokenize } from '../../src/tokenize/jieba';
import { loadExtractors } from '../../src/extract/registry';
import { RuleSet } from '../../src/rules/loader';

const ROOT = path.resolve(__dirname, '..', '..');
const IDF = path.join(ROOT, 'data', 'jieba-unused-idf.utf8');

/** Clauses of every annotated article set, cut where jieba cuts them itself. */
function fixtureClauses(): string[] {
  const clauses: string[] = [];
  const sets = fs.readdirSync(path.join(ROOT, 'fixtures')).filter((d) => fs.existsSync(path.join(ROOT, 'fixtures', d, 'articles')));
  for (const dir of ['fixtures/articles', ...sets.map((d) => `fixtures/${d}/articles`)]) {
    for (const name of fs.readdirSync(path.join(ROOT, dir)).filter((n) => /\.(txt|md|html?)$/.test(n))) {
      const text = fs.readFileSync(path.join(ROOT, dir, name), 'utf8');
      clauses.push(...text.split(/(?<=[\n。，])/).filter((c) => c.trim() !== ''));
    }
  }
  return clauses;
}

describe('tokenize', () => {
  it('gives consecutive tokens that spell the text, past astral characters, a lone surrogate and a chunk break', () => {
    const text = `${'日喀则市投入援藏资金1.5亿元，'.repeat(300)}𠀀𠀁字\ud800孤，${'昂仁县卡嘎镇。'.repeat(400)}`;
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.word).join('')).toBe(text);
    tokens.forEach((t, i) => expect(t.start).toBe(i === 0 ? 0 : tokens[i - 1]!.end));
    expect(tokens.map((t) => t.word)).toContain('日喀则市');
  });

  it('takes a chunk of more words than its buffer holds (3,000 separators, each a word)', () => {
    const text = '，'.repeat(3000);
    const tokens = tokenize(text);
    expect(tokens).toHaveLength(3000);
    expect(tokens[2999]!.start).toBe(2999);
  });

  it('reads a range only, and tags words as jieba does', () => {
    const text = '山东援藏干部在昂仁县调研';
    const from = text.indexOf('昂仁县');
    const tokens = tokenize(text, from);
    expect(tokens.map((t) => [t.word, t.start, t.end])).toEqual([
      ['昂仁县', from, from + 3],
      ['调研', from + 3, from + 5],
    ]);
    expect(tokens[1]!.tag).toBe('vn');
  });
});

describe('jieba bindings', () => {
  it('uses the binding built at install, unless ZHEXTRACT_JIEBA=nodejieba', () => {
    expect(jiebaBindingName()).toBe(process.env.ZHEXTRACT_JIEBA === 'nodejieba' ? 'nodejieba' : 'zhextract');
    expect(chooseBinding({ ZHEXTRACT_JIEBA: 'nodejieba' }).name).toBe('nodejieba');
  });

  // The lean binding segments with its own walk of jieba's trie (native/jieba.cc): this is what keeps it jieba.
  it("cuts and tags every clause of the fixtures exactly as nodejieba's binding does, with the pipeline's place names added", () => {
    const lean = chooseBinding({});
    expect(lean.name).toBe('zhextract');
    lean.load(IDF);
    nodejieba.load({ idfDict: IDF });
    const placeNames = loadExtractors(RuleSet.withUserDir(undefined)).flatMap((l) => l.extractor.userWords ?? []);
    expect(placeNames.length).toBeGreaterThan(1000);
    for (const word of placeNames) {
      lean.insertWord(word, 'ns');
      nodejieba.insertWord(word, 'ns');
    }
    const clauses = fixtureClauses();
    expect(clauses.length).toBeGreaterThan(4000);
    for (const clause of clauses) {
      for (const hmm of [true, false]) {
        const words = nodejieba.cut(clause, hmm);
        const lengths = new Uint32Array(words.length);
        expect(lean.cutLengths(clause, hmm, lengths), clause).toBe(words.length);
        expect(Array.from(lengths), clause).toEqual(words.map((w) => w.length));
      }
      expect(lean.tag(clause), clause).toEqual(nodejieba.tag(clause));
    }
    // Words added at run time (place names) weigh the same in both.
    const sentence = '到卡嘎镇布玛村调研';
    lean.insertWord('卡嘎镇布玛', 'ns');
    nodejieba.insertWord('卡嘎镇布玛', 'ns');
    expect(lean.tag(sentence)).toEqual(nodejieba.tag(sentence));
    // And cut the same (the lean binding's flat trie, built at its first cut, takes words added after it).
    const words = nodejieba.cut(sentence, true);
    expect(words).toContain('卡嘎镇布玛');
    const lengths = new Uint32Array(words.length);
    expect(lean.cutLengths(sentence, true, lengths)).toBe(words.length);
    expect(Array.from(lengths)).toEqual(words.map((w) => w.length));
  });

  it('checks its arguments instead of crashing, and counts astral characters as two units', () => {
    const native = require(path.join(ROOT, 'build', 'Release', 'zhextract_jieba.node')) as {
      load(...paths: unknown[]): boolean;
      cutLengths(text: unknown, hmm: boolean, out?: unknown): number;
    };
    expect(() => native.load('only one path')).toThrow(/five dictionary paths/);
    native.load(...[
      (nodejieba as unknown as { DEFAULT_DICT: string }).DEFAULT_DICT,
      (nodejieba as unknown as { DEFAULT_HMM_DICT: string }).DEFAULT_HMM_DICT,
      (nodejieba as unknown as { DEFAULT_USER_DICT: string }).DEFAULT_USER_DICT,
      IDF,
      (nodejieba as unknown as { DEFAULT_STOP_WORD_DICT: string }).DEFAULT_STOP_WORD_DICT,
    ]);
    expect(() => native.cutLengths(42, true, new Uint32Array(4))).toThrow(/must be a string/);
    expect(() => native.cutLengths('援藏', true, [0, 0])).toThrow(/Uint32Array/);
    const lengths = new Uint32Array(1);
    expect(native.cutLengths('𠀀援藏', true, lengths)).toBe(2); // too many words for `lengths`: nothing written
    expect(lengths[0]).toBe(0);
    const room = new Uint32Array(4);
    expect(native.cutLengths('𠀀援藏', true, room)).toBe(2);
    expect(Array.from(room.subarray(0, 2))).toEqual([2, 2]); // 𠀀 is a surrogate pair
  });
});
