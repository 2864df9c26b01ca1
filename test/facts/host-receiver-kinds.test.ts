import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// Kinds of facts32 (invented texts): a budget's transfer lines (调入资金, 调入某某基金) have no giver; a
// receiving body and its verb are no part of the donor's name (某会接收到某公司捐赠的…); a headline's count
// of projects is no name; the hosts of an event (由某局、某市政府联合主办) give nothing of what is signed at it.

const whoOf = (text: string) => factsOf(text, '2023-06-01').map((f) => f.who);

describe('budget transfer lines', () => {
  it('money moved in from a fund or another budget has no giver', () => {
    const text = '某市2022年市级决算\n2022年市级一般公共预算收入决算数52000万元，调入资金8100万元，调入预算稳定调节基金3300万元，收入总计63400万元。';
    expect(whoOf(text)).toEqual([[], [], [], []]);
  });

  it('a foundation that gives keeps its name', () => {
    const text = '助学简讯\n某日，田家炳基金会向某中学捐赠300万元。';
    expect(whoOf(text)).toEqual([['田家炳基金会']]);
  });
});

describe('a receiver before its donor', () => {
  it('the donor is the name after the receiving verb', () => {
    const text = '某市慈善总会抗洪救灾纪实\n截至7月3日，市慈善总会接收到甲乙食品集团公司捐赠的面粉20吨，价值9万元。';
    expect(whoOf(text)).toEqual([['甲乙食品集团公司']]);
  });

  it('收到 before a company name', () => {
    const text = '红十字会收到捐款\n近日，县红十字会收到丙丁建设有限公司捐款50万元。';
    expect(whoOf(text)).toEqual([['丙丁建设有限公司']]);
  });
});

describe('a count of projects in a headline', () => {
  it('is no name', () => {
    const text = '某地20个新项目入驻高新区 首批8项目已落地投资60亿元\n2023-05-10\n产业合作进一步深化。';
    expect(whoOf(text)).toEqual([[]]);
  });
});

describe('the hosts of an event', () => {
  it('a national office and governments hosting a signing give nothing of the projects', () => {
    const text =
      '两地签约协作项目\n5月20日，由国家某某局、甲省人民政府和乙省人民政府联合主办的协作活动在甲省丙市举行。\n第一类是工业项目，主要包括投资15亿元的丙市丁区新材料项目。';
    expect(whoOf(text)).toEqual([[]]);
  });

  it('a foundation after 由 that funds still gives', () => {
    const text = '助学金启动\n由戊己慈善基金会出资500万元设立的助学金昨日启动。';
    expect(whoOf(text)).toEqual([['戊己慈善基金会']]);
  });
});

const whereOf = (text: string) => factsOf(text, '2023-06-01').map((f) => f.where.map((w) => w.path));

describe('a project ranked within a place', () => {
  it('投资最大的 ranks the project: the place gives nothing, it is still where', () => {
    const text = '某水库开工\n某水库总投资60亿元，是安徽省目前投资最大的单项水利工程。';
    expect(whoOf(text)).toEqual([[]]);
    expect(whereOf(text)).toEqual([['安徽省']]);
  });

  it('a place investing itself still gives', () => {
    const text = '医院建设\n安徽省投资2亿元建设省立医院新院区。';
    expect(whoOf(text)).toEqual([['安徽省']]);
  });
});

describe('a list of donors after a receiving word', () => {
  it('a place with its own amount in the list gave it', () => {
    const text = '捐款情况\n在民政部门接收的捐款当中，省慈善总会1500万元、深圳市900万元、招商银行300万元。';
    expect(whoOf(text)).toEqual([['省慈善总会'], ['广东省/深圳市'], ['招商银行']]);
  });

  it('an allocation list (no receiving word) gives the places the money', () => {
    const text = '资金下达\n州财政下拨救灾资金800万元，其中，康定市500万元、泸定县300万元。';
    expect(whoOf(text).slice(1)).toEqual([[], []]);
  });
});
