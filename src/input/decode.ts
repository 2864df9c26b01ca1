import * as chardet from 'chardet';
import * as iconv from 'iconv-lite';

// Bytes → text. A BOM decides; otherwise strict UTF-8, then UTF-8 with a few
// damaged bytes (one bad byte must not turn a UTF-8 article into GB18030
// mojibake), then GB18030 (a superset of GBK and GB2312, the usual encodings
// of Chinese archives) unless the chardet detector clearly finds another
// encoding (Big5 archives of Traditional Chinese, Shift-JIS, Latin-1), or
// finds none at all (junk bytes, named as undecodable). Input that decodes to many control or replacement
// characters is binary, whatever its name.

export interface Decoded {
  text: string;
  /** utf-8, utf-8-bom, utf-8-lossy, gb18030, gb18030-bom, utf-16le, utf-16be (or an HTML page's declared charset). */
  encoding: string;
}

export class BinaryInputError extends Error {}

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;
const UTF16LE_BOM = [0xff, 0xfe] as const;
const UTF16BE_BOM = [0xfe, 0xff] as const;
const GB18030_BOM = [0x84, 0x31, 0x95, 0x33] as const; // U+FEFF in GB18030
const KEEP_FEFF = { stripBOM: false };

export function decodeBytes(bytes: Buffer): Decoded {
  const withBom = decodeByBom(bytes);
  if (withBom) return checked(withBom.text, withBom.encoding);
  const utf8 = strictUtf8(bytes);
  if (utf8 !== undefined) return checked(utf8, 'utf-8');
  const lossy = bytes.toString('utf8');
  if (isMostlyValid(lossy)) return checked(lossy, 'utf-8-lossy');
  const encoding = detectLegacyEncoding(bytes);
  if (typeof encoding === 'string') return checked(iconv.decode(bytes, encoding), encoding);
  checked(iconv.decode(bytes, 'gb18030'), 'gb18030'); // binary input is named as such first
  throw new UndecodableInputError(encoding.problem);
}

/** How far another encoding's confidence (0-100) must beat GB18030's to be chosen instead. */
const CLEAR_LEAD = 20;
const MIN_CONFIDENCE = 50;
/** Below this many bytes the detector's statistics mean little: GB18030 is assumed. */
const MIN_BYTES_TO_JUDGE = 64;

export class UndecodableInputError extends Error {}

/**
 * Random high bytes score 40-55 as GB18030, 130 characters of real GBK news
 * 87-100 (measured on the fixtures): below this, mostly non-ASCII input is junk.
 */
const JUNK_BELOW = 70;
/** Share of bytes above 0x7F from which a text is mostly non-ASCII, where the detector's statistics are reliable. */
const MOSTLY_HIGH_BYTES = 0.3;
const SINGLE_BYTE = /^(ISO-8859|windows-125|KOI8)/;

/**
 * The encoding of bytes that are not UTF-8, as an iconv-lite name:
 * `gb18030` unless chardet (a statistical detector) clearly prefers another
 * multi-byte encoding, or a single-byte one (Latin-1, …) where the bytes are
 * not valid GB18030 at all. Mostly non-ASCII bytes that no encoding explains
 * well are junk: { problem } says so.
 */
export function detectLegacyEncoding(bytes: Buffer): string | { problem: string } {
  if (bytes.length < MIN_BYTES_TO_JUDGE) return 'gb18030';
  const guesses = chardet.analyse(bytes);
  const gb = guesses.find((g) => g.name === 'GB18030')?.confidence ?? 0;
  const validGb = !iconv.decode(bytes, 'gb18030').includes('\uFFFD');
  const usable = guesses.filter((g) => g.name !== 'GB18030' && !g.name.startsWith('UTF') && iconv.encodingExists(g.name));
  const best = usable.find((g) => !SINGLE_BYTE.test(g.name) || !validGb);
  if (best && best.confidence >= MIN_CONFIDENCE && best.confidence >= gb + CLEAR_LEAD) return best.name.toLowerCase();
  const top = Math.max(gb, best?.confidence ?? 0);
  if (top < JUNK_BELOW && highByteShare(bytes) > MOSTLY_HIGH_BYTES && bytes.length >= 4 * MIN_BYTES_TO_JUDGE) {
    const guess = guesses[0] ? `; best guess ${guesses[0].name} at ${guesses[0].confidence}%` : '';
    return { problem: `cannot tell its encoding: not UTF-8, and no encoding fits it well (GB18030, Big5, Shift-JIS, Latin-1 …${guess})` };
  }
  return 'gb18030';
}

