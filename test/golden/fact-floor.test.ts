import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FACT_FIELDS, readFactGoldDir, scoreFacts, summarizeFacts, type FactField } from '../../src/eval/facts-score';
import { Pipeline } from '../../src/pipeline/process';
import { articlesOf } from '../helpers/articles';
import { ROOT } from '../helpers/cli';

// The fact scores of every fixture set with fact gold are a regression floor,
// as eval-floors.json is for mentions: each field's accuracy, end to end (the
// reference date the tool infers), may not fall below the figure in
// fact-floors.json (the score when the floor was last raised, less 0.01;
// `node scripts/fact-scores.js` prints them). Lowering one needs a reason in
// the commit message.

interface SetFloors {
  facts: string;
  articles: string;
  floors: Record<FactField, number>;
}

const sets = JSON.parse(fs.readFileSync(path.join(__dirname, 'fact-floors.json'), 'utf8')) as Record<string, SetFloors>;
const pipeline = Pipeline.create();

describe.each(Object.entries(sets))('fact floor of %s', (_name, set) => {
  it('every fact field stays at or above its floor (reference date inferred)', async () => {
    const articles = await articlesOf(set.articles);
    const golds = readFactGoldDir(path.join(ROOT, set.facts));
    expect(golds.filter((gold) => !articles.has(path.basename(gold.doc))).map((gold) => gold.doc)).toEqual([]);
    const summary = summarizeFacts(golds.map((gold) => scoreFacts(gold, pipeline.process(articles.get(path.basename(gold.doc))!).facts ?? [])));
    expect(summary.gold).toBeGreaterThan(0);
    for (const field of FACT_FIELDS) {
      expect(set.floors[field], `${field} has a floor`).toBeTypeOf('number');
      expect(summary.accuracy[field], `${field} accuracy`).toBeGreaterThanOrEqual(set.floors[field]);
    }
  });
});
