import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// A company written once in full (唐山某某管业有限公司) and later by its short name (某某管业), without the legal
// suffix and the place opening it: the short name, as written, gives (GUIDELINES facts, `who`: companies by name
// as written). Invented sentences.

describe("a company called by its short name", () => {
  it('gives what its giving verb names, its full name told before with no giving verb', () => {
    const facts = factsOf('标题\n3月8日，晋城某某建材有限公司负责人来到东山村走访。了解到村小学缺少桌椅后，某某建材当场捐赠8万元。');
    expect(facts[0]!.who).toEqual(['某某建材']);
  });

  it('a short name opening with a place stands for the company, not the place', () => {
    const facts = factsOf('遵义糖厂为石桥村捐赠8万元\n11月3日，遵义糖厂有限公司到石桥村开展捐赠活动。');
    expect(facts[0]!.who).toEqual(['遵义糖厂']);
  });

  it('negative: the full name receiving support is no giver', () => {
    const facts = factsOf('标题\n县里安排专项资金，帮助某某农产品开发有限公司扩大核桃加工；投资260万元新建2座冷库。');
    expect(facts[0]!.who).toEqual([]);
  });

  it('negative: a short name with no giving verb in its clause gives nothing', () => {
    const facts = factsOf('标题\n唐山某某管业有限公司是本地企业。在某某管业协助下，村里投资20万元修路。');
    expect(facts[0]!.who).not.toContain('某某管业');
  });
});
