// The one Mention model shared by every pipeline stage. Each type's fields and
// its descriptor live together in ./types/<type>.ts; the JSON Schema
// (./schema.ts), the CSV columns, eval's matching and the output order are
// derived from those descriptors.

import type { Fact } from '../facts/schema';
import { TYPE_DESCRIPTORS, type Mention, type MentionType } from './types/index';

export * from './common';
export type {
  CountMention,
  DateMention,
  GeoMention,
  MeasureMention,
  Mention,
  MentionType,
  MoneyMention,
  PercentMention,
  PlaceMention,
} from './types/index';

export const MENTION_TYPES: readonly MentionType[] = TYPE_DESCRIPTORS.map((d) => d.type);

/** Distributes Omit over the union so each variant keeps its own fields. */
type DistributiveOmit<T, K extends keyof any> = T extends unknown ? Omit<T, K> : never;

/**
 * What an extractor returns: a mention located in the CLEANED text by UTF-16
 * indices. The pipeline maps the span back to the original text (code points)
 * and fills in `sentence`.
 */
export type DraftMention = DistributiveOmit<Mention, 'start' | 'end' | 'sentence'> & {
  cleanStart: number;
  cleanEnd: number;
};

export type ReferenceDateSource = 'option' | 'sidecar' | 'url' | 'inferred' | null;

export interface SourceInfo {
  path: string;
  bytes: number;
  sha256: string;
  encoding: string;
}

export interface CleaningCounts {
  boilerplateLines: number;
  duplicateParagraphs: number;
  joinedBreaks: number;
  normalizedCharacters: number;
  markupMarks: number;
}

export interface DocumentRecord {
  schemaVersion: 1;
  doc: string;
  source: SourceInfo;
  referenceDate: string | null;
  referenceDateSource: ReferenceDateSource;
  title: string;
  cleaning: CleaningCounts;
  mentions: Mention[];
  /** One fact per money mention (src/facts/). */
  facts?: Fact[];
}
