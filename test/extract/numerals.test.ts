import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadExtractors } from '../../src/extract/registry';
import { parseChineseInteger } from '../../src/extract/numerals/chinese';
import { formatChinese } from '../../src/extract/numerals/format';
import { parseNumeral } from '../../src/extract/numerals/parse';
import { makeContext } from '../../src/pipeline/context';
import { RuleSet } from '../../src/rules/loader';

const FINANCIAL: Record<string, string> = {
  一: '壹', 二: '贰', 三: '叁', 四: '肆', 五: '伍', 六: '陆', 七: '柒', 八: '捌', 九: '玖', 十: '拾', 百: '佰', 千: '仟',
};
const toFinancial = (plain: string) => [...plain].map((ch) => FINANCIAL[ch] ?? ch).join('');

/**
 * The standard spelling a numeral stands for, restated independently of the
 * parser: 两 → 二, 〇 → 零, a leading 一十 → 十, and a last digit after a unit
 * above 十 takes the next lower position (三千五 → 三千五百).
 */
function standardSpelling(numeral: string): string {
  // 二十万零五千 = 二十万五千: a 零 after a big unit ending in 十/百/千 before a 千 digit may be written (cheques).
  let plain = numeral.replace(/两/g, '二').replace(/〇/g, '零').replace(/([十百千]万)零(?=[一二三四五六七八九]千)/g, '$1').replace(/([十百千]亿)零(?=[一二三四五六七八九]千万)/g, '$1').replace(/^一十/, '十');
  const abbreviated = /([一二三四五六七八九])$/.exec(plain);
  const unitBefore = plain.at(-2);
  const next: Record<string, string> = { 百: '十', 千: '百', 万: '千', 亿: '千万' };
  if (abbreviated && unitBefore && next[unitBefore]) plain += next[unitBefore];
  return plain;
}

/** Sections before big units, one at least digit by digit (二四七亿, 二兆三四五六亿, 十一兆六〇二四亿), as Taiwan and Hong Kong papers print them. */
const SECTIONS = /^(?:[^万亿兆]+[万亿兆])+$/;
const DIGIT_SECTION = /^[〇○一二三四五六七八九]{1,4}$/;
const UNIT_VALUE: Record<string, number> = { 万: 1e4, 亿: 1e8, 兆: 1e12 };

/** Their value, restated: a digit section's digits read position by position (a standard one as the parser reads it), times its unit. */
function digitSectionsValue(numeral: string): number {
  let value = 0;
  for (const [, section, unit] of numeral.matchAll(/([^万亿兆]+)([万亿兆])/g)) {
    const digits = DIGIT_SECTION.test(section!) ? Number([...section!].map((d) => '〇一二三四五六七八九'.indexOf(d.replace('○', '〇'))).join('')) : parseChineseInteger(section!)!;
    value += digits * UNIT_VALUE[unit!]!;
  }
  return value;
}

describe('numeral parser: round trip', () => {
  it('parse(format(n)) = n for every whole number below 2^53', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(parseNumeral(formatChinese(n))).toBe(n);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads small and round numbers, in financial numerals and in Taiwan 兆 usage too', () => {
    const interesting = fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 1, max: 9999 }).map((n) => n * 10 ** 8));
    fc.assert(
      fc.property(interesting, (n) => {
        expect(parseNumeral(toFinancial(formatChinese(n)))).toBe(n);
        expect(parseNumeral(formatChinese(n, { zhao: true }))).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads Arabic numbers, signed, full-width and OCR-spaced', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const text = `${whole}.${String(cents).padStart(2, '0')}`;
        const value = Number(text);
        expect(parseNumeral(text)).toBe(value);
        const fullWidth = text.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replace('-', '－');
        expect(parseNumeral(fullWidth)).toBe(value);
        expect(parseNumeral(text.replace('.', '. '))).toBe(value);
      }),
    );
  });
});

