import type { InputItem } from '../input/types';
import { serializeRecord, type RecordForm, type SerializedRecord } from '../output/serialize';
import type { Pipeline } from '../pipeline/process';
import { heapCap } from './heap-cap';

/** What became of one input, in input order: its record in the forms the output needs, or why it failed. */
export type Outcome =
  | { kind: 'record'; record: SerializedRecord; bytes: number }
  | { kind: 'failure'; path: string; cause: string; bytes: number };

/** Turns inputs into outcomes in order; `close` releases threads, if any. */
export interface DocumentProcessor {
  process(items: AsyncIterable<InputItem>): AsyncGenerator<Outcome>;
  close(): Promise<void>;
}

/** --jobs 1: the pipeline runs on the main thread, one document at a time. */
export function inProcessProcessor(pipeline: Pipeline, forms: readonly RecordForm[]): DocumentProcessor {
  return {
    async *process(items) {
      const keepHeapFlat = heapCap();
      for await (const item of items) {
        if (item.kind === 'failure') {
          yield { kind: 'failure', path: item.path, cause: item.cause, bytes: 0 };
          continue;
        }
        let outcome: Outcome;
        try {
          outcome = { kind: 'record', record: serializeRecord(pipeline.process(item), forms), bytes: item.source.bytes };
        } catch (error) {
          outcome = { kind: 'failure', path: item.source.path, cause: (error as Error).message, bytes: item.source.bytes };
        }
        yield outcome;
        keepHeapFlat();
      }
    },
    async close() {},
  };
}
