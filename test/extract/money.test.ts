import { describe, expect, it } from 'vitest';
import { brief, extractWith } from '../helpers/extract';

const money = (text: string) => brief(extractWith(['money'], text));

describe('money extractor', () => {
  it('reads 万元 and 亿元 amounts with Arabic numerals', () => {
    expect(money('工作组谋划确定对口支援项目47个，投资1.32亿元。')).toEqual([
      { text: '1.32亿元', value: 132_000_000, currency: 'CNY', approx: 'exact' },
    ]);
    expect(money('2022年实施援藏项目9个、年度投资1065万元；')).toEqual([
      { text: '1065万元', value: 10_650_000, currency: 'CNY', approx: 'exact' },
    ]);
  });

  it('reads Chinese numerals', () => {
    expect(money('共投入三千五百万元用于建设')).toEqual([
      { text: '三千五百万元', value: 35_000_000, currency: 'CNY', approx: 'exact' },
    ]);
    expect(money('总投资两亿元')).toEqual([{ text: '两亿元', value: 200_000_000, currency: 'CNY', approx: 'exact' }]);
  });

  it('keeps an inner qualifier in the text and reads it as approx', () => {
    expect(money('山东援藏投资4000多万元，实施门诊综合楼建设')).toEqual([
      { text: '4000多万元', value: 40_000_000, currency: 'CNY', approx: 'over' },
    ]);
    expect(money('个人送去爱心帮扶1万余元。')).toEqual([{ text: '1万余元', value: 10_000, currency: 'CNY', approx: 'over' }]);
  });

  it('reads a leading qualifier as approx but leaves it out of the text', () => {
    expect(money('该项目总投资约13亿元，已开工建设')).toEqual([
      { text: '13亿元', value: 1_300_000_000, currency: 'CNY', approx: 'about' },
    ]);
    expect(money('日喀则市齐鲁高中整体投资近2亿元')).toEqual([
      { text: '2亿元', value: 200_000_000, currency: 'CNY', approx: 'under' },
    ]);
  });

  it('does not read 约 inside a word (节约) as a qualifier', () => {
    expect(money('节约100万元')).toEqual([{ text: '100万元', value: 1_000_000, currency: 'CNY', approx: 'exact' }]);
  });

  it('reads a trailing qualifier (左右, 以上) and colloquial 块钱', () => {
    expect(money('每月收入500块钱左右')).toEqual([{ text: '500块钱', value: 500, currency: 'CNY', approx: 'about' }]);
    expect(money('年销售额1000万元以上')).toEqual([
      { text: '1000万元', value: 10_000_000, currency: 'CNY', approx: 'over' },
    ]);
  });

  it('reads a range as one mention with value_max', () => {
    expect(money('每户补助3-5万元')).toEqual([
      { text: '3-5万元', value: 30_000, value_max: 50_000, currency: 'CNY', approx: 'exact' },
    ]);
    expect(money('奖励3至5万元')).toEqual([
      { text: '3至5万元', value: 30_000, value_max: 50_000, currency: 'CNY', approx: 'exact' },
    ]);
  });

  it('gives each listed number its own mention with the shared unit', () => {
    expect(money('分别奖励3、5万元')).toEqual([
      { text: '3', value: 30_000, currency: 'CNY', approx: 'exact' },
      { text: '5万元', value: 50_000, currency: 'CNY', approx: 'exact' },
    ]);
  });

  it('reads other currencies with their ISO code', () => {
    expect(money('吸引外资2.5亿美元')).toEqual([{ text: '2.5亿美元', value: 250_000_000, currency: 'USD', approx: 'exact' }]);
  });

  it('reads a magnitude that stands for the number (纳税过亿元, 上千元)', () => {
    expect(money('培育纳税过亿元企业')).toEqual([{ text: '亿元', value: 100_000_000, currency: 'CNY', approx: 'over' }]);
    expect(money('人均增收上千元')).toEqual([{ text: '千元', value: 1000, currency: 'CNY', approx: 'over' }]);
  });

  it('reads 万/亿 without 元 as money only where the clause is about money', () => {
    expect(money('计划投资120亿建设新区')).toEqual([{ text: '120亿', value: 12_000_000_000, currency: 'CNY', approx: 'exact' }]);
    expect(money('实现产值1.9亿，')).toEqual([{ text: '1.9亿', value: 190_000_000, currency: 'CNY', approx: 'exact' }]);
    expect(money('发行地方政府专项债券12亿，保险理赔2.1亿；')).toEqual([
      { text: '12亿', value: 1_200_000_000, currency: 'CNY', approx: 'exact' },
      { text: '2.1亿', value: 210_000_000, currency: 'CNY', approx: 'exact' },
    ]);
    expect(money('培训干部1.5万人次')).toEqual([]);
    expect(money('新增种植面积8.7万亩')).toEqual([]);
  });

  it('reads full-width and OCR-spaced digits once cleaning has normalized them', () => {
    expect(money('投资12.8 亿元')).toEqual([{ text: '12.8 亿元', value: 1_280_000_000, currency: 'CNY', approx: 'exact' }]);
  });

  it('finds nothing in text without amounts', () => {
    expect(money('统一元素与多元文化')).toEqual([]);
    expect(money('每万元GDP能耗下降')).toEqual([]);
  });
});
