import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Pipeline } from '../../src/pipeline/process';
import { ReportCollector } from '../../src/report/collector';
import { writeReport } from '../../src/report/site';
import { tempDir } from '../helpers/temp';

// `extract --report DIR` collects what extract writes and writes the same
// site as `zhextract report` for the same documents and failures.

const pipeline = Pipeline.create();

function processed(name: string, text: string) {
  const item = { kind: 'document' as const, doc: name, text, source: { path: name, bytes: 0, sha256: '0'.repeat(64), encoding: 'utf-8' as const } };
  return { record: pipeline.process(item, '2023'), text };
}

function files(dir: string): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (sub: string) => {
    for (const entry of fs.readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = path.join(sub, entry.name);
      if (entry.isDirectory()) walk(rel);
      else found.set(rel, fs.readFileSync(path.join(dir, rel), 'utf8'));
    }
  };
  walk('');
  return found;
}

describe('report collector', () => {
  it('writes the site zhextract report writes for the same documents and failures', () => {
    const documents = [
      processed('a.txt', '标题\n2019年，珠海市政府向福贡县投入3.2亿元，用于建设易地扶贫搬迁安置点。'),
      processed('b.txt', '标题\n今年上半年，某公司实现营业收入41亿元，同比增长34%。'),
    ];
    const root = tempDir('report-collector');
    const collector = new ReportCollector(path.join(root, 'collected'));
    for (const doc of documents) collector.add(doc.record, doc.text);
    collector.fail('c.txt', 'not UTF-8');
    collector.write();
    writeReport(path.join(root, 'direct'), documents, [{ path: 'c.txt', cause: 'not UTF-8' }]);

    const collected = files(path.join(root, 'collected'));
    expect(collector.count).toBe(2);
    expect([...collected.keys()].sort()).toEqual(['assets/chart.umd.min.js', 'assets/charts.js', 'assets/report.css', 'docs/0001.html', 'docs/0002.html', 'index.html']);
    expect(collected).toEqual(files(path.join(root, 'direct')));
    expect(collected.get('index.html')).toContain('c.txt');
  });
});