describe('numeral parser: never accepts an ill-formed numeral', () => {
  it.each(['七十百', '十十', '一百十', '一千五十', '十两', '两十', '三十五十', '百十', '万万', '一亿万', '零零五十', '一千零十', '七十百分', '二万零五千', ''])(
    'rejects %s',
    (text) => {
      expect(parseChineseInteger(text)).toBeUndefined();
    },
  );

  it('accepts a random string of numeral characters only when it is the standard spelling of its value', () => {
    const numeral = fc.string({ unit: fc.constantFrom(...'零一二两三四五六七八九十百千万亿'), minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(numeral, (text) => {
        const value = parseChineseInteger(text);
        if (value === undefined || /^[零一二三四五六七八九]+$/.test(text)) return;
        if (SECTIONS.test(text) && text.split(/[万亿]/).some((section) => DIGIT_SECTION.test(section) && section.length > 1)) {
          expect(value).toBe(digitSectionsValue(text));
          return;
        }
        expect(formatChinese(value)).toBe(standardSpelling(text));
      }),
      { numRuns: 20_000 },
    );
  });

  it('reads digit-by-digit sections before big units, and no vague range among them', () => {
    expect(parseNumeral('二四七亿')).toBe(24_700_000_000);
    expect(parseNumeral('二兆三四五六亿')).toBe(2_345_600_000_000);
    expect(parseNumeral('八○六一点二亿')).toBe(806_120_000_000);
    expect(parseNumeral('二点○三兆')).toBe(2_030_000_000_000);
    expect(parseNumeral('三六○')).toBe(360);
    expect(parseNumeral('十一兆六○二四亿')).toBe(11_602_400_000_000);
    expect(parseNumeral('八.六')).toBe(8.6);
    expect(parseNumeral('○.五二')).toBe(0.52);
    // 三五亿, 七八万, 三四五万: neighbouring digits are "three to five", not one number.
    expect(parseNumeral('三五亿')).toBeUndefined();
    expect(parseNumeral('七八万')).toBeUndefined();
    expect(parseNumeral('三四五万')).toBeUndefined();
    // Units must fall (万 before 亿 is no numeral), 零 is no digit place, and no section starts with zero.
    expect(parseNumeral('一二三万四五六亿')).toBeUndefined();
    expect(parseNumeral('三零亿')).toBeUndefined();
    expect(parseNumeral('○五二亿')).toBeUndefined();
  });

  it('reads the standard forms', () => {
    expect(parseNumeral('三千五百万')).toBe(35_000_000);
    expect(parseNumeral('三千五')).toBe(3500);
    expect(parseNumeral('两万三')).toBe(23_000);
    expect(parseNumeral('一千零五十')).toBe(1050);
    expect(parseNumeral('三万亿')).toBe(3e12);
    expect(parseNumeral('三兆')).toBe(3e12);
    expect(parseNumeral('壹拾万')).toBe(100_000);
    expect(parseNumeral('贰拾万零伍仟')).toBe(205_000);
    expect(parseNumeral('十亿零五千万')).toBe(1_050_000_000);
    expect(parseNumeral('十二点五')).toBe(12.5);
    expect(parseNumeral('四点 五')).toBe(4.5);
    expect(parseNumeral('五 十')).toBe(50);
    expect(parseNumeral('二○二三')).toBe(2023);
    expect(parseNumeral('负4.1')).toBe(-4.1);
  });
});

describe('scanning is linear in the length of a numeral run', () => {
  const extractors = loadExtractors(RuleSet.withUserDir(), ['money', 'percent', 'count']);
  /** Best of three runs of every number extractor over `text`, in ms. */
  function scanTime(text: string): number {
    let best = Infinity;
    for (let round = 0; round < 3; round++) {
      const started = performance.now();
      for (const { extractor } of extractors) extractor.extract(makeContext({ text, referenceDate: null, earlier: [] }));
      best = Math.min(best, performance.now() - started);
    }
    return best;
  }

  it.each(['十', '三百', '7', '十一万', 'ab%', '五 '])('a run of %s 40,000 characters long takes ~10× a 4,000 run, not ×100', (unit) => {
    const short = scanTime(unit.repeat(4000 / unit.length));
    const long = scanTime(unit.repeat(40_000 / unit.length));
    // Linear is ×10; quadratic was ×100 (a 40,000 run of 十 took ~56 s). A floor keeps timer noise out.
    expect(long / Math.max(short, 10)).toBeLessThan(35);
    expect(long).toBeLessThan(5000);
  });

  it('a run of spaces 40,000 long between two numerals takes ~10× a 4,000 run, not ×100', () => {
    const between = (spaces: number) => `十${' '.repeat(spaces)}十`;
    const short = scanTime(between(4000));
    const long = scanTime(between(40_000));
    // Unbounded spaces before and after an optional infix made the count pattern quadratic (~8 s for 40,000).
    expect(long / Math.max(short, 10)).toBeLessThan(35);
    expect(long).toBeLessThan(5000);
  });

  it('the parser rejects a long run at once', () => {
    const started = performance.now();
    expect(parseNumeral('十'.repeat(40_000))).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(50);
  });
});
