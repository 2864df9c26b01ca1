import type { Division } from './gazetteer';
import { oneOf, RuleSet, type RuleFileSpec } from '../rules/loader';
import { builtinPlaceSuffixes } from './place-suffixes';
import { alternation } from '../util/alternation';

// How news writes the names of the list: short names (山东, 日喀则, 甘孜州),
// and old names the list no longer carries (日喀则地区, 乃东县).

export const ETHNIC_GROUP_RULES: RuleFileSpec = {
  file: 'place-ethnic-groups.tsv',
  columns: ['people', 'with_zu'],
  check: oneOf('with_zu', ['yes', 'no']),
};

/**
 * 甘孜藏族自治州 → 甘孜 + 州: the peoples of rules/place-ethnic-groups.tsv,
 * with 族 or (for some Turkic and Mongolic names) without it.
 */
function autonomousPattern(): RegExp {
  const rows = RuleSet.withUserDir().load(ETHNIC_GROUP_RULES);
  const withZu = alternation(rows.map((r) => r.cells.people!));
  const withoutZu = alternation(rows.filter((r) => r.cells.with_zu === 'no').map((r) => r.cells.people!));
  return new RegExp(`^(.{2,}?)(?:(?:${withZu})${PEOPLE_SUFFIX}|${withoutZu})*自治(州|县|旗|区)$`);
}

let autonomous: RegExp | undefined;

/** What follows a people's name (藏族). */
const PEOPLE_SUFFIX = '族';

/** The peoples of rules/place-ethnic-groups.tsv written with 族 (藏族, 傈僳族). */
export function peoplesWithZu(): string[] {
  return RuleSet.withUserDir().load(ETHNIC_GROUP_RULES).map((r) => `${r.cells.people!}${PEOPLE_SUFFIX}`);
}

/** The endings of natural features' names (rules/geo-suffixes.tsv): 山, 屿, 溪, 湖 … */
const FEATURE_SUFFIX_RULES: RuleFileSpec = {
  file: 'geo-suffixes.tsv',
  columns: ['suffix', 'kind', 'min_stem', 'compose', 'tags'],
};

let featureSuffixes: string[] | undefined;

/** The stem ends like a natural feature's name (相山, 东湖): rules/geo-suffixes.tsv. */
export function endsLikeFeature(stem: string): boolean {
  featureSuffixes ??= RuleSet.withUserDir().load(FEATURE_SUFFIX_RULES).map((r) => r.cells.suffix!);
  return featureSuffixes.some((suffix) => stem.endsWith(suffix));
}

/**
 * short: the stem alone (山东, 日喀则, 桑珠孜); common: an autonomous
 * division's name without its peoples (甘孜州, 循化县), as specific as the
 * full name; old: a former suffix (日喀则地区, 乃东县).
 */
export type NameForm = 'short' | 'common' | 'old';

export interface DerivedName {
  surface: string;
  form: NameForm;
}

/** The stem of an autonomous division's name: 甘孜藏族自治州 → 甘孜, 西藏自治区 → 西藏. */
export function autonomousStem(name: string): { stem: string; kind: string } | undefined {
  const match = (autonomous ??= autonomousPattern()).exec(name);
  return match ? { stem: match[1]!, kind: match[2]! } : undefined;
}

// The place index and the geo extractor both ask for every division's names at start-up.
const derivedOf = new WeakMap<Division, readonly DerivedName[]>();

/** Other names news uses for one division (never a single character); worked out once per division. */
export function derivedNames(division: Division): readonly DerivedName[] {
  let names = derivedOf.get(division);
  if (!names) {
    names = namesByLevel(division).filter((n) => n.surface.length >= 2 && n.surface !== division.name);
    derivedOf.set(division, names);
  }
  return names;
}

function namesByLevel(division: Division): DerivedName[] {
  const { name } = division;
  const auto = autonomousStem(name);
  switch (division.level) {
    case 'province':
      if (auto) return [short(auto.stem), ...peoplesDropped(name, auto)];
      return [{ surface: name.replace(builtinPlaceSuffixes().province, ''), form: 'short' }];
    case 'prefecture':
      if (auto) return [short(auto.stem), common(`${auto.stem}州`), ...peoplesDropped(name, auto)];
      return prefectureNames(name, division.code !== '');
    case 'county':
      // Taiwan's towns and townships sit at this level (恒春镇, 满州乡): their stem, as a township's.
      // A stem ending like a natural feature (阿里山乡, 兰屿乡, 礁溪乡) is left to the feature.
      if (division.code === '' && !auto) {
        const stem = builtinPlaceSuffixes().townshipStem.exec(name)?.[1];
        if (stem !== undefined && stem.length >= 2 && stem !== name) return endsLikeFeature(stem) ? [] : [short(stem)];
      }
      return countyNames(name, auto);
    default:
      return [];
  }
}

/**
 * Counties: the stem alone (桑珠孜 for 桑珠孜区, used only where the article
 * names the county's region), an autonomous county's stem with its kind
 * (循化县), and the other county suffixes for renamed counties (乃东县 → 乃东区).
 * A new district's stem drops 新区 whole (浦东新区 → 浦东, 滨海新区 → 滨海).
 */
function countyNames(name: string, auto: { stem: string; kind: string } | undefined): DerivedName[] {
  if (auto) return [short(auto.stem), common(`${auto.stem}${auto.kind}`), ...peoplesDropped(name, auto)];
  const suffixes = builtinPlaceSuffixes();
  const match = suffixes.county.exec(name);
  if (!match) return [];
  const stem = match[1]!;
  const others = suffixes.countyRenames.filter((s) => s !== match[2]).map((s) => old(stem + s));
  return [short(stem), ...others];
}

/**
 * A prefecture's stem, and with a former suffix (日喀则市 → 日喀则地区);
 * Taiwan's counties and cities sit at this level too (花莲县 → 花莲), with
 * no code and no former 地区 (大新竹地区 is a region, not 新竹市).
 */
function prefectureNames(name: string, coded: boolean): DerivedName[] {
  const suffix = builtinPlaceSuffixes().prefecture.find((s) => name.endsWith(s.suffix));
  if (!suffix) return [];
  const stem = name.slice(0, -suffix.suffix.length);
  return suffix.old && coded ? [short(stem), old(stem + suffix.old)] : [short(stem)];
}

/**
 * An autonomous division's name without its peoples but with 自治 (关岭自治县,
 * 玉屏自治县, 广西自治区), as specific as the full name; none where the full
 * name names no people (西藏自治区).
 */
function peoplesDropped(name: string, auto: { stem: string; kind: string }): DerivedName[] {
  const surface = `${auto.stem}自治${auto.kind}`;
  return surface === name ? [] : [common(surface)];
}

const short = (surface: string): DerivedName => ({ surface, form: 'short' });
const old = (surface: string): DerivedName => ({ surface, form: 'old' });
const common = (surface: string): DerivedName => ({ surface, form: 'common' });
