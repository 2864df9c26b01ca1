import { QUANTITY_DESCRIPTOR, type MentionBase, type QuantityFields } from '../common';
import { defineType } from './descriptor';

export interface MeasureMention extends MentionBase, QuantityFields {
  type: 'measure';
}

// Physical quantities are found by the count extractor (they look alike) and
// kept apart from counts; gold files do not list them, so eval skips them.
export const MEASURE = defineType({
  type: 'measure',
  summary: 'a physical quantity with its unit (4300米, 8.7万亩, 50兆瓦); not scored',
  ...QUANTITY_DESCRIPTOR,
  priority: 40,
});
