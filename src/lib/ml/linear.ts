/**
 * Penalised linear regression with scikit-learn's objectives and α convention, so a learner can
 * check any number against `Ridge`, `Lasso` and `ElasticNet`:
 * - ridge: ‖y − Xw − b‖² + α‖w‖² (closed form on centred data);
 * - lasso: (1/2n)‖y − Xw − b‖² + α‖w‖₁ (coordinate descent);
 * - elastic net: (1/2n)‖y − Xw − b‖² + α·l1Ratio‖w‖₁ + ½α(1 − l1Ratio)‖w‖².
 * The intercept b is never penalised: with `fitIntercept` the columns and y are centred, the
 * weights fitted, and b = ȳ − x̄·w, as sklearn does.
 */
import { enetDescent } from './coordinateDescent';
import { leastSquares, solveLinear } from './linalg';

export interface LinearFit {
	/** One weight per feature, in the units of y per unit of that feature. */
	coef: number[];
	intercept: number;
}

export interface DescentFit extends LinearFit {
	/** Coordinate-descent sweeps made (sklearn's `n_iter_`). */
	nIter: number;
}

export interface DescentOptions {
	fitIntercept?: boolean;
	maxIter?: number;
	/** sklearn's `tol`: the duality gap must fall under tol · ‖y − ȳ‖². */
	tol?: number;
	/** Weights to start from (a path's previous α); zeros by default. */
	start?: readonly number[];
}

/** One α of a path: the fit there. */
export interface PathPoint extends DescentFit {
	alpha: number;
}

/** The data centred (or not), column-major for the descent, with the means to restore the intercept. */
interface Prepared {
	columns: Float64Array[];
	y: Float64Array;
	xMean: number[];
	yMean: number;
}

/** Checks X and y (throws, saying what and where) and centres them when the intercept is fitted. */
function prepare(X: readonly (readonly number[])[], y: readonly number[], fitIntercept: boolean): Prepared {
	const n = X.length;
	if (n === 0) throw new Error('The data has no rows');
	const p = X[0].length;
	if (p === 0) throw new Error('The data has no features');
	if (y.length !== n) throw new Error(`X has ${n} rows but y has ${y.length} values`);
	X.forEach((row, i) => {
		if (row.length !== p) throw new Error(`Row ${i} has ${row.length} values, not ${p}`);
		row.forEach((v, j) => {
			if (!Number.isFinite(v)) throw new Error(`X[${i}][${j}] is not a finite number`);
		});
	});
	y.forEach((v, i) => {
		if (!Number.isFinite(v)) throw new Error(`y[${i}] is not a finite number`);
	});
	const xMean = Array.from({ length: p }, (_, j) =>
		fitIntercept ? X.reduce((sum, row) => sum + row[j], 0) / n : 0
	);
	const yMean = fitIntercept ? y.reduce((a, b) => a + b, 0) / n : 0;
	const columns = xMean.map((m, j) => Float64Array.from(X, (row) => row[j] - m));
	return { columns, y: Float64Array.from(y, (v) => v - yMean), xMean, yMean };
}

function checkAlpha(alpha: number, name = 'alpha'): void {
	if (!Number.isFinite(alpha) || alpha < 0) throw new Error(`${name} must be a number ≥ 0; got ${alpha}`);
}

const interceptOf = (d: Prepared, coef: readonly number[]) =>
	d.yMean - d.xMean.reduce((sum, m, j) => sum + m * coef[j], 0);

/** Ridge on prepared data: (XᵀX + αI)w = Xᵀy; α = 0 is ordinary least squares (by QR, for stability). */
function ridgeSolve(d: Prepared, alpha: number): number[] {
	const p = d.columns.length;
	if (alpha === 0) {
		const rows = Array.from(d.y, (_, i) => d.columns.map((col) => col[i]));
		return leastSquares(rows, Array.from(d.y));
	}
	const gram = d.columns.map((a, j) => d.columns.map((b, k) => dotOf(a, b) + (j === k ? alpha : 0)));
	return solveLinear(
		gram,
		d.columns.map((col) => dotOf(col, d.y))
	).slice(0, p);
}

function dotOf(a: Float64Array, b: Float64Array): number {
	let sum = 0;
	for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
	return sum;
}

/**
 * scikit-learn's `Ridge(alpha)`: minimises ‖y − Xw − b‖² + α‖w‖² (b not penalised).
 * X: samples × features; y: one target per sample; α ≥ 0. Throws on bad input, or when α = 0
 * and a column depends on the others (least squares has no single answer).
 */
