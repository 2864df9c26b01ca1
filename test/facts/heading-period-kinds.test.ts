import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// A heading line naming a period dates the undated entries of its section,
// however many short lines they take (GUIDELINES, facts), in invented layouts.

const entry = (place: string, price: number, buyer: string, amount: string) => `${place}\n某地块楼面价为${price}元/平方米\n（${buyer}以${amount}竞得）\n`;

describe('a heading period over a section of entries', () => {
  it('reaches the third entry of three lines each', () => {
    const text = `标题\n今年一季度，三市土地出让金合计900亿元。\n一季度各地单价最高地块\n${entry('甲市', 51000, '某置业', '12亿元')}${entry('乙市', 42000, '某地产', '9亿元')}${entry('丙市', 33000, '某发展', '7亿元')}`;
    const facts = factsOf(text, '2024-04-10');
    expect(facts.map((f) => f.when)).toEqual(Array(7).fill('2024-01/2024-03'));
  });

  it('not past a dated sentence between', () => {
    const text = `标题\n一季度各地单价最高地块\n${entry('甲市', 51000, '某置业', '12亿元')}2023年，丙市土地出让金合计400亿元。\n${entry('丙市', 33000, '某发展', '7亿元')}`;
    const facts = factsOf(text, '2024-04-10');
    expect(facts.map((f) => f.when).slice(-2)).toEqual([null, null]);
  });
});
