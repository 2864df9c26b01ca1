import { MappedText } from './mapped-text';

// HTML comments left in a crawled page saved as text (<!-- 正文下iframe -->,
// a commented-out block of related headlines) are not article text: a reader
// never sees them. A comment may span lines; one that is never closed is
// left as text (a stray <!-- is more likely a typo than a hidden block).

const OPEN = '<!--';
const CLOSE = '-->';

/** Whether the line starts inside a comment opened on an earlier line. */
export interface CommentState {
  open: boolean;
}

/**
 * The line without its HTML comments, and how many were removed (a comment
 * running on from an earlier line counts on each line it covers).
 * `closesLater` says whether a comment left open at the end of this line is
 * closed on a later one: if not, its opening mark is kept as text.
 */
export function stripHtmlComments(line: MappedText, state: CommentState, closesLater: () => boolean): { line: MappedText; removed: number } {
  const text = line.text;
  if (!state.open && !text.includes(OPEN)) return { line, removed: 0 };
  const kept: MappedText[] = [];
  let removed = 0;
  let at = 0;
  while (at <= text.length) {
    if (state.open) {
      const close = text.indexOf(CLOSE, at);
      if (close < 0) return { line: MappedText.concat(kept), removed: removed + 1 };
      state.open = false;
      removed++;
      at = close + CLOSE.length;
      continue;
    }
    const open = text.indexOf(OPEN, at);
    if (open < 0 || (text.indexOf(CLOSE, open + OPEN.length) < 0 && !closesLater())) break;
    kept.push(line.slice(at, open));
    state.open = true;
    at = open + OPEN.length;
  }
  if (removed === 0) return { line, removed: 0 };
  kept.push(line.slice(at));
  return { line: MappedText.concat(kept).trim(), removed };
}
