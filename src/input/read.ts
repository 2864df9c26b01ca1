import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeBytes } from './decode';
import { extractHtmlText } from './html';
import type { InputDocument, InputItem } from './types';

// The input stage: files, folders (walked lazily, in sorted order) and stdin
// ('-') become decoded documents; anything unreadable becomes a named failure
// and the run goes on.

export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.html', '.htm'] as const;
const HTML_EXTENSIONS = new Set(['.html', '.htm']);
export const STDIN_PATH = '-';

export async function* readInputs(paths: readonly string[]): AsyncGenerator<InputItem> {
  for (const given of paths) {
    if (given === STDIN_PATH) {
      yield fromBytes({ doc: 'stdin', path: STDIN_PATH, bytes: await readStdin(), html: false });
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = await fs.promises.stat(given);
    } catch (error) {
      yield { kind: 'failure', path: given, cause: describeError(error) };
      continue;
    }
    if (stat.isDirectory()) yield* walkFolder(given, given);
    else yield await readArticle(given, path.basename(given));
  }
}

async function* walkFolder(root: string, folder: string): AsyncGenerator<InputItem> {
  let entries: fs.Dirent[];
  try {
    entries = await fs.promises.readdir(folder, { withFileTypes: true });
  } catch (error) {
    yield { kind: 'failure', path: folder, cause: describeError(error) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) yield* walkFolder(root, full);
    else if (isArticleFile(entry.name)) yield await readArticle(full, path.relative(root, full).split(path.sep).join('/'));
  }
}

export function isArticleFile(name: string): boolean {
  const lower = name.toLowerCase();
  return ARTICLE_EXTENSIONS.some((ext) => lower.endsWith(ext)) && !lower.endsWith('.meta.json');
}

async function readArticle(file: string, doc: string): Promise<InputItem> {
  let bytes: Buffer;
  try {
    bytes = await fs.promises.readFile(file);
  } catch (error) {
    return { kind: 'failure', path: file, cause: describeError(error) };
  }
  const item = fromBytes({ doc, path: file, bytes, html: HTML_EXTENSIONS.has(path.extname(file).toLowerCase()) });
  if (item.kind === 'document') {
    const published = await readSidecar(file);
    if (published) item.published = published;
  }
  return item;
}

interface RawInput {
  doc: string;
  path: string;
  bytes: Buffer;
  html: boolean;
}

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
    return { kind: 'failure', path: raw.path, cause: describeError(error) };
  }
}

const PUBLISHED_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** `published` from <article>.meta.json (or <article.ext>.meta.json) beside the file. */
async function readSidecar(file: string): Promise<string | undefined> {
  const base = file.slice(0, file.length - path.extname(file).length);
  for (const candidate of [`${base}.meta.json`, `${file}.meta.json`]) {
    let content: string;
    try {
      content = await fs.promises.readFile(candidate, 'utf8');
    } catch {
      continue;
    }
    const published = (JSON.parse(content) as { published?: unknown }).published;
    if (typeof published === 'string') {
      const date = published.slice(0, 10);
      if (PUBLISHED_DATE.test(date)) return date;
    }
  }
  return undefined;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
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
    default:
      return err.message ?? String(error);
  }
}
