import * as fs from 'node:fs';
import * as path from 'node:path';
import { SingleBar, type Options, type Params } from 'cli-progress';
import { isArticleFile, STDIN_PATH } from '../input/read';

// Progress on stderr for long runs: documents done, MB/s, and an ETA once the
// number of articles is known. Folders are counted by a separate lazy walk
// (names only) while the run goes on, so the bar never delays the first record.

export interface Progress {
  /** One document (or failure) finished; `bytes` of input it covered. */
  done(bytes: number): void;
  /** Runs `write` (a message on stderr) on a cleared line, so it does not garble the bar. */
  aside(write: () => void): void;
  stop(): void;
}

const SILENT: Progress = { done() {}, aside: (write) => write(), stop() {} };

/** A bar on stderr when it is a terminal and --quiet was not given; otherwise nothing. */
export function startProgress(options: { quiet: boolean; countPaths?: readonly string[] }): Progress {
  if (options.quiet || !process.stderr.isTTY) return SILENT;
  return new ProgressBar(options.countPaths);
}

class ProgressBar implements Progress {
  private readonly bar: SingleBar;
  private readonly startedAt = Date.now();
  private bytes = 0;
  private documents = 0;
  private totalKnown = false;
  private firstDoneAt: number | undefined;

  constructor(countPaths: readonly string[] | undefined) {
    this.bar = new SingleBar({
      stream: process.stderr,
      format: (_options: Options, params: Params) => this.line(params),
      hideCursor: true,
      fps: 5,
      etaBuffer: 200,
    });
    this.bar.start(0, 0);
    if (countPaths) {
      void countArticles(countPaths).then((total) => {
        if (total === undefined) return;
        this.totalKnown = true;
        this.bar.setTotal(total);
      });
    }
  }

  done(bytes: number): void {
    this.bytes += bytes;
    this.documents++;
    this.firstDoneAt ??= Date.now();
    this.bar.update(this.documents);
  }

  aside(write: () => void): void {
    process.stderr.write('\r\x1b[2K'); // the bar redraws itself on the next update
    write();
  }

  stop(): void {
    this.bar.stop();
  }

  private line(params: Params): string {
    const seconds = Math.max((Date.now() - this.startedAt) / 1000, 0.001);
    const rate = `${formatRate(this.bytes / seconds)}, ${(this.documents / seconds).toFixed(1)} docs/s`;
    if (!this.totalKnown || params.total === 0) return `zhextract: ${params.value} documents | ${rate} | ${Math.round(seconds)}s`;
    const width = 30;
    const filled = Math.round(Math.min(params.progress, 1) * width);
    const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
    const since = this.firstDoneAt === undefined ? 0 : (Date.now() - this.firstDoneAt) / 1000;
    return `zhextract: ${bar} ${params.value}/${params.total} documents | ${rate} | ETA ${formatEta(estimateEta(this.documents, params.total, since))}`;
  }
}

/** Documents and seconds after the first document before an ETA means anything. */
const ETA_MIN_DOCUMENTS = 5;
const ETA_MIN_SECONDS = 2;

/**
 * Seconds left, from the pace since the first document was done: the start-up
 * (jieba, rules, gazetteer: about a second) is not a document's cost, and
 * counting it made early ETAs wildly long (87 min shown for an 18 s run).
 * NaN (shown as ?) until the pace is known.
 */
export function estimateEta(done: number, total: number, secondsSinceFirst: number): number {
  if (done < ETA_MIN_DOCUMENTS || secondsSinceFirst < ETA_MIN_SECONDS) return NaN;
  const perDocument = secondsSinceFirst / (done - 1);
  return Math.max(0, total - done) * perDocument;
}

function formatRate(bytesPerSecond: number): string {
  return bytesPerSecond >= 1e6 ? `${(bytesPerSecond / 1e6).toFixed(2)} MB/s` : `${(bytesPerSecond / 1e3).toFixed(1)} kB/s`;
}

function formatEta(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  if (seconds < 60) return `${Math.round(seconds)}s`;
  return `${Math.floor(seconds / 60)}m${String(Math.round(seconds % 60)).padStart(2, '0')}s`;
}

/** How many articles the paths hold, or undefined when stdin makes it unknowable. */
export async function countArticles(paths: readonly string[]): Promise<number | undefined> {
  let total = 0;
  for (const given of paths) {
    if (given === STDIN_PATH) return undefined;
    try {
      const stat = await fs.promises.stat(given);
      total += stat.isDirectory() ? await countFolder(given) : 1;
    } catch {
      total += 1; // the run reports it as a failure, which the bar counts as done
    }
  }
  return total;
}

async function countFolder(folder: string): Promise<number> {
  let count = 0;
  let entries: fs.Dir;
  try {
    entries = await fs.promises.opendir(folder);
  } catch {
    return 1; // an unreadable folder is one failure
  }
  for await (const entry of entries) {
    if (entry.isDirectory()) count += await countFolder(path.join(folder, entry.name));
    else if (isArticleFile(entry.name)) count++;
  }
  return count;
}
