import * as path from 'node:path';
import { readGoldDir } from '../eval/gold';
import { evaluate } from '../eval/run';
import { SCORED_TYPES, formatSummary, type DocScore, type EvalSummary } from '../eval/score';
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
  const articleFor = (gold: { doc: string }) => articles.get(gold.doc) ?? articles.get(path.basename(gold.doc));
  // The headline is end to end (reference dates inferred, as a user runs it);
  // the gold's reference dates give the second column.
  const endToEnd = evaluate(pipeline, goldFiles, articleFor, types, 'inferred');
  const withGoldDates = evaluate(pipeline, goldFiles, articleFor, types, 'gold');
  for (const gold of endToEnd.missing) reportInputFailure(gold.file, `no article named ${gold.doc} among the inputs`);
  let failures = endToEnd.missing.length;
  const summary = endToEnd.summary;
  process.stdout.write(`${formatBoth(summary, withGoldDates.summary)}\n`);
  if (options.verbose) process.stdout.write(verboseReport(endToEnd.scores));
  if (options.facts) {
    // Facts likewise: end to end first, then with the gold's reference dates.
    failures += scoreFactGold(options.facts, articles, (article) => pipeline.process(article), 'end to end', options.verbose);
    scoreFactGold(options.facts, articles, (article, date) => pipeline.process(article, date), "with the gold's reference dates", false);
  }
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
  heading: string,
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
  process.stdout.write(`\nfacts, ${heading}\n${formatFactSummary(summarizeFacts(scores))}\n`);
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

/** The end-to-end table with the gold-reference-date F1 as a last column. */
function formatBoth(endToEnd: EvalSummary, withGoldDates: EvalSummary): string {
  const lines = formatSummary(endToEnd).split('\n');
  const goldF1 = [...[...withGoldDates.byType.values()].map((m) => m.f1), withGoldDates.overall.f1];
  return [
    'end to end (reference date from sidecar or text, as a user runs it); last column: F1 with the gold\'s reference date',
    `${lines[0]}   f1@gold-date`,
    ...lines.slice(1).map((line, i) => `${line}   ${goldF1[i]!.toFixed(3)}`),
  ].join('\n');
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
