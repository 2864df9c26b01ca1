import type { DocumentRecord } from '../model/mention';
import { MENTION_TYPES } from '../model/mention';
import { chartData } from './charts';
import { escapeHtml, inlineJson, page } from './html';

// The index: every document (title, date, counts per type), the inputs that
// failed, and the charts.

export interface ReportFailure {
  path: string;
  cause: string;
}

export interface ReportEntry {
  record: DocumentRecord;
  /** The article page, relative to the site root. */
  href: string;
}

export function indexPage(entries: readonly ReportEntry[], failures: readonly ReportFailure[]): string {
  const records = entries.map((e) => e.record);
  const header = `<tr><th>document</th><th>title</th><th>date</th>${MENTION_TYPES.map((t) => `<th>${t}</th>`).join('')}<th>facts</th></tr>`;
  const rows = entries.map(({ record, href }) => {
    const counts = MENTION_TYPES.map((t) => `<td class="num">${record.mentions.filter((m) => m.type === t).length}</td>`).join('');
    return `<tr><td><a href="${escapeHtml(href)}">${escapeHtml(record.doc)}</a></td><td>${escapeHtml(record.title)}</td><td>${escapeHtml(record.referenceDate ?? '')}</td>${counts}<td class="num">${(record.facts ?? []).length}</td></tr>`;
  });
  const failed = failures.map((f) => `<li class="failure">${escapeHtml(f.path)}: ${escapeHtml(f.cause)}</li>`).join('');
  const body = `<h1>zhextract report</h1>
<p>${entries.length} documents, ${records.reduce((n, r) => n + r.mentions.length, 0)} mentions, ${records.reduce((n, r) => n + (r.facts ?? []).length, 0)} facts, ${failures.length} failures.</p>
<h2>Charts</h2>
<div class="charts">
<div><h3>Money by province</h3><div class="chart"><canvas id="chart-province"></canvas></div></div>
<div><h3>Money by year</h3><div class="chart"><canvas id="chart-year"></canvas></div></div>
<div><h3>Timeline of dated facts</h3><div class="chart"><canvas id="chart-timeline"></canvas></div></div>
<div><h3>Mentions per type</h3><div class="chart"><canvas id="chart-types"></canvas></div></div>
</div>
<h2>Documents</h2>
<table id="documents">${header}${rows.join('\n')}</table>
<h2>Failures</h2>
${failed ? `<ul id="failures">${failed}</ul>` : '<p id="failures">None.</p>'}`;
  const scripts = `<script src="assets/chart.umd.min.js"></script>
<script>window.REPORT_DATA = ${inlineJson(chartData(records))};</script>
<script src="assets/charts.js"></script>`;
  return page({ title: 'zhextract report', root: '', body, scripts });
}
