/**
 * Descriptive statistics, agreeing with NumPy (mean, var, std, quantile,
 * corrcoef, histogram) and pandas (describe). Following the house rules, an
 * undefined value is `null`, never NaN, and bad input (empty, NaN, ragged
 * rows, q outside [0, 1], ddof >= n) throws an Error naming the argument and
 * the index. Everything is plain loops over the input: the widgets call these
 * on every slider move, with up to ~100,000 values.
 */
import { checkFiniteArray, checkPaired } from './curves';

/** Summary of one numeric sample, as pandas' `Series.describe()`. */
export interface Description {
	/** Number of values. */
	count: number;
	mean: number;
	/** Sample standard deviation (ddof = 1, as pandas); null for a single value (0/0). */
	std: number | null;
	min: number;
	/** 25th percentile, linear interpolation. */
	q1: number;
	median: number;
	/** 75th percentile, linear interpolation. */
	q3: number;
	max: number;
}

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

/** Describes a bad value for an error message, so NaN and strings read clearly. */
function show(v: unknown): string {
	if (typeof v === 'number') return Number.isNaN(v) ? 'NaN' : String(v);
	if (typeof v === 'string') return `the string "${v}"`;
	return String(v);
}

/**
 * Checks that `X` is a non-empty matrix of finite numbers with at least one
 * column and rows of equal length.
 * Inputs: the argument's `name` for messages (e.g. "fitScaler: X") and the value.
 * Output: the number of columns. Throws naming the first bad row or cell,
 * e.g. "fitScaler: X[2] has 3 values but X[0] has 2".
 */
export function checkMatrix(name: string, X: readonly (readonly number[])[]): number {
	if (!Array.isArray(X)) throw new Error(`${name} must be an array of rows`);
	if (X.length === 0) throw new Error(`${name} is empty; at least one row is needed`);
	const first: unknown = X[0];
	if (!Array.isArray(first)) throw new Error(`${name}[0] is ${show(first)}; every row must be an array of numbers`);
	const d = first.length;
	if (d === 0) throw new Error(`${name}[0] is empty; at least one column is needed`);
	for (let i = 0; i < X.length; i++) {
		const row: unknown = X[i];
		if (!Array.isArray(row)) throw new Error(`${name}[${i}] is ${show(row)}; every row must be an array of numbers`);
		if (row.length !== d) {
			throw new Error(`${name}[${i}] has ${row.length} values but ${name}[0] has ${d}; every row must have the same length`);
		}
		for (let j = 0; j < d; j++) {
			const v: unknown = row[j];
			if (typeof v !== 'number' || !Number.isFinite(v)) {
				throw new Error(`${name}[${i}][${j}] is ${show(v)}; every value must be a finite number`);
			}
		}
	}
	return d;
}

function checkQ(where: string, q: number): void {
	if (typeof q !== 'number' || !(q >= 0 && q <= 1)) {
		throw new Error(`${where}: q is ${show(q)}; it must be a number in [0, 1]`);
	}
}

function checkDdof(where: string, ddof: number, n: number): void {
	if (!Number.isInteger(ddof) || ddof < 0) {
		throw new Error(`${where}: ddof is ${show(ddof)}; it must be an integer >= 0`);
	}
	if (ddof >= n) {
		throw new Error(`${where}: ddof is ${ddof} but there are only ${n} value(s); ddof must be less than n (n − ddof is the divisor)`);
	}
}

/** Mean of values already checked to be finite; throws if their sum overflows. */
function meanOf(where: string, x: ArrayLike<number>): number {
	let sum = 0;
	for (let i = 0; i < x.length; i++) sum += x[i];
	if (!Number.isFinite(sum)) throw new Error(`${where}: values are too large; their sum overflows`);
	return sum / x.length;
}

