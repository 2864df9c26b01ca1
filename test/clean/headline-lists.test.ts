import { describe, expect, it } from 'vitest';
import { loadBoilerplateRules } from '../../src/clean/boilerplate';
import { cleanText } from '../../src/clean/index';
import { RuleSet } from '../../src/rules/loader';

const rules = loadBoilerplateRules(RuleSet.withUserDir());

const article = '本报讯 今年前三季度，全区接待游客120万人次。';
const relatedNews = [
  '相关新闻',
  '- 西宁至兰州高铁开通运营2024-03-18',
  '- 上海援建学校迎来首批学生2024-03-17',
  '- 台北书展开幕 两岸出版人齐聚2024/03/16',
];

describe('a list of linked headlines after the article', () => {
  it('is dropped as site chrome, with its places and dates', () => {
    const cleaned = cleanText([article, ...relatedNews].join('\n'), rules);
    expect(cleaned.text).toContain('全区接待游客');
    expect(cleaned.text).not.toContain('高铁');
    expect(cleaned.text).not.toContain('台北');
    expect(cleaned.counts.boilerplateLines).toBe(4); // the three headlines and their heading
    expect(cleaned.report.filter((e) => e.step === 'boilerplate').map((e) => e.line)).toEqual([2, 3, 4, 5]);
  });

  it('keeps two such lines (a dateline and a milestone are not a list)', () => {
    const text = [article, relatedNews[1], relatedNews[2]].join('\n');
    expect(cleanText(text, rules).text).toContain('高铁开通运营2024-03-18');
  });

  it('keeps lines whose date stands apart from the text (a date after a space or a colon)', () => {
    const lines = ['发布时间：2024-03-18', '项目开工 2024-03-19', '主体完工 2024-05-20', '竣工验收 2024-09-30'];
    const cleaned = cleanText([article, ...lines].join('\n'), rules);
    expect(cleaned.counts.boilerplateLines).toBe(0);
    expect(cleaned.text).toContain('竣工验收 2024-09-30');
  });

  it("keeps a notice's schedule: short items, no list heading, more text after", () => {
    const schedule = ['报名截止2023-05-12', '资格审核2023-05-20', '正式开班2023-06-01'];
    const cleaned = cleanText(['培训班安排如下：', ...schedule, '地点在县职教中心。'].join('\n'), rules);
    expect(cleaned.counts.boilerplateLines).toBe(0);
    expect(cleaned.text).toContain('资格审核2023-05-20');
  });

  it('drops a list without a heading only where it ends the page', () => {
    const items = relatedNews.slice(1);
    expect(cleanText([article, ...items].join('\n'), rules).counts.boilerplateLines).toBe(3);
    expect(cleanText([article, ...items, article].join('\n'), rules).counts.boilerplateLines).toBe(0);
  });

  it('ends the list at a line of article text', () => {
    const text = [relatedNews[1], relatedNews[2], article, relatedNews[3]].join('\n');
    expect(cleanText(text, rules).counts.boilerplateLines).toBe(0);
  });
});
