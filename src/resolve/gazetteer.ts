import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import type { PlaceLevel } from '../model/mention';

// The national division list, as scripts/build-gazetteer.js compacts it:
// data/gazetteer.tsv.gz holds provinces to townships (loaded at start-up),
// data/villages/NN.tsv.gz the villages of one province (loaded on first use,
// only for provinces an article's places lead to). Hong Kong, Macau and
// Taiwan's cities and districts have no code: their rows carry an id (x71-01)
// that only links them to their parent.

export const DEFAULT_DATA_DIR = path.resolve(__dirname, '..', '..', 'data');

export interface Division {
  readonly code: string;
  readonly level: PlaceLevel;
  readonly name: string;
  readonly parent: Division | undefined;
  /** Official names from the province down, joined by `/`. */
  readonly path: string;
  /** Divisions directly below (villages only once their province is loaded). */
  readonly children: Division[];
  /** Depth in the chain: province 0, prefecture 1 … (a county under a province directly is 1). */
  readonly depth: number;
}

export class Gazetteer {
  /** Divisions by code; one without a code (台北市) by its row id. */
  readonly byCode = new Map<string, Division>();
  /**
   * Former names of renamed counties and prefectures whose stem changed (开县 → 开州区,
   * 襄樊市 → 襄阳市), from data/place-old-names.tsv (scripts/build-old-place-names.js).
   */
  readonly formerNames: { name: string; division: Division }[] = [];
  private readonly loadedVillageProvinces = new Set<string>();
  private readonly villagesOfCounty = new Map<Division, readonly Division[]>();

  constructor(private readonly dataDir: string) {}

  /** Every division of the eager levels (province to township). */
  get divisions(): IterableIterator<Division> {
    return this.byCode.values();
  }

  add(id: string, level: PlaceLevel, name: string, parent: Division | undefined): Division {
    const division: Division = {
      code: isRowId(id) ? '' : id,
      level,
      name,
      parent,
      path: parent ? `${parent.path}/${name}` : name,
      children: [],
      depth: parent ? parent.depth + 1 : 0,
    };
    parent?.children.push(division);
    this.byCode.set(id, division);
    return division;
  }

  /**
   * Divisions (province to township) named each target, or at its path when
   * the target holds a `/`: one pass over the list answers all the targets
   * (an index of every name and path took ~40 ms at each start, for the ~20
   * targets of the alias rules).
   */
  findAll(targets: Iterable<string>): Map<string, Division[]> {
    const found = new Map<string, Division[]>();
    for (const target of targets) found.set(target, []);
    for (const division of this.byCode.values()) {
      found.get(division.name)?.push(division);
      if (division.path !== division.name) found.get(division.path)?.push(division);
    }
    return found;
  }

  find(target: string): readonly Division[] {
    return this.findAll([target]).get(target)!;
  }

  /** Loads (once) the villages of the province a division belongs to. */
  ensureVillages(division: Division): void {
    if (division.code === '') return; // only coded divisions have villages in the list
    const province = division.code.slice(0, 2);
    if (this.loadedVillageProvinces.has(province)) return;
    this.loadedVillageProvinces.add(province);
    const file = path.join(this.dataDir, 'villages', `${province}.tsv.gz`);
    if (!fs.existsSync(file)) return;
    for (const line of gunzipLines(file)) {
      const [townshipCode, list] = line.split('\t');
      const township = this.byCode.get(townshipCode!);
      if (!township || !list) continue;
      for (const item of list.split('|')) township.children.push(new Village(township, Number(item.slice(0, 3)), villageName(item.slice(3))));
    }
  }

  /** Villages below a county or township (loading their province first); a county's list is built once. */
  villagesBelow(division: Division): readonly Division[] {
    this.ensureVillages(division);
    if (division.level === 'township') return division.children;
    if (division.level === 'village') return [];
    let villages = this.villagesOfCounty.get(division);
    if (!villages) {
      villages = division.children.flatMap((child) => this.villagesBelow(child));
      this.villagesOfCounty.set(division, villages);
    }
    return villages;
  }
}

