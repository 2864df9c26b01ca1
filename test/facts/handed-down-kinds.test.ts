import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// An amount handed down to the places inside the one its clause names (GUIDELINES: several destinations,
// the most specific; NOTES 11), and the State Council as a giver by its name, in invented sentences.

const factOf = (text: string) => factsOf(`标题\n${text}`)[0]!;

describe('an amount handed down in the next clause', () => {
  it('goes to the counties it is split among, not the province its clause names', () => {
    const fact = factOf('国务院下达给四川的年度移民资金3.2亿元，已分解到汶川、理县、茂县3县。');
    expect(fact.where.map((w) => w.path)).toEqual(['四川省/阿坝藏族羌族自治州/汶川县', '四川省/阿坝藏族羌族自治州/理县', '四川省/阿坝藏族羌族自治州/茂县']);
    expect(fact.who).toEqual(['国务院']);
  });

  it('places of the next clause outside the named one are no shares of it', () => {
    const fact = factOf('省里下达给成都市的资金5000万元，分配到绵阳市的项目另行安排。');
    expect(fact.where.map((w) => w.path)).toEqual(['四川省/成都市']);
  });
});
