// Enumerations and fields shared by several mention types. Each type's own
// fields live beside its descriptor in ./types/.

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

/** JSON Schema properties of a number with a qualifier (money, percent, count, measure). */
export const QUANTITY_FIELDS = {
  value: { type: 'number' },
  value_max: { type: 'number' },
  unit: { type: 'string', minLength: 1 },
  approx: { enum: [...APPROX_VALUES] },
} as const;

/** The fields of a number with a measure word or unit (counts and physical measures). */
export interface QuantityFields {
  value: number;
  value_max?: number;
  /** The measure word or unit as written (人次, 个, 平方米). */
  unit: string;
  approx: Approx;
}

/** The descriptor fields counts and measures share: the same fields, required and written to CSV alike. */
export const QUANTITY_DESCRIPTOR = {
  fields: QUANTITY_FIELDS,
  required: ['value', 'unit', 'approx'],
  csv: ['value', 'value_max', 'unit', 'approx'],
} as const;
