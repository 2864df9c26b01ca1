import { loadBoilerplateRules, ARTICLE_CLOSE_RULES, BOILERPLATE_RULES, PAGE_END_RULES, type BoilerplateRule } from '../clean/boilerplate';
import { cleanText, type CleanedText } from '../clean/index';
import type { MappedText } from '../clean/mapped-text';
import { loadExtractors, readableBy, type LoadedExtractor } from '../extract/registry';
import type { Span } from '../extract/types';
import type { InputDocument } from '../input/types';
import type { DocumentRecord, DraftMention, Mention, MentionType, ReferenceDateSource } from '../model/mention';
import { dateOfUrl } from '../input/url-date';
import { prepareValidator, validateRecord } from '../model/schema';
import { prepareConverter } from '../clean/normalize';
import { TYPE_DESCRIPTORS, descriptorOf } from '../model/types/index';
import { settleOverlaps, type Dropped } from '../refine/overlaps';
import { DATE_ANNIVERSARY_RULES, inferReferenceDate, postingTimeOf } from '../resolve/reference-date';
import { HEADLINE_LIST_REASON } from '../clean/headline-lists';
import { HEADLINE_LABEL_RULES, useHeadlineLabels } from '../clean/join-breaks';
import { RuleSet } from '../rules/loader';
import { makeContext } from './context';
import { append } from '../util/arrays';
import { FactLinker, FACT_WORD_RULES } from '../facts/linker';
import type { Fact } from '../facts/schema';

export interface PipelineOptions {
  /** Mention types to write (default: all). Every extractor runs whatever this says. */
  types?: readonly MentionType[];
  /** A user rules directory merged over the built-in rules/. */
  rulesDir?: string;
  /** The publication date for every document (YYYY[-MM[-DD]]), from --reference-date. */
  referenceDate?: string;
  /**
   * false: no fact linking (--no-facts); records carry no `facts`. Linking is
   * also skipped when `types` leaves money out: there would be no facts to write.
   */
  facts?: boolean;
}

/** What `zhextract explain` shows of one document: who found what, and what lost an overlap. */
export interface Trace {
  /** Every mention an extractor proposed, with the extractor that did. */
  proposed: Array<{ extractor: string; mention: DraftMention }>;
  dropped: Dropped[];
}

/**
 * The whole per-document path: clean → tokenize/extract → refine (settle
 * overlaps) → map offsets back to the original → validate. Rules and
 * extractors are built once, in create().
 */
export class Pipeline {
  private constructor(
    private readonly extractors: readonly LoadedExtractor[],
    private readonly boilerplate: readonly BoilerplateRule[],
    private readonly options: PipelineOptions,
    /** The run's rules, for reference-date inference (a user's date-anniversaries.tsv counts too). */
    private readonly rules: RuleSet,
    /** Built only where facts are linked (its word tables are of no use to --no-facts). */
    private readonly facts: FactLinker | undefined,
  ) {}

  /** Loads and checks every rule file; throws RuleFileError before any document is read. */
  static create(options: PipelineOptions = {}): Pipeline {
    // Set-up that needs no jieba comes first: in a worker thread it overlaps
    // the main thread's loading of jieba's shared dictionary (see extract-command.ts).
    prepareValidator();
    prepareConverter();
    const rules = RuleSet.withUserDir(options.rulesDir);
    rules.preload([BOILERPLATE_RULES, PAGE_END_RULES, ARTICLE_CLOSE_RULES, HEADLINE_LABEL_RULES, DATE_ANNIVERSARY_RULES]);
    useHeadlineLabels(rules.load(HEADLINE_LABEL_RULES));
    const extractors = loadExtractors(rules);
    // A broken fact rule file is reported whether or not this run links facts.
    if (!linksFacts(options)) rules.preload([FACT_WORD_RULES]);
    return new Pipeline(extractors, loadBoilerplateRules(rules), options, rules, linksFacts(options) ? FactLinker.create(rules) : undefined);
  }

  clean(text: string): CleanedText {
    return cleanText(text, this.boilerplate);
  }

  /** `referenceDate` overrides the run's option for this one document (eval may pass the gold's). */
  process(input: InputDocument, referenceDate?: string): DocumentRecord {
    return this.run(input, referenceDate);
  }

