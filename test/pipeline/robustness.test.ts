import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InputDocument } from '../../src/input/types';
import { recordFileFor } from '../../src/output/sinks';
import { Pipeline } from '../../src/pipeline/process';
import { isCalendarDate } from '../../src/util/dates';
import { runCli } from '../helpers/cli';

function document(text: string): InputDocument {
  return { kind: 'document', doc: 'x.txt', text, source: { path: 'x.txt', bytes: text.length, sha256: 'a'.repeat(64), encoding: 'utf-8' } };
}

describe('the pipeline on hostile input', () => {
  it('handles a document with more than 100,000 mentions without overflowing the stack', () => {
    const pipeline = Pipeline.create({ types: ['count'], referenceDate: '2020' });
    const record = pipeline.process(document('5个，'.repeat(120_000)));
    expect(record.mentions).toHaveLength(120_000);
  });

  it('infers a reference date from a text stating 150,000 years', () => {
    const pipeline = Pipeline.create({ types: ['money'] });
    expect(pipeline.process(document('2020年，'.repeat(150_000))).referenceDate).toBe('2020');
  });

  it('drops a mention whose number overflows, keeping the rest of the document', () => {
    const pipeline = Pipeline.create({ types: ['money'] });
    const record = pipeline.process(document(`投资3${'0'.repeat(400)}万元，另投资5万元。`));
    expect(record.mentions.map((m) => m.text)).toEqual(['5万元']);
  });
});

describe('output file names', () => {
  it('keeps every record file inside the output folder, whatever the document name', () => {
    const out = path.resolve('/tmp/out');
    for (const doc of ['a/../../esc/pwned.txt', '../../etc/x.txt', '/abs/y.txt', 'sub/./z.txt']) {
      expect(recordFileFor(out, doc).startsWith(out + path.sep)).toBe(true);
    }
    expect(recordFileFor(out, 'sub/a.txt')).toBe(path.join(out, 'sub/a.json'));
  });
});

describe('dates given by the user', () => {
  it('accepts real dates only', () => {
    expect(['2023', '2023-09', '2024-02-29'].map(isCalendarDate)).toEqual([true, true, true]);
    expect(['2023-13', '2023-02-30', '2023-9-1', '23'].map(isCalendarDate)).toEqual([false, false, false, false]);
  });

  it('rejects --reference-date 2023-13-45 and --jobs beyond four per core as usage errors', () => {
    expect(runCli(['extract', '-', '--reference-date', '2023-13-45'], { input: '' }).status).toBe(2);
    expect(runCli(['extract', '-', '--jobs', '100000'], { input: '' }).status).toBe(2);
  });
});
