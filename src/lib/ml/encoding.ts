/**
 * Encoding categories as numbers and numbers as bins, as scikit-learn does it:
 * `OneHotEncoder` and `OrdinalEncoder` (categories sorted by code point, as
 * `np.unique` sorts strings; a missing value, null, is a category of its own,
 * placed last) and `KBinsDiscretizer` with `encode='ordinal'` (uniform or
 * quantile edges, NumPy's linear percentiles). Bad input throws an Error that
 * says what and where.
 */
import { checkFiniteArray } from './curves';
import { quantileSorted } from './stats';
import { show } from './show';

/** One cell of a categorical column; null is a missing value. */
export type Category = string | null;

/** Orders strings by Unicode code point, as NumPy sorts them (JavaScript's default sort compares UTF-16 units). */
export function compareCodePoints(a: string, b: string): number {
	let i = 0;
	while (i < a.length && i < b.length) {
		const ca = a.codePointAt(i)!;
		const cb = b.codePointAt(i)!;
		if (ca !== cb) return ca - cb;
		i += ca > 0xffff ? 2 : 1;
	}
	return a.length - b.length;
}

/**
 * The distinct values of a column, as `OneHotEncoder(categories='auto')` learns them.
 * Input: `values`, strings or null (missing). Output: the distinct strings sorted by
 * code point, then null if any value was missing. Throws for an empty column or a
 * cell that is neither a string nor null.
 */
export function categoriesOf(values: readonly Category[]): Category[] {
	if (!Array.isArray(values) || values.length === 0)
		throw new Error('categories: the column is empty; at least one value is needed');
	const seen = new Set<string>();
	let missing = false;
	values.forEach((v, i) => {
		if (v === null) missing = true;
		else if (typeof v === 'string') seen.add(v);
		else
			throw new Error(
				`categories: values[${i}] is ${show(v)}; each value must be a string or null (missing)`
			);
	});
	const sorted: Category[] = [...seen].sort(compareCodePoints);
	return missing ? [...sorted, null] : sorted;
}

/** Options of {@link oneHot}, named as scikit-learn's. */
export interface OneHotOptions {
	/** 'first' drops the first category's column (k − 1 columns; the dropped category is the all-zero row). */
	drop?: 'none' | 'first';
}

/** A fitted one-hot encoding: what {@link oneHot} learned, enough to encode new values. */
export interface OneHotEncoder {
	/** Every category seen at fit time, sorted (scikit-learn's `categories_[0]`). */
	categories: Category[];
	/** The category each output column stands for: `categories`, less the dropped one. */
	columns: Category[];
	/** The category whose column was dropped, or undefined when none was. */
	dropped: Category | undefined;
}

/** Output of {@link oneHot}: the encoder and the encoded column. */
export interface OneHotResult extends OneHotEncoder {
	/** One row per value, one 0/1 column per entry of `columns`. */
	matrix: number[][];
}

/**
 * Learns a one-hot encoding, as `OneHotEncoder(drop=…).fit`.
 * Inputs: `values` (strings, null for missing); `options.drop`.
 * Output: {@link OneHotEncoder}: k sorted categories give k columns, or k − 1 with drop
 * 'first' (a column with one category then has none). Throws as {@link categoriesOf}.
 */
export function fitOneHot(values: readonly Category[], options: OneHotOptions = {}): OneHotEncoder {
	const categories = categoriesOf(values);
	const dropFirst = options.drop === 'first';
	return {
		categories,
		columns: dropFirst ? categories.slice(1) : categories,
		dropped: dropFirst ? categories[0] : undefined
	};
}

/**
 * One-hot encoding of one column, as `OneHotEncoder(drop=…).fit_transform` (dense).
 * Inputs and errors as {@link fitOneHot}. Output: {@link OneHotResult}; every row holds
 * a single 1, except the dropped category's rows, which are all 0.
 */