  /** The record and the trace of how its mentions were found and settled. */
  explain(input: InputDocument, referenceDate?: string): { record: DocumentRecord; trace: Trace } {
    const trace: Trace = { proposed: [], dropped: [] };
    return { record: this.run(input, referenceDate, trace), trace };
  }

  private run(input: InputDocument, referenceDate: string | undefined, trace?: Trace): DocumentRecord {
    const cleaned = this.clean(input.text);
    const reference = referenceDate
      ? { date: referenceDate, source: 'option' as const }
      : this.referenceDateFor(input, cleaned);
    const drafts = this.extract(cleaned, reference.date, trace);
    const { mentions: all, cleanSpans } = locateMentions(drafts, cleaned, input.text);
    // Facts tie each money mention to its date, places and giver (src/facts/), from all the mentions found.
    const facts = this.facts ? this.facts.link({ ...cleaned, mentions: all, spans: cleanSpans }) : [];
    const { mentions, facts: keptFacts } = onlyTypes(all, facts, this.options.types);
    const record: DocumentRecord = {
      schemaVersion: 1,
      doc: input.doc,
      source: input.source,
      referenceDate: reference.date,
      referenceDateSource: reference.source,
      title: titleOf(cleaned),
      cleaning: cleaned.counts,
      mentions,
      ...(this.options.facts === false ? {} : { facts: keptFacts }),
    };
    validateRecord(record);
    return record;
  }

  private extract(cleaned: CleanedText, referenceDate: string | null, trace?: Trace): DraftMention[] {
    const drafts: DraftMention[] = [];
    const base = makeContext({ text: cleaned.text, paragraphs: cleaned.paragraphs, referenceDate });
    for (const loaded of this.extractors) {
      const { type, extractor } = loaded;
      const found = extractor.extract({ ...base, earlier: readableBy(loaded, drafts) });
      if (trace) for (const mention of found) trace.proposed.push({ extractor: type, mention });
      append(drafts, found);
    }
    const settled = settleOverlaps(drafts.filter(hasFiniteNumbers), priorityOf, coversType);
    if (trace) trace.dropped = settled.dropped;
    return settled.kept;
  }

  private referenceDateFor(input: InputDocument, cleaned: CleanedText): { date: string | null; source: ReferenceDateSource } {
    if (this.options.referenceDate) return { date: this.options.referenceDate, source: 'option' };
    if (input.published) return { date: input.published, source: 'sidecar' };
    // A page's address dates it more surely than a year read from its text (中新社北京8月10日电 names none).
    const fromUrl = input.url === undefined ? undefined : dateOfUrl(input.url);
    if (fromUrl) return { date: fromUrl, source: 'url' };
    const inferred = withPostingTime(inferReferenceDate(cleaned.text, this.rules), cleaned);
    return inferred ? { date: inferred, source: 'inferred' } : { date: null, source: null };
  }
}

/** Whether facts are linked: asked for, and money among the types written. */
function linksFacts(options: PipelineOptions): boolean {
  return options.facts !== false && (options.types === undefined || options.types.includes('money'));
}

/**
 * Where the text names no day, a posting time on a line the clean stage
 * dropped as chrome (an editor line, 责任编辑：… 2023-05-12 10:15) dates it, if
 * not before the year inferred; a related-news list's dates are other stories'.
 */
function withPostingTime(inferred: string | null, cleaned: CleanedText): string | null {
  if (inferred?.length === 10) return inferred;
  const chrome = cleaned.report.filter((e) => e.step === 'boilerplate' && e.reason !== HEADLINE_LIST_REASON).map((e) => e.text);
  const posted = chrome.length > 0 ? postingTimeOf(chrome) : null;
  if (!posted || (inferred && Number(posted.slice(0, 4)) < Number(inferred.slice(0, 4)))) return inferred;
  return posted;
}

/** A 40,000-digit "number" parses to Infinity: that one mention is dropped, not the whole document. */
function hasFiniteNumbers(draft: DraftMention): boolean {
  const fields = draft as { value?: unknown; value_max?: unknown };
  return isFiniteOrNoNumber(fields.value) && isFiniteOrNoNumber(fields.value_max);
}

