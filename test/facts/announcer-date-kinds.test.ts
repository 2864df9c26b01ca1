import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// A listed company announcing its own gift (某某股份公告称，公司…捐赠…) gives it, by its name as written
// (GUIDELINES who: companies by name), also where a date opens the sentence (9月27日，某某股份…) and where
// the announcement is published with its kind (某某股份发布对外捐赠公告称). Invented sentences.

describe('a company announcing its gift after an opening date', () => {
  it('date, comma, company, 公告称, 公司…捐赠', () => {
    const facts = factsOf('标题\n5月8日，华川股份公告称，公司拟向某某大学教育基金会捐赠3000万元。', '2024-06-01');
    expect(facts.map((f) => f.who)).toEqual([['华川股份']]);
  });

  it('发布对外捐赠公告称: the name ends at the publishing verb', () => {
    const facts = factsOf('标题\n5月8日，华川股份发布对外捐赠公告称，公司已向某某慈善基金会捐赠2000万元。', '2024-06-01');
    expect(facts.map((f) => f.who)).toEqual([['华川股份']]);
  });

  it('not a government announcing (某县政府发布公告称)', () => {
    const facts = factsOf('标题\n5月8日，某县政府发布公告称，公司拟投资3000万元建设厂房。', '2024-06-01');
    expect(facts[0]!.who).not.toEqual(['某县政府']);
  });
});
