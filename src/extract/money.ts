import type { Approx, DraftMention } from '../model/mention';
import type { RuleSet } from '../rules/loader';
import { oneOf } from '../rules/loader';
import { APPROX_RULE_FILES, combineApprox, escapeRegex, loadApproxWords, qualifiersAround, type ApproxWords } from './approx';
import { ARABIC_NUMBER, CHINESE_NUMBER, MAGNITUDE_PATTERN, listedNumbersBefore, magnitudeFactor, scaled } from './numbers';
import type { ExtractContext, Extractor, ExtractorModule } from './types';
import { append } from '../util/arrays';

// Money: a number with a currency unit (1.32亿元, 三千五百万元, 4000多万元, 3-5万元,
// 200万美元), a bare magnitude standing for the number (纳税过亿元), and an
// amount with 万/亿 but no 元 where a word before it makes it money (投资120亿).

const UNIT_RULES = {
  file: 'money-units.tsv',
  columns: ['unit', 'currency'],
  check: (row: { cells: Readonly<Record<string, string>> }) =>
    /^[A-Z]{3}$/.test(row.cells.currency ?? '') ? undefined : 'column "currency" must be an ISO 4217 code such as CNY',
} as const;
const CONTEXT_RULES = {
  file: 'money-context.tsv',
  columns: ['word', 'role'],
  check: oneOf('role', ['money', 'unit-after']),
} as const;

const NUMBER = `(?:${ARABIC_NUMBER}|${CHINESE_NUMBER})`;
const RANGE_SEPARATOR = '[-—–~～至到]';
const CLAUSE_END = /[。；！？!?;\n]/;
const CONTEXT_WINDOW = 16;

interface MoneyPatterns {
  amount: RegExp;
  bareMagnitude: RegExp;
  withoutUnit: RegExp;
  currencyOf: Map<string, string>;
  contextWords: string[];
  unitAfter: RegExp;
  approx: ApproxWords;
}

function buildPatterns(rules: RuleSet): MoneyPatterns {
  const approx = loadApproxWords(rules);
  const currencyOf = new Map(rules.load(UNIT_RULES).map((r) => [r.cells.unit!, r.cells.currency!]));
  const units = [...currencyOf.keys()].sort((a, b) => b.length - a.length).map(escapeRegex).join('|');
  const context = rules.load(CONTEXT_RULES);
  const infix = approx.pattern('infix');
  const byRole = (role: string) => context.filter((r) => r.cells.role === role).map((r) => r.cells.word!);
  return {
    amount: new RegExp(
      `(?<num>${NUMBER})(?:(?<mag1>${MAGNITUDE_PATTERN})?\\s?${RANGE_SEPARATOR}\\s?(?<num2>${NUMBER}))?` +
        `\\s?(?<infix1>${infix})?(?<mag>${MAGNITUDE_PATTERN})?(?<infix2>${infix})?\\s?(?<unit>${units})`,
      'g',
    ),
    bareMagnitude: new RegExp(`(?<=(?<bare>${approx.pattern('bare')}))(?<mag>${MAGNITUDE_PATTERN})(?<unit>${units})`, 'g'),
    withoutUnit: new RegExp(
      `(?<num>${ARABIC_NUMBER}|${CHINESE_NUMBER})\\s?(?<infix1>${infix})?(?<mag>万亿|千万|亿|万)(?<infix2>${infix})?`,
      'g',
    ),
    currencyOf,
    contextWords: byRole('money'),
    unitAfter: new RegExp(`^(?:${units}|${byRole('unit-after').map(escapeRegex).join('|') || '(?!)'})`),
    approx,
  };
}

export const moneyExtractor: ExtractorModule = {
  type: 'money',
  ruleFiles: [UNIT_RULES, CONTEXT_RULES, ...APPROX_RULE_FILES],
  create(rules: RuleSet): Extractor {
    const patterns = buildPatterns(rules);
    return {
      extract(ctx) {
        const bare = bareMagnitudes(ctx, patterns);
        const found = [...amounts(ctx, patterns).filter((m) => !overlapsAny(m, bare)), ...bare];
        append(found, amountsWithoutUnit(ctx, patterns, found));
        return found.sort((a, b) => a.cleanStart - b.cleanStart);
      },
    };
  },
};

type MoneyDraft = Extract<DraftMention, { type: 'money' }>;

function isChineseNumeral(text: string): boolean {
  return !/\d/.test(text);
}

