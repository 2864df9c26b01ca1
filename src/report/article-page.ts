import type { DocumentRecord, Mention } from '../model/mention';
import type { Fact } from '../facts/schema';
import { escapeHtml, page } from './html';
import { TYPE_COLOURS } from './style';

// One page per article: its text with every mention highlighted by type
// (hover for the normalized value, code and rule), and its facts beside.
// Mention offsets are code points of the article's text as read (for HTML
// input, the text extracted from the page), so that is the text shown.

export function articlePage(record: DocumentRecord, articleText: string): string {
  const body = `<p><a href="../index.html">← all documents</a></p>
<h1>${escapeHtml(record.title || record.doc)}</h1>
<p>${escapeHtml(record.doc)} · reference date ${escapeHtml(record.referenceDate ?? 'unknown')} · ${record.mentions.length} mentions · ${(record.facts ?? []).length} facts</p>
<p class="legend">${Object.keys(TYPE_COLOURS).map((t) => `<span class="m-${t}">${t}</span>`).join('')}</p>
<div class="article">
<div class="text" id="text">${highlighted(articleText, record.mentions)}</div>
<div class="facts"><h2>Facts</h2>${(record.facts ?? []).map((fact, i) => factCard(record, fact, i)).join('\n') || '<p>No money mentions.</p>'}</div>
</div>`;
  return page({ title: record.title || record.doc, root: '../', body });
}

/**
 * The text with one <mark> per mention. Nested mentions (a place inside a
 * money phrase) nest; a mention that crosses another one's end is left
 * unmarked rather than drawn over the wrong characters (data-unmarked says
 * how many).
 */
export function highlighted(text: string, mentions: readonly Mention[]): string {
  const points = [...text];
  const order = mentions.map((m, i) => i).sort((a, b) => mentions[a]!.start - mentions[b]!.start || mentions[b]!.end - mentions[a]!.end);
  const opens = new Map<number, number[]>();
  const open: number[] = [];
  let unmarked = 0;
  const accepted = new Set<number>();
  for (const i of order) {
    const m = mentions[i]!;
    while (open.length > 0 && mentions[open[open.length - 1]!]!.end <= m.start) open.pop();
    const parent = open[open.length - 1];
    if ((parent !== undefined && mentions[parent]!.end < m.end) || m.end <= m.start || m.end > points.length) {
      unmarked++;
      continue;
    }
    accepted.add(i);
    open.push(i);
    const list = opens.get(m.start) ?? [];
    list.push(i);
    opens.set(m.start, list);
  }
  let html = '';
  const closing: number[] = [];
  for (let p = 0; p <= points.length; p++) {
    while (closing.length > 0 && mentions[closing[closing.length - 1]!]!.end === p) {
      closing.pop();
      html += '</mark>';
    }
    if (p === points.length) break;
    for (const i of opens.get(p) ?? []) {
      html += markOpen(mentions[i]!, i);
      closing.push(i);
    }
    html += escapeHtml(points[p]!);
  }
  return `<span data-unmarked="${unmarked}"></span>${html}`;
}

function markOpen(mention: Mention, index: number): string {
  return `<mark class="m-${mention.type}" id="m${index}" data-index="${index}" data-type="${mention.type}" title="${escapeHtml(hoverText(mention))}">`;
}

/** What a reader sees on hover: the normalized value, the code, the rule. */
export function hoverText(mention: Mention): string {
  const fields = mention as unknown as Record<string, unknown>;
  const parts: string[] = [mention.type];
  for (const key of ['value', 'value_max', 'currency', 'unit', 'approx', 'granularity', 'path', 'code', 'kind']) {
    if (fields[key] !== undefined) parts.push(`${key}: ${String(fields[key])}`);
  }
  parts.push(`rule: ${mention.rule}`);
  return parts.join('\n');
}

function factCard(record: DocumentRecord, fact: Fact, index: number): string {
  const money = record.mentions[fact.money]!;
  const row = (label: string, value: string, basis: string) =>
    `<dt>${label}</dt><dd>${escapeHtml(value || '—')} <span class="basis">${escapeHtml(basis)}</span></dd>`;
  return `<div class="fact" id="fact${index}" data-money="${fact.money}">
<strong><a href="#m${fact.money}">${escapeHtml(fact.text)}</a></strong> = ${fact.value.toLocaleString('en-US')}
<dl>${row('when', fact.when ?? '', fact.basis.when)}${row('where', fact.where.map((w) => w.path).join('; '), fact.basis.where)}${row('who', fact.who.join('; '), fact.basis.who)}${row('purpose', fact.purpose ?? '', fact.basis.purpose)}</dl>
<div class="sentence">${escapeHtml(money.sentence)}</div>
</div>`;
}
