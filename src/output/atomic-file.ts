import * as fs from 'node:fs';
import * as path from 'node:path';

// Output files are written under a temporary name beside their target and
// renamed into place only when complete, so a reader (or an interrupted run)
// never sees a half-written file and an old output is replaced only by a
// whole new one.

const pending = new Set<string>();
let cleanupInstalled = false;

function installCleanup(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  const removePending = () => {
    for (const file of pending) fs.rmSync(file, { force: true });
    pending.clear();
  };
  process.on('exit', removePending);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      removePending();
      process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
    });
  }
}

function temporaryName(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
}

/** Writes a whole file atomically. */
export function writeFileAtomic(target: string, content: string): void {
  installCleanup();
  fs.mkdirSync(path.dirname(target), { recursive: true });
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

/** A file written piece by piece, renamed into place by commit(). */
export class AtomicStream {
  private readonly temporary: string;
  private readonly fd: number;

  constructor(private readonly target: string) {
    installCleanup();
    fs.mkdirSync(path.dirname(target), { recursive: true });
    this.temporary = temporaryName(target);
    pending.add(this.temporary);
    this.fd = fs.openSync(this.temporary, 'w');
  }

  write(chunk: string): void {
    if (chunk.length > 0) fs.writeSync(this.fd, chunk);
  }

  commit(): void {
    fs.closeSync(this.fd);
    fs.renameSync(this.temporary, this.target);
    pending.delete(this.temporary);
  }

  abort(): void {
    fs.closeSync(this.fd);
    fs.rmSync(this.temporary, { force: true });
    pending.delete(this.temporary);
  }
}
