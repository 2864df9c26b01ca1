/**
 * A small set of words asked "does one of you start here?" at many text
 * positions: only the words beginning with the character there are compared.
 */
export class WordsAt {
  private readonly byFirstUnit = new Map<number, string[]>();

  constructor(words: Iterable<string>) {
    for (const word of words) {
      if (word === '') continue;
      const first = word.charCodeAt(0);
      const list = this.byFirstUnit.get(first);
      if (list) list.push(word);
      else this.byFirstUnit.set(first, [word]);
    }
  }

  /** True when one of the words starts at `index` of `text`. */
  startAt(text: string, index: number): boolean {
    const candidates = this.byFirstUnit.get(text.charCodeAt(index));
    return candidates !== undefined && candidates.some((word) => text.startsWith(word, index));
  }
}
