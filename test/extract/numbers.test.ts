import { describe, expect, it } from 'vitest';
import { ARABIC_NUMBER, continuesSpacedDigits, listedNumbersBefore, parseChineseNumber, parseNumber, scaled } from '../../src/extract/numbers';

describe('parseChineseNumber', () => {
  it.each([
    ['三千五百万', 35_000_000],
    ['两亿', 200_000_000],
    ['一亿五千万', 150_000_000],
    ['十四', 14],
    ['十', 10],
    ['一百零五', 105],
    ['七', 7],
    ['二〇二三', 2023],
    ['两', 2],
  ])('%s → %d', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  it('rejects text that is not a numeral', () => {
    expect(parseChineseNumber('三个')).toBeUndefined();
    expect(parseChineseNumber('')).toBeUndefined();
  });
});

describe('parseNumber and scaled', () => {
  it('reads Arabic numbers with separators and decimals', () => {
    expect(parseNumber('1,065')).toBe(1065);
    expect(parseNumber('87.8')).toBe(87.8);
  });

  it('reads mixed Arabic and Chinese magnitudes', () => {
    expect(parseNumber('3.8万')).toBe(38_000);
    expect(parseNumber('1.5万')).toBe(15_000);
  });

  it('scales without floating-point noise: 1.32亿 is exactly 132000000', () => {
    expect(scaled('1.32', '亿')).toBe(132_000_000);
    expect(scaled('4.53', '亿')).toBe(453_000_000);
    expect(scaled('21.8', '万')).toBe(218_000);
  });
});

describe('listedNumbersBefore', () => {
  it('finds the numbers listed before a shared unit, nearest first', () => {
    const text = '分别为3、5、8万元';
    const at = text.indexOf('8');
    expect(listedNumbersBefore(text, at).map((n) => n.text)).toEqual(['5', '3']);
  });

  it('does not take a number that ends in another unit (15%、317万元)', () => {
    const text = '分别增长15%、317万元';
    expect(listedNumbersBefore(text, text.indexOf('317'))).toEqual([]);
  });
});

describe('ARABIC_NUMBER with a typeset space before the point', () => {
  const number = new RegExp(ARABIC_NUMBER);
  it.each([
    ['收入3518 .27万元', '3518 .27', 3518.27],
    ['差旅费3\u3000.08万元', '3\u3000.08', 3.08],
    ['增长12.5%', '12.5', 12.5],
  ])('%s reads %s', (text, written, value) => {
    const match = number.exec(text)!;
    expect(match[0]).toBe(written);
    expect(parseNumber(match[0])).toBe(value);
  });

  it.each([
    ['2 .修订章程', '2'],
    ['共3 \n.5', '3'],
    ['版本 3  .2', '3'],
  ])('%s stops at %s (no digits after the point, a line break, two spaces)', (text, written) => {
    expect(number.exec(text)![0]).toBe(written);
  });
});

describe('digits spaced one by one', () => {
  it('finds the spaced digits before a number, so that its last digits are never read alone', () => {
    expect(continuesSpacedDigits('全年接待游客 1 2 8 万人次', 11)).toBe(true);
    expect(continuesSpacedDigits('总投资 3 . 5 亿元', 8)).toBe(true);
    expect(continuesSpacedDigits('2019年 100项', 6)).toBe(false);
    expect(continuesSpacedDigits('共 109 页', 2)).toBe(false);
    expect(continuesSpacedDigits('2019 100万元', 5)).toBe(false);
  });
});
