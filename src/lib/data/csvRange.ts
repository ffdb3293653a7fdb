/**
 * Numeric columns a widget cannot compute with, found where a table enters (the CSV
 * reader), so no widget meets them. Every widget squares and sums values (a mean, a spread,
 * a distance, a covariance) and the outliers page cubes them (skewness). In double
 * precision that works only within a range: past ±1e100 the cubes of deviations summed over
 * 200,000 rows can pass the largest double, 1.8e308 (values near 1e154 and beyond overflow
 * when merely squared); below ±1e-100 their cubes round to 0, so a spread reads 0 and a
 * skewness 0/0. Subnormal values (below 2.2e-308) also keep fewer digits than a double
 * should. A column wholly outside the range is named with its reason; the learner can
 * rescale it or leave it out. Zeros and a few tiny values among normal ones are harmless:
 * the spread then comes from the normal ones.
 */
import { counted } from '$lib/format/format';
import type { Column, Table } from './table';

/** Largest |value| a usable column may hold: (2 · 1e100)³ · 200,000 rows = 1.6e306, below the largest double. */
export const LARGEST_USABLE = 1e100;
/** A column whose every value lies within ±this (and not all zero) is too small to compute with. */
export const SMALLEST_USABLE = 1e-100;
/** Past this, a value's square overflows (√1.8e308 ≈ 1.34e154). */
const SQUARE_OVERFLOWS = Math.sqrt(Number.MAX_VALUE);
/** The smallest positive double with full precision; below it values are subnormal. */
const SMALLEST_NORMAL = 2.2250738585072014e-308;

export interface UnusableColumn {
	name: string;
	/** Why, with the column's own extreme value, to follow its name: "holds values up to 1.7e308, whose squares overflow…". */
	reason: string;
}

/** 1.7e+308 → "1.7e308", 5e-324 → "5e-324": two significant digits, the exponent plain. */
export function shortExponent(value: number): string {
	return Number(value.toPrecision(2)).toExponential().replace('e+', 'e');
}

/** Why the column cannot be used, or null when its values are within range. */
function columnProblem(column: Column): string | null {
	if (column.kind !== 'numeric') return null;
	let largest = 0;
	let smallestNonZero = Infinity;
	for (const value of column.values) {
		if (value === null) continue;
		const size = Math.abs(value);
		if (size > largest) largest = size;
		if (size > 0 && size < smallestNonZero) smallestNonZero = size;
	}
	if (largest > SQUARE_OVERFLOWS) {
		return `holds values up to ${shortExponent(largest)}, whose squares overflow double precision (largest 1.8e308)`;
	}
	if (largest > LARGEST_USABLE) {
		return `holds values up to ${shortExponent(largest)}; past ±1e100, sums of their squares and cubes can overflow double precision`;
	}
	if (largest > 0 && largest < SMALLEST_USABLE) {
		return smallestNonZero < SMALLEST_NORMAL
			? `holds values down to ${shortExponent(smallestNonZero)}, below the smallest full-precision double (2.2e-308); their squares round to 0`
			: `holds values only within ±${shortExponent(largest)}; past ±1e-100, their squares and cubes round to 0`;
	}
	return null;
}

/** The numeric columns of `table` that cannot be used, each with its reason, in table order. */
export function unusableColumns(table: Table): UnusableColumn[] {
	const found: UnusableColumn[] = [];
	for (const column of table.columns) {
		const reason = columnProblem(column);
		if (reason) found.push({ name: column.name, reason });
	}
	return found;
}

/** `table` without the named columns (the others as they are, not copied). */
export function withoutColumns(table: Table, names: readonly string[]): Table {
	const left = new Set(names);
	return { ...table, columns: table.columns.filter((column) => !left.has(column.name)) };
}

/** At most this many columns are named with their reasons, so a file of 1,000 such columns gets a short message. */
const EXAMPLES = 3;

/** The columns with their reasons, the first few of them: "“a” holds…; “b” holds…; and 997 more". */
export function unusableReasons(unusable: readonly UnusableColumn[]): string {
	const shown = unusable
		.slice(0, EXAMPLES)
		.map(({ name, reason }) => `“${name}” ${reason}`)
		.join('; ');
	return unusable.length > EXAMPLES
		? `${shown}; and ${counted(unusable.length - EXAMPLES, 'more column')}`
		: shown;
}

/** The columns by name ("“a”, “b”"), or their count past a few ("these 1,000 columns"). */
export function unusableNames(unusable: readonly UnusableColumn[]): string {
	return unusable.length > EXAMPLES
		? `these ${counted(unusable.length, 'column')}`
		: unusable.map((u) => `“${u.name}”`).join(', ');
}

/** The sentence the upload box shows for a file with unusable columns, `remaining` being how many others it has. */
export function unusableMessage(
	fileName: string,
	unusable: readonly UnusableColumn[],
	remaining: number
): string {
	const reasons = unusableReasons(unusable);
	const them = unusable.length === 1 ? 'it' : 'them';
	if (remaining === 0) {
		return `No column of “${fileName}” can be used: ${reasons}. Rescale ${them} (multiply or divide by a power of ten) and load the file again.`;
	}
	return `${counted(unusable.length, 'column')} of “${fileName}” cannot be used: ${reasons}. Rescale ${them} (multiply or divide by a power of ten), or leave ${them} out and load the other ${counted(remaining, 'column')}.`;
}
