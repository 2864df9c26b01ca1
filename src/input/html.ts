import type * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import * as iconv from 'iconv-lite';
import { checkedText, decodeByBom, decodeBytes, strictUtf8, type Decoded } from './decode';

// A news page's article text: the headline, then the body's paragraphs and
// captions, one paragraph per block separated by blank lines — without
// navigation, scripts, styles, sidebars or footers. <p>, <br> and other
// blocks become paragraph breaks; entities are decoded. Mention offsets of an
// HTML document point into this text.

type CheerioAPI = cheerio.CheerioAPI;

// cheerio (and undici, which its index pulls in) takes ~0.3 s to load:
// required on the first HTML page, so plain-text runs never pay for it.
let cheerioModule: typeof cheerio | undefined;
function loadCheerio(): typeof cheerio {
  return (cheerioModule ??= require('cheerio') as typeof cheerio);
}

export function extractHtmlText(bytes: Buffer): Decoded {
  const decoded = decodeHtmlBytes(bytes);
  return { text: articleText(decoded.text), encoding: decoded.encoding };
}

/** The article text of an HTML page given as a string. */
export function articleText(html: string): string {
  try {
    return structuredArticleText(html);
  } catch (error) {
    // Thousands of nested elements overflow the stack of every tree walk (cheerio's
    // included): fall back to the page's text without its structure.
    if (error instanceof RangeError) return flatText(html);
    throw error;
  }
}

/** Real pages nest a few dozen levels; far deeper is generated junk that would make the noise checks quadratic. */
const MAX_STRUCTURED_DEPTH = 400;

function structuredArticleText(html: string): string {
  // The parser itself takes time in the square of the nesting depth (50,000 nested <div>: 18 s): measure it first, in one pass.
  if (markupDepthExceeds(html, MAX_STRUCTURED_DEPTH)) return flatText(html);
  const $ = loadCheerio().load(html);
  if (depthExceeds($.root().toArray(), MAX_STRUCTURED_DEPTH)) return flatText(html);
  const pageTitle = $('title').first().text();
  removeNoise($);
  const headline = $('h1').first();
  const title = collapseWhitespace(headline.length > 0 ? headline.text() : withoutSiteName(pageTitle));
  headline.remove();
  const paragraphs = blockTexts($, articleRoot($)).filter((p, i) => !(i === 0 && p === title));
  return [title, ...paragraphs].filter((p) => p.length > 0).join('\n\n');
}

const PARAGRAPH_MARK = '\uE000'; // private use: survives the HTML parser, which drops NUL
const FLAT_BLOCK_TAG = /<\/?(?:p|div|br|li|h[1-6]|tr|figcaption|section|article|blockquote|dd|dt|title|table|ul|ol)\b[^>]*>/gi;

/** Text of the page with tags stripped: blocks become paragraphs, scripts and styles go, entities are decoded. */
export function flatText(html: string): string {
  const marked = html
    .replace(/\uE000/g, '')
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(FLAT_BLOCK_TAG, PARAGRAPH_MARK)
    .replace(/<[^>]*>/g, '');
  const decoded = loadCheerio().load(marked, null, false).text(); // no tags are left: a flat parse that decodes entities
  return decoded
    .split(PARAGRAPH_MARK)
    .map(collapseWhitespace)
    .filter((p) => p.length > 0)
    .join('\n\n');
}

// ---- Decoding -------------------------------------------------------------

const GBK_FAMILY = new Set(['gbk', 'gb2312', 'gb_2312-80', 'x-gbk', 'cp936', 'gb18030', 'euc-cn', 'csgb2312']);

/**
 * A BOM decides; then valid UTF-8 (pages often declare gb2312 but were
 * re-saved as UTF-8); then the charset in <meta>; then the plain-text guess.
 */
export function decodeHtmlBytes(bytes: Buffer): Decoded {
  const withBom = decodeByBom(bytes);
  if (withBom) return checkedText(withBom.text, withBom.encoding);
  const utf8 = strictUtf8(bytes);
  if (utf8 !== undefined) return checkedText(utf8, 'utf-8');
  const declared = declaredCharset(bytes);
  if (declared) return checkedText(iconv.decode(bytes, declared), declared);
  return decodeBytes(bytes);
}

