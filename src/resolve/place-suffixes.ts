import { allOf, oneOf, RuleSet, type RuleFileSpec } from '../rules/loader';
import { alternation } from '../util/alternation';

// The suffixes of division names by level (rules/place-suffixes.tsv): what
// is left without one is the stem news writes alone (山东, 卡嘎, 乌江).

const LEVELS = ['province', 'prefecture', 'county', 'township', 'village'] as const;
type SuffixLevel = (typeof LEVELS)[number];

export const PLACE_SUFFIX_RULES: RuleFileSpec = {
  file: 'place-suffixes.tsv',
  columns: ['suffix', 'level', 'old', 'role'],
  required: 2,
  check: allOf(oneOf('level', LEVELS), oneOf('role', ['rename', 'renamed', 'unlisted'], true)),
};

export interface PlaceSuffixes {
  /** A province's suffix at the end of its name (山东省, 特别行政区). */
  province: RegExp;
  /** A prefecture's suffixes with the former suffix each adds ('' when none), longest first. */
  prefecture: ReadonlyArray<{ suffix: string; old: string }>;
  /** A county's name as stem (two characters at least) and suffix. */
  county: RegExp;
  /** The county suffixes a renamed county may still be written with (乃东区 → 乃东县), in file order. */
  countyRenames: readonly string[];
  /** A township's suffixes (乡, 街道). */
  township: readonly string[];
  /** The one-character suffixes of provinces, prefectures and counties (省, 市, 县). */
  divisionChars: ReadonlySet<string>;
  /** The township suffixes news may write for one another (南边山镇 written 南边山乡). */
  townshipRenames: readonly string[];
  /** The township suffixes news writes with one of townshipRenames (孙河地区 as 孙河乡), not the reverse. */
  townshipRenamed: readonly string[];
  /** A township's name as stem and suffix (日吾其乡). */
  townshipName: RegExp;
  /** A township's name as stem (two characters at least) and suffix. */
  townshipStem: RegExp;
  /** A township's or village's name as stem (two characters at least) and suffix (乌江镇, 森格岗村). */
  localStem: RegExp;
  /** The suffixes that end an unlisted village's name after its township (村). */
  unlistedVillage: readonly string[];
  /** A village's suffix with the former one news still writes for it after its township (社区 written 村). */
  villageOld: ReadonlyArray<{ suffix: string; old: string }>;
}

/** The suffixes of one rule set, with their patterns built once. */
export function loadPlaceSuffixes(rules: RuleSet): PlaceSuffixes {
  const rows = rules.load(PLACE_SUFFIX_RULES);
  const of = (level: SuffixLevel, role?: string) =>
    rows.filter((r) => r.cells.level === level && (role === undefined || r.cells.role === role)).map((r) => r.cells.suffix!);
  const township = of('township');
  const ending = (suffixes: readonly string[]) => `(${alternation(suffixes)})$`;
  return {
    province: new RegExp(ending(of('province'))),
    prefecture: rows
      .filter((r) => r.cells.level === 'prefecture')
      .map((r) => ({ suffix: r.cells.suffix!, old: r.cells.old! }))
      .sort((a, b) => b.suffix.length - a.suffix.length),
    county: new RegExp(`^(.{2,}?)${ending(of('county'))}`),
    countyRenames: of('county', 'rename'),
    township,
    divisionChars: new Set([...of('province'), ...of('prefecture'), ...of('county')].filter((suffix) => suffix.length === 1)),
    townshipRenames: of('township', 'rename'),
    townshipRenamed: of('township', 'renamed'),
    townshipName: new RegExp(`^(.+?)${ending(township)}`),
    townshipStem: new RegExp(`^(.{2,}?)${ending(township)}`),
    localStem: new RegExp(`^(.{2,}?)${ending([...township, ...of('village')])}`),
    unlistedVillage: of('village', 'unlisted'),
    villageOld: rows.filter((r) => r.cells.level === 'village' && r.cells.old).map((r) => ({ suffix: r.cells.suffix!, old: r.cells.old! })),
  };
}

let builtin: PlaceSuffixes | undefined;

/** The built-in suffixes, read once: division names are derived at start-up, before any rule set exists. */
export function builtinPlaceSuffixes(): PlaceSuffixes {
  return (builtin ??= loadPlaceSuffixes(RuleSet.withUserDir()));
}
