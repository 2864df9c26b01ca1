import { describe, expect, it } from 'vitest';
import { EventDayFinder } from '../../../src/extract/dates/event-day';
import { loadDateRules, relatedHeadingLine } from '../../../src/extract/dates/rules';
import { RuleSet } from '../../../src/rules/loader';

const rules = loadDateRules(RuleSet.withUserDir());
const finder = new EventDayFinder(rules);

/** Every event day of `text`: its text, month and day. */
function eventDays(text: string): Array<[string, number, number]> {
  return finder.find(text).map((d) => [text.slice(d.start, d.end), d.month, d.day]);
}

describe('event days', () => {
  it('reads a quoted month·day before a place and an event word, without its quotes', () => {
    expect(eventDays('向“9·5”泸定地震灾区捐款')).toEqual([['9·5', 9, 5]]);
    expect(eventDays('“10·1”特大火灾')).toEqual([['10·1', 10, 1]]);
  });

  it('reads a bare one: a middle dot before a place and an event word, a full stop only right before it', () => {
    expect(eventDays('5·12汶川特大地震')).toEqual([['5·12', 5, 12]]);
    expect(eventDays('因为3.14事件返回')).toEqual([['3.14', 3, 14]]);
    expect(eventDays('3.14拉萨事件')).toEqual([]);
  });

  it('reads no decimal and no day that does not exist', () => {
    expect(eventDays('发生7.1级地震')).toEqual([]);
    expect(eventDays('下达3.5亿元地震救灾资金')).toEqual([]);
    expect(eventDays('“2·30”事件')).toEqual([]);
    expect(eventDays('“13·5”事件')).toEqual([]);
    expect(eventDays('增长12.35地震')).toEqual([]);
  });
});

describe('related-news headings', () => {
  const heading = relatedHeadingLine(rules.context('related-heading').pattern);
  it('is a line of its own, with or without a colon', () => {
    expect(heading.test('正文。\n新闻推荐\n某某')).toBe(true);
    expect(heading.test('正文。\n 相关新闻：\n某某')).toBe(true);
    expect(heading.test('正文。\n相关新闻')).toBe(true);
  });
  it('is not a word inside a sentence', () => {
    expect(heading.test('正文。\n相关新闻报道称，项目开工。')).toBe(false);
    expect(heading.test('本报推出新闻推荐栏目。')).toBe(false);
  });
});
