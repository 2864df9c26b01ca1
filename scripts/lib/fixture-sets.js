'use strict';
// What the score-printing scripts share: the built code, the floor files'
// sets, each set's articles by file name, and a floor from a figure.
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');
const dist = path.join(root, 'dist');
const { readInputs } = require(`${dist}/input/read.js`);

/** The sets of a floor file under test/golden/ (`npm run build` first). */
function readSets(floorFile) {
  return JSON.parse(fs.readFileSync(path.join(root, 'test/golden', floorFile), 'utf8'));
}

/** The documents of a fixture folder, by file name. */
async function articlesByName(dir) {
  const articles = new Map();
  for await (const item of readInputs([path.join(root, dir)])) if (item.kind === 'document') articles.set(path.basename(item.doc), item);
  return articles;
}

/**
 * Each article's page address as its set's SOURCES.md records it (the first
 * http(s) address on a line naming the file), by file name: what a user who
 * crawled the pages would hand the tool as a JSON Lines `url` or a sidecar.
 */
function addressesOf(articlesDir) {
  const sources = path.join(root, path.dirname(articlesDir), 'SOURCES.md');
  const addresses = new Map();
  if (!fs.existsSync(sources)) return addresses;
  const lines = fs.readFileSync(sources, 'utf8').split('\n');
  for (const file of fs.readdirSync(path.join(root, articlesDir))) {
    const stem = file.replace(/\.[^.]+$/, '');
    const line = lines.find((l) => l.includes(stem) && /https?:\/\//.test(l));
    const address = line?.match(/https?:\/\/[^\s|)>\]`]+/);
    if (address) addresses.set(file, address[0]);
  }
  return addresses;
}

/** A floor: the figure less 0.01, to three places, never below 0. */
function floorOf(figure) {
  return Math.max(0, Math.floor((figure - 0.01) * 1000) / 1000);
}

module.exports = { root, dist, readSets, articlesByName, addressesOf, floorOf };
