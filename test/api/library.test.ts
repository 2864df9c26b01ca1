import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { extract, extractFile, mentions, schema } from '../../src/index';
import { schemaErrors } from '../../src/model/schema';
import { ROOT } from '../helpers/cli';
import { tempDir } from '../helpers/temp';

// zhextract as a library (package.json main/exports → dist/index.js) and as
// a package: what `npm pack` ships.

describe('the library API', () => {
  it('extract(text) gives a schema-valid record with the mentions', () => {
    const record = extract('2020年投资1亿元');
    expect(schemaErrors(record)).toEqual([]);
    expect(record.mentions.map((m) => [m.type, m.text])).toEqual([
      ['date', '2020年'],
      ['money', '1亿元'],
    ]);
    expect(mentions('今年增长5%', { types: ['percent'] }).map((m) => m.text)).toEqual(['5%']);
    expect(extract('今年投资', { referenceDate: '2023-09-30', types: ['date'] }).mentions[0]).toMatchObject({ value: '2023' });
    expect(schema.title).toBe('zhextract document record');
  });

  it('extractFile reads any encoding the command reads', async () => {
    const file = path.join(tempDir('api'), 'a.txt');
    fs.writeFileSync(file, iconv.encode('2021年投资2亿元。', 'gbk'));
    const record = await extractFile(file);
    expect(record.source.encoding).toBe('gb18030');
    expect(record.mentions.map((m) => m.text)).toEqual(['2021年', '2亿元']);
  });

  it('refuses a reference date it cannot use', () => {
    expect(() => extract('今年', { referenceDate: '0999' })).toThrow(/year 1000 or later/);
  });
});

describe('the package', () => {
  it('npm pack ships the build with its declarations, rules, data and native sources, and no tests', () => {
    const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' })) as [{ files: Array<{ path: string }> }];
    const files = pack.files.map((f) => f.path);
    for (const needed of ['dist/index.js', 'dist/index.d.ts', 'dist/cli/main.js', 'dist/parallel/worker.js', 'bin/zhextract', 'rules/money-units.tsv', 'data/gazetteer.tsv.gz', 'native/jieba.cc', 'binding.gyp', 'scripts/build-native.js', 'package.json']) {
      expect(files).toContain(needed);
    }
    expect(files.filter((f) => /^(test|fixtures|src)\//.test(f))).toEqual([]);
  });

  it('package.json points main, types and exports at the built API', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.main).toBe('dist/index.js');
    expect(pkg.types).toBe('dist/index.d.ts');
    expect(pkg.exports['.']).toEqual({ types: './dist/index.d.ts', default: './dist/index.js' });
    expect(pkg.dependencies.typescript).toBeDefined(); // prepare compiles on npm install -g . / npm link
  });
});
