/**
 * The outliers widget's computations, outside Svelte so they are unit-tested: flagging by
 * both rules, applying a treatment, and fitting the least-squares line before and after it
 * (the two columns themselves come from columns.ts).
 */
import {
	clip,
	flagOutside,
	iqrFences,
	log1pProblem,
	maxAbsZ,
	winsorize,
	zFences,
	type IqrFences,
	type ZFences
} from '$lib/ml/outliers';
import type { ColumnSummary } from '$lib/ml/outliers';
import { fitPolynomial } from '$lib/ml/regression';
import { histogram, pearson } from '$lib/ml/stats';
import type { Mark } from '$lib/charts/marks';
import type { Rule, Treatment } from './codec';

/** Both rules on one column, and where they disagree. */
export interface Flags {
	iqr: IqrFences;
	z: ZFences;
	byIqr: boolean[];
	byZ: boolean[];
	/** Indices flagged by one rule only. */
	iqrOnly: number[];
	zOnly: number[];
	both: number[];
	/** Values each rule flags in all (with or without the other). */
	iqrCount: number;
	zCount: number;
}

export function flagBoth(x: readonly number[], k: number, cutoff: number): Flags {
	const iqr = iqrFences(x, k);
	const z = zFences(x, cutoff);
	const byIqr = flagOutside(x, iqr.lower, iqr.upper);
	const byZ = flagOutside(x, z.lower, z.upper);
	const iqrOnly: number[] = [];
	const zOnly: number[] = [];
	const both: number[] = [];
	x.forEach((_, i) => {
		if (byIqr[i] && byZ[i]) both.push(i);
		else if (byIqr[i]) iqrOnly.push(i);
		else if (byZ[i]) zOnly.push(i);
	});
	return {
		iqr,
		z,
		byIqr,
		byZ,
		iqrOnly,
		zOnly,
		both,
		iqrCount: both.length + iqrOnly.length,
		zCount: both.length + zOnly.length
	};
}

/** One row of the flag table: the values one rule or both flag, smallest first. */
export interface FlagGroup {
	id: 'both' | 'iqr-only' | 'z-only';
	label: string;
	values: number[];
}

/** The flag table's rows: the values both rules flag, the IQR fences only, the z cut-offs only, each sorted ascending. */
export function flagGroups(x: readonly number[], flags: Flags): FlagGroup[] {
	const sorted = (rows: readonly number[]) => rows.map((i) => x[i]).sort((a, b) => a - b);
	return [
		{ id: 'both', label: 'Both rules', values: sorted(flags.both) },
		{ id: 'iqr-only', label: 'IQR fences only', values: sorted(flags.iqrOnly) },
		{ id: 'z-only', label: 'z cut-offs only', values: sorted(flags.zOnly) }
	];
}

/**
 * Whether the z rule cannot flag anything in a column of `n` values: no |z| passes √(n − 1),
 * and the page says so beside the flags (so no question may ask it).
 */
export function zCannotFlag(flags: Flags, n: number): boolean {
	return flags.z.lower !== null && n >= 1 && maxAbsZ(n) <= flags.z.cutoff;
}

/** How far one appended value moved the IQR fence and the z cut-off on its side of the column. */
export interface FenceShift {
	side: 'upper' | 'lower';
	/** The fence without the value and with it. */
	fence: [number, number];
	/** The z cut-off (mean ± cut-off × std) without and with it; null when either std is 0. */
	cutoff: [number, number] | null;
	/** Whether the fence moved less than the cut-off; null without a cut-off. */
	fenceMovedLess: boolean | null;
}

/** What appending `value` did, from the flags of the column without it (`before`) and with it (`after`). */
export function fenceShift(before: Flags, after: Flags, value: number): FenceShift {
	const side = value >= (before.iqr.q1 + before.iqr.q3) / 2 ? 'upper' : 'lower';
	const fence: [number, number] =
		side === 'upper' ? [before.iqr.upper, after.iqr.upper] : [before.iqr.lower, after.iqr.lower];
	const [zBefore, zAfter] =
		side === 'upper' ? [before.z.upper, after.z.upper] : [before.z.lower, after.z.lower];
	const cutoff: [number, number] | null = zBefore === null || zAfter === null ? null : [zBefore, zAfter];
	const moved = ([a, b]: [number, number]) => Math.abs(b - a);
	return { side, fence, cutoff, fenceMovedLess: cutoff ? moved(fence) < moved(cutoff) : null };
}

