import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// Money handed down to divisions the sentence leaves unnamed (拨给有关市、县) goes to the province they lie
// in, not to the counties a sentence before named for the damage. And the state approving a sum
// (国家批复投资为…) names no giver. Invented sentences.

const rows = (text: string) => factsOf(text, '').map((f) => ({ where: f.where.map((p) => p.path), who: f.who }));

describe('money handed to unnamed divisions', () => {
  it('goes to the province of the damaged counties named before', () => {
    const facts = rows('标题\n连日暴雨引发洪涝，桑植县、慈利县等地灾情严重。\n省政府近日拨付抗洪救灾资金5000万元给有关市、县，重点用于堤防抢修。');
    expect(facts[0]!.where).toEqual(['湖南省']);
  });

  it('money handed to a named county keeps that county', () => {
    const facts = rows('标题\n连日暴雨引发洪涝，桑植县、慈利县等地灾情严重。\n省政府近日拨付抗洪救灾资金5000万元给桑植县。');
    expect(facts[0]!.where).toEqual(['湖南省/张家界市/桑植县']);
  });
});

describe('a sum the state approves (国家批复投资为)', () => {
  it('names no giver', () => {
    expect(rows('标题\n该引水工程全长86公里，国家批复投资为45亿元，计划三年建成。')[0]!.who).toEqual([]);
  });
});
