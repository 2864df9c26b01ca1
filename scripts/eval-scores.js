#!/usr/bin/env node
// Prints every fixture set's F1 per type, end to end and with the gold's
// reference dates, as JSON shaped like test/golden/eval-floors.json less
// 0.01: a starting point when a change lifts the scores. Read the figures,
// and raise the floors in that file by hand (`npm run build` first).
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const dist = path.join(root, 'dist');
const { readGoldDir } = require(`${dist}/eval/gold.js`);
const { evaluate } = require(`${dist}/eval/run.js`);
const { SCORED_TYPES } = require(`${dist}/eval/score.js`);
const { readInputs } = require(`${dist}/input/read.js`);
const { Pipeline } = require(`${dist}/pipeline/process.js`);

async function main() {
  const sets = JSON.parse(fs.readFileSync(path.join(root, 'test/golden/eval-floors.json'), 'utf8'));
  const pipeline = Pipeline.create();
  for (const set of Object.values(sets)) {
    const articles = new Map();
    for await (const item of readInputs([path.join(root, set.articles)])) if (item.kind === 'document') articles.set(path.basename(item.doc), item);
    const golds = readGoldDir(path.join(root, set.gold));
    for (const mode of ['inferred', 'gold']) {
      const { summary } = evaluate(pipeline, golds, (g) => articles.get(path.basename(g.doc)), SCORED_TYPES, mode);
      set.floors[mode] = Object.fromEntries(SCORED_TYPES.map((t) => [t, Math.max(0, Math.floor((summary.byType.get(t).f1 - 0.01) * 1000) / 1000)]));
    }
  }
  process.stdout.write(`${JSON.stringify(sets, null, 2)}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
