import { allOf, oneOf, type RuleFileSpec, type RuleRow, type RuleSet } from '../rules/loader';
import { alternation } from '../util/alternation';

// The words of rules/fact-words.tsv, one compiled matcher per role. Built once
// per pipeline (in create()), never per document.

export const FACT_ROLES = [
  'giver', 'introducer', 'donor-marker', 'unnamed', 'completion', 'start', 'recurrence', 'cumulative',
  'comparison', 'statistic', 'carry-on', 'destination', 'total', 'purpose', 'organisation', 'whole-year',
  'self', 'date-name', 'summary', 'review', 'own-time', 'cutoff', 'origin', 'obtain', 'central', 'provincial', 'prefectural', 'unnamed-subject', 'signing', 'receiver', 'name-lead', 'change', 'comparison-end',
  'purpose-lead', 'amount-tail', 'not-purpose', 'aside', 'review-end',
  'name-break', 'by', 'list-end', 'list-end-subject', 'breakdown', 'funding', 'review-copula', 'topic-start', 'topic-end', 'argument-turn', 'period-figure', 'same-period', 'generic-name', 'whole-name', 'fine', 'fined-ending', 'prize', 'dateline-end', 'company-ending', 'change-from', 'change-to', 'project', 'national-prefix', 'national-government', 'same-event', 'caption', 'venue',
  'since-start', 'since-end', 'period-end', 'central-fund', 'aid-target', 'generic-place', 'class-bound', 'class-noun', 'aid-giving', 'within', 'struck', 'follows', 'stationed', 'national-scope', 'region-noun', 'class-count', 'ending-tail', 'source', 'granted', 'state-grant', 'aid-team', 'signing-venue', 'donor-origin', 'ministry', 'anaphor', 'name-tail', 'party-join', 'fund-ending', 'person', 'institution', 'whole-of', 'abroad', 'page-date', 'count-measure', 'people', 'split', 'department', 'speaker', 'contract', 'contract-partner', 'signed-sum', 'approve', 'province-self', 'acts-for', 'branch', 'delegation', 'staff',
  'disaster', 'distributive', 'central-fund-end', 'central-not', 'to-place', 'inclusion', 'example-measure', 'executor', 'rest', 'site-label', 'event-name', 'investor-label', 'respective', 'own-place', 'central-included', 'rank-lead', 'pact', 'pact-government', 'announce', 'announcer-anaphor', 'channel', 'gift-noun', 'county-level', 'sum-lead', 'realised', 'in-name-of', 'distribute',
  'aid-pact', 'donor-province', 'travel', 'budget', 'byline-end', 'organise', 'host', 'superlative',
  'opening-year-block', 'opening-year-plan', 'recipient-ending', 'handout', 'gathering', 'list-gift', 'donor-group', 'list-opener',
  'topic-end-after-in', 'central-scheme', 'plan-period', 'plan-listing', 'time-superlative', 'drive-organiser', 'resident', 'money-anaphor', 'pairing', 'paired-region',
  'year-figure', 'view-start', 'view-end', 'year-name-kind', 'pledge', 'route', 'label-copula', 'legal-suffix', 'fund-sources', 'years-ahead', 'unnamed-divisions', 'sector-statistic',
] as const;
export type FactRole = (typeof FACT_ROLES)[number];

