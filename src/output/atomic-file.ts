import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

// Output files are written under a temporary name beside their target and
// renamed into place only when complete, so a reader (or an interrupted run)
// never sees a half-written file and an old output is replaced only by a
// whole new one. Temporary files are removed on exit and on SIGINT, SIGTERM
// and SIGHUP. Those left by a run killed outright (SIGKILL, power loss) are
// removed by the next run that holds the output folder's lock (lock.ts):
// holding it proves no other run writes there, whatever PID namespace (a
// container sharing the volume) that run lived in, so no PID is ever checked.

/** Every file operation of the writers, replaceable by tests (a full disk, say). */
export const fileIo = {
  openSync: fs.openSync,
  writeSync: fs.writeSync,
  closeSync: fs.closeSync,
  renameSync: fs.renameSync,
};

/** This process's owner token: names its temporaries and its output-folder locks. */
export const OWNER_TOKEN = randomBytes(6).toString('hex');

const pending = new Set<string>();
let cleanupInstalled = false;

const SIGNAL_NUMBERS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const;
const exitHooks: Array<() => void> = [];

function removePending(): void {
  for (const file of pending) fs.rmSync(file, { force: true });
  pending.clear();
  for (const hook of exitHooks.splice(0)) hook();
}

/** Runs `hook` (a lock release) on exit and on the signals that remove temporaries. */
export function onExitOrSignal(hook: () => void): void {
  installCleanup();
  exitHooks.push(hook);
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

/** `.<name>.<token>.tmp`: hidden, never an article or output name, and tells which run owns it. */
const TEMPORARY_NAME = /^\..*\.([0-9a-f]{12})\.tmp$/;
/** Most file systems allow 255 bytes a name; a target that fits must get a temporary that fits. */
const MAX_NAME_BYTES = 255;

export function temporaryName(target: string): string {
  const suffix = `.${OWNER_TOKEN}.tmp`;
  const room = MAX_NAME_BYTES - 1 - suffix.length - 4; // the dot before, a short counter after
  const base = truncateUtf8(path.basename(target), room);
  return path.join(path.dirname(target), `.${base}.${(counter++).toString(36).padStart(3, '0')}${suffix}`);
}
let counter = 0;

/** The longest prefix of `name` of at most `bytes` UTF-8 bytes, never cutting a character. */
function truncateUtf8(name: string, bytes: number): string {
  if (Buffer.byteLength(name) <= bytes) return name;
  let cut = '';
  for (const char of name) {
    if (Buffer.byteLength(cut + char) > bytes) break;
    cut += char;
  }
  return cut;
}

const sweptFolders = new Set<string>();

/**
 * Removes the temporaries other runs left in `folder` (once per folder per
 * run). Call it only while holding the folder's output lock.
 */
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
    if (!match || match[1] === OWNER_TOKEN) continue;
    fs.rmSync(path.join(folder, name), { force: true });
    removed.push(name);
  }
  return removed;
}

/** Writes a whole file atomically into an existing folder. */
export function writeFileAtomic(target: string, content: string | Uint8Array): void {
  installCleanup();
  const temporary = temporaryName(target);
  pending.add(temporary);
  try {
    const fd = openExclusive(temporary);
    try {
      writeAll(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
    } finally {
      fileIo.closeSync(fd);
    }
    fileIo.renameSync(temporary, target);
  } finally {
    pending.delete(temporary);
    fs.rmSync(temporary, { force: true });
  }
}

/** O_EXCL: fails on anything already there, a symbolic link included, instead of writing through it. */
function openExclusive(file: string): number {
  return fileIo.openSync(file, 'wx');
}

/** writeSync may write less than asked (large chunks): loop until all is out. */
function writeAll(fd: number, bytes: Uint8Array): void {
  for (let written = 0; written < bytes.length; ) {
    written += fileIo.writeSync(fd, bytes, written, bytes.length - written);
  }
}

/** A file written piece by piece, renamed into place by commit(); abort() (or exit) discards it. */
export class AtomicStream {
  private readonly temporary: string;
  private fd: number | undefined;

  constructor(private readonly target: string) {
    installCleanup();
    this.temporary = temporaryName(target);
    pending.add(this.temporary);
    this.fd = openExclusive(this.temporary);
  }

  write(chunk: string | Uint8Array): void {
    if (this.fd === undefined) throw new Error(`${this.target}: write after commit or abort`);
    writeAll(this.fd, typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
  }

  commit(): void {
    this.close();
    fileIo.renameSync(this.temporary, this.target);
    pending.delete(this.temporary);
  }

  abort(): void {
    try {
      this.close();
    } catch {
      // closing a file on a full disk may fail too; the temporary goes anyway
    }
    fs.rmSync(this.temporary, { force: true });
    pending.delete(this.temporary);
  }

  private close(): void {
    if (this.fd === undefined) return;
    const fd = this.fd;
    this.fd = undefined;
    fileIo.closeSync(fd);
  }
}
