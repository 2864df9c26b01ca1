import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// 拨付3亿元中央救灾资金: a central fund named by its use right after the amount is given by 中央, as one
// named before it is (NOTES: 中央… funds → 中央); 中央企业 after an amount names no fund. Invented texts.

const whoOf = (text: string) => factsOf(text, '2024-03-01').map((f) => f.who);

describe('a central fund named by its use after the amount', () => {
  it('中央 + use + fund ending after the amount: 中央 gives', () => {
    expect(whoOf('救灾简讯\n日前，有关部门紧急向某省拨付2亿元中央自然灾害救灾资金，支持受灾群众安置。')).toEqual([['中央']]);
  });

  it('中央企业 after the amount is no central fund', () => {
    const [who] = whoOf('签约简讯\n某市与某集团签约，引进5亿元中央企业投资项目。');
    expect(who).not.toContain('中央');
  });
});
