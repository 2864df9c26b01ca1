import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fromBytes, isHtmlFile, MAX_ARTICLE_BYTES } from './input/read';
import { checkPublished } from './input/published';
import type { InputDocument } from './input/types';
import type { DocumentRecord, Mention, MentionType } from './model/mention';
import { Pipeline } from './pipeline/process';
import { checkUserRules } from './cli/rule-guard';

// zhextract as a library: the same pipeline as `zhextract extract`, called
// from code. Rules, jieba and the gazetteer are loaded on the first call and
// kept for later calls with the same options.
//
//   const { extract } = require('zhextract');
//   extract('2020年投资1亿元').mentions  // [{ type: 'date', … }, { type: 'money', value: 100000000, … }]

export type { DocumentRecord, Mention, MentionType } from './model/mention';
export { OUTPUT_SCHEMA as schema, validateRecord } from './model/schema';

export interface ExtractOptions {
  /** Only these mention types (default: all). */
  types?: readonly MentionType[];
  /** The publication date YYYY[-MM[-DD]] for 今年/当年/month-day dates (default: inferred from the text). */
  referenceDate?: string;
  /** A folder of rule files merged over the built-in rules/. */
  rules?: string;
  /** The document's name in the record (default: "text"). */
  doc?: string;
  /** Read `text` as an HTML page (offsets then point into its article text). */
  html?: boolean;
}

const pipelines = new Map<string, Pipeline>();

function pipelineFor(options: ExtractOptions): Pipeline {
  const key = JSON.stringify([options.types ?? null, options.rules ?? null]);
  let pipeline = pipelines.get(key);
  if (!pipeline) {
    checkUserRules(options.rules, options.types);
    pipeline = Pipeline.create({ types: options.types, rulesDir: options.rules });
    pipelines.set(key, pipeline);
  }
  return pipeline;
}

function checkedReferenceDate(options: ExtractOptions): string | undefined {
  if (options.referenceDate === undefined) return undefined;
  const checked = checkPublished(options.referenceDate);
  if (!checked.date || checked.date !== options.referenceDate) throw new TypeError(`referenceDate: ${checked.problem ?? 'expected YYYY[-MM[-DD]]'}`);
  return checked.date;
}

/** The document record of one article given as a string: its mentions, reference date, title and cleaning counts. */
export function extract(text: string, options: ExtractOptions = {}): DocumentRecord {
  if (typeof text !== 'string') throw new TypeError('extract(text): text must be a string');
  const referenceDate = checkedReferenceDate(options);
  const doc = options.doc ?? 'text';
  const input = options.html
    ? fromBytes({ doc, path: doc, bytes: Buffer.from(text, 'utf8'), html: true })
    : textDocument(doc, text);
  if (input.kind === 'failure') throw new Error(`${doc}: ${input.cause}`);
  return pipelineFor(options).process(input, referenceDate);
}

function textDocument(doc: string, text: string): InputDocument {
  return {
    kind: 'document',
    doc,
    text,
    source: { path: doc, bytes: Buffer.byteLength(text, 'utf8'), sha256: createHash('sha256').update(text, 'utf8').digest('hex'), encoding: 'utf-8' },
  };
}

/** The document record of an article file (.txt, .md, .html, .htm; any encoding `zhextract extract` reads). */
export async function extractFile(file: string, options: ExtractOptions = {}): Promise<DocumentRecord> {
  const referenceDate = checkedReferenceDate(options);
  const stat = await fs.promises.stat(file);
  if (!stat.isFile()) throw new Error(`${file}: not a regular file`);
  if (stat.size > MAX_ARTICLE_BYTES) throw new Error(`${file}: too large for an article (${stat.size} bytes)`);
  const bytes = await fs.promises.readFile(file);
  const input = fromBytes({ doc: options.doc ?? path.basename(file), path: file, bytes, html: options.html ?? isHtmlFile(file) });
  if (input.kind === 'failure') throw new Error(`${file}: ${input.cause}`);
  return pipelineFor(options).process(input, referenceDate);
}

/** The mentions alone, for callers that need nothing else. */
export function mentions(text: string, options: ExtractOptions = {}): Mention[] {
  return extract(text, options).mentions;
}
