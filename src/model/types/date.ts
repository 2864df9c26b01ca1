import { DATE_GRANULARITIES, type DateGranularity, type MentionBase } from '../common';
import { defineType } from './descriptor';

export interface DateMention extends MentionBase {
  type: 'date';
  /** ISO 8601: 2022, 2022-07, 2021-04-16, or an interval 2021/2025. */
  value: string;
  granularity: DateGranularity;
  /** Resolved against the reference date or an earlier date (今年, 当天). */
  relative: boolean;
}

export const DATE = defineType({
  type: 'date',
  summary: 'a calendar year, month, day or period (2022年7月, 今年, 十四五), value in ISO 8601',
  fields: {
    value: { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?(/\\d{4}(-\\d{2}(-\\d{2})?)?)?$' },
    granularity: { enum: [...DATE_GRANULARITIES] },
    relative: { type: 'boolean' },
  },
  required: ['value', 'granularity', 'relative'],
  csv: ['value', 'granularity', 'relative'],
  gold: { list: 'dates', distinct: false, key: ['text', 'value'] },
  priority: 50,
});
