import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// Taiwan's ministries and cabinet (经济部, 交通部, 行政院) are national bodies named as givers,
// written by name (GUIDELINES, facts: who), not as the county they fund; a time word between the
// name and its verb (经济部今年补助) is no part of the name. Invented sentences.

describe('a Taiwan ministry named before its giving verb', () => {
  it('gives, written by its name, with 今年 left out', () => {
    const facts = factsOf('标题\n交通部今年补助澎湖县改善离岛码头，核定经费新台币2400万元。', '2025-03-01');
    expect(facts.map((f) => f.who)).toEqual([['交通部']]);
  });

  it('the cabinet too (行政院拨付)', () => {
    const facts = factsOf('标题\n行政院拨付5亿元协助花莲县灾后重建。', '2025-03-01');
    expect(facts.map((f) => f.who)).toEqual([['行政院']]);
  });

  it('not a county that names the ministry as its source only (县府表示，…经济部…): the county spends its own', () => {
    const facts = factsOf('标题\n澎湖县政府今年自筹新台币300万元修缮渔港，不足部分再向交通部申请。', '2025-03-01');
    expect(facts[0]!.who).not.toEqual(['交通部']);
  });
});
