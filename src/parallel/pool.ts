import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { InputDocument, InputItem } from '../input/types';
import type { DocumentProcessor, Outcome } from './outcome';
import { heapCap } from './heap-cap';
import type { ResultMessage, StartupMessage, TaskMessage, WorkerMessage, WorkerSetup } from './protocol';

// Documents are processed in worker threads (N with --jobs N, one with
// --jobs 1), each with its own Pipeline, so the main thread stays free: it
// reads, writes, answers Ctrl-C at once, and watches a per-document budget.
// A document that runs past its time budget, or makes its worker run out of
// its heap budget, is named as failed; its worker is replaced and the
// documents queued behind it are sent again, so no single input ends the run.
// Results come back in any order and are released in input order. At most
// N × documentsPerWorker documents are between reading and writing at any
// time, so memory stays flat however large the input.

/** The compiled worker entry beside this file (dist/parallel/worker.js). */
export const WORKER_ENTRY = path.join(__dirname, 'worker.js');

export const DEFAULT_DOCUMENTS_PER_WORKER = 4;

/** How long one document may take, and how large a worker's heap may grow while processing it. */
export interface DocumentBudget {
  seconds: number;
  heapMb: number;
}

/** A 16 MB article (the input limit) takes a few seconds; a minute is far beyond any real one. */
export const DEFAULT_BUDGET: DocumentBudget = { seconds: 60, heapMb: 2048 };
const BUDGET_CHECK_MS = 100;
const NEVER = new Promise<never>(() => {});

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
  /** Sequence numbers sent to this worker, oldest (the one it is working on) first. */
  queue: number[];
  ready: boolean;
  /** When the worker began on queue[0]. */
  startedAt: number;
  /** Set once the pool has given up on this worker (timeout, crash, close). */
  retired: boolean;
}

export class WorkerPool implements DocumentProcessor {
  private readonly finished = new Map<number, Outcome>();
  private readonly dispatched = new Map<number, HeldDocument>();
  private wake: (() => void) | undefined;
  private crash: Error | undefined;
  private closing = false;
  private watch: NodeJS.Timeout | undefined;
  /** The written records' bytes are collected before they pile up (see heap-cap.ts). */
  private readonly keepHeapFlat = heapCap();

  private constructor(
    private readonly slots: Slot[],
    private readonly setup: WorkerSetup,
    private readonly budget: DocumentBudget,
    private readonly documentsPerWorker: number,
  ) {
    for (const slot of slots) this.listen(slot);
  }

  /** Starts `size` workers and waits until every one has built its pipeline. */
  static async start(
    size: number,
    setup: WorkerSetup,
    budget: DocumentBudget = DEFAULT_BUDGET,
    documentsPerWorker = DEFAULT_DOCUMENTS_PER_WORKER,
  ): Promise<WorkerPool> {
    const workers = Array.from({ length: size }, () => newWorker(setup, budget));
    try {
      await Promise.all(workers.map(untilReady));
    } catch (error) {
      await Promise.all(workers.map((worker) => worker.terminate()));
      throw error;
    }
    const slots = workers.map((worker) => ({ worker, queue: [], ready: true, startedAt: 0, retired: false }));
    return new WorkerPool(slots, setup, budget, documentsPerWorker);
  }

  async *process(items: AsyncIterable<InputItem>): AsyncGenerator<Outcome> {
    const inputs = items[Symbol.asyncIterator]();
    const limit = this.slots.length * this.documentsPerWorker;
    let read = 0; // sequence number of the next input
    let released = 0; // sequence number of the next outcome to hand out
    let exhausted = false;
    // The next input being read: results are released while it is awaited (stdin may pause for long).
    let reading: Promise<IteratorResult<InputItem>> | undefined;
    this.watch = setInterval(() => this.enforceBudget(), BUDGET_CHECK_MS);
    try {
      for (;;) {
        while (this.finished.has(released)) {
          const outcome = this.finished.get(released)!;
          this.finished.delete(released++);
          yield outcome;
          this.keepHeapFlat(); // the written record's bytes are garbage now
        }
        if (this.crash) throw this.crash;
        if (exhausted && released === read) return;
        if (!exhausted && !reading && read - released < limit) reading = inputs.next();
        const input = await Promise.race([reading ?? NEVER, this.nextResult().then(() => undefined)]);
        if (input === undefined) continue;
        reading = undefined;
        if (input.done) exhausted = true;
        else this.accept(read++, input.value);
      }
    } finally {
      clearInterval(this.watch);
    }
  }

