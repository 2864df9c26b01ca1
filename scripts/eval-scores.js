#!/usr/bin/env node
// Prints every fixture set's F1 per type, end to end and with the gold's
// reference dates, as JSON shaped like test/golden/eval-floors.json less
// 0.01: a starting point when a change lifts the scores. Read the figures,
// and raise the floors in that file by hand (`npm run build` first).
'use strict';
const path = require('node:path');
const { root, dist, readSets, articlesByName, floorOf } = require('./lib/fixture-sets');

const { readGoldDir } = require(`${dist}/eval/gold.js`);
const { evaluate } = require(`${dist}/eval/run.js`);
const { SCORED_TYPES } = require(`${dist}/eval/score.js`);
const { Pipeline } = require(`${dist}/pipeline/process.js`);

async function main() {
  const sets = readSets('eval-floors.json');
  const pipeline = Pipeline.create();
  for (const set of Object.values(sets)) {
    const articles = await articlesByName(set.articles);
    const golds = readGoldDir(path.join(root, set.gold));
    for (const mode of ['inferred', 'gold']) {
      const { summary } = evaluate(pipeline, golds, (g) => articles.get(path.basename(g.doc)), SCORED_TYPES, mode);
      set.floors[mode] = Object.fromEntries(SCORED_TYPES.map((t) => [t, floorOf(summary.byType.get(t).f1)]));
    }
  }
  process.stdout.write(`${JSON.stringify(sets, null, 2)}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
