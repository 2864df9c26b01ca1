import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// Agreements between a government and an organisation, and listed companies announcing their own
// investment (GUIDELINES, facts: the investor gives; a place that only signs is no giver), in invented sentences.

describe('a government signing an agreement with an organisation', () => {
  it('the company a county government signs an investment agreement with invests; the county is where', () => {
    const facts = factsOf('标题\n日前，永和县人民政府与东岭新材料有限公司签订投资协议，项目总投资6亿元，建设年产5万吨新型建材生产线。');
    expect(facts[0]!.who).toEqual(['东岭新材料有限公司']);
    expect(facts[0]!.where.map((w) => w.path)).toEqual(['山西省/临汾市/永和县']);
  });

  it('a county signing several projects, each with its company: each amount is its own company’s', () => {
    const facts = factsOf('标题\n会上，吉水县与北方宏远科技有限公司签订总投资5亿元的储能电池项目、与南昌光辉食品有限公司签订总投资2亿元的食品加工项目。');
    expect(facts.map((f) => f.who)).toEqual([['北方宏远科技有限公司'], ['南昌光辉食品有限公司']]);
    // The city in the second company's name is not where the money goes.
    expect(facts[1]!.where.map((w) => w.path)).toEqual(['江西省/吉安市/吉水县']);
  });

  it('the company named first, the county after 与: still the company alone', () => {
    const facts = factsOf('标题\n北方宏远科技有限公司与吉水县人民政府签订协议，计划投资5亿元建设储能电池项目。');
    expect(facts[0]!.who).toEqual(['北方宏远科技有限公司']);
  });

  it('not two governments: a county signing an aid agreement with a province leaves the province giving', () => {
    const facts = factsOf('标题\n2022年，江西省与西藏自治区日喀则市签订对口支援协议，江西省投入援藏资金2亿元。');
    expect(facts[0]!.who).toEqual(['江西省']);
  });

  it('not a contract: a company paid under a contract with a county gives nothing', () => {
    const facts = factsOf('标题\n吉水县与北方宏远工程有限公司订立施工合同，合同价款为5000万元。');
    expect(facts[0]!.who).toEqual([]);
  });
});

describe('a listed company announcing its own investment', () => {
  it('公告，公司拟投资: the announcing company invests, the county it signs with is where', () => {
    const facts = factsOf('标题\n华东环保8日晚公告，公司与永新县人民政府签署合作框架协议，拟投资2.5亿元建设固废处置中心。该项目一期拟投资额为1.5亿元。');
    expect(facts.map((f) => f.who)).toEqual([['华东环保'], ['华东环保']]);
    expect(facts[0]!.where.map((w) => w.path)).toEqual(['江西省/吉安市/永新县']);
  });

  it('a headline with a colon: the company before it, then its own words', () => {
    const facts = factsOf('金泰科技：公司拟12亿元投建锂电池材料项目\n正文。');
    expect(facts[0]!.who).toEqual(['金泰科技']);
  });

  it('a government announcing is no company', () => {
    const facts = factsOf('标题\n永新县政府公告，公司拟投资2.5亿元建设固废处置中心。');
    expect(facts[0]!.who).not.toContain('永新县政府');
  });

  it('no bare company word after the announcement: nobody is read from it', () => {
    const facts = factsOf('标题\n华东环保晚间公告，当地财政拨款3000万元建设污水管网。');
    expect(facts[0]!.who).toEqual([]);
  });
});