/** Levels of government money is obtained from (争取中央和省级资金). */
export type GrantLevel = 'central' | 'province' | 'prefecture' | 'county';
const LEVEL_ROLES: ReadonlyArray<[FactRole, GrantLevel]> = [
  ['central', 'central'],
  ['provincial', 'province'],
  ['prefectural', 'prefecture'],
  ['county-level', 'county'],
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

/**
 * The words of one role, read at positions of a text without cutting it: a
 * word may start only where a small hashed bit table of first units says so
 * (most positions are rejected by one read), and only there are the words
 * with that first unit compared, longest first. Asked thousands of times per
 * document over a few characters each, this costs less than a regex call on a
 * cut-out string; the answers are those of the alternation `alternation(words)`.
 */
class RoleWords {
  /** 1024 bits, by the low bits of a word's first UTF-16 unit. */
  private readonly firstUnits = new Uint32Array(HASHED_UNITS >>> 5);
  private readonly byFirstUnit = new Map<number, string[]>();
  /** The same, by last unit, for words asked to end at a position. */
  private readonly lastUnits = new Uint32Array(HASHED_UNITS >>> 5);
  private readonly byLastUnit = new Map<number, string[]>();

  constructor(words: readonly string[]) {
    // Longest first (as the alternation orders them), so 投入使用 wins over 投入.
    const sorted = [...new Set(words)].filter((w) => w.length > 0).sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
    for (const word of sorted) {
      addByUnit(this.firstUnits, this.byFirstUnit, word.charCodeAt(0), word);
      addByUnit(this.lastUnits, this.byLastUnit, word.charCodeAt(word.length - 1), word);
    }
  }



  /** The longest word starting at `at` and ending by `to`, or '' (`at` < `to`). */
  longestAt(text: string, at: number, to: number): string {
    const unit = text.charCodeAt(at);
    if (!hashedHas(this.firstUnits, unit)) return '';
    const candidates = this.byFirstUnit.get(unit);
    if (candidates === undefined) return '';
    for (let k = 0; k < candidates.length; k++) {
      const word = candidates[k]!;
      if (at + word.length <= to && text.startsWith(word, at)) return word;
    }
    return '';
  }

  /** Where the first word inside text[from, to) starts, -1 when none (or when it starts after `lastStart`). */
  firstIn(text: string, from: number, to: number, lastStart = to): number {
    const end = Math.min(to, text.length);
    const last = Math.min(lastStart, end - 1);
    for (let at = from; at <= last; at++) if (this.longestAt(text, at, end) !== '') return at;
    return -1;
  }

  /** Every word of the whole text, read where its last character stands (few, rare last characters: the ministries). */
  allByLast(text: string): Array<{ start: number; end: number }> {
    const found: Array<{ start: number; end: number }> = [];
    for (const [unit, candidates] of this.byLastUnit) {
      const last = String.fromCharCode(unit);
      for (let at = text.indexOf(last); at >= 0; at = text.indexOf(last, at + 1)) {
        const word = candidates.find((w) => text.endsWith(w, at + 1));
        if (word !== undefined) found.push({ start: at + 1 - word.length, end: at + 1 });
      }
    }
    return found.sort((a, b) => a.start - b.start);
  }

  /** A word ends at `end` and starts at `floor` or later. */
  endsAt(text: string, end: number, floor: number): boolean {
    // endsWith reads a text cut at its length: so is the unit read here.
    const unit = text.charCodeAt(Math.min(end, text.length) - 1);
    if (!hashedHas(this.lastUnits, unit)) return false;
    const candidates = this.byLastUnit.get(unit);
    if (candidates === undefined) return false;
    for (let k = 0; k < candidates.length; k++) {
      const word = candidates[k]!;
      if (end - word.length >= floor && text.endsWith(word, end)) return true;
    }
    return false;
  }
}

/** Every match of a global regex in a text, with where it starts and ends. */
function allMatches(regex: RegExp, text: string): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match; match = regex.exec(text)) found.push({ start: match.index, end: match.index + match[0].length });
  return found;
}

function addByUnit(hashed: Uint32Array, byUnit: Map<number, string[]>, unit: number, word: string): void {
  hashed[(unit & (HASHED_UNITS - 1)) >>> 5] |= 1 << (unit & 31);
  const bucket = byUnit.get(unit);
  if (bucket) bucket.push(word);
  else byUnit.set(unit, [word]);
}

/** The unit's bit in a hashed table (NaN, read past a text's end, reads bit 0 and finds no word). */
function hashedHas(hashed: Uint32Array, unit: number): boolean {
  return (hashed[(unit & (HASHED_UNITS - 1)) >>> 5]! & (1 << (unit & 31))) !== 0;
}

