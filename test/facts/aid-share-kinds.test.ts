import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// 总投资1.4亿元，某省对口援疆资金1.1亿元: a total followed, in a later clause, by a smaller aid fund
// of a named giver is split into shares even without 其中; the total has no giver (GUIDELINES: of a
// total and its share, the total has [] and the share has the named giver). Invented texts.

const whoOf = (text: string) => factsOf(text, '2024-03-01').map((f) => f.who);

describe('a total told before an aid share without 其中', () => {
  it('the total has no giver, the share has the aid giver', () => {
    const text = '援疆项目巡礼\n喀什市第三中学扩建项目总投资9000万元，广东省对口援疆资金6500万元，新建教学楼两栋。';
    expect(whoOf(text)).toEqual([[], ['广东省']]);
  });

  it('a larger later amount is no share', () => {
    const text = '援疆项目巡礼\n广东省援建的喀什市第三中学扩建项目总投资9000万元，带动社会投资援疆产业1.2亿元。';
    expect(whoOf(text)[0]).toEqual(['广东省']);
  });
});