/**
 * Sum of squared deviations from `centre`, by the corrected two-pass formula
 * Σd² − (Σd)²/n (Chan, Golub & LeVeque; scikit-learn's `_incremental_mean_and_var`
 * uses it), which cancels most of the rounding error in the float mean.
 * A constant input gives exactly 0: its float mean can be an ulp off the value,
 * which would otherwise leave a tiny positive variance (NumPy reports
 * np.var([0.1] * 3) = 1.9e-34).
 */
function sumSquaredDeviations(where: string, x: ArrayLike<number>, centre: number): number {
	let squares = 0;
	let sum = 0;
	let constant = true;
	const x0 = x[0];
	for (let i = 0; i < x.length; i++) {
		const d = x[i] - centre;
		squares += d * d;
		sum += d;
		if (x[i] !== x0) constant = false;
	}
	if (constant) return 0;
	if (!Number.isFinite(squares)) throw new Error(`${where}: values are too large; the squared deviations overflow`);
	return Math.max(0, squares - (sum * sum) / x.length);
}

/**
 * Arithmetic mean.
 * Input: `x`, a non-empty array of finite numbers (any units).
 * Output: Σx / n, in the units of x. Throws for empty or non-finite input,
 * naming the index ("mean: x[3] is NaN"), or when the sum overflows.
 */
export function mean(x: readonly number[]): number {
	checkFiniteArray('mean: x', x);
	return meanOf('mean', x);
}

/**
 * Variance with `ddof` delta degrees of freedom, as `np.var(x, ddof=ddof)`.
 * Inputs: `x`, a non-empty array of finite numbers; `ddof`, an integer in
 * [0, n) (0: population variance, the engine's default; 1: sample variance).
 * Output: Σ(x − mean)² / (n − ddof), in units of x squared; exactly 0 for a
 * constant x. Throws for bad x, ddof < 0, non-integer ddof or ddof >= n.
 */
export function variance(x: readonly number[], ddof = 0): number {
	checkFiniteArray('variance: x', x);
	checkDdof('variance', ddof, x.length);
	return sumSquaredDeviations('variance', x, meanOf('variance', x)) / (x.length - ddof);
}

/**
 * Standard deviation, as `np.std(x, ddof=ddof)`: the square root of
 * {@link variance}. Same inputs and errors; output in the units of x.
 */
export function std(x: readonly number[], ddof = 0): number {
	checkFiniteArray('std: x', x);
	checkDdof('std', ddof, x.length);
	return Math.sqrt(sumSquaredDeviations('std', x, meanOf('std', x)) / (x.length - ddof));
}

/**
 * NumPy's `_lerp`: a + (b − a)·t, computed from b when t >= 0.5 so that the
 * result is monotone in t and exact at t = 1.
 */
function lerp(a: number, b: number, t: number): number {
	const diff = b - a;
	return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}

function swap(a: Float64Array, i: number, j: number): void {
	const tmp = a[i];
	a[i] = a[j];
	a[j] = tmp;
}

// Ranges longer than this first select from a sample (Floyd & Rivest's constant).
const SAMPLE_ABOVE = 600;

/**
 * Puts the k-th smallest of a[left..right] at a[k], smaller-or-equal values
 * before it and greater-or-equal after: Floyd & Rivest's SELECT (CACM
 * Algorithm 489, 1975). On a long range it first selects within a small
 * sample around the expected position, so the pivot lands next to the target
 * and one partition nearly finishes the job: about n + min(k, n − k)
 * comparisons, where sorting a 100,000-value column costs ~10 ms. Runs of
 * equal values are split evenly, so constant data stays linear. Should a
 * range fail to shrink (crafted input), the rest is sorted: O(n log n) at worst.
 */
