import * as path from 'node:path';
import { readInputs } from '../../src/input/read';
import type { InputDocument } from '../../src/input/types';
import { ROOT } from './cli';

/** The documents of a fixture folder (relative to the checkout), by file name. */
export async function articlesOf(dir: string): Promise<Map<string, InputDocument>> {
  const articles = new Map<string, InputDocument>();
  for await (const item of readInputs([path.join(ROOT, dir)])) if (item.kind === 'document') articles.set(path.basename(item.doc), item);
  return articles;
}
