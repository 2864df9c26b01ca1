import { PLACE_LEVELS } from '../model/mention';
import { isWithin, type Division, type Gazetteer } from './gazetteer';
import { derivedNames } from './names';
import { builtinPlaceSuffixes } from './place-suffixes';

// Every surface a place may be written as, mapped to the divisions it may
// mean. Every surface has two to thirty characters; the first two give the
// lengths of the surfaces starting with them (blocks by first unit, laid out
// once), so a scan position costs one or two small reads unless a name may
// start there, and a candidate is compared in place with that lead's entries.

export type EntryForm = 'full' | 'alias' | 'common' | 'short' | 'old';

export interface NameEntry {
  readonly surface: string;
  readonly form: EntryForm;
  readonly divisions: readonly Division[];
  /** Counts only where the article names the place's region (a county's stem, a common word). */
  readonly needsContext: boolean;
  /** A generic word that names a place only right after its parent (阳泉市城区). */
  readonly chainOnly: boolean;
  /** A word that contains a place name but is not one (长治久安, 市民). */
  readonly blocked: boolean;
  /** Every division it may mean lies above the townships. */
  readonly aboveTownship: boolean;
}

export interface AliasRule {
  alias: string;
  /** An official name, or a path where the name alone is ambiguous. */
  target: string;
}

export interface IndexRules {
  aliases: readonly AliasRule[];
  blockedWords: readonly string[];
  contextOnly: ReadonlySet<string>;
  chainOnly: ReadonlySet<string>;
  /** Variant characters that cleaning leaves as they are (崳 for 嵛), by the standard character. */
  variantChars: ReadonlyMap<string, string>;
}

const MAX_SURFACE_LENGTH = 30;

/** 香港特别行政区 and 澳门特别行政区 (GB/T 2260). */
const SAR_PROVINCES = new Set(['810000', '820000']);

/** A name spelled with the variant characters news writes for its standard ones (the name itself where it has none). */
function variantSpelling(name: string, variants: ReadonlyMap<string, string>): string {
  if (variants.size === 0) return name;
  let spelled = name;
  for (let i = 0; i < name.length; i++) {
    const variant = variants.get(name[i]!);
    if (variant !== undefined) spelled = spelled.slice(0, i) + variant + spelled.slice(i + 1);
  }
  return spelled;
}
const NO_ENTRIES: NameEntry[] = [];

/** The suffixes of a township that the list spells after its county's name. */
const PREFIXED_TOWNSHIP_END = /(?:镇|乡|街道)$/;

/**
 * A township the list spells with its county's name before its own (当阳市两河镇,
 * 高阳县锦华街道), as news writes it: without the county's (两河镇).
 */
function withoutCountyName(township: Division): string | undefined {
  const county = township.parent?.name;
  if (!county || !township.name.startsWith(county)) return undefined;
  const plain = township.name.slice(county.length);
  return plain.length >= 3 && PREFIXED_TOWNSHIP_END.test(plain) ? plain : undefined;
}

/**
 * A township the list names as another township's full name and a suffix
 * (兆麟街道地区, 真如镇街道, 好腰苏木镇), as news writes it: that name (兆麟街道,
 * 真如镇, 好腰苏木).
 */
function innerTownshipName(township: Division): string | undefined {
  const { townshipName, townshipStem } = builtinPlaceSuffixes();
  const stem = townshipName.exec(township.name)?.[1];
  return stem !== undefined && townshipStem.test(stem) ? stem : undefined;
}

const FORM_RANK: Record<EntryForm, number> = { alias: 0, full: 1, common: 2, short: 3, old: 4 };

