/**
 * Descriptive statistics, agreeing with NumPy (mean, var, std, quantile,
 * corrcoef, histogram) and pandas (describe). Following the house rules, an
 * undefined value is `null`, never NaN, and bad input (empty, NaN, ragged
 * rows, q outside [0, 1], ddof >= n) throws an Error naming the argument and
 * the index. Everything is plain loops over the input: the widgets call these
 * on every slider move, with up to ~100,000 values.
 */
import { checkFiniteArray, checkPaired } from './curves';
import { show } from './show';
import { lerp, selectQuantiles } from './select';

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
	if (!Array.isArray(first))
		throw new Error(`${name}[0] is ${show(first)}; every row must be an array of numbers`);
	const d = first.length;
	if (d === 0) throw new Error(`${name}[0] is empty; at least one column is needed`);
	for (let i = 0; i < X.length; i++) {
		const row: unknown = X[i];
		if (!Array.isArray(row))
			throw new Error(`${name}[${i}] is ${show(row)}; every row must be an array of numbers`);
		if (row.length !== d) {
			throw new Error(
				`${name}[${i}] has ${row.length} values but ${name}[0] has ${d}; every row must have the same length`
			);
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
		throw new Error(
			`${where}: ddof is ${ddof} but there are only ${n} value(s); ddof must be less than n (n − ddof is the divisor)`
		);
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
	if (!Number.isFinite(squares))
		throw new Error(`${where}: values are too large; the squared deviations overflow`);
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
			throw new Error(
				`quantileSorted: sorted[${i}] is ${show(sorted[i])}; every value must be a finite number`
			);
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
	const r =
		Number.isFinite(product) && product > 0
			? sxy / Math.sqrt(product)
			: sxy / Math.sqrt(sxx) / Math.sqrt(syy);
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

export { selectQuantiles } from './select';
export { histogram } from './histogram';
export type { Histogram, HistogramOptions } from './histogram';