/**
 * Where the list names a village by its committee (某某村牧委会, 某某村村委员会,
 * 某某村民委会), the village's name is the part up to its 村: texts and the
 * gold write 某某村 (the committee is the village's body, not another place).
 */
const VILLAGE_COMMITTEE = /^(.+?村)(?:村民委员会|村民委会|村委员会|村委会|牧委会|民委员会|民委会|委员会)$/;

function villageName(listed: string): string {
  // Most names end in 村 or 社区: one look at the last character passes them.
  if (listed.charCodeAt(listed.length - 1) !== 0x4f1a) return listed;
  const match = VILLAGE_COMMITTEE.exec(listed);
  return match && match[1]!.length >= 3 ? match[1]! : listed;
}

/** Villages have no children: one shared, frozen list. */
const NO_CHILDREN: Division[] = Object.freeze([]) as unknown as Division[];

/**
 * A village. A province's villages are loaded by the ten thousand (~280,000
 * for a few hundred articles), so a village stores only its township, its
 * name and the last three digits of its code; its code, path and depth are
 * worked out when asked (a plain object with every field stored took about
 * 130 bytes more a village, ~35 MB of a run's peak memory).
 */
class Village implements Division {
  constructor(
    readonly parent: Division,
    private readonly codeSuffix: number,
    readonly name: string,
  ) {}

  get code(): string {
    return this.parent.code + String(this.codeSuffix).padStart(3, '0');
  }

  get level(): PlaceLevel {
    return 'village';
  }

  get path(): string {
    return `${this.parent.path}/${this.name}`;
  }

  get children(): Division[] {
    return NO_CHILDREN;
  }

  get depth(): number {
    return this.parent.depth + 1;
  }
}

/** A codeless division's row id (x71-01), not a GB/T 2260 code. */
function isRowId(id: string): boolean {
  return id.startsWith('x');
}

/** True when `ancestor` is `division` itself or lies above it. */
export function isWithin(division: Division, ancestor: Division): boolean {
  for (let d: Division | undefined = division; d; d = d.parent) if (d === ancestor) return true;
  return false;
}

export function loadGazetteer(dataDir: string = DEFAULT_DATA_DIR): Gazetteer {
  const gazetteer = new Gazetteer(dataDir);
  const text = zlib.gunzipSync(fs.readFileSync(path.join(dataDir, 'gazetteer.tsv.gz'))).toString('utf8');
  // Fields cut with indexOf, not split: no array per line for ~43,000 lines at each start-up.
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const levelAt = text.indexOf('\t', start) + 1;
    const parentAt = text.indexOf('\t', levelAt) + 1;
    const nameAt = text.indexOf('\t', parentAt) + 1;
    if (end > start && nameAt > 0 && nameAt <= end) {
      const parentCode = text.slice(parentAt, nameAt - 1);
      const parent = parentCode ? gazetteer.byCode.get(parentCode) : undefined;
      const nameEnd = text.indexOf('\t', nameAt);
      const name = text.slice(nameAt, nameEnd < 0 || nameEnd > end ? end : nameEnd);
      gazetteer.add(text.slice(start, levelAt - 1), text.slice(levelAt, parentAt - 1) as PlaceLevel, name, parent);
    }
    start = end + 1;
  }
  const formerFile = path.join(dataDir, 'place-old-names.tsv');
  if (fs.existsSync(formerFile)) {
    for (const line of fs.readFileSync(formerFile, 'utf8').split('\n')) {
      if (line === '' || line.startsWith('#')) continue;
      const [name, code] = line.split('\t');
      const division = gazetteer.byCode.get(code!);
      if (name && division) gazetteer.formerNames.push({ name, division });
    }
  }
  return gazetteer;
}

function gunzipLines(file: string): string[] {
  return zlib
    .gunzipSync(fs.readFileSync(file))
    .toString('utf8')
    .split('\n')
    .filter((line) => line !== '');
}

let shared: Gazetteer | undefined;

/** The gazetteer of data/, read once per process however many extractors use it. */
export function sharedGazetteer(): Gazetteer {
  return (shared ??= loadGazetteer());
}
