import { describe, expect, it } from 'vitest';
import { inferReferenceDate } from '../../src/resolve/reference-date';

describe('inferReferenceDate', () => {
  it('reads a dateline near the top', () => {
    expect(inferReferenceDate('标题\n发布时间：2018-09-21 10:15 来源：新华网\n正文2016年开工')).toBe('2018-09-21');
    expect(inferReferenceDate('标题\n2018-09-2110:15:00\n正文')).toBe('2018-09-21');
    expect(inferReferenceDate('记者 张三\n2023年10月9日 星期一\n正文提到2020年')).toBe('2023-10-09');
  });

  it('does not take a date inside a body sentence for a dateline', () => {
    const text = '标题\n2023年9月24日，在吉林援藏项目帮助下，日喀则市13名先天性心脏病患儿抵达长春接受治疗。\n2024年工作继续。';
    expect(inferReferenceDate(text)).toBe('2024');
  });

  it('counts 今年是…N周年 from a start year the article states', () => {
    const text = '1994年，中央召开第三次西藏工作座谈会。2023年，实施项目33个。今年是对口支援的30周年。';
    expect(inferReferenceDate(text)).toBe('2024');
  });

  it('counts 今年是…N周年 from a well-known anniversary', () => {
    expect(inferReferenceDate('今年是对我区援藏工作开展30周年。2021年总书记在西藏考察。')).toBe('2024');
  });

  it('falls back to the latest stated year, leaving out targets', () => {
    expect(inferReferenceDate('2019年7月进驻，2022年完成，到2035年基本实现现代化')).toBe('2022');
  });

  it('returns null when the text states no year', () => {
    expect(inferReferenceDate('援藏干部人才奔赴高原。')).toBeNull();
  });
});
