import { stringify } from 'csv-stringify/sync';
import type { DocumentRecord, MoneyMention } from '../model/mention';
import type { Fact } from '../facts/schema';

// One CSV row per fact (one per money mention), for spreadsheets. A fact
// with several places lists them in one cell each, separated by "; ".

export const FACTS_CSV_COLUMNS = [
  'doc', 'title', 'reference_date', 'text', 'value', 'currency', 'approx', 'when',
  'where_path', 'where_code', 'province', 'prefecture', 'county', 'who', 'purpose', 'sentence',
] as const;

const LIST_SEPARATOR = '; ';
/**
 * The title is repeated on every row: a text without line breaks has its
 * whole body as "title", which would be copied once per amount.
 */
const TITLE_LIMIT = 200;

export function factsCsvHeader(): string {
  return stringify([[...FACTS_CSV_COLUMNS]]);
}

export function factsCsvRows(record: DocumentRecord): string {
  const facts = record.facts ?? [];
  if (facts.length === 0) return '';
  const title = record.title.length > TITLE_LIMIT ? `${record.title.slice(0, TITLE_LIMIT)}…` : record.title;
  return stringify(facts.map((fact) => factRow(record, title, fact)));
}

function factRow(record: DocumentRecord, title: string, fact: Fact): string[] {
  const money = record.mentions[fact.money] as MoneyMention;
  const paths = fact.where.map((w) => w.path);
  const level = (depth: number) => distinct(paths.map((p) => p.split('/')[depth] ?? '').filter(Boolean));
  return [
    record.doc,
    title,
    record.referenceDate ?? '',
    fact.text,
    String(fact.value),
    money.currency,
    money.approx,
    fact.when ?? '',
    paths.join(LIST_SEPARATOR),
    fact.where.map((w) => w.code ?? '').join(LIST_SEPARATOR),
    level(0),
    level(1),
    level(2),
    fact.who.join(LIST_SEPARATOR),
    fact.purpose ?? '',
    money.sentence,
  ];
}

function distinct(values: string[]): string {
  return [...new Set(values)].join(LIST_SEPARATOR);
}
