// Word lists from rule files become regex alternations in several
// extractors. Longest first, so 以上 wins over 以 where both match at one
// place; every word escaped, so a user's rule line with "." or "(" stays a
// word; an empty list matches nothing instead of everything.

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `a|b|c` for the words, longest first and escaped; `(?!)` (never matches) when there are none. */
export function alternation(words: Iterable<string>): string {
  const sorted = [...new Set(words)].filter((w) => w.length > 0).sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return sorted.length > 0 ? sorted.map(escapeRegex).join('|') : '(?!)';
}
