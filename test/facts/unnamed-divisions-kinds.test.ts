import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// Money handed down to divisions the sentence leaves unnamed (给有关受灾市、县) goes to the province they lie
// in, not to the counties a sentence before named for the damage. And the state approving a sum
// (国家批复投资为…) names no giver. Invented sentences.

const rows = (text: string) => factsOf(text, '').map((f) => ({ where: f.where.map((p) => p.path), who: f.who }));

describe('money handed to unnamed divisions', () => {
  it('goes to the province of the damaged counties named before', () => {
    const facts = rows('标题\n今年第9号台风登陆，苍南、瑞安、永嘉等地降雨为百年一遇。\n记者从省民政厅了解到，日前省政府紧急下拨5000万元救灾补助资金给有关受灾市、县（市、区），统筹用于受灾群众生活救助。');
    expect(facts[0]!.where).toEqual(['浙江省']);
  });

  it('money handed to a named county keeps that county', () => {
    const facts = rows('标题\n今年第9号台风登陆，苍南、瑞安等地降雨为百年一遇。\n日前省政府紧急下拨5000万元救灾补助资金给苍南县。');
    expect(facts[0]!.where).toEqual(['浙江省/温州市/苍南县']);
  });
});

describe('a sum the state approves (国家批复投资为)', () => {
  it('names no giver', () => {
    expect(rows('标题\n某水电站位于金沙江上游河段，装机容量100万千瓦，国家批复投资为120亿元。')[0]!.who).toEqual([]);
  });
});
