#!/usr/bin/env node
'use strict';
/*
 * Measures what the gazetteer costs at start-up: load time and the heap/RSS
 * it adds, for the eager levels (province to township), the place index the
 * extractor builds on top, one province's villages (loaded on demand), and
 * the natural-feature list (data/geo-features.tsv.gz).
 *
 *   npm run build && node --expose-gc scripts/measure-gazetteer.js [province code, default 54]
 */
const path = require('node:path');

const dist = path.resolve(__dirname, '..', 'dist');
const { loadGazetteer } = require(path.join(dist, 'resolve', 'gazetteer.js'));
const { PlaceIndex } = require(path.join(dist, 'resolve', 'place-index.js'));
const { generatedFeatures } = require(path.join(dist, 'extract', 'geo.js'));

const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);

// Each step is timed from the end of the collection after the step before to
// the start of the collection after it: the forced collections that make the
// heap figures exact are the script's own cost, not the step's.
function snapshot() {
  const at = process.hrtime.bigint();
  if (global.gc) global.gc();
  const { heapUsed, rss } = process.memoryUsage();
  return { heapUsed, rss, at, collected: process.hrtime.bigint() };
}

let stepsMs = 0;

function report(label, before, after) {
  const ms = label === 'total' ? stepsMs : Number(after.at - before.collected) / 1e6;
  stepsMs += ms;
  console.log(
    `${label.padEnd(28)} ${ms.toFixed(0).padStart(5)} ms   heap +${mb(after.heapUsed - before.heapUsed)} MB   rss +${mb(after.rss - before.rss)} MB`,
  );
}

const province = process.argv[2] || '54';
if (!global.gc) console.log('(run with --expose-gc for exact heap figures)');

const start = snapshot();
const gazetteer = loadGazetteer();
const loaded = snapshot();
report(`gazetteer (${gazetteer.byCode.size} divisions)`, start, loaded);

const index = new PlaceIndex(gazetteer, { aliases: [], blockedWords: [], contextOnly: new Set(), chainOnly: new Set(), variantChars: new Map() });
const indexed = snapshot();
report(`place index (${index.size} names)`, loaded, indexed);

const anyDivision = [...gazetteer.divisions].find((d) => d.code.startsWith(province));
const villages = gazetteer.villagesBelow(anyDivision);
const withVillages = snapshot();
report(`villages of province ${province} (${villages.length})`, indexed, withVillages);
const features = generatedFeatures();
const withFeatures = snapshot();
report(`feature list (${features.length})`, withVillages, withFeatures);
report('total', start, withFeatures);
