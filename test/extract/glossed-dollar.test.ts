import { describe, expect, it } from 'vitest';
import { brief, extractWith } from '../helpers/extract';

const money = (text: string) => brief(extractWith(['money'], text));

// Hong Kong, Macau and Taiwan notices write $ for their own dollar and gloss it in words.
describe('a bare dollar sign glossed in words', () => {
  it('takes the currency its gloss names, and gives it to the later bare $ amounts', () => {
    const found = money('核准合同，金额为$2,400,000.00（澳门币贰佰肆拾万元整），分两年支付：\n2023年 $1,400,000.00\n2024年 $1,000,000.00');
    expect(found.map((m) => [m.text, m.currency])).toEqual([
      ['$2,400,000.00', 'MOP'],
      ['贰佰肆拾万元', 'MOP'],
      ['$1,400,000.00', 'MOP'],
      ['$1,000,000.00', 'MOP'],
    ]);
    expect(found[2]!.value).toBe(1_400_000);
  });

  it('stays the US dollar without a gloss, or with a gloss in 美元', () => {
    expect(money('该公司融资$300万。')).toEqual([{ text: '$300万', value: 3_000_000, currency: 'USD', approx: 'exact' }]);
    expect(money('售价$1,500（港币一千五百元）。').map((m) => m.currency)).toEqual(['HKD', 'HKD']);
    expect(money('收入$5,000（即5000美元）。').map((m) => m.currency)).toEqual(['USD', 'USD']);
  });
});
