import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// 省级财政（含中央）下达资金…: a government's sum noted as holding the central share is given by that
// government and by 中央 (GUIDELINES: 中央 is written as is, beside the province's path). Invented texts.

const whoOf = (text: string) => factsOf(text, '2024-03-01').map((f) => f.who);

describe('a sum noted as holding the central share', () => {
  it('the province and 中央 give it', () => {
    const text = '本报福州3月1日电 记者从福建省财政厅获悉，截至2月底，福建省级财政（含中央）已下达民生项目资金42.6亿元。';
    expect(whoOf(text)).toEqual([['福建省', '中央']]);
  });

  it('only the amount of the noted clause, not the total before it', () => {
    const text = '本报福州3月1日电 今年全省为民办实事项目计划投入资金300亿元，其中福建省级财政(含中央)承担96亿元。';
    expect(whoOf(text)).toEqual([[], ['福建省', '中央']]);
  });

  it('no note, no 中央', () => {
    const text = '本报福州3月1日电 记者从福建省财政厅获悉，福建省级财政已下达民生项目资金42.6亿元。';
    expect(whoOf(text)[0]).not.toContain('中央');
  });
});
