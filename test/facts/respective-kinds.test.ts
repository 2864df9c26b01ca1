import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// 甲、乙、丙三县分别投入100万元、80万元和60万元: a list of places, 分别 and as many amounts listed
// after it pair in order, each amount going to the place of its rank (GUIDELINES: where is the most
// specific place the money goes to or the statistic describes). Invented sentences.

const whereOf = (text: string) => factsOf(text, '2023-05-01').map((f) => f.where.map((p) => p.path));

describe('amounts given respectively to a list of places', () => {
  it('each amount takes the place of its rank', () => {
    const text = '标题\n2022年，富宁县、广南县和西畴县三个县分别实现地区生产总值142.1亿元、136.5亿元和88.7亿元。';
    expect(whereOf(text)).toEqual([['云南省/文山壮族苗族自治州/富宁县'], ['云南省/文山壮族苗族自治州/广南县'], ['云南省/文山壮族苗族自治州/西畴县']]);
  });

  it('with 分别为 and two places', () => {
    const text = '标题\n去年，莲都区与青田县的农业产值分别为21亿元和17亿元。';
    expect(whereOf(text)).toEqual([['浙江省/丽水市/莲都区'], ['浙江省/丽水市/青田县']]);
  });

  // Without a pairing, the amounts link as they would without 分别.
  it('one amount for several places is no pairing', () => {
    const text = '标题\n莲都区、青田县、缙云县分别实现旅游收入3亿元。';
    expect(whereOf(text)).toEqual(whereOf(text.replace('分别', '')));
    expect(whereOf(text)[0]!.length).toBeGreaterThan(1);
  });

  it('lists of unequal length are no pairing', () => {
    const text = '标题\n莲都区、青田县、缙云县分别实现旅游收入12亿元和9亿元。';
    expect(whereOf(text)).toEqual(whereOf(text.replace('分别', '')));
  });

  it('amounts after a clause break are not the list paired', () => {
    const text = '标题\n莲都区和青田县分别举办了推介会，签约金额12亿元、9亿元。';
    expect(whereOf(text)).toEqual(whereOf(text.replace('分别', '')));
  });
});
