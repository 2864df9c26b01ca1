import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import type { DocumentRecord } from './mention';
import { FACTS_SCHEMA } from '../facts/schema';
import { TYPE_DESCRIPTORS, type TypeDescriptor } from './types/index';

// The JSON Schema of a document record: the single source of truth for what
// zhextract writes. `zhextract schema` prints it; every record passes through
// validateRecord() before any writer sees it. Each mention variant is built
// from its type's descriptor (./types/).

const base = {
  text: { type: 'string', minLength: 1 },
  start: { type: 'integer', minimum: 0 },
  end: { type: 'integer', minimum: 0 },
  sentence: { type: 'string' },
  sentence_start: { type: 'integer', minimum: 0 },
  sentence_end: { type: 'integer', minimum: 0 },
  rule: { type: 'string', minLength: 1 },
} as const;
const baseRequired = ['type', 'text', 'start', 'end', 'sentence', 'rule'];

function mentionVariant(descriptor: TypeDescriptor) {
  return {
    type: 'object',
    additionalProperties: false,
    required: [...baseRequired, ...descriptor.required],
    properties: { type: { const: descriptor.type }, ...base, ...descriptor.fields },
  };
}

/** The schema of a document record whose mentions are of the given types. */
export function buildOutputSchema(descriptors: readonly TypeDescriptor[]) {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://zhextract.dev/schema/document-record-v1.json',
    title: 'zhextract document record',
    type: 'object',
    additionalProperties: false,
    required: ['schemaVersion', 'doc', 'source', 'referenceDate', 'referenceDateSource', 'title', 'cleaning', 'mentions'],
    properties: {
      schemaVersion: { const: 1 },
      doc: { type: 'string' },
      source: {
        type: 'object',
        additionalProperties: false,
        required: ['path', 'bytes', 'sha256', 'encoding'],
        properties: {
          path: { type: 'string' },
          bytes: { type: 'integer', minimum: 0 },
          sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
          encoding: { type: 'string' },
        },
      },
      referenceDate: { type: ['string', 'null'], pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' },
      referenceDateSource: { enum: ['option', 'sidecar', 'url', 'inferred', null] },
      title: { type: 'string' },
      cleaning: {
        type: 'object',
        additionalProperties: false,
        required: ['boilerplateLines', 'duplicateParagraphs', 'joinedBreaks', 'normalizedCharacters', 'markupMarks'],
        properties: {
          boilerplateLines: { type: 'integer', minimum: 0 },
          duplicateParagraphs: { type: 'integer', minimum: 0 },
          joinedBreaks: { type: 'integer', minimum: 0 },
          normalizedCharacters: { type: 'integer', minimum: 0 },
          markupMarks: { type: 'integer', minimum: 0 },
        },
      },
      mentions: {
        type: 'array',
        items: {
          // The discriminator sends each mention to its own variant only (oneOf alone tries all seven).
          type: 'object',
          required: ['type'],
          properties: { type: { enum: descriptors.map((d) => d.type) } },
          discriminator: { propertyName: 'type' },
          oneOf: descriptors.map(mentionVariant),
        },
      },
      facts: FACTS_SCHEMA,
    },
  } as const;
}

export const OUTPUT_SCHEMA = buildOutputSchema(TYPE_DESCRIPTORS);

let compiled: ValidateFunction | undefined;

/**
 * The schema is checked against JSON Schema's meta-schema by a test, not at every start (~20 ms a process and worker).
 * Its patterns are all ASCII, so they run as plain regular expressions (ajv's default `u` flag only slows them).
 */
export const AJV_OPTIONS = { allErrors: true, strict: true, allowUnionTypes: true, discriminator: true, validateSchema: false, unicodeRegExp: false } as const;

/**
 * Compiles the validator now rather than at the first record (~50-150 ms):
 * the pipeline does it while a worker waits for jieba's dictionary anyway.
 */
export function prepareValidator(): void {
  validator();
}

function validator(): ValidateFunction {
  compiled ??= new Ajv({ ...AJV_OPTIONS, inlineRefs: false }).compile(validationSchema(OUTPUT_SCHEMA));
  return compiled;
}

/**
 * The same schema for the validator to compile: each mention variant and a
 * fact's item moved to a definition that the arrays refer to, so that ajv
 * makes each a function of its own (inlineRefs: false). As one function the
 * validator took the optimizing compiler ~120 ms at the first few hundred
 * records of every process and worker; the pieces are compiled in a fraction
 * of that. The printed schema (`zhextract schema`) stays as it is.
 */
export function validationSchema(schema: typeof OUTPUT_SCHEMA): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(schema)) as {
    properties: { mentions: { items: { oneOf: Array<{ properties: { type: { const: string } } }> } }; facts: { items: unknown } };
    definitions?: Record<string, unknown>;
  };
  const definitions: Record<string, unknown> = {};
  const { items } = copy.properties.mentions;
  items.oneOf = items.oneOf.map((variant) => {
    const name = `mention-${variant.properties.type.const}`;
    definitions[name] = variant;
    return { $ref: `#/definitions/${name}` } as unknown as (typeof items.oneOf)[number];
  });
  definitions.fact = copy.properties.facts.items;
  copy.properties.facts.items = { $ref: '#/definitions/fact' };
  copy.definitions = definitions;
  return copy as unknown as Record<string, unknown>;
}

export class SchemaViolation extends Error {
  constructor(
    readonly doc: string,
    readonly errors: ErrorObject[],
  ) {
    super(`${doc}: output record violates the schema (a zhextract bug): ${formatErrors(errors)}`);
  }
}

function formatErrors(errors: ErrorObject[]): string {
  return errors
    .slice(0, 5)
    .map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim())
    .join('; ');
}

/** Throws SchemaViolation when the record does not match OUTPUT_SCHEMA. */
export function validateRecord(record: DocumentRecord): void {
  const validate = validator();
  const valid = validate(record) as boolean;
  if (!valid) throw new SchemaViolation(record.doc, validate.errors ?? []);
}

export function schemaErrors(record: unknown): ErrorObject[] {
  const validate = validator();
  return validate(record) ? [] : (validate.errors ?? []);
}
