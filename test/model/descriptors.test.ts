import Ajv from 'ajv';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { goldLists, readGoldFile } from '../../src/eval/gold';
import { matchKey, scoreDocument, scoredTypes } from '../../src/eval/score';
import type { Mention, MentionType } from '../../src/model/mention';
import { AJV_OPTIONS, buildOutputSchema } from '../../src/model/schema';
import { defineType } from '../../src/model/types/descriptor';
import { TYPE_DESCRIPTORS } from '../../src/model/types/index';
import { csvColumns } from '../../src/output/csv';
import { tempDir } from '../helpers/temp';

// A new mention type is one extractor module plus one descriptor: the schema,
// the CSV columns, the gold reader and the scorer all follow from it. This
// toy type proves it without touching any of them.
const SPEED = defineType({
  type: 'speed',
  summary: 'a toy type: a speed with its unit',
  fields: { value: { type: 'number' }, unit: { enum: ['公里/小时', '米/秒'] } },
  required: ['value', 'unit'],
  csv: ['value', 'unit', 'vehicle'],
  gold: { list: 'speeds', distinct: false, key: ['text', 'value', { field: 'unit', default: '公里/小时' }] },
  priority: 30,
});
const WITH_TOY = [...TYPE_DESCRIPTORS, SPEED];
const toy = { type: 'speed', text: '时速350公里', start: 0, end: 7, sentence: '时速350公里。', rule: 'toy', value: 350, unit: '公里/小时' };

describe('a type added by its descriptor alone', () => {
  it('has a schema variant that accepts its mentions and rejects a wrong unit', () => {
    const validate = new Ajv(AJV_OPTIONS).compile(buildOutputSchema(WITH_TOY));
    const record = (mention: object) => ({
      schemaVersion: 1, doc: 'a.txt', source: { path: 'a.txt', bytes: 1, sha256: 'a'.repeat(64), encoding: 'utf-8' },
      referenceDate: null, referenceDateSource: null, title: '', 
      cleaning: { boilerplateLines: 0, duplicateParagraphs: 0, joinedBreaks: 0, normalizedCharacters: 0, markupMarks: 0 },
      mentions: [mention],
    });
    expect(validate(record(toy)), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(record({ ...toy, unit: '节' }))).toBe(false);
  });

  it('gets its CSV columns, new ones after the existing ones', () => {
    const columns = csvColumns(WITH_TOY);
    expect(columns).toContain('vehicle');
    expect(columns.indexOf('vehicle')).toBeGreaterThan(columns.indexOf('kind'));
    expect(columns.filter((c) => c === 'value')).toHaveLength(1);
  });

  it('is read from gold files and scored with its own match key', () => {
    expect(scoredTypes(WITH_TOY)).toContain('speed');
    const dir = tempDir('descriptors');
    const file = path.join(dir, 'a.json');
    fs.writeFileSync(file, JSON.stringify({ doc: 'a.txt', speeds: [{ text: '时速350公里', value: 350 }] }));
    const gold = readGoldFile(file, goldLists(WITH_TOY));
    const descriptorFor = (type: string) => WITH_TOY.find((d) => d.type === type)!;
    expect(matchKey('speed', toy, SPEED)).toBe(matchKey('speed', { text: '时速350公里', value: 350 }, SPEED));
    const speed = 'speed' as MentionType;
    const hit = scoreDocument(gold, [toy as unknown as Mention], [speed], descriptorFor).byType.get(speed)!;
    expect(hit).toEqual({ truePositives: 1, falsePositives: 0, falseNegatives: 0 });
    const wrongValue = { ...toy, value: 300 } as unknown as Mention;
    const miss = scoreDocument(gold, [wrongValue], [speed], descriptorFor).byType.get(speed)!;
    expect(miss).toEqual({ truePositives: 0, falsePositives: 1, falseNegatives: 1 });
  });
});
