import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGoldDir } from '../../src/eval/gold';
import { SCORED_TYPES, scoreDocument, summarize } from '../../src/eval/score';
import { readInputs } from '../../src/input/read';
import type { InputDocument } from '../../src/input/types';
import { Pipeline } from '../../src/pipeline/process';
import { ARTICLES, GOLD } from '../helpers/cli';

// The eval score on the fixtures is a regression floor: no change may push a
// type below the F1 its issue set as the target.
const FLOOR_F1 = { money: 0.97, percent: 0.97, date: 0.95, count: 0.92, place: 0.92, geo: 0.85 } as const;

describe('eval on the fixtures against the gold', () => {
  it('stays at or above the F1 floor for every type', async () => {
    const pipeline = Pipeline.create();
    const articles = new Map<string, InputDocument>();
    for await (const item of readInputs([ARTICLES])) if (item.kind === 'document') articles.set(path.basename(item.doc), item);
    const scores = readGoldDir(GOLD).map((gold) => {
      const record = pipeline.process(articles.get(gold.doc)!, gold.referenceDate ?? undefined);
      return scoreDocument(gold, record.mentions, SCORED_TYPES);
    });
    const summary = summarize(scores, SCORED_TYPES);
    for (const type of SCORED_TYPES) {
      expect(summary.byType.get(type)!.f1, type).toBeGreaterThanOrEqual(FLOOR_F1[type as keyof typeof FLOOR_F1]);
    }
  });
});
