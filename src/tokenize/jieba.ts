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
  let cursor = 0;
  for (const { word, tag } of nodejieba.tag(text)) {
    const at = text.indexOf(word, cursor);
    if (at < 0) continue; // jieba dropped or altered it; the gap stays untokenized
    tokens.push({ word, start: at, end: at + word.length, tag });
    cursor = at + word.length;
  }
  return tokens;
}

/** Plain segmentation, as the benchmark's baseline uses it. */
export function cut(text: string): string[] {
  return nodejieba.cut(text);
}
