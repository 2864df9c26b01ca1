import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRuleFile, RuleSet } from '../../src/rules/loader';
import { loadPlaceSuffixes, PLACE_SUFFIX_RULES } from '../../src/resolve/place-suffixes';

describe('division suffixes (rules/place-suffixes.tsv)', () => {
  it('splits names into stem and suffix by level, longest suffix first', () => {
    const suffixes = loadPlaceSuffixes(RuleSet.withUserDir());
    expect('香港特别行政区'.replace(suffixes.province, '')).toBe('香港');
    expect(suffixes.county.exec('浦东新区')?.slice(1)).toEqual(['浦东', '新区']);
    expect(suffixes.county.exec('神农架林区')?.slice(1)).toEqual(['神农架', '林区']);
    expect(suffixes.prefecture.find((s) => '锡林郭勒盟'.endsWith(s.suffix))).toEqual({ suffix: '盟', old: '地区' });
    expect(suffixes.countyRenames).toEqual(['县', '区', '市']);
    expect(suffixes.townshipStem.exec('巴音布鲁克苏木')?.[1]).toBe('巴音布鲁克');
    expect(suffixes.townshipStem.exec('城关社区')).toBeNull();
    expect(suffixes.localStem.exec('城关社区')?.[1]).toBe('城关');
    expect(suffixes.unlistedVillage).toEqual(['村']);
  });

  it('rejects an unknown level or role with its file and line', () => {
    expect(() => parseRuleFile('t.tsv', 'suffix\tlevel\told\trole\n镇\ttownship\n州\tregion\n', PLACE_SUFFIX_RULES)).toThrow('t.tsv:3: column "level" must be one of');
    expect(() => parseRuleFile('t.tsv', 'suffix\tlevel\told\trole\n县\tcounty\t\tother\n', PLACE_SUFFIX_RULES)).toThrow('t.tsv:2: column "role" must be one of');
  });

  it('builds its patterns from the rows given (a suffix with regex characters stays a word)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zx-suffixes-'));
    fs.writeFileSync(path.join(dir, 'place-suffixes.tsv'), 'suffix\tlevel\told\trole\n镇\ttownship\n屯\tvillage\t\tunlisted\n(区)\tcounty\n');
    const suffixes = loadPlaceSuffixes(new RuleSet([dir]));
    expect(suffixes.localStem.exec('小王屯')?.[1]).toBe('小王');
    expect(suffixes.unlistedVillage).toEqual(['屯']);
    expect(suffixes.county.exec('浦东新区')).toBeNull();
    expect(suffixes.county.exec('浦东(区)')?.[1]).toBe('浦东');
  });
});
