import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/facts/schema';
import { factsOf } from './facts-of';

// Kinds of language from county aid reports (GUIDELINES, facts), in invented
// sentences: which place an article is about, who gives in a partnership,
// and which places of a list belong to an amount.

const paths = (fact: Fact | undefined) => fact?.where.map((place) => place.path);

describe('the place an article is about', () => {
  it('a county opening the headline is the subject even where its towns are named more often', () => {
    const facts = factsOf('勐海县对口帮扶工作成效显著\n勐海县积极与上海市沟通协调，勐混镇新建产业园，勐混镇建设冷库，勐遮镇修建道路。\n两个项目共投入援建资金500万元。');
    expect(paths(facts[0])).toEqual(['云南省/西双版纳傣族自治州/勐海县']);
  });
});

describe('the place given to in a sentence', () => {
  it('the object of a giving verb (对口支援某县) is the destination where a nearer clause names only its region', () => {
    const facts = factsOf('福州援建纪实\n福州市援建干部对口支援勐海县以来，紧紧围绕云南社会稳定总目标，共计实施项目50个、投入资金3亿元。');
    expect(paths(facts[0])).toEqual(['云南省/西双版纳傣族自治州/勐海县']);
  });
});

describe('what is given to, with its giver after 由', () => {
  it('a facility opening its sentence and built by another (某县医院由某市援助兴建) receives: its place is where the money goes', () => {
    const facts = factsOf('援建纪实\n上海援建干部在勐腊县查看新村规划，勐腊县群众喜迁新居。\n勐海县人民医院由上海市对口援助兴建，项目总投资近3000万元。');
    expect(paths(facts[0])).toEqual(['云南省/西双版纳傣族自治州/勐海县']);
    expect(facts[0]?.who).toEqual(['上海市']);
  });
});

describe('who gives in a partnership', () => {
  it('the article\'s county acting with a place from outside (某县将与某市…对口援建): the one from outside gives', () => {
    const facts = factsOf('勐海县对口帮扶工作简报\n上海市工作组积极开展帮扶，勐海县各项工作进展顺利。\n2023年，勐海县将与上海市在道路、学校、医院和产业等五个交票项目进行对口援建帮扶工作。其中，道路项目援建资金60万元。');
    expect(facts.map((f) => f.who)).toEqual([['上海市']]);
  });

  it('a place from outside opening the sentence with the county as partner gives itself', () => {
    const facts = factsOf('勐海县对口帮扶工作简报\n上海市还与勐海县结对，每年安排资金500万元。');
    expect(facts.map((f) => f.who)).toEqual([['上海市']]);
  });
});

describe('items of a list cut by semicolons', () => {
  it('an item naming no place does not take the site another item names for its own amount', () => {
    const facts = factsOf(
      '勐海县帮扶项目简报\n上海市对勐海县加大帮扶力度，勐海县各项工作进展顺利。\n2023年，上海市投入资金200万元用于勐混镇道路项目；投入资金300万元用于勐遮镇学校项目；投入资金100万元建设冷链物流中心。',
    );
    expect(facts.map(paths)).toEqual([
      ['云南省/西双版纳傣族自治州/勐海县/勐混镇'],
      ['云南省/西双版纳傣族自治州/勐海县/勐遮镇'],
      ['云南省/西双版纳傣族自治州/勐海县'],
    ]);
  });
});

describe('givers that are groups, not names', () => {
  it("a province's merchants as a group (某商企业) opening a sentence are an unnamed giver: nothing carried", () => {
    const facts = factsOf('江苏援疆十年\n江苏援疆工作组积极开展产业协作。苏商企业在当地注册量达300家，实际投资20亿元。');
    expect(facts.map((f) => f.who)).toEqual([[]]);
  });
});
