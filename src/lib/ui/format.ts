/**
 * Number formats shared by every widget. The formatters are made once: a fresh
 * `toLocaleString` call builds a new Intl formatter each time, which costs milliseconds
 * over the hundreds of numbers a page rewrites on every edit.
 */

const countFormat = new Intl.NumberFormat('en');
const amountFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

/** A count with thousands separators: 9900 → "9,900". */
export const formatCount = (value: number): string => countFormat.format(value);

/** An amount (a cost) with at most two decimals: 7.5 → "7.5", 1234.567 → "1,234.57". */
export const formatAmount = (value: number): string => amountFormat.format(value);

/** A data value to four significant digits, without trailing zeros: 173.2, 0.0123, 1234567 → 1235000. */
export const formatValue = (value: number): string => String(Number(value.toPrecision(4)));
