#!/usr/bin/env node
// Prints every fixture set's fact scores (end to end: the reference date the
// tool infers), shaped like test/golden/fact-floors.json with each figure
// less 0.01 as its floor, plus the figures themselves and all sets together.
// Read them, and raise the floors in that file by hand (`npm run build` first).
'use strict';
const path = require('node:path');
const { root, dist, readSets, articlesByName, floorOf } = require('./lib/fixture-sets');

const { readFactGoldDir, scoreFacts, summarizeFacts, FACT_FIELDS } = require(`${dist}/eval/facts-score.js`);
const { Pipeline } = require(`${dist}/pipeline/process.js`);

async function main() {
  const sets = readSets('fact-floors.json');
  const pipeline = Pipeline.create();
  const all = [];
  const figures = {};
  for (const [name, set] of Object.entries(sets)) {
    const articles = await articlesByName(set.articles);
    const scores = readFactGoldDir(path.join(root, set.facts)).map((gold) => scoreFacts(gold, pipeline.process(articles.get(path.basename(gold.doc))).facts ?? []));
    all.push(...scores);
    const summary = summarizeFacts(scores);
    figures[name] = { facts: summary.gold, ...summary.accuracy };
    set.floors = Object.fromEntries(FACT_FIELDS.map((f) => [f, floorOf(summary.accuracy[f])]));
  }
  const together = summarizeFacts(all);
  figures.all = { facts: together.gold, ...together.accuracy };
  process.stdout.write(`${JSON.stringify(sets, null, 2)}\n`);
  process.stderr.write(`figures (end to end):\n${JSON.stringify(figures, (k, v) => (typeof v === 'number' && !Number.isInteger(v) ? Number(v.toFixed(3)) : v), 1)}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
