/** What ends a sentence: its closing punctuation or a line break. */
export const SENTENCE_END = /[。！？!?\n]/;

/** Where the sentence holding the position `at` starts. */
export function sentenceStartBefore(text: string, at: number): number {
  let from = at;
  while (from > 0 && !SENTENCE_END.test(text[from - 1]!)) from--;
  return from;
}