function amounts(ctx: ExtractContext, p: MoneyPatterns): MoneyDraft[] {
  const found: MoneyDraft[] = [];
  for (const match of ctx.text.matchAll(p.amount)) {
    const g = match.groups!;
    const start = match.index!;
    const end = start + match[0].length;
    // A Chinese numeral must start a word: 一 in 统一 is not a number.
    if (isChineseNumeral(g.num!) && !ctx.isWordBoundary(start)) continue;
    const currency = p.currencyOf.get(g.unit!)!;
    const low = scaled(g.num!, g.num2 ? (g.mag1 ?? g.mag) : g.mag);
    if (low === undefined) continue;
    const high = g.num2 ? scaled(g.num2, g.mag) : undefined;
    const around = qualifiersAround(ctx, p.approx, start, end);
    const approx = combineApprox(p.approx.approxOf(g.infix1 ?? g.infix2, 'infix'), around.suffix, around.prefix);
    const mention = money(ctx.text, start, end, low, currency, approx, g.num2 ? 'money.range' : 'money.amount');
    if (high !== undefined) mention.value_max = high;
    found.push(mention);
    found.push(...sharedUnitList(ctx.text, start, g.mag, currency));
  }
  return found;
}

/** 3、5万元: the numbers listed before an amount take its magnitude and unit. */
function sharedUnitList(text: string, start: number, magnitude: string | undefined, currency: string): MoneyDraft[] {
  return listedNumbersBefore(text, start).map((item) =>
    money(text, item.start, item.end, scaled(item.text, magnitude)!, currency, 'exact', 'money.list'),
  );
}

/** 纳税过亿元 → 亿元 (over), 上千元 → 千元 (over). */
function bareMagnitudes(ctx: ExtractContext, p: MoneyPatterns): MoneyDraft[] {
  const found: MoneyDraft[] = [];
  for (const match of ctx.text.matchAll(p.bareMagnitude)) {
    const g = match.groups!;
    const start = match.index!;
    const approx = p.approx.approxOf(g.bare, 'bare') ?? 'exact';
    const value = magnitudeFactor(g.mag);
    found.push(money(ctx.text, start, start + match[0].length, value, p.currencyOf.get(g.unit!)!, approx, 'money.bare-magnitude'));
  }
  return found;
}

/** 投资120亿, 产值1.9亿: money only with a money word before it in the clause. */
function amountsWithoutUnit(ctx: ExtractContext, p: MoneyPatterns, taken: readonly MoneyDraft[]): MoneyDraft[] {
  const found: MoneyDraft[] = [];
  for (const match of ctx.text.matchAll(p.withoutUnit)) {
    const g = match.groups!;
    const start = match.index!;
    const end = start + match[0].length;
    if (overlapsAny({ cleanStart: start, cleanEnd: end }, taken)) continue;
    if (p.unitAfter.test(ctx.text.slice(end, end + 3))) continue;
    if (isChineseNumeral(g.num!) && !ctx.isWordBoundary(start)) continue;
    if (!hasMoneyWordBefore(ctx.text, start, p.contextWords)) continue;
    const value = scaled(g.num!, g.mag);
    if (value === undefined) continue;
    const around = qualifiersAround(ctx, p.approx, start, end);
    const approx = combineApprox(p.approx.approxOf(g.infix1 ?? g.infix2, 'infix'), around.suffix, around.prefix);
    found.push(money(ctx.text, start, end, value, 'CNY', approx, 'money.context'));
  }
  return found;
}

function overlapsAny(span: { cleanStart: number; cleanEnd: number }, others: readonly MoneyDraft[]): boolean {
  return others.some((m) => m.cleanStart < span.cleanEnd && span.cleanStart < m.cleanEnd);
}

function hasMoneyWordBefore(text: string, start: number, words: readonly string[]): boolean {
  let clauseStart = start;
  while (clauseStart > 0 && start - clauseStart < CONTEXT_WINDOW && !CLAUSE_END.test(text[clauseStart - 1]!)) clauseStart--;
  const clause = text.slice(clauseStart, start);
  return words.some((word) => clause.includes(word));
}

function money(
  text: string,
  start: number,
  end: number,
  value: number,
  currency: string,
  approx: Approx,
  rule: string,
): MoneyDraft {
  return { type: 'money', text: text.slice(start, end), value, currency, approx, rule, cleanStart: start, cleanEnd: end };
}