function selectInPlace(a: Float64Array, k: number, left: number, right: number): void {
	if (k === left) {
		// The smallest value (a quantile's upper neighbour, typically): one scan, no partitioning.
		let smallest = left;
		for (let i = left + 1; i <= right; i++) if (a[i] < a[smallest]) smallest = i;
		swap(a, left, smallest);
		return;
	}
	let budget = 64;
	while (right > left) {
		if (budget-- === 0) {
			a.subarray(left, right + 1).sort();
			return;
		}
		if (right - left > SAMPLE_ABOVE) {
			const size = right - left + 1;
			const rank = k - left + 1;
			const z = Math.log(size);
			const sample = 0.5 * Math.exp((2 * z) / 3);
			const spread = 0.5 * Math.sqrt((z * sample * (size - sample)) / size) * (rank < size / 2 ? -1 : 1);
			const sampleLeft = Math.max(left, Math.floor(k - (rank * sample) / size + spread));
			const sampleRight = Math.min(right, Math.floor(k + ((size - rank) * sample) / size + spread));
			selectInPlace(a, k, sampleLeft, sampleRight);
		}
		// Partition around t = a[k], kept at a[left] (or a[right]) as a sentinel.
		const t = a[k];
		let i = left;
		let j = right;
		swap(a, left, k);
		if (a[right] > t) swap(a, left, right);
		while (i < j) {
			swap(a, i, j);
			i++;
			j--;
			while (a[i] < t) i++;
			while (a[j] > t) j--;
		}
		if (a[left] === t) swap(a, left, j);
		else swap(a, ++j, right);
		// Now a[j] = t, with a[left..j-1] <= t <= a[j+1..right].
		if (j <= k) left = j + 1;
		if (k <= j) right = j - 1;
	}
}

/**
 * Selects several order statistics: afterwards a[k] is the k-th smallest of
 * a[left..right] for every k in targets[from..to] (ascending, distinct). The
 * middle target is placed first, so each half of the targets only searches
 * its own part of the array.
 */
function multiSelect(a: Float64Array, targets: readonly number[], from: number, to: number, left: number, right: number): void {
	if (from > to) return;
	const mid = (from + to) >>> 1;
	const k = targets[mid];
	selectInPlace(a, k, left, right);
	multiSelect(a, targets, from, mid - 1, left, k - 1);
	multiSelect(a, targets, mid + 1, to, k + 1, right);
}

// Above this many values, order statistics are first narrowed down by buckets:
// up to 16,384 of them (a 64 KB count table, which stays in cache), about 4 values each.
const BUCKET_ABOVE = 4096;
const MAX_BUCKETS = 16_384;

/**
 * Order statistics by counting: one pass finds min and max, a second counts
 * the values in equal-width buckets between them (a monotone map, so bucket
 * order is value order and the counts tell which bucket holds each rank), a
 * third copies out only the values of those few buckets, and the selection
 * runs on them alone. For smooth data that reads the array three times in
 * simple loops instead of partitioning it, about twice as fast on 100,000
 * values. Returns null when the wanted buckets hold more than an eighth of
 * the values (heavy ties, or extreme outliers squeezing the rest into one
 * bucket), leaving the caller to select in the whole array.
 * Inputs: `work`, finite values (not modified); `ranks`, ascending, in [0, n).
 * Output: the value of each rank, in the order of `ranks`, or null.
 */
