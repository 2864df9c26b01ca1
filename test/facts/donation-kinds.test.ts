import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// Donations and grants (GUIDELINES, facts: who is the giver; recipients, disasters' places and
// unnamed groups are none; of a total and its shares, each share has its own giver), in invented sentences.

const whoOf = (text: string) => factsOf(`标题\n${text}`).map((f) => f.who);

describe('lists of donors', () => {
  it('each donor of a list after a giving word gives the amount written right after its name', () => {
    expect(whoOf('本次募捐的捐款明细如下：华腾集团和华腾公益基金会300万元，东岳实业有限公司120万元，长丰慈善总会15万元。')).toEqual([
      ['华腾集团', '华腾公益基金会'],
      ['东岳实业有限公司'],
      ['长丰慈善总会'],
    ]);
  });

  it('an organisation joined by 和 to a giving one gives with it, however far its verb', () => {
    expect(whoOf('其中，星海公益基金会捐款300万元，明远教育公益基金会和启航乡村发展基金会将分别捐款200万元。')).toEqual([
      ['星海公益基金会'],
      ['明远教育公益基金会', '启航乡村发展基金会'],
    ]);
  });

  it('a chamber of commerce giving to places named after 向 gives by its name, even where the aid region is in it', () => {
    const [fact] = factsOf('标题\n去年，经过援疆指挥部协调，新疆台州商会向阿克苏地区温宿县佳木镇捐资30万元，用于修建水渠。');
    expect(fact!.who).toEqual(['新疆台州商会']);
    expect(fact!.where.map((w) => w.path)).toEqual(['新疆维吾尔自治区/阿克苏地区/温宿县/佳木镇']);
  });

  it('除 before a donor is no part of its name', () => {
    expect(whoOf('截至目前，除星海公益基金会捐赠的300万元外，当地还收到了其他捐赠。')).toEqual([['星海公益基金会']]);
  });

  it('other firms and social groups are unnamed: the donor of the sentence before is not carried to them', () => {
    expect(whoOf('宏达集团向灾区捐款500万元。其他企业及社会团体捐款300万元。')).toEqual([['宏达集团'], []]);
  });
});

describe('statistics of investment', () => {
  it('new investment of a region (年内新增投资) is a statistic: no giver', () => {
    expect(whoOf('今年，兰考县共安排重点项目40项，年内新增投资12亿元。')).toEqual([[]]);
  });
});

describe('a fund named before', () => {
  it('the bare fund after 其中 is the fund the text named before, not 其中基金', () => {
    expect(whoOf('今年，省里设立“乡村振兴发展基金”，总规模5亿元。其中基金补助2亿元，用于道路建设。')[1]).toEqual(['乡村振兴发展基金']);
  });
});

describe('places struck by a disaster', () => {
  it('the place of an earthquake named before the giving verb receives, the donor gives', () => {
    const [fact] = factsOf('标题\n宏达集团宣布向“4·14”玉树地震灾区首期捐赠800万元用于灾后重建。');
    expect(fact!.who).toEqual(['宏达集团']);
    expect(fact!.where.map((w) => w.path)).toEqual(['青海省/玉树藏族自治州']);
  });

  it('a disaster opening the report does not make its place the giver of later donations', () => {
    const facts = factsOf('标题\n青川县地震发生后，社会各界踊跃为灾区捐款捐物。截至昨日，各界共捐赠款物1200万元。');
    expect(facts.map((f) => f.who)).toEqual([[]]);
    expect(facts[0]!.where.map((w) => w.path)).toEqual(['四川省/广元市/青川县']);
  });

  it('the place a team of another province is stationed in (某省驻某州工作队) gives nothing; the donor does', () => {
    expect(whoOf('地震发生后，星海公益基金会第一时间联系了江苏省驻甘孜工作队，紧急向灾区捐赠300万元。')).toEqual([['星海公益基金会']]);
  });

  it('the government a donor acts under (依照某省政府统一指挥) gives nothing', () => {
    expect(whoOf('消息称，将先期捐赠5000万元，依照河南省政府统一指挥，助力抢险救灾。')).toEqual([[]]);
  });
});

describe('totals and their shares', () => {
  it('shares listed after 其中 take the giver of their total (the central government)', () => {
    expect(whoOf('该省水利建设共获得中央预算内投资3.6亿元，其中堤防工程2亿元，灌区改造1.6亿元。')).toEqual([['中央'], ['中央'], ['中央']]);
  });

  it('a total holding a central share has no giver, nor has the share of 地方', () => {
    const text = '河北省水利厅安排资金支持城区河道治理。该市城区河道治理工程下达投资计划8000万元，包括中央预算内投资4000万元、地方投资4000万元。';
    expect(whoOf(text)).toEqual([[], ['中央'], []]);
  });
});

describe('where the money goes', () => {
  const whereOf = (text: string) => factsOf(`标题\n${text}`).map((f) => f.where.map((w) => w.path));

  it('a place inside a title (《…意见》) names a document, not where the money goes', () => {
    expect(whereOf('该项目列入《国务院关于支持贵州高质量发展的意见》。水库位于黔东南州麻江县。大坝总库容1亿立方米。工程估算总投资约52亿元。')).toEqual([
      ['贵州省/黔东南苗族侗族自治州/麻江县'],
    ]);
  });

  it('the places of a later clause with its own amount are that amount’s: the total before takes none of them', () => {
    expect(whereOf('今年福建省乡村振兴成效明显。省财政近日下达奖补资金，其中特色乡镇奖补资金1亿元，漳州2个镇共获奖补2000万元。')).toEqual([
      ['福建省'],
      ['福建省/漳州市'],
    ]);
  });

  it('a region spending in a later clause of its sentence is where its amount goes, not the places of the sentence before', () => {
    expect(whereOf('9月以来，西乌旗、多伦县等地29个重点项目陆续开工。今年，锡林郭勒盟共安排重点项目190项，当年计划投资658亿元。')).toEqual([
      ['内蒙古自治区/锡林郭勒盟'],
    ]);
  });

});

describe('a day that names an event', () => {
  const whenOf = (text: string) => factsOf(`标题\n${text}`, '2021-08-20').map((f) => f.when);

  it('dates no money given for the event: the day the sentence opens with does', () => {
    expect(whenOf('8月16日，星海公益基金会宣布向“8·12”暴雨灾区捐赠300万元用于灾后重建。')).toEqual(['2021-08-16']);
  });

  it('leaves an amount undated where nothing else dates it', () => {
    expect(whenOf('星海公益基金会向“8·12”暴雨灾区捐赠300万元。')).toEqual([null]);
  });
});
