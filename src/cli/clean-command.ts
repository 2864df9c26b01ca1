import { readInputs } from '../input/read';
import { createPipeline } from './extract-command';
import { EXIT, reportInputFailure } from './exit';

export async function runClean(file: string, options: { report: boolean; rules?: string }): Promise<number> {
  const pipeline = createPipeline({ rules: options.rules, types: [] });
  for await (const item of readInputs([file])) {
    if (item.kind === 'failure') {
      reportInputFailure(item.path, item.cause);
      return EXIT.someInputFailed;
    }
    const cleaned = pipeline.clean(item.text);
    process.stdout.write(`${cleaned.text}\n`);
    if (options.report) {
      const lines = cleaned.report.map((e) => `line ${e.line}\t${e.step}\t${e.reason}\t${e.text.slice(0, 60)}`);
      process.stderr.write(`${['Cleaning report:', ...lines, `Totals: ${JSON.stringify(cleaned.counts)}`].join('\n')}\n`);
    }
  }
  return EXIT.ok;
}
