import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGoldDir } from '../../src/eval/gold';
import { evaluate, type ReferenceDateMode } from '../../src/eval/run';
import { SCORED_TYPES } from '../../src/eval/score';
import { Pipeline } from '../../src/pipeline/process';
import { articlesOf } from '../helpers/articles';
import { ROOT } from '../helpers/cli';

// The eval score of every annotated fixture set is a regression floor: each
// type's F1, end to end (reference date inferred) and with the gold's
// reference date, may not fall below the figure in eval-floors.json (the
// scores when the floor was last raised, less 0.01). Raise a floor when a
// change lifts a score; lowering one needs a reason in the commit message.

interface SetFloors {
  gold: string;
  articles: string;
  floors: Record<ReferenceDateMode, Record<string, number>>;
}

const floorFile = path.join(__dirname, 'eval-floors.json');
const sets = JSON.parse(fs.readFileSync(floorFile, 'utf8')) as Record<string, SetFloors>;
const pipeline = Pipeline.create();

describe.each(Object.entries(sets))('eval floor of %s', (_name, set) => {
  it.each(['inferred', 'gold'] as const)('every type stays at or above its floor (reference date: %s)', async (mode) => {
    const articles = await articlesOf(set.articles);
    const golds = readGoldDir(path.join(ROOT, set.gold));
    const result = evaluate(pipeline, golds, (g) => articles.get(path.basename(g.doc)), SCORED_TYPES, mode);
    expect(result.missing.map((g) => g.doc)).toEqual([]);
    for (const type of SCORED_TYPES) {
      const floor = set.floors[mode][type];
      expect(floor, `${type} has a floor`).toBeTypeOf('number');
      expect(result.summary.byType.get(type)!.f1, `${type} F1`).toBeGreaterThanOrEqual(floor!);
    }
  });
});
