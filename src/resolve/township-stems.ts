import type { Division } from './gazetteer';
import { builtinPlaceSuffixes } from './place-suffixes';

// A region's townships by bare stem (甲 of 甲镇) and by full name, read once per
// region: list readers ask for every 2-4 characters of a list, and a regex over
// every township per question cost a quarter of the CPU per article.

/** A township the key names, or null where two of the region's townships share it. */
export type TownshipTable = ReadonlyMap<string, Division | null>;

const byStem = new WeakMap<Division, TownshipTable>();
const byName = new WeakMap<Division, TownshipTable>();

export function townshipsByStem(region: Division): TownshipTable {
  return cached(byStem, region, (child) => builtinPlaceSuffixes().townshipStem.exec(child.name)?.[1]);
}

export function townshipsByName(region: Division): TownshipTable {
  return cached(byName, region, (child) => child.name);
}

/**
 * The one township of `regions` whose stem (or, with `fullNames`, whose full
 * name) is `surface`; undefined where none is, or where two are.
 */
export function townshipNamed(surface: string, regions: readonly Division[], fullNames: boolean): Division | undefined {
  // No array is made per region and question: list readers ask for every 2-4 characters of a list.
  let township: Division | undefined;
  for (let k = 0; k < regions.length; k++) {
    const region = regions[k]!;
    const byStem = townshipsByStem(region).get(surface);
    if (byStem !== undefined) {
      if (byStem === null || (township && township !== byStem)) return undefined;
      township = byStem;
    }
    if (!fullNames) continue;
    const byName = townshipsByName(region).get(surface);
    if (byName !== undefined) {
      if (byName === null || (township && township !== byName)) return undefined;
      township = byName;
    }
  }
  return township;
}

function cached(tables: WeakMap<Division, TownshipTable>, region: Division, keyOf: (child: Division) => string | undefined): TownshipTable {
  let table = tables.get(region);
  if (table) return table;
  const built = new Map<string, Division | null>();
  for (const child of region.children) {
    if (child.level !== 'township') continue;
    const key = keyOf(child);
    if (key === undefined) continue;
    const seen = built.get(key);
    built.set(key, seen === undefined || seen === child ? child : null);
  }
  tables.set(region, built);
  return built;
}
