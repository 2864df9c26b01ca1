import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// 省慈善总会累计接收捐赠款2000万元: a body named by its province's level alone (省慈善总会, 团省委,
// 省红十字会) reports sums of its whole province: an amount naming no place of its own takes the
// province of the place it would carry from the paragraph or the document, not that place itself
// (GUIDELINES: where a statistic describes). Invented texts.

const whereOf = (text: string) => factsOf(text, '2023-08-10').map((f) => f.where.map((p) => p.path));

describe('sums of a body named by its province level alone', () => {
  it("take the province of the document's place", () => {
    expect(whereOf('标题\n尚志市遭遇洪灾，多地受灾。\n截至8日，省慈善总会累计接收捐赠款2000万元。')).toEqual([['黑龙江省']]);
  });

  it('not after a sentence naming the place it gives to', () => {
    expect(whereOf('标题\n尚志市遭遇洪灾，多地受灾。省慈善总会拨付善款300万元。')).toEqual([['黑龙江省/哈尔滨市/尚志市']]);
  });

  it('not a body named by 市 alone: a county-level city is a 市 too', () => {
    expect(whereOf('标题\n尚志市遭遇洪灾，多地受灾。\n截至8日，市红十字会累计接收捐款80万元。')).toEqual([['黑龙江省/哈尔滨市/尚志市']]);
  });
});
