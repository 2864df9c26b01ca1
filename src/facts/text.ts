import type { Span } from '../extract/types';
import type { Mention } from '../model/mention';

// The cleaned text as the fact linker reads it: sentences (cut where the
// pipeline cuts a mention's `sentence`), clauses inside them, paragraphs,
// and every mention at its span in the cleaned text.

const SENTENCE_END = /[。！？!?；;\n]/g;
const CLAUSE_OR_SENTENCE_MARK = /[，,：:。！？!?；;\n]/g;
const SENTENCE_CLOSER = /[”」』’）)]/;
const SEMICOLON = /[；;]/;
const BLANK = /\s/;
/** Clause separators inside a sentence. */
export const CLAUSE_MARK = /[，,：:]/;
/** Quotes and spaces a sentence may open with before its first word. */
const OPENERS = /^[“「『‘（(\s]+/;

export interface LocatedMention {
  /** Index in the record's mentions. */
  index: number;
  mention: Mention;
  start: number;
  end: number;
}

export interface FactInput {
  /** The cleaned text and its paragraph spans. */
  text: string;
  paragraphs: readonly Span[];
  /** The record's mentions, with their spans in the cleaned text (same order). */
  mentions: readonly Mention[];
  spans: readonly Span[];
}

export class FactText {
  readonly sentences: Span[] = [];
  /** Mentions per sentence, in text order. */
  readonly inSentence: LocatedMention[][];
  /** Positions of the clause and sentence marks, ascending (clauses are found by binary search). */
  private readonly marks: number[] = [];

  constructor(readonly input: FactInput) {
    const { text } = input;
    let start = 0;
    for (const match of text.matchAll(SENTENCE_END)) {
      let end = match.index + 1;
      while (end < text.length && SENTENCE_CLOSER.test(text[end]!)) end++;
      if (end > start) this.sentences.push({ start, end });
      start = end;
    }
    if (start < text.length) this.sentences.push({ start, end: text.length });
    for (const match of text.matchAll(CLAUSE_OR_SENTENCE_MARK)) this.marks.push(match.index);
    this.inSentence = this.sentences.map(() => []);
    input.mentions.forEach((mention, index) => {
      const span = input.spans[index]!;
      const sentence = this.sentenceAt(span.start);
      if (sentence >= 0) this.inSentence[sentence]!.push({ index, mention, start: span.start, end: span.end });
    });
    for (const list of this.inSentence) list.sort((a, b) => a.start - b.start);
  }

  get text(): string {
    return this.input.text;
  }

  /** Index of the sentence holding `position`, -1 when none. */
  sentenceAt(position: number): number {
    return findSpan(this.sentences, position);
  }

  paragraphAt(position: number): number {
    return findSpan(this.input.paragraphs, position);
  }

  /** The sentences of a paragraph, as indices. */
  sentencesOfParagraph(paragraph: number): number[] {
    const span = this.input.paragraphs[paragraph];
    if (!span) return [];
    const found: number[] = [];
    for (let i = Math.max(0, this.sentenceAt(span.start)); i < this.sentences.length; i++) {
      if (this.sentences[i]!.start >= span.end) break;
      found.push(i);
    }
    return found;
  }

  slice(start: number, end: number): string {
    return this.input.text.slice(start, end);
  }

  /** The sentence's text without the quotes or brackets it opens with. */
  sentenceOpening(sentence: number): string {
    const span = this.sentences[sentence]!;
    return this.slice(span.start, span.end).replace(OPENERS, '');
  }

  /** The sentence holds only spaces (a paragraph break). Stops at its first other character. */
  isBlank(sentence: number): boolean {
    const span = this.sentences[sentence]!;
    for (let i = span.start; i < span.end; i++) if (!BLANK.test(this.input.text[i]!)) return false;
    return true;
  }

  /** The sentence before ended with a semicolon: this one goes on with its list. */
  followsSemicolon(sentence: number): boolean {
    if (sentence === 0) return false;
    const span = this.sentences[sentence - 1]!;
    let end = span.end - 1;
    while (end > span.start && SENTENCE_CLOSER.test(this.input.text[end]!)) end--;
    return SEMICOLON.test(this.input.text[end] ?? '');
  }

  /** The clause (between ，or ： marks) of the sentence that holds `position`. */
  clauseAt(sentence: number, position: number): Span {
    const span = this.sentences[sentence]!;
    // The first mark at or after `position`, and the one before it.
    let lo = 0;
    let hi = this.marks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.marks[mid]! < position) lo = mid + 1;
      else hi = mid;
    }
    const before = lo > 0 ? this.marks[lo - 1]! + 1 : 0;
    const after = lo < this.marks.length ? this.marks[lo]! : this.input.text.length;
    return { start: Math.max(span.start, before), end: Math.min(span.end, after) };
  }

  /** Per sentence, its mentions by type (made on first use). */
  private readonly byType: Array<Map<string, LocatedMention[]> | undefined> = [];

  /** Mentions of one type in a sentence (made once per sentence and type). */
  ofType(sentence: number, type: Mention['type']): LocatedMention[] {
    let types = this.byType[sentence];
    if (!types) this.byType[sentence] = types = new Map();
    let found = types.get(type);
    if (!found) {
      found = (this.inSentence[sentence] ?? []).filter((m) => m.mention.type === type);
      types.set(type, found);
    }
    return found;
  }
}

function findSpan(spans: readonly Span[], position: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid]!;
    if (position < span.start) hi = mid - 1;
    else if (position >= span.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
