import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// A government's own cash handout (GUIDELINES facts, `who`: a government is its place's path). Invented sentences.

describe("a government's cash handout", () => {
  it('a place handing out cash (派钱) gives what residents get', () => {
    const facts = factsOf('香港下月派钱 市民每人获派8000元\n香港特区政府公布，现金分享下月发放。');
    expect(facts[0]!.who).toEqual(['香港特别行政区']);
  });

  it("the handout scheme's total spending, told by 当局, is the government's", () => {
    const facts = factsOf('标题\n澳门当局宣布，现金分享将于9月起发放，每名居民7500元。当局估计，今年现金分享共需开支约55亿元。');
    expect(facts.map((f) => f.who)).toEqual([['澳门特别行政区'], ['澳门特别行政区']]);
  });

  it("each resident's share told in the sentence after the handout is the government's", () => {
    const facts = factsOf('标题\n澳门特区政府昨日表示，今年的现金分享将于下月开始发放。据介绍，持永久性居民身份证者每人获得7000澳门元，持非永久性居民身份证者每人获得4200澳门元。');
    expect(facts.map((f) => f.who)).toEqual([['澳门特别行政区'], ['澳门特别行政区']]);
  });

  it('a resident granted cash by dispatch (获派) after the government hands it out', () => {
    const facts = factsOf('标题\n香港特区政府宣布再向市民派钱，每名永久性居民获派6000元。');
    expect(facts[0]!.who).toEqual(['香港特别行政区']);
  });

  it('negative: what residents get with no handout named has no giver carried', () => {
    const facts = factsOf('标题\n澳门特区政府昨日表示，明年起调整水费。据介绍，每户居民每月获得150澳门元优惠。');
    expect(facts[0]!.who).toEqual([]);
  });

  it('negative: public spending in a fiscal bulletin has no giver', () => {
    const facts = factsOf('标题\n财政局公布，今年首季澳门公共财政收入300亿元。期内公共财政开支120亿元，按年下跌5%。');
    expect(facts[1]!.who).toEqual([]);
  });
});
