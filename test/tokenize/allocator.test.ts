import { describe, expect, it } from 'vitest';
import { tuneAllocatorForWorkers } from '../../src/parallel/allocator';
import { jiebaBindingName } from '../../src/tokenize/jieba';

/** glibc reports its version in the process report; musl and other C libraries do not. */
function onGlibc(): boolean {
  const header = (process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined)?.header;
  return typeof header?.glibcVersionRuntime === 'string';
}

describe('malloc tuning for runs with worker threads', () => {
  it('is applied through the lean binding on glibc, and is a no-op elsewhere', () => {
    const expected = onGlibc() && jiebaBindingName() === 'zhextract';
    expect(tuneAllocatorForWorkers()).toBe(expected);
  });
});
