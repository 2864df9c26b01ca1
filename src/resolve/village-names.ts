import type { Division, Gazetteer } from './gazetteer';
import { NameLeads } from './name-leads';

// The villages an article may name bare (布玛村 in an article about 昂仁县):
// those below the counties and townships it names, by name. An archive keeps
// naming the same counties, so each place's village names are built once and
// kept for the next articles (the most recent CAPACITY places): building
// them anew, ~800 villages an article, was a tenth of the place stage.

/** A bare village name must be this long at least (shorter ones are common words: 新村). */
const MIN_BARE_VILLAGE_LENGTH = 3;
const CAPACITY = 512;

export interface VillageNames {
  readonly byName: ReadonlyMap<string, readonly Division[]>;
  /** Where one of the names may start in a text. */
  readonly leads: NameLeads;
}

export class VillageNameCache {
  private readonly cache = new Map<Division, VillageNames>();

  constructor(
    private readonly gazetteer: Gazetteer,
    /** Generic words that end in 村 but name no village (农村, 全村). */
    private readonly genericWords: ReadonlySet<string>,
    private readonly capacity = CAPACITY,
  ) {}

  /** The village names below a county or township (its province's villages are loaded on first use). */
  below(place: Division): VillageNames {
    let names = this.cache.get(place);
    if (names) {
      this.cache.delete(place); // most recently used last: the first key is the one to evict
    } else {
      names = this.build(place);
      if (this.cache.size >= this.capacity) this.cache.delete(this.cache.keys().next().value!);
    }
    this.cache.set(place, names);
    return names;
  }

  private build(place: Division): VillageNames {
    const byName = new Map<string, Division[]>();
    for (const village of this.gazetteer.villagesBelow(place)) {
      if (village.name.length < MIN_BARE_VILLAGE_LENGTH || this.genericWords.has(village.name)) continue;
      const named = byName.get(village.name);
      if (named) named.push(village);
      else byName.set(village.name, [village]);
    }
    return { byName, leads: new NameLeads(byName.keys()) };
  }
}