/** The bounds of a rule, [lower, upper]; null sides when the z-scores are undefined (std 0). */
export function ruleBounds(flags: Flags, rule: Rule): [number | null, number | null] {
	return rule === 'iqr' ? [flags.iqr.lower, flags.iqr.upper] : [flags.z.lower, flags.z.upper];
}

/** A column after a treatment. */
export interface Treated {
	/** The data rows still there (removing drops rows; the others keep all). */
	rows: number[];
	/** The treated values of the examined column, one per kept row. */
	values: number[];
	/** What the treatment does to one raw value, for drawing the fit in raw units (removal leaves values as they are). */
	map: (v: number) => number;
	/** Values the treatment changed or removed. */
	changed: number;
	/** Why the treatment could not be applied (the column is then kept as it is). */
	problem: string | null;
}

const identity = (v: number) => v;

/**
 * Applies a treatment to the examined column: remove the rows the rule flags, cap at the
 * rule's bounds (pandas' clip), winsorize `pct` percent at each end (scipy's winsorize), or
 * log1p. A treatment that cannot apply (log of a value ≤ −1, removing every row) keeps the
 * column and says why.
 */
export function treat(
	x: readonly number[],
	treatment: Treatment,
	flagged: readonly boolean[],
	bounds: [number | null, number | null],
	pct: number
): Treated {
	const all = x.map((_, i) => i);
	const kept = (problem: string | null): Treated => ({
		rows: all,
		values: [...x],
		map: identity,
		changed: 0,
		problem
	});
	const changedCount = (values: number[]) => values.filter((v, i) => v !== x[i]).length;
	switch (treatment) {
		case 'keep':
			return kept(null);
		case 'remove': {
			const rows = all.filter((i) => !flagged[i]);
			if (rows.length === 0) return kept('Removing the flagged values would leave none; loosen the rule.');
			return {
				rows,
				values: rows.map((i) => x[i]),
				map: identity,
				changed: x.length - rows.length,
				problem: null
			};
		}
		case 'cap': {
			const values = clip(x, ...bounds);
			return {
				rows: all,
				values,
				map: (v) => clip([v], ...bounds)[0],
				changed: changedCount(values),
				problem: null
			};
		}
		case 'winsor': {
			const values = winsorize(x, [pct / 100, pct / 100]);
			// scipy's winsorize is a clip at the smallest and largest values it leaves
			const [low, high] = extent(values);
			return {
				rows: all,
				values,
				map: (v) => Math.min(high, Math.max(low, v)),
				changed: changedCount(values),
				problem: null
			};
		}
		case 'log': {
			const problem = log1pProblem(x);
			if (problem) return kept(problem);
			const values = x.map(Math.log1p);
			return { rows: all, values, map: Math.log1p, changed: x.length, problem: null };
		}
	}
}

/** A least-squares line y = intercept + slope·x and Pearson's r. */
export interface LineFit {
	intercept: number;
	slope: number;
	/** null when y is constant (0/0). */
	r: number | null;
}

/** The least-squares line through the points, or null when x has fewer than two distinct values. */
export function fitLine(x: readonly number[], y: readonly number[]): LineFit | null {
	if (new Set(x).size < 2) return null;
	const [intercept, slope] = fitPolynomial(x, y, 1).coefficients;
	return { intercept, slope, r: pearson(x, y) };
}

/**
 * Points of the fitted curve y = intercept + slope·map(x) across [from, to], in raw units:
 * a line for removal, a line with flat ends for capping, a log curve for log1p.
 */
export function fittedCurve(
	fit: LineFit,
	map: (v: number) => number,
	[from, to]: [number, number],
	steps = 120
): [number, number][] {
	return Array.from({ length: steps + 1 }, (_, i) => {
		const v = from + ((to - from) * i) / steps;
		return [v, fit.intercept + fit.slope * map(v)] as [number, number];
	}).filter(([, y]) => Number.isFinite(y)); // log1p of a padded edge below −1
}

