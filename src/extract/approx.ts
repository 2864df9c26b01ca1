import { APPROX_VALUES, type Approx } from '../model/mention';
import { allOf, oneOf, type RuleFileSpec, type RuleSet } from '../rules/loader';
import type { ExtractContext } from './types';
import { alternation, escapeRegex } from '../util/alternation';

// Approximation qualifiers (约, 近, 余, 多, 以上 …) from rules/approx.tsv,
// shared by the money, percent and count extractors.

const POSITIONS = ['prefix', 'bare', 'infix', 'suffix', 'adverb'] as const;
export type QualifierPosition = (typeof POSITIONS)[number];

export const APPROX_RULES: RuleFileSpec = {
  file: 'approx.tsv',
  columns: ['word', 'approx', 'position'],
  check: allOf(oneOf('approx', APPROX_VALUES), oneOf('position', POSITIONS)),
};

export const NOT_QUALIFIER_RULES: RuleFileSpec = {
  file: 'approx-not-qualifier.tsv',
  columns: ['word'],
};

export const VERB_RULES: RuleFileSpec = {
  file: 'approx-verbs.tsv',
  columns: ['word', 'role'],
  check: oneOf('role', ['aux', 'verb', 'per-unit']),
};

/** Every rule file loadApproxWords reads, for an extractor's `ruleFiles`. */
export const APPROX_RULE_FILES: readonly RuleFileSpec[] = [APPROX_RULES, NOT_QUALIFIER_RULES, VERB_RULES];

export interface ApproxWords {
  /** Regex source alternations, longest first (never empty: an empty list matches nothing). */
  pattern(position: QualifierPosition): string;
  /** The words of a position. */
  words(position: QualifierPosition): readonly string[];
  approxOf(word: string | undefined, position: QualifierPosition): Approx | undefined;
  /** A prefix qualifier at the end of a string / a suffix qualifier at its start. */
  readonly prefixAtEnd: RegExp;
  readonly suffixAtStart: RegExp;
  /** Words such as 节约 whose last character only looks like a qualifier. */
  readonly notQualifierAtEnd: RegExp;
  /** An adverb qualifier and the verb after it, at the end of a string (至少得到, 最多可获得). */
  readonly adverbBeforeVerbAtEnd: RegExp;
  /** The last characters of those verbs: the pattern is tried only after one. */
  readonly verbEnds: ReadonlySet<string>;
  /** A unit a price is stated per, at the end of a string (接近|每斤|10元): a prefix qualifier may stand before it. */
  readonly perUnitAtEnd: RegExp;
}

export function loadApproxWords(rules: RuleSet): ApproxWords {
  const byPosition = new Map<QualifierPosition, Map<string, Approx>>(POSITIONS.map((p) => [p, new Map()]));
  for (const row of rules.load(APPROX_RULES)) {
    byPosition.get(row.cells.position as QualifierPosition)!.set(row.cells.word!, row.cells.approx as Approx);
  }
  const notQualifier = rules.load(NOT_QUALIFIER_RULES).map((r) => escapeRegex(r.cells.word!));
  const verbRows = rules.load(VERB_RULES);
  const verbsOf = (role: string) => verbRows.filter((r) => r.cells.role === role).map((r) => r.cells.word!);
  const patterns = new Map<QualifierPosition, string>();
  for (const [position, words] of byPosition) {
    patterns.set(position, alternation(words.keys()));
  }
  return {
    prefixAtEnd: new RegExp(`(?:${patterns.get('prefix')})$`),
    suffixAtStart: new RegExp(`^(?:${patterns.get('suffix')})`),
    notQualifierAtEnd: new RegExp(`(?:${notQualifier.join('|') || '(?!)'})$`),
    adverbBeforeVerbAtEnd: new RegExp(`(?<adverb>${patterns.get('adverb')})(?:${alternation(verbsOf('aux'))})?(?:${alternation(verbsOf('verb'))})了?$`),
    verbEnds: new Set([...verbsOf('verb').map((verb) => verb.at(-1)!), '了']),
    perUnitAtEnd: new RegExp(`(?:${alternation(verbsOf('per-unit'))})$`),
    pattern: (position) => patterns.get(position)!,
    words: (position) => [...byPosition.get(position)!.keys()],
    approxOf: (word, position) => (word ? byPosition.get(position)!.get(word) : undefined),
  };
}

/** How far before a number a prefix qualifier the tokenizer joins to it may start (接近一成, 超过了三亿元). */
const JOINED_QUALIFIER_REACH = 4;

/**
 * A prefix qualifier ends right before `start` (达五亿元, 近一成): a Chinese numeral there
 * starts a number even where jieba runs the two into one word.
 */
export function qualifierJustBefore(approx: ApproxWords, text: string, start: number): boolean {
  return approx.prefixAtEnd.test(text.slice(Math.max(0, start - JOINED_QUALIFIER_REACH), start));
}

