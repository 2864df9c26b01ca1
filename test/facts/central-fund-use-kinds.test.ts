import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// A central fund named with its use between 中央 and the fund word (中央农村危房改造补助资金)
// is the central government's money, written 中央 (fixtures/facts/NOTES.md, who 20), even where
// a province's department hands it down. Invented sentences.

describe('中央, a use, then a fund ending right before the amount', () => {
  it('is given by 中央, not by the department that hands it down', () => {
    const facts = factsOf('标题\n近日，甘肃省财政厅下达2023年中央农村危房改造补助资金2.1亿元，支持各地改造农房。', '2023-06-01');
    expect(facts.map((f) => f.who)).toEqual([['中央']]);
  });

  it('a special fund with its use (中央林业草原生态保护恢复专项资金)', () => {
    const facts = factsOf('标题\n近日，云南省财政厅拨付中央林业草原生态保护恢复专项资金8000万元。', '2023-06-01');
    expect(facts.map((f) => f.who)).toEqual([['中央']]);
  });

  it('not a word of no government after 中央 (中央企业, 中央厨房)', () => {
    const facts = factsOf('标题\n某县引进中央企业产业发展资金5000万元，建设物流园。', '2023-06-01');
    expect(facts[0]!.who).not.toEqual(['中央']);
  });

  it('not a fund of several levels (中央和省级各类资金): each level is read as before', () => {
    const facts = factsOf('标题\n三年来，岷县累计争取中央和省级各类资金3亿元。', '2023-06-01');
    expect(facts[0]!.who).toEqual(['中央', '甘肃省']);
  });
});
