import { loadExtractors, readableBy } from '../../src/extract/registry';
import type { DraftMention, MentionType } from '../../src/model/mention';
import { makeContext } from '../../src/pipeline/context';
import { RuleSet } from '../../src/rules/loader';
import { settleOverlaps } from '../../src/refine/overlaps';
import { descriptorOf } from '../../src/model/types/index';

let extractors: ReturnType<typeof loadExtractors> | undefined;

/**
 * Runs every extractor over one cleaned text, in the pipeline's order (so
 * later types see the earlier ones' mentions), settles overlaps as the
 * pipeline does, and returns the drafts of the last type asked for.
 */
export function extractWith(types: MentionType[], text: string, referenceDate: string | null = null): DraftMention[] {
  extractors ??= loadExtractors(RuleSet.withUserDir());
  const found: DraftMention[] = [];
  for (const loaded of extractors) {
    found.push(...loaded.extractor.extract(makeContext({ text, referenceDate, earlier: readableBy(loaded, found) })));
  }
  const wanted = types[types.length - 1];
  const covers = (type: string, other: string) => descriptorOf(type).covers?.includes(other) ?? false;
  return settleOverlaps(found, (type) => descriptorOf(type).priority, covers).kept.filter((m) => m.type === wanted);
}

/** The fields a test usually compares, without spans and rule names. */
export function brief(mentions: readonly DraftMention[]): Array<Record<string, unknown>> {
  return mentions.map(({ cleanStart: _s, cleanEnd: _e, rule: _r, type: _t, ...rest }) => rest);
}
