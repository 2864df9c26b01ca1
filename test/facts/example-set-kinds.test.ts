import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// 安排资金3亿元，支持甲县某医院、乙县某学校等15个项目: a list that stops at 等 and a count of more
// things than it names only gives examples of a set; places opening those examples' names are not
// where the money goes. The set spans the smallest region holding the examples and the place the
// amount would otherwise carry (GUIDELINES notes: example places are left out). Invented sentences.

const whereOf = (text: string) => factsOf(text, '2023-05-01').map((f) => f.where.map((p) => p.path));

describe('places naming examples of a counted set', () => {
  it('examples in two prefectures give their province', () => {
    const text = '标题\n云南省财政厅近日下达资金。其中安排2.5亿元，支持大理市第一中学扩建项目、丽江市古城区供水工程等18个项目建设。';
    expect(whereOf(text)).toEqual([['云南省']]);
  });

  it('one example outside the carried city gives the region holding both', () => {
    const text = '标题\n昆明市近日获得上级资金。另安排3000万元，支持保山市隆阳区卫生院改造项目等6个市、县项目。';
    expect(whereOf(text)).toEqual([['云南省']]);
  });

  it('an example inside the carried place keeps the carried place', () => {
    const text = '标题\n大理州今年加快重点项目建设。宾川县葡萄冷链仓储项目等20个重点项目陆续开工，总投资48亿元。';
    expect(whereOf(text)).toEqual([['云南省/大理白族自治州']]);
  });

  it('not a list as long as its count: every listed place is a destination', () => {
    const text = '标题\n投入资金600万元，建设宾川县葡萄冷链仓储项目、祥云县蔬菜基地项目等2个项目。';
    expect(whereOf(text)).toEqual([['云南省/大理白族自治州/宾川县', '云南省/大理白族自治州/祥云县']]);
  });

  it('not places listed by themselves: they are the destinations, whatever the count', () => {
    const text = '标题\n省里下达资金900万元，用于宾川、祥云、弥渡等8县学校建设。';
    expect(whereOf(text)).toEqual([['云南省/大理白族自治州/宾川县', '云南省/大理白族自治州/祥云县', '云南省/大理白族自治州/弥渡县']]);
  });

  it('not a list whose items carry their own amounts', () => {
    const text = '标题\n宾川县葡萄项目300万元、祥云县蔬菜项目200万元等5个项目获得补助。';
    expect(whereOf(text)).toEqual([['云南省/大理白族自治州/宾川县'], ['云南省/大理白族自治州/祥云县']]);
  });

  it("not a list in the amount's own clause: the grant goes to the projects it names", () => {
    const text = '标题\n州里决定，对宾川县葡萄冷链仓储项目、祥云县蔬菜基地项目等4个项目补助资金共90万元。';
    expect(whereOf(text)).toEqual([['云南省/大理白族自治州/宾川县', '云南省/大理白族自治州/祥云县']]);
  });

  it('not a count of households: people are not the listed things', () => {
    const text = '标题\n投入资金80万元，帮助宾川县平川镇、祥云县刘厂镇等1200户群众改造危房。';
    expect(whereOf(text)).toEqual([['云南省/大理白族自治州/宾川县/平川镇', '云南省/大理白族自治州/祥云县/刘厂镇']]);
  });
});
