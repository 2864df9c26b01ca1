import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { InputDocument, InputItem } from '../input/types';
import type { DocumentProcessor, Outcome } from './outcome';
import { heapCap } from './heap-cap';
import type { ResultMessage, StartupMessage, TaskMessage, WorkerMessage, WorkerSetup } from './protocol';

// --jobs N: N worker threads, each with its own Pipeline. Documents are handed
// out as they are read; results come back in any order and are released in
// input order. At most N × documentsPerWorker documents are between reading
// and writing at any time (in a worker's queue, or done and waiting for an
// earlier one), so memory stays flat however large the input.

/** The compiled worker entry beside this file (dist/parallel/worker.js). */
export const WORKER_ENTRY = path.join(__dirname, 'worker.js');

export const DEFAULT_DOCUMENTS_PER_WORKER = 4;

/** A worker could not build its pipeline; `badRules` when a rule file is at fault. */
export class PoolStartupError extends Error {
  constructor(
    message: string,
    readonly badRules: boolean,
  ) {
    super(message);
  }
}

interface Slot {
  worker: Worker;
  inFlight: number;
}

export class WorkerPool implements DocumentProcessor {
  private readonly finished = new Map<number, Outcome>();
  private readonly dispatched = new Map<number, { path: string; bytes: number }>();
  private wake: (() => void) | undefined;
  private crash: Error | undefined;
  private closing = false;
  /** The written records' bytes are collected before they pile up (see heap-cap.ts). */
  private readonly keepHeapFlat = heapCap();

  private constructor(
    private readonly slots: readonly Slot[],
    private readonly documentsPerWorker: number,
  ) {
    for (const slot of slots) this.listen(slot);
  }

  /** Starts `size` workers and waits until every one has built its pipeline. */
  static async start(size: number, setup: WorkerSetup, documentsPerWorker = DEFAULT_DOCUMENTS_PER_WORKER): Promise<WorkerPool> {
    const workers = Array.from({ length: size }, () => new Worker(WORKER_ENTRY, { workerData: setup }));
    try {
      await Promise.all(workers.map(untilReady));
    } catch (error) {
      await Promise.all(workers.map((worker) => worker.terminate()));
      throw error;
    }
    return new WorkerPool(
      workers.map((worker) => ({ worker, inFlight: 0 })),
      documentsPerWorker,
    );
  }

  async *process(items: AsyncIterable<InputItem>): AsyncGenerator<Outcome> {
    const inputs = items[Symbol.asyncIterator]();
    const limit = this.slots.length * this.documentsPerWorker;
    let read = 0; // sequence number of the next input
    let released = 0; // sequence number of the next outcome to hand out
    let exhausted = false;
    for (;;) {
      while (!exhausted && read - released < limit) {
        const next = await inputs.next();
        if (next.done) exhausted = true;
        else this.accept(read++, next.value);
      }
      if (this.crash) throw this.crash;
      while (this.finished.has(released)) {
        const outcome = this.finished.get(released)!;
        this.finished.delete(released++);
        yield outcome;
        this.keepHeapFlat(); // the written record's bytes are garbage now
      }
      if (exhausted && released === read) return;
      // Full window (or nothing left to read) and the next in order is not back yet.
      if (!this.finished.has(released) && (exhausted || read - released >= limit)) await this.nextResult();
    }
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private accept(seq: number, item: InputItem): void {
    if (item.kind === 'failure') this.finished.set(seq, { kind: 'failure', path: item.path, cause: item.cause, bytes: 0 });
    else this.dispatch(seq, item);
  }

  /** Sends the document to the worker with the fewest documents queued. */
  private dispatch(seq: number, document: InputDocument): void {
    const slot = this.slots.reduce((best, candidate) => (candidate.inFlight < best.inFlight ? candidate : best));
    slot.inFlight++;
    this.dispatched.set(seq, { path: document.source.path, bytes: document.source.bytes });
    const task: TaskMessage = { seq, document };
    slot.worker.postMessage(task);
  }

  private listen(slot: Slot): void {
    slot.worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'record' || message.kind === 'error') this.settle(slot, message);
    });
    slot.worker.on('error', (error) => this.fail(`a worker thread failed: ${error.message}`));
    slot.worker.on('exit', (code) => {
      if (!this.closing) this.fail(`a worker thread exited unexpectedly (code ${code})`);
    });
  }

  private settle(slot: Slot, result: ResultMessage): void {
    slot.inFlight--;
    const input = this.dispatched.get(result.seq)!;
    this.dispatched.delete(result.seq);
    this.finished.set(
      result.seq,
      result.kind === 'record'
        ? { kind: 'record', record: result.record, bytes: input.bytes }
        : { kind: 'failure', path: input.path, cause: result.message, bytes: input.bytes },
    );
    this.wakeUp();
  }

  private fail(message: string): void {
    this.crash ??= new Error(message);
    this.wakeUp();
  }

  private wakeUp(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  /** Waits for a result or a crash; a crash that came while the consumer held a yielded outcome ends the wait at once. */
  private nextResult(): Promise<void> {
    if (this.crash) return Promise.resolve();
    return new Promise((resolve) => {
      this.wake = resolve;
    });
  }
}

/** Resolves on the worker's 'ready'; rejects when it cannot build its pipeline or dies first. */
function untilReady(worker: Worker): Promise<void> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: StartupMessage) => {
      cleanup();
      if (message.kind === 'ready') resolve();
      else reject(new PoolStartupError(message.message, message.badRules));
    };
    const onError = (error: Error) => {
      cleanup();
      reject(new PoolStartupError(`a worker thread failed to start: ${error.message}`, false));
    };
    const onExit = (code: number) => {
      cleanup();
      reject(new PoolStartupError(`a worker thread exited during start-up (code ${code})`, false));
    };
    const cleanup = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
  });
}
