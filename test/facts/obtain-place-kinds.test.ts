import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// 争取某省援藏资金: the place named right after an obtaining verb grants the money (its 省 is not the
// subject's level); 进入全区十强县 ranks the county among the whole region, which spends nothing there.
// Invented texts.

const factOf = (text: string) => factsOf(text, '2024-03-01')[0]!;

describe('obtaining from a named place, and rankings among the whole division', () => {
  it('a province right after 争取 gives', () => {
    const fact = factOf('援藏简讯\n西藏那曲市嘉黎县积极争取江苏省援藏资金1800万元，建成了县中学教学楼。');
    expect(fact.who).toEqual(['江苏省']);
  });

  it('a level word after 争取 still names the subject’s level', () => {
    const fact = factOf('西藏那曲市嘉黎县今年争取自治区级资金600万元，用于牧区道路。');
    expect(fact.who).toEqual(['西藏自治区']);
  });

  it('进入全区十强县 is a ranking: 全区 names no where for the amount', () => {
    const fact = factOf('援藏简讯\n西藏那曲市嘉黎县提出五年进入全区十强县的目标，投入资金1500万元建设县城道路。');
    expect(fact.where.map((w) => w.path)).toEqual(['西藏自治区/那曲市/嘉黎县']);
  });
});
