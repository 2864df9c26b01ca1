import type { DraftMention } from '../../model/mention';
import type { RuleSet } from '../../rules/loader';
import { alternation } from '../../util/alternation';

// The local currency of an item from Hong Kong's own news sites, which write bare 元/亿元 for
// Hong Kong dollars. The default (CNY) is overturned only by a mark of the local outlet (HKT beside
// a clock time, or the outlet's own source tag opening its story: 【某某新闻台】) together with one
// of the place's public bodies, in a text that names no currency.

type MoneyDraft = Extract<DraftMention, { type: 'money' }>;

export const LOCAL_CURRENCY_RULES = { file: 'money-local-currency.tsv', columns: ['currency', 'zones', 'bodies', 'tags'], required: 3 } as const;

/** A clock time that a zone word stamps, before it or after it (2026-03-01 HKT 11:17, 11:17 HKT). */
const CLOCK_TIME = '\\d{1,2}:\\d{2}';
/** How long an outlet's name may be before the kind of outlet that ends its source tag (the Now of 【Now新闻台】). */
const OUTLET_NAME_LENGTH = 8;

export interface LocalCurrency {
  currency: string;
  /** A clock time with a zone word right before or after it, or a local outlet's source tag at a line's start. */
  stamp: RegExp;
  bodies: RegExp;
}

export function loadLocalCurrencies(rules: RuleSet): readonly LocalCurrency[] {
  return rules.load(LOCAL_CURRENCY_RULES).map((row) => {
    const zones = alternation(row.cells.zones!.split('|').filter(Boolean));
    const tags = row.cells.tags!.split('|').filter(Boolean);
    const tag = tags.length === 0 ? '' : `|^【[^】\\n]{0,${OUTLET_NAME_LENGTH}}(?:${alternation(tags)})】`;
    return {
      currency: row.cells.currency!,
      stamp: new RegExp(`(?<![A-Za-z])(?:${zones})\\s{0,2}${CLOCK_TIME}|${CLOCK_TIME}(?::\\d{2})?\\s{0,2}(?:${zones})(?![A-Za-z])${tag}`, 'm'),
      bodies: new RegExp(alternation(row.cells.bodies!.split('|').filter(Boolean))),
    };
  });
}

/**
 * Gives the local currency to every amount of a local item whose amounts all take the default
 * (in place). `namesCurrency` tells whether the text names any currency (港元, 人民币).
 */
export function applyLocalCurrency(text: string, found: MoneyDraft[], locals: readonly LocalCurrency[], namesCurrency: (text: string) => boolean): void {
  if (found.length === 0 || found.some((m) => m.currency !== 'CNY' || m.rule === 'money.sign')) return;
  const local = locals.find((l) => l.stamp.test(text) && l.bodies.test(text));
  if (local === undefined || namesCurrency(text)) return;
  for (const m of found) m.currency = local.currency;
}
