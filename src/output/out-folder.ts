import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { OWNER_TOKEN, onExitOrSignal, removeStaleTemporaries } from './atomic-file';

// The --out folder of one run. It is locked for the run by a lock file that
// holds an owner token (not a PID: a PID says nothing across containers that
// share a volume) and whose modification time the owner refreshes; a lock not
// refreshed for LOCK_STALE_MS belongs to a run that died. While it holds the
// lock a run may remove any temporary file another run left. Record files are
// written only into real folders below the output folder: a symbolic link
// inside it is never followed.

export const LOCK_NAME = '.zhextract.lock';
const LOCK_REFRESH_MS = 10_000;
export const LOCK_STALE_MS = 60_000;

/** The output folder cannot be used (another run holds it, it cannot be made): a usage error. */
export class OutputFolderError extends Error {}

export class OutputFolder {
  private readonly safeFolders = new Set<string>();
  private heartbeat: NodeJS.Timeout | undefined;
  private readonly lockFile: string;

  private constructor(readonly root: string) {
    this.lockFile = path.join(root, LOCK_NAME);
  }

  /** Makes the folder if needed and takes its lock; throws OutputFolderError when it cannot. */
  static open(root: string): OutputFolder {
    makeFolderChain(root);
    const folder = new OutputFolder(root);
    folder.lock();
    return folder;
  }

  /** The folder for `file` (below the root), made as needed; throws when a part of it is a link or a file. */
  folderFor(file: string): string {
    const folder = path.dirname(file);
    if (this.safeFolders.has(folder)) return folder;
    const relative = path.relative(this.root, folder);
    let current = this.root;
    for (const part of relative === '' ? [] : relative.split(path.sep)) {
      current = path.join(current, part);
      if (this.safeFolders.has(current)) continue;
      const stat = fs.lstatSync(current, { throwIfNoEntry: false });
      if (stat?.isSymbolicLink()) throw new Error(`not written: ${current} is a symbolic link (zhextract never writes through links inside --out)`);
      if (stat && !stat.isDirectory()) throw new Error(`not written: ${current} is a file, not a folder`);
      if (!stat) fs.mkdirSync(current);
      this.safeFolders.add(current);
    }
    this.safeFolders.add(folder);
    removeStaleTemporaries(folder);
    return folder;
  }

  /** Gives the lock back (also done on exit and on the handled signals). */
  release(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = undefined;
    try {
      if (fs.readFileSync(this.lockFile, 'utf8').includes(`"token":"${OWNER_TOKEN}"`)) fs.rmSync(this.lockFile, { force: true });
    } catch {
      // gone already
    }
  }

  private lock(): void {
    const content = `${JSON.stringify({ token: OWNER_TOKEN, host: os.hostname(), pid: process.pid, since: new Date().toISOString() })}\n`;
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        fs.writeFileSync(this.lockFile, content, { flag: 'wx' });
        this.safeFolders.add(this.root);
        removeStaleTemporaries(this.root);
        this.heartbeat = setInterval(() => this.refresh(), LOCK_REFRESH_MS).unref();
        onExitOrSignal(() => this.release());
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
          throw new OutputFolderError(`cannot write into --out ${this.root}: ${(error as Error).message}`);
        }
        if (!this.removeStaleLock()) {
          throw new OutputFolderError(
            `--out ${this.root} is being written by another zhextract run (${this.lockFile}); wait for it to end, or remove that file if no run is writing there`,
          );
        }
      }
    }
    throw new OutputFolderError(`cannot take the lock ${this.lockFile}`);
  }

  /** Removes a lock its owner stopped refreshing; false when the lock is live. */
  private removeStaleLock(): boolean {
    const stat = fs.statSync(this.lockFile, { throwIfNoEntry: false });
    if (stat && Date.now() - stat.mtimeMs < LOCK_STALE_MS) return false;
    fs.rmSync(this.lockFile, { force: true });
    return true;
  }

  private refresh(): void {
    const now = new Date();
    try {
      fs.utimesSync(this.lockFile, now, now);
    } catch {
      // a lost lock file shows at the next run; this one goes on
    }
  }
}

/**
 * mkdir -p, one level at a time: Node's recursive mkdir spins forever on
 * folders that refuse creation in odd ways (/proc/x).
 */
function makeFolderChain(folder: string): void {
  const missing: string[] = [];
  let current = path.resolve(folder);
  while (!fs.existsSync(current)) {
    missing.unshift(current);
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  try {
    for (const part of missing) fs.mkdirSync(part);
    if (!fs.statSync(folder).isDirectory()) throw new Error('not a folder');
  } catch (error) {
    throw new OutputFolderError(`cannot make --out ${folder}: ${(error as Error).message}`);
  }
}
