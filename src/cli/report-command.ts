import { readInputs } from '../input/read';
import type { MentionType } from '../model/mention';
import type { ReportFailure } from '../report/index-page';
import { writeReport, type ReportDocument } from '../report/site';
import { createPipeline } from './extract-command';
import { EXIT, UsageError, reportInputFailure } from './exit';

// zhextract report OUT_DIR <paths...>: extracts the articles and writes the
// static report site (src/report/) into OUT_DIR.

export interface ReportOptions {
  types?: MentionType[];
  referenceDate?: string;
  rules?: string;
}

export async function runReport(outDir: string, paths: string[], options: ReportOptions): Promise<number> {
  if (paths.length === 0) throw new UsageError('no input given: name files or folders of articles');
  const pipeline = createPipeline(options);
  const documents: ReportDocument[] = [];
  const failures: ReportFailure[] = [];
  for await (const item of readInputs(paths)) {
    if (item.kind === 'failure') {
      failures.push({ path: item.path, cause: item.cause });
      reportInputFailure(item.path, item.cause);
      continue;
    }
    try {
      documents.push({ record: pipeline.process(item), text: item.text });
    } catch (error) {
      failures.push({ path: item.source.path, cause: (error as Error).message });
      reportInputFailure(item.source.path, (error as Error).message);
    }
  }
  writeReport(outDir, documents, failures);
  process.stderr.write(`zhextract: report of ${documents.length} documents written to ${outDir}/index.html\n`);
  return failures.length > 0 ? EXIT.someInputFailed : EXIT.ok;
}
