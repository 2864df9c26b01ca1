import { oneOf, RuleSet, type RuleFileSpec, type RuleRow } from '../rules/loader';
import { alternation } from '../util/alternation';
import { MappedText } from './mapped-text';

// Sentences broken across lines or pages (山 / 东援藏), sometimes with a photo
// caption dropped between the two halves (乡村振 / caption / 兴有效衔接), are
// joined back. A paragraph is taken as broken when it is body text (it has
// inner punctuation) and does not end a sentence; the continuation is the
// next paragraph that is not a short caption.

const SENTENCE_END = /[。！？!?…；;：:”」』）)】\]》]$/;
const BODY_PUNCTUATION = /[，、；。,;]/;
const MAX_CAPTION_LENGTH = 40;
const MAX_CAPTIONS_SKIPPED = 3;

// A comma between digits groups thousands (35,500,000.00): it is not a clause mark.
const GROUPED_NUMBER = /\d,(?=\d{3})/g;

// A section or list number opening a line (一、 （二） 3. 4、): its mark is no clause mark, so a heading
// such as 一、资金来源 is a line of its own, not a sentence broken before the next line.
const HEADING_NUMBER = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．](?!\d))/;

// A line that ends in a full day in figures, its clock time at most (第1版：要闻 2022-05-28, 来源：某网 2012-01-30 09:15)
// is a page's meta line: it ends no broken sentence and continues none.
const ENDS_WITH_NUMERIC_DAY = /(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:[\s\u3000]+\d{1,2}:\d{2}(?::\d{2})?)?[\s\u3000]*$/;

function isMetaLine(text: string): boolean {
  return ENDS_WITH_NUMERIC_DAY.test(text);
}

/** Labels before a headline on its own line, and the wire dateline's ends that may precede one (rules/headline-labels.tsv). */
export const HEADLINE_LABEL_RULES: RuleFileSpec = {
  file: 'headline-labels.tsv',
  columns: ['word', 'role'],
  check: oneOf('role', ['label', 'before']),
};

let labelledHeadline: RegExp | undefined;

/**
 * The labels a run's rules give (built-in rows and a user's --rules folder): a pipeline sets them when it is
 * made. Until then (the cleaner used alone) the built-in file's are read.
 */
export function useHeadlineLabels(rows: readonly RuleRow[]): void {
  labelledHeadline = buildLabelledHeadline(rows);
}

/**
 * A headline after its label, opening the line or after a wire's dateline
 * (新华社某地5月13日电 题：…, 原标题：…), and running to the line's end with no
 * sentence's end: its commas are a headline's, and the next line opens the story.
 */
function endsInLabelledHeadline(text: string): boolean {
  labelledHeadline ??= buildLabelledHeadline(RuleSet.withUserDir().load(HEADLINE_LABEL_RULES));
  return labelledHeadline.test(text);
}

function buildLabelledHeadline(rows: readonly RuleRow[]): RegExp {
  const words = (role: string) => rows.filter((row) => row.cells.role === role).map((row) => row.cells.word!);
  return new RegExp(`(?:^|[\\s\\u3000]|${alternation(words('before'))})(?:${alternation(words('label'))})[:：][^。！？!?]*$`);
}

export function isBrokenParagraph(text: string): boolean {
  return !isMetaLine(text) && !endsInLabelledHeadline(text) && BODY_PUNCTUATION.test(text.replace(HEADING_NUMBER, '').replace(GROUPED_NUMBER, '')) && !SENTENCE_END.test(text) && /[\u3400-\u9fff0-9A-Za-z]$/.test(text);
}

/** A short, single-clause line such as a photo caption or a caption list item. */
export function looksLikeCaption(text: string): boolean {
  return text.length <= MAX_CAPTION_LENGTH && !/[，、；,;]/.test(text);
}

const ENDS_IN_NUMERAL = /[0-9零〇一二三四五六七八九十百千万两]$/;
// A clause opened by a month or a day (七月， / 6月5日，) starts a sentence of its own.
const OPENS_WITH_DATE = /^[0-9零〇一二三四五六七八九十]{1,3}月(?:[0-9零〇一二三四五六七八九十]{1,3}[日号])?[，,]/;
// A line opened by a year (2018年11月1日 under a signature or a telephone number).
const OPENS_WITH_YEAR = /^(?:19|20)\d{2}年/;

/**
 * A cut excerpt can end in a number (…降雨量达一百一十, 电话：0972-8610459) right
 * before a line that opens with a date (七月，…; 2018年11月1日): joining them would
 * fuse two numbers into one.
 */
function fusesNumbers(first: string, second: string): boolean {
  return ENDS_IN_NUMERAL.test(first) && (OPENS_WITH_DATE.test(second) || (/\d$/.test(first) && OPENS_WITH_YEAR.test(second)));
}

function startsContinuation(text: string): boolean {
  // A continuation starts mid-sentence: not with a quote, bullet or caption mark.
  return /^[\u3400-\u9fff0-9A-Za-z%（(“《]/.test(text) && !/^[▲▶►●■◆①-⑳]/.test(text);
}

export interface JoinResult {
  paragraphs: MappedText[];
  joins: Array<{ first: MappedText; second: MappedText; captionsMoved: number }>;
}

export function joinBrokenSentences(input: readonly MappedText[]): JoinResult {
  const paragraphs = [...input];
  const joins: JoinResult['joins'] = [];
  // A caption moved out of a sentence is never that sentence's continuation:
  // joining it back would glue text from before the caption to text from after.
  const moved = new Set<MappedText>();
  for (let i = 0; i < paragraphs.length; i++) {
    const current = paragraphs[i]!;
    if (!isBrokenParagraph(current.text)) continue;
    const next = findContinuation(paragraphs, i + 1, moved);
    if (next === undefined || fusesNumbers(current.text, paragraphs[next]!.text)) continue;
    const captions = paragraphs.slice(i + 1, next);
    const continuation = paragraphs[next]!;
    const joined = MappedText.concat([current, continuation]);
    // The captions keep their text; they move after the joined sentence.
    paragraphs.splice(i, next - i + 1, joined, ...captions);
    for (const caption of captions) moved.add(caption);
    joins.push({ first: current, second: continuation, captionsMoved: captions.length });
    i--; // the joined paragraph may itself still be broken
  }
  return { paragraphs, joins };
}

function findContinuation(paragraphs: readonly MappedText[], from: number, moved: ReadonlySet<MappedText>): number | undefined {
  let skipped = 0;
  for (let k = from; k < paragraphs.length && k <= from + MAX_CAPTIONS_SKIPPED + skipped; k++) {
    if (moved.has(paragraphs[k]!)) {
      skipped++;
      continue;
    }
    const text = paragraphs[k]!.text;
    if (isMetaLine(text)) return undefined;
    if (startsContinuation(text) && !(looksLikeCaption(text) && k + 1 < paragraphs.length && isCaptionRun(paragraphs, k))) {
      return k;
    }
    if (!looksLikeCaption(text)) return undefined;
  }
  return undefined;
}

/** A caption-like line followed by a longer body line is a caption, not the continuation. */
function isCaptionRun(paragraphs: readonly MappedText[], k: number): boolean {
  const text = paragraphs[k]!.text;
  const following = paragraphs[k + 1]?.text ?? '';
  return /[。]$/.test(text) || (!BODY_PUNCTUATION.test(text) && startsContinuation(following) && following.length > text.length);
}
