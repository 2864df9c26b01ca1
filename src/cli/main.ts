import * as os from 'node:os';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
// The commands are loaded when run: `extract` processes documents in worker
// threads, so its main thread need not load the pipeline, schema and ajv.
import { OUTPUT_FORMATS } from '../output/sinks';
import { MENTION_TYPES as SELECTABLE_TYPES } from '../model/mention';
import { EXIT, UsageError, reportFatal, reportNote } from './exit';
import { asOutputError } from '../output/sinks';
import type { MentionType } from '../model/mention';
import { isUsableDate } from '../input/published';
import { isJsonLinesName } from '../input/jsonl';

const VERSION = '0.1.0';

function parseTypes(value: string): MentionType[] {
  const types = value.split(',').map((t) => t.trim()).filter(Boolean);
  const unknown = types.filter((t) => !(SELECTABLE_TYPES as readonly string[]).includes(t));
  if (unknown.length > 0 || types.length === 0) {
    throw new InvalidArgumentError(`unknown type(s) "${unknown.join(',')}"; choose from ${SELECTABLE_TYPES.join(',')}`);
  }
  return types as MentionType[];
}

function parseReferenceDate(value: string): string {
  if (!isUsableDate(value)) throw new InvalidArgumentError('expected a real date as YYYY, YYYY-MM or YYYY-MM-DD, year 1000 or later');
  return value;
}

/** More threads than this only queue for the cores, each with its own ~300 MB jieba. */
const MAX_JOBS = 4 * os.availableParallelism();

function parseJobs(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > MAX_JOBS) {
    throw new InvalidArgumentError(`expected a whole number from 1 to ${MAX_JOBS}`);
  }
  return Number(value);
}

function parsePositive(value: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) throw new InvalidArgumentError('expected a positive number');
  return number;
}

function parseRatio(value: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0 || number > 1) throw new InvalidArgumentError('expected a number from 0 to 1');
  return number;
}