export function ridge(
	X: readonly (readonly number[])[],
	y: readonly number[],
	alpha: number,
	{ fitIntercept = true }: { fitIntercept?: boolean } = {}
): LinearFit {
	checkAlpha(alpha);
	const d = prepare(X, y, fitIntercept);
	const coef = ridgeSolve(d, alpha);
	return { coef, intercept: interceptOf(d, coef) };
}

/**
 * scikit-learn's `ElasticNet(alpha, l1_ratio)`: minimises
 * (1/2n)‖y − Xw − b‖² + α·l1Ratio‖w‖₁ + ½α(1 − l1Ratio)‖w‖² by coordinate descent, stopping
 * by sklearn's duality-gap rule (`tol`) or after `maxIter` sweeps. l1Ratio in [0, 1].
 */
export function elasticNet(
	X: readonly (readonly number[])[],
	y: readonly number[],
	alpha: number,
	l1Ratio: number,
	{ fitIntercept = true, maxIter = 1000, tol = 1e-4, start }: DescentOptions = {}
): DescentFit {
	checkAlpha(alpha);
	if (!(l1Ratio >= 0 && l1Ratio <= 1)) throw new Error(`l1Ratio must lie in [0, 1]; got ${l1Ratio}`);
	const d = prepare(X, y, fitIntercept);
	return descend(d, alpha, l1Ratio, maxIter, tol, start);
}

function descend(
	d: Prepared,
	alpha: number,
	l1Ratio: number,
	maxIter: number,
	tol: number,
	start?: readonly number[]
): DescentFit {
	const n = d.y.length;
	if (start && start.length !== d.columns.length)
		throw new Error(`start has ${start.length} weights, not ${d.columns.length}`);
	const { coef, nIter } = enetDescent(
		d.columns,
		d.y,
		n * alpha * l1Ratio,
		n * alpha * (1 - l1Ratio),
		maxIter,
		tol,
		start
	);
	return { coef, intercept: interceptOf(d, coef), nIter };
}

/** scikit-learn's `Lasso(alpha)`: elastic net with l1Ratio = 1, minimising (1/2n)‖y − Xw − b‖² + α‖w‖₁. */
export function lasso(
	X: readonly (readonly number[])[],
	y: readonly number[],
	alpha: number,
	options: DescentOptions = {}
): DescentFit {
	return elasticNet(X, y, alpha, 1, options);
}

/**
 * The lasso (or, with `l1Ratio` < 1, the elastic net) at each α, as sklearn's `lasso_path` /
 * `enet_path`: each fit warm-starts from the previous α's weights, so give the α in
 * decreasing order for speed (any order gives the same weights to within `tol`).
 */
export function lassoPath(
	X: readonly (readonly number[])[],
	y: readonly number[],
	alphas: readonly number[],
	{
		l1Ratio = 1,
		fitIntercept = true,
		maxIter = 1000,
		tol = 1e-4
	}: { l1Ratio?: number } & Omit<DescentOptions, 'start'> = {}
): PathPoint[] {
	alphas.forEach((a) => checkAlpha(a, 'every alpha'));
	const d = prepare(X, y, fitIntercept);
	let start: number[] | undefined;
	return alphas.map((alpha) => {
		const fit = descend(d, alpha, l1Ratio, maxIter, tol, start);
		start = fit.coef;
		return { alpha, ...fit };
	});
}

/** The elastic net at each α: {@link lassoPath} with its mix. */
export const elasticNetPath = (
	X: readonly (readonly number[])[],
	y: readonly number[],
	alphas: readonly number[],
	l1Ratio: number,
	options: Omit<DescentOptions, 'start'> = {}
) => lassoPath(X, y, alphas, { ...options, l1Ratio });

/** Ridge at each α (closed form each time, so `nIter` is 0). */
export function ridgePath(
	X: readonly (readonly number[])[],
	y: readonly number[],
	alphas: readonly number[],
	{ fitIntercept = true }: { fitIntercept?: boolean } = {}
): PathPoint[] {
	alphas.forEach((a) => checkAlpha(a, 'every alpha'));
	const d = prepare(X, y, fitIntercept);
	return alphas.map((alpha) => {
		const coef = ridgeSolve(d, alpha);
		return { alpha, coef, intercept: interceptOf(d, coef), nIter: 0 };
	});
}

/** Predictions X·w + b for a fit. */
export function predictLinear(fit: LinearFit, X: readonly (readonly number[])[]): number[] {
	return X.map((row) => row.reduce((sum, v, j) => sum + v * fit.coef[j], fit.intercept));
}
