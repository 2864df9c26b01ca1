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
  let boundaries: Set<number> | undefined;
  const getTokens = () => (tokens ??= tokenize(text));
  return {
    text,
    paragraphs: input.paragraphs ?? paragraphsOf(text),
    referenceDate: input.referenceDate ?? null,
    earlier: input.earlier ?? [],
    tokens: getTokens,
    isWordBoundary(index: number) {
      if (index <= 0 || index >= text.length) return true;
      boundaries ??= new Set(getTokens().flatMap((t) => [t.start, t.end]));
      return boundaries.has(index);
    },
  };
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
