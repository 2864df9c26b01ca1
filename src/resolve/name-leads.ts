import { leadKey } from './place-index';
import { unitSet } from '../util/bits';

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
  private readonly longestByLead = new Map<number, number>();

  constructor(names: Iterable<string> = []) {
    for (const name of names) this.add(name);
  }

  /** Names of two characters or more (a shorter one is never looked for). */
  add(name: string): void {
    if (name.length < 2) return;
    this.firstUnits.add(name.charCodeAt(0));
    const lead = leadKey(name, 0);
    this.longestByLead.set(lead, Math.max(this.longestByLead.get(lead) ?? 0, name.length));
  }

  /** Length of the longest name that may start at `start` (0 when none can, as at the text's last character). */
  longestAt(text: string, start: number): number {
    if (start + 1 >= text.length || !this.firstUnits.has(text.charCodeAt(start))) return 0;
    return this.longestByLead.get(leadKey(text, start)) ?? 0;
  }
}
