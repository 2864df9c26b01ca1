import { MENTION_TYPES, type DraftMention, type MentionType } from '../model/mention';
import type { RuleSet } from '../rules/loader';
import { installUserWords } from '../tokenize/jieba';
import { countExtractor } from './count';
import { dateExtractor } from './date';
import { geoExtractor } from './geo';
import { moneyExtractor } from './money';
import { percentExtractor } from './percent';
import { placeExtractor } from './place';
import type { Extractor, ExtractorModule } from './types';

// Every extractor module, in the order they run. An extractor sees the
// mentions of earlier ones only for the types its module declares in
// `reads` (geo reads places: a township's stem is not a river); overlaps
// between types are settled afterwards by the refine stage. Every extractor
// runs on every document; `--types` only filters the output, so what one
// type finds never depends on which others were asked for.
export const EXTRACTOR_MODULES: readonly ExtractorModule[] = [
  moneyExtractor,
  percentExtractor,
  dateExtractor,
  countExtractor,
  placeExtractor,
  geoExtractor,
];

/** The mention types a user may ask for with --types: every described type. */
export const SELECTABLE_TYPES: readonly MentionType[] = MENTION_TYPES;

export interface LoadedExtractor {
  /** The type the module is named after (it may also emit others: count emits measure). */
  type: string;
  /** The earlier mention types it reads (its module's `reads`). */
  reads: readonly string[];
  extractor: Extractor;
}

/** The earlier mentions an extractor may read: those of the types it declares. */
export function readableBy(loaded: LoadedExtractor, found: readonly DraftMention[]): DraftMention[] {
  return loaded.reads.length === 0 ? [] : found.filter((m) => loaded.reads.includes(m.type));
}

/**
 * Checks the rule files of every module, builds their extractors, and has the
 * tokenizer stage install the words they need jieba to keep whole.
 */
export function loadExtractors(rules: RuleSet): LoadedExtractor[] {
  for (const module of EXTRACTOR_MODULES) rules.preload(module.ruleFiles);
  const loaded = EXTRACTOR_MODULES.map((module) => ({ type: module.type, reads: module.reads ?? [], extractor: module.create(rules) }));
  installUserWords(loaded.flatMap((l) => l.extractor.userWords ?? []));
  return loaded;
}
