/**
 * Feature scaling and row normalisation, matching scikit-learn's
 * StandardScaler, MinMaxScaler (feature_range (0, 1)), MaxAbsScaler,
 * RobustScaler (quantile_range (25, 75)) and Normalizer.
 *
 * Every scaler maps a value x of feature j to (x − offset_j) / scale_j:
 *
 * | method     | offset            | scale (the divisor)              |
 * | ---------- | ----------------- | -------------------------------- |
 * | `standard` | mean              | population std (ddof 0)          |
 * | `minmax`   | min               | max − min                        |
 * | `maxabs`   | 0                 | max \|x\|                        |
 * | `robust`   | median            | IQR = q3 − q1 (25th–75th pct.)   |
 *
 * A (near-)constant feature gets scale 1, as scikit-learn's
 * `_handle_zeros_in_scale`, so it is shifted but never divided by ~0. Its
 * test is the one scikit-learn uses: for `standard`, the variance is within
 * the rounding error of the two-pass algorithm (`_is_constant_feature`:
 * var <= n·ε·var + (n·mean·ε)²); for the others, scale < 10·ε (ε = 2^−52).
 *
 * MinMaxScaler computes x · (1 / range) − min / range; dividing (x − min) by
 * the range instead maps the training minimum and maximum to exactly 0 and 1,
 * and differs from scikit-learn's result by about an ulp elsewhere.
 *
 * Fitting accumulates per-feature sums in typed arrays over one or two passes
 * of the rows, and the robust quantiles come from selection, not sorting, so
 * 100,000 × 10 fits and transforms in a few tens of milliseconds (see
 * bench/engine.js); most of the transform's time is the allocation of
 * the 100,000 output rows.
 */
import { show } from './show';
import { checkMatrix, selectQuantiles } from './stats';
import { ZERO_SCALE } from './scaleConstants';

// Defined a level down so normalize need not import this module back.
export { ZERO_SCALE, type RowNorm } from './scaleConstants';

export type ScalerMethod = 'standard' | 'minmax' | 'maxabs' | 'robust';

/** The scaler methods, in the order a picker shows them. */
export const SCALER_METHODS: readonly ScalerMethod[] = ['standard', 'minmax', 'maxabs', 'robust'];

/** Fitted values of the `standard` scaler, one entry per feature (units of that feature). */
export interface StandardParams {
	/** Mean of the feature (scikit-learn's `mean_`): the offset. */
	mean: number[];
	/** Population standard deviation (ddof 0) as measured, 0 for a constant feature. */
	std: number[];
	/** The divisor actually used (scikit-learn's `scale_`): `std`, or 1 when `constant`. */
	scale: number[];
	/** True where the feature was judged constant and its scale set to 1. */
	constant: boolean[];
}

/** Fitted values of the `minmax` scaler, one entry per feature. */
export interface MinMaxParams {
	/** Smallest training value (scikit-learn's `data_min_`): the offset, mapped to 0. */
	min: number[];
	/** Largest training value (`data_max_`), mapped to 1. */
	max: number[];
	/**
	 * The divisor: max − min (`data_range_`), or 1 when `constant`. Note that
	 * scikit-learn's `MinMaxScaler.scale_` is the reciprocal, 1 / range.
	 */
	scale: number[];
	/** True where max − min < 10·ε and the scale was set to 1. */
	constant: boolean[];
}

/** Fitted values of the `maxabs` scaler, one entry per feature. */
export interface MaxAbsParams {
	/** Largest absolute training value (scikit-learn's `max_abs_`). */
	maxAbs: number[];
	/** The divisor (`scale_`): `maxAbs`, or 1 when `constant`. There is no offset. */
	scale: number[];
	/** True where maxAbs < 10·ε (an all-zero feature) and the scale was set to 1. */
	constant: boolean[];
}

/** Fitted values of the `robust` scaler, one entry per feature. */
export interface RobustParams {
	/** Median of the feature (scikit-learn's `center_`): the offset. */
	center: number[];
	/** 25th percentile (linear interpolation, NumPy's default). */
	q1: number[];
	/** 75th percentile. */
	q3: number[];
	/** The divisor (`scale_`): the interquartile range q3 − q1, or 1 when `constant`. */
	scale: number[];
	/** True where q3 − q1 < 10·ε and the scale was set to 1. */
	constant: boolean[];
}

