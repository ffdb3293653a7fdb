/**
 * Sentences the outliers page and its questions share, written from derived numbers so each
 * claim holds on the state it describes: what one appended value moved, what the log did to
 * the skewness, and a column's sum written exactly enough to add up.
 */
import type { ColumnSummary } from '$lib/ml/outliers';
import { roundDecimal, formatValue as v } from '$lib/format/format';
import type { FenceShift } from './analysis';

/** "Appending it moved the upper fence from 76.11 to 94.72 and the upper z cut-off from …": the verdict only as the numbers give it. */
export function fenceShiftText(shift: FenceShift, subject: string): string {
	const fence = `the ${shift.side} fence`;
	if (!shift.cutoff) return `${subject} ${moved(fence, shift.fence)}.`;
	const cutoff = `the ${shift.side} z cut-off`;
	const both = v(shift.fence[0]) !== v(shift.fence[1]) && v(shift.cutoff[0]) !== v(shift.cutoff[1]);
	const what = both
		? `moved ${fence} from ${v(shift.fence[0])} to ${v(shift.fence[1])} and ${cutoff} from ${v(shift.cutoff[0])} to ${v(shift.cutoff[1])}`
		: `${moved(fence, shift.fence)} and ${moved(cutoff, shift.cutoff)}`;
	const verdict = shift.fenceMovedLess
		? 'The fence moved less: the mean and std follow how far out a value lies, the quartiles only its rank.'
		: 'Here the fence moved as much as the cut-off or more.';
	return `${subject} ${what}. ${verdict}`;
}

/** "moved the upper fence from 6550 to 6581", or "left the upper fence at 10.35" when it is the same as printed. */
function moved(what: string, [from, to]: [number, number]): string {
	return v(from) === v(to) ? `left ${what} at ${v(to)}` : `moved ${what} from ${v(from)} to ${v(to)}`;
}

/** "The median goes from 93.5 to 93", or "The median stays at 4050" when it is the same as printed. */
export function goesText(what: string, from: number, to: number): string {
	return v(from) === v(to) ? `${what} stays at ${v(to)}` : `${what} goes from ${v(from)} to ${v(to)}`;
}

/** Below this skewness the page does not call a column's right tail long enough for a log to shorten. */
export const rightSkewed = 0.5;

/** What log(1 + x) did to the skewness, said only as the numbers show it. */
export function logSkewText(before: ColumnSummary, after: ColumnSummary): string {
	const [g, gAfter] = [before.skewness, after.skewness];
	if (g === null || gAfter === null) return 'Large values are pulled in most.';
	const change = `the skewness goes from ${v(g)} to ${v(gAfter)}`;
	if (g >= rightSkewed && Math.abs(gAfter) < g)
		return `Large values are pulled in most, which shortens this column's right tail: ${change}.`;
	if (g < rightSkewed)
		return `Large values are pulled in most, but this column has no long right tail to shorten: ${change}.`;
	return `Large values are pulled in most; here ${change}.`;
}

/** The number of decimals that writes every value exactly (up to 6), so sums of them can be written exactly too. */
export function decimalsOf(x: readonly number[]): number {
	let most = 0;
	for (const value of x) {
		const text = String(Math.abs(value));
		if (text.includes('e')) return 6;
		const dot = text.indexOf('.');
		if (dot >= 0) most = Math.max(most, text.length - dot - 1);
		if (most >= 6) return 6;
	}
	return most;
}

const fixedFormats = new Map<number, Intl.NumberFormat>();
/** `value` rounded to `digits` decimals, without trailing zeros or separators (as the page's other values): 40952, 1234.50 → "1234.5". */
export function exactText(value: number, digits: number): string {
	let format = fixedFormats.get(digits);
	if (!format)
		fixedFormats.set(
			digits,
			(format = new Intl.NumberFormat('en', { maximumFractionDigits: digits, useGrouping: false }))
		);
	return format.format(roundDecimal(value, digits));
}

/** A column's sum rounded to the decimals its values are written with, and that writing. */
export function exactSum(x: readonly number[]): { value: number; digits: number; text: string } {
	const digits = decimalsOf(x);
	let total = 0;
	for (const value of x) total += value;
	const value = roundDecimal(total, digits);
	return { value, digits, text: exactText(value, digits) };
}
