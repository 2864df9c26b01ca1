import type { DraftMention } from '../../model/mention';
import type { RuleSet } from '../../rules/loader';

// A currency name that is also another currency's short form: mainland headlines
// write 澳元 for 澳门元 (patacas), the name of the Australian dollar. In a text
// that writes amounts in the other currency (澳门元, 澳门币, 葡币), the short form
// is that currency where the same value is written in it, or where the text names
// nothing of the short form's own country (澳大利亚, 悉尼); elsewhere the name keeps
// its own currency (an Australian item's 澳元 stays AUD).

type MoneyDraft = Extract<DraftMention, { type: 'money' }>;

export const SHORT_FORM_RULES = { file: 'currency-short-forms.tsv', columns: ['unit', 'read_as', 'foreign_words'] } as const;

interface ShortForm {
  unit: string;
  readAs: string;
  /** Words that keep the unit's own currency (澳大利亚, 悉尼), as one pattern. */
  foreign: RegExp | undefined;
}

export function loadShortForms(rules: RuleSet): readonly ShortForm[] {
  return rules.load(SHORT_FORM_RULES).map((row) => {
    const words = (row.cells.foreign_words ?? '').split('|').filter(Boolean);
    return {
      unit: row.cells.unit!,
      readAs: row.cells.read_as!,
      foreign: words.length > 0 ? new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')) : undefined,
    };
  });
}

/** Gives the amounts written in a short form the currency the text writes in full (in place). */
export function applyShortForms(text: string, found: MoneyDraft[], forms: readonly ShortForm[]): void {
  for (const form of forms) {
    const short = found.filter((m) => m.currency !== form.readAs && m.text.endsWith(form.unit));
    if (short.length === 0) continue;
    const full = found.filter((m) => m.currency === form.readAs);
    if (full.length === 0) continue;
    const foreign = form.foreign?.test(text) ?? false;
    for (const m of short) {
      if (!foreign || full.some((f) => f.value === m.value && f.value_max === m.value_max)) m.currency = form.readAs;
    }
  }
}
