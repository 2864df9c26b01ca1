import { describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../src/model/mention';
import { csvRows } from '../../src/output/csv';
import { formOf, serializeRecord } from '../../src/output/serialize';
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

describe('serializeRecord', () => {
  it('makes only the forms asked for, each as the sinks write it', () => {
    const both = serializeRecord(record, ['pretty', 'csv']);
    expect(both.doc).toBe('a/b.txt');
    expect(both.path).toBe('in/a/b.txt');
    expect(JSON.parse(both.forms.pretty!)).toEqual(record);
    expect(both.forms.pretty).toContain('\n  "doc": "a/b.txt"');
    expect(both.forms.csv).toBe(csvRows(record));
    expect(both.forms.compact).toBeUndefined();
    const compact = serializeRecord(record, ['compact']);
    expect(compact.forms.compact).toBe(JSON.stringify(record));
  });

  it('reports a form that was not made as an internal error naming the document', () => {
    expect(() => formOf(serializeRecord(record, ['csv']), 'compact')).toThrow(/compact form of a\/b\.txt/);
  });

  it('asks for the forms each output writes', () => {
    expect(outputForms(undefined, 'jsonl')).toEqual(['compact']);
    expect(outputForms(undefined, 'json')).toEqual(['pretty']);
    expect(outputForms(undefined, 'csv')).toEqual(['csv']);
    expect(outputForms('out', 'jsonl')).toEqual(['pretty', 'csv']);
  });
});
