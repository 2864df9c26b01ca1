import { describe, expect, it } from 'vitest';
import { governingMonth, governingYear, type GoverningYearQuestion, type StatedYear } from '../../../src/extract/dates/governing-year';

// The governing year of a month-day, asked directly: positions stand for a
// text where sentence 1 is [0, 20), sentence 2 [20, 40), the month-day at 30.

const year = (start: number, value: number, planned = false): StatedYear => ({ start, year: value, planned });

function ask(overrides: Partial<GoverningYearQuestion>): ReturnType<typeof governingYear> {
  return governingYear({
    at: 30,
    month: 9,
    day: 5,
    sentence: { start: 20, end: 40 },
    previousSentence: { start: 0, end: 20 },
    years: [],
    reference: { year: 2024 },
    aboutPlans: false,
    ...overrides,
  });
}

describe('governingYear', () => {
  it('takes the last year stated before it in its sentence', () => {
    expect(ask({ years: [year(5, 2019), year(21, 2020), year(25, 2022)] })).toEqual({ year: 2022, source: 'sentence' });
  });

  it('never takes a year stated after it', () => {
    expect(ask({ years: [year(35, 2023)] })).toEqual({ year: 2024, source: 'reference' });
  });

  it('skips a planned year in its sentence (计划2030年6月建成)', () => {
    expect(ask({ years: [year(22, 2021), year(26, 2030, true)] })).toEqual({ year: 2021, source: 'sentence' });
    expect(ask({ years: [year(26, 2030, true)], previousSentence: undefined })).toEqual({ year: 2024, source: 'reference' });
  });

  it('takes the last year of the previous sentence when its own states none', () => {
    expect(ask({ years: [year(2, 2018), year(10, 2022)] })).toEqual({ year: 2022, source: 'previous-sentence' });
  });

  it('does not carry into the next sentence a year that starts a period to now or is a baseline (2010年以来, 比2019年)', () => {
    const since = { ...year(10, 2010), carriesOn: false };
    expect(ask({ years: [since] })).toEqual({ year: 2024, source: 'reference' });
    expect(ask({ years: [year(2, 2018), since] })).toEqual({ year: 2024, source: 'reference' });
    expect(ask({ years: [{ ...year(22, 2010), carriesOn: false }] })).toEqual({ year: 2010, source: 'sentence' });
  });

  it('looks past a baseline of the previous sentence to the year of its story (2020年…为2017年的85.3%。年末…)', () => {
    const baseline = { ...year(10, 2017), carriesOn: false, baseline: true };
    expect(ask({ years: [year(2, 2020), baseline] })).toEqual({ year: 2020, source: 'previous-sentence' });
    expect(ask({ years: [baseline] })).toEqual({ year: 2024, source: 'reference' });
    // In its own sentence too (比2017年增加30%，6月底前…): the month is the story's, here the reference year's.
    expect(ask({ years: [{ ...year(22, 2017), carriesOn: false, baseline: true }] })).toEqual({ year: 2024, source: 'reference' });
  });

  it('does not reach past the previous sentence, nor into another paragraph', () => {
    expect(ask({ years: [year(2, 2018)], previousSentence: { start: 10, end: 20 } })).toEqual({ year: 2024, source: 'reference' });
    expect(ask({ years: [year(10, 2022)], previousSentence: undefined })).toEqual({ year: 2024, source: 'reference' });
  });

  it('falls back to the reference year, and to nothing without one', () => {
    expect(ask({})).toEqual({ year: 2024, source: 'reference' });
    expect(ask({ reference: {} })).toBeUndefined();
  });

  it('puts a month after the reference date in the year before (news reports what has happened)', () => {
    expect(ask({ reference: { year: 2024, month: 4, day: 3 } })).toEqual({ year: 2023, source: 'reference-before' });
    expect(ask({ month: 4, day: 10, reference: { year: 2024, month: 4, day: 3 } })).toEqual({ year: 2023, source: 'reference-before' });
    expect(ask({ month: 4, day: 1, reference: { year: 2024, month: 4, day: 3 } })).toEqual({ year: 2024, source: 'reference' });
    expect(ask({ month: 4, day: undefined, reference: { year: 2024, month: 4, day: 3 } })).toEqual({ year: 2024, source: 'reference' });
  });

  it('keeps a month after the reference date in a sentence about plans (预计10月建成)', () => {
    expect(ask({ aboutPlans: true, reference: { year: 2024, month: 4, day: 3 } })).toEqual({ year: 2024, source: 'reference' });
  });

  it('does not move a month when only the reference year is known', () => {
    expect(ask({ month: 12, day: 31 })).toEqual({ year: 2024, source: 'reference' });
  });
});

describe('governingMonth (a day written alone: 18日)', () => {
  const named = (start: number, year: number, month: number | undefined): StatedYear => ({ start, year, month, planned: false });
  const askMonth = (overrides: Partial<GoverningYearQuestion>) =>
    governingMonth({
      at: 30,
      day: 18,
      sentence: { start: 20, end: 40 },
      previousSentence: { start: 0, end: 20 },
      years: [],
      reference: { year: 2024, month: 5, day: 20 },
      aboutPlans: false,
      ...overrides,
    });

  it('takes the month last named in its sentence, then in the previous one', () => {
    expect(askMonth({ years: [named(5, 2023, 3), named(22, 2023, 7)] })).toEqual({ year: 2023, month: 7 });
    expect(askMonth({ years: [named(5, 2023, 3)] })).toEqual({ year: 2023, month: 3 });
  });

  it('skips a date without a month, and never looks after the day', () => {
    expect(askMonth({ years: [named(5, 2023, 3), named(22, 2022, undefined)] })).toEqual({ year: 2023, month: 3 });
    expect(askMonth({ years: [named(35, 2023, 3)] })).toEqual({ year: 2024, month: 5 });
  });

  it('falls back to the reference month, or the month before it for a later day', () => {
    expect(askMonth({ day: 25 })).toEqual({ year: 2024, month: 4 });
    expect(askMonth({ day: 25, aboutPlans: true })).toEqual({ year: 2024, month: 5 });
    expect(askMonth({ day: 25, reference: { year: 2024, month: 1, day: 3 } })).toEqual({ year: 2023, month: 12 });
    expect(askMonth({ reference: { year: 2024 } })).toBeUndefined();
  });
});