/** Tukey's box plot of a column: whiskers to the furthest values inside the fences, the rest as dots. */
export function tukeyBox(x: readonly number[], fences: IqrFences, med: number) {
	const inside = x.filter((v) => v >= fences.lower && v <= fences.upper);
	const [low, high] = inside.length ? extent(inside) : [fences.q1, fences.q3];
	return {
		min: low,
		q1: fences.q1,
		median: med,
		q3: fences.q3,
		max: high,
		outliers: x.filter((v) => v < fences.lower || v > fences.upper)
	};
}

/**
 * The value axis for a column and its cut-offs: the data's range, widened to take in the
 * cut-offs that lie within a quarter of its range beyond it (farther ones are listed, not drawn).
 */
export function valueDomain(x: readonly number[], cutoffs: readonly (number | null)[]): [number, number] {
	let [low, high] = extent(x);
	const range = high - low || Math.abs(high) || 1;
	for (const c of cutoffs) {
		if (c === null || c < low - range / 4 || c > high + range / 4) continue;
		low = Math.min(low, c);
		high = Math.max(high, c);
	}
	const pad = (high - low || range) * 0.03;
	return [low - pad, high + pad];
}

/** The smallest and largest of non-empty values (a loop: spreading 100,000 arguments can overflow the stack). */
export function extent(x: readonly number[]): [number, number] {
	let [low, high] = [x[0], x[0]];
	for (const v of x) {
		if (v < low) low = v;
		if (v > high) high = v;
	}
	return [low, high];
}

/** The scatter plot's marks: flagged values in red, the learner's point ringed (and draggable), red too when flagged. */
export function scatterMarks(
	flagged: readonly boolean[],
	added: number | null
): { marks: Map<number, Mark>; draggable: Set<number> } {
	const marks = new Map<number, Mark>();
	flagged.forEach((f, i) => f && marks.set(i, 'outlier'));
	// the learner's point keeps the red of a flagged point under its ring
	if (added !== null) marks.set(added, flagged[added] ? 'picked-outlier' : 'picked');
	return { marks, draggable: new Set(added === null ? [] : [added]) };
}

/** A column's histogram: its value axis (taking in the `cutoffs` near it, as {@link valueDomain}) and about √n bins, 8 to 40. */
export function columnHistogram(
	x: readonly number[],
	cutoffs: readonly (number | null)[]
): { domain: [number, number]; counts: number[] } {
	const domain = valueDomain(x, cutoffs);
	const bins = Math.min(40, Math.max(8, Math.ceil(Math.sqrt(x.length))));
	return { domain, counts: histogram([...x], bins, { range: domain }).counts };
}

/** The central moments the skewness formula writes, m₂ = s² and m₃ = g₁·s³ (ddof 0); null when the skewness is undefined (std 0). */
export function skewMoments(s: ColumnSummary): { m2: number; m3: number } | null {
	return s.skewness === null ? null : { m2: s.std ** 2, m3: s.skewness * s.std ** 3 };
}

/** One statistic of the column before and after the treatment, and its change. */
export interface SummaryRow {
	id: 'n' | 'mean' | 'median' | 'std' | 'skew';
	label: string;
	/** Null: undefined (a skewness with std 0). */
	before: number | null;
	after: number | null;
	/** Null when the change means nothing: a log's centre and spread are in log units, or a side is undefined. */
	change: number | null;
	/** After a log transform, the statistic is in log units. */
	inLogUnits: boolean;
}

/** The before/after table: after a log transform the centre and spread have no change to show (log units against raw ones). */
export function summaryRows(before: ColumnSummary, after: ColumnSummary, logged: boolean): SummaryRow[] {
	const row = (
		id: SummaryRow['id'],
		label: string,
		b: number | null,
		a: number | null,
		inLogUnits: boolean
	) => ({
		id,
		label,
		before: b,
		after: a,
		change: b === null || a === null || (logged && inLogUnits) ? null : a - b,
		inLogUnits: logged && inLogUnits
	});
	return [
		row('n', 'n (values)', before.n, after.n, false),
		row('mean', 'mean', before.mean, after.mean, true),
		row('median', 'median', before.median, after.median, true),
		row('std', 'std (ddof 0)', before.std, after.std, true),
		row('skew', 'skewness g₁', before.skewness, after.skewness, false)
	];
}
