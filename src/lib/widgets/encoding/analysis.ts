/** The encoding widget's numbers that are not the encoders themselves: counts, orders, the high-cardinality figures. */
import type { Column } from '$lib/data/table';
import { categoriesOf, kBinsDiscretize, type BinsResult, type Category } from '$lib/ml/encoding';
import { skewness } from '$lib/ml/outliers';
import { fitPolynomial } from '$lib/ml/regression';
import { formatCount } from '$lib/format/format';

/** Most bins the widget offers: more than a histogram can show at 375 px. */
export const MAX_SHOWN_BINS = 50;
/** scikit-learn's `min_frequency` used for the "group rare categories" figure. */
export const RARE_BELOW = 5;
/** Columns of the hashing trick's figure (FeatureHasher's n_features). */
export const HASH_COLUMNS = 32;

/** How a missing value is written on screen. */
export const categoryLabel = (c: Category) => (c === null ? '(missing)' : c);

export interface CategoryCount {
	category: Category;
	count: number;
}

/** Each category (sorted as the encoders sort them) with how many rows hold it. */
export function categoryCounts(values: readonly Category[]): CategoryCount[] {
	const counts = new Map<Category, number>();
	for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
	return categoriesOf(values).map((category) => ({ category, count: counts.get(category)! }));
}

/**
 * The ordinal order the URL asks for, as positions in the sorted categories: the identity for
 * an empty text, null when it is not an arrangement of 0..k−1 (a link made for other data).
 */
export function parseOrder(text: string, k: number): number[] | null {
	const identity = Array.from({ length: k }, (_, i) => i);
	if (text === '') return identity;
	const positions = text.split('.').map(Number);
	const valid = positions.length === k && [...positions].sort((a, b) => a - b).every((p, i) => p === i);
	return valid ? positions : null;
}

/** The URL text of an order: empty when it is the sorted one. */
export function formatOrder(positions: readonly number[]): string {
	return positions.every((p, i) => p === i) ? '' : positions.join('.');
}

/** The categories in rare groups: how many fall under `RARE_BELOW` rows and the columns left after grouping them. */
export function rareGrouping(counts: readonly CategoryCount[]): {
	rare: number;
	rows: number;
	columns: number;
} {
	const rare = counts.filter((c) => c.count < RARE_BELOW);
	return {
		rare: rare.length,
		rows: rare.reduce((s, c) => s + c.count, 0),
		columns: counts.length - rare.length + (rare.length > 0 ? 1 : 0)
	};
}

/**
 * Expected categories that share their column with at least one other when k categories are
 * hashed uniformly into m columns: each of the k finds one of the other k − 1 in its column
 * with probability 1 − (1 − 1/m)^(k−1).
 */
export function expectedSharing(k: number, m: number): number {
	return k * (1 - (1 - 1 / m) ** (k - 1));
}

/** The numbers of a column for binning, or why there are none. */
export type BinningInput = { ok: true; x: number[]; missing: number } | { ok: false; message: string };

export function binningInput(column: Column | undefined, numericNames: string[]): BinningInput {
	const others =
		numericNames.length > 0
			? ` Pick a numeric one: ${numericNames.join(', ')}.`
			: ' This table has no numeric column.';
	if (!column) return { ok: false, message: 'This table has no numeric column to bin.' };
	if (column.kind !== 'numeric')
		return {
			ok: false,
			message: `“${column.name}” holds text (categories), not numbers: binning needs a numeric column.${others}`
		};
	const x = column.values.filter((v): v is number => v !== null);
	if (x.length === 0)
		return { ok: false, message: `“${column.name}” has no values at all (every cell is missing).${others}` };
	return { ok: true, x, missing: column.missing };
}

