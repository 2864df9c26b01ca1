import * as nodejieba from 'nodejieba';

// The tokenize stage: jieba word boundaries (and its part-of-speech tags as a
// hint) with their spans in the cleaned text.

export interface Token {
  word: string;
  start: number;
  end: number;
  tag: string;
}

const userWords = new Set<string>();

/**
 * Adds words jieba must keep whole (place names, for example). Call it at
 * start-up, before the first document is tokenized.
 */
export function addUserWords(words: Iterable<string>, tag = 'ns'): void {
  for (const word of words) {
    if (userWords.has(word) || word.length < 2) continue;
    userWords.add(word);
    nodejieba.insertWord(word, tag);
  }
}

/** Tokenizes text; every character of the input belongs to exactly one token. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const chunk of jiebaChunks(text)) {
    let cursor = chunk.start;
    for (const { word, tag } of nodejieba.tag(text.slice(chunk.start, chunk.end))) {
      const at = text.indexOf(word, cursor);
      if (at < 0 || at >= chunk.end) continue; // jieba dropped or altered it; the gap stays untokenized
      tokens.push({ word, start: at, end: at + word.length, tag });
      cursor = at + word.length;
    }
  }
  return tokens;
}

/**
 * jieba cuts its input at newlines, 。 and ， before segmenting (cppjieba's
 * separators), so chunks ending just after one of them give exactly the
 * tokens of the whole text, while a 5 MB line never goes to jieba in one piece.
 */
const CHUNK_LENGTH = 4096;
const JIEBA_SEPARATOR = /[\n。，]/g;

function* jiebaChunks(text: string): Generator<{ start: number; end: number }> {
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + CHUNK_LENGTH);
    if (end < text.length) {
      JIEBA_SEPARATOR.lastIndex = end;
      const separator = JIEBA_SEPARATOR.exec(text);
      end = separator ? separator.index + 1 : text.length;
    }
    yield { start, end };
    start = end;
  }
}

/** Plain segmentation, as the benchmark's baseline uses it. */
export function cut(text: string): string[] {
  return nodejieba.cut(text);
}
