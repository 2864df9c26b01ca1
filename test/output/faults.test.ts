import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../src/model/mention';
import { fileIo, OWNER_TOKEN } from '../../src/output/atomic-file';
import { neutralizeFormula } from '../../src/output/csv-formula';
import { LOCK_NAME, LOCK_STALE_MS, OutputFolder, OutputFolderError } from '../../src/output/out-folder';
import { serializeRecord } from '../../src/output/serialize';
import { OutputError, folderSink, recordFileFor } from '../../src/output/sinks';
import { escapeForTerminal } from '../../src/cli/exit';
import { tempDir } from '../helpers/temp';

// Faults of the output stage, injected: a disk that fills up, a lock held by
// a run in another PID namespace, a dead run's lock and temporaries.

function record(doc: string, sentence = '投资1亿元。'): DocumentRecord {
  return {
    schemaVersion: 1,
    doc,
    source: { path: doc, bytes: 10, sha256: '0'.repeat(64), encoding: 'utf-8' },
    referenceDate: null,
    referenceDateSource: null,
    title: '',
    cleaning: { boilerplateLines: 0, duplicateParagraphs: 0, joinedBreaks: 0, normalizedCharacters: 0, markupMarks: 0 },
    mentions: [{ type: 'money', text: '1亿元', value: 1e8, currency: 'CNY', approx: 'exact', rule: 'money.amount', start: 2, end: 5, sentence }],
  } as DocumentRecord;
}
const serialized = (doc: string) => serializeRecord(record(doc), ['pretty', 'csv', 'facts-csv']);

const realWriteSync = fileIo.writeSync;
afterEach(() => {
  fileIo.writeSync = realWriteSync;
});

/** From now on, every write fails once `budget` more bytes have been written, as on a full disk. */
function diskFullAfter(budget: number): void {
  let left = budget;
  fileIo.writeSync = ((fd: number, buffer: Uint8Array, offset: number, length: number) => {
    if (left <= 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    const n = Math.min(length, left);
    left -= n;
    return realWriteSync(fd, buffer, offset, n);
  }) as typeof fs.writeSync;
}

describe('a full disk under --out', () => {
  it('stops with a named OutputError, commits no cut mentions.csv and leaves no record of the failed document', () => {
    const out = tempDir('faults');
    fs.writeFileSync(path.join(out, 'mentions.csv'), 'old complete csv\n');
    const sink = folderSink(out, false);
    sink.write(serialized('a.txt'));
    diskFullAfter(700); // the next record file fits, its CSV row does not
    let error: unknown;
    try {
      sink.write(serialized('b.txt'));
      sink.write(serialized('c.txt'));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(OutputError);
    expect((error as Error).message).toMatch(/no space left on device$/);
    sink.abort();
    expect(fs.readFileSync(path.join(out, 'mentions.csv'), 'utf8')).toBe('old complete csv\n');
    expect(fs.readdirSync(out).sort()).toEqual(['a.json', 'mentions.csv']); // facts.csv: never committed either
  });
});

describe('the output folder lock (owner token, not PID)', () => {
  it('refuses a folder whose lock another live run holds, whatever its PID', () => {
    const out = tempDir('faults');
    fs.writeFileSync(path.join(out, LOCK_NAME), '{"token":"0123456789ab","pid":1}\n');
    fs.writeFileSync(path.join(out, '.mentions.csv.000.0123456789ab.tmp'), 'a live run’s temporary');
    expect(() => OutputFolder.open(out)).toThrow(OutputFolderError);
    expect(fs.existsSync(path.join(out, '.mentions.csv.000.0123456789ab.tmp'))).toBe(true);
  });

  it('takes over a lock its owner stopped refreshing, and removes that run’s temporaries', () => {
    const out = tempDir('faults');
    const lock = path.join(out, LOCK_NAME);
    fs.writeFileSync(lock, '{"token":"0123456789ab","pid":1}\n');
    const old = new Date(Date.now() - LOCK_STALE_MS - 1000);
    fs.utimesSync(lock, old, old);
    fs.writeFileSync(path.join(out, '.a.json.000.0123456789ab.tmp'), 'dead');
    const folder = OutputFolder.open(out);
    expect(fs.readFileSync(lock, 'utf8')).toContain(OWNER_TOKEN);
    expect(fs.readdirSync(out)).toEqual([LOCK_NAME]);
    folder.release();
    expect(fs.readdirSync(out)).toEqual([]);
  });
});

describe('names and cells', () => {
  it('keeps a record of a folder named mentions.csv out of mentions.csv’s way', () => {
    expect(recordFileFor('/o', 'mentions.csv/a.txt')).toBe(path.join('/o', 'mentions.csv_', 'a.json'));
    expect(recordFileFor('/o', 'mentions.csv')).toBe(path.join('/o', 'mentions.json'));
  });

  it('neutralizes formula starts in text cells only (OWASP)', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(neutralizeFormula('sentence', `${start}1+1`)).toBe(`'${start}1+1`);
    expect(neutralizeFormula('value', '-3.5')).toBe('-3.5');
    expect(neutralizeFormula('text', '投资1亿元')).toBe('投资1亿元');
  });

  it('escapes control characters for stderr', () => {
    expect(escapeForTerminal('a\nb\x1b[31mc\u2028d\x07')).toBe('a\\nb\\e[31mc\\u2028d\\x07');
  });
});
