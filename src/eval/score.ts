import type { Mention, MentionType } from '../model/mention';
import { TYPE_DESCRIPTORS, descriptorOf, type KeyField, type TypeDescriptor } from '../model/types/index';
import { prepareConverter } from '../clean/normalize';
import type { GoldFile } from './gold';

// Precision, recall and F1 per type. Each type's descriptor says how: which
// fields must agree (its match key), and whether gold lists every occurrence
// (money, dates, counts, percents: multisets, a figure stated twice must be
// found twice) or each distinct item per article (places, geo).

/** The types a gold file can list: those whose descriptor names a gold list. */
export const SCORED_TYPES: readonly MentionType[] = scoredTypes(TYPE_DESCRIPTORS) as MentionType[];

export function scoredTypes(descriptors: readonly TypeDescriptor[]): string[] {
  return descriptors.filter((d) => d.gold).map((d) => d.type);
}

type Fields = Record<string, unknown>;

/** The fields that must agree for an extracted mention to match a gold item. */
export function matchKey(type: string, item: Fields, descriptor: TypeDescriptor = descriptorOf(type)): string {
  const key = descriptor.gold?.key ?? ['text'];
  return key.map((field) => keyPart(field, item)).join('|');
}

function keyPart(field: KeyField, item: Fields): string {
  const name = typeof field === 'string' ? field : field.field;
  const value = item[name] ?? (typeof field === 'string' ? undefined : field.default);
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? foldSurface(value) : String(value);
}

/**
 * A surface form as the comparison sees it: full-width letters and digits as
 * ASCII, traditional characters as simplified, no spaces. `text` is what the
 * article wrote (GUIDELINES), and annotators copy it either way (７７％ or
 * 77%, 億 or 亿): the form is not what is being scored.
 */
export function foldSurface(text: string): string {
  const halfWidth = text.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/[\s\u3000]+/g, '');
  return /[^\x00-\x7f]/.test(halfWidth) ? prepareConverter()(halfWidth) : halfWidth;
}

export interface Tally {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface DocScore {
  doc: string;
  byType: Map<MentionType, Tally>;
  falsePositives: Array<{ type: MentionType; key: string }>;
  misses: Array<{ type: MentionType; key: string }>;
}

export function scoreDocument(
  gold: GoldFile,
  mentions: readonly Mention[],
  types: readonly MentionType[],
  descriptorFor: (type: string) => TypeDescriptor = descriptorOf,
): DocScore {
  const score: DocScore = { doc: gold.doc, byType: new Map(), falsePositives: [], misses: [] };
  for (const type of types) {
    const descriptor = descriptorFor(type);
    const distinct = descriptor.gold?.distinct ?? false;
    const expected = keys(descriptor, gold.items.get(type) ?? [], distinct);
    const found = keys(descriptor, mentions.filter((m) => m.type === type) as unknown as Fields[], distinct);
    const remaining = new Map<string, number>();
    for (const key of expected) remaining.set(key, (remaining.get(key) ?? 0) + 1);
    const tally: Tally = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
    for (const key of found) {
      const left = remaining.get(key) ?? 0;
      if (left > 0) {
        remaining.set(key, left - 1);
        tally.truePositives++;
      } else {
        tally.falsePositives++;
        score.falsePositives.push({ type, key });
      }
    }
    for (const [key, left] of remaining) {
      for (let i = 0; i < left; i++) score.misses.push({ type, key });
      tally.falseNegatives += left;
    }
    score.byType.set(type, tally);
  }
  return score;
}

function keys(descriptor: TypeDescriptor, items: readonly Fields[], distinct: boolean): string[] {
  const all = items.map((item) => matchKey(descriptor.type, item, descriptor));
  return distinct ? [...new Set(all)] : all;
}

export interface Metrics extends Tally {
  precision: number;
  recall: number;
  f1: number;
}

export function metrics(tally: Tally): Metrics {
  const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = tally;
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? (fp === 0 ? 1 : 0) : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...tally, precision, recall, f1 };
}

export function addTallies(tallies: readonly Tally[]): Tally {
  return tallies.reduce(
    (sum, t) => ({
      truePositives: sum.truePositives + t.truePositives,
      falsePositives: sum.falsePositives + t.falsePositives,
      falseNegatives: sum.falseNegatives + t.falseNegatives,
    }),
    { truePositives: 0, falsePositives: 0, falseNegatives: 0 },
  );
}

export interface EvalSummary {
  byType: Map<MentionType, Metrics>;
  overall: Metrics;
}

export function summarize(scores: readonly DocScore[], types: readonly MentionType[]): EvalSummary {
  const byType = new Map<MentionType, Metrics>();
  for (const type of types) byType.set(type, metrics(addTallies(scores.map((s) => s.byType.get(type)!))));
  return { byType, overall: metrics(addTallies([...byType.values()])) };
}

export function formatSummary(summary: EvalSummary): string {
  const row = (name: string, m: Metrics) =>
    `${name.padEnd(8)} ${m.precision.toFixed(3)}  ${m.recall.toFixed(3)}  ${m.f1.toFixed(3)}  ${String(m.truePositives).padStart(4)} ${String(m.falsePositives).padStart(4)} ${String(m.falseNegatives).padStart(4)}`;
  const lines = ['type     prec   recall f1        tp   fp   fn'];
  for (const [type, m] of summary.byType) lines.push(row(type, m));
  lines.push(row('overall', summary.overall));
  return lines.join('\n');
}