export function buildProgram(): Command {
  const program = new Command('zhextract')
    .description('Turn noisy Chinese news articles into validated fact tables: money, dates, counts, percents, places, natural features.')
    .version(VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride() // usage errors exit 2, not commander's 1 (set before the subcommands inherit it)
    .addHelpText(
      'after',
      `
Examples:
  $ zhextract extract fixtures/articles --out out            one JSON per article + out/mentions.csv
  $ zhextract extract article.txt --format csv --bom > a.csv  CSV for Excel
  $ cat article.txt | zhextract extract - --format jsonl      read stdin
  $ zhextract eval --gold fixtures/gold fixtures/articles      score against the answer key
  $ zhextract clean article.txt --report                       see what cleaning removed

Exit codes: 0 all inputs processed, 1 some input failed (the others are still written), 2 usage error.`,
    );

  program
    .command('extract')
    .description('extract mentions from files, folders (recursive: .txt .md .html .htm) or - for stdin')
    .argument('[paths...]', 'articles, folders of articles, or - for standard input (the default when stdin is not a terminal)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(OUTPUT_FORMATS).default('json'))
    .option('-o, --out <dir>', 'write <article>.json per document and mentions.csv into DIR (instead of stdout)')
    .option('--bom', 'start CSV output with a UTF-8 byte order mark (for Excel)', false)
    .option('-t, --types <list>', `mention types to extract, comma-separated (${SELECTABLE_TYPES.join(',')})`, parseTypes)
    .option('--reference-date <date>', 'publication date YYYY[-MM[-DD]] used to resolve 今年/当年/month-day dates', parseReferenceDate)
    .option('--rules <dir>', 'extra rule files merged over the built-in rules/')
    .option('--no-facts', 'do not link each amount to its date, place and giver: records carry no facts, facts.csv only its header (faster)')
    .addOption(
      new Option('-j, --jobs <n>', 'worker threads processing documents in parallel; output keeps the input order (1: no worker threads)')
        .argParser(parseJobs)
        .default(os.availableParallelism(), 'the number of cores'),
    )
    .option('-q, --quiet', 'no progress bar on stderr (it only shows when stderr is a terminal)', false)
    .option('--doc-timeout <seconds>', 'per-document time budget: a document still running after this is named as failed and skipped (default 60)', parsePositive)
    .option('--doc-memory <mb>', 'per-document memory budget: MB of heap a worker may use; a document that needs more is named as failed (default 2048)', parsePositive)
    .option('--report <dir>', 'also write the report site (as `zhextract report`: highlighted articles, facts, charts) into DIR')
    .option('--explain', 'print the debug trace of one article (what each extractor proposed, what lost an overlap) instead of its record; same as `zhextract explain FILE`', false)
    .option(
      '--input-jsonl',
      'read JSON Lines records {"doc": name, "text": article, "published"?: YYYY-MM-DD} from the paths or stdin (files named .jsonl or .ndjson are read so without it); writes JSON Lines unless --format says otherwise',
      false,
    )
    .addHelpText(
      'after',
      `
Examples:
  $ zhextract extract fixtures/articles --out out
  $ zhextract extract news/ --format csv --bom --types money,percent > money.csv
  $ zhextract extract article.txt --reference-date 2023-09-30 --format jsonl
  $ zhextract extract archive/ --jobs 4 --format jsonl > records.jsonl
  $ zhextract extract archive/ --format facts-csv --bom > facts.csv
  $ zhextract extract archive/ --no-facts --types date,place --format csv > mentions.csv
  $ cat articles.jsonl | zhextract extract --input-jsonl --jobs 1 --quiet > records.jsonl
  $ zhextract extract fixtures/articles --out out --report out/site
  $ zhextract extract --explain fixtures/articles/001_2a4bfa5699e19441.txt | grep dropped`,
    )
    .action(async (paths: string[], options, command: Command) => {
      if (options.explain) {
        if (paths.length !== 1 || options.inputJsonl) throw new UsageError('--explain takes exactly one article file (or - for standard input)');
        process.exitCode = await (await import('./explain-command')).runExplain(paths[0]!, options);
        return;
      }
      if (!options.inputJsonl && jsonLinesByName(paths)) options.inputJsonl = true;
      // --input-jsonl is a map step: JSON Lines out unless a format was asked for.
      if (options.inputJsonl && command.getOptionValueSource('format') === 'default') options.format = 'jsonl';
      process.exitCode = await (await import('./extract-command')).runExtract(paths, options);
    });

  program
    .command('clean')
    .description('print the cleaned text of an article')
    .argument('<file>', 'an article file, or - for standard input')
    .option('--report', 'list what was removed, deduplicated or joined, and why', false)
    .option('--rules <dir>', 'extra rule files merged over the built-in rules/')
    .addHelpText('after', '\nExample:\n  $ zhextract clean fixtures/articles/003_4a5eafba6cd81d07.txt --report')
    .action(async (file: string, options) => {
      process.exitCode = await (await import('./clean-command')).runClean(file, options);
    });

  program
    .command('eval')
    .description('score extraction against gold files (GUIDELINES format): precision, recall, F1 per type')
    .requiredOption('-g, --gold <dir>', 'folder of gold .json files')
    .argument('<paths...>', 'the articles the gold files describe (files or folders)')
    .option('-t, --types <list>', 'score only these types', parseTypes)
    .option('--min-f1 <x>', 'exit 1 when the overall F1 is below X', parseRatio)
    .option('-v, --verbose', 'list every false positive and miss', false)
    .option('--rules <dir>', 'extra rule files merged over the built-in rules/')
    .option('--facts <dir>', 'also score facts against the fact gold files in DIR')
    .addHelpText('after', '\nExample:\n  $ zhextract eval --gold fixtures/gold fixtures/articles --min-f1 0.9')
    .action(async (paths: string[], options) => {
      process.exitCode = await (await import('./eval-command')).runEval(paths, options);
    });

  program
    .command('explain')
    .description('show how the mentions of one article were found: each extractor\'s proposals and which overlaps the refine stage settled')
    .argument('<file>', 'an article file, or - for standard input')
    .option('--reference-date <date>', 'publication date YYYY[-MM[-DD]]', parseReferenceDate)
    .option('--rules <dir>', 'extra rule files merged over the built-in rules/')
    .addHelpText('after', '\nExample:\n  $ zhextract explain fixtures/articles/001_2a4bfa5699e19441.txt | grep dropped')
    .action(async (file: string, options) => {
      process.exitCode = await (await import('./explain-command')).runExplain(file, options);
    });

  program
    .command('report')
    .description('write a static report site (index, one page per article with highlighted mentions and facts, charts) into OUT_DIR')
    .argument('<out_dir>', 'folder for the site (open OUT_DIR/index.html in a browser)')
    .argument('<paths...>', 'articles or folders of articles')
    .option('-t, --types <list>', `mention types to extract, comma-separated (${SELECTABLE_TYPES.join(',')})`, parseTypes)
    .option('--reference-date <date>', 'publication date YYYY[-MM[-DD]] used to resolve 今年/当年/month-day dates', parseReferenceDate)
    .option('--rules <dir>', 'extra rule files merged over the built-in rules/')
    .addHelpText('after', '\nExample:\n  $ zhextract report report/ fixtures/articles')
    .action(async (outDir: string, paths: string[], options) => {
      process.exitCode = await (await import('./report-command')).runReport(outDir, paths, options);
    });

  program
    .command('schema')
    .description('print the JSON Schema of the output records')
    .action(() => {
      process.stdout.write(`${JSON.stringify(require('../model/schema').OUTPUT_SCHEMA, null, 2)}\n`);
    });

  return program;
}

/**
 * A closed pipe (`| head`) ends the run quietly, as it ends jq or cat (141 is
 * the shell's status of a process killed by SIGPIPE); a full disk or another
 * write error on stdout is named.
 */
function watchStdout(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT.closedPipe);
    reportNote(asOutputError('standard output', error)?.message ?? `standard output: ${error.message}`);
    process.exit(EXIT.someInputFailed);
  });
}

export async function main(argv: readonly string[]): Promise<void> {
  watchStdout();
  const program = buildProgram();
  try {
    await program.parseAsync([...argv]);
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end with code 0; everything else is a usage error.
      process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
      return;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`zhextract: ${error.message}\n`);
      process.exitCode = EXIT.usage;
      return;
    }
    reportFatal(error);
  }
}

/**
 * Files named .jsonl or .ndjson are read as JSON Lines without --input-jsonl.
 * One run reads one kind of input, so a mix with articles is a usage error.
 */
function jsonLinesByName(paths: readonly string[]): boolean {
  const named = paths.filter(isJsonLinesName);
  if (named.length === 0) return false;
  const other = paths.find((given) => !isJsonLinesName(given));
  if (other !== undefined) {
    throw new UsageError(`${named[0]} is JSON Lines by its name and ${other} is not: read them in separate runs, or pass --input-jsonl to read all as JSON Lines`);
  }
  return true;
}
