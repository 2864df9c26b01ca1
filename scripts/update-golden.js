#!/usr/bin/env node
// Regenerates the golden outputs in test/golden/expected/ from the current
// build: `npm run golden:update`. Do it deliberately, then review the diff
// (git diff test/golden/expected) before committing: every changed line is a
// changed extraction.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = path.resolve(__dirname, '..');
const expectedDir = path.join(root, 'test/golden/expected');
const result = spawnSync(process.execPath, [path.join(root, 'bin/zhextract'), 'extract', 'fixtures/articles', '--format', 'jsonl'], {
  cwd: root,
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
});
if (result.status !== 0) {
  process.stderr.write(result.stderr);
  process.exit(result.status ?? 1);
}
fs.mkdirSync(expectedDir, { recursive: true });
for (const line of result.stdout.trim().split('\n')) {
  const record = JSON.parse(line);
  const file = path.join(expectedDir, record.doc.replace(/\.[^.]+$/, '.json'));
  fs.writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
  process.stdout.write(`wrote ${path.relative(root, file)} (${record.mentions.length} mentions)\n`);
}