/** The charset named by <meta charset> or <meta http-equiv content="…; charset=…"> near the top, normalized for iconv. */
export function declaredCharset(bytes: Buffer): string | undefined {
  const head = bytes.subarray(0, 4096).toString('latin1');
  const name = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (!name) return undefined;
  if (GBK_FAMILY.has(name)) return 'gb18030'; // the superset: GBK pages often hold GB18030-only characters
  if (/^utf-?8$/.test(name)) return undefined; // not valid UTF-8 (checked before): fall back to guessing
  return iconv.encodingExists(name) ? name : undefined;
}

/** Elements the parser closes by itself (an unclosed <p> does not nest the next one), and elements never closed. */
const NOT_NESTING = new Set([
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'rb', 'rt', 'rp',
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g;

/** The deepest nesting of elements in the raw markup, estimated from the tags in one linear pass. */
export function markupDepthExceeds(html: string, limit: number): boolean {
  let depth = 0;
  for (const match of html.matchAll(TAG)) {
    const name = match[2]!.toLowerCase();
    if (NOT_NESTING.has(name) || match[3] === '/') continue;
    if (match[1] === '/') depth = Math.max(0, depth - 1);
    else if (++depth > limit) return true;
  }
  return false;
}

/** Walks the tree with an explicit stack (recursion would overflow on exactly the pages this looks for). */
function depthExceeds(roots: AnyNode[], limit: number): boolean {
  const stack: Array<[AnyNode, number]> = roots.map((node) => [node, 0]);
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > limit) return true;
    if ('children' in node) for (const child of node.children) stack.push([child, depth + 1]);
  }
  return false;
}

// ---- Noise ----------------------------------------------------------------

const NOISE_TAGS = 'script, style, noscript, template, nav, footer, aside, form, iframe, svg, canvas, button, select, input, textarea, object, embed';

/** Parts of class and id names (split on spaces, - and _) that mark page furniture. */
const NOISE_NAME_PARTS = new Set([
  'nav', 'navbar', 'navigation', 'menu', 'topbar', 'footer', 'foot', 'breadcrumb', 'breadcrumbs', 'crumb', 'crumbs',
  'share', 'sharing', 'comment', 'comments', 'related', 'sidebar', 'ad', 'ads', 'advert', 'advertisement', 'banner',
  'copyright', 'toolbar', 'login', 'recommend', 'pagination', 'pager', 'qrcode', 'hidden',
]);

function removeNoise($: CheerioAPI): void {
  $(NOISE_TAGS).remove();
  // A page header (site logo, channel links) but not an article's own <header> with its headline.
  $('header').filter((_, el) => $(el).closest('article, main').length === 0 && $(el).find('h1').length === 0).remove();
  $('[class], [id]').each((_, el) => {
    if (hasNoiseName(el) && !holdsArticle($, el)) $(el).remove();
  });
  $('ul, ol, dl, div, table, section').each((_, el) => {
    if (isLinkList($, el) && !holdsArticle($, el)) $(el).remove();
  });
}

function hasNoiseName(el: Element): boolean {
  const names = `${el.attribs['class'] ?? ''} ${el.attribs['id'] ?? ''}`.toLowerCase();
  return names.split(/[\s_-]+/).some((part) => NOISE_NAME_PARTS.has(part));
}

/** Never drop a block that wraps the article itself, whatever its class. */
function holdsArticle($: CheerioAPI, el: Element): boolean {
  return $(el).find('article, main, h1, [itemprop="articleBody"]').length > 0;
}

/** Mostly links with little text of its own: a channel menu or a "related news" list. */
const LINK_SHARE = 0.5;
const MAX_OWN_TEXT = 200;

function isLinkList($: CheerioAPI, el: Element): boolean {
  const links = $(el).find('a').toArray();
  if (links.length < 2) return false;
  const all = compactLength($(el).text());
  const linked = links.reduce((sum, a) => sum + compactLength($(a).text()), 0);
  return linked / all >= LINK_SHARE && all - linked < MAX_OWN_TEXT;
}

