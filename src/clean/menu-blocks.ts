import type { MappedText } from './mapped-text';

// A site menu saved one link a line (首页 / 新闻 / 政务公开 / 澳门杂志 / …) is a
// long run of very short lines with no sentence in them. Its words are link
// labels, not article text: a region's name in one (a sub-site, a magazine of
// the city) is not a place the article speaks of, and the join step would
// otherwise glue the run onto the first sentence after it.

/** What the clean report says of each line dropped. */
export const MENU_BLOCK_REASON = 'a site menu (a long run of short link lines)';
/** A link label: a few characters, no figures, no mark that ends or splits a sentence. */
const MENU_ITEM = /^[^。！？!?；;：:\d]{1,10}$/u;
/** Lines in a row that make a menu; a poem or a short list of names is shorter. */
export const MENU_BLOCK_LINES = 8;

/** A line of article text: a sentence's marks in it. */
const BODY_LINE = /[。，；]/u;

export function dropMenuBlocks(lines: MappedText[]): { kept: MappedText[]; dropped: MappedText[] } {
  // Most texts hold no menu: they are handed back as they are, not copied.
  if (!hasMenuRun(lines)) return { kept: lines, dropped: [] };
  // A menu stands above or below the article. Inside it, a run of short lines
  // is more likely a table's column laid out one cell a line (地区 / 拉萨市 / …).
  const firstBody = lines.findIndex((line) => BODY_LINE.test(line.text));
  const lastBody = lines.length - 1 - [...lines].reverse().findIndex((line) => BODY_LINE.test(line.text));
  const outsideBody = (start: number, end: number): boolean => firstBody < 0 || end <= firstBody || start > lastBody;
  const kept: MappedText[] = [];
  const dropped: MappedText[] = [];
  let runStart = 0;
  const close = (end: number): void => {
    const isMenu = end - runStart >= MENU_BLOCK_LINES && outsideBody(runStart, end);
    (isMenu ? dropped : kept).push(...lines.slice(runStart, end));
  };
  for (let i = 0; i < lines.length; i++) {
    if (MENU_ITEM.test(lines[i]!.text)) continue;
    close(i);
    kept.push(lines[i]!);
    runStart = i + 1;
  }
  close(lines.length);
  return { kept, dropped };
}

function hasMenuRun(lines: readonly MappedText[]): boolean {
  let run = 0;
  for (const line of lines) {
    run = MENU_ITEM.test(line.text) ? run + 1 : 0;
    if (run >= MENU_BLOCK_LINES) return true;
  }
  return false;
}
