/** Histograms as NumPy's `numpy.histogram`: equal-width bins over [min, max] or a range, or explicit edges. Exported through stats.ts. */
import { checkFiniteArray } from './curves';
import { show } from './show';

/** Output of {@link histogram}: `counts[i]` values lie in [edges[i], edges[i + 1]) (the last bin is closed). */
export interface Histogram {
	/** Bin edges, non-decreasing; one more than `counts`. */
	edges: number[];
	/** Number of values in each bin. */
	counts: number[];
}

/** Options of {@link histogram} when `bins` is a count. */
export interface HistogramOptions {
	/** Lower and upper edge of the bins (NumPy's `range`); values outside are not counted. Default [min, max]. */
	range?: readonly [number, number];
}

// A bin count this large is a typo, not a histogram: refuse it rather than allocate it.
const MAX_BINS = 1_000_000;

/** Counts into equal-width bins exactly as numpy.histogram does for an integer `bins`. */
function uniformHistogram(
	x: readonly number[],
	bins: number,
	range: readonly [number, number] | undefined
): Histogram {
	if (!Number.isInteger(bins) || bins < 1 || bins > MAX_BINS) {
		throw new Error(
			`histogram: bins is ${show(bins)}; it must be an integer from 1 to ${MAX_BINS} or an array of edges`
		);
	}
	let first: number;
	let last: number;
	if (range) {
		[first, last] = range;
		if (!Number.isFinite(first) || !Number.isFinite(last) || first > last) {
			throw new Error(
				`histogram: range is [${show(first)}, ${show(last)}]; it must be two finite numbers, lower <= upper`
			);
		}
	} else {
		first = x[0];
		last = x[0];
		for (const v of x) {
			if (v < first) first = v;
			if (v > last) last = v;
		}
	}
	// NumPy widens an empty range to a unit interval centred on the value.
	if (first === last) {
		first -= 0.5;
		last += 0.5;
	}
	const width = last - first;
	if (!Number.isFinite(width) || width <= 0) {
		throw new Error(`histogram: cannot make ${bins} finite-sized bins over [${first}, ${last}]`);
	}
	// np.linspace(first, last, bins + 1): i·step + first, the last edge set exactly.
	const step = width / bins;
	const edges = new Array<number>(bins + 1);
	for (let i = 0; i < bins; i++) edges[i] = i * step + first;
	edges[bins] = last;
	for (let i = 0; i < bins; i++) {
		if (!(edges[i] < edges[i + 1]))
			throw new Error(`histogram: too many bins (${bins}) for the data range [${first}, ${last}]`);
	}
	const counts = new Array<number>(bins).fill(0);
	for (const v of x) {
		if (v < first || v > last) continue;
		// NumPy's index formula, then its correction for values within an ulp of an edge.
		let k = Math.floor(((v - first) / width) * bins);
		if (k === bins) k--;
		if (v < edges[k]) k--;
		else if (v >= edges[k + 1] && k !== bins - 1) k++;
		counts[k]++;
	}
	return { edges, counts };
}

/** Counts into given edges as numpy.histogram: [e_i, e_{i+1}) with the last bin closed; values outside ignored. */
function edgesHistogram(x: readonly number[], edges: readonly number[]): Histogram {
	if (!Array.isArray(edges) || edges.length < 2) {
		throw new Error('histogram: bins as edges must be an array of at least 2 numbers');
	}
	checkFiniteArray('histogram: bins', edges);
	for (let i = 1; i < edges.length; i++) {
		if (edges[i] < edges[i - 1]) {
			throw new Error(
				`histogram: bins[${i}] is ${edges[i]}, below bins[${i - 1}] = ${edges[i - 1]}; edges must not decrease`
			);
		}
	}
	const nBins = edges.length - 1;
	const counts = new Array<number>(nBins).fill(0);
	const lastEdge = edges[nBins];
	for (const v of x) {
		if (v < edges[0] || v > lastEdge) continue;
		if (v === lastEdge) {
			counts[nBins - 1]++;
			continue;
		}
		// The largest i with edges[i] <= v (binary search).
		let lo = 0;
		let hi = nBins;
		while (hi - lo > 1) {
			const mid = (lo + hi) >>> 1;
			if (edges[mid] <= v) lo = mid;
			else hi = mid;
		}
		counts[lo]++;
	}
	return { edges: edges.slice(), counts };
}

/**
 * Histogram, as `numpy.histogram(x, bins, range)`.
 * Inputs: `x`, a non-empty array of finite numbers; `bins`, either a count
 * (integer >= 1) of equal-width bins over [min, max] of x (or over
 * `options.range`), or an array of edges (non-decreasing, at least 2).
 * Each bin is half-open [left, right) except the last, which includes its
 * right edge; values outside the edges are not counted. A constant x with a
 * bin count gets NumPy's range [v − 0.5, v + 0.5].
 * Output: {@link Histogram}. Throws for bad x, a bad bin count or edges, a bad
 * range, or `options.range` given with explicit edges (NumPy ignores it there).
 */
export function histogram(
	x: readonly number[],
	bins: number | readonly number[],
	options: HistogramOptions = {}
): Histogram {
	checkFiniteArray('histogram: x', x);
	if (typeof bins === 'number') return uniformHistogram(x, bins, options.range);
	if (options.range) throw new Error('histogram: range applies only to a bin count, not to explicit edges');
	return edgesHistogram(x, bins);
}
