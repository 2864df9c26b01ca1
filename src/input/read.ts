import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeBytes } from './decode';
import { extractHtmlText } from './html';
import { checkPublished } from './published';
import type { InputDocument, InputFailure, InputItem } from './types';

// The input stage: files, folders (walked lazily, in sorted order) and stdin
// ('-') become decoded documents; anything unreadable becomes a named failure
// and the run goes on.

export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.html', '.htm'] as const;
const HTML_EXTENSIONS = new Set(['.html', '.htm']);
export const STDIN_PATH = '-';

/**
 * No news article is this big; refusing early keeps memory bounded (the
 * pipeline holds several copies of a document's text and its offset maps).
 */
export const MAX_ARTICLE_BYTES = 16 * 1024 * 1024;

export async function* readInputs(paths: readonly string[]): AsyncGenerator<InputItem> {
  for (const given of paths) {
    if (given === STDIN_PATH) {
      yield await readStdinArticle();
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = await fs.promises.stat(given);
    } catch (error) {
      yield failure(given, describeError(error));
      continue;
    }
    if (stat.isDirectory()) yield* nonEmpty(given, walkFolder(given, given));
    else yield* readArticle(given, path.basename(given), { named: true });
  }
}

/** A folder that yields nothing (no article file in it or below) is an error, not a silent success. */
async function* nonEmpty(folder: string, items: AsyncGenerator<InputItem>): AsyncGenerator<InputItem> {
  let any = false;
  for await (const item of items) {
    any = true;
    yield item;
  }
  if (!any) yield failure(folder, `no article files in this folder (${ARTICLE_EXTENSIONS.join(' ')})`);
}

async function* walkFolder(root: string, folder: string): AsyncGenerator<InputItem> {
  let entries: fs.Dirent[];
  try {
    entries = await fs.promises.readdir(folder, { withFileTypes: true });
  } catch (error) {
    yield failure(folder, describeError(error));
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) yield* walkFolder(root, full);
    else if (isJsonLinesName(entry.name)) yield failure(full, FOLDER_JSON_LINES);
    else if (!isArticleFile(entry.name)) continue;
    // Symbolic links to files are read; sockets, FIFOs and devices named *.txt would block or make no sense.
    else if (entry.isFile() || entry.isSymbolicLink()) yield* readArticle(full, path.relative(root, full).split(path.sep).join('/'), { named: false });
    else yield failure(full, 'not a regular file (a FIFO, socket or device): skipped');
  }
}

/** A file whose name says JSON Lines (.jsonl, .ndjson) holds records, not article text. */
export function isJsonLinesName(given: string): boolean {
  return /\.(jsonl|ndjson)$/i.test(given);
}

// A crawl's JSON Lines among the articles holds many articles: skipping it
// silently would lose them, and reading it here would mix two kinds of input.
const FOLDER_JSON_LINES = 'a JSON Lines file inside a folder is not read with its articles: run it on its own (zhextract extract FILE.jsonl)';

export function isArticleFile(name: string): boolean {
  const lower = name.toLowerCase();
  return ARTICLE_EXTENSIONS.some((ext) => lower.endsWith(ext)) && !lower.endsWith('.meta.json');
}

export function isHtmlFile(file: string): boolean {
  return HTML_EXTENSIONS.has(path.extname(file).toLowerCase());
}

/**
 * The document, preceded by a failure when its sidecar is unreadable (the
 * document still goes on, undated). Files are read synchronously: an article
 * is read in tens of microseconds, while the chain of awaits of an
 * asynchronous read (open, stat, read, close, sidecar) left the pipeline
 * idle for about half a millisecond per document.
 */
function* readArticle(file: string, doc: string, how: { named: boolean }): Generator<InputItem> {
  let bytes: Buffer;
  try {
    bytes = readBounded(file, how.named);
  } catch (error) {
    yield failure(file, describeError(error));
    return;
  }
  const item = fromBytes({ doc, path: file, bytes, html: isHtmlFile(file) });
  if (item.kind === 'document') {
    const sidecar = readSidecar(file);
    if (sidecar.kind === 'failure') yield sidecar;
    else {
      if (sidecar.published) item.published = sidecar.published;
      if (sidecar.url) item.url = sidecar.url;
    }
  }
  yield item;
}

class TooLargeError extends Error {}

/**
 * Reads a file, refusing one larger than MAX_ARTICLE_BYTES before loading it.
 * A path named on the command line may be a pipe (<(…)) and is read like cat
 * reads it. A file found in a folder must be a regular file: it is opened
 * non-blocking, so a FIFO or device behind a link is refused at once instead
 * of blocking the run where Ctrl-C cannot reach it.
 */
