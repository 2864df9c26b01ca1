import * as os from 'node:os';
import * as path from 'node:path';
import type { DocumentRecord } from '../model/mention';
import { ReportCollector } from '../report/collector';
import { formOf, type RecordForm, type SerializedRecord } from '../output/serialize';
import type { MentionType } from '../model/mention';
import { readInputs, STDIN_PATH } from '../input/read';
import { readJsonlInputs } from '../input/jsonl';
import type { InputItem } from '../input/types';
import type { Pipeline } from '../pipeline/process';
import { RuleFileError } from '../rules/loader';
import { OutputError, folderSink, outputForms, streamSink, type OutputFormat, type RecordSink } from '../output/sinks';
import { OutputFolderError } from '../output/out-folder';
import type { DocumentProcessor } from '../parallel/outcome';
import { DEFAULT_BUDGET, PoolStartupError, WorkerPool, type DocumentBudget } from '../parallel/pool';
import { EXIT, UsageError, reportInputFailure, reportNote } from './exit';
import { startProgress } from './progress';
import { checkUserRules } from './rule-guard';
import { preloadSharedDictionary } from '../tokenize/jieba';
import { tuneAllocatorForWorkers } from '../parallel/allocator';

export interface ExtractOptions {
  format: OutputFormat;
  out?: string;
  bom: boolean;
  types?: MentionType[];
  referenceDate?: string;
  rules?: string;
  /** Worker threads (default: one per core). */
  jobs?: number;
  quiet?: boolean;
  /** Read {"doc","text"} JSON Lines (stdin when no path is given). */
  inputJsonl?: boolean;
  /** Per-document budget: seconds, and MB of worker heap. */
  docTimeout?: number;
  docMemory?: number;
  /** Also write the report site (as `zhextract report`) into this folder. */
  report?: string;
  /** false (--no-facts): no fact linking, records without facts. */
  facts?: boolean;
}

type PipelineChoice = { types?: MentionType[]; rules?: string; referenceDate?: string; facts?: boolean };

/** Builds the pipeline, turning a bad rules file into a usage error (exit 2) before any input is read. */
export function createPipeline(options: PipelineChoice): Pipeline {
  checkUserRules(options.rules, options.types);
  try {
    // Loaded here: `extract` itself builds its pipelines in the workers.
    const { Pipeline } = require('../pipeline/process') as typeof import('../pipeline/process');
    return Pipeline.create(pipelineOptions(options));
  } catch (error) {
    if (error instanceof RuleFileError) throw new UsageError(`bad rules: ${error.message}`);
    throw error;
  }
}

function pipelineOptions(options: PipelineChoice) {
  return { types: options.types, rulesDir: options.rules, referenceDate: options.referenceDate, facts: options.facts };
}

/** The paths to read: those given, or standard input when none is given and it is not a terminal. */
function inputPathsOf(paths: string[], options: ExtractOptions): string[] {
  if (paths.length > 0) return paths;
  if (options.inputJsonl || process.stdin.isTTY !== true) return [STDIN_PATH];
  throw new UsageError('no input given: name files, folders, or - for standard input (or pipe an article in)');
}

function checkOptions(options: ExtractOptions): void {
  if (options.out !== undefined && options.out.trim() === '') throw new UsageError('--out: the folder name is empty');
  checkUserRules(options.rules, options.types);
  if (options.facts === false && options.format === 'facts-csv') throw new UsageError('--format facts-csv writes facts: it cannot go with --no-facts');
}

