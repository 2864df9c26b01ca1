import * as fs from 'node:fs';
import * as path from 'node:path';
import * as iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../src/model/mention';
import { ROOT, runCli } from '../helpers/cli';
import { tempDir } from '../helpers/temp';

// HTML news pages (fixtures/html) through the CLI: each yields exactly the
// mentions of its article text (fixtures/html/expected), offsets included —
// offsets of an HTML document point into its extracted text. Needs dist/.

const HTML = path.join(ROOT, 'fixtures/html');
const PAGES = ['changchun-aid', 'shandong-aid', 'tibet-meeting'] as const;

function extractJsonl(args: string[], input?: Buffer): DocumentRecord[] {
  const result = runCli(['extract', ...args, '--quiet', '--format', 'jsonl', '--jobs', '1'], { input });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout.trim().split('\n').map((line) => JSON.parse(line) as DocumentRecord);
}

const codePointSlice = (text: string, start: number, end: number) => [...text].slice(start, end).join('');

describe('zhextract extract on HTML news pages', () => {
  const records = new Map<string, DocumentRecord>();

  beforeAll(() => {
    const files = PAGES.flatMap((page) => [path.join(HTML, `${page}.html`), path.join(HTML, 'expected', `${page}.txt`)]);
    for (const record of extractJsonl(files)) records.set(record.doc, record);
  });

  it.each(PAGES)('%s.html yields the same mentions as its article text', (page) => {
    const fromHtml = records.get(`${page}.html`)!;
    const fromText = records.get(`${page}.txt`)!;
    expect(fromText.mentions.length).toBeGreaterThan(5);
    expect(fromHtml.mentions).toEqual(fromText.mentions);
    expect(fromHtml.title).toBe(fromText.title);
  });

  it.each(PAGES)('%s.html: offsets point into the extracted text', (page) => {
    const text = fs.readFileSync(path.join(HTML, 'expected', `${page}.txt`), 'utf8');
    const mentions = records.get(`${page}.html`)!.mentions;
    const exact = mentions.filter((m) => codePointSlice(text, m.start, m.end) === m.text);
    expect(exact.length).toBe(mentions.length);
  });

  it('finds nothing in navigation, scripts, sidebars or footers', () => {
    const texts = [...records.values()].filter((r) => r.doc.endsWith('.html')).flatMap((r) => r.mentions.map((m) => m.text));
    for (const noise of ['5000万元', '12.5%', '3000万元', '15%', '12万个', '300万辆', '8%', '2亿元', '300元', '9.5%', '20所']) {
      expect(texts).not.toContain(noise);
    }
  });

  it('a GB18030 copy of a page declaring gb2312 yields the same mentions and records the encoding', () => {
    const dir = tempDir('html');
    const copy = path.join(dir, 'shandong-aid-gbk.html');
    fs.writeFileSync(copy, iconv.encode(fs.readFileSync(path.join(HTML, 'shandong-aid.html'), 'utf8'), 'gb18030'));
    const [record] = extractJsonl([copy]);
    expect(record!.source.encoding).toBe('gb18030');
    expect(record!.mentions).toEqual(records.get('shandong-aid.html')!.mentions);
  });

  it('reads a page on standard input as HTML', () => {
    const [record] = extractJsonl(['-'], fs.readFileSync(path.join(HTML, 'tibet-meeting.html')));
    expect(record!.doc).toBe('stdin');
    expect(record!.mentions).toEqual(records.get('tibet-meeting.html')!.mentions);
  });
});
