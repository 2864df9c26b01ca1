import { stringify } from 'csv-stringify/sync';
import type { DocumentRecord, Mention } from '../model/mention';
import { TYPE_DESCRIPTORS, type TypeDescriptor } from '../model/types/index';
import { neutralizeFormula } from './csv-formula';

// One CSV row per mention, for spreadsheets: the document's columns, then the
// mention's, the types' own fields in descriptor order (a column a type lacks
// stays empty), then where it was found.

const DOCUMENT_COLUMNS = ['doc', 'title', 'referenceDate'] as const;
const LEADING_MENTION_COLUMNS = ['type', 'text'] as const;
const TRAILING_MENTION_COLUMNS = ['rule', 'start', 'end', 'sentence'] as const;

/** The CSV header for mentions of the given types. */
export function csvColumns(descriptors: readonly TypeDescriptor[] = TYPE_DESCRIPTORS): string[] {
  const own = new Set<string>();
  for (const descriptor of descriptors) for (const field of descriptor.csv) own.add(field);
  return [...DOCUMENT_COLUMNS, ...LEADING_MENTION_COLUMNS, ...own, ...TRAILING_MENTION_COLUMNS];
}

export const CSV_COLUMNS: readonly string[] = csvColumns();
const FROM_DOCUMENT: readonly boolean[] = CSV_COLUMNS.map((column) => (DOCUMENT_COLUMNS as readonly string[]).includes(column));

/** UTF-8 byte order mark: lets Excel open Chinese CSV as UTF-8. */
export const UTF8_BOM = '\uFEFF';

export function csvHeader(): string {
  return stringify([[...CSV_COLUMNS]]);
}

export function csvRows(record: DocumentRecord): string {
  if (record.mentions.length === 0) return '';
  const documentFields: Record<string, unknown> = { doc: record.doc, title: shortTitle(record.title), referenceDate: record.referenceDate };
  return stringify(record.mentions.map((mention) => csvRow(documentFields, mention)));
}

/** A title is repeated on every row of its document: a page with no line breaks would repeat its whole text. */
const TITLE_CELL_MAX = 200;

function csvRow(documentFields: Record<string, unknown>, mention: Mention): string[] {
  const fields = mention as unknown as Record<string, unknown>;
  return CSV_COLUMNS.map((column, i) => neutralizeFormula(column, cell(FROM_DOCUMENT[i] ? documentFields[column] : fields[column])));
}

function shortTitle(title: string): string {
  return title.length <= TITLE_CELL_MAX ? title : `${title.slice(0, TITLE_CELL_MAX - 1)}…`;
}

function cell(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}
