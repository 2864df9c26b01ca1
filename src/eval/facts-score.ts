import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Fact } from '../facts/schema';
import { foldSurface } from './score';

// Scores facts against fact gold (GUIDELINES, facts): one gold file per
// article, `{"doc", "reference_date", "facts": [{text, value, when, where,
// who, purpose}]}`, one fact per gold money mention in document order. A
// predicted fact is matched to a gold one by its money text and occurrence
// (the second 200万元 to the second 200万元). Every score is an accuracy
// over all gold facts: a gold fact with no predicted match counts as wrong.

export interface GoldFact {
  text: string;
  when: string | null;
  where: string[];
  who: string[];
}

export interface FactGoldFile {
  file: string;
  doc: string;
  referenceDate: string | null;
  facts: GoldFact[];
}

export const FACT_FIELDS = ['when', 'where', 'whereLenient', 'who', 'joint'] as const;
export type FactField = (typeof FACT_FIELDS)[number];

export interface FactDocScore {
  doc: string;
  gold: number;
  matched: number;
  correct: Record<FactField, number>;
  /** Gold facts with at least one wrong field, for --verbose. */
  wrong: Array<{ gold: GoldFact; predicted?: Fact; fields: FactField[] }>;
}

export function readFactGoldDir(dir: string): FactGoldFile[] {
  const files = fs.readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
  if (files.length === 0) throw new Error(`${dir}: no fact gold .json files`);
  return files.map((name) => readFactGoldFile(path.join(dir, name)));
}

export function readFactGoldFile(file: string): FactGoldFile {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`${file}: not a readable fact gold file: ${(error as Error).message}`);
  }
  if (typeof raw.doc !== 'string') throw new Error(`${file}: fact gold file has no "doc"`);
  if (!Array.isArray(raw.facts)) throw new Error(`${file}: "facts" must be a list`);
  const facts = (raw.facts as Array<Record<string, unknown>>).map((fact, i) => goldFact(file, i, fact));
  const reference = raw.reference_date;
  return { file, doc: raw.doc, referenceDate: typeof reference === 'string' ? reference : null, facts };
}

function goldFact(file: string, index: number, fact: Record<string, unknown>): GoldFact {
  const strings = (value: unknown) => Array.isArray(value) && value.every((v) => typeof v === 'string');
  if (typeof fact.text !== 'string' || !strings(fact.where) || !strings(fact.who) || !(fact.when === null || typeof fact.when === 'string')) {
    throw new Error(`${file}: fact ${index + 1} needs text, when (string or null), where and who (lists of strings)`);
  }
  return { text: fact.text, when: fact.when as string | null, where: fact.where as string[], who: fact.who as string[] };
}

/** Pairs each gold fact with the predicted fact of the same money text and occurrence. */
export function matchFacts(gold: readonly GoldFact[], predicted: readonly Fact[]): Array<Fact | undefined> {
  const byText = new Map<string, Fact[]>();
  for (const fact of predicted) {
    const key = foldSurface(fact.text);
    const list = byText.get(key) ?? [];
    list.push(fact);
    byText.set(key, list);
  }
  const used = new Map<string, number>();
  return gold.map((fact) => {
    const key = foldSurface(fact.text);
    const occurrence = used.get(key) ?? 0;
    used.set(key, occurrence + 1);
    return byText.get(key)?.[occurrence];
  });
}

export function scoreFacts(gold: FactGoldFile, predicted: readonly Fact[]): FactDocScore {
  const matches = matchFacts(gold.facts, predicted);
  const correct = Object.fromEntries(FACT_FIELDS.map((f) => [f, 0])) as Record<FactField, number>;
  const wrong: FactDocScore['wrong'] = [];
  gold.facts.forEach((goldFact, i) => {
    const fact = matches[i];
    const right = fact ? fieldsRight(goldFact, fact) : new Set<FactField>();
    for (const field of right) correct[field]++;
    const fields = FACT_FIELDS.filter((f) => !right.has(f));
    if (fields.length > 0) wrong.push({ gold: goldFact, predicted: fact, fields });
  });
  return { doc: gold.doc, gold: gold.facts.length, matched: matches.filter(Boolean).length, correct, wrong };
}

function fieldsRight(gold: GoldFact, fact: Fact): Set<FactField> {
  const right = new Set<FactField>();
  const paths = fact.where.map((w) => w.path);
  if (gold.when === fact.when) right.add('when');
  if (sameSet(gold.where, paths)) right.add('where');
  if (whereLenient(gold.where, paths)) right.add('whereLenient');
  if (sameSet(gold.who.map(foldSurface), fact.who.map(foldSurface))) right.add('who');
  if (right.has('when') && right.has('whereLenient') && right.has('who')) right.add('joint');
  return right;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((x) => right.has(x));
}

/**
 * Lenient where: the deepest gold path equals, or is an ancestor or a
 * descendant of, a predicted path (both empty also counts).
 */
export function whereLenient(gold: readonly string[], predicted: readonly string[]): boolean {
  if (gold.length === 0) return predicted.length === 0;
  const deepest = gold.reduce((a, b) => (b.split('/').length > a.split('/').length ? b : a));
  return predicted.some((p) => p === deepest || p.startsWith(`${deepest}/`) || deepest.startsWith(`${p}/`));
}

export interface FactSummary {
  gold: number;
  matched: number;
  accuracy: Record<FactField, number>;
}

export function summarizeFacts(scores: readonly FactDocScore[]): FactSummary {
  const gold = scores.reduce((n, s) => n + s.gold, 0);
  const matched = scores.reduce((n, s) => n + s.matched, 0);
  const accuracy = Object.fromEntries(
    FACT_FIELDS.map((field) => [field, gold === 0 ? 0 : scores.reduce((n, s) => n + s.correct[field], 0) / gold]),
  ) as Record<FactField, number>;
  return { gold, matched, accuracy };
}

const FIELD_LABELS: Record<FactField, string> = {
  when: 'when',
  where: 'where (exact)',
  whereLenient: 'where (lenient)',
  who: 'who',
  joint: 'when+where+who',
};

export function formatFactSummary(summary: FactSummary): string {
  const lines = [`facts: ${summary.gold} gold, ${summary.matched} matched to an extracted amount`];
  for (const field of FACT_FIELDS) lines.push(`  ${FIELD_LABELS[field].padEnd(16)} ${summary.accuracy[field].toFixed(3)}`);
  return lines.join('\n');
}

export function formatFactMisses(scores: readonly FactDocScore[]): string {
  const lines: string[] = [];
  for (const score of scores) {
    if (score.wrong.length === 0) continue;
    lines.push(`\n${score.doc} (facts)`);
    for (const { gold, predicted, fields } of score.wrong) {
      const got = predicted
        ? `${predicted.when ?? 'null'} | ${predicted.where.map((w) => w.path).join(',')} | ${predicted.who.join(',')}`
        : 'no extracted amount';
      lines.push(`  ${gold.text}: ${fields.filter((f) => f !== 'joint').join(',')}`);
      lines.push(`     gold ${gold.when ?? 'null'} | ${gold.where.join(',')} | ${gold.who.join(',')}`);
      lines.push(`     got  ${got}`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
