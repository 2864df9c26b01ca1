import { parentPort, workerData } from 'node:worker_threads';
import { formBuffers, serializeRecord } from '../output/serialize';
import { Pipeline } from '../pipeline/process';
import { RuleFileError } from '../rules/loader';
import { heapCap } from './heap-cap';
import type { TaskMessage, WorkerMessage, WorkerSetup } from './protocol';

// The entry of one pipeline worker thread: builds the Pipeline once (rules,
// jieba, gazetteer), then processes the documents the pool sends, one by one.

/** `transfer`: buffers handed over to the main thread, not copied (the record's bytes). */
function post(message: WorkerMessage, transfer: ArrayBuffer[] = []): void {
  parentPort!.postMessage(message, transfer);
}

function start(setup: WorkerSetup): void {
  let pipeline: Pipeline;
  try {
    pipeline = Pipeline.create(setup.pipeline);
  } catch (error) {
    post({ kind: 'startup-failed', message: (error as Error).message, badRules: error instanceof RuleFileError });
    return;
  }
  const keepHeapFlat = heapCap();
  parentPort!.on('message', ({ seq, document }: TaskMessage) => {
    try {
      const record = serializeRecord(pipeline.process(document), setup.forms);
      post({ kind: 'record', seq, record }, formBuffers(record));
    } catch (error) {
      post({ kind: 'error', seq, message: (error as Error).message });
    }
    keepHeapFlat();
  });
  post({ kind: 'ready' });
}

if (parentPort) start(workerData as WorkerSetup);
