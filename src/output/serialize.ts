import type { DocumentRecord } from '../model/mention';
import { csvRows } from './csv';

// A record as the sinks write it: only the text forms the chosen output
// needs, made where the record was made. A worker thread sends these strings
// to the main thread instead of the record itself, which is cheaper for both
// than cloning the record's object graph, and leaves the main thread only
// writing.

/** compact: one-line JSON; pretty: indented JSON; csv: the CSV rows of its mentions. */
export type RecordForm = 'compact' | 'pretty' | 'csv';

export interface SerializedRecord {
  doc: string;
  /** The input's path, for messages about this record. */
  path: string;
  forms: Partial<Record<RecordForm, string>>;
}

export function serializeRecord(record: DocumentRecord, forms: readonly RecordForm[]): SerializedRecord {
  const made: SerializedRecord['forms'] = {};
  for (const form of forms) made[form] = render(record, form);
  return { doc: record.doc, path: record.source.path, forms: made };
}

function render(record: DocumentRecord, form: RecordForm): string {
  switch (form) {
    case 'compact':
      return JSON.stringify(record);
    case 'pretty':
      return JSON.stringify(record, null, 2);
    case 'csv':
      return csvRows(record);
  }
}

/** The form a sink asked for (a missing one is a bug in the wiring, not in the input). */
export function formOf(record: SerializedRecord, form: RecordForm): string {
  const text = record.forms[form];
  if (text === undefined) throw new Error(`internal: the ${form} form of ${record.doc} was not made`);
  return text;
}
