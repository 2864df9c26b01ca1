import type { DocumentRecord } from '../model/mention';
import { csvRows } from './csv';
import { factsCsvRows } from './facts-csv';

// A record as the sinks write it: only the text forms the chosen output
// needs, made where the record was made, as UTF-8 bytes. A worker thread
// hands these bytes over to the main thread (a transfer, not a copy) instead
// of the record itself, so the main thread only writes them. Sending the
// forms as strings instead, cloned on both sides, grew peak RSS with
// --jobs 2 by ~20 % from 1,000 to 10,000 articles.

/** compact: one-line JSON; pretty: indented JSON; csv: the CSV rows of its mentions; facts-csv: of its facts. */
export type RecordForm = 'compact' | 'pretty' | 'csv' | 'facts-csv';

export interface SerializedRecord {
  doc: string;
  /** The input's path, for messages about this record. */
  path: string;
  /** How many mentions the record holds (for the end-of-run summary). */
  mentions: number;
  forms: Partial<Record<RecordForm, Uint8Array>>;
}

const utf8 = new TextEncoder();

export function serializeRecord(record: DocumentRecord, forms: readonly RecordForm[]): SerializedRecord {
  const made: SerializedRecord['forms'] = {};
  // encode() gives each form a buffer of its own, so it can be transferred.
  for (const form of forms) made[form] = utf8.encode(render(record, form));
  return { doc: record.doc, path: record.source.path, mentions: record.mentions.length, forms: made };
}

/** The buffers of a record's forms, for postMessage's transfer list. */
export function formBuffers(record: SerializedRecord): ArrayBuffer[] {
  return Object.values(record.forms).map((bytes) => bytes.buffer as ArrayBuffer);
}

function render(record: DocumentRecord, form: RecordForm): string {
  switch (form) {
    case 'compact':
      return JSON.stringify(record);
    case 'pretty':
      return JSON.stringify(record, null, 2);
    case 'csv':
      return csvRows(record);
    case 'facts-csv':
      return factsCsvRows(record);
  }
}

/** The form a sink asked for (a missing one is a bug in the wiring, not in the input). */
export function formOf(record: SerializedRecord, form: RecordForm): Uint8Array {
  const bytes = record.forms[form];
  if (bytes === undefined) throw new Error(`internal: the ${form} form of ${record.doc} was not made`);
  return bytes;
}