/** The params type of each method. */
export interface ScalerParams {
	standard: StandardParams;
	minmax: MinMaxParams;
	maxabs: MaxAbsParams;
	robust: RobustParams;
}

/** A fitted scaler; plain data plus two pure functions, safe to share. */
export interface Scaler<M extends ScalerMethod = ScalerMethod> {
	method: M;
	/** Number of features (columns) it was fitted on; transform needs the same. */
	nFeatures: number;
	/** What was learned from the training data; plain arrays, JSON-serialisable. */
	params: ScalerParams[M];
	/**
	 * Scales new rows: (x − offset) / scale per feature.
	 * Input: rows with `nFeatures` finite numbers each (left unchanged).
	 * Output: new rows. Throws naming the row for a wrong width, a non-finite
	 * value, or a result that overflows.
	 */
	transform(X: readonly (readonly number[])[]): number[][];
	/** Undoes {@link transform}: x · scale + offset. Same input rules. */
	inverseTransform(X: readonly (readonly number[])[]): number[][];
}

const EPSILON = Number.EPSILON;

/** Offsets and divisors of a fit, as typed arrays for the transform loops. */
interface Affine {
	offset: Float64Array;
	scale: Float64Array;
}

function tooLarge(where: string, j: number): Error {
	return new Error(`${where}: the values of feature ${j} are too large; its spread overflows`);
}

function fitStandard(
	X: readonly (readonly number[])[],
	d: number
): { params: StandardParams; affine: Affine } {
	const n = X.length;
	const sums = new Float64Array(d);
	for (const row of X) for (let j = 0; j < d; j++) sums[j] += row[j];
	const mean = Array.from(sums, (s) => s / n);
	// Corrected two-pass variance, as scikit-learn's _incremental_mean_and_var:
	// Σd² − (Σd)²/n cancels most of the rounding error of the float mean.
	const squares = new Float64Array(d);
	const deviations = new Float64Array(d);
	const varies = new Uint8Array(d);
	const first = X[0];
	for (const row of X) {
		for (let j = 0; j < d; j++) {
			const dev = row[j] - mean[j];
			squares[j] += dev * dev;
			deviations[j] += dev;
			if (row[j] !== first[j]) varies[j] = 1;
		}
	}
	const std: number[] = [];
	const scale: number[] = [];
	const constant: boolean[] = [];
	for (let j = 0; j < d; j++) {
		if (!Number.isFinite(sums[j]) || !Number.isFinite(squares[j])) throw tooLarge('fitScaler', j);
		// An exactly constant column reports std 0, not the ulp-sized residue of its float mean.
		const variance = varies[j] ? Math.max(0, (squares[j] - (deviations[j] * deviations[j]) / n) / n) : 0;
		// scikit-learn's _is_constant_feature: the variance is within the error bound of the two-pass algorithm.
		const isConstant = variance <= n * EPSILON * variance + (n * mean[j] * EPSILON) ** 2;
		std.push(Math.sqrt(variance));
		scale.push(isConstant ? 1 : Math.sqrt(variance));
		constant.push(isConstant);
	}
	return { params: { mean, std, scale, constant }, affine: toAffine(mean, scale) };
}

function fitMinMax(X: readonly (readonly number[])[], d: number): { params: MinMaxParams; affine: Affine } {
	const lo = Float64Array.from(X[0]);
	const hi = Float64Array.from(X[0]);
	for (const row of X) {
		for (let j = 0; j < d; j++) {
			const v = row[j];
			if (v < lo[j]) lo[j] = v;
			if (v > hi[j]) hi[j] = v;
		}
	}
	const min = Array.from(lo);
	const max = Array.from(hi);
	const ranges = max.map((m, j) => m - min[j]);
	ranges.forEach((r, j) => {
		if (!Number.isFinite(r)) throw tooLarge('fitScaler', j);
	});
	const { scale, constant } = handleZeros(ranges);
	return { params: { min, max, scale, constant }, affine: toAffine(min, scale) };
}

