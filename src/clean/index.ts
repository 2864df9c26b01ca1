import type { CleaningCounts } from '../model/mention';
import type { Span } from '../extract/types';
import { matchBoilerplate, type BoilerplateRule } from './boilerplate';
import { stripHtmlComments, type CommentState } from './comments';
import { dropRepeatedParagraphs } from './dedupe';
import { dropHeadlineLists, HEADLINE_LIST_REASON } from './headline-lists';
import { joinBrokenSentences } from './join-breaks';
import { MappedText } from './mapped-text';
import { dropMenuBlocks, MENU_BLOCK_REASON } from './menu-blocks';
import { stripMarkup } from './markup';
import { stripPinyinGlosses } from './pinyin';
import { isSiteBanner } from './site-banner';
import { normalizeNumeralMarks, normalizePunctuation, normalizeWidth, stepsFor, toSimplifiedChinese, NUMERAL_MARK_STEP, PUNCTUATION_STEP, WIDTH_STEP, type StepResult } from './normalize';

// The clean stage: original text in, cleaned text (one paragraph a line) out,
// with an offset map back to the original and a report of every change.

const PAGE_END_REASON = 'after the page\'s copyright notice (footer)';
const SITE_BANNER_REASON = 'the site\'s banner (its name on the page\'s first line)';

export interface CleanReportEntry {
  step: 'boilerplate' | 'markup' | 'duplicate' | 'join';
  /** 1-based line of the original text the entry is about. */
  line: number;
  text: string;
  reason: string;
}

export interface CleanedText {
  mapped: MappedText;
  text: string;
  paragraphs: Span[];
  counts: CleaningCounts;
  report: CleanReportEntry[];
}

export function cleanText(original: string, boilerplate: readonly BoilerplateRule[]): CleanedText {
  const counts: CleaningCounts = {
    boilerplateLines: 0,
    duplicateParagraphs: 0,
    joinedBreaks: 0,
    normalizedCharacters: 0,
    markupMarks: 0,
  };
  const report: CleanReportEntry[] = [];
  const lineOf = lineLocator(original);
  const note = (step: CleanReportEntry['step'], text: MappedText, reason: string) =>
    report.push({ step, line: lineOf(text.originalStart()), text: text.text, reason });

  let lines: MappedText[] = [];
  const comments: CommentState = { open: false };
  let pageEnded = false;
  let endReason = PAGE_END_REASON;
  for (const raw of splitLines(MappedText.fromOriginal(original))) {
    if (pageEnded) {
      if (raw.text.trim().length > 0) {
        counts.boilerplateLines++;
        note('boilerplate', raw, endReason);
      }
      continue;
    }
    const uncommented = stripHtmlComments(raw, comments, () => original.includes('-->', raw.originalEnd()));
    if (uncommented.removed > 0) {
      counts.markupMarks += uncommented.removed;
      note('markup', raw, `${uncommented.removed} HTML comment(s) removed`);
    }
    let line = normalizeLine(uncommented.line.trim(), counts);
    if (line.length === 0) continue;
    const opensPage = lines.length === 0 && counts.boilerplateLines === 0;
    // A name alone is no page: the banner is followed by the page's text.
    if (opensPage && isSiteBanner(line.text) && textFollows(original, raw.originalEnd())) {
      counts.boilerplateLines++;
      note('boilerplate', line, SITE_BANNER_REASON);
      continue;
    }
    const rule = matchBoilerplate(line.text, boilerplate);
    // The article's closing line stays; where its mark (at the line's end) is past the middle of the text, what follows is chrome.
    if (rule?.closesArticle) {
      pageEnded = raw.originalEnd() * 2 > original.length;
      endReason = `after the article's last line (${rule.reason})`;
    } else if (rule) {
      counts.boilerplateLines++;
      note('boilerplate', line, rule.reason);
      // A copyright notice past the middle of the text ends the article: what follows is footer.
      pageEnded = rule.endsPage === true && raw.originalStart() * 2 > original.length;
      continue;
    }
    const stripped = stripMarkup(line);
    if (stripped.stripped) {
      counts.markupMarks++;
      note('markup', line, 'heading or list mark removed');
      line = stripped.line;
      if (line.length === 0) continue;
    }
    const glossed = stripPinyinGlosses(line);
    if (glossed.removed > 0) {
      counts.markupMarks += glossed.removed;
      note('markup', line, `${glossed.removed} pinyin gloss(es) removed`);
      // A gloss stood between a character and half-width punctuation (以來(lái),市): the mark now stands in Chinese.
      const punctuated = normalizePunctuation(glossed.line);
      counts.normalizedCharacters += punctuated.changed;
      line = punctuated.result;
    }
    lines.push(line);
  }

  const menus = dropMenuBlocks(lines);
  counts.boilerplateLines += menus.dropped.length;
  for (const line of menus.dropped) note('boilerplate', line, MENU_BLOCK_REASON);
  lines = menus.kept;

  const listed = dropHeadlineLists(lines);
  counts.boilerplateLines += listed.dropped.length;
  for (const line of listed.dropped) note('boilerplate', line, HEADLINE_LIST_REASON);
  lines = listed.kept;

  const deduped = dropRepeatedParagraphs(lines);
  counts.duplicateParagraphs = deduped.dropped.length;
  for (const { paragraph, reason } of deduped.dropped) note('duplicate', paragraph, reason);
  lines = deduped.kept;

  const joined = joinBrokenSentences(lines);
  counts.joinedBreaks = joined.joins.length;
  for (const join of joined.joins) {
    const captions = join.captionsMoved > 0 ? ` (${join.captionsMoved} caption line(s) between moved after it)` : '';
    note('join', join.first, `sentence continues on line ${lineOf(join.second.originalStart())}${captions}`);
  }

  const mapped = MappedText.join(joined.paragraphs, '\n');
  return { mapped, text: mapped.text, paragraphs: paragraphSpans(joined.paragraphs), counts, report };
}

