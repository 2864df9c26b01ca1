import * as cheerio from 'cheerio';
import * as iconv from 'iconv-lite';
import { decodeBytes, type Decoded } from './decode';

// A news page's article text: title, paragraphs and captions, without
// navigation, scripts, styles or footers. <p> and <br> become paragraph
// breaks. Mention offsets of an HTML document point into this text.

const NOISE = 'script, style, noscript, nav, header, footer, aside, form, iframe, svg, button, select';
const BLOCKS = 'p, div, br, li, h1, h2, h3, h4, h5, h6, figcaption, tr, section, article, blockquote, dd, dt, title';

export function extractHtmlText(bytes: Buffer): Decoded {
  const decoded = decodeHtmlBytes(bytes);
  const $ = cheerio.load(decoded.text);
  $(NOISE).remove();
  $(BLOCKS).each((_, element) => {
    $(element).before('\n').after('\n');
  });
  const title = $('title').first().text().trim();
  $('title').remove();
  const body = $('body').length > 0 ? $('body').text() : $.root().text();
  const lines = body
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0\u3000]+/g, ' ').trim())
    .filter((line) => line.length > 0);
  const text = [title, ...lines.filter((line, i) => !(i === 0 && line === title))].filter(Boolean).join('\n\n');
  return { text, encoding: decoded.encoding };
}

/** Honours a charset declared in <meta> when the bytes are not UTF-8 with a BOM. */
function decodeHtmlBytes(bytes: Buffer): Decoded {
  const head = bytes.subarray(0, 2048).toString('latin1');
  const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (declared && !/^utf-?8$/.test(declared) && iconv.encodingExists(declared)) {
    return { text: iconv.decode(bytes, declared), encoding: declared };
  }
  return decodeBytes(bytes);
}
