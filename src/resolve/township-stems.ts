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
  let township: Division | undefined;
  for (const region of regions) {
    for (const child of fullNames ? [townshipsByStem(region).get(surface), townshipsByName(region).get(surface)] : [townshipsByStem(region).get(surface)]) {
      if (child === undefined) continue;
      if (child === null || (township && township !== child)) return undefined;
      township = child;
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
