import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// Givers of texts unlike those the rules were first written on (GUIDELINES, facts: governments as their
// place's path, the central government as 中央, national bodies by name), in invented sentences.

describe('counts of bodies are no names', () => {
  it('a number and its measure word before an organisation ending (2所医院) name no giver', () => {
    const facts = factsOf('标题\n今年我市拿出600万元，帮助龙山县里耶镇4所学校、2所医院援建新楼。');
    expect(facts.map((f) => f.who.join())).not.toContain('2所医院');
  });

  it('companies counted by 家 after a setting give nothing as a name', () => {
    const facts = factsOf('标题\n园区内6家公司共投入资金300万元。');
    expect(facts[0]!.who).toEqual([]);
  });

  it('a count after a verb (帮助两家医院) is no name either', () => {
    const facts = factsOf('标题\n区里投入资金300万元，帮助两家医院援建病房。');
    expect(facts[0]!.who.join()).not.toContain('医院');
  });
});

describe('the government a self word names', () => {
  it('我市 of a text about a town is the city the town lies in', () => {
    const facts = factsOf('标题\n我市将投入资金600万元，用于雨城区多营镇4所学校建设。');
    expect(facts[0]!.who).toEqual(['四川省/雅安市']);
  });

  it('我市 of a text about a town in no city gives no town as giver', () => {
    const facts = factsOf('标题\n我市将投入资金600万元，用于龙山县里耶镇4所学校建设。');
    expect(facts[0]!.who).toEqual([]);
  });
});

describe('the writer’s own government giving aid', () => {
  it('我市对口援建 a town: 我市 is not the town nor its city; with no giver of another province named, none', () => {
    const facts = factsOf('标题\n我市对口援建雨城区多营镇，今年我市投入资金500万元新建卫生院。');
    expect(facts[0]!.who).toEqual([]);
  });

  it('我市对口援建 in a text naming the giving city of another province: that city', () => {
    const facts = factsOf('标题\n宜昌市援建工作组今年在雨城区投入资金300万元。我市对口援建雨城区多营镇以来，我市又投入资金500万元新建卫生院。');
    expect(facts.map((f) => f.who)).toEqual([['湖北省/宜昌市'], ['湖北省/宜昌市']]);
  });
});

describe('the counted people of a place', () => {
  it('四百万某市人民 as subject give as the city, past a long clause before the verb', () => {
    const facts = factsOf('标题\n洪水过后，四百万衡阳人民虽然自身也遭受了严重损失，仍决定拿出资金1500万元帮助吉首市灾后重建。');
    expect(facts[0]!.who).toEqual(['湖南省/衡阳市']);
  });
});

describe('grantors of obtained money', () => {
  it('向某部争取 names the grantor of the amount its sentence obtains later', () => {
    const facts = factsOf('标题\n屏东县去年起多次向卫生福利部争取长照据点建置，全年合计争取到五批6千万元。');
    expect(facts[0]!.who).toEqual(['卫生福利部']);
  });

  it('an obtaining verb naming no grantor takes the one an earlier verb of its sentence names; the shares after 分别为 too', () => {
    const facts = factsOf('标题\n县政府去年起多方争取中央补助推动排水改善，全年合计争取到2800万元，分别为上半年1900万元、下半年900万元。');
    expect(facts.map((f) => f.who)).toEqual([['中央'], ['中央'], ['中央']]);
  });

  it('shares after 其中 keep the total’s giver across a clause that gives nothing', () => {
    const facts = factsOf('标题\n近日，我市获得中央预算内资金9800万元，占全省的8%，其中支持老旧小区改造5200万元，支持供水管网改造4600万元。');
    expect(facts.map((f) => f.who)).toEqual([['中央'], ['中央'], ['中央']]);
  });

  it('中省 obtained is the central government and the province', () => {
    const facts = factsOf('标题\n今年以来，宝鸡市争取中省项目建设资金3.2亿元，主要用于农田水利建设。');
    expect(facts[0]!.who).toEqual(['中央', '陕西省']);
  });
});

describe('bodies that approve what is granted', () => {
  it('获得某委员会核定: the body approving grants the amount', () => {
    const facts = factsOf('标题\n台东县政府获得原住民族委员会核定部落道路改善经费860万元。');
    expect(facts[0]!.who).toEqual(['原住民族委员会']);
  });

  it('the body asked in an earlier clause (向某部争取) grants what a later clause obtains', () => {
    const facts = factsOf('标题\n台东县积极向卫生福利部争取社区长照中心新建计划，成功获得补助经费1200万元。');
    expect(facts[0]!.who).toEqual(['卫生福利部']);
  });
});
