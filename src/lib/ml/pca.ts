/**
 * Principal component analysis, agreeing with scikit-learn's `PCA` (its
 * 'covariance_eigh' solver, which the 'full' SVD solver matches to rounding):
 * centre the data, form the sample covariance matrix (divisor n − 1), and
 * take its eigenvectors, sorted by decreasing eigenvalue, as the components.
 * The eigenvalues are `explained_variance_`; each divided by their sum (the
 * total variance) is `explained_variance_ratio_`.
 *
 * The symmetric eigen-decomposition is cyclic Jacobi (Golub & Van Loan,
 * "Matrix Computations", §8.5): rotations that zero one off-diagonal entry at
 * a time, until what is left off the diagonal is below rounding. It is
 * accurate to a few ulps of the largest eigenvalue and simple, and its
 * O(d³) per sweep is nothing for the d <= ~50 features a widget has (a 50 × 50
 * matrix takes about a millisecond); forming the covariance costs O(n · d²).
 * For a wide upload (1,000 columns) that is a minute of frozen page: {@link pcaTop}
 * finds only the first few components, by subspace iteration, and scales.
 *
 * Sign convention: an eigenvector's sign is arbitrary, so each component is
 * flipped to make its entry of largest absolute value positive (the first
 * such entry on a tie). This is what scikit-learn >= 1.5 does
 * (`svd_flip(U, Vt, u_based_decision=False)`); older versions flipped by the
 * scores U instead, so signs may differ from theirs. Where two entries tie
 * in |value| up to rounding, e.g. [1, −1]/√2, the sign can flip with a
 * change in the last bits of the data.
 */
import { flipSign, leadingEigen, symmetricEigen, unitOrthogonalTo } from './eigen';
import { checkMatrix } from './stats';

export { reconstructionError, type ReconstructionError, type FittedComponents } from './pcaReconstruction';

/** Output of {@link pca}. */
export interface PcaResult {
	/** Per-feature mean of the training data (scikit-learn's `mean_`), in each feature's units. */
	mean: number[];
	/** nComponents unit vectors (rows) of d entries, by decreasing explained variance (`components_`). */
	components: number[][];
	/** Variance of the data along each component (eigenvalue of the n − 1 covariance), in units² (`explained_variance_`). */
	explainedVariance: number[];
	/** Each explained variance as a fraction of the total variance (`explained_variance_ratio_`); all of them sum to 1. */
	explainedVarianceRatio: number[];
	/** Number of components kept. */
	nComponents: number;
	/**
	 * Projects rows onto the components: (x − mean) · componentᵀ, as
	 * scikit-learn's `transform` (no whitening). Throws for bad rows or a
	 * feature count other than the training data's.
	 */
	transform(X: readonly (readonly number[])[]): number[][];
	/**
	 * Maps component scores back to feature space: mean + Σ score_c · component_c,
	 * as scikit-learn's `inverse_transform`; with fewer components than features
	 * this is the best reconstruction from them. Throws for bad rows or a width
	 * other than nComponents.
	 */
	inverseTransform(Z: readonly (readonly number[])[]): number[][];
}

function checkRows(where: string, X: readonly (readonly number[])[], width: number, expected: string): void {
	const w = checkMatrix(where, X);
	if (w !== width) throw new Error(`${where} has ${w} columns; ${expected}`);
}

/**
 * Principal component analysis.
 * Inputs: `X`, rows × features (at least 2 rows, finite, not ragged);
 * `nComponents`, an integer from 1 to min(n, d) (default min(n, d), as scikit-learn).
 * Output: {@link PcaResult}; X is left unchanged.
 * Throws for bad X (naming the row and column), fewer than 2 rows (the n − 1
 * variance needs two), a bad nComponents, or data with no variance at all
 * (every feature constant: the ratios would be 0/0).
 */
export function pca(X: readonly (readonly number[])[], nComponents?: number): PcaResult {
	const { n, d, kept } = checkInput('pca', X, nComponents);
	const { mean, centred } = centre(X, n, d);
	const covariance = new Float64Array(d * d);
	for (let i = 0; i < n; i++) {
		const o = i * d;
		for (let j = 0; j < d; j++) {
			const xj = centred[o + j];
			if (xj === 0) continue;
			for (let l = j; l < d; l++) covariance[j * d + l] += xj * centred[o + l];
		}
	}
	for (let j = 0; j < d; j++) {
		for (let l = j; l < d; l++) {
			const value = covariance[j * d + l] / (n - 1);
			if (!Number.isFinite(value)) throw new Error('pca: values are too large; the covariance overflows');
			covariance[j * d + l] = value;
			covariance[l * d + j] = value;
		}
	}

	const { values, vectors } = symmetricEigen(covariance, d);
	// Rounding can leave a zero eigenvalue slightly negative; a variance is >= 0 (scikit-learn clips too).
	const order = Array.from({ length: d }, (_, i) => i).sort((i, j) => values[j] - values[i] || i - j);
	const variances = order.map((i) => Math.max(0, values[i]));
	const total = variances.reduce((sum, v) => sum + v, 0);
	if (!(total > 0)) throw new Error('pca: every feature of X is constant; there is no variance to explain');

	const components = order.slice(0, kept).map((i) => {
		const column = Array.from({ length: d }, (_, r) => vectors[r * d + i]);
		// entries of an eigenvector are at most 1 in size: their squares cannot overflow
		let norm = 0;
		for (const x of column) norm += x * x;
		norm = Math.sqrt(norm);
		return flipSign(column.map((x) => x / norm));
	});
	return fitted(mean, components, variances.slice(0, kept), total);
}