export class PlaceIndex {
  private readonly entries = new Map<string, NameEntry>();
  /**
   * A short name a prefecture shares with counties outside it (兴安: 兴安盟, 兴安县): those
   * counties, kept apart from the entries (a handful of names) so that the hot entries stay small.
   */
  private readonly sharedCounties = new Map<string, readonly Division[]>();
  /**
   * A district of Taiwan or Hong Kong whose full name a division of the national
   * list already has (太平区 of 台中 and of 阜新, 东区 of 香港 and of 攀枝花): the
   * name stays the listed division's, and these namesakes (a score of names) wait
   * for an article that names their region.
   */
  private readonly uncodedNamesakes = new Map<string, Division[]>();
  /**
   * Districts of Hong Kong or Taiwan whose full name is a listed county's short
   * name (九龙 of 香港, the stem of 四川's 九龙县): the name stays the county's
   * stem, and these wait for an article that names their region.
   */
  private readonly uncodedStemNamesakes = new Map<string, Division[]>();
  /** For each first two characters, a bit set of the surface lengths that start with them (read once, into the blocks below). */
  private readonly lengthsByLead = new Map<number, number>();
  /**
   * The same table laid out for a scan: for each UTF-16 unit some surface
   * starts with, 1 + the number of its block (0: none), and each block's
   * second units ascending (`seconds`, from `blockStarts[b]` to
   * `blockStarts[b + 1]`), with their lengths' bit sets beside them. A text's
   * common characters keep their few cache lines warm, where a hashed filter
   * on both units (and the Map behind it) read a cold line at most positions.
   */
  private readonly firstBlock = new Uint16Array(0x10000);
  private blockStarts = new Uint32Array(1);
  private seconds = new Uint16Array(0);
  private leadLengths = new Int32Array(0);
  /**
   * Each lead's entries (the lead's number in `seconds`: from `leadEntryStarts[k]`
   * to `leadEntryStarts[k + 1]`), with each one's length and third unit beside
   * it (0 for two characters): a candidate is compared in place, most rejected
   * by two reads of a small array, with no string cut from the text and no Map probed.
   */
  private leadEntryStarts = new Uint32Array(1);
  private leadEntries: NameEntry[] = [];
  private entryLengths = new Uint8Array(0);
  private entryThirds = new Uint16Array(0);

