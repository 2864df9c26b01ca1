// CSV cells that a spreadsheet would run as a formula (=HYPERLINK(…), +cmd,
// -2+3, @SUM(…)) are neutralized as OWASP recommends: a leading single quote
// makes the cell text. Only text columns: numbers (value, start, …) are never
// formulas and stay numbers. JSON output is not touched.

/** Characters that start a formula in Excel, LibreOffice or Google Sheets (tab and CR too, per OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;
const NUMERIC_COLUMNS = new Set(['value', 'value_max', 'start', 'end']);

export function neutralizeFormula(column: string, cell: string): string {
  if (NUMERIC_COLUMNS.has(column) || !FORMULA_START.test(cell)) return cell;
  return `'${cell}`;
}
