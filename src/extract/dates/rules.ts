import { allOf, oneOf, type RuleFileSpec, type RuleSet } from '../../rules/loader';
import { escapeRegex } from '../approx';
import { DATE_REPORT_PERIOD_RULES } from './report-period';

// The date extractor's rule files and what they load into: relative words,
// weekdays, parts of a year, English month names, context words and
// figurative uses. Everything here is read once, in create().

const wholeNumber = (column: string) => (row: { cells: Readonly<Record<string, string>> }) =>
  /^[+-]?\d+$/.test(row.cells[column] ?? '') ? undefined : `column "${column}" must be a whole number`;

export const RELATIVE_ANCHORS = ['reference', 'previous-year', 'about-year', 'previous-day', 'previous-month', 'reference-day', 'reference-month', 'reference-quarter'] as const;
export type RelativeAnchor = (typeof RELATIVE_ANCHORS)[number];

export const DATE_RELATIVE_RULES: RuleFileSpec = {
  file: 'date-relative.tsv',
  columns: ['word', 'anchor', 'offset'],
  check: allOf(oneOf('anchor', RELATIVE_ANCHORS), wholeNumber('offset')),
};

export const DATE_WEEKDAY_RULES: RuleFileSpec = {
  file: 'date-weekdays.tsv',
  columns: ['word', 'kind', 'value'],
  check: allOf(oneOf('kind', ['day', 'shift']), wholeNumber('value')),
};

export const DATE_YEAR_PART_RULES: RuleFileSpec = {
  file: 'date-year-parts.tsv',
  columns: ['word', 'from', 'to', 'standalone', 'not_before'],
  required: 1,
  check: allOf(oneOf('standalone', ['yes', 'no']), (row) => {
    const { from, to } = row.cells;
    if (!from && !to) return undefined;
    const [a, b] = [Number(from), Number(to)];
    return Number.isInteger(a) && Number.isInteger(b) && a >= 1 && b <= 12 && a <= b ? undefined : 'columns "from"/"to" must be months 1-12, from ≤ to, or both empty';
  }),
};

export const DATE_MONTH_NAME_RULES: RuleFileSpec = {
  file: 'date-month-names.tsv',
  columns: ['name', 'month'],
  check: (row) => (/^(?:[1-9]|1[0-2])$/.test(row.cells.month ?? '') ? undefined : 'column "month" must be 1-12'),
};

export const CONTEXT_ROLES = [
  'plan', 'target-before', 'target-after', 'duration-after', 'duration-after-calendar', 'duration-before', 'not-after-bare-year',
  'age', 'recurring', 'not-after-month', 'not-bare-day', 'two-digit-year-cue', 'two-digit-year-cue-after', 'chinese-month-cue-after', 'chinese-month-scene-after', 'chinese-month-scene-place-end', 'span-connector', 'span-open', 'year-span-after', 'roc-age-before', 'taiwan-text', 'roc-year-alone-not-before', 'bracketed-word-end',
  'span-between', 'span-and', 'not-span-end', 'back-then', 'five-year-plan', 'dateline', 'year-end-standalone-after', 'age-lead', 'day-alone-not-before', 'day-alone-not-after',
  'prior-year-before', 'prior-year-after', 'baseline-before', 'baseline-after', 'modifier-verb', 'period-start-before', 'period-start-after', 'years-elapsed-after', 'years-since-start-after', 'since-after', 'date-after-calendar', 'time-of-day',
  'dateline-label', 'dateline-key', 'wire-dateline-after', 'history-after', 'record-after', 'since-before', 'month-part', 'dotted-month-before', 'year-end', 'years-passed', 'years-passed-before', 'not-after-stated-year',
  'change-to', 'completed-year-after', 'compared-before', 'compared-after', 'second-to-before', 'history-before', 'back-then-people', 'next-year-goal', 'completed-year-not-after', 'damaged-day-before', 'year-end-standalone-before', 'year-within', 'year-within-before', 'arranged-year-before', 'submitted-year-before', 'budget-draft-after', 'fiscal-year-after', 'original-title-label', 'drafted-ahead-after', 'closed-year-after', 'related-heading', 'event-day-after', 'summed-year-end', 'day-alone-hao-after', 'first-months-not-after',
  'season', 'day-alone-hao-not-before', 'latin-year-before', 'dateline-verb', 'plan-released', 'day-alone-single-after', 'plan-first-year', 'plan-last-year', 'user-panel', 'copyright-line', 'plan-drafting',
  'this-year-before', 'this-year-not-before', 'this-year-not-after', 'dateline-bare-label', 'dateline-chrome-after', 'completion-after', 'not-plan',
  'series-season-after', 'annual-report-after', 'cutoff-before', 'source-label', 'programme-word', 'series-season-before',
  'vision-after',
  'streak-before',
  'in-force-after',
  'clock-weekday',
  'byline-label',
  'annual-title-end',
  'weekday-name-before',
  'photo-credit',
  'day-alone-still-after',
  'statute-verb',
  'statute-modal',
  'habitual-before',
  'start-day-not-before',
  'start-day-not-after',
  'same-year-after',
  'weekday-not-after',
  'deadline',
] as const;
export type ContextRole = (typeof CONTEXT_ROLES)[number];

