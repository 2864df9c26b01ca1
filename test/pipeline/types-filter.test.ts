import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InputDocument } from '../../src/input/types';
import { MENTION_TYPES, type MentionType } from '../../src/model/mention';
import { Pipeline } from '../../src/pipeline/process';
import { ARTICLES } from '../helpers/cli';

// --types only filters what is written: what one type finds never depends on
// which other types were asked for (extractors that read earlier results
// would otherwise change with the list). Every subset of the seven types is
// checked on two seed articles.

const docs: InputDocument[] = ['001_2a4bfa5699e19441.txt', '004_5a2fa0ad31230bfd.txt'].map((name) => {
  const text = fs.readFileSync(path.join(ARTICLES, name), 'utf8');
  return { kind: 'document', doc: name, text, source: { path: name, bytes: text.length, sha256: '0'.repeat(64), encoding: 'utf-8' } };
});

function subsets(types: readonly MentionType[]): MentionType[][] {
  const all: MentionType[][] = [];
  for (let mask = 1; mask < 1 << types.length; mask++) all.push(types.filter((_, i) => mask & (1 << i)));
  return all;
}

describe('--types', () => {
  it('yields, for every subset of types, exactly the full run\'s mentions of those types', () => {
    const full = Pipeline.create();
    const expected = docs.map((doc) => full.process(doc, '2023').mentions);
    const checked = subsets(MENTION_TYPES);
    expect(checked).toHaveLength(127);
    for (const types of checked) {
      const pipeline = Pipeline.create({ types });
      docs.forEach((doc, i) => {
        const wanted = expected[i]!.filter((m) => types.includes(m.type));
        expect(pipeline.process(doc, '2023').mentions, types.join(',')).toEqual(wanted);
      });
    }
  }, 120_000);
});