function readBounded(file: string, named: boolean): Buffer {
  const fd = fs.openSync(file, named ? 'r' : fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  try {
    const stat = fs.fstatSync(fd);
    if (!named && !stat.isFile()) throw new Error('not a regular file (a FIFO, socket or device)');
    if (stat.isFile() && stat.size > MAX_ARTICLE_BYTES) throw new TooLargeError(tooLargeMessage(stat.size));
    return fs.readFileSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function tooLargeMessage(size: number): string {
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `too large for an article (${mb(size)}; the limit is ${mb(MAX_ARTICLE_BYTES)})`;
}

export interface RawInput {
  doc: string;
  path: string;
  bytes: Buffer;
  html: boolean;
}

/** Decodes one input's bytes (HTML pages to their article text); never throws. */
export function fromBytes(raw: RawInput): InputItem {
  try {
    const decoded = raw.html ? extractHtmlText(raw.bytes) : decodeBytes(raw.bytes);
    const document: InputDocument = {
      kind: 'document',
      doc: raw.doc,
      text: decoded.text,
      source: {
        path: raw.path,
        bytes: raw.bytes.length,
        sha256: createHash('sha256').update(raw.bytes).digest('hex'),
        encoding: decoded.encoding,
      },
    };
    return document;
  } catch (error) {
    return failure(raw.path, describeError(error));
  }
}

function failure(file: string, cause: string): InputFailure {
  return { kind: 'failure', path: file, cause };
}

type SidecarResult = { kind: 'sidecar'; published?: string; url?: string } | InputFailure;

/** No publication date needs more; a bigger "sidecar" is something else (a link to /dev/zero, say). */
const MAX_SIDECAR_BYTES = 64 * 1024;

/** `published` and `url` from <article>.meta.json (or <article.ext>.meta.json) beside the file. */
function readSidecar(file: string): SidecarResult {
  const base = file.slice(0, file.length - path.extname(file).length);
  for (const candidate of [`${base}.meta.json`, `${file}.meta.json`]) {
    if (!sidecarExists(candidate)) continue;
    const unusable = (what: string, detail: string): InputFailure =>
      failure(candidate, `sidecar ${what}, article processed without its date: ${detail}`);
    let content: string;
    try {
      content = readSidecarFile(candidate);
    } catch (error) {
      return error instanceof SidecarError ? unusable('refused', error.message) : unusable('unreadable', describeError(error));
    }
    let meta: unknown;
    try {
      meta = JSON.parse(content.replace(/^\uFEFF/, ''));
    } catch (error) {
      return unusable('is not valid JSON', (error as Error).message);
    }
    if (typeof meta !== 'object' || meta === null || Array.isArray(meta)) return unusable('is not usable', 'expected a JSON object {"published": "YYYY-MM-DD"}');
    const url = (meta as { url?: unknown }).url;
    if (url !== undefined && typeof url !== 'string') return unusable('is not usable', '"url" must be a string (the page\'s address)');
    const withUrl = url === undefined ? {} : { url };
    if (!('published' in meta)) return { kind: 'sidecar', ...withUrl };
    const published = checkPublished((meta as { published: unknown }).published);
    return published.date ? { kind: 'sidecar', published: published.date, ...withUrl } : unusable('is not usable', published.problem!);
  }
  return { kind: 'sidecar' };
}

class SidecarError extends Error {}

/** Errors that mean there is no such sidecar (an article whose name is already near the length limit has none). */
const NO_SUCH_SIDECAR = new Set(['ENOTDIR', 'ENAMETOOLONG']);

/** Most articles have no sidecar: ask without building an ENOENT error for each. A name too long to exist names none. */
function sidecarExists(candidate: string): boolean {
  try {
    return fs.statSync(candidate, { throwIfNoEntry: false }) !== undefined;
  } catch (error) {
    return !NO_SUCH_SIDECAR.has((error as NodeJS.ErrnoException).code ?? ''); // a link loop is read, and reported
  }
}

/** Opened non-blocking and checked before reading: a FIFO would block the run, a device never end. */
function readSidecarFile(file: string): string {
  const fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new SidecarError('not a regular file (a FIFO, socket or device)');
    if (stat.size > MAX_SIDECAR_BYTES) throw new SidecarError(`too large (${stat.size} bytes; a sidecar holds a date)`);
    return fs.readFileSync(fd, 'utf8');
  } finally {
    fs.closeSync(fd);
  }
}

async function readStdinArticle(): Promise<InputItem> {
  let bytes: Buffer;
  try {
    bytes = await readStdin();
  } catch (error) {
    return failure(STDIN_PATH, describeError(error));
  }
  return fromBytes({ doc: 'stdin', path: STDIN_PATH, bytes, html: looksLikeHtml(bytes) });
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > MAX_ARTICLE_BYTES) throw new TooLargeError(tooLargeMessage(size));
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Standard input has no file name: a page that starts like HTML is read as HTML. */
export function looksLikeHtml(bytes: Buffer): boolean {
  const start = bytes.subarray(0, 512).toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart().toLowerCase();
  return start.startsWith('<!doctype html') || start.startsWith('<html');
}

export function describeError(error: unknown): string {
  const err = error as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'not a directory (a part of the path is a file)';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ENAMETOOLONG':
      return 'file name too long';
    case 'EIO':
      return 'input/output error';
    default:
      return err.message ?? String(error);
  }
}
