// Small HTML helpers for the static report: escaping and the page shell.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** JSON for an inline <script>: `<` escaped so no `</script>` can end it early. */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export interface PageOptions {
  title: string;
  /** Path from the page to the site root ('' or '../'). */
  root: string;
  body: string;
  /** Scripts after the body: chart.js and the page's data, when it draws charts. */
  scripts?: string;
}

export function page(options: PageOptions): string {
  return `<!doctype html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<link rel="stylesheet" href="${options.root}assets/report.css">
</head>
<body>
${options.body}
${options.scripts ?? ''}
</body>
</html>
`;
}
