import { leadKey } from './place-index';
import { BitSet, unitSet } from '../util/bits';

/**
 * Where a set of names may start in a text: a bit set of first UTF-16 units
 * rejects most positions with one read, then the first two units give the
 * length of the longest name starting with them. (A set is built per
 * article: as a 64 kB byte table, those buffers made the C heap of worker
 * threads grow over long runs.)
 */
export class NameLeads {
  /** The first units of the names. */
  readonly firstUnits = unitSet();
  /**
   * The first two units of the names, hashed (leadHash) into 16k bits (2 kB): the
   * filters of several sets are merged in one pass of words (listedVillages)
   * and reject most positions before each set's own table is read.
   */
  readonly leadFilter = new BitSet(LEAD_HASH_BITS);
  private readonly longestByLead = new Map<number, number>();

  constructor(names: Iterable<string> = []) {
    for (const name of names) this.add(name);
  }

  /** Names of two characters or more (a shorter one is never looked for). */
  add(name: string): void {
    if (name.length < 2) return;
    this.firstUnits.add(name.charCodeAt(0));
    this.leadFilter.add(leadHash(name, 0));
    const lead = leadKey(name, 0);
    this.longestByLead.set(lead, Math.max(this.longestByLead.get(lead) ?? 0, name.length));
  }

  /** Length of the longest name that may start at `start` (0 when none can, as at the text's last character). */
  longestAt(text: string, start: number): number {
    if (start + 1 >= text.length || !this.firstUnits.has(text.charCodeAt(start))) return 0;
    return this.longestByLead.get(leadKey(text, start)) ?? 0;
  }
}

const LEAD_HASH_BITS = 1 << 14;

/** The first two UTF-16 units at `start` hashed into a NameLeads lead filter. */
export function leadHash(text: string, start: number): number {
  return (Math.imul(text.charCodeAt(start), 0x9e3779b1) ^ text.charCodeAt(start + 1)) & (LEAD_HASH_BITS - 1);
}

/** A lead filter answering for several sets of names (their filters merged). */
export function mergedLeadFilter(sets: readonly NameLeads[]): BitSet {
  const merged = new BitSet(LEAD_HASH_BITS);
  for (const set of sets) merged.addAll(set.leadFilter);
  return merged;
}