export const DATE_CONTEXT_RULES: RuleFileSpec = {
  file: 'date-context.tsv',
  columns: ['role', 'word'],
  check: oneOf('role', CONTEXT_ROLES),
};

/** Well-known events and the year they happened (counted from by …N周年; an event day naming one is in that year). */
export const DATE_ANNIVERSARY_RULES: RuleFileSpec = {
  file: 'date-anniversaries.tsv',
  columns: ['keyword', 'year'],
  check: (row) => (/^\d{4}$/.test(row.cells.year ?? '') ? undefined : 'column "year" must be a four-digit year'),
};

export const DATE_FIGURATIVE_RULES: RuleFileSpec = {
  file: 'date-figurative.tsv',
  columns: ['word', 'before', 'after'],
  required: 1,
};

export const DATE_RULE_FILES: readonly RuleFileSpec[] = [
  DATE_RELATIVE_RULES,
  DATE_WEEKDAY_RULES,
  DATE_YEAR_PART_RULES,
  DATE_MONTH_NAME_RULES,
  DATE_CONTEXT_RULES,
  DATE_FIGURATIVE_RULES,
  DATE_REPORT_PERIOD_RULES,
];

export interface RelativeWord {
  anchor: RelativeAnchor;
  offset: number;
}

export interface YearPart {
  /** First and last month; undefined for the whole year (年初, 春季). */
  from?: number;
  to?: number;
  standalone: boolean;
  notBefore: string;
  /** The end of the year (年底, 年末): its time is December, though its value is the year. */
  endsYear?: boolean;
  /** A season (夏天, 冬季): after a relative year it belongs to the phrase (今年夏天), as 年底 does not. */
  season?: boolean;
  /** Within the year (年内): a date wherever it stands, where 年底 alone needs a word of a point in time. */
  within?: boolean;
}

export interface Figurative {
  before: string;
  after: string;
}

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/**
 * Regex source matching any of `words`, longest first, written as a trie
 * (今(?:年|天|日)…): the engine then branches on one character instead of
 * trying every word at every position.
 */
export function trieRegex(words: Iterable<string>): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const word of words) {
    let node = root;
    for (const ch of word) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  return root.next.size === 0 ? '(?!)' : emit(root);
}

function emit(node: TrieNode): string {
  const branches = [...node.next].map(([ch, child]) => escapeRegex(ch) + (child.next.size > 0 ? emitChild(child) : ''));
  return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
}

function emitChild(node: TrieNode): string {
  const rest = emit(node);
  const grouped = rest.startsWith('(?:') || [...rest].length === 1 ? rest : `(?:${rest})`;
  return node.end ? `${grouped}?` : grouped;
}

/** Words of one context role, as a set and as a regex alternation (longest first). */
export class WordList {
  readonly words: readonly string[];
  readonly pattern: string;
  private readonly set: ReadonlySet<string>;
  private readonly endsWith: RegExp;
  private readonly startsWith: RegExp;

  constructor(words: readonly string[]) {
    this.words = [...new Set(words)].sort((a, b) => b.length - a.length);
    this.set = new Set(this.words);
    this.pattern = this.words.length > 0 ? this.words.map(escapeRegex).join('|') : '(?!)';
    this.endsWith = new RegExp(`(?:${this.pattern})$`);
    this.startsWith = new RegExp(`^(?:${this.pattern})`);
  }

  has(word: string): boolean {
    return this.set.has(word);
  }

  /** True when `text` ends with one of the words. */
  ends(text: string): boolean {
    return this.endsWith.test(text);
  }

  /** The word `text` starts with, if any. */
  starts(text: string): string | undefined {
    return this.startsWith.exec(text)?.[0];
  }

