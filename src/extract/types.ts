import type { DraftMention, MentionType } from '../model/mention';
import type { RuleFileSpec, RuleSet } from '../rules/loader';
import type { Token } from '../tokenize/jieba';

/** A half-open span [start, end) of UTF-16 indices in the cleaned text. */
export interface Span {
  start: number;
  end: number;
}

/** What every extractor sees of one cleaned document. */
export interface ExtractContext {
  /** The cleaned text: paragraphs separated by a single "\n". */
  readonly text: string;
  readonly paragraphs: readonly Span[];
  /** jieba tokens with their spans, computed on first use. */
  tokens(): readonly Token[];
  /** jieba tokens lying wholly inside [start, end), found by binary search. */
  tokensWithin(start: number, end: number): readonly Token[];
  /** True when `index` falls on a jieba word boundary (or the text's ends). */
  isWordBoundary(index: number): boolean;
  /**
   * Start of the clause holding `index`: the text after the last newline, 。
   * or ， before it. jieba segments each clause on its own, so no word crosses into it.
   */
  clauseStart(index: number): number;
  /** The publication date given or inferred for the document (YYYY[-MM[-DD]]), if any. */
  readonly referenceDate: string | null;
  /**
   * Mentions of the types the module declares in `reads`, found by the
   * extractors that ran before it (empty for a module that reads none).
   */
  readonly earlier: readonly DraftMention[];
}

export interface Extractor {
  extract(ctx: ExtractContext): DraftMention[];
  /**
   * Words jieba must keep whole for this extractor (division names, so short
   * names align with its words). The tokenizer stage installs them once,
   * before any document is read; an extractor never changes jieba itself.
   */
  readonly userWords?: readonly string[];
}

/**
 * One module per mention type. `ruleFiles` are read and checked at start-up;
 * `create` runs once per process (compile regexes, build indexes there, not
 * per document).
 */
export interface ExtractorModule {
  readonly type: MentionType;
  readonly ruleFiles: readonly RuleFileSpec[];
  /**
   * The types whose mentions this extractor reads (they must be found by an
   * extractor earlier in the registry). Every other extractor works on the
   * text alone, and the refine stage settles overlaps between types.
   */
  readonly reads?: readonly MentionType[];
  create(rules: RuleSet): Extractor;
}
