import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// Amounts told again or broken down in the sentence after their own (GUIDELINES, facts: a sentence
// that carries on the previous one takes its giver; of a total and its shares, the shares keep the
// total's giver), in invented sentences.

const whoOf = (text: string) => factsOf(`标题\n${text}`).map((f) => f.who);

describe('an amount restated at the start of the next sentence', () => {
  it('keeps the giver of the same amount in the sentence right before', () => {
    expect(whoOf('星海集团向县慈善总会捐赠800万元。800万元将分8年到位。')).toEqual([['星海集团'], ['星海集团']]);
  });

  it('an amount of another value opening the next sentence is no restatement', () => {
    expect(whoOf('星海集团向县慈善总会捐赠800万元。300万元来自社会各界的小额捐款。')).toEqual([['星海集团'], []]);
  });

  it('the same value given by another donor two sentences before is not carried', () => {
    expect(whoOf('星海集团捐赠500万元用于建校。明远基金会捐赠300万元。500万元来自社会各界的小额捐款。')).toEqual([['星海集团'], ['明远基金会'], []]);
  });
});

describe('shares listed after the sentence of their total', () => {
  it('a sentence opening with 其中包括 lists shares of the total before it, given by its giver', () => {
    expect(whoOf('财政部联合水利部下拨防汛补助费2亿元，支持受灾省份。其中包括，湖南1200万元、江西800万元。')).toEqual([
      ['财政部', '水利部'],
      ['财政部', '水利部'],
      ['财政部', '水利部'],
    ]);
  });

  it('the shares of a total no one gives have no giver either', () => {
    expect(whoOf('全县去年完成固定资产投资20亿元。其中，工业投资8亿元、民生投资5亿元。')).toEqual([[], [], []]);
  });
});

describe('a place in a bracketed note of what a word includes', () => {
  const whereOf = (text: string) => factsOf(`标题\n${text}`).map((f) => f.where.map((w) => w.path));

  it('qualifies the word and receives nothing: the statistic stays with the place it describes', () => {
    expect(whereOf('去年台湾对大陆（含香港）出口额为1500亿美元。')).toEqual([['台湾省']]);
  });

  it('a place of its own after the note still receives (not in the note)', () => {
    expect(whereOf('省财政厅（含直属单位）向定结县拨付资金300万元。')).toEqual([['西藏自治区/日喀则市/定结县']]);
  });
});
