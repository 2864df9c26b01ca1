import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLES, runCli } from '../helpers/cli';
import { tempDir } from '../helpers/temp';

/** Every file of a folder, by path relative to it, with its content. */
function filesOf(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, full), fs.readFileSync(full, 'utf8'));
  }
  return files;
}

describe('zhextract extract --report DIR', () => {
  it('writes the same site as zhextract report, with two workers and an input that fails', () => {
    const root = tempDir('report-flag');
    const inputs = path.join(root, 'inputs');
    fs.mkdirSync(inputs);
    for (const name of fs.readdirSync(ARTICLES)) fs.copyFileSync(path.join(ARTICLES, name), path.join(inputs, name));
    // Bytes no encoding explains: named as failed, between the articles in input order.
    fs.writeFileSync(path.join(inputs, '002a_garbage.txt'), Buffer.from(Array.from({ length: 4000 }, (_, i) => 0x80 + ((i * 37) % 128))));

    const extracted = runCli(['extract', inputs, '--jobs', '2', '--format', 'jsonl', '--report', path.join(root, 'from-extract')]);
    expect(extracted.status).toBe(1); // one input failed; the others are written
    expect(extracted.stdout.trim().split('\n')).toHaveLength(5);
    expect(extracted.stderr).toContain('report of 5 documents written to');
    runCli(['report', path.join(root, 'from-report'), inputs]);

    const fromExtract = filesOf(path.join(root, 'from-extract'));
    const fromReport = filesOf(path.join(root, 'from-report'));
    expect([...fromExtract.keys()].sort()).toEqual([...fromReport.keys()].sort());
    for (const [name, content] of fromReport) expect(fromExtract.get(name), name).toBe(content);
    expect(fromExtract.get('index.html')).toContain('002a_garbage.txt');
    expect([...fromExtract.keys()].filter((name) => name.startsWith('docs'))).toHaveLength(5);
  });
});
