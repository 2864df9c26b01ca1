import * as fs from 'node:fs';
import * as path from 'node:path';
import type { MentionType } from '../model/mention';
import { TYPE_DESCRIPTORS, type TypeDescriptor } from '../model/types/index';

// Gold files in the format of GUIDELINES.md: one JSON file per article with
// lists per type. The scorer compares extraction to them.

export interface GoldFile {
  file: string;
  doc: string;
  referenceDate: string | null;
  items: Map<MentionType, Array<Record<string, unknown>>>;
}

/** Gold list names and the mention type each holds, from the types' descriptors. */
export function goldLists(descriptors: readonly TypeDescriptor[]): Array<readonly [string, MentionType]> {
  return descriptors.flatMap((d) => (d.gold ? [[d.gold.list, d.type as MentionType] as const] : []));
}

export const GOLD_LISTS = goldLists(TYPE_DESCRIPTORS);

export function readGoldDir(dir: string, lists = GOLD_LISTS): GoldFile[] {
  const files = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  if (files.length === 0) throw new Error(`${dir}: no gold .json files`);
  return files.map((name) => readGoldFile(path.join(dir, name), lists));
}

export function readGoldFile(file: string, lists = GOLD_LISTS): GoldFile {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`${file}: not a readable gold file: ${(error as Error).message}`);
  }
  if (typeof raw.doc !== 'string') throw new Error(`${file}: gold file has no "doc"`);
  const items = new Map<MentionType, Array<Record<string, unknown>>>();
  for (const [list, type] of lists) {
    const value = raw[list] ?? [];
    if (!Array.isArray(value)) throw new Error(`${file}: "${list}" must be a list`);
    items.set(type, value as Array<Record<string, unknown>>);
  }
  const reference = raw.reference_date;
  return { file, doc: raw.doc, referenceDate: typeof reference === 'string' ? reference : null, items };
}
