import { QUANTITY_FIELDS, type Approx, type MentionBase } from '../common';
import { defineType } from './descriptor';

export interface MeasureMention extends MentionBase {
  type: 'measure';
  value: number;
  value_max?: number;
  /** The physical unit as written (平方米, 亩, 兆瓦). */
  unit: string;
  approx: Approx;
}

// Physical quantities are found by the count extractor (they look alike) and
// kept apart from counts; gold files do not list them, so eval skips them.
export const MEASURE = defineType({
  type: 'measure',
  summary: 'a physical quantity with its unit (4300米, 8.7万亩, 50兆瓦); not scored',
  fields: QUANTITY_FIELDS,
  required: ['value', 'unit', 'approx'],
  csv: ['value', 'value_max', 'unit', 'approx'],
  priority: 40,
});