function highByteShare(bytes: Buffer): number {
  let high = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! > 0x7f) high++;
  return high / bytes.length;
}

/** The text when the bytes start with a byte order mark, else undefined. */
export function decodeByBom(bytes: Buffer): Decoded | undefined {
  if (startsWith(bytes, UTF8_BOM)) return { text: bytes.subarray(3).toString('utf8'), encoding: 'utf-8-bom' };
  if (startsWith(bytes, GB18030_BOM)) return { text: iconv.decode(bytes.subarray(4), 'gb18030', KEEP_FEFF), encoding: 'gb18030-bom' };
  // The BOM is cut off here; iconv must not strip a second U+FEFF that belongs to the text (offsets would shift).
  if (startsWith(bytes, UTF16LE_BOM)) return { text: iconv.decode(bytes.subarray(2), 'utf-16le', KEEP_FEFF), encoding: 'utf-16le' };
  if (startsWith(bytes, UTF16BE_BOM)) return { text: iconv.decode(bytes.subarray(2), 'utf-16be', KEEP_FEFF), encoding: 'utf-16be' };
  return undefined;
}

function startsWith(bytes: Buffer, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The text when the bytes are valid UTF-8, else undefined. */
export function strictUtf8(bytes: Buffer): string | undefined {
  try {
    return fatalUtf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * A GBK file read as UTF-8 has about 3.5 replacement characters (U+FFFD) per
 * character it happens to decode; a UTF-8 article with a damaged byte or a
 * cut-off last character has one replacement per hundreds or thousands of
 * decoded characters. Ten decoded characters per replacement sits well
 * between the two.
 */
const DECODED_PER_REPLACEMENT = 10;

function isMostlyValid(lossy: string): boolean {
  let replaced = 0;
  let decoded = 0;
  for (let i = 0; i < lossy.length; i++) {
    const code = lossy.charCodeAt(i);
    if (code === 0xfffd) replaced++;
    else if (code > 0x7f) decoded++;
  }
  return replaced * DECODED_PER_REPLACEMENT <= decoded;
}

/**
 * Share of characters no text file holds (C0 controls but tab/newline/CR/form
 * feed, DEL, U+FFFD). Random bytes decoded as GB18030 score about 0.27, news
 * text close to 0.
 */
const BINARY_SHARE = 0.1;

function checked(text: string, encoding: string): Decoded {
  const share = oddCharacterShare(text);
  if (share > BINARY_SHARE) {
    const percent = Math.round(share * 100);
    throw new BinaryInputError(`looks like a binary file, not text (${percent}% control or undecodable characters as ${encoding})`);
  }
  return { text, encoding };
}

/** Throws BinaryInputError when text decoded by other means (an HTML charset) is binary. */
export function checkedText(text: string, encoding: string): Decoded {
  return checked(text, encoding);
}

export function looksBinary(text: string): boolean {
  return oddCharacterShare(text) > BINARY_SHARE;
}

/** Scans the whole text (a few ms for 5 MB), so binary junk after a text header is still seen. */
function oddCharacterShare(text: string): number {
  if (text.length === 0) return 0;
  let odd = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20) {
      if (code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) odd++;
    } else if (code === 0x7f || code === 0xfffd) {
      odd++;
    }
  }
  return odd / text.length;
}
