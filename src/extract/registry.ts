import { MENTION_TYPES, type MentionType } from '../model/mention';
import type { RuleSet } from '../rules/loader';
import { countExtractor } from './count';
import { dateExtractor } from './date';
import { geoExtractor } from './geo';
import { moneyExtractor } from './money';
import { percentExtractor } from './percent';
import { placeExtractor } from './place';
import type { Extractor, ExtractorModule } from './types';

// Every extractor module, in the order they run: later extractors still see
// the mentions of earlier ones (counts skip what money and dates already
// took). Every extractor runs on every document; `--types` only filters the
// output, so what one type finds never depends on which others were asked for.
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
  extractor: Extractor;
}

/** Checks the rule files of every module, then builds their extractors. */
export function loadExtractors(rules: RuleSet): LoadedExtractor[] {
  for (const module of EXTRACTOR_MODULES) rules.preload(module.ruleFiles);
  return EXTRACTOR_MODULES.map((module) => ({ type: module.type, extractor: module.create(rules) }));
}