/** Size of a role's hashed table of first units (a power of two). */
const HASHED_UNITS = 1024;

export class FactWords {
  private constructor(
    private readonly roles: Readonly<Record<FactRole, RoleWords>>,
    /** Per role, its words anywhere in a whole text (the regex engine skips ahead faster over long texts). */
    private readonly everywhere: Readonly<Record<FactRole, RegExp>>,
    /** The name-break words (one character each), as code units. */
    private readonly nameBreaks: ReadonlySet<number>,
    /** A word of either role: one search where a sentence is asked for both. */
    private readonly giverOrMarker: RoleWords,
    /** The organisation endings and national prefixes together. */
    private readonly partyWords: RegExp,
  ) {}

  static create(rules: RuleSet): FactWords {
    const words = new Map<FactRole, string[]>(FACT_ROLES.map((role) => [role, []]));
    for (const row of rules.load(FACT_WORD_RULES)) words.get(row.cells.role as FactRole)!.push(row.cells.word!);
    const roles = {} as Record<FactRole, RoleWords>;
    const everywhere = {} as Record<FactRole, RegExp>;
    for (const [role, list] of words) {
      roles[role] = new RoleWords(list);
      // Longest first, so 投入使用 wins over 投入; an empty role matches nothing.
      everywhere[role] = new RegExp(`(?:${alternation(list)})`, 'g');
    }
    // Ministries (long names, all ending in 部 or 局) are read by their last characters: in the one regex they slow every position.
    const ministries = new Set(words.get('ministry')!);
    const organisations = words.get('organisation')!.filter((word) => !ministries.has(word));
    const partyWords = new RegExp(`(?:${alternation([...organisations, ...words.get('national-prefix')!])})`, 'g');
    const nameBreaks = new Set(words.get('name-break')!.map((word) => word.charCodeAt(0)));
    return new FactWords(roles, everywhere, nameBreaks, new RoleWords([...words.get('giver')!, ...words.get('donor-marker')!]), partyWords);
  }

  /** True when text[from, to) holds a giving verb or a donor marker. */
  hasGiverOrMarkerIn(text: string, from: number, to: number): boolean {
    return this.giverOrMarker.firstIn(text, from, to) >= 0;
  }

  /** True when `text` holds a word of `role`. */
  has(text: string, role: FactRole): boolean {
    return this.roles[role].firstIn(text, 0, text.length) >= 0;
  }

  /** True when text[from, to) holds a word of `role`. */
  hasIn(text: string, from: number, to: number, role: FactRole): boolean {
    return this.roles[role].firstIn(text, from, to) >= 0;
  }

  /** Index of the first word of `role` in `text`, -1 when none. */
  indexOf(text: string, role: FactRole): number {
    return this.roles[role].firstIn(text, 0, text.length);
  }

  /**
   * Where the first word of `role` in text[from, to) starts (an index of `text`), -1 when none;
   * with `lastStart`, also -1 when it starts after that (the rest of the text is not read).
   */
  indexIn(text: string, from: number, to: number, role: FactRole, lastStart = to): number {
    return this.roles[role].firstIn(text, from, to, lastStart);
  }

  /** Every word of `role` in a whole text, with where it starts and ends. */
  all(text: string, role: FactRole): Array<{ start: number; end: number }> {
    return allMatches(this.everywhere[role], text);
  }

  /** Every organisation ending and national prefix (中国, 国家) of a whole text, in one regex pass. */
  allPartyWords(text: string): Array<{ start: number; end: number }> {
    const found = allMatches(this.partyWords, text);
    // Most texts name no ministry: read where their few last characters (部, 局) stand.
    const ministries = this.roles.ministry.allByLast(text);
    return ministries.length === 0 ? found : [...found, ...ministries].sort((a, b) => a.start - b.start);
  }


