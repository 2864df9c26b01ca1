import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// The whole province as the spender of its own plan (全省), and a department named by its level that
// passes funds on (省发改委下达…), in invented sentences.

describe('全省 spends', () => {
  it('全省 before an investing verb is the subject’s province', () => {
    const facts = factsOf('标题\n记者从甘肃省交通运输工作会议上获悉，今年全省计划完成交通投资420亿元，新建公路1200公里。');
    expect(facts[0]!.who).toEqual(['甘肃省']);
  });

  it('the base amount (在去年投资…的基础上) is spent by the next clause’s 全省', () => {
    const facts = factsOf('标题\n记者从吉林省水利工作会议上获悉，在去年投资95亿元的基础上，今年全省计划再投资110亿元。');
    expect(facts.find((f) => f.text === '95亿元')!.who).toEqual(['吉林省']);
    expect(facts.find((f) => f.text === '110亿元')!.who).toEqual(['吉林省']);
  });

  it('全县 still names the county (a self word of another level)', () => {
    const facts = factsOf('标题\n宁陕县今年全县投入资金5000万元，用于改善农村道路。');
    expect(facts[0]!.who).toEqual(['陕西省/安康市/宁陕县']);
  });
});

describe('a department by its level passes funds on', () => {
  it('省发改委 named once gives none of the text’s other amounts (a project’s total)', () => {
    const facts = factsOf('宁陕县获农村供水工程资金\n日前，省发改委下达宁陕县农村供水工程中央预算内资金1500万元。\n\n该工程总投资3600万元，建成后可解决2万人饮水问题。');
    const total = facts.find((f) => f.text === '3600万元')!;
    expect(total.who).toEqual([]);
  });
});

describe('a province named before its funding verb', () => {
  it('省 ending a province’s name (某某省投入资金) is that province, not a fund of the subject’s level', () => {
    const facts = factsOf('对口支援让汶川县换新颜\n在对口支援期间，广东省投入资金12亿元，建设项目210个，帮助汶川县改善民生。');
    expect(facts[0]!.who).toEqual(['广东省']);
  });

  it('a bare 省级 fund still gives as the subject’s province', () => {
    const facts = factsOf('汶川县改造农村公路\n汶川县今年改造农村公路80公里，其中省级资金3000万元。');
    expect(facts[0]!.who).toEqual(['四川省']);
  });
});

describe('a total told with its sources', () => {
  it('总投资…，资金来源：… : the total has no giver carried from the sentence before', () => {
    const facts = factsOf('宁陕县实施饮水安全工程\n中央财政支持宁陕县饮水安全工程。工程总投资860万元，资金来源：中央财政600万元，其余由县财政自筹。');
    expect(facts.find((f) => f.text === '860万元')!.who).toEqual([]);
  });
});

describe('federations and charities by their endings', () => {
  it('某市工商联 is an organisation that gives, written as its name', () => {
    const facts = factsOf('标题\n8月2日，江门市工商联举行抗旱救灾捐赠仪式，并将筹集到的80万元物资送往灾区。');
    expect(facts[0]!.who).toEqual(['江门市工商联']);
  });

  it('某县慈善会 is one too', () => {
    const facts = factsOf('标题\n近日，宁陕县慈善会向受灾群众发放救助金12万元。');
    expect(facts[0]!.who).toEqual(['宁陕县慈善会']);
  });
});

describe('a family gives as no party', () => {
  it('某某一家…捐资…: individuals give, written as no party', () => {
    const facts = factsOf('对口援建汶川县\n广东省援建汶川县。陈红一家在汶川一住就是两年，先后为当地重建捐资80余万元。');
    expect(facts.find((f) => f.text === '80余万元')!.who).toEqual([]);
  });

  it('一家 before a company (一家民营企业) leaves the named company giving', () => {
    const facts = factsOf('标题\n闽南远航集团是一家民营企业，近日向灾区捐赠100万元。');
    expect(facts[0]!.who).toEqual(['闽南远航集团']);
  });
});
