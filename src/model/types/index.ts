import { COUNT, type CountMention } from './count';
import { DATE, type DateMention } from './date';
import type { TypeDescriptor } from './descriptor';
import { GEO, type GeoMention } from './geo';
import { MEASURE, type MeasureMention } from './measure';
import { MONEY, type MoneyMention } from './money';
import { PERCENT, type PercentMention } from './percent';
import { PLACE, type PlaceMention } from './place';

export type { KeyField, TypeDescriptor } from './descriptor';
export type { CountMention, DateMention, GeoMention, MeasureMention, MoneyMention, PercentMention, PlaceMention };

/**
 * Every mention type, in output order (mentions at one offset sort this way).
 * A new type is one descriptor file here plus its extractor module.
 */
export const TYPE_DESCRIPTORS = [MONEY, PERCENT, DATE, COUNT, MEASURE, PLACE, GEO] as const;

export type MentionType = (typeof TYPE_DESCRIPTORS)[number]['type'];

export type Mention =
  | MoneyMention
  | PercentMention
  | DateMention
  | CountMention
  | MeasureMention
  | PlaceMention
  | GeoMention;

const BY_TYPE = new Map<string, TypeDescriptor>(TYPE_DESCRIPTORS.map((d) => [d.type, d]));

export function descriptorOf(type: string): TypeDescriptor {
  const descriptor = BY_TYPE.get(type);
  if (!descriptor) throw new Error(`unknown mention type "${type}"`);
  return descriptor;
}
