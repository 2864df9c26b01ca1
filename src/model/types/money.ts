import { QUANTITY_FIELDS, type Approx, type MentionBase } from '../common';
import { defineType } from './descriptor';

export interface MoneyMention extends MentionBase {
  type: 'money';
  value: number;
  value_max?: number;
  /** ISO 4217 code; CNY unless the text names another currency. */
  currency: string;
  approx: Approx;
}

export const MONEY = defineType({
  type: 'money',
  summary: 'an amount of currency (1.32亿元, 约5000万美元), value in the currency\'s units',
  fields: {
    value: QUANTITY_FIELDS.value,
    value_max: QUANTITY_FIELDS.value_max,
    currency: { type: 'string', pattern: '^[A-Z]{3}$' },
    approx: QUANTITY_FIELDS.approx,
  },
  required: ['value', 'currency', 'approx'],
  csv: ['value', 'value_max', 'currency', 'approx'],
  gold: {
    list: 'money',
    distinct: false,
    key: ['text', 'value', 'value_max', { field: 'approx', default: 'exact' }, { field: 'currency', default: 'CNY' }],
  },
  priority: 70,
});