  constructor(gazetteer: Gazetteer, rules: IndexRules) {
    const drafts = new Map<string, { form: EntryForm; divisions: Division[] }>();
    const offerOne = (surface: string, form: EntryForm, division: Division) => {
      const draft = drafts.get(surface);
      if (!draft || FORM_RANK[form] < FORM_RANK[draft.form]) drafts.set(surface, { form, divisions: [division] });
      else if (FORM_RANK[form] === FORM_RANK[draft.form] && !draft.divisions.includes(division)) draft.divisions.push(division);
    };
    const offer = (surface: string, form: EntryForm, division: Division) => {
      offerOne(surface, form, division);
      const variant = variantSpelling(surface, rules.variantChars);
      if (variant !== surface) offerOne(variant, form, division);
    };
    const uncoded: Division[] = [];
    for (const division of gazetteer.divisions) {
      if (division.code === '') {
        uncoded.push(division);
        continue;
      }
      offer(division.name, 'full', division);
      if (division.level === 'township') {
        const plain = withoutCountyName(division);
        if (plain !== undefined) offer(plain, 'full', division);
        const inner = innerTownshipName(division);
        if (inner !== undefined) offer(inner, 'full', division);
        continue;
      }
      for (const derived of derivedNames(division)) offer(derived.surface, derived.form, division);
    }
    // Taiwan's and Hong Kong's cities and districts (no code) never take a
    // name from a division of the national list above the townships (九龙
    // stays 九龙县's); a name only townships have (宝山乡) is shared, for the
    // article's region to settle.
    // A division's old name (新北市 of 常州's 新北区, once a city) yields to a city's own full name (新北市).
    for (const division of uncoded) {
      for (const { surface, form } of [{ surface: division.name, form: 'full' as const }, ...derivedNames(division)]) {
        const draft = drafts.get(surface);
        if (draft?.divisions.some((d) => d.level !== 'township') !== true || (form === 'full' && draft.form === 'old')) offer(surface, form, division);
        else if (form === 'full' && (draft.form === 'short' || draft.form === 'old')) {
          const namesakes = this.uncodedStemNamesakes.get(surface);
          if (namesakes) namesakes.push(division);
          else this.uncodedStemNamesakes.set(surface, [division]);
        } else if (form === 'full' && draft.form === 'full') {
          const namesakes = this.uncodedNamesakes.get(surface);
          if (namesakes) namesakes.push(division);
          else this.uncodedNamesakes.set(surface, [division]);
        }
      }
    }
    // A renamed division's former name (开县 for 开州区, 襄樊市 for 襄阳市): a prefecture's is as
    // plain as an alias; a county's counts where the article names its region, like its other
    // old names, and so does its stem where it keeps two characters (吴旗 of 吴旗县) and no
    // division's name has it.
    for (const { name, division } of gazetteer.formerNames) {
      offer(name, division.level === 'prefecture' ? 'alias' : 'old', division);
      const stem = name.replace(/(?:县|市|区|旗|特区|矿区)$/, '');
      if (division.level === 'county' && stem.length >= 2 && stem !== name && !drafts.has(stem)) offer(stem, 'old', division);
    }
    const targets = gazetteer.findAll(rules.aliases.map((rule) => rule.target));
    for (const rule of rules.aliases) {
      for (const division of targets.get(rule.target)!) offer(rule.alias, 'alias', division);
    }
    // forEach, not for…of: no [surface, draft] pair is built for each of the ~100,000 surfaces at start-up.
    drafts.forEach((draft, surface) => {
      const derived = draft.form === 'short' || draft.form === 'old';
      const divisions = derived ? highestLevel(draft.divisions) : ownTownshipsDropped(draft.divisions);
      // Only counties outside the prefecture (兴安县 for 兴安盟, not 承德县 for 承德市: 承德 is the city there too).
      const counties = derived && divisions.length === 1 && divisions[0]!.level === 'prefecture' ? draft.divisions.filter((d) => d.level === 'county' && d.code !== '' && !isWithin(d, divisions[0]!)) : [];
      let county = false;
      let uncodedCounty = false;
      let local = false;
      for (const d of divisions) {
        if (d.level === 'county') {
          county = true;
          // A Hong Kong or Macau district's full name (观塘区, 花地玛堂区) names it alone, as Hong Kong
          // papers write it without 香港; a two-character one (北区, 南区) is a common word.
          if (d.code === '' && !(draft.form === 'full' && surface.length > 2 && SAR_PROVINCES.has(d.parent?.parent?.code ?? ''))) uncodedCounty = true;
        } else if (d.level === 'township' || d.level === 'village') {
          local = true;
        }
      }
      this.put({
        surface,
        form: draft.form,
        divisions,
        // A county's stem or old suffix (桑珠孜, 新建县) is often a plain word; a district of Taiwan or
        // Hong Kong (中西区, 信义区) counts where the article names its region.
        needsContext: (derived && county) || uncodedCounty || rules.contextOnly.has(surface),
        chainOnly: rules.chainOnly.has(surface),
        blocked: false,
        aboveTownship: !local,
      });
      if (counties.length > 0) this.sharedCounties.set(surface, counties);
    });
    for (const word of rules.blockedWords) {
      this.put({ surface: word, form: 'full', divisions: [], needsContext: false, chainOnly: false, blocked: true, aboveTownship: false });
    }
    this.layOutLeads();
  }

  /** Every coded township of the list (under its full name). */
  *townships(): Generator<Division> {
    for (const entry of this.entries.values()) {
      if (entry.form !== 'full') continue;
      for (const division of entry.divisions) if (division.level === 'township' && division.code !== '' && division.name === entry.surface) yield division;
    }
  }

  get size(): number {
    return this.entries.size;
  }

