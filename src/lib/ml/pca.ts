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
 *
 * Sign convention: an eigenvector's sign is arbitrary, so each component is
 * flipped to make its entry of largest absolute value positive (the first
 * such entry on a tie). This is what scikit-learn >= 1.5 does
 * (`svd_flip(U, Vt, u_based_decision=False)`); older versions flipped by the
 * scores U instead, so signs may differ from theirs. Where two entries tie
 * in |value| up to rounding, e.g. [1, −1]/√2, the sign can flip with a
 * change in the last bits of the data.
 */
import { checkMatrix } from './stats';

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

// Jacobi sweeps; each roughly squares the off-diagonal size, so ~10 suffice.
const MAX_SWEEPS = 100;

/**
 * Eigen-decomposition of a symmetric d × d matrix (row-major) by cyclic
 * Jacobi rotations. Output: the eigenvalues (unsorted) and a row-major
 * matrix whose column i is the unit eigenvector of value i.
 */
function symmetricEigen(matrix: Float64Array, d: number): { values: Float64Array; vectors: Float64Array } {
	const a = matrix.slice();
	const v = new Float64Array(d * d);
	for (let i = 0; i < d; i++) v[i * d + i] = 1;
	let total = 0;
	for (let i = 0; i < d * d; i++) total += a[i] * a[i];
	// Stop when the off-diagonal part is below rounding of the whole matrix.
	const small = total * Number.EPSILON * Number.EPSILON;
	for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
		let off = 0;
		for (let p = 0; p < d; p++) for (let q = p + 1; q < d; q++) off += a[p * d + q] * a[p * d + q];
		if (off <= small) break;
		for (let p = 0; p < d - 1; p++) {
			for (let q = p + 1; q < d; q++) {
				const apq = a[p * d + q];
				if (apq === 0) continue;
				// The rotation angle φ zeroes a[p][q]: cot 2φ = θ, t = tan φ is the
				// smaller root of t² + 2θt − 1 = 0 (|φ| <= π/4, the stable choice).
				const theta = (a[q * d + q] - a[p * d + p]) / (2 * apq);
				const t =
					Math.abs(theta) > 1e150
						? 0.5 / theta
						: (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
				const c = 1 / Math.sqrt(t * t + 1);
				const s = t * c;
				// A ← Jᵀ A J with J the identity except J[p][p] = J[q][q] = c, J[p][q] = s, J[q][p] = −s.
				for (let r = 0; r < d; r++) {
					const arp = a[r * d + p];
					const arq = a[r * d + q];
					a[r * d + p] = c * arp - s * arq;
					a[r * d + q] = s * arp + c * arq;
				}
				for (let r = 0; r < d; r++) {
					const apr = a[p * d + r];
					const aqr = a[q * d + r];
					a[p * d + r] = c * apr - s * aqr;
					a[q * d + r] = s * apr + c * aqr;
				}
				a[p * d + q] = 0;
				a[q * d + p] = 0;
				for (let r = 0; r < d; r++) {
					const vrp = v[r * d + p];
					const vrq = v[r * d + q];
					v[r * d + p] = c * vrp - s * vrq;
					v[r * d + q] = s * vrp + c * vrq;
				}
			}
		}
	}
	const values = new Float64Array(d);
	for (let i = 0; i < d; i++) values[i] = a[i * d + i];
	return { values, vectors: v };
}

/** Makes the entry of largest |value| positive (the first on a tie), as svd_flip(u_based_decision=False). */
function flipSign(component: number[]): number[] {
	let largest = 0;
	for (let j = 1; j < component.length; j++) if (Math.abs(component[j]) > Math.abs(component[largest])) largest = j;
	return component[largest] < 0 ? component.map((x) => -x) : component;
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
	const d = checkMatrix('pca: X', X);
	const n = X.length;
	if (n < 2) throw new Error('pca: X has 1 row; at least 2 are needed for the n − 1 (sample) variance');
	const limit = Math.min(n, d);
	const kept = nComponents ?? limit;
	if (typeof kept !== 'number' || !Number.isInteger(kept) || kept < 1 || kept > limit) {
		const shown = typeof kept === 'number' && Number.isNaN(kept) ? 'NaN' : String(kept);
		throw new Error(`pca: nComponents is ${shown}; it must be an integer from 1 to min(samples, features) = ${limit}`);
	}

	const mean = new Array<number>(d).fill(0);
	for (const row of X) for (let j = 0; j < d; j++) mean[j] += row[j];
	for (let j = 0; j < d; j++) mean[j] /= n;
	const centred = new Float64Array(n * d);
	for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) centred[i * d + j] = X[i][j] - mean[j];
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
		const norm = Math.hypot(...column);
		return flipSign(column.map((x) => x / norm));
	});
	const explainedVariance = variances.slice(0, kept);

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
