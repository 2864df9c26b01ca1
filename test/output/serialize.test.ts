import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../src/model/mention';
import { csvRows } from '../../src/output/csv';
import { formBuffers, formOf, serializeRecord } from '../../src/output/serialize';
import { outputForms } from '../../src/output/sinks';

const record: DocumentRecord = {
  schemaVersion: 1,
  doc: 'a/b.txt',
  source: { path: 'in/a/b.txt', bytes: 30, sha256: '0'.repeat(64), encoding: 'utf-8' },
  referenceDate: null,
  referenceDateSource: null,
  title: '投资1.32亿元',
  cleaning: { boilerplateLines: 0, duplicateParagraphs: 0, joinedBreaks: 0, normalizedCharacters: 0, markupMarks: 0 },
  mentions: [
    {
      type: 'money', text: '1.32亿元', value: 132000000, currency: 'CNY', approx: 'exact',
      rule: 'money.amount', start: 2, end: 9, sentence: '投资1.32亿元',
    },
  ],
} as DocumentRecord;

const text = (bytes: Uint8Array | undefined) => Buffer.from(bytes!).toString('utf8');

describe('serializeRecord', () => {
  it('makes only the forms asked for, each as the sinks write it', () => {
    const both = serializeRecord(record, ['pretty', 'csv']);
    expect(both.doc).toBe('a/b.txt');
    expect(both.path).toBe('in/a/b.txt');
    expect(JSON.parse(text(both.forms.pretty))).toEqual(record);
    expect(text(both.forms.pretty)).toContain('\n  "doc": "a/b.txt"');
    expect(text(both.forms.csv)).toBe(csvRows(record));
    expect(both.forms.compact).toBeUndefined();
    const compact = serializeRecord(record, ['compact']);
    expect(text(compact.forms.compact)).toBe(JSON.stringify(record));
  });

  it('gives each form a buffer of its own, which a worker can transfer without touching any other', () => {
    const both = serializeRecord(record, ['pretty', 'csv']);
    const buffers = formBuffers(both);
    expect(buffers).toHaveLength(2);
    expect(buffers[0]).not.toBe(buffers[1]);
    for (const bytes of Object.values(both.forms)) expect(bytes.byteLength).toBe(bytes.buffer.byteLength);
    const { port1, port2 } = new MessageChannel();
    port1.postMessage(both, buffers); // detaches this record's buffers only
    expect(both.forms.pretty!.byteLength).toBe(0);
    expect(text(serializeRecord(record, ['compact']).forms.compact)).toBe(JSON.stringify(record));
    port1.close();
    port2.close();
  });

  it('reports a form that was not made as an internal error naming the document', () => {
    expect(() => formOf(serializeRecord(record, ['csv']), 'compact')).toThrow(/compact form of a\/b\.txt/);
  });

  it('asks for the forms each output writes', () => {
    expect(outputForms(undefined, 'jsonl')).toEqual(['compact']);
    expect(outputForms(undefined, 'json')).toEqual(['pretty']);
    expect(outputForms(undefined, 'csv')).toEqual(['csv']);
    expect(outputForms('out', 'jsonl')).toEqual(['pretty', 'csv', 'facts-csv']);
  });
});
