import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

// `npm run measure:gazetteer` is how the README measures the gazetteer's start-up cost: it must keep
// running as the place index's rules grow. Needs dist/ (pretest).

describe('scripts/measure-gazetteer.js', () => {
  it('builds the gazetteer, the place index and the feature list and reports each', () => {
    const script = path.join(__dirname, '..', '..', 'scripts', 'measure-gazetteer.js');
    const run = spawnSync(process.execPath, [script], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/place index \(\d+ names\)/);
    expect(run.stdout).toMatch(/^total\s+\d+ ms/m);
  });
});
