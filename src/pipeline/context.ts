import type { DraftMention } from '../model/mention';
import type { ExtractContext, Span } from '../extract/types';
import { tokenAt, wordEnds, type Token } from '../tokenize/jieba';

export interface ContextInput {
  text: string;
  paragraphs?: readonly Span[];
  referenceDate?: string | null;
  earlier?: readonly DraftMention[];
}

/** Builds the view of a cleaned document that extractors receive. */
export function makeContext(input: ContextInput): ExtractContext {
  const { text } = input;
  const words = new LazyTokens(text);
  return {
    text,
    paragraphs: input.paragraphs ?? paragraphsOf(text),
    referenceDate: input.referenceDate ?? null,
    earlier: input.earlier ?? [],
    tokens: () => words.all(),
    isWordBoundary: (index) => words.isBoundary(index),
    tokensWithin: (start, end) => words.within(start, end),
    clauseStart: (index) => words.clauseStartOf(index),
  };
}

// jieba cuts its input at these separators before segmenting, so a clause
// ending just after one is segmented exactly as inside the whole text.
const CLAUSE_END = /[\n。，]/g;

/**
 * jieba tokens computed clause by clause, only for the clauses an extractor
 * asks about: most clauses hold no candidate that needs word boundaries, and
 * segmentation is the most expensive step of the pipeline. A clause keeps
 * where its words end; token objects are made only for the words an
 * extractor reads (most questions are about boundaries alone).
 */
class LazyTokens {
  private readonly clauseStarts: number[] = [0];
  private readonly clauseWordEnds: Array<number[] | undefined>;
  private readonly boundaries: Uint8Array;
  private everything: Token[] | undefined;

  constructor(private readonly text: string) {
    // test() of a global regex moves lastIndex past the match and makes no match array (matchAll makes one per clause).
    CLAUSE_END.lastIndex = 0;
    while (CLAUSE_END.test(text)) {
      const next = CLAUSE_END.lastIndex;
      if (next < text.length) this.clauseStarts.push(next);
    }
    this.clauseWordEnds = new Array(this.clauseStarts.length);
    this.boundaries = new Uint8Array(text.length + 1);
  }

  all(): Token[] {
    if (!this.everything) this.everything = this.within(0, this.text.length);
    return this.everything;
  }

  isBoundary(index: number): boolean {
    if (index <= 0 || index >= this.text.length) return true;
    const k = this.clauseAt(index);
    if (this.clauseStarts[k] === index) return true;
    this.wordEndsOf(k);
    return this.boundaries[index] === 1;
  }

  within(start: number, end: number): Token[] {
    const found: Token[] = [];
    if (end <= start) return found;
    for (let k = this.clauseAt(start); k < this.clauseStarts.length && this.clauseStarts[k]! < end; k++) {
      let wordStart = this.clauseStarts[k]!;
      for (const wordEnd of this.wordEndsOf(k)) {
        if (wordStart >= start && wordEnd <= end) found.push(tokenAt(this.text, wordStart, wordEnd));
        wordStart = wordEnd;
      }
    }
    return found;
  }

  clauseStartOf(index: number): number {
    return this.clauseStarts[this.clauseAt(index)]!;
  }

  private wordEndsOf(k: number): number[] {
    let ends = this.clauseWordEnds[k];
    if (!ends) {
      const start = this.clauseStarts[k]!;
      ends = wordEnds(this.text, start, this.clauseStarts[k + 1] ?? this.text.length);
      this.boundaries[start] = 1;
      for (const end of ends) this.boundaries[end] = 1;
      this.clauseWordEnds[k] = ends;
    }
    return ends;
  }

  /** Index of the clause holding `index` (binary search over clause starts). */
  private clauseAt(index: number): number {
    let lo = 0;
    let hi = this.clauseStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.clauseStarts[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
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
