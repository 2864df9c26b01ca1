// The standard spelling of a whole number in Chinese numerals (105 → 一百零五,
// 150000 → 十五万, 1.2e12 → 一万二千亿, or 一兆二千亿 in Taiwan usage). The
// numeral parser accepts a numeral only when it is this spelling of its value.

const DIGITS = '零一二三四五六七八九';
const SECTION_UNITS = ['', '十', '百', '千'];

export interface FormatOptions {
  /** Write 10^12 as 兆 (Taiwan) instead of 万亿. */
  zhao?: boolean;
}

/** A non-negative safe integer in standard Chinese numerals. */
export function formatChinese(value: number, options: FormatOptions = {}): string {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`not a whole number: ${value}`);
  if (value === 0) return '零';
  const spelled = formatAbove(value, options.zhao === true);
  // Only at the very start is 一十 written 十 (十五万, but 一百一十).
  return spelled.startsWith('一十') ? spelled.slice(1) : spelled;
}

function formatAbove(value: number, zhao: boolean): string {
  if (zhao && value >= 1e12) return withBigUnit(value, 1e12, '兆', zhao);
  if (value >= 1e8) return withBigUnit(value, 1e8, '亿', zhao);
  if (value >= 1e4) return withBigUnit(value, 1e4, '万', zhao);
  return formatSection(value);
}

/** high 亿 [零] low: a 零 marks a gap at the top of what follows the unit. */
function withBigUnit(value: number, unit: number, name: string, zhao: boolean): string {
  const high = Math.floor(value / unit);
  const low = value - high * unit;
  const head = formatAbove(high, zhao) + name;
  if (low === 0) return head;
  return head + (low < unit / 10 ? '零' : '') + formatAbove(low, zhao);
}

/** 1–9999: one 零 for each run of missing positions between digits. */
function formatSection(value: number): string {
  let spelled = '';
  let zeroPending = false;
  for (let position = 3; position >= 0; position--) {
    const digit = Math.floor(value / 10 ** position) % 10;
    if (digit === 0) {
      zeroPending = spelled !== '';
      continue;
    }
    if (zeroPending) spelled += '零';
    zeroPending = false;
    spelled += DIGITS[digit]! + SECTION_UNITS[position]!;
  }
  return spelled;
}