function fitMaxAbs(X: readonly (readonly number[])[], d: number): { params: MaxAbsParams; affine: Affine } {
	const largest = new Float64Array(d);
	for (const row of X) {
		for (let j = 0; j < d; j++) {
			const a = Math.abs(row[j]);
			if (a > largest[j]) largest[j] = a;
		}
	}
	const maxAbs = Array.from(largest);
	const { scale, constant } = handleZeros(maxAbs);
	return { params: { maxAbs, scale, constant }, affine: toAffine(new Array<number>(d).fill(0), scale) };
}

function fitRobust(X: readonly (readonly number[])[], d: number): { params: RobustParams; affine: Affine } {
	const n = X.length;
	const center: number[] = [];
	const q1: number[] = [];
	const q3: number[] = [];
	// Each feature is copied in turn into one reused typed array, which the selection then
	// reorders freely (one buffer of n rather than n · d: a large allocation costs a collection).
	const column = new Float64Array(n);
	for (let j = 0; j < d; j++) {
		for (let i = 0; i < n; i++) column[i] = X[i][j];
		// np.nanmedian and np.nanpercentile(.., [25, 75]), both 'linear'.
		const [lower, middle, upper] = selectQuantiles(column, [0.25, 0.5, 0.75]);
		q1.push(lower);
		center.push(middle);
		q3.push(upper);
	}
	const iqr = q3.map((u, j) => u - q1[j]);
	iqr.forEach((r, j) => {
		if (!Number.isFinite(r)) throw tooLarge('fitScaler', j);
	});
	const { scale, constant } = handleZeros(iqr);
	return { params: { center, q1, q3, scale, constant }, affine: toAffine(center, scale) };
}

/** scikit-learn's _handle_zeros_in_scale without a mask: a scale below 10·ε becomes 1. */
function handleZeros(raw: readonly number[]): { scale: number[]; constant: boolean[] } {
	const constant = raw.map((s) => s < ZERO_SCALE);
	return { scale: raw.map((s, j) => (constant[j] ? 1 : s)), constant };
}

function toAffine(offset: readonly number[], scale: readonly number[]): Affine {
	return { offset: Float64Array.from(offset), scale: Float64Array.from(scale) };
}

/** The error for a value that is not a finite number, or whose scaled value overflows. */
function badValue(where: string, X: readonly (readonly number[])[], i: number, j: number): Error {
	const v: unknown = X[i][j];
	if (typeof v !== 'number' || !Number.isFinite(v)) {
		return new Error(`${where}: X[${i}][${j}] is ${show(v)}; every value must be a finite number`);
	}
	return new Error(`${where}: X[${i}][${j}] = ${v} overflows when scaled`);
}

/**
 * Applies (x − offset) / scale, or its inverse x · scale + offset, to every
 * row, checking each row's width and each value on the way (one pass).
 */
function mapRows(
	where: string,
	X: readonly (readonly number[])[],
	{ offset, scale }: Affine,
	inverse: boolean
): number[][] {
	if (!Array.isArray(X)) throw new Error(`${where}: X must be an array of rows`);
	if (X.length === 0) throw new Error(`${where}: X is empty; at least one row is needed`);
	const d = offset.length;
	const out = new Array<number[]>(X.length);
	for (let i = 0; i < X.length; i++) {
		const row = X[i];
		if (!Array.isArray(row as unknown)) {
			throw new Error(`${where}: X[${i}] is ${show(row)}; every row must be an array of numbers`);
		}
		if (row.length !== d) {
			throw new Error(
				`${where}: X[${i}] has ${row.length} values, but the scaler was fitted on ${d} feature(s)`
			);
		}
		// A copy of the row, overwritten: V8 allocates it packed and sized at once, faster than
		// new Array(d) filled in (the allocation of 100,000 rows is most of a transform's time).
		const result = row.slice();
		// Two loops rather than a branch per value: this is the hot path.
		if (inverse) for (let j = 0; j < d; j++) result[j] = row[j] * scale[j] + offset[j];
		else for (let j = 0; j < d; j++) result[j] = (row[j] - offset[j]) / scale[j];
		for (let j = 0; j < d; j++) {
			// A non-number or non-finite input, or an overflow, leaves a non-finite result.
			if (typeof row[j] !== 'number' || !Number.isFinite(result[j])) throw badValue(where, X, i, j);
		}
		out[i] = result;
	}
	return out;
}

