import { describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../src/model/mention';
import Ajv from 'ajv';
import { AJV_OPTIONS, OUTPUT_SCHEMA, SchemaViolation, schemaErrors, validateRecord, validationSchema } from '../../src/model/schema';

function record(mentions: unknown[]): DocumentRecord {
  return {
    schemaVersion: 1,
    doc: 'a.txt',
    source: { path: 'a.txt', bytes: 10, sha256: 'a'.repeat(64), encoding: 'utf-8' },
    referenceDate: '2023',
    referenceDateSource: 'option',
    title: '标题',
    cleaning: { boilerplateLines: 0, duplicateParagraphs: 0, joinedBreaks: 0, normalizedCharacters: 0, markupMarks: 0 },
    mentions: mentions as DocumentRecord['mentions'],
  };
}

const base = { start: 0, end: 6, sentence: '投资1.32亿元。', rule: 'test' };

describe('the output JSON Schema', () => {
  it("is a valid schema by JSON Schema's meta-schema and ajv's strict mode (zhextract skips that check at start-up)", () => {
    const ajv = new Ajv({ ...AJV_OPTIONS, validateSchema: true });
    expect(ajv.validateSchema(OUTPUT_SCHEMA), JSON.stringify(ajv.errors)).toBe(true);
    expect(() => ajv.compile(OUTPUT_SCHEMA)).not.toThrow();
  });

  it('accepts one mention of every type, as the TypeScript model writes them', () => {
    const all = [
      { ...base, type: 'money', text: '1.32亿元', value: 132000000, currency: 'CNY', approx: 'exact' },
      { ...base, type: 'percent', text: '87.8%', value: 87.8, unit: '%', approx: 'exact' },
      { ...base, type: 'date', text: '十四五', value: '2021/2025', granularity: 'period', relative: false },
      { ...base, type: 'count', text: '47个', value: 47, unit: '个', approx: 'exact' },
      { ...base, type: 'measure', text: '531平方米', value: 531, unit: '平方米', approx: 'exact' },
      { ...base, type: 'place', text: '昂仁县', name: '昂仁县', path: '西藏自治区/日喀则市/昂仁县', level: 'county', code: '540226' },
      { ...base, type: 'geo', text: '珠峰', name: '珠穆朗玛峰', kind: 'mountain' },
    ];
    expect(() => validateRecord(record(all))).not.toThrow();
  });

  it('rejects a field the model does not have, a missing field and a bad code', () => {
    const money = { ...base, type: 'money', text: '1.32亿元', value: 1, currency: 'CNY', approx: 'exact' };
    expect(schemaErrors(record([{ ...money, extra: 1 }]))).not.toEqual([]);
    const { approx: _dropped, ...noApprox } = money;
    expect(schemaErrors(record([noApprox]))).not.toEqual([]);
    const place = { ...base, type: 'place', text: '昂仁县', name: '昂仁县', path: '昂仁县', level: 'county', code: '5402' };
    expect(() => validateRecord(record([place]))).toThrow(SchemaViolation);
  });

  it('lists the types and enumerations the README and GUIDELINES promise (written out here, not read from the code)', () => {
    const variants = OUTPUT_SCHEMA.properties.mentions.items.oneOf as ReadonlyArray<{ properties: Record<string, any> }>;
    expect(variants.map((v) => v.properties.type.const)).toEqual(['money', 'percent', 'date', 'count', 'measure', 'place', 'geo']);
    const byType = Object.fromEntries(variants.map((v) => [v.properties.type.const, v.properties]));
    for (const type of ['money', 'percent', 'count', 'measure']) expect(byType[type].approx.enum).toEqual(['exact', 'about', 'over', 'under']);
    expect(byType.percent.unit.enum).toEqual(['%', 'pp']);
    expect(byType.date.granularity.enum).toEqual(['year', 'half', 'season', 'month', 'day', 'period']);
    expect(byType.place.level.enum).toEqual(['province', 'prefecture', 'county', 'township', 'village']);
    expect(byType.geo.kind.enum).toEqual(['mountain', 'river', 'lake', 'plateau', 'sea', 'region']);
  });
  it('is validated in pieces (each variant a definition of its own) that accept and reject what the whole schema does', () => {
    const whole = new Ajv(AJV_OPTIONS).compile(OUTPUT_SCHEMA);
    const pieces = new Ajv({ ...AJV_OPTIONS, inlineRefs: false }).compile(validationSchema(OUTPUT_SCHEMA));
    const fact = { money: 0, text: '1亿元', value: 1e8, when: null, where: [{ path: '某省' }], who: [], purpose: null, mentions: { when: [], where: [], who: [] }, basis: { when: 'none', where: 'none', who: 'none', purpose: 'none' } };
    const money = { ...base, type: 'money', text: '1.32亿元', value: 1, currency: 'CNY', approx: 'exact' };
    const records = [
      record([money]),
      record([{ ...money, currency: 'cny' }]),
      record([{ ...money, type: 'amount' }]),
      record([{ ...base, type: 'geo', text: '珠峰', name: '珠穆朗玛峰', kind: 'mountain', extra: 1 }]),
      { ...record([money]), facts: [fact] },
      { ...record([money]), facts: [{ ...fact, when: '去年' }] },
      { ...record([money]), facts: [{ ...fact, where: [{ path: '某省', code: '12' }] }] },
    ];
    const verdicts = records.map((r) => [whole(r), pieces(r)]);
    expect(verdicts.map(([w]) => w)).toEqual([true, false, false, false, true, false, false]);
    for (const [w, p] of verdicts) expect(p).toBe(w);
  });
});
