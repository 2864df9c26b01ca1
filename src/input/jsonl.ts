import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as readline from 'node:readline';
import { describeError, STDIN_PATH } from './read';
import type { InputDocument, InputItem } from './types';
import { checkPublished } from './published';

// --input-jsonl: one article per line, {"doc": "...", "text": "...",
// "published": "YYYY-MM-DD"?}, as the map step of Hadoop Streaming, Spark's
// pipe() or GNU parallel feeds it. Lines are read one at a time; a bad line
// becomes a failure naming its line number and the run goes on.


export { isJsonLinesName } from './read';

/** Documents from JSON Lines files, or standard input for '-'. */
export async function* readJsonlInputs(paths: readonly string[]): AsyncGenerator<InputItem> {
  for (const given of paths) {
    if (given === STDIN_PATH) {
      yield* readJsonlStream(process.stdin, 'stdin');
      continue;
    }
    const file = fs.createReadStream(given);
    const problem = await untilOpen(file);
    if (problem !== undefined) yield { kind: 'failure', path: given, cause: problem };
    else yield* readJsonlStream(file, given);
  }
}

/** The records of one JSON Lines stream; `name` labels failures (`stdin:3`). */
export async function* readJsonlStream(stream: NodeJS.ReadableStream, name: string): AsyncGenerator<InputItem> {
  const lines = readline.createInterface({ input: stream, crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    yield parseJsonlLine(line, `${name}:${lineNumber}`);
  }
}

/** One line → a document, or a failure saying what is wrong with it. */
export function parseJsonlLine(line: string, where: string): InputItem {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { kind: 'failure', path: where, cause: `not valid JSON (${(error as Error).message})` };
  }
  const problem = recordProblem(value);
  if (problem) return { kind: 'failure', path: where, cause: problem };
  const record = value as { doc: string; text: string; published?: string; url?: string };
  const document: InputDocument = {
    kind: 'document',
    doc: record.doc,
    text: record.text,
    source: {
      path: where,
      bytes: Buffer.byteLength(record.text, 'utf8'),
      sha256: createHash('sha256').update(record.text, 'utf8').digest('hex'),
      encoding: 'utf-8',
    },
  };
  if (record.published !== undefined) document.published = record.published.slice(0, 10);
  if (record.url !== undefined) document.url = record.url;
  return document;
}

function recordProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'expected an object {"doc": ..., "text": ...}';
  const record = value as Record<string, unknown>;
  if (typeof record.doc !== 'string' || record.doc === '') return '"doc" must be a non-empty string';
  if (typeof record.text !== 'string') return '"text" must be a string';
  if (record.url !== undefined && typeof record.url !== 'string') return '"url" must be a string (the page\'s address)';
  if (record.published !== undefined) return checkPublished(record.published).problem;
  return undefined;
}

/** Resolves with undefined once the file is open, or with why it cannot be. */
function untilOpen(file: fs.ReadStream): Promise<string | undefined> {
  return new Promise((resolve) => {
    file.once('open', () => resolve(undefined));
    file.once('error', (error) => resolve(describeError(error)));
  });
}
