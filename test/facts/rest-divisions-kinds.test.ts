import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// 甲县、乙县按每县5000万元，其余受援县按每县3900万元: the rest of the divisions are not the ones
// named in the clauses before; their amount takes the region carried from before (GUIDELINES:
// where is inherited when the sentence names none of the amount's own). Invented sentences.

const whereOf = (text: string) => factsOf(text, '2023-05-01').map((f) => f.where.map((p) => p.path));

describe('the rest of the divisions', () => {
  it('take the region carried from before, not the divisions of the clauses before', () => {
    const text = '标题\n浙江省财政援助资金支持四川50个重点县。凉山州10个县按每县6000万元，剑阁县、旺苍县按每县5000万元，其余受援县按每县3900万元。';
    expect(whereOf(text)).toEqual([['四川省/凉山彝族自治州'], ['四川省/广元市/剑阁县', '四川省/广元市/旺苍县'], ['四川省']]);
  });

  it('not other givers (其他企业): the destination named before is theirs too', () => {
    const text = '标题\n各方向甘孜县捐款：甲公司100万元，其他企业500万元。';
    expect(whereOf(text)).toEqual([['四川省/甘孜藏族自治州/甘孜县'], ['四川省/甘孜藏族自治州/甘孜县']]);
  });
});
