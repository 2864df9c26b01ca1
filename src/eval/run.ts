import type { InputDocument } from '../input/types';
import type { MentionType } from '../model/mention';
import type { Pipeline } from '../pipeline/process';
import type { GoldFile } from './gold';
import { scoreDocument, summarize, type DocScore, type EvalSummary } from './score';

// One evaluation run over a gold set. Two ways to give the reference date:
// `inferred` runs the pipeline as a user does (a sidecar or the text gives
// the publication date), so reference-date errors count; `gold` passes the
// gold file's reference date, which isolates the extractors.

export type ReferenceDateMode = 'inferred' | 'gold';

export interface SetScore {
  summary: EvalSummary;
  scores: DocScore[];
  /** Gold files whose article was not among the inputs. */
  missing: GoldFile[];
}

export function evaluate(
  pipeline: Pipeline,
  goldFiles: readonly GoldFile[],
  articleFor: (gold: GoldFile) => InputDocument | undefined,
  types: readonly MentionType[],
  mode: ReferenceDateMode,
): SetScore {
  const scores: DocScore[] = [];
  const missing: GoldFile[] = [];
  for (const gold of goldFiles) {
    const article = articleFor(gold);
    if (!article) {
      missing.push(gold);
      continue;
    }
    const referenceDate = mode === 'gold' ? (gold.referenceDate ?? undefined) : undefined;
    scores.push(scoreDocument(gold, pipeline.process(article, referenceDate).mentions, types));
  }
  return { summary: summarize(scores, types), scores, missing };
}
