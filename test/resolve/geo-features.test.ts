import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedFeatures } from '../../src/extract/geo';
import { GEO_KINDS } from '../../src/model/mention';
import { sharedGazetteer } from '../../src/resolve/gazetteer';
import { derivedNames } from '../../src/resolve/names';

// data/geo-features.tsv.gz, as scripts/build-geo-gazetteer.js writes it.
const features = generatedFeatures();

describe('generated feature list', () => {
  it('holds features of every kind, each once', () => {
    // 2,425 until people's names jieba tags as places (钟南山, 余沧海) and verbs glued onto names (从东山) were left out;
    // 2,420 since person-tagged names a village is named after (阳澄湖) and gloss-confirmed valleys came in.
    expect(features.length).toBeGreaterThan(2400);
    const kinds = new Set(features.map((f) => f.kind));
    expect([...kinds].sort()).toEqual([...GEO_KINDS].sort());
    expect(new Set(features.map((f) => f.name)).size).toBe(features.length);
  });

  it('names no division of the gazetteer, in full or short', () => {
    const names = new Set<string>();
    for (const d of sharedGazetteer().divisions) {
      if (d.level === 'township') continue;
      names.add(d.name);
      for (const n of derivedNames(d)) names.add(n.surface);
    }
    expect(features.filter((f) => names.has(f.name))).toEqual([]);
  });

  it('keeps out generic words, idioms and persons', () => {
    const names = new Set(features.map((f) => f.name));
    for (const word of ['江河湖泊', '河湖', '信口开河', '刘海峰', '护城河', '雪域高原', '刚进山', '临水登山', '高草草原', '钟南山', '冼星海', '余沧海', '欧阳海', '从东山', '但乔峰']) expect(names.has(word), word).toBe(false);
    for (const word of ['白洋淀', '辽东半岛', '舟山群岛', '呼玛河', '崇明岛']) expect(names.has(word), word).toBe(true);
  });

  it('takes CC-CEDICT names whose gloss confirms their kind, not poetic names', () => {
    const kinds = new Map(features.map((f) => [f.name, f.kind]));
    expect(kinds.get('程海湖')).toBe('lake'); // "Chenghai Lake"
    expect(kinds.get('郁江')).toBe('river'); // "Yu River"
    expect(kinds.get('勘察加半岛')).toBe('region');
    for (const word of ['美丽岛', '不识泰山', '人海']) expect(kinds.has(word), word).toBe(false);
  });

  it('takes valleys, trenches and river isles only where a CC-CEDICT gloss confirms them', () => {
    const kinds = new Map(features.map((f) => [f.name, f.kind]));
    expect(kinds.get('东非大裂谷')).toBe('region'); // "Great East African rift valley"
    expect(kinds.get('马里亚纳海沟')).toBe('sea'); // "Mariana Trench"
    expect(kinds.get('婆罗洲')).toBe('region'); // "Borneo island"
    // jieba's tag alone takes none of these endings (七里沟, 上海滩), nor a technology region or cells.
    for (const word of ['七里沟', '太阳谷', '江心洲', '硅谷', '郎格罕氏岛']) expect(kinds.has(word), word).toBe(false);
  });

  it('takes person-tagged names a village or township is named after, not people or common nouns', () => {
    const kinds = new Map(features.map((f) => [f.name, f.kind]));
    expect(kinds.get('阳澄湖')).toBe('lake'); // jieba: nr; villages 阳澄湖村, town 阳澄湖镇
    expect(kinds.get('龙虎山')).toBe('mountain');
    // A person a village shares a name with (stop.tsv), and a hill jieba tags as a common noun.
    for (const word of ['王岐山', '杨秀峰', '观音山']) expect(kinds.has(word), word).toBe(false);
  });

  it('counts no class of features as one (a numeral and a counter at the start)', () => {
    const names = new Set(features.map((f) => f.name));
    for (const word of ['四大洋', '三座大山', '四大佛教名山']) expect(names.has(word), word).toBe(false);
  });

  it('takes two-character CC-CEDICT names whose gloss confirms their kind', () => {
    const kinds = new Map(features.map((f) => [f.name, f.kind]));
    expect(kinds.get('茅山')).toBe('mountain'); // "Mt Mao"
    expect(kinds.get('咸海')).toBe('sea'); // "Aral Sea"
  });

  it("takes place-tagged features from pangu's area list, not a division's name run into one", () => {
    const kinds = new Map(features.map((f) => [f.name, f.kind]));
    expect(kinds.get('鼓浪屿')).toBe('region');
    expect(kinds.get('吴淞江')).toBe('river');
    expect(kinds.has('桂林叠彩山')).toBe(false);
  });

  it('reads a kind word of a CC-CEDICT gloss in either case, and takes 水 only on a gloss', () => {
    const kinds = new Map(features.map((f) => [f.name, f.kind]));
    expect(kinds.get('刘公岛')).toBe('region'); // "Liugong island"
    expect(kinds.get('沅水')).toBe('river'); // "Yuan River"
    for (const word of ['洗发水', '墨水', '香水']) expect(kinds.has(word), word).toBe(false);
  });

  // The list is a function of these files too: a rule edit without `npm run build:geo` leaves it stale (南中国海
  // stayed in it after rules/geo.tsv named it). The rebuild test needs the sources; this one needs only the repo.
  it('holds no name that the hand list, the stop lists or the exclusion words already settle', () => {
    const names = new Set(features.map((f) => f.name));
    const settled = [
      ...column('rules/geo.tsv', 'surface'),
      ...column('data/geo-build/stop.tsv', 'word'),
      ...column('rules/geo-exclusions.tsv', 'word', (row) => row.kind === 'word'),
    ];
    expect(settled.filter((name) => names.has(name))).toEqual([]);
  });
});

/** One column of a tab-separated rule file (comment lines skipped, the first other line the header). */
function column(file: string, name: string, keep: (row: Record<string, string>) => boolean = () => true): string[] {
  const lines = readFileSync(path.join(__dirname, '..', '..', file), 'utf8').split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
  const header = lines[0]!.split('\t');
  const rows = lines.slice(1).map((l) => Object.fromEntries(l.split('\t').map((cell, i) => [header[i] ?? String(i), cell])));
  return rows.filter(keep).map((row) => row[name]!).filter(Boolean);
}
