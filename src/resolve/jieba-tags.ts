import { allOf, oneOf, RuleFileError, type RuleFileSpec, type RuleSet } from '../rules/loader';

// The jieba part-of-speech tags the place and geo extractors read as
// evidence (rules/jieba-tags.tsv): language knowledge kept as data.

export const TAG_SET_NAMES = [
  'place-like',
  'person',
  'proper-name',
  'own-name',
  'village-ordinary',
  'proper-stem',
  'stem',
  'common-word',
  'list-ordinary',
  'place',
  'name-piece',
  'locative',
  'site-stem',
  'short-name-lead',
  'unknown-word',
  'river-stem',
  'bay-stem',
  'name-morpheme',
  'locative-word',
  'ridge-stem',
  'rare-char',
  'plain-river-stem',
] as const;

export type TagSetName = (typeof TAG_SET_NAMES)[number];
export type TagSets = Readonly<Record<TagSetName, ReadonlySet<string>>>;

const TAG = /^[a-z]+$/;

export const JIEBA_TAG_RULES: RuleFileSpec = {
  file: 'jieba-tags.tsv',
  columns: ['set', 'tags'],
  check: allOf(oneOf('set', TAG_SET_NAMES), (row) => {
    const bad = row.cells.tags!.split(/\s+/).find((tag) => !TAG.test(tag));
    return bad === undefined ? undefined : `column "tags": "${bad}" is not a jieba tag (lower-case letters)`;
  }),
};

/** Every tag set of rules/jieba-tags.tsv; a set the file lacks stops the run at start-up. */
export function loadTagSets(rules: RuleSet): TagSets {
  const rows = rules.load(JIEBA_TAG_RULES);
  const sets = {} as Record<TagSetName, Set<string>>;
  for (const row of rows) {
    const name = row.cells.set as TagSetName;
    const set = (sets[name] ??= new Set());
    for (const tag of row.cells.tags!.split(/\s+/)) set.add(tag);
  }
  const missing = TAG_SET_NAMES.find((name) => !sets[name]);
  if (missing) throw new RuleFileError(rows[0]?.file ?? JIEBA_TAG_RULES.file, 0, `tag set "${missing}" is missing`);
  return sets;
}
