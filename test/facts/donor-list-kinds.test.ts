import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// Companies, foundations, bureaus and caucuses giving in donation news (GUIDELINES, facts: organisations by
// their name as written; individuals are no givers), in invented sentences.

describe('organisations whose name holds a place', () => {
  it('a railway bureau gives by its name, not the city it is named after', () => {
    const facts = factsOf('标题\n截至当日，柳州铁路局8万名干部职工已向灾区捐款达500万元。');
    expect(facts.map((f) => f.who)).toEqual([['柳州铁路局']]);
    expect(facts[0]!.where).toEqual([]);
  });

  it('a mining bureau gives by its name too', () => {
    const facts = factsOf('标题\n淮南矿务局向灾区捐赠300万元。');
    expect(facts.map((f) => f.who)).toEqual([['淮南矿务局']]);
  });
});

describe('words opening a list of givers', () => {
  it('包括 before the first giver is no part of its name', () => {
    const facts = factsOf('标题\n企业相继捐款，包括长江集团捐款2亿元。');
    expect(facts.map((f) => f.who)).toEqual([['长江集团']]);
  });

  it('例如 before a foundation is no part of its name either', () => {
    const facts = factsOf('标题\n多家机构伸出援手，例如宏达基金会捐赠800万元。');
    expect(facts.map((f) => f.who)).toEqual([['宏达基金会']]);
  });
});

describe('financial holding companies and party caucuses', () => {
  it('a financial holding company (金控) ends a name, so 联合 joins two givers of one amount', () => {
    const facts = factsOf('标题\n金海集团、银河金控联合大通银行，各捐款2000万元。');
    expect(facts[0]!.who).toEqual(['金海集团', '银河金控', '大通银行']);
  });

  it('a legislature party caucus (党团) gives by its name', () => {
    const facts = factsOf('标题\n政党方面，民盟党团捐款200万元。');
    expect(facts.map((f) => f.who)).toEqual([['民盟党团']]);
  });

  it('the companies under a group (旗下子公司) are a kind, no name: the group alone gives', () => {
    const facts = factsOf('标题\n中兴金控与旗下子公司也宣布捐款三千万元。');
    expect(facts.map((f) => f.who)).toEqual([['中兴金控']]);
  });

  it('a ministry calling on companies (号召) is no part of their name', () => {
    const facts = factsOf('标题\n财政部号召华南金控等8家公股事业，联合捐款1,800万元。');
    expect(facts.map((f) => f.who)).toEqual([['华南金控']]);
  });
});

describe('each listed amount has the giver of its own item', () => {
  it('a company ending in 企业 in its own item gives its amount, not the foundation listed before', () => {
    const facts = factsOf('标题\n宏达基金会捐款1亿元、华信企业捐款5000万元、远大集团5000万元。');
    expect(facts.map((f) => f.who)).toEqual([['宏达基金会'], ['华信企业'], ['远大集团']]);
  });

  it('an item whose subject is no name the linker knows gives the earlier giver nothing', () => {
    const facts = factsOf('标题\n宏达基金会捐款1亿元、顺昌捐款5000万元。');
    expect(facts.map((f) => f.who)).toEqual([['宏达基金会'], []]);
  });

  it('an item carried on by an adverb or a manner word keeps the giver before', () => {
    const also = factsOf('标题\n宏达集团捐款1亿元、集团也捐款5000万元。');
    expect(also.map((f) => f.who)).toEqual([['宏达集团'], ['宏达集团']]);
    const first = factsOf('标题\n宏达集团捐款1亿元、首批捐款5000万元。');
    expect(first.map((f) => f.who)).toEqual([['宏达集团'], ['宏达集团']]);
    const staff = factsOf('标题\n宏达集团捐款1亿元、干部职工捐款50万元。');
    expect(staff.map((f) => f.who)).toEqual([['宏达集团'], ['宏达集团']]);
  });

  it('a clause of its own after a comma is no list item: the giver before is kept', () => {
    const facts = factsOf('标题\n宏达集团捐款1亿元，首期捐款5000万元。');
    expect(facts.map((f) => f.who)).toEqual([['宏达集团'], ['宏达集团']]);
  });

  it('an individual giving (某某个人捐款) is no giver', () => {
    const facts = factsOf('标题\n民盟主席王某个人捐款100万元、民盟党团捐款200万元。');
    expect(facts.map((f) => f.who)).toEqual([[], ['民盟党团']]);
  });

  it('individuals joined right after a body (该集团及个人) give with it: the body gives', () => {
    const facts = factsOf('标题\n胜达集团捐款800万元，至此，该集团及个人捐款累计达950万元。');
    expect(facts.map((f) => f.who)).toEqual([['胜达集团'], ['胜达集团']]);
  });
});
