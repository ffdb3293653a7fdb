/**
 * Binary logistic regression, fitted by Newton's method (iteratively reweighted least
 * squares) with an L2 penalty, as scikit-learn's `LogisticRegression(C=...)`: it minimises
 * ½‖w‖² + C · Σ sᵢ · log-lossᵢ (sᵢ the sample weights, 1 by default), the intercept not penalised. Newton's method reaches the same
 * optimum as scikit-learn's solvers, in a handful of steps and with no randomness.
 */
import { checkFiniteArray } from './curves';
import { largestMagnitude } from './extremes';
import { solveLinear } from './linalg';

export interface LogisticOptions {
	/** Inverse regularisation strength (scikit-learn's C, default 1); Infinity for none. */
	C?: number;
	maxIter?: number;
	/** Stop when every gradient component is below this. */
	tol?: number;
	/**
	 * Weight of each row's log-loss (scikit-learn's `sample_weight`): a row of weight 2 counts as
	 * two copies of it, and class weights are a weight per row of that class. Default: all 1.
	 */
	sampleWeight?: readonly number[];
}

export interface LogisticModel {
	intercept: number;
	/** One weight per feature. */
	coefficients: number[];
	/** Newton steps taken. */
	iterations: number;
	/** False when the steps ran out first (e.g. perfectly separable data with no penalty). */
	converged: boolean;
	/** P(y = 1 | x) for each row. */
	predictProba(X: readonly (readonly number[])[]): number[];
}

/** log(1 + e^z) without overflow for large |z|. */
function softplus(z: number): number {
	return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}

function sigmoid(z: number): number {
	return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

function checkData(X: readonly (readonly number[])[], y: readonly number[]): number {
	if (X.length === 0) throw new Error('X is empty; at least one row is needed');
	if (X.length !== y.length) throw new Error(`X and y differ in length (${X.length} vs ${y.length})`);
	const d = X[0].length;
	X.forEach((row, i) => {
		if (row.length !== d) throw new Error(`X[${i}] has ${row.length} features; X[0] has ${d}`);
		checkFiniteArray(`X[${i}]`, row as number[]);
	});
	y.forEach((v, i) => {
		if (v !== 0 && v !== 1) throw new Error(`y[${i}] is ${v}; labels must be 0 or 1`);
	});
	return d;
}

/** The weight of each row: all 1 when none are given; throws for a wrong length or a negative or non-finite weight. */
function checkWeights(sampleWeight: readonly number[] | undefined, n: number): readonly number[] {
	if (sampleWeight === undefined) return new Array<number>(n).fill(1);
	if (sampleWeight.length !== n)
		throw new Error(`sampleWeight has ${sampleWeight.length} weights for ${n} rows`);
	sampleWeight.forEach((w, i) => {
		if (!Number.isFinite(w) || w < 0)
			throw new Error(`sampleWeight[${i}] is ${w}; weights must be finite and ≥ 0`);
	});
	return sampleWeight;
}

export function fitLogistic(
	X: readonly (readonly number[])[],
	y: readonly number[],
	{ C = 1, maxIter = 100, tol = 1e-8, sampleWeight }: LogisticOptions = {}
): LogisticModel {
	const d = checkData(X, y);
	const rowWeight = checkWeights(sampleWeight, X.length);
	if (!(C > 0)) throw new Error(`C is ${C}; it must be > 0 (Infinity for no penalty)`);
	const penalty = 1 / C; // ½‖w‖²/C + Σ loss has the same optimum as scikit-learn's form
	const p = d + 1; // parameter 0 is the intercept
	let beta = new Array<number>(p).fill(0);

	const linear = (b: number[], row: readonly number[]) => {
		let z = b[0];
		for (let j = 0; j < d; j++) z += b[j + 1] * row[j];
		return z;
	};
	const objective = (b: number[]) => {
		let sum = 0;
		for (let i = 0; i < X.length; i++) {
			const z = linear(b, X[i]);
			sum += rowWeight[i] * (softplus(z) - y[i] * z);
		}
		for (let j = 1; j < p; j++) sum += 0.5 * penalty * b[j] * b[j];
		return sum;
	};

	let iterations = 0;
	let converged = false;
	let current = objective(beta);
	while (iterations < maxIter) {
		const gradient = new Array<number>(p).fill(0);
		const hessian = Array.from({ length: p }, () => new Array<number>(p).fill(0));
		for (let i = 0; i < X.length; i++) {
			const row = X[i];
			const prob = sigmoid(linear(beta, row));
			const weight = rowWeight[i] * prob * (1 - prob);
			const residual = rowWeight[i] * (prob - y[i]);
			for (let a = 0; a < p; a++) {
				const xa = a === 0 ? 1 : row[a - 1];
				gradient[a] += residual * xa;
				for (let b = a; b < p; b++) hessian[a][b] += weight * xa * (b === 0 ? 1 : row[b - 1]);
			}
		}
		for (let a = 0; a < p; a++) for (let b = 0; b < a; b++) hessian[a][b] = hessian[b][a];
		for (let j = 1; j < p; j++) {
			gradient[j] += penalty * beta[j];
			hessian[j][j] += penalty;
		}
		if (largestMagnitude([gradient]) < tol) {
			converged = true;
			break;
		}
		// a tiny ridge keeps the step defined when the data leave a direction flat (no penalty)
		for (let a = 0; a < p; a++) hessian[a][a] += 1e-10;
		const step = solveLinear(hessian, gradient);
		// halve the step until the objective falls: plain Newton can overshoot far from the optimum
		let size = 1;
		let next = beta.map((b, j) => b - step[j]);
		let value = objective(next);
		while (value > current && size > 1e-10) {
			size /= 2;
			next = beta.map((b, j) => b - size * step[j]);
			value = objective(next);
		}
		iterations++;
		if (value > current) break; // no descent left: the optimum, to within rounding
		beta = next;
		current = value;
	}

	const fitted = beta;
	return {
		intercept: fitted[0],
		coefficients: fitted.slice(1),
		iterations,
		converged,
		predictProba: (rows) => rows.map((row) => sigmoid(linear(fitted, row)))
	};
}
