#!/usr/bin/env node
'use strict';
// Where the time and memory go for one very long line (issue 6): builds an
// N MB article without a single newline from a seed, runs it through the
// pipeline in this process and prints the time of each stage — decode,
// clean, jieba, every extractor (jieba time excluded), schema validation —
// and the RSS high-water mark. Run it at two sizes to see what grows faster
// than the input (5 MB taking more than 2.5 × the 2 MB time is quadratic).
//
//   npm run build && node scripts/profile-long-line.js [MB=5] [MB ...]

const fs = require('node:fs');
const path = require('node:path');

const dist = path.join(__dirname, '..', 'dist');
const { fromBytes } = require(path.join(dist, 'input', 'read.js'));
const { Pipeline } = require(path.join(dist, 'pipeline', 'process.js'));
const jieba = require(path.join(dist, 'tokenize', 'jieba.js'));
const schema = require(path.join(dist, 'model', 'schema.js'));

const seed = fs
  .readFileSync(path.join(__dirname, '..', 'fixtures', 'articles', '000_03353b2c7b3bde85.txt'), 'utf8')
  .replace(/\s+/g, '');
const now = () => Number(process.hrtime.bigint()) / 1e6;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** The process's RSS high-water mark (the kernel's, so nothing between samples is missed). */
const peakRss = () => process.resourceUsage().maxRSS * 1024;

/** Wraps module exports the pipeline calls through (compiled CommonJS reads them at call time). */
const timers = { jieba: 0, validate: 0 };
function timed(module, name, key) {
  const original = module[name];
  module[name] = (...args) => {
    const start = now();
    try {
      return original(...args);
    } finally {
      timers[key] += now() - start;
    }
  };
}
timed(jieba, 'tokenize', 'jieba');
timed(schema, 'validateRecord', 'validate');

/** Times each extractor (minus the jieba time it triggers); returns the timings and a function that undoes it. */
function instrumentExtractors(pipeline) {
  const times = [];
  const originals = [];
  for (const loaded of pipeline.extractors) {
    const extract = loaded.extractor.extract;
    originals.push(extract);
    const entry = { name: loaded.type, ms: 0, found: 0 };
    times.push(entry);
    loaded.extractor.extract = (ctx) => {
      const start = now();
      const jiebaBefore = timers.jieba;
      const drafts = extract.call(loaded.extractor, ctx);
      entry.ms += now() - start - (timers.jieba - jiebaBefore);
      entry.found += drafts.length;
      return drafts;
    };
  }
  const restore = () => pipeline.extractors.forEach((loaded, i) => (loaded.extractor.extract = originals[i]));
  return { times, restore };
}

function oneLine(bytes) {
  const copies = Math.ceil(bytes / Buffer.byteLength(seed));
  return Buffer.from(seed.repeat(copies), 'utf8');
}

function profile(pipeline, megabytes) {
  const { times, restore } = instrumentExtractors(pipeline);
  timers.jieba = 0;
  timers.validate = 0;
  const bytes = oneLine(megabytes * 1024 * 1024);
  let start = now();
  const input = fromBytes({ doc: 'long.txt', path: 'long.txt', bytes, html: false });
  if (input.kind !== 'document') throw new Error(`not decoded: ${input.cause}`);
  const decodeMs = now() - start;
  start = now();
  pipeline.clean(input.text);
  const cleanMs = now() - start;
  start = now();
  const record = pipeline.process(input);
  const processMs = now() - start;
  start = now();
  const json = JSON.stringify(record, null, 2);
  const jsonMs = now() - start;

  console.log(`\n${megabytes} MB on one line: ${input.text.length} characters, ${record.mentions.length} mentions, ${mb(json.length)} of JSON`);
  console.log(`  decode                ${decodeMs.toFixed(0).padStart(7)} ms`);
  console.log(`  clean (alone)         ${cleanMs.toFixed(0).padStart(7)} ms`);
  console.log(`  process (everything)  ${processMs.toFixed(0).padStart(7)} ms, of which:`);
  console.log(`    jieba               ${timers.jieba.toFixed(0).padStart(7)} ms`);
  for (const t of times) console.log(`    ${t.name.padEnd(20)}${t.ms.toFixed(0).padStart(7)} ms  (${t.found} drafts)`);
  console.log(`    schema validation   ${timers.validate.toFixed(0).padStart(7)} ms`);
  console.log(`  JSON.stringify        ${jsonMs.toFixed(0).padStart(7)} ms`);
  console.log(`  RSS now ${mb(process.memoryUsage().rss)}, peak so far ${mb(peakRss())}`);
  restore();
}

const sizes = process.argv.slice(2).map(Number);
const pipeline = Pipeline.create({});
for (const megabytes of sizes.length > 0 ? sizes : [5]) profile(pipeline, megabytes);
