// A fact: one money mention tied to its date, places, giver and purpose
// (GUIDELINES.md, "facts"). Mentions are referred to by their index in the
// record's `mentions` array. `basis` says, per field, where the linker found
// it, so a reader can judge how far to trust it.

export const FACT_BASES = ['clause', 'sentence', 'previous-sentence', 'paragraph', 'document', 'none'] as const;
export type FactBasis = (typeof FACT_BASES)[number];

export interface FactPlace {
  path: string;
  code?: string;
}

export interface Fact {
  /** Index of the money mention in the record's mentions. */
  money: number;
  text: string;
  value: number;
  /** ISO 8601 date or period, as dates are written; null when the sentence ties none to the amount. */
  when: string | null;
  where: FactPlace[];
  /** Place paths (governments, departments, aid teams) or organisation names as written. */
  who: string[];
  purpose: string | null;
  /** Indices of the mentions each field was taken from. */
  mentions: { when: number[]; where: number[]; who: number[] };
  basis: { when: FactBasis; where: FactBasis; who: FactBasis; purpose: FactBasis };
}

const indices = { type: 'array', items: { type: 'integer', minimum: 0 } } as const;
const basis = { enum: [...FACT_BASES] } as const;

/** The JSON Schema of a record's `facts` (merged into OUTPUT_SCHEMA). */
export const FACTS_SCHEMA = {
  type: 'array',
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['money', 'text', 'value', 'when', 'where', 'who', 'purpose', 'mentions', 'basis'],
    properties: {
      money: { type: 'integer', minimum: 0 },
      text: { type: 'string', minLength: 1 },
      value: { type: 'number' },
      when: { type: ['string', 'null'], pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?(/\\d{4}(-\\d{2}(-\\d{2})?)?)?$' },
      where: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['path'],
          properties: { path: { type: 'string', minLength: 1 }, code: { type: 'string', pattern: '^(\\d{6}|\\d{9}|\\d{12})$' } },
        },
      },
      who: { type: 'array', items: { type: 'string', minLength: 1 } },
      purpose: { type: ['string', 'null'] },
      mentions: {
        type: 'object',
        additionalProperties: false,
        required: ['when', 'where', 'who'],
        properties: { when: indices, where: indices, who: indices },
      },
      basis: {
        type: 'object',
        additionalProperties: false,
        required: ['when', 'where', 'who', 'purpose'],
        properties: { when: basis, where: basis, who: basis, purpose: basis },
      },
    },
  },
} as const;
