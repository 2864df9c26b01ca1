import { Pipeline } from '../../src/pipeline/process';
import type { Fact } from '../../src/facts/schema';

// The facts of an invented text through the whole pipeline, shared by the tests of linking kinds.

const pipeline = Pipeline.create();

export function factsOf(text: string, referenceDate = '2023'): Fact[] {
  const record = pipeline.process(
    { kind: 'document', doc: 't.txt', text, source: { path: 't.txt', bytes: 0, sha256: '0'.repeat(64), encoding: 'utf-8' } },
    referenceDate,
  );
  return record.facts ?? [];
}
