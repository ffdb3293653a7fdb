/**
 * Number formats shared by every widget. The formatters are made once: a fresh
 * `toLocaleString` call builds a new Intl formatter each time, which costs milliseconds
 * over the hundreds of numbers a page rewrites on every edit.
 */

const countFormat = new Intl.NumberFormat('en');

/** Past these sizes a value is written in exponent form: Intl would spell 1e-320 out in 323 characters. */
const LARGE = 1e15;
const SMALL = 1e-6;
const extreme = (value: number) =>
	value !== 0 && Number.isFinite(value) && (Math.abs(value) >= LARGE || Math.abs(value) < SMALL);

/** `value` with `digits` significant digits in exponent form, trailing zeros dropped: 1.5e308, 2e-321. */
export function exponentText(value: number, digits: number): string {
	if (value === 0) return '0';
	const [mantissa, exponent] = value.toExponential(digits - 1).split('e');
	const trimmed = mantissa.includes('.') ? mantissa.replace(/0+$/, '').replace(/\.$/, '') : mantissa;
	return `${trimmed}e${Number(exponent)}`;
}
// signDisplay 'negative': a value that rounds to zero from below reads "0", never "-0"
const amountFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 2, signDisplay: 'negative' });
const smallAmountFormat = new Intl.NumberFormat('en', {
	maximumSignificantDigits: 3,
	signDisplay: 'negative'
});

/** A count with thousands separators: 9900 → "9,900". */
export const formatCount = (value: number): string => countFormat.format(value);

/**
 * An amount (a cost) with at most two decimals: 7.5 → "7.5", 1234.567 → "1,234.57"; below 1,
 * three significant digits, so a small amount is never shown as 0: 0.001 → "0.001", 0.12345 → "0.123".
 */
export const formatAmount = (value: number): string =>
	extreme(value)
		? exponentText(value, 3)
		: value !== 0 && Math.abs(value) < 1
			? smallAmountFormat.format(value)
			: amountFormat.format(value);

const shortFormat = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 4, signDisplay: 'negative' });
/** A value to four significant digits with thousands separators: 583.6, 5,371, 1,235,000; in exponent form past 1e15 or below 1e-6: 1e-320. */
export const formatShort = (value: number): string =>
	extreme(value) ? exponentText(value, 4) : shortFormat.format(Number(value.toPrecision(4)));

/**
 * `value` with exactly `digits` decimals, as toFixed writes it, but a value that rounds to
 * zero from below reads "0.00", not "-0.00": an adjusted Rand index of −0.003 is no agreement, not a negative one.
 */
export function formatFixed(value: number, digits: number): string {
	const text = value.toFixed(digits);
	return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

/** A data value to four significant digits, without trailing zeros: 173.2, 0.0123, 1234567 → 1235000. */
export const formatValue = (value: number): string => String(Number(value.toPrecision(4)));

/**
 * `value` rounded to `digits` decimals as its decimal writing says, halves away from zero:
 * 0.1725 → 0.173 and, as a percentage, 17.25 → 17.3. Multiplying first (0.1725 · 1000)
 * or toFixed would round the binary double just below 0.1725 and give 0.172, so the same
 * value would read 0.172 and 17.3%. Shifting the decimal point in the text avoids that.
 */
export function roundDecimal(value: number, digits: number): number {
	if (!Number.isFinite(value)) return value;
	const [mantissa, exponent = '0'] = String(Math.abs(value)).split('e');
	const shifted = Math.round(Number(`${mantissa}e${Number(exponent) + digits}`));
	const [m2, e2 = '0'] = String(shifted).split('e');
	const result = Number(`${m2}e${Number(e2) - digits}`);
	return value < 0 ? -result : result;
}

/**
 * A proportion as a percentage with `decimals` decimals (one by default); null is "undefined".
 * Rounded as written in decimals, as {@link roundDecimal} rounds (0.1235 → 12.4%), where
 * `(0.1235 * 100).toFixed(1)` reads the binary 12.3499… and writes 12.3%: so a percentage
 * and its proportion (0.124) never disagree. The site's one percentage format.
 */
export function formatPercent(value: number | null, decimals = 1): string {
	// one decimal of a percentage is three of the proportion; toFixed only writes it out
	return value === null ? 'undefined' : `${(roundDecimal(value, decimals + 2) * 100).toFixed(decimals)}%`;
}

/** A count and its noun, singular for exactly one: "1 row", "2 rows", "1,000 categories". */
export function counted(count: number, singular: string, plural = `${singular}s`): string {
	return `${formatCount(count)} ${count === 1 ? singular : plural}`;
}

/** The word for a count, singular for exactly one: plural(1, 'sample') → "sample", plural(3, 'scores', 'score') → "score" (a verb agreeing with its count). */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
	return count === 1 ? singular : pluralForm;
}

/** A whole number in superscript digits (and minus), for powers: 12 → "¹²", −3 → "⁻³". */
export function superscript(p: number): string {
	return [...String(p)].map((c) => (c === '-' ? '⁻' : '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(c)])).join('');
}

/**
 * Text cut to at most `max` characters, an ellipsis marking the cut: a table cell or label
 * holding a 200,000-character value would otherwise make the page millions of pixels wide.
 * A cut never splits a character written as two UTF-16 units (an emoji).
 */
export function shortText(text: string, max = 60): string {
	if (text.length <= max) return text;
	return `${text.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, '')}…`;
}
