import type { InputDocument } from '../input/types';
import type { RecordForm, SerializedRecord } from '../output/serialize';
import type { PipelineOptions } from '../pipeline/process';

// Messages between the main thread and the pipeline workers.

/** workerData of every worker: what Pipeline.create() needs, and the forms the output writes. */
export interface WorkerSetup {
  pipeline: PipelineOptions;
  forms: readonly RecordForm[];
}

/** Main → worker: process one document; `seq` is its place in the input order. */
export interface TaskMessage {
  seq: number;
  document: InputDocument;
}

/** Worker → main, once after start-up: the pipeline is built, or it could not be. */
export type StartupMessage =
  | { kind: 'ready' }
  | { kind: 'startup-failed'; message: string; badRules: boolean };

/** Worker → main, once per task. */
export type ResultMessage =
  | { kind: 'record'; seq: number; record: SerializedRecord }
  | { kind: 'error'; seq: number; message: string };

export type WorkerMessage = StartupMessage | ResultMessage;
