import type { MappedText } from './mapped-text';

// A list of linked headlines after an article (相关新闻, 新闻推荐) shows each
// item's posting date glued to its end (…开通运营2024-03-18). It is site
// chrome: its dates, places and figures belong to other stories.

/** What the clean report says of each line dropped: its dates are other stories' (not the page's posting time). */
export const HEADLINE_LIST_REASON = 'a list of linked headlines, each with its posting date (related news)';
/** A headline of at least 6 characters with a full date in figures glued to its end, its clock time may follow. */
const GLUED_POSTING_DATE = /^.{5,}[^\s\d:：\-/.](?:19|20)\d{2}([-/.])\d{1,2}\1\d{1,2}(?:\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?$/u;
/** The short heading such a list has above it (相关新闻, 推荐阅读, 延伸阅读, 热点推荐, 猜你喜欢). */
const LIST_HEADING = /^.{0,6}(?:新闻|阅读|推荐|链接|文章|热点|专题|猜你喜欢).{0,6}$/u;
/** Lines in a row that make a list; fewer may be a dateline and a milestone. */
export const HEADLINE_LIST_LINES = 3;

/**
 * Drops every run of at least HEADLINE_LIST_LINES headlines that each end in a
 * glued posting date, where a list's heading stands right above the run or the
 * run ends the text: a notice's schedule (报名截止2023-05-12, …) has short
 * items and goes on into the notice.
 */
export function dropHeadlineLists(lines: MappedText[]): { kept: MappedText[]; dropped: MappedText[] } {
  // Most texts hold no such list: they are handed back as they are, not copied.
  if (!hasHeadlineRun(lines)) return { kept: lines, dropped: [] };
  const kept: MappedText[] = [];
  const dropped: MappedText[] = [];
  let runStart = -1;
  const close = (end: number): void => {
    if (runStart < 0) return;
    const run = lines.slice(runStart, end);
    const headed = runStart > 0 && LIST_HEADING.test(lines[runStart - 1]!.text);
    const isList = run.length >= HEADLINE_LIST_LINES && (headed || end === lines.length);
    (isList ? dropped : kept).push(...run);
    runStart = -1;
  };
  for (let i = 0; i < lines.length; i++) {
    if (endsInDigit(lines[i]!.text) && GLUED_POSTING_DATE.test(lines[i]!.text)) {
      if (runStart < 0) runStart = i;
      continue;
    }
    close(i);
    kept.push(lines[i]!);
  }
  close(lines.length);
  return { kept, dropped };
}

/** The cheap look first: most lines end in punctuation, and the pattern backtracks over the whole line. */
function endsInDigit(line: string): boolean {
  const last = line.charCodeAt(line.length - 1);
  return last >= 48 && last <= 57;
}

/** Whether HEADLINE_LIST_LINES lines in a row end in a glued posting date. */
function hasHeadlineRun(lines: readonly MappedText[]): boolean {
  let run = 0;
  for (const line of lines) {
    run = endsInDigit(line.text) && GLUED_POSTING_DATE.test(line.text) ? run + 1 : 0;
    if (run >= HEADLINE_LIST_LINES) return true;
  }
  return false;
}
