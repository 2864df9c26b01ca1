import * as path from 'node:path';
import type { DocumentRecord } from '../model/mention';
import { AtomicStream, writeFileAtomic } from './atomic-file';
import { UTF8_BOM, csvHeader, csvRows } from './csv';

// Where document records go: a stream (stdout) in one of three formats, or a
// folder with one <article>.json per document plus mentions.csv for all.
// Records arrive one at a time and are written at once, so memory stays flat.

export const OUTPUT_FORMATS = ['json', 'jsonl', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface RecordSink {
  write(record: DocumentRecord): void;
  /** Finishes the output (closes the JSON array, renames files into place). */
  close(): void;
}

export interface Writable {
  write(chunk: string): unknown;
}

export function streamSink(out: Writable, format: OutputFormat, bom: boolean): RecordSink {
  let count = 0;
  if (format === 'csv') out.write((bom ? UTF8_BOM : '') + csvHeader());
  return {
    write(record) {
      if (format === 'jsonl') out.write(`${JSON.stringify(record)}\n`);
      else if (format === 'csv') out.write(csvRows(record));
      else out.write(`${count === 0 ? '[\n' : ',\n'}${JSON.stringify(record, null, 2)}`);
      count++;
    },
    close() {
      if (format === 'json') out.write(count === 0 ? '[]\n' : '\n]\n');
    },
  };
}

/** --out DIR: <article>.json per document (atomically) and DIR/mentions.csv. */
export function folderSink(dir: string, bom: boolean): RecordSink {
  const csv = new AtomicStream(path.join(dir, 'mentions.csv'));
  const csvSink = streamSink(csv, 'csv', bom);
  // a/x.txt and b/x.txt given as files, or x.txt beside x.html, map to one x.json: never overwrite silently.
  const writtenBy = new Map<string, string>();
  return {
    write(record) {
      const file = recordFileFor(dir, record.doc);
      const earlier = writtenBy.get(file);
      if (earlier !== undefined) throw new Error(`not written: ${file} already holds the record of ${earlier}`);
      writtenBy.set(file, record.source.path);
      writeFileAtomic(file, `${JSON.stringify(record, null, 2)}\n`);
      csvSink.write(record);
    },
    close() {
      csvSink.close();
      csv.commit();
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
