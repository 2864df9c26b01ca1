import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DocumentRecord } from '../model/mention';
import { writeFileAtomic } from '../output/atomic-file';
import { articlePage } from './article-page';
import { CHART_SCRIPT } from './charts';
import { indexPage, type ReportEntry, type ReportFailure } from './index-page';
import { stylesheet } from './style';

// Writes the static report: index.html, docs/<n>.html per article and
// assets/ (chart.js's UMD bundle copied from node_modules, the stylesheet,
// the chart script). Nothing is fetched from the network, so the folder
// opens offline with a double-click on index.html.

export interface ReportDocument {
  record: DocumentRecord;
  /** The article text the mention offsets point into. */
  text: string;
}

/** chart.js's browser bundle, beside the CommonJS entry its exports allow resolving. */
function chartJsBundle(): string {
  return path.join(path.dirname(require.resolve('chart.js')), 'chart.umd.min.js');
}

export function writeReport(dir: string, documents: readonly ReportDocument[], failures: readonly ReportFailure[]): void {
  fs.mkdirSync(path.join(dir, 'assets'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'docs'), { recursive: true });
  fs.copyFileSync(chartJsBundle(), path.join(dir, 'assets', 'chart.umd.min.js'));
  writeFileAtomic(path.join(dir, 'assets', 'report.css'), stylesheet());
  writeFileAtomic(path.join(dir, 'assets', 'charts.js'), CHART_SCRIPT);
  const entries: ReportEntry[] = documents.map((doc, i) => {
    const href = `docs/${String(i + 1).padStart(4, '0')}.html`;
    writeFileAtomic(path.join(dir, href), articlePage(doc.record, doc.text));
    return { record: doc.record, href };
  });
  writeFileAtomic(path.join(dir, 'index.html'), indexPage(entries, failures));
}