function bucketOrderStatistics(work: Float64Array, ranks: readonly number[]): number[] | null {
	const n = work.length;
	let min = work[0];
	let max = work[0];
	for (let i = 1; i < n; i++) {
		const v = work[i];
		if (v < min) min = v;
		else if (v > max) max = v;
	}
	if (min === max) return ranks.map(() => min);
	const buckets = Math.min(MAX_BUCKETS, Math.ceil(n / 4));
	const last = buckets - 1;
	const perUnit = buckets / (max - min);
	// max − min overflows for values near ±1.8e308; the plain selection copes.
	if (!(perUnit > 0 && Number.isFinite(perUnit))) return null;
	const counts = new Int32Array(buckets);
	for (let i = 0; i < n; i++) counts[Math.min(last, Math.floor((work[i] - min) * perUnit))]++;
	// Walk the ranks and the buckets together: first[b] is the rank of bucket b's smallest value.
	const first = new Int32Array(buckets);
	const bucketOfRank: number[] = [];
	let bucket = 0;
	let below = 0;
	for (const k of ranks) {
		while (below + counts[bucket] <= k) below += counts[bucket++];
		first[bucket] = below;
		bucketOfRank.push(bucket);
	}
	// slot[b] >= 0 marks a wanted bucket and says where its values go.
	const slot = new Int32Array(buckets).fill(-1);
	const gathered: Float64Array[] = [];
	let total = 0;
	for (const b of bucketOfRank) {
		if (slot[b] >= 0) continue;
		slot[b] = gathered.length;
		gathered.push(new Float64Array(counts[b]));
		total += counts[b];
	}
	if (total > n / 8) return null;
	const filled = new Int32Array(gathered.length);
	for (let i = 0; i < n; i++) {
		const s = slot[Math.min(last, Math.floor((work[i] - min) * perUnit))];
		if (s >= 0) gathered[s][filled[s]++] = work[i];
	}
	return ranks.map((k, t) => {
		const b = bucketOfRank[t];
		const values = gathered[slot[b]];
		selectInPlace(values, k - first[b], 0, values.length - 1);
		return values[k - first[b]];
	});
}

/**
 * Several quantiles of `work` at once, by selection (no full sort), with
 * NumPy's default `linear` method: for q, h = (n − 1)·q, and the result lies
 * between the floor(h)-th and the next order statistic, at fraction h − floor(h).
 * Inputs: `work`, non-empty, finite values, which may be REORDERED (pass a
 * copy); `qs`, fractions in [0, 1], in any order (not checked: internal use).
 * Output: one value per q, in the order of `qs`, in the units of the data.
 */
export function selectQuantiles(work: Float64Array, qs: readonly number[]): number[] {
	const n = work.length;
	const positions = new Set<number>();
	for (const q of qs) {
		const k = Math.floor((n - 1) * q);
		positions.add(k);
		if (k + 1 < n) positions.add(k + 1);
	}
	const ranks = [...positions].sort((a, b) => a - b);
	let values = n > BUCKET_ABOVE ? bucketOrderStatistics(work, ranks) : null;
	if (values === null) {
		multiSelect(work, ranks, 0, ranks.length - 1, 0, n - 1);
		values = ranks.map((k) => work[k]);
	}
	const valueOfRank = new Map(ranks.map((k, i) => [k, (values as number[])[i]]));
	const at = (k: number): number => valueOfRank.get(k) as number;
	return qs.map((q) => {
		const h = (n - 1) * q;
		const k = Math.floor(h);
		return k + 1 < n ? lerp(at(k), at(k + 1), h - k) : at(k);
	});
}

/**
 * Quantile of already sorted values, NumPy's `linear` method, in O(1).
 * Inputs: `sorted`, a non-empty array in ascending order (the order is not
 * checked: that would cost the O(n) this function exists to avoid); `q` in [0, 1].
 * Output: the interpolated value, in the units of the data.
 * Throws for an empty array, a bad q, or a non-finite value at the positions read.
 */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
	checkQ('quantileSorted', q);
	const n = sorted.length;
	if (!(n > 0)) throw new Error('quantileSorted: sorted is empty; at least one value is needed');
	const h = (n - 1) * q;
	const k = Math.floor(h);
	const next = Math.min(k + 1, n - 1);
	for (const i of [k, next]) {
		if (typeof sorted[i] !== 'number' || !Number.isFinite(sorted[i])) {
			throw new Error(`quantileSorted: sorted[${i}] is ${show(sorted[i])}; every value must be a finite number`);
		}
	}
	return lerp(sorted[k], sorted[next], h - k);
}

