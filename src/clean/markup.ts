import type { MappedText } from './mapped-text';

// Markdown heading marks (# 标题) and list bullets (- 项, * 项, • 项) are
// layout, not text. Caption marks such as ▲ and ① are kept: they are part of
// what a reader sees and never hold a figure.
const LEADING_MARKUP = /^(#{1,6}\s+|[-*•·]\s+|>\s*)/;

/** The line without its leading markup, and whether any was removed. */
export function stripMarkup(line: MappedText): { line: MappedText; stripped: boolean } {
  const match = LEADING_MARKUP.exec(line.text);
  if (!match) return { line, stripped: false };
  return { line: line.slice(match[0].length).trim(), stripped: true };
}
