import type { DraftMention } from '../model/mention';
import { descriptorOf } from '../model/types/index';
import { readInputs } from '../input/read';
import type { Trace } from '../pipeline/process';
import { createPipeline } from './extract-command';
import { EXIT, UsageError } from './exit';

// `zhextract explain FILE`: the debug trace of one document (as chrono's
// debug output): every mention each extractor proposed, in text order, and
// whether the refine stage kept it or which mention of a higher-priority
// type it lost to.

export interface ExplainOptions {
  referenceDate?: string;
  rules?: string;
}

export async function runExplain(file: string, options: ExplainOptions): Promise<number> {
  const pipeline = createPipeline({ rules: options.rules, referenceDate: options.referenceDate });
  for await (const item of readInputs([file])) {
    if (item.kind === 'failure') throw new UsageError(`${item.path}: ${item.cause}`);
    const { record, trace } = pipeline.explain(item);
    process.stdout.write(`${record.doc}: reference date ${record.referenceDate ?? 'none'} (${record.referenceDateSource ?? 'not found'})\n`);
    process.stdout.write(formatTrace(trace));
    return EXIT.ok;
  }
  throw new UsageError(`${file}: no document found`);
}

/** One line per proposed mention: offsets in the cleaned text, extractor, rule, verdict. */
export function formatTrace(trace: Trace): string {
  const lost = new Map<DraftMention, DraftMention>(trace.dropped.map((d) => [d.mention, d.by]));
  const proposed = [...trace.proposed].sort((a, b) => a.mention.cleanStart - b.mention.cleanStart);
  const lines = proposed.map(({ extractor, mention }) => {
    const where = `[${mention.cleanStart},${mention.cleanEnd})`.padEnd(12);
    const by = lost.get(mention);
    const verdict = by
      ? descriptorOf(by.type).priority < descriptorOf(mention.type).priority
        ? `dropped: inside ${by.type} "${by.text}" (a ${by.type} covering a whole ${mention.type} and more wins)`
        : `dropped: overlaps ${by.type} "${by.text}" (priority ${descriptorOf(by.type).priority} > ${descriptorOf(mention.type).priority})`
      : 'kept';
    return `${where} ${extractor.padEnd(8)} ${mention.type.padEnd(8)} ${mention.text}  ${mention.rule}  → ${verdict}`;
  });
  return lines.length > 0 ? `${lines.join('\n')}\n` : '(no mentions proposed)\n';
}