function compactLength(text: string): number {
  return text.replace(/\s+/g, '').length;
}

// ---- The article body ----------------------------------------------------

/**
 * The element holding the article: <article>, an articleBody, <main>, or else
 * the element whose own <p> children hold the most text when it holds most of
 * the page's text; the whole <body> otherwise.
 */
function articleRoot($: CheerioAPI): cheerio.Cheerio<AnyNode> {
  for (const selector of ['[itemprop="articleBody"]', 'article', 'main']) {
    const found = $(selector).toArray() as Element[];
    if (found.length > 0) return $(largestText($, found));
  }
  const body: cheerio.Cheerio<AnyNode> = $('body').length > 0 ? $('body') : $.root();
  const container = densestParagraphContainer($);
  if (container && compactLength($(container).text()) >= 0.5 * compactLength(body.text())) return $(container);
  return body;
}

function largestText($: CheerioAPI, elements: Element[]): Element {
  return elements.reduce((best, el) => (compactLength($(el).text()) > compactLength($(best).text()) ? el : best));
}

function densestParagraphContainer($: CheerioAPI): Element | undefined {
  const scores = new Map<Element, number>();
  $('p').each((_, p) => {
    const parent = p.parent;
    if (parent && parent.type === 'tag') scores.set(parent, (scores.get(parent) ?? 0) + compactLength($(p).text()));
  });
  let best: Element | undefined;
  for (const [el, score] of scores) if (!best || score > scores.get(best)!) best = el;
  return best;
}

// ---- Text with paragraph breaks -------------------------------------------

const BLOCK_TAGS = new Set([
  'p', 'div', 'li', 'ul', 'ol', 'dl', 'dd', 'dt', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'figcaption', 'table',
  'tr', 'caption', 'thead', 'tbody', 'tfoot', 'section', 'article', 'main', 'header', 'blockquote', 'pre', 'address',
  'center', 'hr', 'body', 'html', 'title',
]);
const CELL_TAGS = new Set(['td', 'th']);

/** The root's text, one entry per block (paragraph, caption, list item, table row). */
function blockTexts($: CheerioAPI, root: cheerio.Cheerio<AnyNode>): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const paragraph = collapseWhitespace(current);
    if (paragraph.length > 0) paragraphs.push(paragraph);
    current = '';
  };
  const visit = (node: AnyNode): void => {
    if (node.type === 'text') {
      current += node.data;
      return;
    }
    if (node.type !== 'tag') return; // comments, directives; scripts and styles are gone already
    const name = node.name.toLowerCase();
    if (name === 'br') return flush();
    const block = BLOCK_TAGS.has(name);
    if (block) flush();
    if (CELL_TAGS.has(name) && current.length > 0) current += ' ';
    for (const child of node.children) visit(child);
    if (block) flush();
  };
  for (const node of root.toArray()) visit(node);
  flush();
  return paragraphs;
}

const CJK_OR_FULLWIDTH = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u201c\u201d]/;

/**
 * HTML whitespace rules: a run of spaces and newlines is one space, except a
 * line break between two Chinese characters, which is nothing (a page's
 * source wrapped mid-sentence: 100\n万元 is 100万元). Ends are trimmed.
 */
export function collapseWhitespace(text: string): string {
  const collapsed = text.replace(/[ \t\n\r\f]+/g, (run, offset: number, all: string) => {
    const before = all[offset - 1] ?? '';
    const after = all[offset + run.length] ?? '';
    const joinsChinese = /[\n\r]/.test(run) && (CJK_OR_FULLWIDTH.test(before) || CJK_OR_FULLWIDTH.test(after));
    return joinsChinese ? '' : ' ';
  });
  return collapsed.replace(/\u00a0/g, ' ').trim();
}

/** "标题_长春日报" or "标题 - 人民网" → "标题". */
export function withoutSiteName(pageTitle: string): string {
  const title = collapseWhitespace(pageTitle);
  const match = /^(.+?)\s*(?:[_|｜]|\s[-–—]\s|--)\s*[^_|｜]{1,20}$/.exec(title);
  return match ? match[1]! : title;
}
