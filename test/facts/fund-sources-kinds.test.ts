import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// A sum whose funding sources its sentence or the next one lists (资金来源为农户自筹一部分、…) is shared by
// several givers: the total has none (GUIDELINES, facts: who of a total and its shares), rather than a
// giver carried from elsewhere in the text. Invented names and sentences.

const whoOf = (text: string) => factsOf(text, '').map((f) => f.who);

describe('a sum with its funding sources listed after it', () => {
  it('has no giver carried from the document', () => {
    const text =
      '标题\n百色市和田阳区的领导出席了田阳区那坡镇那生村道路项目的开工仪式。\n' +
      '那生村道路项目共需资金300多万元。资金来源为村民筹资、银行贷款以及百色市政府、田阳区政府的补助。百色市政府将加强监督。';
    expect(whoOf(text)).toEqual([[]]);
  });

  it('a sum with no sources listed keeps its carried giver', () => {
    const text = '标题\n百色市政府投入资金200万元建设那生村道路。\n项目还将新建文化广场，需投入资金100万元。';
    expect(whoOf(text)[1]).toEqual(['广西壮族自治区/百色市']);
  });
});
