import { parseChineseNumber } from '../numbers';
import type { DateRules } from './rules';

// A month and day that name an event (“9·5”泸定地震, 5·12汶川特大地震,
// 3.14事件): the day the event happened, in the year that governs it. The
// dot of a decimal (7.1级地震, 3.5亿元) is never one: with a full stop the
// event word must follow at once, and a middle dot, never a decimal point,
// or quotes around the day may have a place's name (up to four characters)
// before its event word.

/** One or two digits, a dot and one or two digits; groups: month, dot, day. Digit-led, so the scan is fast. */
const DOTTED_NUMBERS = /(\d{1,2})([.·•‧・﹒．])(\d{1,2})/g;
/** What may not stand right before or after a month-day: it would be inside a longer run of numbers. */
const NUMBER_CHARS = /[\d.·•‧・﹒．]/;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const OPENING_QUOTES = '“"「';
const CLOSING_QUOTES = '”"」';

export interface EventDay {
  start: number;
  end: number;
  month: number;
  day: number;
  /** Its Nth anniversary named after it (“5·12”地震十周年): the event was N years before the year that governs the text. */
  yearsAgo?: number;
  /** …N周年纪念日: the text's day of the same name is that anniversary, not the event. */
  anniversaryDay?: boolean;
  /** The year of the well-known event it names (“5·12”汶川特大地震 → 2008), where rules/date-anniversaries.tsv knows it. */
  year?: number;
}

/** The event's Nth anniversary right after its name, in the same clause: groups: years, 纪念日. */
const ANNIVERSARY_AFTER = /[^，,。；;！？\n]{0,6}?(\d{1,3}|[一二两三四五六七八九十]{1,3})\s*周年(纪念日)?/y;

export class EventDayFinder {
  private readonly eventAtOnce: RegExp;
  private readonly eventAfterName: RegExp;

  private readonly knownEvent: RegExp | undefined;
  private readonly knownYears: ReadonlyMap<string, number>;

  constructor(rules: DateRules, knownEvents: ReadonlyArray<{ keyword: string; year: number }> = []) {
    const events = rules.context('event-day-after').pattern;
    this.eventAtOnce = new RegExp(`(?:${events})`, 'y');
    this.eventAfterName = new RegExp(`\\p{Script=Han}{0,4}?(?:${events})`, 'uy');
    this.knownYears = new Map(knownEvents.map((e) => [e.keyword, e.year]));
    const keywords = [...this.knownYears.keys()].sort((a, b) => b.length - a.length).map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    this.knownEvent = keywords.length > 0 ? new RegExp(`(?:${keywords.join('|')})`, 'y') : undefined;
  }

  /** The year of the well-known event named right at `at` (汶川特大地震), if the rules know it. */
  private knownYearAt(text: string, at: number): number | undefined {
    if (!this.knownEvent) return undefined;
    this.knownEvent.lastIndex = at;
    const m = this.knownEvent.exec(text);
    return m ? this.knownYears.get(m[0]) : undefined;
  }

  /** The event days of `text`, each without its quotes. */
  find(text: string): EventDay[] {
    const days: EventDay[] = [];
    for (const m of text.matchAll(DOTTED_NUMBERS)) {
      const [month, day] = [Number(m[1]), Number(m[3])];
      if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]!) continue;
      const start = m.index!;
      const end = start + m[0].length;
      if (NUMBER_CHARS.test(text[start - 1] ?? '') || NUMBER_CHARS.test(text[end] ?? '')) continue;
      const quoted = start > 0 && OPENING_QUOTES.includes(text[start - 1]!) && CLOSING_QUOTES.includes(text[end] ?? '\0');
      const event = quoted || m[2] !== '.' ? this.eventAfterName : this.eventAtOnce;
      event.lastIndex = quoted ? end + 1 : end;
      if (!event.test(text)) continue;
      ANNIVERSARY_AFTER.lastIndex = event.lastIndex;
      const anniversary = ANNIVERSARY_AFTER.exec(text);
      const yearsAgo = anniversary ? (/^\d+$/.test(anniversary[1]!) ? Number(anniversary[1]) : parseChineseNumber(anniversary[1]!)) : undefined;
      const year = this.knownYearAt(text, quoted ? end + 1 : end);
      const known = year !== undefined ? { year } : {};
      days.push(yearsAgo ? { start, end, month, day, yearsAgo, anniversaryDay: anniversary![2] !== undefined, ...known } : { start, end, month, day, ...known });
    }
    return days;
  }
}