/**
 * Quantiles of unsorted values, as `np.quantile(x, qs)` (method 'linear').
 * Inputs: `x`, a non-empty array of finite numbers; `qs`, fractions in [0, 1]
 * in any order. Output: one value per q, in the same order as `qs`.
 * x is left unchanged. Throws for bad x or any q outside [0, 1].
 */
export function quantiles(x: readonly number[], qs: readonly number[]): number[] {
	checkFiniteArray('quantiles: x', x);
	qs.forEach((q, i) => checkQ(`quantiles (qs[${i}])`, q));
	return selectQuantiles(Float64Array.from(x), qs);
}

/**
 * One quantile, as `np.quantile(x, q)` (linear interpolation between order
 * statistics; q = 0.25 is the first quartile).
 * Inputs: `x`, a non-empty array of finite numbers (left unchanged); `q` in [0, 1].
 * Output: a value between min(x) and max(x). Throws for bad x or q.
 */
export function quantile(x: readonly number[], q: number): number {
	checkFiniteArray('quantile: x', x);
	checkQ('quantile', q);
	return selectQuantiles(Float64Array.from(x), [q])[0];
}

/**
 * Median, as `np.median`: the middle value, or the mean of the two middle
 * values when n is even. Throws for empty or non-finite input.
 */
export function median(x: readonly number[]): number {
	checkFiniteArray('median: x', x);
	return selectQuantiles(Float64Array.from(x), [0.5])[0];
}

/**
 * Summary statistics, as pandas' `Series.describe()`.
 * Input: `x`, a non-empty array of finite numbers.
 * Output: {@link Description}; quartiles interpolate linearly (pandas and
 * NumPy defaults); std uses n − 1 and is null when n = 1.
 * Throws for empty or non-finite input.
 */
export function describe(x: readonly number[]): Description {
	checkFiniteArray('describe: x', x);
	const n = x.length;
	let min = x[0];
	let max = x[0];
	for (let i = 1; i < n; i++) {
		if (x[i] < min) min = x[i];
		if (x[i] > max) max = x[i];
	}
	const centre = meanOf('describe', x);
	const sampleStd = n > 1 ? Math.sqrt(sumSquaredDeviations('describe', x, centre) / (n - 1)) : null;
	const [q1, med, q3] = selectQuantiles(Float64Array.from(x), [0.25, 0.5, 0.75]);
	return { count: n, mean: centre, std: sampleStd, min, q1, median: med, q3, max };
}

/** True when every value equals the first (such a variable has no correlation). */
function isConstant(x: ArrayLike<number>): boolean {
	for (let i = 1; i < x.length; i++) if (x[i] !== x[0]) return false;
	return true;
}

/** r from sums of centred cross-products and squares (the square roots are taken apart only if their product overflows). */
function correlationFromSums(where: string, sxy: number, sxx: number, syy: number): number | null {
	if (!Number.isFinite(sxy) || !Number.isFinite(sxx) || !Number.isFinite(syy)) {
		throw new Error(`${where}: values are too large; the squared deviations overflow`);
	}
	if (sxx === 0 || syy === 0) return null;
	// Rounding can push a perfect ±1 one ulp outside the range.
	const product = sxx * syy;
	const r = Number.isFinite(product) && product > 0 ? sxy / Math.sqrt(product) : sxy / Math.sqrt(sxx) / Math.sqrt(syy);
	return Math.max(-1, Math.min(1, r));
}

/**
 * Pearson correlation coefficient, as `np.corrcoef(x, y)[0, 1]`.
 * Inputs: `x`, `y`, equal-length non-empty arrays of finite numbers.
 * Output: r in [−1, 1], or null when either side is constant (r is 0/0
 * there; NumPy returns nan). Throws for empty, unequal-length or non-finite input.
 */