/**
 * The qualifiers standing just before `start` and just after `end` in the
 * text. A prefix that ends a longer word (约 in 节约, 近 in 最近) is not one,
 * unless the qualifier listed is longer still (折合约).
 */
export function qualifiersAround(
  ctx: ExtractContext,
  words: ApproxWords,
  start: number,
  end: number,
): { prefix?: Approx; suffix?: Approx } {
  const { text } = ctx;
  // OCR spaces between a qualifier and its number (超过 22 万人次, 80% 以上) do not part them.
  const from = isOcrSpace(text.charCodeAt(start - 1)) ? pastSpacesBefore(text, start) : start;
  const to = pastInclusionMark(text, isOcrSpace(text.charCodeAt(end)) ? pastSpacesAfter(text, end) : end);
  const qualifierEnd = pastPerUnitBefore(text, words, from);
  const before = text.slice(Math.max(0, qualifierEnd - 4), qualifierEnd);
  const prefix = words.prefixAtEnd.exec(before);
  const after = words.suffixAtStart.exec(text.slice(to, to + 3));
  const written = prefix && !endsLongerWord(words, before, prefix[0]) ? words.approxOf(prefix[0], 'prefix') : undefined;
  // 达 alone is exact, but an adverb before it still qualifies the number (至少达40家, 约达13亿元).
  return {
    prefix: written === undefined || written === 'exact' ? (adverbBeforeVerb(text, words, from) ?? written) : written,
    suffix: after ? words.approxOf(after[0], 'suffix') : undefined,
  };
}

/** How many characters a per-unit phrase before a number may take (每平方米). */
const PER_UNIT_REACH = 5;

/** Where the text before `start` ends once a per-unit phrase right before it is left out (接近|每斤|10元). */
function pastPerUnitBefore(text: string, words: ApproxWords, start: number): number {
  const unit = words.perUnitAtEnd.exec(text.slice(Math.max(0, start - PER_UNIT_REACH), start));
  return unit === null ? start : start - unit[0].length;
}

/** Regex source of a bound marked as included, as rules and notices write it: 50万元（含）以上, 1万(含)-5万元. */
export const INCLUSION_MARK = '[(（]含[)）]';
const INCLUSION_MARK_AT = new RegExp(INCLUSION_MARK, 'y');

/** Where the text after `end` goes on past an inclusion mark right after it. */
function pastInclusionMark(text: string, end: number): number {
  INCLUSION_MARK_AT.lastIndex = end;
  return INCLUSION_MARK_AT.test(text) ? end + 3 : end;
}

/** As many OCR spaces as a number's parts may hold (count.ts reads up to four between them). */
const MAX_OCR_SPACES = 4;

/** A space, a tab or an ideographic space, by char code (NaN past either end of the text is none). */
function isOcrSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000;
}

/** Where the text before `start` ends once the spaces right before it are left out. */
function pastSpacesBefore(text: string, start: number): number {
  let at = start;
  while (at > 0 && start - at < MAX_OCR_SPACES && isOcrSpace(text.charCodeAt(at - 1))) at--;
  return at;
}

/** Where the text after `end` starts once the spaces right after it are left out. */
function pastSpacesAfter(text: string, end: number): number {
  let at = end;
  while (at - end < MAX_OCR_SPACES && isOcrSpace(text.charCodeAt(at))) at++;
  return at;
}

/** 至少得到25万元, 最多可获得5000元, 大约增长了5%: an adverb qualifier governs the number after its verb. */
function adverbBeforeVerb(text: string, words: ApproxWords, start: number): Approx | undefined {
  if (!words.verbEnds.has(text[start - 1] ?? '')) return undefined;
  const before = text.slice(Math.max(0, start - 8), start);
  const match = words.adverbBeforeVerbAtEnd.exec(before);
  if (match === null) return undefined;
  const adverb = match.groups!.adverb!;
  // 约 of 节约投入 is no adverb.
  if (endsLongerWord(words, before.slice(0, match.index + adverb.length), adverb)) return undefined;
  return words.approxOf(adverb, 'adverb');
}

/** The qualifier is the end of a longer word (约 in 合约), unless it is the longer one itself (折合约 = 折合 + 约). */
function endsLongerWord(words: ApproxWords, before: string, qualifier: string): boolean {
  const word = words.notQualifierAtEnd.exec(before);
  return word !== null && word[0].length > qualifier.length;
}

/**
 * Combines the qualifiers around one number: an inner (infix) or trailing
 * qualifier says more than a leading 达/共计, and any non-exact one wins.
 */
export function combineApprox(...found: Array<Approx | undefined>): Approx {
  return found.find((a) => a !== undefined && a !== 'exact') ?? 'exact';
}

/** Kept here for the extractors that import it from approx (one implementation: util/alternation). */
export { escapeRegex };
