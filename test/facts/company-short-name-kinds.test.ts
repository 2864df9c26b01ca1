import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// A company written once in full (唐山某某管业有限公司) and later by its short name (某某管业), without the legal
// suffix and the place opening it: the short name, as written, gives (GUIDELINES facts, `who`: companies by name
// as written). Invented sentences.

describe("a company called by its short name", () => {
  it('gives what its giving verb names, its full name told before with no giving verb', () => {
    const facts = factsOf('标题\n11月25日，村支书接过唐山某某管业有限公司工作人员递过来的支票。得知村里缺少经费，某某管业决定捐赠5万元。');
    expect(facts[0]!.who).toEqual(['某某管业']);
  });

  it('a short name opening with a place stands for the company, not the place', () => {
    const facts = factsOf('遵义糖厂为石桥村捐赠8万元\n11月3日，遵义糖厂有限公司到石桥村开展捐赠活动。');
    expect(facts[0]!.who).toEqual(['遵义糖厂']);
  });

  it('negative: the full name receiving support is no giver', () => {
    const facts = factsOf('标题\n设立产业引导资金，重点扶持某某民族文化发展有限公司发展藏香生产；投资400万元建设10个蔬菜大棚。');
    expect(facts[0]!.who).not.toContain('某某民族文化发展');
  });

  it('negative: a short name with no giving verb in its clause gives nothing', () => {
    const facts = factsOf('标题\n唐山某某管业有限公司是本地企业。在某某管业协助下，村里投资20万元修路。');
    expect(facts[0]!.who).not.toContain('某某管业');
  });
});
