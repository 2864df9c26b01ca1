import type { MappedText } from './mapped-text';

// Paragraphs that repeat an earlier one as a reader sees it do not count again
// (GUIDELINES, "What text counts"): OCR and page layout repeat caption blocks,
// and a crawled page repeats its headline (the front matter's title: line, the
// <title> with the site's name, a link to the page, the <h1>, a 原标题： line).

/** Markup tags, which a reader does not see (<a title="…">, <p>, <h1>). */
const TAG = /<[^>]*>/g;
/** The label of a line that states the page's headline. */
const HEADLINE_LABEL = /^(?:title\s*:\s*|(?:原标题|标题)\s*[:：]\s*)/i;
/** The page title element, whose text is the headline and the site's name. */
const TITLE_ELEMENT = /^<title[\s>]/i;
/** The page's main heading. */
const MAIN_HEADING = /^<h1[\s>]/i;
/** A headline in quotes (YAML front matter). */
const QUOTED = /^(['"])(.*)\1$/;
/** "标题- 【阳光易购】", "标题_长春日报", "标题 | 人民网": the site's name after the headline. */
const SITE_NAME = /^(.+?)\s*(?:[_|｜]|[-–—]{1,2})\s*(?:【[^】]{1,20}】|[^_|｜\-–—，。！？、]{1,20})$/;
const SPACE = /\s+/g;
/** The number of a list item (3. 标题): a page's list of related items may print each title twice, once numbered. */
const LIST_NUMBER = /^\d{1,2}[.．]\s+(?=[^\d\s])/;
/** A headline shorter than this is not compared (a one-word heading may well recur). */
const MIN_HEADLINE = 6;

export interface DroppedParagraph {
  paragraph: MappedText;
  reason: string;
}

/**
 * Drops every paragraph that repeats an earlier one word for word (after
 * trimming, and apart from a list item's number), and every paragraph whose visible text is the page's headline
 * stated before (a figure in the headline counts once).
 */
export function dropRepeatedParagraphs(paragraphs: readonly MappedText[]): { kept: MappedText[]; dropped: DroppedParagraph[] } {
  const seen = new Set<string>();
  const headlines = new Set<string>();
  const kept: MappedText[] = [];
  const dropped: DroppedParagraph[] = [];
  for (const paragraph of paragraphs) {
    const key = paragraph.text.replace(LIST_NUMBER, '').replace(SPACE, '');
    if (seen.has(key)) {
      dropped.push({ paragraph, reason: 'repeats an earlier paragraph word for word' });
      continue;
    }
    seen.add(key);
    const visible = visibleText(paragraph.text, key);
    if (visible !== '' && headlines.has(visible)) {
      dropped.push({ paragraph, reason: 'repeats the headline' });
      continue;
    }
    for (const headline of headlinesStated(paragraph.text, visible)) headlines.add(headline);
    kept.push(paragraph);
  }
  return { kept, dropped };
}

/** The text a reader sees, without tags, spaces and a headline label; '' when too short to compare (`compact`: the text without spaces). */
function visibleText(text: string, compact: string): string {
  if (!text.includes('<') && !HEADLINE_LABEL.test(text)) return text.length < MIN_HEADLINE ? '' : compact;
  const bare = text.replace(TAG, '').trim().replace(HEADLINE_LABEL, '');
  const unquoted = QUOTED.exec(bare)?.[2] ?? bare;
  const visible = unquoted.replace(SPACE, '');
  return visible.length < MIN_HEADLINE ? '' : visible;
}

/**
 * The headline a paragraph states, if it is a headline line (<h1>, a page
 * title, a front matter title): its visible text and, for a title, that text
 * without the site's name.
 */
function headlinesStated(text: string, visible: string): string[] {
  if (visible === '') return [];
  if (MAIN_HEADING.test(text)) return [visible];
  if (!TITLE_ELEMENT.test(text) && !HEADLINE_LABEL.test(text)) return [];
  const withoutSite = SITE_NAME.exec(visible)?.[1];
  return withoutSite !== undefined && withoutSite.length >= MIN_HEADLINE ? [visible, withoutSite] : [visible];
}
