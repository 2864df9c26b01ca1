import { GEO_KINDS, type GeoKind, type MentionBase } from '../common';
import { defineType } from './descriptor';

export interface GeoMention extends MentionBase {
  type: 'geo';
  /** The feature's standard name (珠峰 → 珠穆朗玛峰). */
  name: string;
  kind: GeoKind;
}

export const GEO = defineType({
  type: 'geo',
  summary: 'a named natural feature (mountain, river, lake, plateau, sea, region)',
  fields: {
    name: { type: 'string', minLength: 1 },
    kind: { enum: [...GEO_KINDS] },
  },
  required: ['name', 'kind'],
  csv: ['name', 'kind'],
  gold: { list: 'geo', distinct: true, key: ['name', 'kind'] },
  priority: 10,
  // A river named after its county (某日县's 某日河) holds the county's short name the place extractor read.
  covers: ['place'],
});
