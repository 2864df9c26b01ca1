import { describe, expect, it } from 'vitest';
import { moneyExtractor } from '../../src/extract/money';
import { makeContext } from '../../src/pipeline/context';
import { RuleSet } from '../../src/rules/loader';
import { brief, extractWith } from '../helpers/extract';
import { rulesWithUserFile } from '../helpers/rules';

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

  it('adds smaller units: 元角分 and 毛', () => {
    expect(money('单价20元5角8分，一支笔三元两毛，大写贰佰叁拾肆元伍角')).toEqual([
      { text: '20元5角8分', value: 20.58, currency: 'CNY', approx: 'exact' },
      { text: '三元两毛', value: 3.2, currency: 'CNY', approx: 'exact' },
      { text: '贰佰叁拾肆元伍角', value: 234.5, currency: 'CNY', approx: 'exact' },
    ]);
  });

  it('reads financial numerals', () => {
    expect(money('合同金额壹拾万元整，报价叁仟伍佰万元').map((m) => m.value)).toEqual([100_000, 35_000_000]);
  });

  it('reads a compound amount whole, never a partial number', () => {
    expect(money('项目投资1亿2000万元，营收1兆2000亿元，投资新台币3兆元')).toEqual([
      { text: '1亿2000万元', value: 120_000_000, currency: 'CNY', approx: 'exact' },
      { text: '1兆2000亿元', value: 1_200_000_000_000, currency: 'CNY', approx: 'exact' },
      { text: '3兆元', value: 3_000_000_000_000, currency: 'TWD', approx: 'exact' },
    ]);
    expect(money('营收1万2000亿元')).toEqual([]);
  });

  it('reads the currencies of GUIDELINES with their ISO codes', () => {
    const currencies = money('100台币、150港币、3000澳门元、5亿卢布、20加元、10万瑞士法郎、100亿元新台币、港币500元');
    expect(currencies.map((m) => m.currency)).toEqual(['TWD', 'HKD', 'MOP', 'RUB', 'CAD', 'CHF', 'TWD', 'HKD']);
  });

  it('reads 块 as 元 only at the end of a phrase', () => {
    expect(money('花了200块，')).toEqual([{ text: '200块', value: 200, currency: 'CNY', approx: 'exact' }]);
    expect(money('买了3块地，获得两块金牌')).toEqual([]);
  });

  it('reads bare 亿 as money after a money word of a headline or lead', () => {
    expect(money('某公司斥资8.2亿收购')).toEqual([{ text: '8.2亿', value: 820_000_000, currency: 'CNY', approx: 'exact' }]);
    expect(money('收购1.2万股股票，消费者达1亿人')).toEqual([]);
  });

  it('does not read 元 inside words after a Chinese numeral', () => {
    expect(money('三元里，一元论，二元一次方程，三元组')).toEqual([]);
  });
});


describe('money extractor: rule files', () => {
  const rulesWithContext = (rows: string) => rulesWithUserFile('money-context.tsv', `word\trole\n${rows}`);

  it('names the file and line of a small-change unit that is not a currency unit', () => {
    expect(() => moneyExtractor.create(rulesWithContext('角\tchange-after\n'))).toThrow(/money-context\.tsv:2: "角" \(role change-after\) is not a unit/);
  });

  it('reads smaller units after a unit a user file adds to change-after', () => {
    const builtin = moneyExtractor.create(RuleSet.withUserDir()).extract(makeContext({ text: '售价20元5角8分。' }));
    expect(builtin.map((m) => m.text)).toEqual(['20元5角8分']);
    const without = moneyExtractor.create(rulesWithContext('-元\n')).extract(makeContext({ text: '售价20元5角8分。' }));
    expect(without.map((m) => m.text)).toEqual(['20元']);
  });
});