export function oneHot(values: readonly Category[], options: OneHotOptions = {}): OneHotResult {
	const encoder = fitOneHot(values, options);
	const position = new Map(encoder.columns.map((c, j) => [c, j]));
	const matrix = values.map((v) => {
		const row = new Array<number>(encoder.columns.length).fill(0);
		const j = position.get(v);
		if (j !== undefined) row[j] = 1;
		return row;
	});
	return { ...encoder, matrix };
}

/**
 * Encodes one value with an encoder fitted earlier, as `OneHotEncoder.transform`.
 * Inputs: the fitted `encoder`; `value`; `handleUnknown`: 'error' (scikit-learn's
 * default) throws for a category not seen at fit time, 'ignore' encodes it as all zeros
 * (which, with drop 'first', is also the dropped category's row).
 * Output: one 0/1 row, one entry per `encoder.columns`.
 */
export function oneHotTransform(
	encoder: OneHotEncoder,
	value: Category,
	handleUnknown: 'error' | 'ignore' = 'error'
): number[] {
	if (!encoder.categories.includes(value)) {
		if (handleUnknown === 'error') {
			throw new Error(
				`Found unknown category ${value === null ? 'missing' : `"${value}"`} during transform: it was not seen at fit time`
			);
		}
		return new Array<number>(encoder.columns.length).fill(0);
	}
	return encoder.columns.map((c) => (c === value ? 1 : 0));
}

/** Output of {@link ordinalEncode}. */
export interface OrdinalResult {
	/** The categories in code order: `categories[c]` gets code c. */
	categories: string[];
	/** One code per value, 0..k−1; null where the value was missing (scikit-learn keeps it NaN). */
	codes: (number | null)[];
}

/**
 * Integer codes for one column, as `OrdinalEncoder` (`categories='auto'` or `[order]`).
 * Inputs: `values` (strings, null for missing); `order`, the categories in the order
 * that gets codes 0, 1, 2, … (default: the present ones sorted by code point).
 * Output: {@link OrdinalResult}. Throws for an empty column, a repeated category in
 * `order`, or a value that `order` does not list, naming it.
 */
export function ordinalEncoding(values: readonly Category[], order?: readonly string[]): OrdinalResult {
	const present = categoriesOf(values).filter((c): c is string => c !== null);
	let categories: string[];
	if (order === undefined) categories = present;
	else {
		const seen = new Set<string>();
		for (const [i, c] of order.entries()) {
			if (typeof c !== 'string')
				throw new Error(`ordinalEncode: order[${i}] is ${show(c)}; each category must be a string`);
			if (seen.has(c))
				throw new Error(`ordinalEncode: "${c}" appears twice in the order; each category needs one code`);
			seen.add(c);
		}
		const unknown = present.filter((c) => !seen.has(c));
		if (unknown.length > 0) {
			const first = values.findIndex((v) => v === unknown[0]);
			throw new Error(
				`ordinalEncode: value "${unknown[0]}" (row ${first + 1}) is not in the given order (${order.join(', ')}); ` +
					`every category needs a place${unknown.length > 1 ? ` (${unknown.length} are missing from it)` : ''}`
			);
		}
		categories = [...order];
	}
	const code = new Map(categories.map((c, i) => [c, i]));
	return { categories, codes: values.map((v) => (v === null ? null : code.get(v)!)) };
}

/**
 * The codes alone, as `OrdinalEncoder().fit_transform` on one column: {@link ordinalEncoding}'s
 * `codes` (see it for the order, missing values and errors). The engine's public name.
 */
export function ordinalEncode(values: readonly Category[], order?: readonly string[]): (number | null)[] {
	return ordinalEncoding(values, order).codes;
}

/** Output of {@link kBinsDiscretize}. */
export interface BinsResult {
	/** Bin edges, increasing (scikit-learn's `bin_edges_[0]`); [−∞, ∞] for a constant column. */
	edges: number[];
	/** The bin of each value, 0..edges.length − 2 (scikit-learn's `transform` with encode='ordinal'). */
	bins: number[];
	/** Values in each bin. */
	counts: number[];
	/** What scikit-learn warns about: a constant column, or quantile edges too close together that were removed. */
	warnings: string[];
}

