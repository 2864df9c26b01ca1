import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli';
import { tempDir } from '../helpers/temp';

// An unreadable article is named as failed and the others are still written.
// Root reads any file, so under root (as CI runs) the CLI is run as the
// unprivileged user `nobody` (uid/gid 65534): the test runs everywhere
// instead of being skipped where it matters most.

const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;

/** Whether `nobody` can run the CLI from this checkout (not when it lies under a private home folder). */
function nobodyCanRun(): boolean {
  const probe = spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(path.join(ROOT, 'dist/cli/main.js'))})`], {
    uid: NOBODY,
    gid: NOBODY,
  });
  return probe.status === 0;
}

describe('an article the user may not read', () => {
  const runnable = !asRoot || nobodyCanRun();
  if (!runnable) process.stderr.write(`permission test: user nobody cannot reach ${ROOT}; skipped\n`);
  it.runIf(runnable)('is named on stderr as permission denied, and its neighbour is still extracted (exit 1)', () => {
    const dir = tempDir('permission');
    fs.chmodSync(dir, 0o755);
    const locked = path.join(dir, 'locked.txt');
    fs.writeFileSync(locked, '投资1亿元。');
    fs.chmodSync(locked, 0o000);
    fs.writeFileSync(path.join(dir, 'open.txt'), '投资2亿元。');
    fs.chmodSync(path.join(dir, 'open.txt'), 0o644);
    const result = spawnSync(process.execPath, [path.join(ROOT, 'bin/zhextract'), 'extract', dir, '--format', 'jsonl', '--jobs', '1'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, HOME: dir },
      ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
    });
    expect(result.stderr).toContain(`zhextract: ${locked}: permission denied`);
    expect(result.status).toBe(1);
    const records = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(records.map((r) => r.doc)).toEqual(['open.txt']);
    expect(records[0].mentions[0]).toMatchObject({ type: 'money', value: 200000000 });
  });
});
