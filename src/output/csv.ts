import { stringify } from 'csv-stringify/sync';
import type { DocumentRecord, Mention } from '../model/mention';
import { neutralizeFormula } from './csv-formula';

// One CSV row per mention, for spreadsheets. Columns a type lacks stay empty.

export const CSV_COLUMNS = [
  'doc', 'type', 'text', 'value', 'value_max', 'unit', 'currency', 'approx',
  'name', 'path', 'level', 'code', 'start', 'end', 'sentence',
] as const;

/** UTF-8 byte order mark: lets Excel open Chinese CSV as UTF-8. */
export const UTF8_BOM = '\uFEFF';

export function csvHeader(): string {
  return stringify([[...CSV_COLUMNS]]);
}

export function csvRows(record: DocumentRecord): string {
  if (record.mentions.length === 0) return '';
  return stringify(record.mentions.map((mention) => csvRow(record.doc, mention)));
}

function csvRow(doc: string, mention: Mention): string[] {
  const fields = mention as unknown as Record<string, unknown>;
  return CSV_COLUMNS.map((column) => {
    const value = column === 'doc' ? doc : fields[column];
    return neutralizeFormula(column, value === undefined || value === null ? '' : String(value));
  });
}
