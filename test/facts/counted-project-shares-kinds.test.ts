import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// The shares of a total of many counted projects, each share counting its own projects (其中某类项目18个、投资额…):
// statistics of many investors, as the total is (NOTES 21: no giver). Invented sentences.

describe('shares of a total of counted projects', () => {
  it('have no giver, as their total has none', () => {
    const facts = factsOf('标题\n河南省二季度将开工15个重点水利项目，总投资80.5亿元，其中防洪类项目10个、投资额60.2亿元，供水工程5个、投资额20.3亿元。');
    expect(facts.map((f) => f.who)).toEqual([[], [], []]);
  });

  it('in traditional characters too', () => {
    const facts = factsOf('標題\n河南省二季度將開工15個重點水利項目,總投資80.5億元,其中防洪類項目10個、投資額60.2億元,供水工程5個、投資額20.3億元。');
    expect(facts.map((f) => f.who)).toEqual([[], [], []]);
  });

  it('negative: a share naming its own giver after the breakdown word keeps it', () => {
    const facts = factsOf('标题\n珠海市今年实施援建项目12个，总投资5000万元，其中珠海市援建项目3个、投资3000万元。');
    expect(facts[1]!.who).toEqual(['广东省/珠海市']);
  });
});

describe('a total of projects counted before their word (120个重大项目)', () => {
  it('is a statistic of many projects, its plan for the year too', () => {
    const facts = factsOf('标题\n6月27日，阿坝州集中开工120个重大项目，涉及基础设施、产业发展等，总投资300.5亿元，今年计划投资40.2亿元。');
    expect(facts.map((f) => f.who)).toEqual([[], []]);
  });

  it('negative: projects of some townships (的 between) are no count of projects', () => {
    const facts = factsOf('标题\n阿坝州投资建设3个乡镇的项目，总投资300.5亿元。');
    expect(facts[0]!.who).toEqual(['四川省/阿坝藏族羌族自治州']);
  });
});
