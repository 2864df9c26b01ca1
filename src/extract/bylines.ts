import type { RuleFileSpec, RuleSet } from '../rules/loader';
import { alternation } from '../util/alternation';

// A byline's person names (记者阳建、秦华江）, （记者甘娟 通讯员徐金华）) are
// people: no place (徐金华 holds no 金华) and no feature (秦华江 holds no 华江)
// is read in them. The credit words that open them are rules/bylines.tsv.

export const BYLINE_RULES: RuleFileSpec = {
  file: 'bylines.tsv',
  columns: ['word'],
};

/** Credit words, then names of two to four characters joined by 、, / or spaces, up to a closing bracket, a space, 报道 or 摄. */
export function loadBylinePattern(rules: RuleSet): RegExp | undefined {
  const words = rules.load(BYLINE_RULES).map((row) => row.cells.word!);
  if (words.length === 0) return undefined;
  const name = '\\p{Script=Han}{2,4}';
  return new RegExp(`(?:${alternation(words)})[ \u3000:：]*((?:${name}[、/ \u3000])*${name})(?=[)）】\\]\\s]|报道|摄|$)`, 'gu');
}

/** Sets `marks` to 1 over every byline's person names in `text`. */
export function markBylineNames(text: string, pattern: RegExp | undefined, marks: Uint8Array): void {
  if (!pattern) return;
  for (const match of text.matchAll(pattern)) {
    const end = match.index! + match[0].length;
    marks.fill(1, end - match[1]!.length, end);
  }
}

/** The byline names of `text` as marks (see markBylineNames), or undefined where it has none. */
export function bylineMarks(text: string, pattern: RegExp | undefined): Uint8Array | undefined {
  if (!pattern) return undefined;
  pattern.lastIndex = 0;
  if (!pattern.test(text)) return undefined;
  pattern.lastIndex = 0;
  const marks = new Uint8Array(text.length);
  markBylineNames(text, pattern, marks);
  return marks;
}
