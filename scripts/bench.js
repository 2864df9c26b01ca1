#!/usr/bin/env node
'use strict';
/*
 * npm run bench [-- --quick] [-- --rounds N] [-- --stages-only] [-- --dist DIR] [-- --baseline DIR]
 *
 * Builds corpora of copies of fixtures/articles (each copy varied a little:
 * its own heading line, some numbers shifted) in .bench/ (git-ignored), then
 * times, each in its own process:
 *   (a) bare nodejieba cut over the corpus (read + cut, one process)
 *   (b) zhextract extract --jobs 1
 *   (c) zhextract extract --jobs 2
 *   (d) two zhextract --jobs 1 processes at once, each on half the corpus:
 *       what two cores of this machine give two independent processes, the
 *       ceiling for (c)
 *   (e) bare cut through zhextract's own jieba binding (for comparison: the
 *       target is stated against (a), stock nodejieba)
 * in rounds (the order rotated each round, so drift on a shared machine
 * falls on every run alike), and prints the median of each with its range,
 * the ratios the performance targets are stated in, start-up time for one
 * article, peak RSS at the small and the large corpus (to show memory stays
 * flat), and where the time of --jobs 1 goes, stage by stage.
 *
 *   default: 1,000 articles timed, 3 rounds, 10,000 for the memory check
 *   --quick: 200 articles timed, 1 round, 2,000 for the memory check
 *
 * --no-facts (with --baseline): this build runs with --no-facts (no fact
 * linking), to compare the mention pipeline alone with a checkout that had
 * no facts yet.
 *
 * --baseline DIR: instead, run this build and another built checkout (DIR:
 * the commit a speed target is stated against) in turn, A B A B …, on the
 * same corpora (the timed one, one article, the memory one), and print each
 * one's median wall, CPU and peak RSS with the ratio pair by pair: a
 * comparison that holds while a shared machine's speed drifts, which two
 * separate bench runs do not.
 *
 * Needs a build (npm run build) and GNU time (/usr/bin/time) for peak RSS;
 * without GNU time the RSS column says n/a.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..');
const BENCH_DIR = path.join(ROOT, '.bench');
const FIXTURES = path.join(ROOT, 'fixtures', 'articles');
const BIN = path.join(ROOT, 'bin', 'zhextract');
const GNU_TIME = '/usr/bin/time';

const args = new Set(process.argv.slice(2));
const QUICK = args.has('--quick');
const STAGES_ONLY = args.has('--stages-only');
// --dist DIR: time another build instead of dist/ (to measure a proposed change).
const distArg = process.argv.indexOf('--dist');
const STAGES_DIST = distArg > 0 ? path.resolve(process.argv[distArg + 1]) : path.join(ROOT, 'dist');
const TIMED_ARTICLES = QUICK ? 200 : 1000;
const baselineArg = process.argv.indexOf('--baseline');
const BASELINE = baselineArg > 0 ? path.resolve(process.argv[baselineArg + 1]) : undefined;
const NO_FACTS = args.has('--no-facts');
const roundsArg = process.argv.indexOf('--rounds');
// An odd number, so the median is one of the runs.
const ROUNDS = ((n) => (n % 2 === 0 ? n + 1 : n))(roundsArg > 0 ? Math.max(1, Math.floor(Number(process.argv[roundsArg + 1])) || 1) : QUICK ? 1 : 3);
const MEMORY_ARTICLES = QUICK ? 2000 : 10000;

// ---------------------------------------------------------------- corpus

/** Copy number `n` of a fixture: a heading of its own and a few numbers shifted, so no two files are equal. */
function vary(text, n) {
  let run = 0;
  const shifted = text.replace(/\d+/g, (digits) => (run++ % 7 === 3 ? String(Number(digits) + (n % 10)) : digits));
  return `第${n}号稿件\n${shifted}`;
}

/** .bench/corpus-N: N varied copies (built once, reused while the fixtures are unchanged). */
function buildCorpus(count) {
  const fixtures = fs
    .readdirSync(FIXTURES)
    .filter((name) => /\.(txt|md)$/.test(name))
    .sort()
    .map((name) => fs.readFileSync(path.join(FIXTURES, name), 'utf8'));
  const dir = path.join(BENCH_DIR, `corpus-${count}`);
  const stamp = path.join(dir, '.complete');
  if (fs.existsSync(stamp)) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  // 100 articles per subfolder, as archives are usually split.
  for (let n = 0; n < count; n++) {
    const sub = path.join(dir, String(Math.floor(n / 100)).padStart(3, '0'));
    if (n % 100 === 0) fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, `${String(n).padStart(5, '0')}.txt`), vary(fixtures[n % fixtures.length], n));
  }
  fs.writeFileSync(stamp, '');
  return dir;
}

