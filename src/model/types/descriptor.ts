// A type descriptor says everything the pipeline's generic parts need to know
// about one mention type: its JSON Schema fields, its CSV columns, how eval
// matches it against gold and where gold lists it, where it sorts in the
// output and which type wins when two mentions overlap. The schema, the CSV
// writer, the scorer, the gold reader and the refiner are all derived from
// the descriptors in ./index.ts.

/** A field of the eval's match key, with the value a gold item may leave out. */
export type KeyField = string | { field: string; default: string };

export interface TypeDescriptor<T extends string = string> {
  readonly type: T;
  /** One line for the README and `--help`. */
  readonly summary: string;
  /** JSON Schema properties of the type's own fields (besides type, text, start, end, sentence, rule). */
  readonly fields: Readonly<Record<string, object>>;
  /** Own fields every mention of the type must have. */
  readonly required: readonly string[];
  /** Own fields written to CSV, in column order. */
  readonly csv: readonly string[];
  /** How eval finds and matches the type; absent for types no gold lists. */
  readonly gold?: {
    /** The list of a gold file that holds the type (`dates` for date). */
    readonly list: string;
    /** Distinct per article (places, geo) instead of every occurrence. */
    readonly distinct: boolean;
    /** The fields that must agree for an extracted mention to match a gold item. */
    readonly key: readonly KeyField[];
  };
  /** Where two mentions of different types overlap, the higher priority stays. */
  readonly priority: number;
  /**
   * Types of higher priority this type still wins over where its mention covers theirs and more
   * (the place 八台镇 over the count 八台: a count does not end inside a name the gazetteer resolved).
   */
  readonly covers?: readonly string[];
}

/** Keeps the type's literal name in the descriptor's type. */
export function defineType<const T extends string>(descriptor: TypeDescriptor<T>): TypeDescriptor<T> {
  return descriptor;
}