export async function runExtract(paths: string[], options: ExtractOptions): Promise<number> {
  checkOptions(options);
  const inputPaths = inputPathsOf(paths, options);
  const startedAt = Date.now();
  // No bar when the records themselves scroll by on the same terminal.
  const recordsOnTerminal = !options.out && process.stdout.isTTY === true;
  const progress = startProgress({
    quiet: (options.quiet ?? false) || recordsOnTerminal,
    countPaths: options.inputJsonl ? undefined : inputPaths,
  });
  const tally = { documents: 0, mentions: 0, failures: 0 };
  let processor: DocumentProcessor | undefined;
  let sink: RecordSink | undefined;
  try {
    const items = options.inputJsonl ? readJsonlInputs(inputPaths) : readInputs(inputPaths);
    // The workers check the rules first: a bad rules file stops the run before the output folder is touched.
    const chosen = await startProcessor(items, options);
    processor = chosen.processor;
    sink = openSink(options, (message) => progress.aside(() => reportNote(message)));
    const site = options.report ? new SiteCollector(options.report) : undefined;
    for await (const outcome of processor.process(site ? site.remember(chosen.inputs) : chosen.inputs)) {
      progress.done(outcome.bytes);
      if (outcome.kind === 'failure') {
        progress.aside(() => reportInputFailure(outcome.path, outcome.cause));
        site?.fail(outcome.path, outcome.cause);
        tally.failures++;
        continue;
      }
      try {
        sink.write(outcome.record);
        site?.add(outcome.record);
        tally.documents++;
        tally.mentions += outcome.record.mentions;
      } catch (error) {
        if (error instanceof OutputError) throw error;
        progress.aside(() => reportInputFailure(outcome.record.path, (error as Error).message));
        site?.fail(outcome.record.path, (error as Error).message);
        tally.failures++;
      }
    }
    sink.close();
    if (site) {
      site.write();
      progress.aside(() => reportNote(`report of ${site.count} documents written to ${path.join(site.dir, 'index.html')}`));
    }
  } catch (error) {
    sink?.abort();
    if (error instanceof OutputError) {
      progress.stop();
      reportNote(`${error.message}; the run stopped and left no partial output file`);
      return EXIT.someInputFailed;
    }
    throw error;
  } finally {
    progress.stop();
    await processor?.close();
  }
  if (!options.quiet) reportNote(summaryLine(tally, Date.now() - startedAt), 'done');
  return tally.failures > 0 ? EXIT.someInputFailed : EXIT.ok;
}

function summaryLine(tally: { documents: number; mentions: number; failures: number }, ms: number): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(tally.documents, 'document')} written, ${plural(tally.mentions, 'mention')}, ${tally.failures} failed, ${(ms / 1000).toFixed(1)} s`;
}

function openSink(options: ExtractOptions, report: (message: string) => void): RecordSink {
  if (!options.out) return streamSink(process.stdout, options.format, options.bom);
  try {
    return folderSink(options.out, options.bom, report);
  } catch (error) {
    if (error instanceof OutputFolderError) throw new UsageError(error.message);
    throw error;
  }
}

/**
 * Documents are processed in worker threads, so that the main thread can
 * enforce the per-document budget and answer Ctrl-C at once: --jobs of them,
 * or one when the input holds at most one document. Peeks at the first
 * inputs to tell, and hands them back with the rest.
 */
async function startProcessor(
  items: AsyncGenerator<InputItem>,
  options: ExtractOptions,
): Promise<{ processor: DocumentProcessor; inputs: AsyncIterable<InputItem> }> {
  const jobs = options.jobs ?? os.availableParallelism();
  const forms = withReportForm(outputForms(options.out, options.format), options.report);
  const peeked = jobs > 1 ? await peekDocuments(items, 2) : { head: [], documents: 0, ended: false };
  const inputs = prepend(peeked.head, items);
  const size = peeked.ended && peeked.documents < 2 ? 1 : jobs;
  const budget: DocumentBudget = {
    seconds: options.docTimeout ?? DEFAULT_BUDGET.seconds,
    heapMb: options.docMemory ?? DEFAULT_BUDGET.heapMb,
  };
  try {
    tuneAllocatorForWorkers();
    const starting = WorkerPool.start(size, { pipeline: pipelineOptions(options), forms }, budget);
    // The workers are starting (rules, gazetteer, extractors): meanwhile this thread loads jieba for them.
    preloadSharedDictionary();
    return { processor: await starting, inputs };
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

/**
 * --report DIR: the records written, with the article texts their offsets
 * point into, collected for the report site. Outcomes come back in input
 * order, one per input, so the texts are remembered in that order as the
 * inputs go to the workers and taken back one per outcome.
 */
class SiteCollector {
  private readonly texts: Array<string | undefined> = [];
  private readonly collector: ReportCollector;

  constructor(readonly dir: string) {
    this.collector = new ReportCollector(dir);
  }

  async *remember(inputs: AsyncIterable<InputItem>): AsyncGenerator<InputItem> {
    for await (const item of inputs) {
      this.texts.push(item.kind === 'document' ? item.text : undefined);
      yield item;
    }
  }

  add(record: SerializedRecord): void {
    const text = this.texts.shift() ?? '';
    this.collector.add(JSON.parse(UTF8.decode(formOf(record, 'compact'))) as DocumentRecord, text);
  }

  fail(path: string, cause: string): void {
    this.texts.shift();
    this.collector.fail(path, cause);
  }

  get count(): number {
    return this.collector.count;
  }

  write(): void {
    this.collector.write();
  }
}

const UTF8 = new TextDecoder();

/** The report site reads each record back from its one-line JSON. */
function withReportForm(forms: readonly RecordForm[], report: string | undefined): readonly RecordForm[] {
  return report && !forms.includes('compact') ? [...forms, 'compact'] : forms;
}
