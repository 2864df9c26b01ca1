import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// A headline amount told again in the body (the same value): the giver the body's clause names gives the
// headline's money too, where the headline names none of its own (GUIDELINES facts, `who`). Invented sentences.

describe('a headline amount takes the giver the body names', () => {
  it('a fund receiving a gift in the headline: the donor of the body, not the fund or its founders', () => {
    const facts = factsOf('爱心助学基金获500万元捐款\n该基金由中国青少年发展基金会设立。昨天，该基金收到某某能源股份有限公司捐赠的5百万元，用于建设希望小学。');
    expect(facts.map((f) => f.who)).toEqual([['某某能源股份有限公司'], ['某某能源股份有限公司']]);
  });

  it('negative: a headline naming its own giver keeps it', () => {
    const facts = factsOf('珠海市援建福贡县500万元\n福贡县是珠海市的对口帮扶县。某某能源股份有限公司捐赠500万元，用于建设希望小学。');
    expect(facts[0]!.who).toEqual(['广东省/珠海市']);
  });
});

describe('an amount told again at the opening of a later clause', () => {
  it('按照计划，800万元… restates the gift told before and keeps its giver', () => {
    const facts = factsOf('标题\n昨天，该基金收到某某能源股份有限公司捐赠的500万元。按照计划，500万元捐赠款将用于希望小学的建设。');
    expect(facts.map((f) => f.who)).toEqual([['某某能源股份有限公司'], ['某某能源股份有限公司']]);
  });

  it('negative: an amount of another value opening a later clause keeps no giver', () => {
    const facts = factsOf('标题\n昨天，该基金收到某某能源股份有限公司捐赠的500万元。据估算，20万元可建一所小学。');
    expect(facts[1]!.who).toEqual([]);
  });
});
