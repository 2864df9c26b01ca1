import * as fs from 'node:fs';
import * as path from 'node:path';
import { AtomicStream, writeFileAtomic } from './atomic-file';
import { UTF8_BOM, csvHeader } from './csv';
import { factsCsvHeader } from './facts-csv';
import { LOCK_NAME, OutputFolder } from './out-folder';
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
  /** Gives up after a fatal error: no partial file is left. */
  abort(): void;
}

export interface Writable {
  write(chunk: string | Uint8Array): unknown;
}

/**
 * The output itself cannot be written (a full disk, an I/O error): the run
 * stops instead of committing a cut file or reporting every later document.
 */
export class OutputError extends Error {}

/** Error codes after which no later write can succeed either. */
const FATAL_WRITE_CODES = new Set(['ENOSPC', 'EDQUOT', 'EIO', 'EROFS', 'EFBIG']);

const FATAL_CAUSES: Record<string, string> = {
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EIO: 'input/output error',
  EROFS: 'read-only file system',
  EFBIG: 'file too large',
};

/** Runs a write; a fatal error becomes an OutputError naming `where`. */
export function guardWrite<T>(where: string, write: () => T): T {
  try {
    return write();
  } catch (error) {
    throw asOutputError(where, error) ?? error;
  }
}

export function asOutputError(where: string, error: unknown): OutputError | undefined {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return FATAL_WRITE_CODES.has(code) ? new OutputError(`${where}: ${FATAL_CAUSES[code]}`) : undefined;
}

const NEWLINE = Buffer.from('\n');
const FORM_OF_FORMAT: Record<OutputFormat, RecordForm> = { json: 'pretty', jsonl: 'compact', csv: 'csv', 'facts-csv': 'facts-csv' };
const FOLDER_FORMS: readonly RecordForm[] = ['pretty', 'csv', 'facts-csv'];

/** The forms of each record an output writes: --out DIR indented JSON files and CSV rows, a stream its format's. */
export function outputForms(out: string | undefined, format: OutputFormat): readonly RecordForm[] {
  return out ? FOLDER_FORMS : [FORM_OF_FORMAT[format]];
}

export function streamSink(out: Writable, format: OutputFormat, bom: boolean, name = 'standard output'): RecordSink {
  let count = 0;
  const form = FORM_OF_FORMAT[format];
  const put = (chunk: string | Uint8Array) => guardWrite(name, () => out.write(chunk));
  if (format === 'csv') put((bom ? UTF8_BOM : '') + csvHeader());
  if (format === 'facts-csv') put((bom ? UTF8_BOM : '') + factsCsvHeader());
  return {
    write(record) {
      const bytes = formOf(record, form);
      if (format === 'json') put(count === 0 ? '[\n' : ',\n');
      put(bytes);
      if (format === 'jsonl') put('\n');
      count++;
    },
    close() {
      if (format === 'json') put(count === 0 ? '[]\n' : '\n]\n');
    },
    abort() {},
  };
}

export const CSV_NAME = 'mentions.csv';
export const FACTS_CSV_NAME = 'facts.csv';
/** The record files of the last complete run into the folder, one relative path a line. */
export const MANIFEST_NAME = '.zhextract-records';

/** --out DIR: <article>.json per document (atomically), DIR/mentions.csv and DIR/facts.csv. */
export function folderSink(dir: string, bom: boolean, report: (message: string) => void = () => {}): RecordSink {
  const folder = OutputFolder.open(dir);
  const csvPath = path.join(dir, CSV_NAME);
  const csv = guardWrite(csvPath, () => new AtomicStream(csvPath));
  const csvSink = streamSink(csv, 'csv', bom, csvPath);
  const factsPath = path.join(dir, FACTS_CSV_NAME);
  const factsCsv = guardWrite(factsPath, () => new AtomicStream(factsPath));
  const factsSink = streamSink(factsCsv, 'facts-csv', bom, factsPath);
  // a/x.txt and b/x.txt given as files, or x.txt beside x.html, map to one x.json: never overwrite silently.
  const writtenBy = new Map<string, string>();
  const finish = (done: () => void) => {
    try {
      done();
    } finally {
      folder.release();
    }
  };
  return {
    write(record) {
      const file = recordFileFor(dir, record.doc);
      const earlier = writtenBy.get(file);
      if (earlier !== undefined) throw new Error(`not written: ${file} already holds the record of ${earlier}`);
      guardWrite(file, () => writeFileAtomic(path.join(folder.folderFor(file), path.basename(file)), Buffer.concat([formOf(record, 'pretty'), NEWLINE])));
      writtenBy.set(file, record.path);
      try {
        csvSink.write(record);
        factsSink.write(record);
      } catch (error) {
        fs.rmSync(file, { force: true }); // no record file for a document the CSV lacks
        throw error;
      }
    },
    close() {
      finish(() => {
        csvSink.close();
        factsSink.close();
        guardWrite(csvPath, () => csv.commit());
        guardWrite(factsPath, () => factsCsv.commit());
        removeEarlierRecords(dir, writtenBy, report);
      });
    },
    abort() {
      finish(() => {
        csv.abort();
        factsCsv.abort();
      });
    },
  };
}

/**
 * A reused --out: record files the previous run wrote and this one did not
 * (its inputs changed) would sit beside a CSV that lacks them. They are
 * removed, and the manifest is replaced by this run's.
 */
function removeEarlierRecords(dir: string, written: ReadonlyMap<string, string>, report: (message: string) => void): void {
  const manifest = path.join(dir, MANIFEST_NAME);
  let earlier: string[] = [];
  try {
    earlier = fs.readFileSync(manifest, 'utf8').split('\n').filter(Boolean);
  } catch {
    // a first run into this folder
  }
  const now = [...written.keys()].map((file) => path.relative(dir, file));
  const current = new Set(now);
  let removed = 0;
  for (const relative of earlier) {
    const file = path.join(dir, relative);
    if (current.has(relative) || path.relative(dir, file).startsWith('..') || !fs.existsSync(file)) continue;
    fs.rmSync(file, { force: true });
    removed++;
  }
  if (removed > 0) report(`${dir}: removed ${removed} record file(s) of an earlier run that this run's inputs no longer produce`);
  guardWrite(manifest, () => writeFileAtomic(manifest, now.length > 0 ? `${now.join('\n')}\n` : ''));
}

/**
 * out/<doc without its extension>.json, kept inside `dir` whatever the doc
 * path: `..`, `.` and empty segments (from --input-jsonl names, say) are
 * dropped, and a first segment that would take mentions.csv's (or the
 * lock's) place gets a `_` added.
 */
export function recordFileFor(dir: string, doc: string): string {
  const segments = doc.split(/[\\/]+/).filter((s) => s !== '' && s !== '.' && s !== '..');
  if (segments.length > 1 && RESERVED_NAMES.has(segments[0]!.toLowerCase())) segments[0] = `${segments[0]}_`;
  const safe = segments.join('/') || 'stdin';
  const withoutExt = safe.slice(0, safe.length - path.extname(safe).length) || safe;
  return path.join(dir, `${withoutExt}.json`);
}

const RESERVED_NAMES = new Set([CSV_NAME, FACTS_CSV_NAME, MANIFEST_NAME, LOCK_NAME]);