  /** `ends` without a slice: a word ends at `at` and starts at or after `from`. */
  endsAt(text: string, at: number, from = 0): boolean {
    for (const word of this.words) {
      const start = at - word.length;
      if (start >= from && text.startsWith(word, start)) return true;
    }
    return false;
  }

  /** `starts` without a slice: the longest word that starts at `at` and ends by `to`. */
  startsAt(text: string, at: number, to = text.length): string | undefined {
    for (const word of this.words) if (at + word.length <= to && text.startsWith(word, at)) return word;
    return undefined;
  }

  /** True when one of the words occurs in `text`. */
  occursIn(text: string): boolean {
    return this.words.some((w) => text.includes(w));
  }
}

export interface DateRules {
  relativeWords: ReadonlyMap<string, RelativeWord>;
  weekdays: ReadonlyMap<string, number>;
  weekShifts: ReadonlyMap<string, number>;
  yearParts: ReadonlyMap<string, YearPart>;
  monthNames: ReadonlyMap<string, number>;
  figurative: ReadonlyMap<string, readonly Figurative[]>;
  context(role: ContextRole): WordList;
}

export function loadDateRules(rules: RuleSet): DateRules {
  const relativeWords = new Map<string, RelativeWord>();
  for (const row of rules.load(DATE_RELATIVE_RULES)) {
    relativeWords.set(row.cells.word!, { anchor: row.cells.anchor as RelativeAnchor, offset: Number(row.cells.offset) });
  }
  const weekdays = new Map<string, number>();
  const weekShifts = new Map<string, number>();
  for (const row of rules.load(DATE_WEEKDAY_RULES)) {
    (row.cells.kind === 'day' ? weekdays : weekShifts).set(row.cells.word!, Number(row.cells.value));
  }
  const contextWords = (role: ContextRole) => new Set(rules.load(DATE_CONTEXT_RULES).filter((row) => row.cells.role === role).map((row) => row.cells.word!));
  const yearEnds = contextWords('year-end');
  const seasons = contextWords('season');
  const withinYear = contextWords('year-within');
  const yearParts = new Map<string, YearPart>();
  for (const row of rules.load(DATE_YEAR_PART_RULES)) {
    const { word, from, to, standalone, not_before: notBefore } = row.cells;
    yearParts.set(word!, {
      from: from ? Number(from) : undefined,
      to: to ? Number(to) : undefined,
      standalone: standalone === 'yes',
      notBefore: notBefore ?? '',
      endsYear: yearEnds.has(word!),
      season: seasons.has(word!),
      within: withinYear.has(word!),
    });
  }
  const monthNames = new Map<string, number>();
  for (const row of rules.load(DATE_MONTH_NAME_RULES)) monthNames.set(row.cells.name!, Number(row.cells.month));
  const figurative = new Map<string, Figurative[]>();
  for (const row of rules.load(DATE_FIGURATIVE_RULES)) {
    const list = figurative.get(row.cells.word!) ?? [];
    list.push({ before: row.cells.before ?? '', after: row.cells.after ?? '' });
    figurative.set(row.cells.word!, list);
  }
  const byRole = new Map<ContextRole, string[]>();
  for (const row of rules.load(DATE_CONTEXT_RULES)) {
    const role = row.cells.role as ContextRole;
    byRole.set(role, [...(byRole.get(role) ?? []), row.cells.word!]);
  }
  const lists = new Map<ContextRole, WordList>(CONTEXT_ROLES.map((role) => [role, new WordList(byRole.get(role) ?? [])]));
  return { relativeWords, weekdays, weekShifts, yearParts, monthNames, figurative, context: (role) => lists.get(role)! };
}

/**
 * A line of its own that heads teasers of other stories (新闻推荐, 相关新闻):
 * what follows it is not the article. `words` is the role's alternation.
 */
export function relatedHeadingLine(words: string): RegExp {
  // A short topic may come first (经济新闻精选, 更多相关阅读).
  return new RegExp(`\\n[ \\t\u3000]*[\\u4e00-\\u9fff]{0,4}(?:${words})[ \\t\u3000]*[：:]?[ \\t\u3000]*(?=\\n|$)`);
}

/**
 * Where the teasers of other stories start: a related-news heading line after
 * the article's first third (a story does not start there), or -1.
 */
export function relatedTeasersStart(text: string, heading: RegExp): number {
  const found = heading.exec(text);
  return found && found.index >= text.length / 3 ? found.index : -1;
}
