import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// Kinds of language by which a county's own report speaks of itself (GUIDELINES, facts: where), in invented sentences.

const wherePaths = (text: string, referenceDate = '2020') => factsOf(text, referenceDate).map((f) => f.where.map((p) => p.path));

describe('全县 after a province named for another reason', () => {
  it('statistics of 全县 cut by semicolons stay the county’s, not a province named earlier in the paragraph', () => {
    const paths = wherePaths(
      '沁源县政府工作报告\n在沁源县人民代表大会上\n过去一年，全县认真落实领导视察陕西时的讲话精神，全县经济平稳运行。2019年，全县地区生产总值完成52亿元；规模以上工业增加值完成9.3亿元；一般公共预算收入完成2.1亿元。',
    );
    expect(paths).toEqual([['山西省/长治市/沁源县'], ['山西省/长治市/沁源县'], ['山西省/长治市/沁源县']]);
  });

  it('a place named after the self word is carried as before', () => {
    const paths = wherePaths('沁源县政府工作报告\n在沁源县人民代表大会上\n全县经济平稳运行，大同市经济也平稳增长；地区生产总值达到3亿元。');
    expect(paths).toEqual([['山西省/大同市']]);
  });
});
