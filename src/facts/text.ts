import type { Span } from '../extract/types';
import type { Mention, PlaceMention } from '../model/mention';
import { firstAtOrAfter } from '../util/arrays';

// The cleaned text as the fact linker reads it: sentences (cut where the
// pipeline cuts a mention's `sentence`), clauses inside them, paragraphs,
// and every mention at its span in the cleaned text.

const NO_MARK = 0;
const CLAUSE_ONLY_MARK = 1;
const SENTENCE_MARK = 2;

/** Per UTF-16 code unit: a sentence end 。！？!?；;\n, a clause mark ，,：: (CLAUSE_MARK), or neither. */
const MARKS = new Uint8Array(0x10000);
for (const mark of '。！？!?；;\n') MARKS[mark.charCodeAt(0)] = SENTENCE_MARK;
for (const mark of '，,：:') MARKS[mark.charCodeAt(0)] = CLAUSE_ONLY_MARK;

/** The unit is a clause mark ，,：: (CLAUSE_MARK). */
export function isClauseMark(code: number): boolean {
  return MARKS[code] === CLAUSE_ONLY_MARK;
}

/** No mark lies from the CJK ideographs (U+4E00) up to the fullwidth forms (U+FF00, ，：；！？). */
const FIRST_IDEOGRAPH = 0x4e00;
const FULLWIDTH_FORMS = 0xff00;

/** Quotes and brackets that close a sentence after its end mark: ”」』’）). */
function isCloser(code: number): boolean {
  return code === 0x201d || code === 0x300d || code === 0x300f || code === 0x2019 || code === 0xff09 || code === 0x29;
}