/** Both binnings of a column, side by side, and where the equal-width bins run thin. */
export interface Binnings {
	uniform: BinsResult;
	quantile: BinsResult;
	tails: TailShape;
	/** The range and equal width (max − min) / k; null for a constant column (no range to split). */
	range: { min: number; max: number; width: number } | null;
	/** Where NumPy's linear quantile reads the second edge: position (n − 1)·1/k among the sorted values. */
	secondEdgePosition: number;
	/** The most rows in any bin of either binning, so both histograms share a count axis. */
	tallest: number;
}

export function binBoth(x: number[], bins: number): Binnings {
	const uniform = kBinsDiscretize(x, bins, 'uniform');
	const quantile = kBinsDiscretize(x, bins, 'quantile');
	// kBinsDiscretize marks a constant column with infinite edges
	const constant = uniform.edges[0] === -Infinity;
	const [min, max] = [uniform.edges[0], uniform.edges[uniform.edges.length - 1]];
	return {
		uniform,
		quantile,
		tails: tailShape(x, uniform.counts),
		range: constant ? null : { min, max, width: (max - min) / bins },
		secondEdgePosition: (x.length - 1) / bins,
		tallest: Math.max(...uniform.counts, ...quantile.counts)
	};
}

/**
 * Where equal-width bins run nearly empty, and the skew that explains it. A bin is nearly empty
 * when it holds fewer than a quarter of an even share (n / k / 4 rows); the runs of such bins
 * at each end of the range are the thin tails.
 */
export interface TailShape {
	/** Fisher's skewness g₁ of the values: positive for a long right tail; null for a constant column. */
	skewness: number | null;
	/** Rows per bin if they were spread evenly, n / k. */
	even: number;
	/** Counts of the nearly empty bins running in from the low end (first bin first) and from the high end (last bin last). */
	low: number[];
	high: number[];
	/** Counts of the nearly empty bins between the two runs, in order: a gap inside the range (values that come in a few levels, or two clusters), not a tail. */
	inner: number[];
	/** The fewest rows in any bin. */
	fewest: number;
	/** Whether a bin's count is within a quarter of the threshold (n / k / 4) of it: one row more or less in the data could change which bins count as nearly empty. */
	nearThreshold: boolean;
}

export function tailShape(x: readonly number[], counts: readonly number[]): TailShape {
	const even = x.length / counts.length;
	const sparse = (c: number) => c < even / 4;
	const run = (ordered: readonly number[]) => {
		const out: number[] = [];
		for (const c of ordered) {
			if (!sparse(c)) break;
			out.push(c);
		}
		return out;
	};
	const low = run(counts);
	// a column whose every bin is sparse cannot happen (the counts add up to n), so the runs never meet
	const high = run([...counts].reverse()).reverse();
	const inner = counts.slice(low.length, counts.length - high.length).filter(sparse);
	const threshold = even / 4;
	const nearThreshold = counts.some((c) => Math.abs(c - threshold) < threshold / 4);
	return { skewness: skewness(x), even, low, high, inner, fewest: Math.min(...counts), nearThreshold };
}

/** One category's mean target (what a one-hot linear model predicts) and the ordinal line's prediction. */
export interface CategoryFit {
	category: string;
	code: number;
	rows: number;
	mean: number;
	line: number;
}

export interface OrdinalFit {
	fits: CategoryFit[];
	/** The line's change in the target per code step. */
	slope: number;
	/** Root mean squared error of each model on the rows, in the target's units. */
	rmseOneHot: number;
	rmseLine: number;
}

/**
 * A linear model of a numeric target on one categorical column, encoded two ways: one-hot
 * (its least-squares predictions are the category means) and ordinal codes (one straight
 * line over the codes). Rows missing the code or the target are left out; null when fewer
 * than two categories remain (no line to draw).
 */