/** Checks X and nComponents for {@link pca} and {@link pcaTop}: the sizes, and the number of components kept. */
function checkInput(
	where: string,
	X: readonly (readonly number[])[],
	nComponents: number | undefined
): { n: number; d: number; kept: number } {
	const d = checkMatrix(`${where}: X`, X);
	const n = X.length;
	if (n < 2) throw new Error(`${where}: X has 1 row; at least 2 are needed for the n − 1 (sample) variance`);
	const limit = Math.min(n, d);
	const kept = nComponents ?? limit;
	if (typeof kept !== 'number' || !Number.isInteger(kept) || kept < 1 || kept > limit) {
		const shown = typeof kept === 'number' && Number.isNaN(kept) ? 'NaN' : String(kept);
		throw new Error(
			`${where}: nComponents is ${shown}; it must be an integer from 1 to min(samples, features) = ${limit}`
		);
	}
	return { n, d, kept };
}

/** Each feature's mean, and the data minus it, row-major (n × d). */
function centre(
	X: readonly (readonly number[])[],
	n: number,
	d: number
): { mean: number[]; centred: Float64Array } {
	const mean = new Array<number>(d).fill(0);
	for (const row of X) for (let j = 0; j < d; j++) mean[j] += row[j];
	for (let j = 0; j < d; j++) mean[j] /= n;
	const centred = new Float64Array(n * d);
	for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) centred[i * d + j] = X[i][j] - mean[j];
	return { mean, centred };
}

/** The result object for found components: ratios of the total variance, and the projections both ways. */
function fitted(
	mean: number[],
	components: number[][],
	explainedVariance: number[],
	total: number
): PcaResult {
	const d = mean.length;
	const kept = components.length;
	return {
		mean,
		components,
		explainedVariance,
		explainedVarianceRatio: explainedVariance.map((v) => v / total),
		nComponents: kept,
		transform(rows) {
			checkRows('pca.transform: X', rows, d, `the training data had ${d} features`);
			return rows.map((row) =>
				components.map((component) => {
					let score = 0;
					for (let j = 0; j < d; j++) score += (row[j] - mean[j]) * component[j];
					return score;
				})
			);
		},
		inverseTransform(scores) {
			checkRows('pca.inverseTransform: Z', scores, kept, `it needs one score per component (${kept})`);
			return scores.map((z) => {
				const row = mean.slice();
				components.forEach((component, c) => {
					for (let j = 0; j < d; j++) row[j] += z[c] * component[j];
				});
				return row;
			});
		}
	};
}

/** Output of {@link pcaTop}: a {@link PcaResult}, and how it was found. */
export interface PcaTopResult extends PcaResult {
	/**
	 * 'jacobi': few features, so {@link pca} itself (exact); 'gram': more features than rows,
	 * so subspace iteration on the n × n Gram matrix; 'covariance': subspace iteration on the
	 * d × d covariance.
	 */
	method: 'jacobi' | 'gram' | 'covariance';
	/** Whether the iteration met its tolerance (always true for 'jacobi'). */
	converged: boolean;
	/** Products of the matrix with a vector the iteration took (0 for 'jacobi'): its cost, each 2 · n · d multiply-adds. */
	products: number;
}

/** Up to this many features {@link pcaTop} hands over to {@link pca}: Jacobi on a 50 × 50 covariance takes about a millisecond, and is exact. */
export const PCA_EXACT_FEATURES = 50;

/**
 * The first `nComponents` principal components (default 2), agreeing with {@link pca} to
 * about 1e-9 of the largest eigenvalue, at a cost that scales. The leading eigenvectors of
 * the Gram matrix C Cᵀ (C the centred data, n × n) when there are more features than rows,
 * of the covariance Cᵀ C (d × d) otherwise, come from block Krylov
 * iteration ({@link leadingEigen}), which needs only products of the matrix with vectors:
 * each is two passes over C (2 · n · d multiply-adds), and neither matrix is formed. A Gram
 * eigenvector u with eigenvalue λ gives the component Cᵀ u / √λ, the one the covariance has.
 * The limit that holds: 50 rows × 1,000 columns take at most 49 products (the Gram matrix
 * has 49 directions), tens of milliseconds; the hardest table the k-means page clusters,
 * 2,000 × 1,000 of pure noise (leading eigenvalues 2% apart), about 320 products of 4
 * million multiply-adds: several seconds on a busy 2-core machine (15–20 ms a product);
 * a table with structure (clusters, correlated columns) converges in far fewer.
 * Inputs and throws as {@link pca}; X is left unchanged.
 */
