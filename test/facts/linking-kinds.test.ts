import { describe, expect, it } from 'vitest';
import { Pipeline } from '../../src/pipeline/process';
import type { Fact } from '../../src/facts/schema';

// More kinds of language the fact linker reads (GUIDELINES, facts), in
// invented sentences: dates that govern amounts across clauses and sentences,
// and givers that are organisations without the usual endings.

const pipeline = Pipeline.create();

function factsOf(text: string, referenceDate = '2023'): Fact[] {
  const record = pipeline.process(
    { kind: 'document', doc: 't.txt', text, source: { path: 't.txt', bytes: 0, sha256: '0'.repeat(64), encoding: 'utf-8' } },
    referenceDate,
  );
  return record.facts ?? [];
}

describe('dates across clauses and sentences', () => {
  it('a period clause after the spaces and markup a paragraph opens with still dates a cumulative', () => {
    const facts = factsOf('标题\n<p>　　“十四五”期间，全省新建学校30所，累计投入资金50亿元。</p>');
    expect(facts.map((f) => f.when)).toEqual(['2021/2025']);
  });
});
