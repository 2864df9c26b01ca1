import type { MentionType } from '../model/mention';
import type { RuleSet } from '../rules/loader';
import { countExtractor } from './count';
import { dateExtractor } from './date';
import { geoExtractor } from './geo';
import { moneyExtractor } from './money';
import { percentExtractor } from './percent';
import { placeExtractor } from './place';
import type { Extractor, ExtractorModule } from './types';

// Every extractor module, in the order they run: later extractors see the
// mentions of earlier ones (counts skip what money and dates already took).
export const EXTRACTOR_MODULES: readonly ExtractorModule[] = [
  moneyExtractor,
  percentExtractor,
  dateExtractor,
  countExtractor,
  placeExtractor,
  geoExtractor,
];

/** The mention types a user may ask for with --types. */
export const SELECTABLE_TYPES: readonly MentionType[] = EXTRACTOR_MODULES.map((m) => m.type);

export interface LoadedExtractor {
  type: MentionType;
  extractor: Extractor;
}

/** Checks the rule files of the chosen modules, then builds their extractors. */
export function loadExtractors(rules: RuleSet, types: readonly MentionType[] = SELECTABLE_TYPES): LoadedExtractor[] {
  const chosen = EXTRACTOR_MODULES.filter((m) => types.includes(m.type));
  for (const module of chosen) rules.preload(module.ruleFiles);
  return chosen.map((module) => ({ type: module.type, extractor: module.create(rules) }));
}
