import type { Approx, DraftMention } from '../model/mention';
import type { RuleSet } from '../rules/loader';
import { APPROX_RULE_FILES, combineApprox, loadApproxWords, qualifiersAround, type ApproxWords } from './approx';
import { ARABIC_NUMBER, CHINESE_NUMBER, listedNumbersBefore, parseChineseNumber, parseNumber, roundFloat } from './numbers';
import type { ExtractContext, Extractor, ExtractorModule } from './types';

// Percentages (87.8%, 3%-5%, 百分之三十, 百分之十二点五) and percentage points
// (提高21.8个百分点, unit "pp"); numbers listed before one unit share it
// (44.3和5.4个百分点).

const RANGE_SEPARATOR = '[-—–~～至到]';
const CHINESE_DECIMAL_DIGITS = '[零〇一二三四五六七八九]+';

interface PercentPatterns {
  symbol: RegExp;
  chinese: RegExp;
  points: RegExp;
  approx: ApproxWords;
}

export const percentExtractor: ExtractorModule = {
  type: 'percent',
  ruleFiles: APPROX_RULE_FILES,
  create(rules: RuleSet): Extractor {
    const approx = loadApproxWords(rules);
    const infix = approx.pattern('infix');
    const patterns: PercentPatterns = {
      // (?<![\d.,]): never start inside a longer number (and never retry along a long digit run).
      symbol: new RegExp(`(?<![\\d.,])(?<num>${ARABIC_NUMBER})(?:\\s?%?\\s?${RANGE_SEPARATOR}\\s?(?<num2>${ARABIC_NUMBER}))?\\s?%`, 'g'),
      chinese: new RegExp(`百分之(?<num>${ARABIC_NUMBER}|${CHINESE_NUMBER})(?:点(?<decimals>${CHINESE_DECIMAL_DIGITS}))?`, 'g'),
      points: new RegExp(`(?<![\\d.,])(?<num>${ARABIC_NUMBER}|${CHINESE_NUMBER})(?<infix>${infix})?个?百分点`, 'g'),
      approx,
    };
    return {
      extract: (ctx) =>
        [...symbolPercents(ctx, patterns), ...chinesePercents(ctx, patterns), ...percentagePoints(ctx, patterns)].sort(
          (a, b) => a.cleanStart - b.cleanStart,
        ),
    };
  },
};

type PercentDraft = Extract<DraftMention, { type: 'percent' }>;

function symbolPercents(ctx: ExtractContext, p: PercentPatterns): PercentDraft[] {
  const found: PercentDraft[] = [];
  for (const match of ctx.text.matchAll(p.symbol)) {
    const start = match.index!;
    const end = start + match[0].length;
    const { num, num2 } = match.groups!;
    const mention = percent(ctx, p, start, end, parseNumber(num!)!, '%', num2 ? 'percent.range' : 'percent.symbol');
    if (num2) mention.value_max = parseNumber(num2)!;
    found.push(mention, ...listed(ctx, start, '%'));
  }
  return found;
}

function chinesePercents(ctx: ExtractContext, p: PercentPatterns): PercentDraft[] {
  const found: PercentDraft[] = [];
  for (const match of ctx.text.matchAll(p.chinese)) {
    const { num, decimals } = match.groups!;
    const whole = parseNumber(num!);
    if (whole === undefined) continue;
    const value = decimals ? roundFloat(Number(`${whole}.${[...decimals].map((d) => parseChineseNumber(d)).join('')}`)) : whole;
    const start = match.index!;
    found.push(percent(ctx, p, start, start + match[0].length, value, '%', 'percent.chinese'));
  }
  return found;
}

function percentagePoints(ctx: ExtractContext, p: PercentPatterns): PercentDraft[] {
  const found: PercentDraft[] = [];
  for (const match of ctx.text.matchAll(p.points)) {
    const start = match.index!;
    const end = start + match[0].length;
    if (!/\d/.test(match.groups!.num!) && !ctx.isWordBoundary(start)) continue;
    const value = parseNumber(match.groups!.num!);
    if (value === undefined) continue;
    const inner = p.approx.approxOf(match.groups!.infix, 'infix');
    found.push(percent(ctx, p, start, end, value, 'pp', 'percent.points', inner), ...listed(ctx, start, 'pp'));
  }
  return found;
}

/** 54、42个百分点: each listed number is its own mention with the shared unit. */
function listed(ctx: ExtractContext, start: number, unit: '%' | 'pp'): PercentDraft[] {
  return listedNumbersBefore(ctx.text, start).map((item) => ({
    type: 'percent',
    text: item.text,
    value: parseNumber(item.text)!,
    unit,
    approx: 'exact',
    rule: 'percent.list',
    cleanStart: item.start,
    cleanEnd: item.end,
  }));
}

function percent(
  ctx: ExtractContext,
  p: PercentPatterns,
  start: number,
  end: number,
  value: number,
  unit: '%' | 'pp',
  rule: string,
  inner?: Approx,
): PercentDraft {
  const around = qualifiersAround(ctx, p.approx, start, end);
  const approx = combineApprox(inner, around.suffix, around.prefix);
  return { type: 'percent', text: ctx.text.slice(start, end), value, unit, approx, rule, cleanStart: start, cleanEnd: end };
}
