// The report's stylesheet: one colour per mention type, used by the
// highlights and the legend alike.

export const TYPE_COLOURS: Record<string, string> = {
  money: '#f4a261',
  date: '#8ecae6',
  place: '#90be6d',
  percent: '#cdb4db',
  count: '#ffd166',
  measure: '#e9c46a',
  geo: '#84a59d',
};

export function stylesheet(): string {
  const marks = Object.entries(TYPE_COLOURS)
    .map(([type, colour]) => `mark.m-${type}, .legend .m-${type} { background: ${colour}; }`)
    .join('\n');
  return `body { font-family: system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; margin: 0 auto; max-width: 1200px; padding: 1rem 2rem; color: #222; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 2rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { border-bottom: 1px solid #ddd; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f5f5f5; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.failure { color: #b00020; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(520px, 1fr)); gap: 1.5rem; }
.chart { position: relative; height: 320px; }
.article { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 2rem; }
.text { white-space: pre-wrap; line-height: 1.9; font-size: 1rem; }
mark { border-radius: 3px; padding: 0 1px; cursor: help; }
mark mark { outline: 1px solid #555; }
.legend span { display: inline-block; padding: 0 0.4rem; margin-right: 0.3rem; border-radius: 3px; }
.fact { border-left: 4px solid ${TYPE_COLOURS.money}; padding: 0.3rem 0.6rem; margin-bottom: 0.8rem; background: #fafafa; }
.fact .sentence { color: #555; font-size: 0.85rem; }
.fact dl { display: grid; grid-template-columns: 5rem 1fr; margin: 0.3rem 0; }
.fact dt { color: #777; } .fact dd { margin: 0; }
.basis { color: #999; font-size: 0.8rem; }
${marks}
`;
}
