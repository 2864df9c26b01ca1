import { describe, expect, it } from 'vitest';
import type { DraftMention } from '../../src/model/mention';
import { settleOverlaps } from '../../src/refine/overlaps';

const draft = (type: string, text: string, start: number): DraftMention =>
  ({ type, text, cleanStart: start, cleanEnd: start + text.length, rule: 'test' }) as unknown as DraftMention;
const priority = (type: string) => ({ count: 40, place: 20 })[type] ?? 0;
const placeCoversCount = (type: string, other: string) => type === 'place' && other === 'count';

describe('settleOverlaps', () => {
  it('keeps the higher priority where two mentions of different types overlap', () => {
    const settled = settleOverlaps([draft('count', '八台', 3), draft('place', '台镇', 4)], priority, placeCoversCount);
    expect(settled.kept.map((m) => m.text)).toEqual(['八台']);
  });

  it('lets a mention covering a whole rival of a type it covers, and more, take its place', () => {
    const settled = settleOverlaps([draft('count', '八台', 3), draft('place', '八台镇', 3)], priority, placeCoversCount);
    expect(settled.kept.map((m) => m.text)).toEqual(['八台镇']);
    expect(settled.dropped.map((d) => [d.mention.text, d.by.text])).toEqual([['八台', '八台镇']]);
  });

  it('covers nothing of a type not listed, nor a rival of the same length', () => {
    expect(settleOverlaps([draft('count', '八台', 3), draft('place', '八台镇', 3)], priority).kept.map((m) => m.text)).toEqual(['八台']);
    expect(settleOverlaps([draft('count', '八台', 3), draft('place', '八台', 3)], priority, placeCoversCount).kept.map((m) => m.text)).toEqual(['八台']);
  });
});
