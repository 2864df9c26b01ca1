import type { MappedText } from './mapped-text';

// A list of linked headlines after an article (相关阅读, 新闻推荐) shows each
// item's posting date glued to its end (…迎1000航次里程碑2025-09-19). It is
// site chrome: its dates, places and figures belong to other stories.

/** A full date in figures glued to the end of a line (no space, colon or digit before it), its clock time may follow. */
const GLUED_POSTING_DATE = /[^\s\d:：\-/.](?:19|20)\d{2}([-/.])\d{1,2}\1\d{1,2}(?:\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?$/u;
/** What the clean report says of each line dropped: its dates are other stories' (not the page's posting time). */
export const HEADLINE_LIST_REASON = 'a list of linked headlines, each with its posting date (related news)';
/** Lines in a row that make a list; fewer may be a dateline and a milestone. */
export const HEADLINE_LIST_LINES = 3;

/** Drops every run of at least HEADLINE_LIST_LINES lines that each end in a glued posting date. */
export function dropHeadlineLists(lines: readonly MappedText[]): { kept: MappedText[]; dropped: MappedText[] } {
  const kept: MappedText[] = [];
  const dropped: MappedText[] = [];
  let run: MappedText[] = [];
  const close = (): void => {
    (run.length >= HEADLINE_LIST_LINES ? dropped : kept).push(...run);
    run = [];
  };
  for (const line of lines) {
    if (GLUED_POSTING_DATE.test(line.text)) {
      run.push(line);
      continue;
    }
    close();
    kept.push(line);
  }
  close();
  return { kept, dropped };
}
