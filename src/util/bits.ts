// Bit sets over small integers, for tables read at every position of a text:
// a bit per value keeps them small enough to stay in the processor's cache
// (64k UTF-16 units: 8 kB instead of a 64 kB byte table).

export class BitSet {
  private readonly words: Uint32Array;

  /** `size`: the number of values, 0 … size-1 (a multiple of 32). */
  constructor(size: number) {
    this.words = new Uint32Array(size >>> 5);
  }

  add(value: number): void {
    this.words[value >>> 5] |= 1 << (value & 31);
  }

  /** False for NaN (charCodeAt past the end of a text), as for any value not added. */
  has(value: number): boolean {
    return (this.words[value >>> 5]! & (1 << (value & 31))) !== 0 && value === value;
  }

  /** Adds every value of `other` (a set of the same size). */
  addAll(other: BitSet): void {
    for (let k = 0; k < this.words.length; k++) this.words[k] |= other.words[k]!;
  }
}

/** A bit set of UTF-16 code units (the first units of a set of names, say). */
export function unitSet(): BitSet {
  return new BitSet(0x10000);
}
