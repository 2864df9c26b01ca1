import type { DraftMention } from '../model/mention';
import type { ExtractContext, Span } from '../extract/types';
import { tokenize, type Token } from '../tokenize/jieba';

export interface ContextInput {
  text: string;
  paragraphs?: readonly Span[];
  referenceDate?: string | null;
  earlier?: readonly DraftMention[];
}

/** Builds the view of a cleaned document that extractors receive. */
export function makeContext(input: ContextInput): ExtractContext {
  const { text } = input;
  let tokens: Token[] | undefined;
  let boundaries: Uint8Array | undefined;
  const getTokens = () => (tokens ??= tokenize(text));
  return {
    text,
    paragraphs: input.paragraphs ?? paragraphsOf(text),
    referenceDate: input.referenceDate ?? null,
    earlier: input.earlier ?? [],
    tokens: getTokens,
    isWordBoundary(index: number) {
      if (index <= 0 || index >= text.length) return true;
      boundaries ??= boundaryMap(getTokens(), text.length);
      return boundaries[index] === 1;
    },
    tokensWithin(start: number, end: number) {
      const all = getTokens();
      const within: Token[] = [];
      for (let k = firstTokenFrom(all, start); k < all.length && all[k]!.end <= end; k++) within.push(all[k]!);
      return within;
    },
  };
}

/** Index of the first token starting at or after `start` (tokens are in text order). */
function firstTokenFrom(tokens: readonly Token[], start: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** 1 at every index where a token starts or ends: one byte a character, not a Set of a million numbers. */
function boundaryMap(tokens: readonly Token[], length: number): Uint8Array {
  const map = new Uint8Array(length + 1);
  for (const t of tokens) {
    map[t.start] = 1;
    map[t.end] = 1;
  }
  return map;
}

/** Paragraph spans of a text whose paragraphs are separated by newlines. */
export function paragraphsOf(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      if (i > start) spans.push({ start, end: i });
      start = i + 1;
    }
  }
  return spans;
}
