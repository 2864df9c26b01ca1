import * as fs from 'node:fs';
import * as path from 'node:path';

// Output files are written under a temporary name beside their target and
// renamed into place only when complete, so a reader (or an interrupted run)
// never sees a half-written file and an old output is replaced only by a
// whole new one. Temporary files are removed on exit and on SIGINT, SIGTERM
// and SIGHUP; those left by a run killed outright (SIGKILL, power loss) are
// removed by the next run that writes into the same folder.

const pending = new Set<string>();
let cleanupInstalled = false;

const SIGNAL_NUMBERS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const;

function removePending(): void {
  for (const file of pending) fs.rmSync(file, { force: true });
  pending.clear();
}

function installCleanup(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  process.on('exit', removePending);
  for (const signal of Object.keys(SIGNAL_NUMBERS) as Array<keyof typeof SIGNAL_NUMBERS>) {
    process.once(signal, () => {
      removePending();
      process.exit(128 + SIGNAL_NUMBERS[signal]);
    });
  }
}

/** `.<name>.<pid>.<random>.tmp`: hidden, never an article or output name, and tells which process owns it. */
const TEMPORARY_NAME = /^\.(.+)\.(\d+)\.[a-z0-9]+\.tmp$/;

function temporaryName(target: string): string {
  const random = Math.random().toString(36).slice(2, 10) || '0';
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${random}.tmp`);
}

const sweptFolders = new Set<string>();

/** Removes temporaries of processes that no longer run (once per folder per run). */
export function removeStaleTemporaries(folder: string): string[] {
  if (sweptFolders.has(folder)) return [];
  sweptFolders.add(folder);
  const removed: string[] = [];
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return removed;
  }
  for (const name of names) {
    const match = TEMPORARY_NAME.exec(name);
    if (!match || isRunning(Number(match[2]))) continue;
    fs.rmSync(path.join(folder, name), { force: true });
    removed.push(name);
  }
  return removed;
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, owned by someone else
  }
}

function prepareFolder(target: string): void {
  installCleanup();
  const folder = path.dirname(target);
  fs.mkdirSync(folder, { recursive: true });
  removeStaleTemporaries(folder);
}

/** Writes a whole file atomically. */
export function writeFileAtomic(target: string, content: string | Uint8Array): void {
  prepareFolder(target);
  const temporary = temporaryName(target);
  pending.add(temporary);
  try {
    fs.writeFileSync(temporary, content);
    fs.renameSync(temporary, target);
  } finally {
    pending.delete(temporary);
    fs.rmSync(temporary, { force: true });
  }
}

/** A file written piece by piece, renamed into place by commit(); abort() (or exit) discards it. */
export class AtomicStream {
  private readonly temporary: string;
  private fd: number | undefined;

  constructor(private readonly target: string) {
    prepareFolder(target);
    this.temporary = temporaryName(target);
    pending.add(this.temporary);
    this.fd = fs.openSync(this.temporary, 'w');
  }

  write(chunk: string | Uint8Array): void {
    if (this.fd === undefined) throw new Error(`${this.target}: write after commit or abort`);
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    // writeSync may write less than asked (large chunks, pipes on some systems): loop until all is out.
    for (let written = 0; written < bytes.length; ) {
      written += fs.writeSync(this.fd, bytes, written, bytes.length - written);
    }
  }

  commit(): void {
    this.close();
    fs.renameSync(this.temporary, this.target);
    pending.delete(this.temporary);
  }

  abort(): void {
    this.close();
    fs.rmSync(this.temporary, { force: true });
    pending.delete(this.temporary);
  }

  private close(): void {
    if (this.fd === undefined) return;
    fs.closeSync(this.fd);
    this.fd = undefined;
  }
}
