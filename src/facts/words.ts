import { allOf, oneOf, type RuleFileSpec, type RuleRow, type RuleSet } from '../rules/loader';
import { alternation } from '../util/alternation';

// The words of rules/fact-words.tsv, one compiled matcher per role. Built once
// per pipeline (in create()), never per document.

export const FACT_ROLES = [
  'giver', 'introducer', 'donor-marker', 'unnamed', 'completion', 'start', 'recurrence', 'cumulative',
  'comparison', 'statistic', 'carry-on', 'destination', 'total', 'purpose', 'organisation', 'whole-year',
  'self', 'date-name', 'summary', 'review', 'own-time', 'cutoff', 'origin', 'obtain', 'central', 'provincial', 'prefectural', 'unnamed-subject', 'signing', 'receiver', 'name-lead', 'change', 'comparison-end',
  'purpose-lead', 'amount-tail', 'not-purpose', 'aside', 'review-end',
  'name-break', 'by', 'list-end', 'list-end-subject', 'breakdown', 'funding', 'review-copula',
] as const;
export type FactRole = (typeof FACT_ROLES)[number];

/** Levels of government money is obtained from (争取中央和省级资金). */
export type GrantLevel = 'central' | 'province' | 'prefecture';
const LEVEL_ROLES: ReadonlyArray<[FactRole, GrantLevel]> = [
  ['central', 'central'],
  ['provincial', 'province'],
  ['prefectural', 'prefecture'],
];

export const FACT_WORD_RULES: RuleFileSpec = {
  file: 'fact-words.tsv',
  columns: ['word', 'role'],
  check: allOf(oneOf('role', FACT_ROLES), oneCharacterNameBreak),
};

/** name-break words are tested one character at a time, so each must be one character. */
function oneCharacterNameBreak(row: RuleRow): string | undefined {
  return row.cells.role === 'name-break' && row.cells.word!.length !== 1 ? 'a name-break word must be one character' : undefined;
}

/** Matchers for one role: anywhere (first, and every one), at the start, at the end of a piece of text. */
interface RoleMatcher {
  first: RegExp;
  every: RegExp;
  atStart: RegExp;
  atEnd: RegExp;
}

export class FactWords {
  private constructor(
    private readonly matchers: Readonly<Record<FactRole, RoleMatcher>>,
    private readonly lists: ReadonlyMap<FactRole, readonly string[]>,
    private readonly nameBreaks: ReadonlySet<string>,
    /** A word of either role: one search where a sentence is asked for both. */
    private readonly giverOrMarker: RegExp,
  ) {}

  static create(rules: RuleSet): FactWords {
    const words = new Map<FactRole, string[]>(FACT_ROLES.map((role) => [role, []]));
    for (const row of rules.load(FACT_WORD_RULES)) words.get(row.cells.role as FactRole)!.push(row.cells.word!);
    const matchers = {} as Record<FactRole, RoleMatcher>;
    for (const [role, list] of words) {
      // Longest first, so 投入使用 wins over 投入; an empty role matches nothing.
      const pattern = alternation(list);
      matchers[role] = {
        first: new RegExp(`(?:${pattern})`),
        every: new RegExp(`(?:${pattern})`, 'g'),
        atStart: new RegExp(`^(?:${pattern})`),
        atEnd: new RegExp(`(?:${pattern})$`),
      };
    }
    return new FactWords(matchers, words, new Set(words.get('name-break')), new RegExp(`(?:${alternation([...words.get('giver')!, ...words.get('donor-marker')!])})`));
  }

  /** True when `text` holds a giving verb or a donor marker. */
  hasGiverOrMarker(text: string): boolean {
    return this.giverOrMarker.test(text);
  }

  /** True when `text` holds a word of `role`. */
  has(text: string, role: FactRole): boolean {
    return this.matchers[role].first.test(text);
  }

  /** Index of the first word of `role` in `text`, -1 when none. */
  indexOf(text: string, role: FactRole): number {
    return text.search(this.matchers[role].first);
  }

  /** Every word of `role` in `text`, with where it starts and ends. */
  all(text: string, role: FactRole): Array<{ start: number; end: number }> {
    const found: Array<{ start: number; end: number }> = [];
    const regex = this.matchers[role].every;
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match; match = regex.exec(text)) found.push({ start: match.index, end: match.index + match[0].length });
    return found;
  }

  /**
   * Index of the first giving verb of `text` that is not part of a total
   * (总投资, a noun) or of a completion (投入使用), -1 when none.
   */
  giverAt(text: string): number {
    const first = this.indexOf(text, 'giver');
    if (first < 0 || (!this.has(text, 'total') && !this.has(text, 'completion'))) return first;
    const covered = [...this.all(text, 'total'), ...this.all(text, 'completion')];
    for (const verb of this.all(text, 'giver')) {
      if (!covered.some((word) => word.start < verb.end && verb.start < word.end)) return verb.start;
    }
    return -1;
  }

  /** The levels of government named in `text` (中央和省级 → central, province), in text order. */
  levels(text: string): GrantLevel[] {
    const found: Array<{ start: number; level: GrantLevel }> = [];
    for (const [role, level] of LEVEL_ROLES) for (const word of this.all(text, role)) found.push({ start: word.start, level });
    return found.sort((a, b) => a.start - b.start).map((f) => f.level);
  }

  /** The word of `role` that `text` starts with, or ''. */
  startOf(text: string, role: FactRole): string {
    return this.matchers[role].atStart.exec(text)?.[0] ?? '';
  }

  /** `text` without the words of `role` it starts with (的左右 of 的左右用于…). */
  withoutLeading(text: string, role: FactRole): string {
    let rest = text;
    for (let word = this.startOf(rest, role); word !== ''; word = this.startOf(rest, role)) rest = rest.slice(word.length);
    return rest;
  }

  endsWith(text: string, role: FactRole): boolean {
    return this.matchers[role].atEnd.test(text);
  }

  /** True when a word of `role` starts at `at` in `text` (no string is cut out). */
  startsAt(text: string, at: number, role: FactRole): boolean {
    return this.lists.get(role)!.some((word) => text.startsWith(word, at));
  }

  /** True when a word of `role` ends at `end` in `text` and starts at `floor` or later. */
  endsAt(text: string, end: number, role: FactRole, floor = 0): boolean {
    return this.lists.get(role)!.some((word) => end - word.length >= floor && text.endsWith(word, end));
  }

  /** True when `character` is a name-break word (的, 和, 由 …): an organisation name does not hold it. */
  breaksName(character: string): boolean {
    return this.nameBreaks.has(character);
  }
}