export function ordinalVsOneHot(
	order: readonly string[],
	codes: readonly (number | null)[],
	y: readonly (number | null)[]
): OrdinalFit | null {
	const xs: number[] = [];
	const ys: number[] = [];
	codes.forEach((c, i) => {
		const v = y[i];
		if (c !== null && v !== null) {
			xs.push(c);
			ys.push(v);
		}
	});
	const sums = order.map(() => ({ rows: 0, total: 0 }));
	xs.forEach((c, i) => {
		sums[c].rows++;
		sums[c].total += ys[i];
	});
	if (sums.filter((s) => s.rows > 0).length < 2) return null;
	const fit = fitPolynomial(xs, ys, 1);
	const means = sums.map((s) => (s.rows > 0 ? s.total / s.rows : 0));
	const lines = fit.predict(order.map((_, code) => code));
	const rmse = (predict: (code: number) => number) =>
		Math.sqrt(ys.reduce((sum, v, i) => sum + (v - predict(xs[i])) ** 2, 0) / ys.length);
	return {
		fits: order
			.map((category, code) => ({
				category,
				code,
				rows: sums[code].rows,
				mean: means[code],
				line: lines[code]
			}))
			.filter((f) => f.rows > 0),
		slope: fit.coefficients[1],
		rmseOneHot: rmse((code) => means[code]),
		rmseLine: rmse((code) => lines[code])
	};
}

/** The ordinal fit as drawn: each category's mean (what one-hot predicts) at its code, and the one line over the codes. */
export interface OrdinalPlot {
	xDomain: [number, number];
	yDomain: [number, number];
	codes: number[];
	means: number[];
	line: number[];
}

/** The axes' ranges hold every mean and the line's ends, with a tenth of their spread to spare. */
/** Most categories the ordinal chart draws: past it the dots are a smear (and thousands of marks slow the page). */
export const MAX_PLOTTED_CATEGORIES = 100;

export function ordinalPlot(fit: OrdinalFit): OrdinalPlot {
	const codes = fit.fits.map((f) => f.code);
	const means = fit.fits.map((f) => f.mean);
	const line = fit.fits.map((f) => f.line);
	const low = Math.min(...means, ...line);
	const high = Math.max(...means, ...line);
	// one category's worth of values all equal: a flat band of 1 unit rather than a zero-height axis
	const spare = high > low ? (high - low) / 10 : 1;
	return {
		xDomain: [Math.min(...codes) - 0.5, Math.max(...codes) + 0.5],
		yDomain: [low - spare, high + spare],
		codes,
		means,
		line
	};
}

/** Above this many categories a column is "high cardinality". */
export const HIGH_CARDINALITY = 20;

/** What one-hot costs for a column, and the figures of its alternatives. */
export interface Cardinality {
	/** Categories (one-hot columns) and rows. */
	k: number;
	n: number;
	/** Cells of the one-hot matrix, and the percentage of them that are 0 (all but one per row). */
	cells: number;
	zeroPercent: number;
	high: boolean;
	rare: ReturnType<typeof rareGrouping>;
	/** More than half the categories occur fewer than RARE_BELOW times: most one-hot columns are 1 on a handful of rows. */
	mostlyRare: boolean;
	/** The three commonest categories with their share of the rows (frequency encoding). */
	top: { category: Category; share: number }[];
	/** Expected categories sharing a hashed column with another (`expectedSharing` into `HASH_COLUMNS`). */
	sharing: number;
}

export function cardinality(counts: readonly CategoryCount[], n: number): Cardinality {
	const k = counts.length;
	const rare = rareGrouping(counts);
	return {
		k,
		n,
		cells: n * k,
		zeroPercent: 100 * (1 - 1 / k),
		high: k > HIGH_CARDINALITY,
		rare,
		mostlyRare: rare.rare * 2 > k,
		top: [...counts]
			.sort((a, b) => b.count - a.count)
			.slice(0, 3)
			.map((c) => ({ category: c.category, share: c.count / n })),
		sharing: expectedSharing(k, HASH_COLUMNS)
	};
}

/** The fewest to the most rows in a binning's bins, as written on the page: "17 to 190". */
export const binSpread = (counts: readonly number[]) =>
	`${formatCount(Math.min(...counts))} to ${formatCount(Math.max(...counts))}`;
