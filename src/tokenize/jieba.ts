import * as path from 'node:path';
import { chooseBinding, type JiebaBinding } from './binding';

// The tokenize stage: jieba word boundaries (and its part-of-speech tags as a
// hint) with their spans in the cleaned text.

export interface Token {
  readonly word: string;
  readonly start: number;
  readonly end: number;
  /** Part of speech, looked up on first read (most tokens are never asked). */
  readonly tag: string;
}

const userWords = new Set<string>();
let jieba: JiebaBinding | undefined;

/**
 * Loads jieba's dictionaries once. Only cut/tag are used, so the 6 MB IDF
 * table of keyword extraction is swapped for a one-line stand-in (cppjieba
 * asserts it is not empty): ~0.3 s and ~19 MB less per process and worker.
 */
function ensureDictionary(): JiebaBinding {
  if (!jieba) {
    const binding = chosenBinding();
    binding.load(path.resolve(__dirname, '..', '..', 'data', 'jieba-unused-idf.utf8'));
    jieba = binding;
  }
  return jieba;
}

let chosen: JiebaBinding | undefined;

/** The binding this process uses, chosen once (see binding.ts). */
function chosenBinding(): JiebaBinding {
  return (chosen ??= chooseBinding());
}

/** The native jieba in use: 'zhextract' or 'nodejieba' (see binding.ts). */
export function jiebaBindingName(): string {
  return ensureDictionary().name;
}

/**
 * Loads the dictionaries on this thread now when every thread of the process
 * shares them (the lean binding), so that the main thread can load them while
 * a worker thread builds the rest of its pipeline: the worker then finds them
 * loaded, and start-up is shorter by what the two did at the same time. With
 * nodejieba's per-thread dictionaries it does nothing (a copy here would serve
 * no worker). A failure is left for the worker to report.
 */
export function preloadSharedDictionary(): void {
  try {
    if (chosenBinding().sharedAcrossThreads) ensureDictionary();
  } catch {
    // the worker's own load reports it, with the pipeline's other start-up errors
  }
}

/**
 * The tokenizer stage's set-up: adds the words the extractors need jieba to
 * keep whole (place names, for example), once, when the pipeline is built
 * and before the first document is tokenized. Extractors never call it.
 */
export function installUserWords(words: Iterable<string>, tag = 'ns'): void {
  for (const word of words) {
    if (userWords.has(word) || word.length < 2) continue;
    userWords.add(word);
    ensureDictionary().insertWord(word, tag);
  }
}

/** jieba's word lengths for one chunk, reused from call to call (grown when a chunk has more words). */
let wordLengths = new Uint32Array(1024);

/**
 * Where jieba's words of text[from, to) end, in order: each word starts
 * where the one before it ends, the first at `from`, so every character
 * belongs to exactly one word. Segmentation is cut(text, HMM on): the same
 * words as tag(), at about 60 % of its cost, because tag() builds a
 * {word, tag} object per word across the native boundary. jieba returns each
 * word's length only; the words and tags are read when a token is.
 */
export function wordEnds(text: string, from = 0, to = text.length): number[] {
  const jieba = ensureDictionary();
  const ends: number[] = [];
  // A clause (the usual request) is one chunk: no chunk objects are made for it.
  if (to - from <= CHUNK_LENGTH) {
    if (from < to) cutChunk(jieba, text, from, to, ends);
    return ends;
  }
  for (const chunk of jiebaChunks(text, from, to)) cutChunk(jieba, text, chunk.start, chunk.end, ends);
  return ends;
}

/** Appends where jieba's words of text[start, end) end. */
function cutChunk(jieba: JiebaBinding, text: string, start: number, end: number, ends: number[]): void {
  const piece = text.slice(start, end);
  let count = jieba.cutLengths(piece, true, wordLengths);
  if (count > wordLengths.length) {
    wordLengths = new Uint32Array(count * 2);
    count = jieba.cutLengths(piece, true, wordLengths);
  }
  let at = start;
  for (let i = 0; i < count && at < end; i++) {
    at = Math.min(at + wordLengths[i]!, end); // jieba's lengths add up to the chunk's
    ends.push(at);
  }
}

/** Tokenizes text (or its range [from, to)); every character belongs to exactly one token. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  let start = from;
  return wordEnds(text, from, to).map((end) => {
    const token = tokenAt(text, start, end);
    start = end;
    return token;
  });
}

/** The word text[start, end) as a token: its word is cut from the text, and its tag looked up, when read. */
export function tokenAt(text: string, start: number, end: number): Token {
  return new JiebaToken(text, start, end);
}

class JiebaToken implements Token {
  private cachedWord: string | undefined;

  constructor(
    private readonly text: string,
    readonly start: number,
    readonly end: number,
  ) {}

  get word(): string {
    return (this.cachedWord ??= this.text.slice(this.start, this.end));
  }

  get tag(): string {
    return tagOf(this.word);
  }
}

// A token's tag is its word's dictionary tag whatever the context, and x for
// a word jieba found only by HMM (not in the dictionary). tag() of the word
// alone gives the same, except that such a word may split: then it is x.
const TAG_CACHE_LIMIT = 100_000; // bounded, so memory stays flat over an archive
const tagCache = new Map<string, string>();

function tagOf(word: string): string {
  let tag = tagCache.get(word);
  if (tag === undefined) {
    const pieces = ensureDictionary().tag(word);
    tag = pieces.length === 1 ? pieces[0]!.tag : 'x';
    if (tagCache.size >= TAG_CACHE_LIMIT) tagCache.clear();
    tagCache.set(word, tag);
  }
  return tag;
}

/**
 * jieba cuts its input at newlines, 。 and ， before segmenting (cppjieba's
 * separators), so chunks ending just after one of them give exactly the
 * tokens of the whole text, while a 5 MB line never goes to jieba in one piece.
 */
const CHUNK_LENGTH = 4096;
const JIEBA_SEPARATOR = /[\n。，]/g;

function* jiebaChunks(text: string, from: number, to: number): Generator<{ start: number; end: number }> {
  for (let start = from; start < to; ) {
    let end = Math.min(to, start + CHUNK_LENGTH);
    if (end < to) {
      JIEBA_SEPARATOR.lastIndex = end;
      const separator = JIEBA_SEPARATOR.exec(text);
      end = separator ? Math.min(separator.index + 1, to) : to;
    }
    yield { start, end };
    start = end;
  }
}
