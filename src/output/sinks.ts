import * as path from 'node:path';
import { AtomicStream, writeFileAtomic } from './atomic-file';
import { UTF8_BOM, csvHeader } from './csv';
import { factsCsvHeader } from './facts-csv';
import { formOf, type RecordForm, type SerializedRecord } from './serialize';

// Where document records go: a stream (stdout) in one of three formats, or a
// folder with one <article>.json per document plus mentions.csv for all.
// Records arrive one at a time and are written at once, so memory stays flat.

export const OUTPUT_FORMATS = ['json', 'jsonl', 'csv', 'facts-csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface RecordSink {
  write(record: SerializedRecord): void;
  /** Finishes the output (closes the JSON array, renames files into place). */
  close(): void;
}

export interface Writable {
  write(chunk: string | Uint8Array): unknown;
}

const NEWLINE = Buffer.from('\n');
const FORM_OF_FORMAT: Record<OutputFormat, RecordForm> = { json: 'pretty', jsonl: 'compact', csv: 'csv', 'facts-csv': 'facts-csv' };
const FOLDER_FORMS: readonly RecordForm[] = ['pretty', 'csv', 'facts-csv'];

/** The forms of each record an output writes: --out DIR indented JSON files and CSV rows, a stream its format's. */
export function outputForms(out: string | undefined, format: OutputFormat): readonly RecordForm[] {
  return out ? FOLDER_FORMS : [FORM_OF_FORMAT[format]];
}

export function streamSink(out: Writable, format: OutputFormat, bom: boolean): RecordSink {
  let count = 0;
  const form = FORM_OF_FORMAT[format];
  if (format === 'csv') out.write((bom ? UTF8_BOM : '') + csvHeader());
  if (format === 'facts-csv') out.write((bom ? UTF8_BOM : '') + factsCsvHeader());
  return {
    write(record) {
      const bytes = formOf(record, form);
      if (format === 'json') out.write(count === 0 ? '[\n' : ',\n');
      out.write(bytes);
      if (format === 'jsonl') out.write('\n');
      count++;
    },
    close() {
      if (format === 'json') out.write(count === 0 ? '[]\n' : '\n]\n');
    },
  };
}

/** --out DIR: <article>.json per document (atomically), DIR/mentions.csv and DIR/facts.csv. */
export function folderSink(dir: string, bom: boolean): RecordSink {
  const csv = new AtomicStream(path.join(dir, 'mentions.csv'));
  const csvSink = streamSink(csv, 'csv', bom);
  const factsCsv = new AtomicStream(path.join(dir, 'facts.csv'));
  const factsSink = streamSink(factsCsv, 'facts-csv', bom);
  // a/x.txt and b/x.txt given as files, or x.txt beside x.html, map to one x.json: never overwrite silently.
  const writtenBy = new Map<string, string>();
  return {
    write(record) {
      const file = recordFileFor(dir, record.doc);
      const earlier = writtenBy.get(file);
      if (earlier !== undefined) throw new Error(`not written: ${file} already holds the record of ${earlier}`);
      writtenBy.set(file, record.path);
      writeFileAtomic(file, Buffer.concat([formOf(record, 'pretty'), NEWLINE]));
      csvSink.write(record);
      factsSink.write(record);
    },
    close() {
      csvSink.close();
      csv.commit();
      factsSink.close();
      factsCsv.commit();
    },
  };
}

/**
 * out/<doc without its extension>.json, kept inside `dir` whatever the doc
 * path: `..`, `.` and empty segments (from --input-jsonl names, say) are dropped.
 */
export function recordFileFor(dir: string, doc: string): string {
  const segments = doc.split(/[\\/]+/).filter((s) => s !== '' && s !== '.' && s !== '..');
  const safe = segments.join('/') || 'stdin';
  const withoutExt = safe.slice(0, safe.length - path.extname(safe).length) || safe;
  return path.join(dir, `${withoutExt}.json`);
}
