import type { DateRules } from './rules';

// A month and day that name an event (“9·5”泸定地震, 5·12汶川特大地震,
// 3.14事件): the day the event happened, in the year that governs it. The
// dot of a decimal (7.1级地震, 3.5亿元) is never one: with a full stop the
// event word must follow at once, and a middle dot, never a decimal point,
// may have a place's name (up to four characters) before its event word.

const MONTH = '(?:1[0-2]|0?[1-9])';
const DAY = '(?:3[01]|[12]\\d|0?[1-9])';

/** A month-day naming an event; groups: month and day (quoted), or month and day (bare). */
export function eventDayPattern(rules: DateRules): RegExp {
  const events = rules.context('event-day-after').pattern;
  const middleDot = '[·•‧・]';
  const quoted = `[“"「](${MONTH})${middleDot}(${DAY})[”"」](?=\\p{Script=Han}{0,4}?(?:${events}))`;
  const bareDotted = `(?<![\\d.·•‧・])(${MONTH})(?:\\.|${middleDot})(${DAY})(?=(?:${events}))`;
  const bareMiddle = `(?<![\\d.·•‧・])(${MONTH})${middleDot}(${DAY})(?![\\d.·•‧・])(?=\\p{Script=Han}{1,4}?(?:${events}))`;
  return new RegExp(`${quoted}|${bareDotted}|${bareMiddle}`, 'gu');
}

/** The month, day and the span of `m` without its quotes, or undefined where the day does not exist. */
export function readEventDay(m: RegExpMatchArray): { start: number; end: number; month: number; day: number } | undefined {
  const quoted = m[1] !== undefined;
  const month = Number(m[1] ?? m[3] ?? m[5]);
  const day = Number(m[2] ?? m[4] ?? m[6]);
  if (day > [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!) return undefined;
  const start = m.index! + (quoted ? 1 : 0);
  return { start, end: m.index! + m[0].length - (quoted ? 1 : 0), month, day };
}