/** Whether any text stands in the original after the offset (searched in place, not copied). */
function textFollows(original: string, from: number): boolean {
  const visible = /\S/g;
  visible.lastIndex = from;
  return visible.test(original);
}

function normalizeLine(line: MappedText, counts: CleaningCounts): MappedText {
  // The steps in their order; one whose candidates the line lacks would change nothing, and is skipped.
  let current = line;
  let steps = stepsFor(current.text);
  const run = (step: (text: MappedText) => StepResult) => {
    const { result, changed } = step(current);
    counts.normalizedCharacters += changed;
    if (changed > 0) {
      current = result;
      steps = stepsFor(current.text);
    }
  };
  if (steps & WIDTH_STEP) run(normalizeWidth);
  run(toSimplifiedChinese);
  if (steps & NUMERAL_MARK_STEP) run(normalizeNumeralMarks);
  if (steps & PUNCTUATION_STEP) run(normalizePunctuation);
  return current;
}

function splitLines(text: MappedText): MappedText[] {
  const lines: MappedText[] = [];
  const t = text.text;
  let start = 0;
  // The breaks \r\n, \r, \n, U+2028 and U+2029, read unit by unit (no match array per line).
  for (let i = 0; i < t.length; i++) {
    const code = t.charCodeAt(i);
    if (code > CARRIAGE_RETURN && code !== LINE_SEPARATOR && code !== PARAGRAPH_SEPARATOR) continue;
    if (code !== LINE_FEED && code !== CARRIAGE_RETURN && code !== LINE_SEPARATOR && code !== PARAGRAPH_SEPARATOR) continue;
    lines.push(text.slice(start, i));
    if (code === CARRIAGE_RETURN && t.charCodeAt(i + 1) === LINE_FEED) i++;
    start = i + 1;
  }
  lines.push(text.slice(start));
  return lines;
}

const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const LINE_SEPARATOR = 0x2028;
const PARAGRAPH_SEPARATOR = 0x2029;

function paragraphSpans(paragraphs: readonly MappedText[]): Span[] {
  const spans: Span[] = [];
  let at = 0;
  for (const paragraph of paragraphs) {
    spans.push({ start: at, end: at + paragraph.length });
    at += paragraph.length + 1;
  }
  return spans;
}

/** Maps an original offset to its 1-based line number. */
function lineLocator(original: string): (offset: number) => number {
  const starts = [0];
  for (let i = original.indexOf('\n'); i >= 0; i = original.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
