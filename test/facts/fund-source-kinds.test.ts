import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of';

// A budget drawing on its own stabilisation fund (动用/安排预算稳定调节基金) names no body that gives, and
// an organisation's name never runs back over punctuation, half-width included, or a list number
// (②…万元,③动用…; 去年以来,市慈善总会). Invented texts.

const whoOf = (text: string) => factsOf(text, '2024-03-01').map((f) => f.who);

describe('funds a budget draws on, and names cut at punctuation', () => {
  it('动用 or 安排 a budget stabilisation fund: no giver', () => {
    const text = '某区2023年预算执行情况\n①税收收入52000万元;②上级补助收入81000万元,③动用预算稳定调节基金980万元。年末安排预算稳定调节基金2100万元。';
    const who = whoOf(text);
    expect(who[2]).toEqual([]);
    expect(who[3]).toEqual([]);
  });

  it('a half-width comma after a pinyin gloss ends the text before an organisation name', () => {
    const text = '慈善简讯\n今年以來(lái),县慈善总会共筹集善款560万元。';
    const [who] = whoOf(text);
    expect(who!.some((name) => name.includes(',') || name.includes('以来'))).toBe(false);
  });
});
