// The one Mention model shared by every pipeline stage. The JSON Schema in
// ./schema.ts describes exactly these shapes; test/model/schema.test.ts keeps
// the two in step, and every record is validated before it is written.

export const MENTION_TYPES = ['money', 'date', 'count', 'percent', 'place', 'geo', 'measure'] as const;
export type MentionType = (typeof MENTION_TYPES)[number];

export const APPROX_VALUES = ['exact', 'about', 'over', 'under'] as const;
export type Approx = (typeof APPROX_VALUES)[number];

export const PLACE_LEVELS = ['province', 'prefecture', 'county', 'township', 'village'] as const;
export type PlaceLevel = (typeof PLACE_LEVELS)[number];

export const GEO_KINDS = ['mountain', 'river', 'lake', 'plateau', 'sea', 'region'] as const;
export type GeoKind = (typeof GEO_KINDS)[number];

export const DATE_GRANULARITIES = ['year', 'half', 'season', 'month', 'day', 'period'] as const;
export type DateGranularity = (typeof DATE_GRANULARITIES)[number];

/** Fields every mention carries. Offsets are code points in the ORIGINAL input text. */
export interface MentionBase {
  type: MentionType;
  text: string;
  start: number;
  end: number;
  /** The sentence holding the mention; at most MAX_SENTENCE_CHARS around it when the sentence is longer. */
  sentence: string;
  /** Only when `sentence` was cut: the whole sentence's offsets (code points in the original input). */
  sentence_start?: number;
  sentence_end?: number;
  rule: string;
}

export interface MoneyMention extends MentionBase {
  type: 'money';
  value: number;
  value_max?: number;
  currency: string;
  approx: Approx;
}

export interface PercentMention extends MentionBase {
  type: 'percent';
  value: number;
  value_max?: number;
  unit: '%' | 'pp';
  approx: Approx;
}

export interface DateMention extends MentionBase {
  type: 'date';
  /** ISO 8601: 2022, 2022-07, 2021-04-16, or an interval 2021/2025. */
  value: string;
  granularity: DateGranularity;
  relative: boolean;
}

export interface CountMention extends MentionBase {
  type: 'count';
  value: number;
  value_max?: number;
  unit: string;
  approx: Approx;
}

export interface MeasureMention extends MentionBase {
  type: 'measure';
  value: number;
  value_max?: number;
  unit: string;
  approx: Approx;
}

export interface PlaceMention extends MentionBase {
  type: 'place';
  name: string;
  path: string;
  level: PlaceLevel;
  code?: string;
}

export interface GeoMention extends MentionBase {
  type: 'geo';
  name: string;
  kind: GeoKind;
}

export type Mention =
  | MoneyMention
  | PercentMention
  | DateMention
  | CountMention
  | MeasureMention
  | PlaceMention
  | GeoMention;

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

export type ReferenceDateSource = 'option' | 'sidecar' | 'inferred' | null;

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
}
