#!/usr/bin/env node
// Prints every fixture set's fact scores (end to end: the reference date the
// tool infers), shaped like test/golden/fact-floors.json with each figure
// less 0.01 as its floor, plus the figures themselves and all sets together.
// Read them, and raise the floors in that file by hand (`npm run build` first).
// With --with-addresses each article also gets its page address from its
// set's SOURCES.md (as a crawled record's `url` would give it): figures only.
'use strict';
const path = require('node:path');
const { root, dist, readSets, articlesByName, addressesOf, floorOf } = require('./lib/fixture-sets');

const { readFactGoldDir, scoreFacts, summarizeFacts, FACT_FIELDS } = require(`${dist}/eval/facts-score.js`);
const { Pipeline } = require(`${dist}/pipeline/process.js`);

async function main() {
  const withAddresses = process.argv.includes('--with-addresses');
  const sets = readSets('fact-floors.json');
  const pipeline = Pipeline.create();
  const all = [];
  const figures = {};
  for (const [name, set] of Object.entries(sets)) {
    const articles = await articlesByName(set.articles);
    if (withAddresses) for (const [file, url] of addressesOf(set.articles)) if (articles.has(file)) articles.get(file).url = url;
    const scores = readFactGoldDir(path.join(root, set.facts)).map((gold) => scoreFacts(gold, pipeline.process(articles.get(path.basename(gold.doc))).facts ?? []));
    all.push(...scores);
    const summary = summarizeFacts(scores);
    figures[name] = { facts: summary.gold, ...summary.accuracy };
    set.floors = Object.fromEntries(FACT_FIELDS.map((f) => [f, floorOf(summary.accuracy[f])]));
  }
  const together = summarizeFacts(all);
  figures.all = { facts: together.gold, ...together.accuracy };
  if (!withAddresses) process.stdout.write(`${JSON.stringify(sets, null, 2)}\n`);
  process.stderr.write(`figures (end to end${withAddresses ? ', page addresses from SOURCES.md' : ''}):\n${JSON.stringify(figures, (k, v) => (typeof v === 'number' && !Number.isInteger(v) ? Number(v.toFixed(3)) : v), 1)}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
