import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// Investors brought in by 引进/引入 give (GUIDELINES, facts: who: "Someone who only brings an investor in
// is not the giver: the investor is"), also with no verb of their own (总投资), and the places opening
// their names are their origins, not where the money goes. Invented names and sentences.

const rows = (text: string) => factsOf(text, '').map((f) => ({ where: f.where.map((p) => p.path), who: f.who }));

describe('investors brought in by 引进', () => {
  it('two companies listed after 引进 with a total give it; the introducing county is the destination', () => {
    expect(rows('标题\n宁远县去年从外地引进深圳华腾文旅集团和长沙鑫源投资有限公司总投资6.5亿元，建设温泉度假小镇。')).toEqual([
      { where: ['湖南省/永州市/宁远县'], who: ['深圳华腾文旅集团', '长沙鑫源投资有限公司'] },
    ]);
  });

  it('the company name starts after the verb (宁远县引进某公司投资)', () => {
    expect(rows('标题\n宁远县引进长沙鑫源投资有限公司投资2亿元建设物流园。')).toEqual([
      { where: ['湖南省/永州市/宁远县'], who: ['长沙鑫源投资有限公司'] },
    ]);
  });

  it('a body brought to do something else (促成某医院引入新设备) gives no amount named before it', () => {
    const facts = rows('标题\n某省投入2.1亿元改善县级医院条件，还促成宁远县人民医院引入多台新设备。');
    expect(facts[0]!.who).not.toContain('宁远县人民医院');
  });

  it('the place opening the name of a company brought in for something else (引入某地某集团参与运营) is no destination', () => {
    const facts = rows('标题\n今年，该县计划开工项目107个。其中，正在建设的产业园项目，将引入上海鑫源集团负责管理，建成后年产值15亿元。');
    expect(facts[0]!.where).not.toContain('上海市');
  });
});
