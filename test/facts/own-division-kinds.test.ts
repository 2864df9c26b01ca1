import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// 该省, 我市, 全省, 市本级: an own word names the document's own division of its level (GUIDELINES: where
// is inherited from the paragraph's or the article's subject when the sentence names none). The
// division is the one of that level the headline names, as spender or dateline too, else the one
// division of that level all the places lie in. Invented texts.

const whereOf = (text: string) => factsOf(text, '2024-03-01').map((f) => f.where.map((p) => p.path));
const whoOf = (text: string) => factsOf(text, '2024-03-01').map((f) => f.who);

describe("an own word names the document's own division", () => {
  it('a province named only as the spender in the dateline paragraph', () => {
    const text = '本报成都3月1日电 四川省政府今天通报今年十件民生实事。\n该省今年将继续办好民生实事，各级财政已安排资金约95亿元。';
    expect(whereOf(text)).toEqual([['四川省']]);
  });

  it('a city audit report naming its city only in a quoted title', () => {
    const text = '关于2022年度市本级预算执行审计查出问题整改情况的报告\n市审计局\n市人大常委会审议了《关于南平市2022年度市本级预算执行的审计工作报告》。\n报告反映问题资金3.2亿元，已整改到位资金2.1亿元。';
    expect(whereOf(text)).toEqual([['福建省/南平市'], ['福建省/南平市']]);
  });

  it('全省 in the amount clause: the province, not the towns of the sentence before', () => {
    const text = '湖南发布汛情通报\n本报长沙讯 暴雨中，桃源县、慈利县等地受灾严重。全省因灾直接经济损失超过20亿元。';
    expect(whereOf(text)).toEqual([['湖南省']]);
  });

  it('not for aid given elsewhere (我省援疆资金 keeps the region carried)', () => {
    const text = '援疆工作综述\n江苏对口支援新疆伊犁哈萨克自治州。我省今年拨付援疆资金12亿元。';
    expect(whereOf(text)[0]).not.toEqual(['江苏省']);
  });

  it('no own division where the title names several of the level: the place carried stays', () => {
    const text = '湖南湖北发布汛情通报\n暴雨中，桃源县受灾严重。全省因灾直接经济损失超过20亿元。';
    expect(whereOf(text)).toEqual([['湖南省/常德市/桃源县']]);
  });
});

describe('several levels of government together are no named giver', () => {
  it('各级财政 and 市县财政 have no giver', () => {
    const text = '本报成都3月1日电 四川省财政厅发布消息。\n今年各级财政安排民生资金80亿元。';
    expect(whoOf(text)).toEqual([[]]);
  });
});

describe('a self word of a higher level than the subject carried', () => {
  it('我市 with a county as the subject: the city', () => {
    const text = '临汾市投资快报\n上半年，我市投资增势强劲，累计完成投资120.5亿元。其中，洪洞县完成投资25.3亿元；洪洞县增长最快。';
    expect(whereOf(text)[0]).toEqual(['山西省/临汾市']);
  });

  it('a ranking among the whole division (位列全区) is no own word', () => {
    const text = '多伦县年度报告\n多伦县位列全区旗县第十位，全年为市场主体减税降费1.1亿元。多伦县经济稳步增长。';
    expect(whereOf(text)[0]).toEqual(['内蒙古自治区/锡林郭勒盟/多伦县']);
  });
});

describe('a department named by 该市/该县 with no name written before it', () => {
  it('is the subject’s division of that level, like a bare level’s department', () => {
    const text = '标题\n今年以来，临湘市旱情持续。该市民政局及时下拨救灾款120万元。';
    expect(whoOf(text)).toEqual([['湖南省/岳阳市/临湘市']]);
  });

  it('a name written before with its place stands for it', () => {
    const text = '标题\n临湘市慈善总会成立十年。去年，该市慈善总会共发放款物300万元。';
    expect(whoOf(text)).toEqual([['临湘市慈善总会']]);
  });
});
