import { describe, expect, it } from 'vitest';
import { sharedGazetteer } from '../../src/resolve/gazetteer';
import { VillageNameCache } from '../../src/resolve/village-names';

const gazetteer = sharedGazetteer();
const angren = gazetteer.find('昂仁县')[0]!;
const kaga = angren.children.find((t) => t.name === '卡嘎镇')!;

describe('VillageNameCache', () => {
  it("names a county's villages of three characters or more, a name shared by two villages with both", () => {
    const names = new VillageNameCache(gazetteer, new Set()).below(angren);
    expect(names.byName.get('通门村')!.map((v) => v.parent!.name)).toEqual(['卡嘎镇']);
    expect(names.byName.get('布热村')).toHaveLength(2); // two townships of 昂仁县 have one
    expect(names.byName.has('列村')).toBe(false); // two characters: too common a word to take bare
    expect(names.leads.longestAt('到通门村调研', 1)).toBeGreaterThanOrEqual(3);
    expect(names.leads.longestAt('到通门村调研', 0)).toBe(0);
  });

  it("leaves out the generic words and gives a township's villages only", () => {
    const cache = new VillageNameCache(gazetteer, new Set(['通门村']));
    expect(cache.below(angren).byName.has('通门村')).toBe(false);
    const township = cache.below(kaga);
    expect([...township.byName.values()].flat().every((v) => v.parent === kaga)).toBe(true);
    expect(township.byName.has('布热村')).toBe(true);
  });

  it('keeps the most recently used places only, and builds an evicted one again the same', () => {
    const cache = new VillageNameCache(gazetteer, new Set(), 1);
    const first = cache.below(angren);
    expect(cache.below(angren)).toBe(first); // kept
    cache.below(kaga); // evicts 昂仁县
    const again = cache.below(angren);
    expect(again).not.toBe(first);
    expect([...again.byName.keys()]).toEqual([...first.byName.keys()]);
  });
});