function isFiniteOrNoNumber(value: unknown): boolean {
  return typeof value !== 'number' || Number.isFinite(value);
}

function sliceSpan(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

function priorityOf(type: string): number {
  return descriptorOf(type).priority;
}

function coversType(type: string, other: string): boolean {
  return descriptorOf(type).covers?.includes(other) ?? false;
}

/** Mentions at one offset sort in the descriptors' order. */
const TYPE_ORDER: ReadonlyMap<string, number> = new Map(TYPE_DESCRIPTORS.map((d, i) => [d.type, i]));

/**
 * `--types` filters what is written, after everything was found and linked:
 * the mentions of other types go, and the facts' mention indices are renumbered
 * (an index to a mention not written is dropped). No money, no facts.
 */
function onlyTypes(
  mentions: Mention[],
  facts: Fact[],
  types: readonly MentionType[] | undefined,
): { mentions: Mention[]; facts: Fact[] } {
  if (!types) return { mentions, facts };
  const newIndex = new Map<number, number>();
  const kept: Mention[] = [];
  mentions.forEach((mention, index) => {
    if (!types.includes(mention.type)) return;
    newIndex.set(index, kept.length);
    kept.push(mention);
  });
  const renumber = (indexes: number[]) => indexes.flatMap((i) => (newIndex.has(i) ? [newIndex.get(i)!] : []));
  const keptFacts = facts
    .filter((fact) => newIndex.has(fact.money))
    .map((fact) => ({
      ...fact,
      money: newIndex.get(fact.money)!,
      mentions: { when: renumber(fact.mentions.when), where: renumber(fact.mentions.where), who: renumber(fact.mentions.who) },
    }));
  return { mentions: kept, facts: keptFacts };
}

/**
 * Turns drafts into mentions (original code-point offsets and the containing
 * sentence), in output order, with each one's span in the cleaned text.
 */
function locateMentions(
  drafts: readonly DraftMention[],
  cleaned: CleanedText,
  original: string,
): { mentions: Mention[]; cleanSpans: Span[] } {
  const toCodePoint = codePointIndexer(original);
  const sentences = new Sentences(cleaned.text);
  const located = drafts.map((draft) => {
    const span = originalSpan(cleaned.mapped, draft.cleanStart, draft.cleanEnd);
    const mention = withoutCleanOffsets(draft);
    if (spells(cleaned.text, draft.text, draft.cleanStart, draft.cleanEnd)) {
      mention.text = cleaned.mapped.writtenText(original, draft.cleanStart, draft.cleanEnd);
    }
    mention.start = toCodePoint(span.start);
    mention.end = toCodePoint(span.end);
    addSentence(mention, sentences, draft, cleaned.mapped, toCodePoint);
    return { mention: mention as unknown as Mention, span: { start: draft.cleanStart, end: draft.cleanEnd } };
  });
  located.sort((a, b) => a.mention.start - b.mention.start || TYPE_ORDER.get(a.mention.type)! - TYPE_ORDER.get(b.mention.type)!);
  return { mentions: located.map((l) => l.mention), cleanSpans: located.map((l) => l.span) };
}

/** text.slice(start, end) === word, without cutting the slice out (one string per mention saved). */
function spells(text: string, word: string, start: number, end: number): boolean {
  if (start < 0 || end > text.length || start > end) return word === text.slice(start, end);
  return end - start === word.length && text.startsWith(word, start);
}

/**
 * The draft's fields, in their order, less its offsets in the cleaned text.
 * (A plain loop: rest destructuring took V8's slow path, for every mention.)
 */
function withoutCleanOffsets(draft: DraftMention): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const key in draft) {
    if (key !== 'cleanStart' && key !== 'cleanEnd') fields[key] = draft[key as keyof DraftMention];
  }
  return fields;
}

function originalSpan(mapped: MappedText, start: number, end: number): { start: number; end: number } {
  return mapped.originalSpan(start, end);
}

