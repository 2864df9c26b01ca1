import type { DraftMention } from '../../model/mention';

// A currency declared once for the amounts of a text, in brackets right after
// an amount: 12亿元（澳门元，下同）, 5亿元(单位：港元，下同). Hong Kong, Macau
// and Taiwan reports write the currency once and then plain 元/亿元; the
// declaration gives its currency to that amount and to every later amount
// that names none, until the next declaration. A bracket that names a currency
// alone (6,000元（澳门币）) gives it to that amount only, unless it names a local
// dollar (澳门币, 港币, 新台币) in a text that names no other currency: a Macau
// or Hong Kong item notes its currency once and writes plain 元 below (9,000元（澳门币）…
// 非永久居民5,400元), so there it holds below like 下同. A bare dollar sign takes the
// one dollar currency a text names elsewhere when it names no US dollar (港币80万元 …
// $5万: Hong Kong dollars).

type MoneyDraft = Extract<DraftMention, { type: 'money' }>;

/** Dollars other than the US dollar that a bare $ may stand for in a text that names them,
 * and that a local item writes as plain 元 once it has named it. */
const LOCAL_DOLLARS = new Set(['HKD', 'MOP', 'TWD', 'SGD', 'AUD', 'CAD', 'NZD']);

const DECLARATION_MARK = '下同';
/** 下同 opening a bracket right after an amount: the amount's own currency holds for those below. */
const SAME_BELOW = new RegExp(`[（(]\\s?${DECLARATION_MARK}`, 'y');
/** A declaration follows an amount in brackets (12亿元（港元，下同）): only there is it looked for. */
const OPENING_BRACKETS = new Set([0x28, 0xff08]);
/** A named default currency: an amount that writes it keeps it (100万元人民币, RMB 300). */
const NAMED_DEFAULT = /(?:人民币|RMB|CNY)$/;
const DEFAULT_AFTER = /^\s?人民币/;

export interface DeclarationPatterns {
  /** （澳门元，下同）: the unit group names the currency. */
  declaration: RegExp;
  /** （澳门币）: a currency named alone in brackets, for the amount before it. */
  bracketed: RegExp;
  currencyOf: ReadonlyMap<string, string>;
  /** A currency name (人民币, 港元; not 元 or 块) in the clause before an amount (人民币贷款2亿元). */
  namedBefore: RegExp;
}

/** How far back in its clause an amount's currency may be named (另有人民币贷款2亿元). */
const NAMED_WINDOW = 8;
const CLAUSE_END = /[。；！？，,;!?\n]/;

/** The words that open a declaration written out (（以下除注明外均为港元）, (下文皆以澳门元计)). */
const BELOW_OPENING = '(?:以下|下文)(?:除(?:另有)?[註注]明外)?[，,]?(?:[金币幣]额|[單单]位)?(?:[皆均都]|一律)?(?:[為为]|以|按)?';

/**
 * The regex of a declaration, from the alternation of the currency units: the unit with 下同 (（港元，下同）) or
 * after words saying it holds below (（以下除注明外均为港元）). The unit is group `unit` or `below`.
 */
export function declarationPattern(units: string): RegExp {
  return new RegExp(
    `[（(](?:[^（）()\\n]{0,6}[:：])?\\s?(?:(?<unit>${units})\\s?[，,、；;]?\\s?${DECLARATION_MARK}|${BELOW_OPENING}\\s?(?<below>${units})(?:[計计]算?)?)\\s?[)）]`,
    'y',
  );
}

/** The regex of a currency named alone in brackets right after an amount (（港币）, (澳门元)). */
export function bracketedCurrencyPattern(units: string): RegExp {
  return new RegExp(`[（(]\\s?(?<unit>${units})\\s?[)）]`, 'y');
}

interface Declaration {
  start: number;
  end: number;
  currency: string;
  /** Named in brackets without 下同: the currency of the amount before it alone. */
  own: boolean;
}

/** Gives declared currencies to the amounts that name none (in place; `found` sorted by start). */
export function applyDeclaredCurrencies(text: string, found: MoneyDraft[], p: DeclarationPatterns): void {
  const declarations = declarationsAfterAmounts(text, found, p);
  if (declarations.length === 0) return;
  for (const d of declarations) if (d.own && isTheOnlyLocalDollar(text, found, p, d.currency)) d.own = false;
  const undeclared: MoneyDraft[] = [];
  const declaredValues = new Map<number, string>();
  for (const mention of found) {
    const declared = declarationFor(text, mention, declarations);
    if (declared === undefined) {
      undeclared.push(mention);
      continue;
    }
    if (!namesNoCurrency(text, mention, p, declared)) continue;
    mention.currency = declared;
    if (!declaredValues.has(mention.value)) declaredValues.set(mention.value, declared);
  }
  // A headline above the declaration restating one of its amounts (派1万 … 1万（澳门币，下同）), or a figure named
  // again after an amount whose bracket named its currency alone (9,000元（澳门币）… 9,000元现金): the same figure,
  // in the same currency. Only an amount equal to a declared one: the others keep the default.
  for (const mention of undeclared) {
    const declared = declaredValues.get(mention.value);
    if (declared !== undefined && mention.value_max === undefined && namesNoCurrency(text, mention, p, declared)) mention.currency = declared;
  }
}

