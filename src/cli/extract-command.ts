import * as os from 'node:os';
import type { MentionType } from '../model/mention';
import { readInputs, STDIN_PATH } from '../input/read';
import { readJsonlInputs } from '../input/jsonl';
import type { InputItem } from '../input/types';
import { Pipeline } from '../pipeline/process';
import { RuleFileError } from '../rules/loader';
import { folderSink, outputForms, streamSink, type OutputFormat, type RecordSink } from '../output/sinks';
import { inProcessProcessor, type DocumentProcessor } from '../parallel/outcome';
import { PoolStartupError, WorkerPool } from '../parallel/pool';
import { EXIT, UsageError, reportInputFailure } from './exit';
import { startProgress } from './progress';

export interface ExtractOptions {
  format: OutputFormat;
  out?: string;
  bom: boolean;
  types?: MentionType[];
  referenceDate?: string;
  rules?: string;
  /** Worker threads (default: one per core); 1 runs on the main thread. */
  jobs?: number;
  quiet?: boolean;
  /** Read {"doc","text"} JSON Lines (stdin when no path is given). */
  inputJsonl?: boolean;
}

/** Builds the pipeline, turning a bad rules file into a usage error (exit 2) before any input is read. */
export function createPipeline(options: { types?: MentionType[]; rules?: string; referenceDate?: string }): Pipeline {
  try {
    return Pipeline.create(pipelineOptions(options));
  } catch (error) {
    if (error instanceof RuleFileError) throw new UsageError(`bad rules: ${error.message}`);
    throw error;
  }
}

function pipelineOptions(options: { types?: MentionType[]; rules?: string; referenceDate?: string }) {
  return { types: options.types, rulesDir: options.rules, referenceDate: options.referenceDate };
}

export async function runExtract(paths: string[], options: ExtractOptions): Promise<number> {
  if (paths.length === 0 && !options.inputJsonl) throw new UsageError('no input given: name files, folders, or - for standard input');
  const inputPaths = paths.length > 0 ? paths : [STDIN_PATH];
  const items = options.inputJsonl ? readJsonlInputs(inputPaths) : readInputs(inputPaths);
  // No bar when the records themselves scroll by on the same terminal.
  const recordsOnTerminal = !options.out && process.stdout.isTTY === true;
  const progress = startProgress({
    quiet: (options.quiet ?? false) || recordsOnTerminal,
    countPaths: options.inputJsonl ? undefined : inputPaths,
  });
  let failures = 0;
  let processor: DocumentProcessor | undefined;
  try {
    const chosen = await chooseProcessor(items, options);
    processor = chosen.processor;
    const sink: RecordSink = options.out
      ? folderSink(options.out, options.bom)
      : streamSink(process.stdout, options.format, options.bom);
    for await (const outcome of processor.process(chosen.inputs)) {
      progress.done(outcome.bytes);
      if (outcome.kind === 'failure') {
        progress.aside(() => reportInputFailure(outcome.path, outcome.cause));
        failures++;
        continue;
      }
      try {
        sink.write(outcome.record);
      } catch (error) {
        progress.aside(() => reportInputFailure(outcome.record.path, (error as Error).message));
        failures++;
      }
    }
    sink.close();
  } finally {
    progress.stop();
    await processor?.close();
  }
  return failures > 0 ? EXIT.someInputFailed : EXIT.ok;
}

/**
 * --jobs 1, or an input of at most one document: the pipeline on the main
 * thread (a worker would only add its start-up). Otherwise a worker pool.
 * Peeks at the first inputs to tell, and hands them back with the rest.
 */
async function chooseProcessor(
  items: AsyncGenerator<InputItem>,
  options: ExtractOptions,
): Promise<{ processor: DocumentProcessor; inputs: AsyncIterable<InputItem> }> {
  const jobs = options.jobs ?? os.availableParallelism();
  const forms = outputForms(options.out, options.format);
  if (jobs <= 1) return { processor: inProcessProcessor(createPipeline(options), forms), inputs: items };
  const peeked = await peekDocuments(items, 2);
  const inputs = prepend(peeked.head, items);
  if (peeked.ended && peeked.documents < 2) {
    return { processor: inProcessProcessor(createPipeline(options), forms), inputs };
  }
  try {
    return { processor: await WorkerPool.start(jobs, { pipeline: pipelineOptions(options), forms }), inputs };
  } catch (error) {
    if (error instanceof PoolStartupError && error.badRules) throw new UsageError(`bad rules: ${error.message}`);
    throw error;
  }
}

const PEEK_LIMIT = 16;

/** Reads items until `wanted` documents, the end, or PEEK_LIMIT items; returns them and the rest. */
async function peekDocuments(
  items: AsyncGenerator<InputItem>,
  wanted: number,
): Promise<{ head: InputItem[]; documents: number; ended: boolean }> {
  const head: InputItem[] = [];
  let documents = 0;
  while (documents < wanted && head.length < PEEK_LIMIT) {
    const next = await items.next();
    if (next.done) return { head, documents, ended: true };
    head.push(next.value);
    if (next.value.kind === 'document') documents++;
  }
  return { head, documents, ended: false };
}

async function* prepend<T>(head: readonly T[], rest: AsyncIterable<T>): AsyncGenerator<T> {
  yield* head;
  yield* rest;
}