function fitMethod(
	method: ScalerMethod,
	X: readonly (readonly number[])[],
	d: number
): { params: ScalerParams[ScalerMethod]; affine: Affine } {
	switch (method) {
		case 'standard':
			return fitStandard(X, d);
		case 'minmax':
			return fitMinMax(X, d);
		case 'maxabs':
			return fitMaxAbs(X, d);
		case 'robust':
			return fitRobust(X, d);
	}
}

function checkMethod(where: string, method: unknown): asserts method is ScalerMethod {
	if (!SCALER_METHODS.includes(method as ScalerMethod)) {
		throw new Error(`${where}: method is ${show(method)}; it must be one of ${SCALER_METHODS.join(', ')}`);
	}
}

function makeScaler<M extends ScalerMethod>(method: M, params: ScalerParams[M], affine: Affine): Scaler<M> {
	return {
		method,
		nFeatures: affine.offset.length,
		params,
		transform: (X) => mapRows('transform', X, affine, false),
		inverseTransform: (X) => mapRows('inverseTransform', X, affine, true)
	};
}

/**
 * Fits a scaler to training data.
 * Inputs: `method` (see the table at the top of this file); `X`, rows ×
 * features, non-empty, finite, not ragged.
 * Output: a {@link Scaler} whose `params` hold the per-feature statistics
 * (typed by method: e.g. `fitScaler('robust', X).params.q1`).
 * Throws for an unknown method, bad X (naming the row and column), or a
 * feature whose spread overflows (values near ±1e308).
 */
export function fitScaler<M extends ScalerMethod>(method: M, X: readonly (readonly number[])[]): Scaler<M> {
	checkMethod('fitScaler', method);
	const d = checkMatrix('fitScaler: X', X);
	const { params, affine } = fitMethod(method, X, d);
	// fitMethod's switch pairs each method with its own params type.
	return makeScaler(method, params as ScalerParams[M], affine);
}

function checkParamArray(where: string, name: string, values: unknown, d: number): number[] {
	if (!Array.isArray(values) || values.length !== d) {
		throw new Error(`${where}: params.${name} must be an array of ${d} numbers`);
	}
	values.forEach((v: unknown, j) => {
		if (typeof v !== 'number' || !Number.isFinite(v)) {
			throw new Error(`${where}: params.${name}[${j}] is ${show(v)}; it must be a finite number`);
		}
	});
	return values as number[];
}

/**
 * Rebuilds a scaler from its `params` (e.g. after they crossed a Web Worker
 * boundary or a share link as JSON).
 * Inputs: `method` and that method's params, as a fitted scaler reports them.
 * Output: a {@link Scaler} equivalent to the fitted one.
 * Throws for an unknown method, missing or non-finite arrays, arrays of
 * different lengths, or a scale that is not > 0.
 */
export function scalerFromParams<M extends ScalerMethod>(method: M, params: ScalerParams[M]): Scaler<M> {
	const where = 'scalerFromParams';
	checkMethod(where, method);
	const fields: Record<ScalerMethod, string> = {
		standard: 'mean',
		minmax: 'min',
		maxabs: 'maxAbs',
		robust: 'center'
	};
	const record = params as unknown as Record<string, unknown>;
	const d = Array.isArray(record.scale) ? record.scale.length : 0;
	if (d === 0) throw new Error(`${where}: params.scale must be a non-empty array of numbers`);
	const scale = checkParamArray(where, 'scale', record.scale, d);
	scale.forEach((s, j) => {
		if (!(s > 0)) throw new Error(`${where}: params.scale[${j}] is ${s}; a scale must be > 0`);
	});
	const offset =
		method === 'maxabs'
			? new Array<number>(d).fill(0)
			: checkParamArray(where, fields[method], record[fields[method]], d);
	return makeScaler(method, params, toAffine(offset, scale));
}

export { normalizeRows } from './normalize';
