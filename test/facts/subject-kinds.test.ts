import { describe, expect, it } from 'vitest';
import { Pipeline } from '../../src/pipeline/process';
import type { Fact } from '../../src/facts/schema';

// Kinds of language from county aid reports (GUIDELINES, facts), in invented
// sentences: which place an article is about, who gives in a partnership,
// and which places of a list belong to an amount.

const pipeline = Pipeline.create();

function factsOf(text: string, referenceDate = '2023'): Fact[] {
  const record = pipeline.process(
    { kind: 'document', doc: 't.txt', text, source: { path: 't.txt', bytes: 0, sha256: '0'.repeat(64), encoding: 'utf-8' } },
    referenceDate,
  );
  return record.facts ?? [];
}

const paths = (fact: Fact | undefined) => fact?.where.map((place) => place.path);

describe('the place an article is about', () => {
  it('a county opening the headline is the subject even where its towns are named more often', () => {
    const facts = factsOf('勐海县对口帮扶工作成效显著\n勐海县积极与上海市沟通协调，勐混镇新建产业园，勐混镇建设冷库，勐遮镇修建道路。\n两个项目共投入援建资金500万元。');
    expect(paths(facts[0])).toEqual(['云南省/西双版纳傣族自治州/勐海县']);
  });
});
