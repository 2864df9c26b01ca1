import { parentPort, workerData } from 'node:worker_threads';
import { serializeRecord } from '../output/serialize';
import { Pipeline } from '../pipeline/process';
import { RuleFileError } from '../rules/loader';
import { heapCap } from './heap-cap';
import type { TaskMessage, WorkerMessage, WorkerSetup } from './protocol';

// The entry of one pipeline worker thread: builds the Pipeline once (rules,
// jieba, gazetteer), then processes the documents the pool sends, one by one.

function post(message: WorkerMessage): void {
  parentPort!.postMessage(message);
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
      post({ kind: 'record', seq, record: serializeRecord(pipeline.process(document), setup.forms) });
    } catch (error) {
      post({ kind: 'error', seq, message: (error as Error).message });
    }
    keepHeapFlat();
  });
  post({ kind: 'ready' });
}

if (parentPort) start(workerData as WorkerSetup);
