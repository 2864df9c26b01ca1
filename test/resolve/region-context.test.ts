import { describe, expect, it } from 'vitest';
import { sharedGazetteer } from '../../src/resolve/gazetteer';
import { RegionContext } from '../../src/resolve/region-context';

const gazetteer = sharedGazetteer();
const byCode = (code: string) => gazetteer.byCode.get(code)!;

describe('region context', () => {
  it('finds the deepest named division above a candidate', () => {
    const context = new RegionContext();
    context.add(byCode('540000')); // 西藏自治区
    context.add(byCode('540200')); // 日喀则市
    expect(context.support(byCode('540226'))?.name).toBe('日喀则市'); // 昂仁县
    expect(context.support(byCode('542526'))?.name).toBe('西藏自治区'); // 改则县, in 阿里
    expect(context.support(byCode('130104'))).toBeUndefined(); // 石家庄市桥西区
  });

  it('knows the provinces it names a place within', () => {
    const context = new RegionContext();
    context.add(byCode('540200')); // 日喀则市
    expect(context.namesWithin(byCode('540000'))).toBe(true); // 西藏自治区
    expect(context.namesWithin(byCode('630000'))).toBe(false); // 青海省
    context.clear();
    expect(context.namesWithin(byCode('540000'))).toBe(false);
  });

  it('weighs a region by the mentions at or below it', () => {
    const context = new RegionContext();
    context.add(byCode('130100')); // 石家庄市
    context.add(byCode('130100'));
    context.add(byCode('130104')); // its 桥西区
    context.add(byCode('130700')); // 张家口市
    expect(context.weight(byCode('130100'))).toBe(3);
    expect(context.weight(byCode('130700'))).toBe(1);
    expect(context.weight(byCode('130000'))).toBe(4); // 河北省
    context.clear();
    expect(context.weight(byCode('130000'))).toBe(0);
    expect([...context]).toEqual([]);
  });
});
