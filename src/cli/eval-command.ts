import * as path from 'node:path';
import { readGoldDir } from '../eval/gold';
import { SCORED_TYPES, formatSummary, scoreDocument, summarize, type DocScore } from '../eval/score';
import { readInputs } from '../input/read';
import type { InputDocument } from '../input/types';
import type { MentionType } from '../model/mention';
import { createPipeline } from './extract-command';
import type { Fact } from '../facts/schema';
import { formatFactMisses, formatFactSummary, readFactGoldDir, scoreFacts, summarizeFacts } from '../eval/facts-score';
import { EXIT, UsageError, reportInputFailure } from './exit';

export interface EvalOptions {
  gold: string;
  types?: MentionType[];
  minF1?: number;
  verbose: boolean;
  rules?: string;
  /** A folder of fact gold files: also score the facts. */
  facts?: string;
}

export async function runEval(paths: string[], options: EvalOptions): Promise<number> {
  let goldFiles;
  try {
    goldFiles = readGoldDir(options.gold);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const types = options.types ?? [...SCORED_TYPES];
  const pipeline = createPipeline({ rules: options.rules, types });
  const articles = await collectArticles(paths);
  const scores: DocScore[] = [];
  let failures = 0;
  for (const gold of goldFiles) {
    const article = articles.get(gold.doc) ?? articles.get(path.basename(gold.doc));
    if (!article) {
      reportInputFailure(gold.file, `no article named ${gold.doc} among the inputs`);
      failures++;
      continue;
    }
    const record = pipeline.process(article, gold.referenceDate ?? undefined);
    scores.push(scoreDocument(gold, record.mentions, types));
  }
  const summary = summarize(scores, types);
  process.stdout.write(`${formatSummary(summary)}\n`);
  if (options.verbose) process.stdout.write(verboseReport(scores));
  if (options.facts) failures += scoreFactGold(options.facts, articles, (article, date) => pipeline.process(article, date), options.verbose);
  if (failures > 0) return EXIT.someInputFailed;
  if (options.minF1 !== undefined && summary.overall.f1 < options.minF1) {
    process.stderr.write(`zhextract: overall F1 ${summary.overall.f1.toFixed(3)} is below --min-f1 ${options.minF1}\n`);
    return EXIT.someInputFailed;
  }
  return EXIT.ok;
}

/** Scores the facts of every article a fact gold file names; returns the number of articles missing. */
function scoreFactGold(
  dir: string,
  articles: Map<string, InputDocument>,
  processArticle: (article: InputDocument, referenceDate?: string) => { facts?: Fact[] },
  verbose: boolean,
): number {
  let goldFiles;
  try {
    goldFiles = readFactGoldDir(dir);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  let missing = 0;
  const scores = [];
  for (const gold of goldFiles) {
    const article = articles.get(gold.doc) ?? articles.get(path.basename(gold.doc));
    if (!article) {
      reportInputFailure(gold.file, `no article named ${gold.doc} among the inputs`);
      missing++;
      continue;
    }
    scores.push(scoreFacts(gold, processArticle(article, gold.referenceDate ?? undefined).facts ?? []));
  }
  process.stdout.write(`${formatFactSummary(summarizeFacts(scores))}\n`);
  if (verbose) process.stdout.write(formatFactMisses(scores));
  return missing;
}

async function collectArticles(paths: string[]): Promise<Map<string, InputDocument>> {
  const articles = new Map<string, InputDocument>();
  for await (const item of readInputs(paths)) {
    if (item.kind === 'failure') {
      reportInputFailure(item.path, item.cause);
      continue;
    }
    articles.set(item.doc, item);
    articles.set(path.basename(item.doc), item);
  }
  return articles;
}

function verboseReport(scores: readonly DocScore[]): string {
  const lines: string[] = [];
  for (const score of scores) {
    if (score.falsePositives.length === 0 && score.misses.length === 0) continue;
    lines.push(`\n${score.doc}`);
    for (const fp of score.falsePositives) lines.push(`  + ${fp.type.padEnd(7)} ${fp.key}   (extracted, not in gold)`);
    for (const miss of score.misses) lines.push(`  - ${miss.type.padEnd(7)} ${miss.key}   (in gold, missed)`);
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
