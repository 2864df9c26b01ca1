import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaErrors } from '../../src/model/schema';
import { ARTICLES, GOLD, runCli, visibleFiles } from '../helpers/cli';
import { tempDir } from '../helpers/temp';

const ONE = path.join(ARTICLES, '001_2a4bfa5699e19441.txt');

describe('zhextract extract', () => {
  it('writes a JSON array of schema-valid document records by default', () => {
    const result = runCli(['extract', ONE, '--types', 'money,percent']);
    expect(result.status).toBe(0);
    const records = JSON.parse(result.stdout);
    expect(records).toHaveLength(1);
    expect(records[0].doc).toBe('001_2a4bfa5699e19441.txt');
    expect(schemaErrors(records[0])).toEqual([]);
    expect(records[0].mentions.find((m: { text: string }) => m.text === '1.32亿元')).toMatchObject({ type: 'money', value: 132000000 });
  });

  it('writes one record a line with --format jsonl', () => {
    const result = runCli(['extract', ARTICLES, '--format', 'jsonl', '--types', 'money']);
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines.map((l) => JSON.parse(l).doc)).toEqual(fs.readdirSync(ARTICLES).sort());
  });

  it('writes one CSV row a mention with --format csv, and a BOM with --bom', () => {
    const plain = runCli(['extract', ONE, '--format', 'csv', '--types', 'percent']);
    expect(plain.stdout.split('\n')[0]).toBe(
      'doc,title,referenceDate,type,text,value,value_max,currency,approx,unit,granularity,relative,name,path,level,code,kind,rule,start,end,sentence',
    );
    expect(plain.stdout).toContain('001_2a4bfa5699e19441.txt,穿越喜马拉雅的守望,2022,percent,87.8%,87.8,,,exact,%,');
    const withBom = runCli(['extract', ONE, '--format', 'csv', '--bom', '--types', 'percent']);
    expect(withBom.stdout.startsWith('\uFEFFdoc,title')).toBe(true);
  });

  it('writes <article>.json per document, mentions.csv and facts.csv with --out', () => {
    const out = tempDir('cli');
    const result = runCli(['extract', ARTICLES, '--out', out]);
    expect(result.status).toBe(0);
    expect(visibleFiles(out)).toEqual([...fs.readdirSync(ARTICLES).map((f) => f.replace('.txt', '.json')), 'mentions.csv', 'facts.csv'].sort());
    const record = JSON.parse(fs.readFileSync(path.join(out, '003_4a5eafba6cd81d07.json'), 'utf8'));
    expect(schemaErrors(record)).toEqual([]);
    expect(record.cleaning.duplicateParagraphs).toBeGreaterThan(100);
  });

  it('reads stdin with -', () => {
    const result = runCli(['extract', '-', '--format', 'jsonl'], { input: '2023年，工作组投资1.32亿元，占比87.8%。' });
    expect(result.status).toBe(0);
    const record = JSON.parse(result.stdout);
    expect(record.doc).toBe('stdin');
    expect(record.mentions.map((m: { text: string }) => m.text)).toEqual(expect.arrayContaining(['1.32亿元', '87.8%']));
  });

  it('uses --reference-date and records where the reference date came from', () => {
    const given = JSON.parse(runCli(['extract', ONE, '--types', 'money', '--reference-date', '2022-06']).stdout);
    expect(given[0]).toMatchObject({ referenceDate: '2022-06', referenceDateSource: 'option' });
    const inferred = JSON.parse(runCli(['extract', ONE, '--types', 'money']).stdout);
    expect(inferred[0].referenceDateSource).toBe('inferred');
  });

  it('reads the reference date from a sidecar <article>.meta.json', () => {
    const dir = tempDir('cli');
    fs.copyFileSync(ONE, path.join(dir, 'a.txt'));
    fs.writeFileSync(path.join(dir, 'a.meta.json'), JSON.stringify({ published: '2022-06-30' }));
    const record = JSON.parse(runCli(['extract', dir, '--types', 'money']).stdout)[0];
    expect(record).toMatchObject({ doc: 'a.txt', referenceDate: '2022-06-30', referenceDateSource: 'sidecar' });
  });

  it('exits 1 naming a missing input, and still writes the others', () => {
    const result = runCli(['extract', 'no/such/article.txt', ONE, '--format', 'jsonl', '--types', 'money']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('zhextract: no/such/article.txt: no such file or directory');
    expect(JSON.parse(result.stdout).doc).toBe('001_2a4bfa5699e19441.txt');
  });

  it('exits 2 on usage errors', () => {
    expect(runCli(['extract', ONE, '--format', 'xml']).status).toBe(2);
    expect(runCli(['extract', ONE, '--types', 'money,weather']).status).toBe(2);
    expect(runCli(['extract', ONE, '--out', '']).status).toBe(2);
    expect(runCli(['extract', ONE, '--rules', ONE]).stderr).toMatch(/--rules .*: not a folder/);
    expect(runCli(['frobnicate']).status).toBe(2);
  });

  it('shows examples in --help', () => {
    const result = runCli(['extract', '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Examples:');
    expect(result.stdout).toContain('--reference-date');
  });
});

describe('zhextract clean, schema and eval', () => {
  it('clean prints the cleaned text and, with --report, what was removed and why', () => {
    const result = runCli(['clean', path.join(ARTICLES, '002_bb188c7ad212362b.txt'), '--report']);
    expect(result.status).toBe(0);
    expect(result.stdout).not.toContain('扫码关注');
    expect(result.stderr).toMatch(/line 5\tboilerplate\tapp\/QR prompt/);
  });

  it('schema prints the JSON Schema', () => {
    const schema = JSON.parse(runCli(['schema']).stdout);
    expect(schema.title).toBe('zhextract document record');
  });

  it('eval prints precision, recall and F1 per type and honours --min-f1', () => {
    const result = runCli(['eval', '--gold', GOLD, ARTICLES, '--types', 'money,percent']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^money\s+\d\.\d{3}\s+\d\.\d{3}\s+\d\.\d{3}/m);
    expect(result.stdout).toMatch(/^overall/m);
    const strict = runCli(['eval', '--gold', GOLD, ARTICLES, '--types', 'money', '--min-f1', '1.01']);
    expect(strict.status).toBe(2); // 1.01 is not a valid ratio
    const missing = runCli(['eval', '--gold', GOLD, ONE, '--types', 'money']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('no article named 000_03353b2c7b3bde85.txt');
  });
});
