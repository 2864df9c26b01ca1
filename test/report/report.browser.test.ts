import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { ROOT, runCli } from '../helpers/cli';
import { tempDir } from '../helpers/temp';

// The report in a real browser: Debian's chromium driven by playwright-core
// (nothing is downloaded). Pages load without console errors, every mention
// of an article is highlighted exactly over its text, and the charts draw
// the totals of the facts. ZHEXTRACT_SCREENSHOT=path.png also saves a
// screenshot of the index. Skipped, with a message, where no chromium is found.

const CHROMIUM_CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
const chromiumPath = CHROMIUM_CANDIDATES.find((candidate) => fs.existsSync(candidate));
if (!chromiumPath) console.warn(`report browser test skipped: no chromium at ${CHROMIUM_CANDIDATES.join(', ')} (apt-get install chromium)`);

const INPUTS = ['fixtures/articles', 'fixtures/html'];

describe.skipIf(!chromiumPath)('the report in a browser', () => {
  let browser: Browser;
  let site: string;
  let records: Array<Record<string, any>>;

  beforeAll(async () => {
    site = path.join(tempDir('report'), 'site');
    const report = runCli(['report', site, ...INPUTS], { cwd: ROOT });
    expect(report.status, report.stderr).toBe(0);
    const extracted = runCli(['extract', ...INPUTS, '--format', 'jsonl', '--jobs', '1'], { cwd: ROOT });
    records = extracted.stdout.trim().split('\n').map((line) => JSON.parse(line));
    browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function open(file: string) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('requestfailed', (request) => errors.push(`failed: ${request.url()}`));
    await page.goto(pathToFileURL(path.join(site, file)).href);
    await page.waitForLoadState('load');
    return { page, errors };
  }

  it('loads the index and every article page without console errors', async () => {
    const { page, errors } = await open('index.html');
    const links = await page.$$eval('#documents a', (anchors) => anchors.map((a) => a.getAttribute('href')!));
    expect(links.length).toBe(records.length);
    for (const link of links) {
      const article = await open(link);
      expect(article.errors, link).toEqual([]);
      await article.page.close();
    }
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('highlights every mention of an article exactly over its text', async () => {
    const { page } = await open('index.html');
    const rows = await page.$$eval('#documents tr', (trs) => trs.slice(1).map((tr) => [tr.querySelector('a')!.getAttribute('href')!, tr.cells[0]!.textContent!]));
    const [href, doc] = rows.find(([, name]) => name === '001_2a4bfa5699e19441.txt')!;
    const record = records.find((r) => r.doc === doc)!;
    const original = [...fs.readFileSync(path.join(ROOT, record.source.path), 'utf8')];
    const article = await open(href!);
    const marks = await article.page.$$eval('#text mark', (elements) =>
      elements.map((m) => ({ index: Number(m.getAttribute('data-index')), type: m.getAttribute('data-type'), text: m.textContent })),
    );
    expect(marks.length).toBe(record.mentions.length);
    for (const mark of marks) {
      const mention = record.mentions[mark.index];
      expect(mark.type).toBe(mention.type);
      expect(mark.text).toBe(original.slice(mention.start, mention.end).join(''));
    }
    const facts = await article.page.$$eval('.fact', (cards) => cards.length);
    expect(facts).toBe(record.facts.length);
    await article.page.close();
    await page.close();
  }, 60_000);

  it('draws the charts with the totals of the facts', async () => {
    const { page, errors } = await open('index.html');
    const charts = await page.evaluate(() => {
      const charts = (window as any).reportCharts;
      const sum = (chart: any) => chart.data.datasets[0].data.reduce((n: number, v: any) => n + (typeof v === 'number' ? v : v.y), 0);
      const drawn = (id: string) => {
        const canvas = document.getElementById(id) as HTMLCanvasElement;
        const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        let painted = 0;
        for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) painted++;
        return painted;
      };
      return {
        province: sum(charts.province),
        year: sum(charts.year),
        types: sum(charts.types),
        painted: ['chart-province', 'chart-year', 'chart-timeline', 'chart-types'].map(drawn),
      };
    });
    const cnyFacts = records.flatMap((r) => r.facts.filter((f: any) => r.mentions[f.money].currency === 'CNY'));
    const total = cnyFacts.reduce((n: number, f: any) => n + f.value, 0);
    expect(total).toBeGreaterThan(0);
    expect(charts.province).toBeCloseTo(total, 0);
    expect(charts.year).toBeCloseTo(total, 0);
    expect(charts.types).toBe(records.reduce((n, r) => n + r.mentions.length, 0));
    for (const painted of charts.painted) expect(painted).toBeGreaterThan(1000);
    expect(errors).toEqual([]);
    const screenshot = process.env.ZHEXTRACT_SCREENSHOT;
    if (screenshot) await page.screenshot({ path: screenshot, fullPage: false });
    await page.close();
  }, 60_000);
});
