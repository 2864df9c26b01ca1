import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// A sector's realised or planned investment (完成水利投资, 完成交通建设投资) is a statistic, as 完成投资 is:
// no giver, none carried from the spender of the sentence before (NOTES 21), unless a self word of its
// clause spends it (今年全省计划完成交通投资…, as test/facts/province-spender-kinds). Invented sentences.

const whoOf = (text: string) => factsOf(text, '').map((f) => f.who);

describe('a sector investment completed or planned', () => {
  it('年内计划完成水利投资 after a county spending in the sentence before has no giver', () => {
    expect(whoOf('标题\n安吉县今年投资20亿元实施河道整治工程。年内计划完成水利投资2.6亿元，到6月底已完成投资1.8亿元。')).toEqual([
      ['浙江省/湖州市/安吉县'],
      [],
      [],
    ]);
  });

  it('完成交通建设投资 with no self word is a statistic, no giver carried', () => {
    expect(whoOf('标题\n今年1至9月，河北省财政厅拨付资金200亿元。累计完成交通建设投资120亿元。')[1]).toEqual([]);
  });

  it('a self word before it in its clause spends it (今年全省计划完成交通投资: the province, as province-spender-kinds)', () => {
    expect(whoOf('标题\n记者从河北省交通运输工作会议上获悉，今年全省计划完成交通建设投资300亿元。')[0]).toEqual(['河北省']);
  });
});