  /** The counties outside its prefecture that share a prefecture's short name (兴安县 for 兴安), if any. */
  countiesSharing(entry: NameEntry): readonly Division[] | undefined {
    return this.sharedCounties.size === 0 || entry.form !== 'short' ? undefined : this.sharedCounties.get(entry.surface);
  }

  /** The districts of Taiwan or Hong Kong that share a listed division's full name (太平区), if any. */
  uncodedNamesakesOf(entry: NameEntry): readonly Division[] | undefined {
    return entry.form !== 'full' ? undefined : this.uncodedNamesakes.get(entry.surface);
  }

  /** The districts of Hong Kong or Taiwan whose full name is a listed county's stem (九龙), if any. */
  uncodedStemNamesakesOf(entry: NameEntry): readonly Division[] | undefined {
    return entry.form === 'short' || entry.form === 'old' ? this.uncodedStemNamesakes.get(entry.surface) : undefined;
  }

  lookup(surface: string): NameEntry | undefined {
    return this.entries.get(surface);
  }

  /** Every entry starting at `start`, longest first (昌都市, then 昌都). */
  entriesAt(text: string, start: number): NameEntry[] {
    const lengths = this.lengthsAt(text, start);
    if (lengths === 0) return NO_ENTRIES;
    const found: NameEntry[] = [];
    for (let length = longestLength(lengths, text.length - start); length >= 2; length--) {
      const entry = this.entryAt(text, start, length, lengths);
      if (entry) found.push(entry);
    }
    return found;
  }

  /** A place name (not a blocked word) starts at `start`. */
  namesAt(text: string, start: number): boolean {
    const lengths = this.lengthsAt(text, start);
    for (let length = lengths === 0 ? 0 : longestLength(lengths, text.length - start); length >= 2; length--) {
      const entry = this.entryAt(text, start, length, lengths);
      if (entry && !entry.blocked) return true;
    }
    return false;
  }

  /**
   * A bit set of the lengths a surface starting at `start` may have (0 when
   * none can start there): a scan asks for the entries one length at a
   * time, longest first, and stops at the first it accepts.
   */
  lengthsAt(text: string, start: number): number {
    const lead = this.leadAt(text, start);
    return lead < 0 ? 0 : this.leadLengths[lead]!;
  }

