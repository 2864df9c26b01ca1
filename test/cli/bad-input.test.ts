import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../src/model/mention';
import { schemaErrors } from '../../src/model/schema';
import { ROOT, visibleFiles } from '../helpers/cli';
import { type BadInputFolder, leftoverTemporaries, makeBadInputFolder } from '../helpers/bad-input-folder';
import { removeAfterTests, tempDir } from '../helpers/temp';

// Issue 6's acceptance run: a folder holding a GB18030 copy of a seed, the
// seed, an empty file, 200 KB of random bytes named .txt and a 5 MB one-line
// article, plus a missing path, extracted with --out. Needs dist/ (pretest).

/** The V8 heap the whole run must fit in: the 5 MB line needs well under it. */
const HEAP_LIMIT_MB = 512;

const BIN = path.join(ROOT, 'bin/zhextract');

function runBounded(args: string[]) {
  const started = Date.now();
  const result = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_LIMIT_MB}`, BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, seconds: (Date.now() - started) / 1000 };
}

const readRecord = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as DocumentRecord;
const errorLines = (stderr: string) => stderr.split('\n').filter((line) => line.startsWith('zhextract: '));

describe('zhextract extract on a messy archive (--out)', () => {
  let folder: BadInputFolder;
  let out: string;
  let missing: string;
  let run: ReturnType<typeof runBounded>;
  const inFolder = (name: string) => path.join(folder.dir, name);
  const outFor = (name: string) => path.join(out, name.replace(/\.txt$/, '.json'));

  beforeAll(() => {
    folder = makeBadInputFolder();
    out = path.join(folder.dir, '..', `${path.basename(folder.dir)}-out`);
    missing = path.join(folder.dir, 'no-such-article.txt');
    removeAfterTests(out);
    run = runBounded(['extract', folder.dir, missing, '--out', out]);
  }, 300_000);

  it('exits 1 and names exactly the missing path and the binary file on stderr', () => {
    expect(run.status).toBe(1);
    expect(errorLines(run.stderr)).toEqual([
      expect.stringMatching(new RegExp(`^zhextract: ${escape(inFolder(folder.binary))}: looks like a binary file, not text`)),
      `zhextract: ${missing}: no such file or directory`,
    ]);
  });

  it('writes every other document and mentions.csv, and no record for the binary file', () => {
    expect(visibleFiles(out)).toEqual(
      [folder.gb18030, folder.original, folder.empty, folder.longLine].map((n) => n.replace(/\.txt$/, '.json')).concat('mentions.csv', 'facts.csv').sort(),
    );
  });

  it('leaves no temporary or partial file: every record parses and is schema-valid', () => {
    expect(leftoverTemporaries(out)).toEqual([]);
    for (const name of [folder.gb18030, folder.original, folder.empty, folder.longLine]) {
      expect(schemaErrors(readRecord(outFor(name)))).toEqual([]);
    }
    const csvLines = fs.readFileSync(path.join(out, 'mentions.csv'), 'utf8').trimEnd().split('\n');
    expect(csvLines[0]).toMatch(/^doc,title,referenceDate,type,text,/);
  });

  it('the GB18030 copy yields exactly the mentions of its UTF-8 original, offsets included', () => {
    const copy = readRecord(outFor(folder.gb18030));
    const original = readRecord(outFor(folder.original));
    expect(copy.source.encoding).toBe('gb18030');
    expect(original.source.encoding).toBe('utf-8');
    expect(original.mentions.length).toBeGreaterThan(10);
    expect(copy.mentions).toEqual(original.mentions);
    expect(copy.title).toBe(original.title);
  });

  it('the empty file is a document with no mentions', () => {
    const empty = readRecord(outFor(folder.empty));
    expect(empty.mentions).toEqual([]);
    expect(empty.source).toMatchObject({ bytes: 0, encoding: 'utf-8' });
  });

  it(`the 5 MB one-line file is processed within a ${HEAP_LIMIT_MB} MB heap, with mentions all along the line`, () => {
    const long = readRecord(outFor(folder.longLine));
    const seedMoney = readRecord(outFor(folder.original)).mentions.filter((m) => m.type === 'money').length;
    const money = long.mentions.filter((m) => m.type === 'money');
    expect(money.length).toBeGreaterThan(seedMoney * 100); // the seed is repeated ~420 times
    const lineLength = fs.readFileSync(inFolder(folder.longLine), 'utf8').length;
    expect(money.at(-1)!.end).toBeGreaterThan(lineLength * 0.99);
    expect(long.mentions.every((m) => m.end <= lineLength)).toBe(true);
    console.log(`issue 6 acceptance run: ${run.seconds.toFixed(1)} s for all inputs`);
  });
});

describe('an interrupted --out run', () => {
  it('keeps the previous complete outputs and leaves no partial or temporary file', async () => {
    const folder = makeBadInputFolder();
    fs.rmSync(path.join(folder.dir, folder.binary));
    const out = tempDir('interrupted');
    const previous = { 'mentions.csv': 'doc,type,text\nold,money,1元\n', 'stdin.json': '{"old": true}\n' };
    for (const [name, content] of Object.entries(previous)) fs.writeFileSync(path.join(out, name), content);

    // The folder, then standard input, which stays open: the run is interrupted while mentions.csv is
    // still a temporary and stdin.json not yet rewritten, at a moment the test can be sure of.
    const child = spawn(process.execPath, [BIN, 'extract', folder.dir, '-', '--out', out, '--jobs', '1'], { cwd: ROOT, stdio: ['pipe', 'ignore', 'ignore'] });
    await waitFor(() => fs.existsSync(path.join(out, folder.longLine.replace(/\.txt$/, '.json'))), 150_000);
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));

    expect(code).toBe(130);
    expect(leftoverTemporaries(out)).toEqual([]);
    for (const [name, content] of Object.entries(previous)) expect(fs.readFileSync(path.join(out, name), 'utf8')).toBe(content);
    const written = fs.readdirSync(out).filter((n) => n.endsWith('.json') && n !== 'stdin.json');
    expect(written).toHaveLength(4);
    for (const name of written) expect(schemaErrors(readRecord(path.join(out, name)))).toEqual([]);
  }, 180_000);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the run to write its first outputs');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
