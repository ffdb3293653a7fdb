/**
 * Outlier rules and treatments on one numeric column: Tukey's IQR fences (quartiles by
 * NumPy's linear method), z-score cut-offs, capping (pandas' `clip`, scipy's `winsorize`),
 * the log1p transform, and the skewness that shows what a transform did (scipy's `skew`).
 *
 * The z-scores use the population standard deviation (ddof = 0), as `scipy.stats.zscore`
 * and scikit-learn's `StandardScaler` do, so a learner's z-score here is the number those
 * tools give. (pandas' `Series.std()` uses ddof = 1; its z-scores are smaller by √((n−1)/n).)
 */
import { checkFiniteArray } from './curves';
import { show } from './show';
import { mean, median, quantiles, std } from './stats';

/** Tukey's fences: values below `lower` or above `upper` are flagged. */
export interface IqrFences {
	/** The multiplier: Tukey's inner fences use 1.5, his outer ones 3. */
	k: number;
	q1: number;
	q3: number;
	/** Q3 − Q1, in the data's units. */
	iqr: number;
	/** Q1 − k·IQR. */
	lower: number;
	/** Q3 + k·IQR. */
	upper: number;
}

/**
 * Tukey's IQR fences, with quartiles as `np.percentile(x, [25, 75])` (linear).
 * Inputs: `x`, non-empty finite numbers; `k` ≥ 0 (default 1.5).
 * Output: {@link IqrFences}. A column whose middle half is one value has IQR 0, and then
 * the fences sit on it: every other value is flagged. Throws for bad x or k.
 */
export function iqrFences(x: readonly number[], k = 1.5): IqrFences {
	checkFiniteArray('iqrFences: x', x);
	checkPositive('iqrFences: k', k, true);
	const [q1, q3] = quantiles(x, [0.25, 0.75]);
	const iqr = q3 - q1;
	return { k, q1, q3, iqr, lower: q1 - k * iqr, upper: q3 + k * iqr };
}

/** The z-score cut-offs: values beyond mean ± cutoff·std are flagged. */
export interface ZFences {
	cutoff: number;
	mean: number;
	/** Standard deviation with ddof 0. */
	std: number;
	/** mean − cutoff·std and mean + cutoff·std; null when std is 0 (every z-score is 0/0). */
	lower: number | null;
	upper: number | null;
}

/**
 * Cut-offs of the z-score rule |x − mean| / std > cutoff (std with ddof 0).
 * Inputs: `x`, non-empty finite numbers; `cutoff` > 0 (default 3).
 * Output: {@link ZFences}, with null bounds for a constant column. Throws for bad input.
 */
export function zFences(x: readonly number[], cutoff = 3): ZFences {
	checkFiniteArray('zFences: x', x);
	checkPositive('zFences: cutoff', cutoff, false);
	const m = mean(x);
	const s = std(x);
	if (s === 0) return { cutoff, mean: m, std: s, lower: null, upper: null };
	return { cutoff, mean: m, std: s, lower: m - cutoff * s, upper: m + cutoff * s };
}

/**
 * z-scores (x − mean) / std with std of ddof 0, as `scipy.stats.zscore(x)`.
 * Output: one per value, or null for a constant column (0/0; scipy gives nan).
 */
export function zScores(x: readonly number[]): number[] | null {
	checkFiniteArray('zScores: x', x);
	const m = mean(x);
	const s = std(x);
	return s === 0 ? null : x.map((v) => (v - m) / s);
}

/**
 * The largest |z| any value can reach among n values, √(n − 1) with ddof 0 (Shiffler, 1988):
 * reached when all but one value are equal. With n ≤ 10 it is at most 3, so the rule
 * "|z| > 3" can flag nothing in ten points or fewer, however far one lies.
 */
export function maxAbsZ(n: number): number {
	if (!Number.isInteger(n) || n < 1)
		throw new Error(`maxAbsZ: n is ${show(n)}; it must be a whole number >= 1`);
	return Math.sqrt(n - 1);
}

/**
 * Which values lie strictly outside [lower, upper]; a null bound flags nothing on its side.
 * Output: one boolean per value.
 */
export function flagOutside(x: readonly number[], lower: number | null, upper: number | null): boolean[] {
	return x.map((v) => (lower !== null && v < lower) || (upper !== null && v > upper));
}

/**
 * Caps values at the bounds, as pandas' `Series.clip(lower, upper)`: below `lower` becomes
 * `lower`, above `upper` becomes `upper`. A null bound leaves its side alone. Throws when
 * lower > upper.
 */