  /** The number of the lead text[start, start + 2) in `seconds`; -1 when no surface starts with it. */
  private leadAt(text: string, start: number): number {
    // Past the end of the text charCodeAt is NaN: no block, and no second unit equals it.
    const block = this.firstBlock[text.charCodeAt(start)];
    if (block === undefined || block === 0) return -1;
    const second = text.charCodeAt(start + 1);
    let lo = this.blockStarts[block - 1]!;
    let hi = this.blockStarts[block]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const unit = this.seconds[mid]!;
      if (unit === second) return mid;
      if (unit < second) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Lays lengthsByLead out in blocks by first unit (once, after the last entry is put). */
  private layOutLeads(): void {
    const leads = [...this.lengthsByLead.keys()].sort((a, b) => a - b);
    const firsts = [...new Set(leads.map((lead) => lead >>> 16))];
    if (firsts.length >= 0xffff) throw new Error('place index: too many first units for its blocks');
    this.blockStarts = new Uint32Array(firsts.length + 1);
    this.seconds = new Uint16Array(leads.length);
    this.leadLengths = new Int32Array(leads.length);
    let block = 0;
    leads.forEach((lead, k) => {
      const first = lead >>> 16;
      if (this.firstBlock[first] === 0) {
        this.firstBlock[first] = ++block;
        this.blockStarts[block - 1] = k;
      }
      this.seconds[k] = lead & 0xffff;
      this.leadLengths[k] = this.lengthsByLead.get(lead)!;
    });
    this.blockStarts[block] = leads.length;
    // Each lead's entries, in the order the leads were laid out.
    const byLead = new Map<number, NameEntry[]>();
    for (const entry of this.entries.values()) {
      const lead = leadKey(entry.surface, 0);
      const list = byLead.get(lead);
      if (list) list.push(entry);
      else byLead.set(lead, [entry]);
    }
    this.leadEntryStarts = new Uint32Array(leads.length + 1);
    this.leadEntries = [];
    leads.forEach((lead, k) => {
      this.leadEntryStarts[k] = this.leadEntries.length;
      for (const entry of byLead.get(lead)!) this.leadEntries.push(entry);
    });
    this.leadEntryStarts[leads.length] = this.leadEntries.length;
    this.entryLengths = Uint8Array.from(this.leadEntries, (entry) => entry.surface.length);
    this.entryThirds = Uint16Array.from(this.leadEntries, (entry) => (entry.surface.length > 2 ? entry.surface.charCodeAt(2) : 0));
    this.lengthsByLead.clear(); // read no more
  }

  /** The entry spelled text[start, start + length), where `lengths` (from lengthsAt) allows that length. */
  entryAt(text: string, start: number, length: number, lengths: number): NameEntry | undefined {
    return (lengths & (1 << length)) === 0 ? undefined : this.entryOf(text, start, length);
  }

  /** The entry spelled text[start, start + length) (a length lengthsAt allows). */
  entryOf(text: string, start: number, length: number): NameEntry | undefined {
    const lead = this.leadAt(text, start);
    if (lead < 0) return undefined;
    const third = length > 2 ? text.charCodeAt(start + 2) : 0;
    for (let k = this.leadEntryStarts[lead]!; k < this.leadEntryStarts[lead + 1]!; k++) {
      if (this.entryLengths[k] !== length || this.entryThirds[k] !== third) continue;
      const surface = this.leadEntries[k]!.surface;
      let same = true;
      for (let q = 3; q < length && same; q++) same = surface.charCodeAt(q) === text.charCodeAt(start + q);
      if (same) return this.leadEntries[k];
    }
    return undefined;
  }

  /** Surfaces of the given forms, e.g. for jieba's user dictionary. */
  surfaces(accept: (entry: NameEntry) => boolean): string[] {
    return [...this.entries.values()].filter(accept).map((e) => e.surface);
  }

  private put(entry: NameEntry): void {
    if (entry.surface.length < 2 || entry.surface.length > MAX_SURFACE_LENGTH) return;
    this.entries.set(entry.surface, entry);
    const lead = leadKey(entry.surface, 0);
    this.lengthsByLead.set(lead, (this.lengthsByLead.get(lead) ?? 0) | (1 << entry.surface.length));
  }
}


/** The longest length in a lengthsAt bit set, at most `room`. */
export function longestLength(lengths: number, room: number): number {
  return Math.min(31 - Math.clz32(lengths), room);
}

/**
 * The first two UTF-16 units at `start` packed in one 32-bit integer: no
 * string is built per text position, and the key stays a small integer to
 * V8 (a product past 2^31 would be boxed as a heap number on every lookup).
 */
export function leadKey(text: string, start: number): number {
  return (text.charCodeAt(start) << 16) | text.charCodeAt(start + 1);
}

/** A short name shared by a province and a prefecture (吉林) means the province. */
/**
 * A county and townships of its own under the same full name (the list's 金门县
 * holds a township 金门县) are the county: the name means one division.
 */
function ownTownshipsDropped(divisions: Division[]): Division[] {
  if (divisions.length === 1) return divisions;
  const heads = divisions.filter((d) => d.level !== 'township');
  if (heads.length !== 1 || heads.length === divisions.length) return divisions;
  return divisions.every((d) => d === heads[0] || isWithin(d, heads[0]!)) ? heads : divisions;
}

function highestLevel(divisions: readonly Division[]): Division[] {
  const top = Math.min(...divisions.map((d) => PLACE_LEVELS.indexOf(d.level)));
  return divisions.filter((d) => PLACE_LEVELS.indexOf(d.level) === top);
}
