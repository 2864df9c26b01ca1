import type { DocumentRecord } from '../model/mention';
import { MENTION_TYPES } from '../model/mention';

// The numbers behind the index page's charts, computed from the facts. Only
// amounts in yuan (CNY) are summed: other currencies are not converted.

export interface ChartData {
  moneyByProvince: { labels: string[]; values: number[] };
  moneyByYear: { labels: string[]; values: number[] };
  /** Dated facts: x is the start of `when` as a decimal year. */
  timeline: Array<{ x: number; y: number; label: string }>;
  mentionsPerType: { labels: string[]; values: number[] };
}

export const NO_PLACE = '(no place)';
export const UNDATED = '(undated)';

export function chartData(records: readonly DocumentRecord[]): ChartData {
  const byProvince = new Map<string, number>();
  const byYear = new Map<string, number>();
  const timeline: ChartData['timeline'] = [];
  const perType = new Map<string, number>(MENTION_TYPES.map((t) => [t, 0]));
  for (const record of records) {
    for (const mention of record.mentions) perType.set(mention.type, (perType.get(mention.type) ?? 0) + 1);
    for (const fact of record.facts ?? []) {
      if ((record.mentions[fact.money] as { currency?: string }).currency !== 'CNY') continue;
      const province = fact.where[0]?.path.split('/')[0] ?? NO_PLACE;
      add(byProvince, province, fact.value);
      add(byYear, fact.when ? fact.when.slice(0, 4) : UNDATED, fact.value);
      if (fact.when) timeline.push({ x: decimalYear(fact.when), y: fact.value, label: `${record.title || record.doc}: ${fact.text} (${fact.when})` });
    }
  }
  const years = [...byYear.keys()].sort();
  const provinces = [...byProvince.entries()].sort((a, b) => b[1] - a[1]);
  return {
    moneyByProvince: { labels: provinces.map(([p]) => p), values: provinces.map(([, v]) => v) },
    moneyByYear: { labels: years, values: years.map((y) => byYear.get(y)!) },
    timeline: timeline.sort((a, b) => a.x - b.x),
    mentionsPerType: { labels: [...perType.keys()], values: [...perType.values()] },
  };
}

function add(map: Map<string, number>, key: string, value: number): void {
  map.set(key, (map.get(key) ?? 0) + value);
}

/** 2021 → 2021, 2021-07 → 2021.5, 2021-07-16 → about 2021.54; a period by its start. */
export function decimalYear(when: string): number {
  const [year, month, day] = when.split('/')[0]!.split('-').map(Number);
  return year! + ((month ?? 1) - 1) / 12 + ((day ?? 1) - 1) / 365;
}

/** The browser side: draws the four charts from window.REPORT_DATA with chart.js. */
export const CHART_SCRIPT = `(function () {
  var data = window.REPORT_DATA;
  var common = { animation: false, responsive: true, maintainAspectRatio: false };
  var yuan = function (v) { return (v / 1e8).toLocaleString('en-US', { maximumFractionDigits: 2 }) + ' 亿元'; };
  function bar(id, series, label, money) {
    return new Chart(document.getElementById(id), {
      type: 'bar',
      data: { labels: series.labels, datasets: [{ label: label, data: series.values, backgroundColor: '#f4a261' }] },
      options: Object.assign({}, common, { scales: { y: { ticks: { callback: money ? yuan : undefined } } } })
    });
  }
  window.reportCharts = {
    province: bar('chart-province', data.moneyByProvince, 'money by province (CNY)', true),
    year: bar('chart-year', data.moneyByYear, 'money by year (CNY)', true),
    timeline: new Chart(document.getElementById('chart-timeline'), {
      type: 'scatter',
      data: { datasets: [{ label: 'dated facts (CNY)', data: data.timeline, backgroundColor: '#e76f51' }] },
      options: Object.assign({}, common, {
        scales: { x: { type: 'linear', ticks: { callback: function (v) { return String(Math.floor(v)); } } }, y: { type: 'logarithmic', ticks: { callback: yuan } } },
        plugins: { tooltip: { callbacks: { label: function (c) { return c.raw.label + ': ' + yuan(c.raw.y); } } } }
      })
    }),
    types: bar('chart-types', data.mentionsPerType, 'mentions per type', false)
  };
})();
`;
