import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// An undated amount in a table's row takes the period its table's caption names. Invented text.

const whenOf = (text: string, amount: string, nth = 0) => factsOf(text, '2021').filter((f) => f.text === amount)[nth]?.when;

describe("a table's rows under a dated caption", () => {
  it('the caption line above the header row dates the cells', () => {
    const text = '附件\n2020年某县衔接资金分配表\n序号 | 乡镇 | 项目 | 金额(万元) |\n1 | 甲镇 | 道路硬化 | 120 |\n2 | 乙镇 | 饮水工程 | 85.5 |';
    expect(whenOf(text, '120')).toBe('2020');
    expect(whenOf(text, '85.5')).toBe('2020');
  });

  it('a caption that is the first row dates the cells too', () => {
    const text = '三、资金分配情况表\n某区2020年第一批补助资金分配表 | |||\n序号 | 项目名称 | 金额(万元) |\n1 | 甲村道路提升项目 | 40 |';
    expect(whenOf(text, '40')).toBe('2020');
  });

  it('a table under an undated caption leaves its cells undated', () => {
    const text = '某县项目资金表\n序号 | 乡镇 | 金额(万元) |\n1 | 甲镇 | 120 |';
    expect(whenOf(text, '120')).toBeNull();
  });
});
