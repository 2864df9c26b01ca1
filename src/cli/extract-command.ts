import type { MentionType } from '../model/mention';
import { readInputs } from '../input/read';
import { Pipeline } from '../pipeline/process';
import { RuleFileError } from '../rules/loader';
import { folderSink, streamSink, type OutputFormat, type RecordSink } from '../output/sinks';
import { EXIT, UsageError, reportInputFailure } from './exit';

export interface ExtractOptions {
  format: OutputFormat;
  out?: string;
  bom: boolean;
  types?: MentionType[];
  referenceDate?: string;
  rules?: string;
}

/** Builds the pipeline, turning a bad rules file into a usage error (exit 2) before any input is read. */
export function createPipeline(options: { types?: MentionType[]; rules?: string; referenceDate?: string }): Pipeline {
  try {
    return Pipeline.create({ types: options.types, rulesDir: options.rules, referenceDate: options.referenceDate });
  } catch (error) {
    if (error instanceof RuleFileError) throw new UsageError(`bad rules: ${error.message}`);
    throw error;
  }
}

export async function runExtract(paths: string[], options: ExtractOptions): Promise<number> {
  if (paths.length === 0) throw new UsageError('no input given: name files, folders, or - for standard input');
  const pipeline = createPipeline(options);
  const sink: RecordSink = options.out
    ? folderSink(options.out, options.bom)
    : streamSink(process.stdout, options.format, options.bom);
  let failures = 0;
  for await (const item of readInputs(paths)) {
    if (item.kind === 'failure') {
      reportInputFailure(item.path, item.cause);
      failures++;
      continue;
    }
    try {
      sink.write(pipeline.process(item));
    } catch (error) {
      reportInputFailure(item.source.path, (error as Error).message);
      failures++;
    }
  }
  sink.close();
  return failures > 0 ? EXIT.someInputFailed : EXIT.ok;
}
