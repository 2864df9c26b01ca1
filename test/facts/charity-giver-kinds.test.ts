import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// Charities, foundations and other bodies that give (GUIDELINES, facts: who is the giver, by name as
// written), in invented sentences.

const whoOf = (text: string) => factsOf(`标题\n${text}`).map((f) => f.who);

describe('a body named after a date clause', () => {
  it('gives with the verb of its next clause, even after a setting and a byline', () => {
    expect(whoOf('本报讯（记者王某）眼下，防汛进入关键时期，7月20日，县慈善会再次出手，向受灾乡镇捐赠80万元救灾资金。')).toEqual([['县慈善会']]);
  });

  it('gives after a byline with its month-day, when no year reads the day', () => {
    expect(factsOf('本报讯（记者王某）7月20日，县慈善会向受灾乡镇捐赠80万元。', '').map((f) => f.who)).toEqual([['县慈善会']]);
  });

  it('a body after a clause that is no date gives nothing by that reading', () => {
    expect(whoOf('防汛进入关键时期，县慈善会负责人表示，全县已接收捐赠80万元。')).toEqual([[]]);
  });
});

describe('an amount told again with its details', () => {
  it('keeps the giver of the last gift, and so do its shares listed with 各', () => {
    expect(whoOf('县慈善会向4家卫生院捐赠100万元。此次捐赠由县指挥部统一安排。100万元的具体捐赠情况为，甲卫生院、乙卫生院各30万元，丙卫生院、丁卫生院各20万元。')).toEqual([
      ['县慈善会'],
      ['县慈善会'],
      ['县慈善会'],
      ['县慈善会'],
    ]);
  });

  it('an amount of the same value after another giver gift is not the earlier gift told again', () => {
    expect(whoOf('甲基金捐赠500万元。乙集团捐赠3亿元，其中部分用于设立奖学金。500万元将用于建设图书馆。')[2]).not.toEqual(['甲基金']);
  });

  it('the sum of shares each gave still has none', () => {
    expect(whoOf('由甲集团和乙集团各出资20亿元，设立40亿元的产业基金。')).toEqual([['甲集团', '乙集团'], []]);
  });
});

describe('a gift made in a body name', () => {
  it('the body in whose name an individual gives is the giver', () => {
    expect(whoOf('企业家陈某通过红十字会以星海慈善基金会的名义，向灾区捐助1000万元。')).toEqual([['星海慈善基金会']]);
  });

  it('in his own name, an individual gives as no party', () => {
    expect(whoOf('企业家陈某以个人名义向灾区捐款100万元。')).toEqual([[]]);
  });
});