/** Maps UTF-16 indices of `text` to code-point indices (identity when there are no surrogate pairs). */
export function codePointIndexer(text: string): (utf16Index: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (i) => i;
  const table = new Int32Array(text.length + 1);
  let points = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = points;
    const code = text.charCodeAt(i);
    if (!(code >= 0xdc00 && code <= 0xdfff && i > 0 && isHighSurrogate(text.charCodeAt(i - 1)))) points++;
  }
  table[text.length] = points;
  return (i) => table[Math.min(Math.max(i, 0), text.length)]!;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * A sentence field longer than this is cut to a window around the mention:
 * one unpunctuated run of 20,000 clauses made every one of its mentions carry
 * the whole run (70 kB in, 700 MB out, the heap exhausted).
 */
export const MAX_SENTENCE_CHARS = 400;

/** Sets `sentence`, plus the whole sentence's original offsets when it had to be cut. */
function addSentence(
  mention: Record<string, unknown>,
  sentences: Sentences,
  draft: DraftMention,
  mapped: MappedText,
  toCodePoint: (i: number) => number,
): void {
  const span = sentences.spanAt(draft.cleanStart);
  if (!span || span.end - span.start <= MAX_SENTENCE_CHARS) {
    mention.sentence = sentences.at(draft.cleanStart);
    return;
  }
  const room = Math.max(0, MAX_SENTENCE_CHARS - (draft.cleanEnd - draft.cleanStart));
  const from = Math.max(span.start, Math.min(draft.cleanStart - (room >> 1), span.end - MAX_SENTENCE_CHARS));
  const whole = originalSpan(mapped, span.start, span.end);
  mention.sentence = sentences.text.slice(from, Math.max(from + MAX_SENTENCE_CHARS, draft.cleanEnd)).trim();
  mention.sentence_start = toCodePoint(whole.start);
  mention.sentence_end = toCodePoint(whole.end);
}

const SENTENCE_END = /[。！？!?；;\n]/g;
/** A closing quote or bracket right after the end mark belongs to the sentence. */
const SENTENCE_CLOSER = /[”」』’）)]/;

/** The sentences of a text, each cut out once however many mentions it holds. */
class Sentences {
  private readonly spans: Span[] = [];
  private readonly texts: Array<string | undefined> = [];

  constructor(readonly text: string) {
    let start = 0;
    // test() of a global regex moves lastIndex past the match and makes no match array (matchAll makes one per sentence).
    SENTENCE_END.lastIndex = 0;
    while (SENTENCE_END.test(text)) {
      let end = SENTENCE_END.lastIndex;
      while (end < text.length && SENTENCE_CLOSER.test(text[end]!)) end++;
      if (end > start) this.spans.push({ start, end });
      start = end;
    }
    if (start < text.length) this.spans.push({ start, end: text.length });
  }

  /** The sentence holding `index`, trimmed ('' past the end). */
  at(index: number): string {
    const k = this.indexAt(index);
    if (k < 0) return '';
    return (this.texts[k] ??= sliceSpan(this.text, this.spans[k]!).replace(/\n$/, '').trim());
  }

  spanAt(index: number): Span | undefined {
    return this.spans[this.indexAt(index)];
  }

  private indexAt(index: number): number {
    let lo = 0;
    let hi = this.spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const span = this.spans[mid]!;
      if (index < span.start) hi = mid - 1;
      else if (index >= span.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  }
}

// A crawled page may open with its site's name (某某网) above the headline.
const SITE_NAME = /^[\u4e00-\u9fff]{1,6}网$/;

const HAS_CHINESE = /[\u3400-\u9fff]/;

// A crawled page's own title field: front matter (title: '…') or an HTML <title>.
const TITLE_FIELD = /^(?:title\s*[:=]\s*["'“]?|<title>)(.+?)(?:["'”]?|<\/title>.*)$/i;

/** The headline: the first paragraph with Chinese text that is not a bare site name (markup debris is neither). */
function titleOf(cleaned: CleanedText): string {
  const lines = cleaned.paragraphs.map((span) => sliceSpan(cleaned.text, span));
  const headline = lines.find((line) => HAS_CHINESE.test(line) && !SITE_NAME.test(line.trim())) ?? lines[0] ?? '';
  return TITLE_FIELD.exec(headline.trim())?.[1]?.trim() ?? headline;
}
