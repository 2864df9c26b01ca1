import { PLACE_LEVELS, type MentionBase, type PlaceLevel } from '../common';
import { defineType } from './descriptor';

export interface PlaceMention extends MentionBase {
  type: 'place';
  /** The official name of the division (日喀则 → 日喀则市). */
  name: string;
  /** Official names from the province down, joined by `/`. */
  path: string;
  level: PlaceLevel;
  /** GB/T 2260 code, where the national list has one. */
  code?: string;
}

export const PLACE = defineType({
  type: 'place',
  summary: 'an administrative division with its full path and GB/T 2260 code',
  fields: {
    name: { type: 'string', minLength: 1 },
    path: { type: 'string', minLength: 1 },
    level: { enum: [...PLACE_LEVELS] },
    code: { type: 'string', pattern: '^(\\d{6}|\\d{9}|\\d{12})$' },
  },
  required: ['name', 'path', 'level'],
  csv: ['name', 'path', 'level', 'code'],
  gold: { list: 'places', distinct: true, key: ['name', 'path', 'code'] },
  priority: 20,
  covers: ['count', 'measure', 'date'],
});