export function pearson(x: readonly number[], y: readonly number[]): number | null {
	checkPaired('pearson: x', x, 'pearson: y', y);
	if (isConstant(x) || isConstant(y)) return null;
	const mx = meanOf('pearson', x);
	const my = meanOf('pearson', y);
	let sxy = 0;
	let sxx = 0;
	let syy = 0;
	for (let i = 0; i < x.length; i++) {
		const dx = x[i] - mx;
		const dy = y[i] - my;
		sxy += dx * dy;
		sxx += dx * dx;
		syy += dy * dy;
	}
	return correlationFromSums('pearson', sxy, sxx, syy);
}

/**
 * Pearson correlations between every pair of features (columns), as
 * `np.corrcoef(X, rowvar=False)` or pandas' `DataFrame.corr()`.
 * Input: `X`, rows × features, non-empty, finite, not ragged.
 * Output: a symmetric features × features matrix with 1 on the diagonal;
 * every entry in the row and column of a constant feature is null
 * (including its diagonal, as NumPy's nan). A single row makes every feature
 * constant. Throws for bad X, naming the row and column.
 */
export function correlationMatrix(X: readonly (readonly number[])[]): (number | null)[][] {
	const d = checkMatrix('correlationMatrix: X', X);
	const n = X.length;
	// Centred columns, stored column after column, so each pair is one tight loop.
	const centred = new Float64Array(n * d);
	const constant: boolean[] = [];
	for (let j = 0; j < d; j++) {
		const column = centred.subarray(j * n, (j + 1) * n);
		for (let i = 0; i < n; i++) column[i] = X[i][j];
		constant.push(isConstant(column));
		const m = meanOf('correlationMatrix', column);
		for (let i = 0; i < n; i++) column[i] -= m;
	}
	const squares = new Float64Array(d);
	for (let j = 0; j < d; j++) {
		let s = 0;
		for (let i = j * n; i < (j + 1) * n; i++) s += centred[i] * centred[i];
		squares[j] = s;
	}
	const r: (number | null)[][] = Array.from({ length: d }, () => new Array<number | null>(d).fill(null));
	for (let a = 0; a < d; a++) {
		if (constant[a]) continue;
		r[a][a] = 1;
		for (let b = a + 1; b < d; b++) {
			if (constant[b]) continue;
			let sab = 0;
			const offA = a * n;
			const offB = b * n;
			for (let i = 0; i < n; i++) sab += centred[offA + i] * centred[offB + i];
			const value = correlationFromSums('correlationMatrix', sab, squares[a], squares[b]);
			r[a][b] = value;
			r[b][a] = value;
		}
	}
	return r;
}

/** Counts into equal-width bins exactly as numpy.histogram does for an integer `bins`. */
function uniformHistogram(x: readonly number[], bins: number, range: readonly [number, number] | undefined): Histogram {
	if (!Number.isInteger(bins) || bins < 1 || bins > MAX_BINS) {
		throw new Error(`histogram: bins is ${show(bins)}; it must be an integer from 1 to ${MAX_BINS} or an array of edges`);
	}
	let first: number;
	let last: number;
	if (range) {
		[first, last] = range;
		if (!Number.isFinite(first) || !Number.isFinite(last) || first > last) {
			throw new Error(`histogram: range is [${show(first)}, ${show(last)}]; it must be two finite numbers, lower <= upper`);
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
		if (!(edges[i] < edges[i + 1])) throw new Error(`histogram: too many bins (${bins}) for the data range [${first}, ${last}]`);
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
			throw new Error(`histogram: bins[${i}] is ${edges[i]}, below bins[${i - 1}] = ${edges[i - 1]}; edges must not decrease`);
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
export function histogram(x: readonly number[], bins: number | readonly number[], options: HistogramOptions = {}): Histogram {
	checkFiniteArray('histogram: x', x);
	if (typeof bins === 'number') return uniformHistogram(x, bins, options.range);
	if (options.range) throw new Error('histogram: range applies only to a bin count, not to explicit edges');
	return edgesHistogram(x, bins);
}