export function pcaTop(X: readonly (readonly number[])[], nComponents = 2): PcaTopResult {
	const { n, d, kept } = checkInput('pcaTop', X, nComponents);
	if (d <= PCA_EXACT_FEATURES) return { ...pca(X, kept), method: 'jacobi', converged: true, products: 0 };
	const { mean, centred } = centre(X, n, d);
	let sumOfSquares = 0;
	for (let i = 0; i < centred.length; i++) sumOfSquares += centred[i] * centred[i];
	const total = sumOfSquares / (n - 1);
	if (!Number.isFinite(total)) throw new Error('pcaTop: values are too large; the variance overflows');
	if (!(total > 0))
		throw new Error('pcaTop: every feature of X is constant; there is no variance to explain');

	const gram = d > n;
	const m = gram ? n : d;
	const found = leadingEigen(gramOrCovarianceProduct(centred, n, d, gram), m, kept);
	const components: number[][] = [];
	for (const u of found.vectors) {
		const direction = gram ? featureDirection(centred, u, n, d) : Array.from(u);
		// a Gram eigenvector of eigenvalue 0 (rank below nComponents) maps to nothing: any unit direction orthogonal to the others will do, as any is for pca
		components.push(flipSign(direction ?? unitOrthogonalTo(components, d)));
	}
	const explainedVariance = found.values.map((value) => value / (n - 1));
	return {
		...fitted(mean, components, explainedVariance, total),
		method: gram ? 'gram' : 'covariance',
		converged: found.converged,
		products: found.products
	};
}

/** out = C v: each row of the centred data C (n × d row-major) dotted with v. */
function rowsTimes(centred: Float64Array, n: number, d: number, v: Float64Array, out: Float64Array): void {
	for (let i = 0; i < n; i++) {
		const o = i * d;
		let sum = 0;
		for (let j = 0; j < d; j++) sum += centred[o + j] * v[j];
		out[i] = sum;
	}
}

/** out = Cᵀ w, added up row by row so that C is read in its stored order; rows with w = 0 are skipped. */
function transposeTimes(
	centred: Float64Array,
	n: number,
	d: number,
	w: Float64Array,
	out: Float64Array
): void {
	out.fill(0);
	for (let i = 0; i < n; i++) {
		const wi = w[i];
		if (wi === 0) continue;
		const o = i * d;
		for (let j = 0; j < d; j++) out[j] += wi * centred[o + j];
	}
}

/**
 * For centred data C (n × d row-major): v ↦ C Cᵀ v, the Gram matrix times v, when `gram`; else
 * v ↦ Cᵀ C v, the covariance (times n − 1) times v. Either takes two passes over C
 * (2 · n · d multiply-adds) without forming the n × n or d × d matrix.
 */
function gramOrCovarianceProduct(centred: Float64Array, n: number, d: number, gram: boolean) {
	const inner = new Float64Array(gram ? d : n);
	const [first, second] = gram ? [transposeTimes, rowsTimes] : [rowsTimes, transposeTimes];
	const what = gram ? 'the Gram matrix' : 'the covariance';
	return (v: Float64Array, out: Float64Array) => {
		first(centred, n, d, v, inner);
		second(centred, n, d, inner, out);
		checkFinite(out, what);
	};
}

function checkFinite(values: Float64Array, what: string): void {
	for (let i = 0; i < values.length; i++) {
		if (!Number.isFinite(values[i])) throw new Error(`pcaTop: values are too large; ${what} overflows`);
	}
}

/** Cᵀ u as a unit vector: the feature direction of Gram eigenvector u; null when it is (numerically) zero. */
function featureDirection(centred: Float64Array, u: Float64Array, n: number, d: number): number[] | null {
	const w = new Array<number>(d).fill(0);
	for (let i = 0; i < n; i++) {
		const ui = u[i];
		if (ui === 0) continue;
		for (let j = 0; j < d; j++) w[j] += ui * centred[i * d + j];
	}
	let norm = 0;
	let size = 0;
	for (let j = 0; j < d; j++) {
		norm += w[j] * w[j];
		size = Math.max(size, Math.abs(w[j]));
	}
	norm = Math.sqrt(norm);
	if (!(norm > 0) || size === 0) return null;
	return w.map((x) => x / norm);
}
