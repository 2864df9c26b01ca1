import { allOf, oneOf, type RuleFileSpec, type RuleSet } from '../../rules/loader';
import { escapeRegex } from '../approx';

// The count extractor's rule files: measure words, the nouns that make a
// Chinese-numeral count a statistic, the slogan/idiom stoplist, physical
// units (measures, not counts).

export const MEASURE_WORD_RULES: RuleFileSpec = {
  file: 'measure-words.tsv',
  columns: ['word', 'chinese', 'not_before', 'ordinal_before_name'],
  required: 2,
  check: allOf(oneOf('chinese', ['yes', 'noun', 'no']), oneOf('ordinal_before_name', ['yes', 'no'], true)),
};

export const COUNT_NOUN_RULES: RuleFileSpec = { file: 'count-nouns.tsv', columns: ['noun'] };
export const COUNT_STOPLIST_RULES: RuleFileSpec = { file: 'count-stoplist.tsv', columns: ['phrase'] };
export const MEASURE_UNIT_RULES: RuleFileSpec = { file: 'count-measure-units.tsv', columns: ['unit'] };

export type ChinesePolicy = 'yes' | 'noun' | 'no';

export interface MeasureWord {
  word: string;
  chinese: ChinesePolicy;
  /** Text that, right after the word, makes it part of another word (个月, 对口). */
  notBefore: readonly string[];
  ordinalBeforeName: boolean;
}

export interface CountRules {
  measureWords: ReadonlyMap<string, MeasureWord>;
  /** Regex source alternation of the measure words, longest first. */
  measurePattern: string;
  /** Regex source alternation of the physical units, longest first. */
  unitPattern: string;
  nouns: readonly string[];
  /** Global regex of the stoplist phrases, or undefined when the list is empty. */
  stoplist: RegExp | undefined;
}

export function loadCountRules(rules: RuleSet): CountRules {
  const measureWords = new Map<string, MeasureWord>();
  for (const row of rules.load(MEASURE_WORD_RULES)) {
    const word = row.cells.word!;
    measureWords.set(word, {
      word,
      chinese: row.cells.chinese as ChinesePolicy,
      notBefore: (row.cells.not_before ?? '').split('|').filter(Boolean),
      ordinalBeforeName: row.cells.ordinal_before_name === 'yes',
    });
  }
  const column = (spec: RuleFileSpec, name: string) => rules.load(spec).map((row) => row.cells[name]!);
  const phrases = column(COUNT_STOPLIST_RULES, 'phrase');
  return {
    measureWords,
    measurePattern: alternation([...measureWords.keys()]),
    unitPattern: alternation(column(MEASURE_UNIT_RULES, 'unit')),
    nouns: column(COUNT_NOUN_RULES, 'noun'),
    stoplist: phrases.length > 0 ? new RegExp(alternation(phrases), 'g') : undefined,
  };
}

function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeRegex).join('|') || '(?!)';
}