/** Largest bin count accepted: more is a typo, not a binning. */
export const MAX_BINS = 1000;

// Bins narrower than this are merged away, as scikit-learn does for quantile edges.
const MIN_WIDTH = 1e-8;

/** np.linspace(start, stop, n + 1): i·step + start, the last one set exactly. */
function linspace(start: number, stop: number, intervals: number): number[] {
	const step = (stop - start) / intervals;
	return Array.from({ length: intervals + 1 }, (_, i) => (i === intervals ? stop : i * step + start));
}

/**
 * Bins a numeric column, as `KBinsDiscretizer(n_bins, encode='ordinal', strategy)`
 * with scikit-learn 1.3+'s transform (and no subsampling, the default below 200,000 rows).
 * Inputs: `x`, finite numbers; `nBins`, an integer 2..1000 (scikit-learn's minimum is 2);
 * `strategy`: 'uniform' (equal widths from min to max) or 'quantile' (equal counts: the
 * edges are NumPy's linear percentiles at 0, 100/k, …, 100).
 * Output: {@link BinsResult}. A value equal to an inner edge falls in the bin above it,
 * and the maximum in the last bin (the last bin is closed on the right). Quantile edges
 * closer than 1e-8 are merged, leaving fewer bins, with a warning; a constant column
 * gets one bin, edges [−∞, ∞] and a warning (and a range under 1e-8, where scikit-learn
 * would be left with no bin at all, one bin from min to max).
 * Throws for bad x or nBins, naming them.
 */
export function kBinsDiscretize(
	x: readonly number[],
	nBins: number,
	strategy: 'uniform' | 'quantile'
): BinsResult {
	checkFiniteArray('kBinsDiscretize: x', x);
	if (!Number.isInteger(nBins) || nBins < 2 || nBins > MAX_BINS) {
		throw new Error(
			`kBinsDiscretize: nBins is ${show(nBins)}; it must be a whole number from 2 to ${MAX_BINS}`
		);
	}
	if (strategy !== 'uniform' && strategy !== 'quantile') {
		throw new Error(`kBinsDiscretize: strategy is ${show(strategy)}; it must be 'uniform' or 'quantile'`);
	}
	const sorted = Float64Array.from(x).sort();
	const [min, max] = [sorted[0], sorted[sorted.length - 1]];
	const warnings: string[] = [];
	let edges: number[];
	if (min === max) {
		warnings.push(
			`The column is constant (every value is ${min}): it becomes a single bin, 0 for every row.`
		);
		edges = [-Infinity, Infinity];
	} else if (strategy === 'uniform') {
		edges = linspace(min, max, nBins);
	} else {
		// np.percentile(x, np.linspace(0, 100, k + 1)) divides each percentage by 100.
		const all = linspace(0, 100, nBins).map((p) => quantileSorted(sorted, p / 100));
		edges = all.filter((e, i) => i === 0 || e - all[i - 1] > MIN_WIDTH);
		// a range narrower than 1e-8 would leave scikit-learn a single edge and no bin: keep one bin, min to max
		if (edges.length < 2) edges = [min, max];
		if (edges.length < all.length) {
			warnings.push(
				`${all.length - edges.length} quantile edge${all.length - edges.length > 1 ? 's fell' : ' fell'} on the same value as the one before (many equal values), ` +
					`so ${edges.length - 1} bins remain of the ${nBins} asked for. Consider fewer bins.`
			);
		}
	}
	const inner = edges.slice(1, -1);
	const bins = x.map((v) => countAtMost(inner, v));
	const counts = new Array<number>(edges.length - 1).fill(0);
	for (const b of bins) counts[b]++;
	return { edges, bins, counts, warnings };
}

/** How many of the increasing `edges` are <= v: np.searchsorted(edges, v, side='right'). */
function countAtMost(edges: readonly number[], v: number): number {
	let lo = 0;
	let hi = edges.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (edges[mid] <= v) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
