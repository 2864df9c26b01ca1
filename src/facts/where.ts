import type { PlaceMention } from '../model/mention';
import type { FactBasis, FactPlace } from './schema';
import type { MoneyContext } from './context';
import type { Party } from './parties';
import type { FactText, LocatedMention } from './text';

// `where`: the places the money goes to, or that a statistic describes
// (GUIDELINES, facts). Givers' places are not destinations.

export interface WhereLink {
  where: FactPlace[];
  mentions: number[];
  basis: FactBasis;
}

export const NOWHERE: WhereLink = { where: [], mentions: [], basis: 'none' };

/** Asked only when needed: most amounts name their place in their own sentence. */
export interface CarriedPlaces {
  previous(): WhereLink | undefined;
  paragraph(): WhereLink | undefined;
  document(): WhereLink | undefined;
}

export function linkWhere(
  ctx: MoneyContext,
  parties: readonly Party[],
  carried: CarriedPlaces,
  donorProvinces: ReadonlySet<string>,
): WhereLink {
  const { text, money, zone, clause, sentence } = ctx;
  const places = destinationsIn(text, sentence, parties, donorProvinces);
  const inZone = places.filter((p) => p.start >= zone.start && p.end <= zone.end);
  if (inZone.length > 0) return placesLink(inZone, 'clause');
  const inClause = places.filter((p) => p.start >= clause.start && p.end <= clause.end);
  if (inClause.length > 0) return placesLink(inClause, 'clause');
  const before = nearestClauseBefore(text, sentence, places.filter((p) => p.end <= money.start));
  if (before.length > 0) return placesLink(before, 'sentence');
  const sources: Array<[() => WhereLink | undefined, FactBasis]> = [
    [carried.previous, 'previous-sentence'],
    [carried.paragraph, 'paragraph'],
    [carried.document, 'document'],
  ];
  for (const [source, basis] of sources) {
    const link = source();
    if (link && link.where.length > 0) return { ...link, basis };
  }
  return NOWHERE;
}

/**
 * The places of a sentence that are not givers: not a giver here, and not in
 * a donor province (one whose government or aid team gives in the document).
 */
export function destinationsIn(
  text: FactText,
  sentence: number,
  parties: readonly Party[],
  donorProvinces: ReadonlySet<string> = NO_PROVINCES,
): LocatedMention[] {
  return text
    .ofType(sentence, 'place')
    .filter((place) => donorProvinces.size === 0 || !donorProvinces.has(provinceOf(place)))
    .filter((place) => !parties.some((party) => party.start <= place.start && place.end <= party.end));
}

const NO_PROVINCES: ReadonlySet<string> = new Set();

export function provinceOf(place: LocatedMention): string {
  const path = (place.mention as PlaceMention).path;
  const slash = path.indexOf('/');
  return slash < 0 ? path : path.slice(0, slash);
}

/** The places of the last clause before the amount that names any. */
function nearestClauseBefore(text: FactText, sentence: number, places: readonly LocatedMention[]): LocatedMention[] {
  const last = places[places.length - 1];
  if (!last) return [];
  const clause = text.clauseAt(sentence, last.start);
  return places.filter((p) => p.start >= clause.start);
}

/** The most specific places: a place is dropped when another one lies inside it. */
export function placesLink(places: readonly LocatedMention[], basis: FactBasis): WhereLink {
  const unique = new Map<string, LocatedMention>();
  for (const place of places) {
    const path = (place.mention as PlaceMention).path;
    if (!unique.has(path)) unique.set(path, place);
  }
  const paths = [...unique.keys()];
  const deepest = [...unique.entries()].filter(([path]) => !paths.some((other) => other !== path && other.startsWith(`${path}/`)));
  return {
    where: deepest.map(([, place]) => placeOf(place.mention as PlaceMention)),
    mentions: deepest.map(([, place]) => place.index),
    basis,
  };
}

function placeOf(place: PlaceMention): FactPlace {
  return place.code ? { path: place.path, code: place.code } : { path: place.path };
}
