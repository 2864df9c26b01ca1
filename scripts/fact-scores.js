#!/usr/bin/env node
// Prints every fixture set's fact scores (end to end: the reference date the
// tool infers), shaped like test/golden/fact-floors.json with each figure
// less 0.01 as its floor, plus the figures themselves and all sets together.
// Read them, and raise the floors in that file by hand (`npm run build` first).
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const dist = path.join(root, 'dist');
const { readFactGoldDir, scoreFacts, summarizeFacts, FACT_FIELDS } = require(`${dist}/eval/facts-score.js`);
const { readInputs } = require(`${dist}/input/read.js`);
const { Pipeline } = require(`${dist}/pipeline/process.js`);

async function main() {
  const sets = JSON.parse(fs.readFileSync(path.join(root, 'test/golden/fact-floors.json'), 'utf8'));
  const pipeline = Pipeline.create();
  const all = [];
  const figures = {};
  for (const [name, set] of Object.entries(sets)) {
    const articles = new Map();
    for await (const item of readInputs([path.join(root, set.articles)])) if (item.kind === 'document') articles.set(path.basename(item.doc), item);
    const scores = readFactGoldDir(path.join(root, set.facts)).map((gold) => scoreFacts(gold, pipeline.process(articles.get(path.basename(gold.doc))).facts ?? []));
    all.push(...scores);
    const summary = summarizeFacts(scores);
    figures[name] = { facts: summary.gold, ...summary.accuracy };
    set.floors = Object.fromEntries(FACT_FIELDS.map((f) => [f, Math.max(0, Math.floor((summary.accuracy[f] - 0.01) * 1000) / 1000)]));
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
