import type { InputItem } from '../input/types';
import type { SerializedRecord } from '../output/serialize';

/** What became of one input, in input order: its record in the forms the output needs, or why it failed. */
export type Outcome =
  | { kind: 'record'; record: SerializedRecord; bytes: number }
  | { kind: 'failure'; path: string; cause: string; bytes: number };

/** Turns inputs into outcomes in order; `close` releases threads, if any. */
export interface DocumentProcessor {
  process(items: AsyncIterable<InputItem>): AsyncGenerator<Outcome>;
  close(): Promise<void>;
}
