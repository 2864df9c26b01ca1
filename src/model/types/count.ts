import { QUANTITY_DESCRIPTOR, type MentionBase, type QuantityFields } from '../common';
import { defineType } from './descriptor';

export interface CountMention extends MentionBase, QuantityFields {
  type: 'count';
}

export const COUNT = defineType({
  type: 'count',
  summary: 'a number of things with its measure word (47个, 1.5万人次, 七批)',
  ...QUANTITY_DESCRIPTOR,
  gold: { list: 'counts', distinct: false, key: ['text', 'value', 'unit', { field: 'approx', default: 'exact' }] },
  priority: 40,
});
