import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AtomicStream, OWNER_TOKEN, removeStaleTemporaries, writeFileAtomic } from '../../src/output/atomic-file';
import { tempDir } from '../helpers/temp';

const DIST_ATOMIC = path.resolve(__dirname, '../../dist/output/atomic-file.js');

const temporaries = (dir: string) => fs.readdirSync(dir).filter((name) => name.endsWith('.tmp'));

describe('writeFileAtomic', () => {
  it('writes the file and leaves no temporary', () => {
    const dir = tempDir('atomic');
    const target = path.join(dir, 'a.json');
    writeFileAtomic(target, '{"ok":true}\n');
    expect(fs.readFileSync(target, 'utf8')).toBe('{"ok":true}\n');
    expect(temporaries(dir)).toEqual([]);
  });

  it('replaces a symbolic link at the target instead of writing through it', () => {
    const dir = tempDir('atomic');
    const outside = path.join(tempDir('atomic-outside'), 'victim.txt');
    fs.writeFileSync(outside, 'untouched');
    fs.symlinkSync(outside, path.join(dir, 'a.json'));
    writeFileAtomic(path.join(dir, 'a.json'), 'record');
    expect(fs.readFileSync(outside, 'utf8')).toBe('untouched');
    expect(fs.lstatSync(path.join(dir, 'a.json')).isSymbolicLink()).toBe(false);
  });

  it('gives a target name of up to 255 bytes a temporary name that fits too', () => {
    const dir = tempDir('atomic');
    const target = path.join(dir, `${'长'.repeat(80)}.json`); // 245 bytes
    writeFileAtomic(target, 'x');
    expect(fs.readFileSync(target, 'utf8')).toBe('x');
  });

  it('replaces an existing file whole', () => {
    const target = path.join(tempDir('atomic'), 'a.json');
    fs.writeFileSync(target, 'old '.repeat(1000));
    writeFileAtomic(target, 'new');
    expect(fs.readFileSync(target, 'utf8')).toBe('new');
  });

  it('leaves the target and no temporary behind when the rename fails', () => {
    const dir = tempDir('atomic');
    const target = path.join(dir, 'taken');
    fs.mkdirSync(path.join(target, 'inside'), { recursive: true }); // a non-empty directory cannot be replaced by a file
    expect(() => writeFileAtomic(target, 'content')).toThrow();
    expect(fs.statSync(target).isDirectory()).toBe(true);
    expect(temporaries(dir)).toEqual([]);
  });
});

describe('AtomicStream', () => {
  it('shows nothing at the target until commit', () => {
    const dir = tempDir('atomic');
    const target = path.join(dir, 'mentions.csv');
    const stream = new AtomicStream(target);
    stream.write('doc,type\n');
    stream.write('a.txt,money\n');
    expect(fs.existsSync(target)).toBe(false);
    expect(temporaries(dir)).toHaveLength(1);
    stream.commit();
    expect(fs.readFileSync(target, 'utf8')).toBe('doc,type\na.txt,money\n');
    expect(temporaries(dir)).toEqual([]);
  });

  it('abort keeps the old file and removes the temporary', () => {
    const dir = tempDir('atomic');
    const target = path.join(dir, 'mentions.csv');
    fs.writeFileSync(target, 'old complete output\n');
    const stream = new AtomicStream(target);
    stream.write('half of a new');
    stream.abort();
    expect(fs.readFileSync(target, 'utf8')).toBe('old complete output\n');
    expect(temporaries(dir)).toEqual([]);
    expect(() => stream.write('more')).toThrow(/write after commit or abort/);
  });

  it('writes large multi-byte chunks completely', () => {
    const target = path.join(tempDir('atomic'), 'big.csv');
    const chunk = '援藏资金3.8亿元，'.repeat(200_000);
    const stream = new AtomicStream(target);
    stream.write(chunk);
    stream.commit();
    expect(fs.readFileSync(target, 'utf8')).toBe(chunk);
  });
});

/** A child process that opens an AtomicStream over `target`, writes, says "ready" and keeps writing until killed. */
function writerProcess(target: string) {
  const script = `
    const { AtomicStream } = require(${JSON.stringify(DIST_ATOMIC)});
    const stream = new AtomicStream(${JSON.stringify(target)});
    stream.write('partial new content\\n');
    process.stdout.write('ready\\n');
    setInterval(() => stream.write('more\\n'), 5);
  `;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (data: Buffer) => data.toString().includes('ready') && resolve());
    child.on('exit', (code) => reject(new Error(`writer exited early (${code})`)));
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, ready, exited };
}

describe('interrupted runs (needs dist/, built by pretest)', () => {
  it.each(['SIGINT', 'SIGTERM', 'SIGHUP'] as const)('%s: the old output stays whole and no temporary is left', async (signal) => {
    const dir = tempDir('atomic');
    const target = path.join(dir, 'mentions.csv');
    fs.writeFileSync(target, 'old complete output\n');
    const writer = writerProcess(target);
    await writer.ready;
    expect(temporaries(dir)).toHaveLength(1);
    writer.child.kill(signal);
    const { code } = await writer.exited;
    expect(code).toBe(128 + { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 }[signal]);
    expect(fs.readFileSync(target, 'utf8')).toBe('old complete output\n');
    expect(temporaries(dir)).toEqual([]);
  });

  it('SIGKILL: the target is untouched, and the next run removes the dead run’s temporary', async () => {
    const dir = tempDir('atomic');
    const target = path.join(dir, 'mentions.csv');
    const writer = writerProcess(target);
    await writer.ready;
    writer.child.kill('SIGKILL');
    const { signal } = await writer.exited;
    expect(signal).toBe('SIGKILL');
    expect(fs.existsSync(target)).toBe(false); // never a partial mentions.csv
    const [leftover] = temporaries(dir);
    expect(leftover).toMatch(/^\.mentions\.csv\.[a-z0-9]+\.[0-9a-f]{12}\.tmp$/);
    expect(removeStaleTemporaries(dir)).toEqual([leftover]);
    expect(temporaries(dir)).toEqual([]);
  });

  it('keeps the temporaries of its own run', () => {
    const dir = tempDir('atomic');
    const mine = path.join(dir, `.a.json.abc.${OWNER_TOKEN}.tmp`);
    fs.writeFileSync(mine, 'being written');
    expect(removeStaleTemporaries(dir)).toEqual([]);
    expect(fs.existsSync(mine)).toBe(true);
  });
});