  async close(): Promise<void> {
    this.closing = true;
    clearInterval(this.watch);
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private accept(seq: number, item: InputItem): void {
    if (item.kind === 'failure') this.finished.set(seq, { kind: 'failure', path: item.path, cause: item.cause, bytes: 0 });
    else this.dispatch(seq, item);
  }

  /** Sends the document to the worker with the fewest documents queued. */
  private dispatch(seq: number, document: InputDocument): void {
    const slot = this.slots.reduce((best, candidate) => (candidate.queue.length < best.queue.length ? candidate : best));
    this.dispatched.set(seq, new HeldDocument(document));
    this.send(slot, seq, document);
  }

  private send(slot: Slot, seq: number, document = this.dispatched.get(seq)!.restored()): void {
    if (slot.queue.length === 0) slot.startedAt = Date.now();
    slot.queue.push(seq);
    const task: TaskMessage = { seq, document };
    slot.worker.postMessage(task);
  }

  private listen(slot: Slot): void {
    slot.worker.on('message', (message: WorkerMessage) => {
      if (slot.retired) return;
      if (message.kind === 'ready') {
        slot.ready = true;
        slot.startedAt = Date.now();
      } else if (message.kind === 'startup-failed') {
        this.fail(`a replacement worker thread could not start: ${message.message}`);
      } else {
        this.settle(slot, message);
      }
    });
    slot.worker.on('error', (error) => this.replace(slot, workerFailureCause(error, this.budget)));
    slot.worker.on('exit', (code) => this.replace(slot, `the worker thread processing it exited (code ${code})`));
  }

  private settle(slot: Slot, result: ResultMessage): void {
    slot.queue.shift();
    slot.startedAt = Date.now();
    const document = this.dispatched.get(result.seq)!;
    this.dispatched.delete(result.seq);
    this.finished.set(
      result.seq,
      result.kind === 'record'
        ? { kind: 'record', record: result.record, bytes: document.source.bytes }
        : { kind: 'failure', path: document.source.path, cause: result.message, bytes: document.source.bytes },
    );
    this.wakeUp();
  }

  private enforceBudget(): void {
    const now = Date.now();
    for (const slot of this.slots) {
      if (slot.retired || !slot.ready || slot.queue.length === 0) continue;
      if (now - slot.startedAt > this.budget.seconds * 1000) {
        this.replace(slot, `took longer than ${this.budget.seconds} s (the per-document time budget); skipped`);
      }
    }
  }

  /**
   * Gives up on a worker: the document it was working on fails with `cause`,
   * a new worker takes its place and gets the documents queued behind it.
   */
  private replace(slot: Slot, cause: string): void {
    if (slot.retired || this.closing) return;
    slot.retired = true;
    void slot.worker.terminate();
    if (!slot.ready) {
      this.fail(`a worker thread failed while starting: ${cause}`);
      return;
    }
    const [current, ...waiting] = slot.queue;
    if (current !== undefined) {
      const document = this.dispatched.get(current)!;
      this.dispatched.delete(current);
      this.finished.set(current, { kind: 'failure', path: document.source.path, cause, bytes: document.source.bytes });
    }
    const fresh: Slot = { worker: newWorker(this.setup, this.budget), queue: [], ready: false, startedAt: 0, retired: false };
    this.slots[this.slots.indexOf(slot)] = fresh;
    this.listen(fresh);
    for (const seq of waiting) this.send(fresh, seq);
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

function newWorker(setup: WorkerSetup, budget: DocumentBudget): Worker {
  return new Worker(WORKER_ENTRY, { workerData: setup, resourceLimits: { maxOldGenerationSizeMb: budget.heapMb } });
}

function workerFailureCause(error: Error, budget: DocumentBudget): string {
  if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return `ran out of memory (the per-document budget is ${budget.heapMb} MB of heap); skipped`;
  }
  return `the worker thread processing it failed: ${error.message}`;
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

/**
 * A document a worker has, kept to be sent again should that worker die.
 * Its text waits as bytes, outside the V8 heap: texts kept alive across the
 * main thread's scavenges made its young generation grow to its maximum over
 * a long run (16 to 32 MB, all of it resident). UTF-16 bytes, so any string
 * (a lone surrogate from JSON Lines input too) comes back exactly.
 */
class HeldDocument {
  private readonly text: Buffer;
  readonly source: InputDocument['source'];

  constructor(private readonly document: InputDocument) {
    this.text = Buffer.from(document.text, 'utf16le');
    this.source = document.source;
    this.document = { ...document, text: '' };
  }

  restored(): InputDocument {
    return { ...this.document, text: this.text.toString('utf16le') };
  }
}