  /** True when a whole text holds a word of `role` (one regex search, stopped at the first). */
  /** The words of `role` as one regex alternation, longest first (for patterns that put them beside structure). */
  alternationOf(role: FactRole): string {
    return this.everywhere[role].source;
  }

  anywhere(text: string, role: FactRole): boolean {
    const regex = this.everywhere[role];
    regex.lastIndex = 0;
    const found = regex.test(text);
    regex.lastIndex = 0;
    return found;
  }

  /** Every word of `role` in text[from, to), left to right, the longest where several start (indices of `text`). */
  allIn(text: string, from: number, to: number, role: FactRole): Array<{ start: number; end: number }> {
    const words = this.roles[role];
    const end = Math.min(to, text.length);
    const found: Array<{ start: number; end: number }> = [];
    for (let at = from; at < end; ) {
      const word = words.longestAt(text, at, end);
      if (word === '') at++;
      else found.push({ start: at, end: (at += word.length) });
    }
    return found;
  }

  /**
   * Where the first giving verb of text[from, to) starts that is not part of a
   * total (总投资, a noun) or of a completion (投入使用), -1 when none.
   */
  giverIn(text: string, from: number, to: number): number {
    const first = this.indexIn(text, from, to, 'giver');
    if (first < 0 || (!this.hasIn(text, from, to, 'total') && !this.hasIn(text, from, to, 'completion'))) return first;
    const covered = [...this.allIn(text, from, to, 'total'), ...this.allIn(text, from, to, 'completion')];
    for (const verb of this.allIn(text, from, to, 'giver')) {
      if (!covered.some((word) => word.start < verb.end && verb.start < word.end)) return verb.start;
    }
    return -1;
  }

  /** The levels of government named in text[from, to) (中央和省级 → central, province), in text order. */
  levelsIn(text: string, from: number, to: number): GrantLevel[] {
    const found: Array<{ start: number; level: GrantLevel }> = [];
    for (const [role, level] of LEVEL_ROLES) for (const word of this.allIn(text, from, to, role)) found.push({ start: word.start, level });
    return found.sort((a, b) => a.start - b.start).map((f) => f.level);
  }

  /** The word of `role` that `text` starts with, or ''. */
  startOf(text: string, role: FactRole): string {
    return text.length > 0 ? this.roles[role].longestAt(text, 0, text.length) : '';
  }

  /** The word of `role` that text[from, to) starts with, or ''. */
  startIn(text: string, from: number, to: number, role: FactRole): string {
    return from < Math.min(to, text.length) ? this.roles[role].longestAt(text, from, Math.min(to, text.length)) : '';
  }

  /** Where text[from, to) goes on after the words of `role` it starts with (的左右 of 的左右用于…). */
  afterLeading(text: string, from: number, to: number, role: FactRole): number {
    let at = from;
    for (let word = this.startIn(text, at, to, role); word !== ''; word = this.startIn(text, at, to, role)) at += word.length;
    return at;
  }

  /** `text` without the words of `role` it starts with (的左右 of 的左右用于…). */
  withoutLeading(text: string, role: FactRole): string {
    return text.slice(this.afterLeading(text, 0, text.length, role));
  }

  /** True when a word of `role` ends where `text` ends. */
  endsWith(text: string, role: FactRole): boolean {
    return this.roles[role].endsAt(text, text.length, 0);
  }

  /** True when a word of `role` starts at `at` in `text` (no string is cut out). */
  startsAt(text: string, at: number, role: FactRole): boolean {
    return at < text.length && this.roles[role].longestAt(text, at, text.length) !== '';
  }

  /** True when a word of `role` ends at `end` in `text` and starts at `floor` or later. */
  endsAt(text: string, end: number, role: FactRole, floor = 0): boolean {
    return this.roles[role].endsAt(text, end, floor);
  }

  /** True when the code unit is a name-break word (的, 和, 由 …): an organisation name does not hold it. */
  breaksNameAt(code: number): boolean {
    return this.nameBreaks.has(code);
  }
}
