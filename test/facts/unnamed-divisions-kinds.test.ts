import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// Money handed down to divisions the sentence leaves unnamed (拨给有关市、县) goes to the province they lie
// in, not to the counties a sentence before named for the damage. And the state approving a sum
// (国家批复投资为…) names no giver. Invented sentences.

const rows = (text: string) => factsOf(text, '').map((f) => ({ where: f.where.map((p) => p.path), who: f.who }));

describe('money handed to unnamed divisions', () => {
  it('goes to the province of the damaged counties named before', () => {
    const facts = rows('标题\n台风过境，苍南、瑞安、永嘉等地受灾严重。\n省政府近日拨付救灾资金3000万元给有关市、县，用于群众生活救助。');
    expect(facts[0]!.where).toEqual(['浙江省']);
  });

  it('money handed to a named county keeps that county', () => {
    const facts = rows('标题\n台风过境，苍南、瑞安等地受灾严重。\n省政府近日拨付救灾资金3000万元给苍南县。');
    expect(facts[0]!.where).toEqual(['浙江省/温州市/苍南县']);
  });
});

describe('a sum the state approves (国家批复投资为)', () => {
  it('names no giver', () => {
    expect(rows('标题\n某水电站位于雅砻江中游，国家批复投资为120亿元。')[0]!.who).toEqual([]);
  });
});