function listFiles(dir) {
  const files = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...listFiles(full));
    else if (entry.name.endsWith('.txt')) files.push(full);
  }
  return files;
}

function corpusBytes(dir) {
  return listFiles(dir).reduce((sum, file) => sum + fs.statSync(file).size, 0);
}

// ---------------------------------------------------------------- running

const hasGnuTime = fs.existsSync(GNU_TIME) && spawnSync(GNU_TIME, ['-f', '%M', 'true']).status === 0;

/** Runs a command; wall seconds, peak RSS (MB) of the whole process tree's largest process, exit code. */
function timed(command, commandArgs, { stdoutFile } = {}) {
  const rssFile = path.join(BENCH_DIR, 'rss.txt');
  fs.rmSync(rssFile, { force: true }); // never read an earlier run's figure
  const out = stdoutFile ? fs.openSync(stdoutFile, 'w') : 'ignore';
  const argv = hasGnuTime ? [GNU_TIME, '-f', '%M %U %S', '-o', rssFile, command, ...commandArgs] : [command, ...commandArgs];
  const started = process.hrtime.bigint();
  const result = spawnSync(argv[0], argv.slice(1), { stdio: ['ignore', out, 'pipe'], maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (typeof out === 'number') fs.closeSync(out);
  const stderr = result.stderr ? result.stderr.toString() : '';
  const [rssKB, user, system] = gnuTimeFigures(rssFile);
  return { seconds, rssMB: rssKB / 1024, cpuSeconds: user + system, status: result.status, stderr };
}

/** Peak RSS (KB), user and system seconds as GNU time wrote them; NaN where it did not. */
function gnuTimeFigures(file) {
  if (!hasGnuTime || !fs.existsSync(file)) return [NaN, NaN, NaN];
  return fs.readFileSync(file, 'utf8').trim().split('\n').pop().split(' ').map(Number);
}

/** The zhextract command line: bin/zhextract, or the CLI of the --dist build. */
function zhextractCommand() {
  if (STAGES_DIST === path.join(ROOT, 'dist')) return [BIN];
  const main = JSON.stringify(path.join(STAGES_DIST, 'cli', 'main.js'));
  return ['-e', `require(${main}).main([process.argv[0], 'zhextract', ...process.argv.slice(1)])`];
}

/** Runs two commands at once; wall seconds until both end, the larger peak RSS, CPU seconds of both. */
async function timedPair(first, second) {
  const { spawn } = require('node:child_process');
  const started = process.hrtime.bigint();
  const runOne = ([command, commandArgs], k) =>
    new Promise((resolve) => {
      const rssFile = path.join(BENCH_DIR, `rss-${k}.txt`);
      fs.rmSync(rssFile, { force: true });
      const argv = hasGnuTime ? [GNU_TIME, '-f', '%M %U %S', '-o', rssFile, command, ...commandArgs] : [command, ...commandArgs];
      // Output to a file, as (b) and (c) write theirs.
      const out = fs.openSync(path.join(BENCH_DIR, `out-half-${k}.jsonl`), 'w');
      const child = spawn(argv[0], argv.slice(1), { stdio: ['ignore', out, 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('error', (error) => {
        fs.closeSync(out);
        resolve({ status: 1, stderr: error.message, rssMB: NaN, cpuSeconds: NaN });
      });
      child.on('close', (status) => {
        fs.closeSync(out);
        const [rssKB, user, system] = gnuTimeFigures(rssFile);
        resolve({ status, stderr, rssMB: rssKB / 1024, cpuSeconds: user + system });
      });
    });
  const [a, b] = await Promise.all([runOne(first, 0), runOne(second, 1)]);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  for (const run of [a, b]) if (run.status !== 0) process.stderr.write(`bench: a half run exited ${run.status}\n${run.stderr.slice(0, 2000)}\n`);
  return { seconds, rssMB: Math.max(a.rssMB, b.rssMB), cpuSeconds: a.cpuSeconds + b.cpuSeconds, status: a.status || b.status };
}

/** (d): two --jobs 1 processes at once, on the first and the second half of the corpus's subfolders. */
function twoHalves(dir) {
  const folders = fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => path.join(dir, e.name)).sort();
  const half = Math.ceil(folders.length / 2);
  const command = (paths) => [process.execPath, [...zhextractCommand(), 'extract', ...paths, '--format', 'jsonl', '--jobs', '1', '--quiet']];
  return timedPair(command(folders.slice(0, half)), command(folders.slice(half)));
}

function zhextract(extraArgs, stdoutFile) {
  const run = timed(process.execPath, [...zhextractCommand(), 'extract', ...extraArgs], { stdoutFile });
  if (run.status !== 0) {
    process.stderr.write(`bench: zhextract ${extraArgs.join(' ')} exited ${run.status}\n${run.stderr.slice(0, 2000)}\n`);
  }
  return run;
}

/** (a) the baseline: read every file and nodejieba.cut it, in one process. */
function bareJieba(dir) {
  const script = `
    const fs = require('fs'); const path = require('path');
    const jieba = require(${JSON.stringify(require.resolve('nodejieba', { paths: [ROOT] }))});
    function walk(d) { for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const f = path.join(d, e.name);
      if (e.isDirectory()) walk(f); else if (f.endsWith('.txt')) jieba.cut(fs.readFileSync(f, 'utf8'));
    } }
    walk(${JSON.stringify(dir)});`;
  return timed(process.execPath, ['-e', script]);
}

/**
 * (e) the same through zhextract's own jieba binding (same cppjieba and
 * dictionaries, no TextRank copy): what segmentation alone costs zhextract.
 * For comparison only; the target is stated against (a).
 */
function bareLeanJieba(dir) {
  const script = `
    const fs = require('fs'); const path = require('path');
    const binding = require(${JSON.stringify(path.join(STAGES_DIST, 'tokenize', 'binding.js'))}).chooseBinding();
    if (binding.name !== 'zhextract') { console.error('zhextract binding not built'); process.exit(3); }
    binding.load(${JSON.stringify(path.join(ROOT, 'data', 'jieba-unused-idf.utf8'))});
    // The addon beside the build under test, as its binding.js loads it (one instance per file).
    const native = require(${JSON.stringify(path.resolve(STAGES_DIST, '..', 'build', 'Release', 'zhextract_jieba.node'))});
    function walk(d) { for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const f = path.join(d, e.name);
      if (e.isDirectory()) walk(f); else if (f.endsWith('.txt')) native.cut(fs.readFileSync(f, 'utf8'), false);
    } }
    walk(${JSON.stringify(dir)});`;
  return timed(process.execPath, ['-e', script]);
}

/** The run of median wall time. */
function medianRun(list) {
  return [...list].sort((a, b) => a.seconds - b.seconds)[Math.floor(list.length / 2)];
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

// ---------------------------------------------------------------- stages

/**
 * Where --jobs 1 spends its time: the pipeline's own steps, re-run here stage
 * by stage over `files` (clean, each extractor with segmentation as lazy as
 * in a real run, serialization). jieba's share is counted apart, by wrapping
 * the tokenize stage, and taken out of the extractors that asked for it.
 * Runs in a child so its numbers do not include this script's corpus work.
 */
function stageProfile(files) {
  const script = `
    const fs = require('fs');
    const dist = ${JSON.stringify(STAGES_DIST)};
    const h = () => Number(process.hrtime.bigint()) / 1e6;
    const t0 = h();
    const { Pipeline } = require(dist + '/pipeline/process.js');
    const { RuleSet } = require(dist + '/rules/loader.js');
    const { loadExtractors } = require(dist + '/extract/registry.js');
    const { makeContext } = require(dist + '/pipeline/context.js');
    const jieba = require(dist + '/tokenize/jieba.js');
    const { fromBytes } = require(dist + '/input/read.js');
    const tRequire = h();
    const pipeline = Pipeline.create({});
    const tCreate = h();
    const extractors = loadExtractors(RuleSet.withUserDir());
    // Segmentation is asked for lazily from inside the extractors: time it apart.
    const wordEnds = jieba.wordEnds;
    let segmenting = 0;
    jieba.wordEnds = (...args) => { const t = h(); try { return wordEnds(...args); } finally { segmenting += h() - t; } };
    const totals = { 'read + decode': 0, clean: 0, 'jieba segmentation (lazy)': 0 };
    for (const { type } of extractors) totals['extract ' + type] = 0;
    totals['serialize (JSON)'] = 0;
    totals['whole Pipeline.process'] = 0;
    const files = ${JSON.stringify(files)};
    for (const file of files) {
      let t = h();
      const doc = fromBytes({ doc: file, path: file, bytes: fs.readFileSync(file), html: false });
      totals['read + decode'] += h() - t; t = h();
      const cleaned = pipeline.clean(doc.text);
      totals.clean += h() - t;
      const drafts = [];
      const base = makeContext({ text: cleaned.text, paragraphs: cleaned.paragraphs, referenceDate: null });
      for (const { type, extractor } of extractors) {
        const segmentedBefore = segmenting;
        t = h();
        drafts.push(...extractor.extract({ ...base, earlier: [...drafts] }));
        const asked = segmenting - segmentedBefore;
        totals['extract ' + type] += h() - t - asked;
        totals['jieba segmentation (lazy)'] += asked;
      }
      t = h();
      const record = pipeline.process(doc);
      totals['whole Pipeline.process'] += h() - t; t = h();
      JSON.stringify(record);
      totals['serialize (JSON)'] += h() - t;
    }
    process.stdout.write(JSON.stringify({ require: tRequire - t0, create: tCreate - tRequire, totals, documents: files.length }));`;
  const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (result.status !== 0) return { error: result.stderr.slice(0, 2000) };
  return JSON.parse(result.stdout);
}

// ---------------------------------------------------------------- report

const mb = (bytes) => bytes / 1e6;
const fixed = (x, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');

function printStages(profile) {
  if (profile.error) {
    console.log(`stage profile failed:\n${profile.error}`);
    return;
  }
  const whole = profile.totals['whole Pipeline.process'];
  console.log(`\nWhere --jobs 1 spends its time (${profile.documents} articles, one process; ms total, ms/article, share of Pipeline.process):`);
  console.log(`  ${'require dist modules (once)'.padEnd(28)} ${fixed(profile.require, 0).padStart(8)} ms`);
  console.log(`  ${'Pipeline.create (once)'.padEnd(28)} ${fixed(profile.create, 0).padStart(8)} ms   (rules, jieba dictionary, gazetteer)`);
  for (const [stage, ms] of Object.entries(profile.totals)) {
    const share = stage === 'read + decode' || stage === 'serialize (JSON)' ? '' : `${fixed((100 * ms) / whole, 1).padStart(5)} %`;
    console.log(`  ${stage.padEnd(28)} ${fixed(ms, 0).padStart(8)} ms ${fixed(ms / profile.documents, 2).padStart(8)} ms/doc  ${share}`);
  }
}

// ---------------------------------------------------------------- against a baseline

/** Runs `ours` and `theirs` in turn, `pairs` times (who goes first alternates); prints medians and pair ratios. */
function pairedRuns(label, pairs, ours, theirs) {
  const runs = { ours: [], theirs: [] };
  for (let i = 0; i < pairs; i++) {
    const order = i % 2 === 0 ? ['ours', 'theirs'] : ['theirs', 'ours'];
    for (const who of order) runs[who].push(who === 'ours' ? ours() : theirs());
  }
  console.log(`${label}, ${pairs} pair(s): this build / baseline`);
  for (const [figure, unit, read] of [
    ['wall', 's', (r) => r.seconds],
    ['CPU', 's', (r) => r.cpuSeconds],
    ['peak RSS', 'MB', (r) => r.rssMB],
  ]) {
    const a = runs.ours.map(read);
    const b = runs.theirs.map(read);
    const ratios = a.map((x, i) => x / b[i]);
    console.log(
      `  ${figure.padEnd(9)} ${fixed(median(a), unit === 'MB' ? 0 : 2).padStart(7)} ${unit} vs ${fixed(median(b), unit === 'MB' ? 0 : 2).padStart(7)} ${unit}   ratio median ${fixed(median(ratios), 3)} [${fixed(Math.min(...ratios), 3)}-${fixed(Math.max(...ratios), 3)}]`,
    );
  }
}

async function compareWithBaseline() {
  const theirBin = path.join(BASELINE, 'bin', 'zhextract');
  if (!fs.existsSync(path.join(BASELINE, 'dist', 'cli', 'main.js'))) {
    console.error(`bench: --baseline ${BASELINE} is not a built checkout (no dist/cli/main.js)`);
    process.exit(2);
  }
  console.log(`baseline: ${BASELINE}${NO_FACTS ? ' (this build with --no-facts)' : ''}\n`);
  const out = path.join(BENCH_DIR, 'out-paired.jsonl');
  const ourExtra = NO_FACTS ? ['--no-facts'] : [];
  const extract = (dir, jobs = []) => ({
    ours: () => zhextract([dir, '--format', 'jsonl', ...jobs, ...ourExtra, '--quiet'], out),
    theirs: () => timed(process.execPath, [theirBin, 'extract', dir, '--format', 'jsonl', ...jobs, '--quiet'], { stdoutFile: out }),
  });
  const timedDir = buildCorpus(TIMED_ARTICLES);
  const pairs = Math.max(ROUNDS, 3);
  const jobs1 = extract(timedDir, ['--jobs', '1']);
  pairedRuns(`extract --jobs 1, ${TIMED_ARTICLES} articles`, pairs, jobs1.ours, jobs1.theirs);
  const one = extract(listFiles(timedDir)[0]);
  pairedRuns('start-up, one article', pairs, one.ours, one.theirs);
  const memory = extract(buildCorpus(MEMORY_ARTICLES), ['--jobs', '1']);
  pairedRuns(`extract --jobs 1, ${MEMORY_ARTICLES} articles`, QUICK ? 1 : 3, memory.ours, memory.theirs);
}

async function main() {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'cli', 'main.js'))) {
    console.error('bench: not built: run `npm run build` first');
    process.exit(2);
  }
  fs.mkdirSync(BENCH_DIR, { recursive: true });
  console.log(`zhextract benchmark${QUICK ? ' (--quick)' : ''}: node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}), nproc ${os.availableParallelism()}, load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);

  const timedDir = buildCorpus(TIMED_ARTICLES);
  const bytes = corpusBytes(timedDir);
  const files = listFiles(timedDir);
  if (STAGES_DIST !== path.join(ROOT, 'dist')) console.log(`build under test: ${path.relative(ROOT, STAGES_DIST)}`);
  console.log(`corpus: ${files.length} articles, ${fixed(mb(bytes))} MB in ${path.relative(ROOT, timedDir)}/\n`);

  if (BASELINE) {
    await compareWithBaseline();
    return;
  }
  if (STAGES_ONLY) {
    printStages(stageProfile(files.slice(0, Math.min(files.length, 200))));
    return;
  }

  const kinds = [
    ['(a) bare nodejieba cut', () => bareJieba(timedDir)],
    ['(b) zhextract --jobs 1', () => zhextract([timedDir, '--format', 'jsonl', '--jobs', '1', '--quiet'], path.join(BENCH_DIR, 'out-jobs1.jsonl'))],
    ['(c) zhextract --jobs 2', () => zhextract([timedDir, '--format', 'jsonl', '--jobs', '2', '--quiet'], path.join(BENCH_DIR, 'out-jobs2.jsonl'))],
    ['(d) 2 x --jobs 1, halves', () => twoHalves(timedDir)],
    ['(e) bare cut, own binding', () => bareLeanJieba(timedDir)],
  ];
  const runs = kinds.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    for (let k = 0; k < kinds.length; k++) {
      const which = (k + round) % kinds.length; // rotated: no kind always runs first or last
      runs[which].push(await kinds[which][1]());
    }
  }
  console.log(`${ROUNDS} round(s); median of each, [min-max] wall seconds:`);
  console.log(`${'run'.padEnd(26)} ${'wall s'.padStart(8)} ${'range'.padStart(13)} ${'MB/s'.padStart(8)} ${'docs/s'.padStart(8)} ${'CPU s'.padStart(8)} ${'peak RSS MB'.padStart(12)}`);
  const medians = runs.map((list) => medianRun(list));
  kinds.forEach(([name], k) => {
    const run = medians[k];
    const walls = runs[k].map((r) => r.seconds);
    const range = `[${fixed(Math.min(...walls))}-${fixed(Math.max(...walls))}]`;
    console.log(`${name.padEnd(26)} ${fixed(run.seconds).padStart(8)} ${range.padStart(13)} ${fixed(mb(bytes) / run.seconds).padStart(8)} ${fixed(files.length / run.seconds, 1).padStart(8)} ${fixed(run.cpuSeconds).padStart(8)} ${fixed(run.rssMB, 0).padStart(12)}`);
  });
  const [jieba, jobs1, jobs2, halves, leanJieba] = medians;
  const sameOutput = fs.readFileSync(path.join(BENCH_DIR, 'out-jobs1.jsonl')).equals(fs.readFileSync(path.join(BENCH_DIR, 'out-jobs2.jsonl')));
  const vsJieba = jieba.seconds / jobs1.seconds;
  const speedup = jobs1.seconds / jobs2.seconds;
  const ceiling = jobs1.seconds / halves.seconds;
  const perRound = (k, j) => runs[k].map((run, r) => fixed(runs[j][r].seconds / run.seconds)).join(', ');
  console.log(`\n--jobs 1 throughput / bare jieba cut: ${fixed(vsJieba)}x   (target >= 0.50: ${vsJieba >= 0.5 ? 'met' : 'NOT met'}; by round ${perRound(1, 0)})`);
  console.log(`--jobs 2 speed-up over --jobs 1:      ${fixed(speedup)}x   (target >= 1.50: ${speedup >= 1.5 ? 'met' : 'NOT met'}; by round ${perRound(2, 1)})`);
  console.log(`two independent --jobs 1 processes on the halves, over --jobs 1: ${fixed(ceiling)}x (what this machine's two cores allow two processes that share nothing)`);
  console.log(`--jobs 1 throughput / bare cut through zhextract's own binding (e): ${fixed(leanJieba.seconds / jobs1.seconds)}x (for comparison; the target is against nodejieba, (a))`);
  console.log(`--jobs 1 and --jobs 2 output identical: ${sameOutput ? 'yes' : 'NO'}`);

  // Start-up: one article, median of three runs.
  const one = files[0];
  const startup = median([0, 1, 2].map(() => zhextract([one, '--format', 'jsonl', '--quiet']).seconds));
  const jiebaStartup = median([0, 1, 2].map(() => timed(process.execPath, ['-e', `require(${JSON.stringify(require.resolve('nodejieba', { paths: [ROOT] }))}).cut('预热')`]).seconds));
  const leanStartup = median([0, 1, 2].map(() => timed(process.execPath, ['-e', `require(${JSON.stringify(path.join(STAGES_DIST, 'tokenize', 'jieba.js'))}).tokenize('预热')`]).seconds));
  const nodeStartup = median([0, 1, 2].map(() => timed(process.execPath, ['-e', '0']).seconds));
  console.log(`\nstart-up, one article (median of 3): zhextract ${fixed(startup)} s; bare node ${fixed(nodeStartup)} s; node + jieba dictionary through zhextract's binding ${fixed(leanStartup)} s, through nodejieba ${fixed(jiebaStartup)} s`);
  // The same ratio without the fixed start-up (both runs pay it once, in parallel for --jobs 2): what an archive sees.
  const steadySpeedup = (jobs1.seconds - startup) / (jobs2.seconds - startup);
  console.log(`--jobs 2 speed-up over --jobs 1 once started (wall minus one-article start-up): ${fixed(steadySpeedup)}x`);

  // Memory: the same run over a corpus ten times larger.
  const memoryDir = buildCorpus(MEMORY_ARTICLES);
  console.log(`\npeak RSS, flat as the corpus grows (${MEMORY_ARTICLES} articles, ${fixed(mb(corpusBytes(memoryDir)))} MB, built in .bench/):`);
  const bigOne = zhextract([memoryDir, '--format', 'jsonl', '--jobs', '1', '--quiet'], os.devNull);
  const big = zhextract([memoryDir, '--format', 'jsonl', '--jobs', '2', '--quiet'], os.devNull);
  for (const [label, small, large] of [['--jobs 1', jobs1, bigOne], ['--jobs 2', jobs2, big]]) {
    const growth = large.rssMB / small.rssMB - 1;
    console.log(`  ${label}: ${TIMED_ARTICLES} articles ${fixed(small.rssMB, 0)} MB, ${MEMORY_ARTICLES} articles ${fixed(large.rssMB, 0)} MB (${growth >= 0 ? '+' : ''}${fixed(100 * growth, 1)} %; target within 10 %: ${Math.abs(growth) <= 0.1 ? 'met' : 'NOT met'}); ${fixed(large.seconds, 1)} s, ${fixed(MEMORY_ARTICLES / large.seconds, 1)} docs/s`);
  }
  console.log(`  --jobs 2 speed-up over --jobs 1 at ${MEMORY_ARTICLES} articles (start-up and warm-up weigh less): ${fixed(bigOne.seconds / big.seconds)}x`);

  printStages(stageProfile(files.slice(0, Math.min(files.length, 200))));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
