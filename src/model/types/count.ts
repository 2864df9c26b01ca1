import { QUANTITY_FIELDS, type Approx, type MentionBase } from '../common';
import { defineType } from './descriptor';

export interface CountMention extends MentionBase {
  type: 'count';
  value: number;
  value_max?: number;
  /** The measure word as written (人次, 个, 县市). */
  unit: string;
  approx: Approx;
}

export const COUNT = defineType({
  type: 'count',
  summary: 'a number of things with its measure word (47个, 1.5万人次, 七批)',
  fields: QUANTITY_FIELDS,
  required: ['value', 'unit', 'approx'],
  csv: ['value', 'value_max', 'unit', 'approx'],
  gold: { list: 'counts', distinct: false, key: ['text', 'value', 'unit', { field: 'approx', default: 'exact' }] },
  priority: 40,
});
