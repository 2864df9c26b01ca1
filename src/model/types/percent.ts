import { QUANTITY_FIELDS, type Approx, type MentionBase } from '../common';
import { defineType } from './descriptor';

export interface PercentMention extends MentionBase {
  type: 'percent';
  value: number;
  value_max?: number;
  /** `pp` for percentage points (个百分点). */
  unit: '%' | 'pp';
  approx: Approx;
}

export const PERCENT = defineType({
  type: 'percent',
  summary: 'a percentage or percentage points (87.8%, 百分之三十, 七成, 提高2个百分点)',
  fields: {
    value: QUANTITY_FIELDS.value,
    value_max: QUANTITY_FIELDS.value_max,
    unit: { enum: ['%', 'pp'] },
    approx: QUANTITY_FIELDS.approx,
  },
  required: ['value', 'unit', 'approx'],
  csv: ['value', 'value_max', 'unit', 'approx'],
  gold: { list: 'percents', distinct: false, key: ['text', 'value', 'value_max', { field: 'approx', default: 'exact' }] },
  priority: 60,
});
