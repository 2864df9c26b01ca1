import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBoilerplateRules } from '../../src/clean/boilerplate';
import { cleanText } from '../../src/clean/index';
import { RuleSet } from '../../src/rules/loader';

const rules = loadBoilerplateRules(RuleSet.withUserDir());
const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '../../fixtures/articles', name), 'utf8');
const count = (text: string, part: string) => text.split(part).length - 1;

describe('the clean stage on the seed articles', () => {
  it('keeps one copy of seed 003’s caption block, repeated 68 times', () => {
    const original = fixture('003_4a5eafba6cd81d07.txt');
    const caption = '▲由吉林援建的定结县江嘎镇次多村温室大棚。';
    expect(count(original, caption)).toBe(68);
    const cleaned = cleanText(original, rules);
    expect(count(cleaned.text, caption)).toBe(1);
    expect(cleaned.counts.duplicateParagraphs).toBeGreaterThanOrEqual(199);
    expect(cleaned.text).toContain('技术改革'); // 技術 simplified
  });

  it('joins 乡村振 / captions / 兴有效衔接 in seed 001 and keeps the captions', () => {
    const cleaned = cleanText(fixture('001_2a4bfa5699e19441.txt'), rules);
    expect(cleaned.text).toContain('推进全面脱贫与乡村振兴有效衔接');
    expect(cleaned.text).toContain('鲁藏百村幸福家园项目布玛村');
    expect(cleaned.text).toContain('青藏高原西南部，珠峰脚下'); // half-width commas made full-width
  });

  it('joins 山 / 东援藏 in seed 004 and drops its app boilerplate', () => {
    const cleaned = cleanText(fixture('004_5a2fa0ad31230bfd.txt'), rules);
    expect(cleaned.text).toContain('2023年是落实山东援藏');
    expect(cleaned.text).not.toContain('大众新闻客户端');
    expect(cleaned.counts.boilerplateLines).toBe(2);
    expect(cleaned.report.filter((e) => e.step === 'boilerplate').map((e) => e.line)).toEqual([6, 10]);
  });

  it('maps every cleaned character back to the same character (or its normalized form) in the original', () => {
    for (const name of fs.readdirSync(path.join(__dirname, '../../fixtures/articles'))) {
      const original = fixture(name);
      const cleaned = cleanText(original, rules);
      let checked = 0;
      for (let i = 0; i < cleaned.text.length; i += 7) {
        const ch = cleaned.text[i]!;
        if (ch === '\n') continue;
        const span = cleaned.mapped.originalSpan(i, i + 1);
        const source = original.slice(span.start, span.end);
        expect(source.length, `${name} at ${i}`).toBe(1);
        if (/[\u4e00-\u9fff]/.test(ch) && source === ch) checked++;
      }
      expect(checked).toBeGreaterThan(100);
    }
  });
});

describe('a copyright notice ends the article', () => {
  const body = '某县今年投入资金3000万元，新建学校两所，改善了当地群众的就学条件。\n项目于去年开工，目前已全部完工并投入使用，受益学生1200余名。';

  it('past the middle of the text, drops it and every line after it (teasers, notices)', () => {
    const cleaned = cleanText(`${body}\n版权声明：凡注明来源本网的作品，版权归本网所有。\n-\n2019年某省援助某县4.8亿元\n`, rules);
    expect(cleaned.text).toBe(body);
    expect(cleaned.counts.boilerplateLines).toBe(3);
    expect(cleaned.report.map((entry) => entry.reason)).toContain("after the page's copyright notice (footer)");
  });

  it('in the first half, drops only its own line', () => {
    const cleaned = cleanText(`Copyright © 2001-2019 某某网\n${body}`, rules);
    expect(cleaned.text).toBe(body);
    expect(cleaned.counts.boilerplateLines).toBe(1);
  });
});

describe('a wire story\'s end mark or the editor\'s credit closes the article', () => {
  const body = '某省今年安排民生资金约50亿元，其中省级财政落实20亿元。\n各地将于年底前完成全部项目，惠及群众逾百万人，财政部门将加强资金监管。';
  const teasers = '某市地铁出行攻略速览\n某区是某市的老城区\n100%的球迷认为应当红牌\n2026-01-05 10:20:00';

  it.each([
    ['（完）'],
    ['(完)【编辑:王某某】'],
    ['【编辑：王某某】'],
    ['（责任编辑：王某某）'],
  ])('past the middle, the closing line stays and the teasers after it go (%s)', (mark) => {
    const cleaned = cleanText(`${body}${mark}\n${teasers}`, rules);
    expect(cleaned.text.startsWith(body)).toBe(true);
    expect(cleaned.text).not.toContain('地铁');
    expect(cleaned.text).not.toContain('100%');
    expect(cleaned.counts.boilerplateLines).toBe(4);
    expect(cleaned.report.some((entry) => entry.reason.startsWith("after the article's last line"))).toBe(true);
  });

  it('in the first half, ends nothing (a quoted story inside a longer page)', () => {
    const cleaned = cleanText(`某市讯（完）\n${body}\n${body}`, rules);
    expect(cleaned.text).toContain('某市讯');
    expect(cleaned.counts.boilerplateLines).toBe(0);
  });

  it('an end mark inside a line closes nothing', () => {
    const text = `${body}\n工程（完）工后将移交使用，共投入资金300万元。\n${teasers}`;
    const cleaned = cleanText(text, rules);
    expect(cleaned.text).toContain('地铁');
  });
});