const SEMICOLON = /[；;]/;
/** Clause separators inside a sentence. */
export const CLAUSE_MARK = /[，,：:]/;
/** Quotes and spaces a sentence may open with before its first word. */
const OPENERS = /[“「『‘（(\s]+/y;

export interface LocatedMention {
  /** Index in the record's mentions. */
  readonly index: number;
  readonly mention: Mention;
  readonly start: number;
  readonly end: number;
  /** A place's path and province (its first level); '' for other types. */
  readonly path: string;
  readonly province: string;
}

/** A mention at its span; the province is cut from the path only when asked (in documents with donor provinces). */
class Located implements LocatedMention {
  private provinceFound?: string;

  constructor(
    readonly index: number,
    readonly mention: Mention,
    readonly start: number,
    readonly end: number,
    readonly path: string,
  ) {}

  get province(): string {
    return (this.provinceFound ??= provinceOfPath(this.path));
  }
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
  /** Per linked type, its mentions per sentence (a shared empty list where none). */
  private readonly byType: Record<LinkedType, LocatedMention[][]>;
  /** The sentences holding money, ascending. */
  readonly moneySentences: number[] = [];
  /** Positions of the clause and sentence marks, ascending (clauses are found by binary search). */
  private readonly marks: number[] = [];

  /** The sentences holding places, ascending (the only ones that may hold places' parties or destinations). */
  readonly placeSentences: number[] = [];

  /** Per sentence, findings about its dates kept by the date linker (when.ts), made on first use. */
  eventDates?: Array<readonly LocatedMention[] | undefined>;
  completionDates?: Array<boolean | undefined>;

  /** `linked`: the input's linked mentions (linkedMentionsOf), read once by the linker. */
  constructor(readonly input: FactInput, linked: LinkedMentions) {
    const { text } = input;
    splitText(text, this.sentences, this.marks);
    const count = this.sentences.length;
    this.byType = { money: new Array(count).fill(NO_MENTIONS), date: new Array(count).fill(NO_MENTIONS), place: new Array(count).fill(NO_MENTIONS) };
    // The linked mentions in text order (ties in record order), each into its sentence: the
    // pipeline's order is nearly that already, so the sentence is found by walking forward.
    let sentence = 0;
    for (const index of linked.order) {
      const span = input.spans[index]!;
      while (sentence < count && this.sentences[sentence]!.end <= span.start) sentence++;
      if (sentence === count) break;
      if (span.start < this.sentences[sentence]!.start) continue;
      const mention = input.mentions[index]!;
      const type = linked.types[index]!;
      const located = new Located(index, mention, span.start, span.end, type === 'place' ? (mention as PlaceMention).path : '');
      addTo(this.byType[type], sentence, located);
    }
    for (let s = 0; s < count; s++) {
      if (this.byType.money[s]!.length > 0) this.moneySentences.push(s);
      if (this.byType.place[s]!.length > 0) this.placeSentences.push(s);
    }
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

  /** Where the sentence's words start: after the quotes, brackets and spaces it opens with. */
  openingOf(sentence: number): number {
    const span = this.sentences[sentence]!;
    OPENERS.lastIndex = span.start;
    return OPENERS.test(this.input.text) ? Math.min(OPENERS.lastIndex, span.end) : span.start;
  }

  /** The sentence holds only spaces (a paragraph break). Stops at its first other character. */
  isBlank(sentence: number): boolean {
    const span = this.sentences[sentence]!;
    for (let i = span.start; i < span.end; i++) if (!isSpace(this.input.text.charCodeAt(i))) return false;
    return true;
  }

  /** The sentence before ended with a semicolon: this one goes on with its list. */
  followsSemicolon(sentence: number): boolean {
    if (sentence === 0) return false;
    const span = this.sentences[sentence - 1]!;
    let end = span.end - 1;
    while (end > span.start && isCloser(this.input.text.charCodeAt(end))) end--;
    return SEMICOLON.test(this.input.text[end] ?? '');
  }

  /** The clause (between ，or ： marks) of the sentence that holds `position`. */
  clauseAt(sentence: number, position: number): Span {
    const span = this.sentences[sentence]!;
    // The first mark at or after `position`, and the one before it.
    const lo = firstAtOrAfter(this.marks, position);
    const before = lo > 0 ? this.marks[lo - 1]! + 1 : 0;
    const after = lo < this.marks.length ? this.marks[lo]! : this.input.text.length;
    return { start: Math.max(span.start, before), end: Math.min(span.end, after) };
  }

  /** The place of a sentence with this index in the record's mentions. */
  placeOf(sentence: number, index: number): LocatedMention | undefined {
    return this.ofType(sentence, 'place').find((place) => place.index === index);
  }

  /** The last sentence before `sentence` holding a date, -1 when none. */
  dateSentenceBefore(sentence: number): number {
    for (let s = sentence - 1; s >= 0; s--) if (this.byType.date[s]!.length > 0) return s;
    return -1;
  }

  /** Mentions of one type in a sentence, in text order (do not change the list). */
  ofType(sentence: number, type: LinkedType): readonly LocatedMention[] {
    return this.byType[type][sentence] ?? NO_MENTIONS;
  }
}

/** A CJK unified ideograph of the basic block (where names and words of these texts are written). */
export function isIdeograph(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

/** The characters of a regex's \s: tab to carriage return, the space separators, line separators, the byte-order mark. */
export function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** The mention types the linker reads by sentence. */
export type LinkedType = 'money' | 'date' | 'place';
// Shared by every sentence without mentions (of a type): never pushed to.
const NO_MENTIONS: LocatedMention[] = [];

/**
 * One pass over the text for sentence ends and clause marks (both regexes' characters):
 * pushes the sentences' spans and the marks' positions.
 */
function splitText(text: string, sentences: Span[], marks: number[]): void {
  const length = text.length;
  let start = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    // Most units are CJK ideographs, never a mark: passed over without a table read.
    if (code >= FIRST_IDEOGRAPH && code < FULLWIDTH_FORMS) continue;
    const mark = MARKS[code]!;
    if (mark === NO_MARK) continue;
    // 1,755.7亿元: a thousands separator is no clause mark.
    if (code === COMMA && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) continue;
    marks.push(i);
    if (mark !== SENTENCE_MARK) continue;
    let end = i + 1;
    while (end < length && isCloser(text.charCodeAt(end))) end++;
    if (end > start) sentences.push({ start, end });
    start = end;
  }
  if (start < length) sentences.push({ start, end: length });
}

const COMMA = 0x2c;

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** The first level of a place path (广东省 of 广东省/珠海市). */
export function provinceOfPath(path: string): string {
  const slash = path.indexOf('/');
  return slash < 0 ? path : path.slice(0, slash);
}

/** The money, date and place mentions of an input, read once (a mention's type is read from many shapes of object). */
export interface LinkedMentions {
  /** Their indices, by start (ties in index order). */
  order: number[];
  /** Per index in the input's mentions, its type when linked. */
  types: Array<LinkedType | undefined>;
  hasMoney: boolean;
}

export function linkedMentionsOf(input: FactInput): LinkedMentions {
  const order: number[] = [];
  const { mentions, spans } = input;
  const types = new Array<LinkedType | undefined>(mentions.length);
  let sorted = true;
  let hasMoney = false;
  for (let i = 0; i < mentions.length; i++) {
    const type = mentions[i]!.type;
    if (type !== 'money' && type !== 'date' && type !== 'place') continue;
    if (type === 'money') hasMoney = true;
    types[i] = type;
    if (order.length > 0 && spans[i]!.start < spans[order[order.length - 1]!]!.start) sorted = false;
    order.push(i);
  }
  if (!sorted) order.sort((a, b) => spans[a]!.start - spans[b]!.start || a - b);
  return { order, types, hasMoney };
}

/** Appends to a sentence's list, replacing the shared empty list on first use. */
function addTo(lists: LocatedMention[][], sentence: number, located: LocatedMention): void {
  const list = lists[sentence]!;
  if (list === NO_MENTIONS) lists[sentence] = [located];
  else list.push(located);
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