/** The declarations right after an amount (a bracket at its end: most amounts have none). */
function declarationsAfterAmounts(text: string, found: readonly MoneyDraft[], p: DeclarationPatterns): Declaration[] {
  const declarations: Declaration[] = [];
  for (const mention of found) {
    if (!OPENING_BRACKETS.has(text.charCodeAt(mention.cleanEnd))) continue;
    let declared = false;
    for (const [pattern, own] of [[p.declaration, false], [p.bracketed, true]] as const) {
      pattern.lastIndex = mention.cleanEnd;
      const match = pattern.exec(text);
      if (!match) continue;
      declarations.push({ start: match.index, end: match.index + match[0].length, currency: p.currencyOf.get((match.groups!.unit ?? match.groups!.below)!)!, own });
      declared = true;
      break;
    }
    // 9000澳门元（下同，1美元约合8澳门元）: 下同 opening the bracket after an amount that names its currency declares that one.
    if (declared) continue;
    SAME_BELOW.lastIndex = mention.cleanEnd;
    const same = SAME_BELOW.exec(text);
    if (same) declarations.push({ start: same.index, end: same.index + same[0].length, currency: mention.currency, own: false });
  }
  return declarations;
}

/** The declaration right after the amount, else the last one before it. */
function declarationFor(text: string, mention: MoneyDraft, declarations: readonly Declaration[]): string | undefined {
  let before: string | undefined;
  for (const d of declarations) {
    if (d.end <= mention.cleanStart) before = d.own ? before : d.currency;
    else if (d.start >= mention.cleanEnd && text.slice(mention.cleanEnd, d.start).trim() === '') return d.currency;
  }
  return before;
}

/** A default (CNY) amount whose text, sign and neighbours name no currency other than the declared one (…8澳门元）及5400元). */
function namesNoCurrency(text: string, mention: MoneyDraft, p: DeclarationPatterns, declared: string): boolean {
  if (mention.currency !== 'CNY' || mention.rule === 'money.sign' || NAMED_DEFAULT.test(mention.text)) return false;
  if (DEFAULT_AFTER.test(text.slice(mention.cleanEnd, mention.cleanEnd + 4))) return false;
  const named = clauseBefore(text, mention.cleanStart).match(new RegExp(p.namedBefore.source, 'g'));
  return named === null || named.every((name) => p.currencyOf.get(name) === declared);
}

/**
 * A local dollar (MOP, HKD, TWD …) that is the only currency a text names and the only one its
 * amounts carry besides the default: a bracket naming it alone then holds for the amounts below.
 */
function isTheOnlyLocalDollar(text: string, found: readonly MoneyDraft[], p: DeclarationPatterns, currency: string): boolean {
  if (!LOCAL_DOLLARS.has(currency)) return false;
  if (found.some((m) => m.currency !== 'CNY' && m.currency !== currency)) return false;
  const named = text.match(new RegExp(p.namedBefore.source, 'g')) ?? [];
  return named.every((name) => p.currencyOf.get(name) === currency);
}

function clauseBefore(text: string, start: number): string {
  let from = start;
  while (from > 0 && start - from < NAMED_WINDOW && !CLAUSE_END.test(text[from - 1]!)) from--;
  return text.slice(from, start);
}

const BARE_DOLLAR_TEXT = /^[$＄]/;

/**
 * $5万 in a text whose other amounts are in Hong Kong dollars (and none in US dollars): the
 * bare sign is that currency (in place).
 */
export function applyLocalDollar(found: MoneyDraft[]): void {
  const bare = found.filter((m) => m.rule === 'money.sign' && m.currency === 'USD' && BARE_DOLLAR_TEXT.test(m.text));
  if (bare.length === 0) return;
  const named = new Set(found.filter((m) => !bare.includes(m)).map((m) => m.currency));
  if (named.has('USD')) return;
  const local = [...named].filter((currency) => LOCAL_DOLLARS.has(currency));
  if (local.length !== 1) return;
  for (const m of bare) m.currency = local[0]!;
}
