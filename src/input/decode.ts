import * as iconv from 'iconv-lite';

// Bytes → text. A BOM decides; otherwise strict UTF-8, then GB18030 (a
// superset of GBK and GB2312, the usual encodings of Chinese archives).
// Input that decodes to mostly control or replacement characters is binary.

export interface Decoded {
  text: string;
  encoding: string;
}

export class BinaryInputError extends Error {}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

export function decodeBytes(bytes: Buffer): Decoded {
  if (startsWith(bytes, UTF8_BOM)) return checked(bytes.subarray(3).toString('utf8'), 'utf-8-bom');
  if (startsWith(bytes, [0xff, 0xfe])) return checked(iconv.decode(bytes.subarray(2), 'utf-16le'), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return checked(iconv.decode(bytes.subarray(2), 'utf-16be'), 'utf-16be');
  const utf8 = strictUtf8(bytes);
  if (utf8 !== undefined) return checked(utf8, 'utf-8');
  return checked(iconv.decode(bytes, 'gb18030'), 'gb18030');
}

function startsWith(bytes: Buffer, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true });

function strictUtf8(bytes: Buffer): string | undefined {
  try {
    return fatalUtf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Share of characters that no text file holds: controls (but tab/newline/CR) and U+FFFD. */
const BINARY_SHARE = 0.1;

function checked(text: string, encoding: string): Decoded {
  if (looksBinary(text)) throw new BinaryInputError(`looks like a binary file, not text (decoded as ${encoding})`);
  return { text, encoding };
}

export function looksBinary(text: string): boolean {
  if (text.length === 0) return false;
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffd || code === 0x7f) odd++;
  }
  return odd / sample.length > BINARY_SHARE;
}
