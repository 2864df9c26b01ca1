import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
export const ARTICLES = path.join(ROOT, 'fixtures/articles');
export const GOLD = path.join(ROOT, 'fixtures/gold');

export interface CliResult {
  status: number | null;
  /** The signal that ended the process, when one did (status is then null). */
  signal?: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI (dist/, built by `npm test`'s pretest step). */
export function runCli(args: string[], options: { input?: string | Buffer; cwd?: string } = {}): CliResult {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'bin/zhextract'), ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

/** The files of an output folder a user sees (not the run's lock or record list, which are hidden). */
export function visibleFiles(dir: string): string[] {
  return fs.readdirSync(dir).filter((name) => !name.startsWith('.')).sort();
}
