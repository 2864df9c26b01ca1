#!/usr/bin/env node
'use strict';
/*
 * Builds data/place-old-names.tsv: the former names of counties and
 * prefectures that the national list renamed with a new stem (开县 → 开州区,
 * 襄樊市 → 襄阳市), which the derived names (乃东县 for 乃东区: the same stem
 * with another suffix) do not cover. GUIDELINES: "short and old names resolve
 * to the current division".
 *
 * Source: the GB/T 2260 revisions of 2002 to 2016 in the npm package `gb2260`
 * (v0.6.0, lib/YYYYMM.json: code → name), used at build time only:
 *
 *   npm install --no-save gb2260@0.6.0      # or --prefix /tmp/gb2260
 *   node scripts/build-old-place-names.js [--from DIR]
 *
 * A former name is kept when, in the revision where it last appears, its
 * division has exactly one successor in today's list (data/gazetteer.tsv.gz):
 *   - the same code, at the same level, under a new name whose stem shares a
 *     first character with the old one (县 → 市 keeps the code), or any new
 *     name at prefecture level (襄樊市 → 襄阳市, 思茅市 → 普洱市);
 *   - else, a county of the same prefecture (of the same province where the
 *     prefecture's code changed) that the old revision did not have, whose
 *     stem starts with the old stem (开 → 开州区);
 *   - else, for a 县, the one county new in its prefecture where it is the one
 *     county gone from there, one for one (遵义县 → 播州区).
 * Divisions merged into another (崇文区 into 东城区) or split have no such
 * successor and are left out. A former name that is today any division's
 * name, or another county's stem with a suffix, is left out too.
 * Output (committed): old name <TAB> current code <TAB> last revision naming it.
 */

const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const ROOT = path.resolve(__dirname, '..');
const OUT = process.env.OLD_NAMES_OUT || path.join(ROOT, 'data', 'place-old-names.tsv');

function libDir() {
  const flag = process.argv.indexOf('--from');
  const given = flag >= 0 && process.argv[flag + 1] ? process.argv[flag + 1] : process.env.GB2260_DIR;
  const candidates = [];
  if (given) {
    const dir = path.resolve(given);
    candidates.push(dir, path.join(dir, 'lib'), path.join(dir, 'node_modules', 'gb2260', 'lib'));
  } else {
    try {
      candidates.push(path.join(path.dirname(require.resolve('gb2260/package.json')), 'lib'));
    } catch {
      /* not installed */
    }
  }
  const found = candidates.find((dir) => fs.existsSync(path.join(dir, 'revisions.json')));
  if (!found) {
    console.error('gb2260 is not installed: run `npm install --no-save gb2260@0.6.0` first (or give --from DIR).');
    process.exit(1);
  }
  return found;
}

const PLACEHOLDERS = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);
const SUFFIX = /(自治县|自治旗|林区|特区|地区|县|市|区|旗|盟)$/;

function stem(name) {
  return name.replace(SUFFIX, '');
}

function levelOf(code) {
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'prefecture';
  return 'county';
}

function current() {
  const rows = zlib
    .gunzipSync(fs.readFileSync(path.join(ROOT, 'data', 'gazetteer.tsv.gz')))
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [code, level, parent, name] = line.split('\t');
      return { code, level, parent, name };
    });
  const byCode = new Map(rows.filter((r) => /^\d{6}$/.test(r.code)).map((r) => [r.code, r]));
  const names = new Set(rows.filter((r) => r.level !== 'township').map((r) => r.name));
  // A county's stem with any county suffix is that county's derived name (乃东县 for 乃东区).
  const derived = new Set();
  for (const r of rows) {
    if (r.level !== 'county' || !SUFFIX.test(r.name) || r.name.includes('自治')) continue;
    for (const s of ['县', '市', '区']) derived.add(stem(r.name) + s);
  }
  return { rows, byCode, names, derived };
}

/** The one county new in the old county's prefecture since `table`, where it is the one county gone from there. */
function oneForOne(code, table, now, counties) {
  const prefix = code.slice(0, 4);
  const gone = Object.entries(table).filter(([c, n]) => c.slice(0, 4) === prefix && levelOf(c) === 'county' && !PLACEHOLDERS.has(n) && !now.byCode.has(c));
  const oldNames = new Set(Object.values(table));
  const added = counties.filter((r) => r.code.slice(0, 4) === prefix && !(r.code in table) && !oldNames.has(r.name));
  return gone.length === 1 && gone[0][0] === code && added.length === 1 ? added[0] : undefined;
}

function build() {
  const dir = libDir();
  const revisions = JSON.parse(fs.readFileSync(path.join(dir, 'revisions.json'), 'utf8')).sort();
  const now = current();
  const counties = [...now.byCode.values()].filter((r) => r.level === 'county');
  // name → { code, revision } of the latest revision naming it
  const last = new Map();
  const tables = new Map();
  for (const revision of revisions) {
    const table = JSON.parse(fs.readFileSync(path.join(dir, `${revision}.json`), 'utf8'));
    tables.set(revision, table);
    for (const [code, name] of Object.entries(table)) {
      if (PLACEHOLDERS.has(name) || levelOf(code) === 'province') continue;
      last.set(`${code}\t${name}`, { code, name, revision });
    }
  }
  const out = [];
  for (const { code, name, revision } of last.values()) {
    const level = levelOf(code);
    // A renamed prefecture's old name outranks a county's derived name (思茅市: the city, not 思茅区).
    if (name.includes('自治') || now.names.has(name) || (level === 'county' && now.derived.has(name))) continue;
    const oldStem = stem(name);
    if (oldStem === name) continue;
    const table = tables.get(revision);
    let successor;
    const same = now.byCode.get(code);
    if (same && same.level === level) {
      if (level === 'prefecture' || stem(same.name)[0] === oldStem[0]) successor = same;
    } else if (level === 'county') {
      const newer = (r) => !Object.values(table).includes(r.name) && stem(r.name).startsWith(oldStem) && stem(r.name) !== r.name;
      let found = counties.filter((r) => r.code.slice(0, 4) === code.slice(0, 4) && newer(r));
      if (found.length === 0) found = counties.filter((r) => r.code.slice(0, 2) === code.slice(0, 2) && newer(r));
      if (found.length === 1) successor = found[0];
      // 遵义县 → 播州区: no stem in common, but the prefecture lost this one county and gained one
      // new county since the revision, one for one.
      // Only a 县 (a district's name vanishing is a merger as often: 闸北区 into 静安区).
      else if (found.length === 0 && name.endsWith('县')) successor = oneForOne(code, table, now, counties);
    }
    if (successor) out.push([name, successor.code, revision, successor.name]);
  }
  // A former name that two successors claim is ambiguous: left out.
  const claims = new Map();
  for (const row of out) claims.set(row[0], (claims.get(row[0]) ?? new Set()).add(row[1]));
  const kept = out.filter((row) => claims.get(row[0]).size === 1);
  const unique = new Map(kept.map((row) => [row[0], row]));
  const lines = [...unique.values()].sort((a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0]));
  const header =
    '# Generated by scripts/build-old-place-names.js from the GB/T 2260 revisions 2002-2016 (npm gb2260@0.6.0): do not edit.\n' +
    '# old name\tcurrent code\tlast revision naming it\tcurrent name\n';
  fs.writeFileSync(OUT, header + lines.map((r) => r.join('\t')).join('\n') + '\n');
  console.log(`${lines.length} former names → ${OUT}`);
}

build();
