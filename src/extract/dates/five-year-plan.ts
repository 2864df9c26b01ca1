import { parseChineseNumber } from '../numbers';
import type { WordList } from './rules';

// Five-year plan periods: “十四五” → 2021/2025. The first plan ran 1953–1957,
// the second 1958–1962; after three years of adjustment the third began in
// 1966, and every plan since has followed the one before.

/**
 * The ordinal (一 … 十九) before 五; it names a plan quoted, or unquoted before a
 * word that names a plan. The quote marks are read around a match (a pattern
 * that starts with an optional quote is tried at every character).
 * A crawled page may leave its quote marks as HTML entities (&ldquo;十二五&rdquo;).
 */
export const FIVE_YEAR_PLAN_PATTERN = '(十[一二三四五六七八九]?|[一二三四五六七八九])五';
const OPEN_QUOTE = /(?:“|"|‘|「|&[lr]dquo;|&quot;)$/;
const CLOSE_QUOTE = /^(?:”|"|’|」|&[lr]dquo;|&quot;)/;
/** The longest quote mark (&ldquo;). */
const QUOTE_REACH = 7;


export interface FiveYearPlan {
  /** The plan's name without quote marks (十四五). */
  name: string;
  nameStart: number;
  from: number;
  to: number;
}

/**
 * Reads a five-year plan from a match of FIVE_YEAR_PLAN_PATTERN, or undefined if it names none.
 * `planWords`: words after an unquoted 十四五 that show it names a plan (十四五规划), not two numbers (十四五岁).
 */
export function readFiveYearPlan(match: RegExpExecArray, text: string, planWords: WordList): FiveYearPlan | undefined {
  const [whole, ordinalText] = match;
  const end = match.index + whole.length;
  const open = OPEN_QUOTE.exec(text.slice(Math.max(0, match.index - QUOTE_REACH), match.index))?.[0];
  const close = CLOSE_QUOTE.exec(text.slice(end, end + QUOTE_REACH))?.[0];
  const quoted = open !== undefined && close !== undefined;
  // A page may lose one quote mark (十三五”时期): a plan word after the name, or after its lone
  // closing quote, still shows a plan.
  const afterAt = end + (close?.length ?? 0);
  const after = text.slice(afterAt, afterAt + 2);
  if (!quoted && planWords.starts(after) === undefined) return undefined;
  if (!quoted && isInsideLargerNumber(text, match.index)) return undefined;
  const ordinal = parseChineseNumber(ordinalText!);
  if (ordinal === undefined || ordinal < 1) return undefined;
  const from = planStartYear(ordinal);
  const name = `${ordinalText}五`;
  return { name, nameStart: match.index, from, to: from + 4 };
}

export function planStartYear(ordinal: number): number {
  if (ordinal === 1) return 1953;
  if (ordinal === 2) return 1958;
  return 1966 + 5 * (ordinal - 3);
}

function isInsideLargerNumber(text: string, index: number): boolean {
  return /[〇零一二两三四五六七八九十百千万第]/.test(text[index - 1] ?? '');
}