export function clip(x: readonly number[], lower: number | null, upper: number | null): number[] {
	if (lower !== null && upper !== null && lower > upper)
		throw new Error(`clip: lower (${lower}) is above upper (${upper})`);
	return x.map((v) => (lower !== null && v < lower ? lower : upper !== null && v > upper ? upper : v));
}

/**
 * Winsorizing by counts, as `scipy.stats.mstats.winsorize(x, limits=(low, high))`: the
 * ⌊low·n⌋ smallest values become the next smallest one, the ⌊high·n⌋ largest the next
 * largest one. Inputs: `x`, non-empty finite numbers; limits, fractions in [0, 0.5).
 * Output: a new array in x's order. Throws for bad input.
 */
export function winsorize(x: readonly number[], [low, high]: readonly [number, number]): number[] {
	checkFiniteArray('winsorize: x', x);
	for (const [name, limit] of [
		['low', low],
		['high', high]
	] as const) {
		if (typeof limit !== 'number' || !(limit >= 0 && limit < 0.5)) {
			throw new Error(`winsorize: the ${name} limit is ${show(limit)}; it must be a fraction in [0, 0.5)`);
		}
	}
	const n = x.length;
	// a stable sort of the positions, as NumPy's argsort for the ties that matter here
	const order = x.map((_, i) => i).sort((a, b) => x[a] - x[b] || a - b);
	const out = [...x];
	const lowCount = Math.floor(low * n);
	const highStart = n - Math.floor(high * n);
	for (let r = 0; r < lowCount; r++) out[order[r]] = x[order[lowCount]];
	for (let r = highStart; r < n; r++) out[order[r]] = x[order[highStart - 1]];
	return out;
}

/**
 * Why log1p cannot take this column, or null when it can: log(1 + x) needs every x > −1.
 * Zero is fine (log1p(0) = 0); values in (−1, 0) give negative logs.
 */
export function log1pProblem(x: readonly number[]): string | null {
	let smallest = 0;
	for (let i = 1; i < x.length; i++) if (x[i] < x[smallest]) smallest = i;
	if (x.length === 0 || x[smallest] > -1) return null;
	return `log(1 + x) is undefined for x ≤ −1, and the smallest value is ${x[smallest]} (value ${smallest + 1}). Shift the column first (x − min + 1), or use a transform made for negative values (Yeo–Johnson).`;
}

/**
 * The log1p transform, log(1 + x) as `np.log1p`, for every value.
 * Throws with {@link log1pProblem}'s message when any x ≤ −1.
 */
export function log1p(x: readonly number[]): number[] {
	checkFiniteArray('log1p: x', x);
	const problem = log1pProblem(x);
	if (problem) throw new Error(`log1p: ${problem}`);
	return x.map(Math.log1p);
}

/**
 * Sample skewness g₁ = m₃ / m₂^(3/2) with the biased central moments m_k = mean((x − x̄)^k),
 * as `scipy.stats.skew(x)` with bias=True (pandas' `Series.skew()` uses the adjusted form
 * G₁ = g₁·√(n(n−1))/(n−2), larger for small n).
 * Output: 0 for symmetric data, positive for a long right tail; null for a constant column
 * (0/0; scipy gives nan). Throws for empty or non-finite input.
 */
export function skewness(x: readonly number[]): number | null {
	checkFiniteArray('skewness: x', x);
	const m = mean(x);
	let m2 = 0;
	let m3 = 0;
	for (const v of x) {
		const d = v - m;
		m2 += d * d;
		m3 += d * d * d;
	}
	m2 /= x.length;
	m3 /= x.length;
	if (std(x) === 0) return null;
	return m3 / m2 ** 1.5;
}

/** What a treatment is judged by: the centre, spread and shape of a column. */
export interface ColumnSummary {
	n: number;
	mean: number;
	median: number;
	/** Standard deviation, ddof 0 (as the z-scores). */
	std: number;
	skewness: number | null;
}

/** {@link ColumnSummary} of non-empty finite values; throws for bad input. */
export function summarize(x: readonly number[]): ColumnSummary {
	return { n: x.length, mean: mean(x), median: median(x), std: std(x), skewness: skewness(x) };
}

function checkPositive(name: string, value: number, zeroAllowed: boolean): void {
	if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || (!zeroAllowed && value === 0)) {
		throw new Error(`${name} is ${show(value)}; it must be a finite number ${zeroAllowed ? '>= 0' : '> 0'}`);
	}
}
