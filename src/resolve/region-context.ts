import { isWithin, type Division } from './gazetteer';

/**
 * The divisions an article is about: every division its resolved mentions
 * name, each counted once per mention. A bare or ambiguous name is resolved
 * against it (卡嘎镇 in an article about 昂仁县); where two candidates are
 * supported equally deep, the region the article names clearly more often
 * wins (桥西 in an article naming 石家庄 five times and 张家口 once), and
 * otherwise the name is left out.
 */
export class RegionContext implements Iterable<Division> {
  private readonly mentions = new Map<Division, number>();
  /** The provinces holding a named division: asked for every candidate of every bare name. */
  private readonly provinces = new Set<Division>();

  /** Counts one resolved mention of `division`. */
  add(division: Division): void {
    this.mentions.set(division, (this.mentions.get(division) ?? 0) + 1);
    this.provinces.add(provinceOf(division));
  }

  clear(): void {
    this.mentions.clear();
    this.provinces.clear();
  }

  /** The article names `province` or a place within it. */
  namesWithin(province: Division): boolean {
    return this.provinces.has(province);
  }

  has(division: Division): boolean {
    return this.mentions.has(division);
  }

  [Symbol.iterator](): Iterator<Division> {
    return this.mentions.keys();
  }

  /** The deepest named division at or above `division`. */
  support(division: Division): Division | undefined {
    for (let d: Division | undefined = division; d; d = d.parent) if (this.mentions.has(d)) return d;
    return undefined;
  }

  /** How often the article names `division` or a place within it. */
  weight(division: Division): number {
    let total = 0;
    for (const [named, count] of this.mentions) if (isWithin(named, division)) total += count;
    return total;
  }
}

/** The province (top of the chain) a division lies in. */
export function provinceOf(division: Division): Division {
  let province = division;
  while (province.parent) province = province.parent;
  return province;
}
