import { unitSet } from './bits';

/**
 * A small set of words asked "does one of you start here?" at many text
 * positions: only the words beginning with the character there are compared.
 */
/** Lists this short are searched word by word. */
const FEW_WORDS = 4;

export class WordsAt {
  private readonly byFirstUnit = new Map<number, string[]>();
  /** The first UTF-16 units of the words, as bits (8 kB): most positions are rejected by one read. */
  private readonly firstUnits = unitSet();
  private readonly words: string[] = [];

  constructor(words: Iterable<string>) {
    for (const word of words) {
      if (word === '') continue;
      this.words.push(word);
      const first = word.charCodeAt(0);
      this.firstUnits.add(first);
      const bucket = this.byFirstUnit.get(first);
      if (bucket) bucket.push(word);
      else this.byFirstUnit.set(first, [word]);
    }
  }

  /** True when one of the words starts at `index` of `text`. */
  startAt(text: string, index: number): boolean {
    const unit = text.charCodeAt(index);
    // Most positions hold no word's first unit: one bit read, no map lookup.
    if (!this.firstUnits.has(unit)) return false;
    const candidates = this.byFirstUnit.get(unit);
    if (candidates === undefined) return false;
    // A plain loop: some() with an arrow made a closure per call, and this is asked at many positions of every text.
    for (const word of candidates) if (text.startsWith(word, index)) return true;
    return false;
  }

  /**
   * Every index of `text` where one of the words starts, ascending: for a
   * few words one native indexOf pass each, for more a bit read per
   * character and a lookup only where a word may start.
   */
  startsIn(text: string): number[] {
    if (this.words.length <= FEW_WORDS) {
      const found = new Set<number>();
      for (const word of this.words) for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) found.add(at);
      return [...found].sort((a, b) => a - b);
    }
    const found: number[] = [];
    for (let i = 0; i < text.length; i++) if (this.firstUnits.has(text.charCodeAt(i)) && this.startAt(text, i)) found.push(i);
    return found;
  }
}
