/**
 * How much of the data a PCA's first k components keep: the rows projected onto them and
 * mapped back (scikit-learn's `inverse_transform(transform(X))` with k components), and the
 * error that leaves. A part of the `pca` module (re-exported there).
 */
import { checkMatrix } from './stats';

/**
 * The parts of a fitted PCA (`PcaResult` of ./pca) the error needs, written out here so this
 * file does not import the module that re-exports it (an import circle).
 */
export interface FittedComponents {
	/** Per-feature mean the components are centred on. */
	mean: readonly number[];
	/** Unit components (rows of d entries), by decreasing variance. */
	components: readonly (readonly number[])[];
	nComponents: number;
}

/** Output of {@link reconstructionError}. */
export interface ReconstructionError {
	/** Components used. */
	k: number;
	/** Mean over every cell of (x − x̂)², in the data's units² (NumPy's `np.mean((X - X_hat) ** 2)`). */
	meanSquared: number;
	/** Σ (x − x̂)² ÷ Σ (x − mean)²: the share of the data's spread the k components leave out, 0 to 1. */
	lostShare: number;
}

/**
 * The reconstruction error of X from the first `k` components of `fit`.
 * Inputs: `X`, rows × the features `fit` was fitted on (finite); `fit`, a fitted PCA (`pca`'s result);
 * `k`, an integer from 0 (the mean alone) to `fit.nComponents` (default all of them).
 * Output: {@link ReconstructionError}. On the data `fit` was fitted on, `lostShare` is
 * 1 − (the first k explained-variance ratios summed), up to rounding, when `fit` holds every
 * component. X is left unchanged.
 * Throws for bad X (naming the row and column), the wrong width, fewer than one row, a bad k,
 * or data with no spread around the fit's mean (lostShare would be 0/0).
 */
export function reconstructionError(
	X: readonly (readonly number[])[],
	fit: FittedComponents,
	k = fit.nComponents
): ReconstructionError {
	const d = checkMatrix('reconstructionError: X', X);
	if (d !== fit.mean.length)
		throw new Error(`reconstructionError: X has ${d} columns; the PCA was fitted on ${fit.mean.length}`);
	if (!Number.isInteger(k) || k < 0 || k > fit.nComponents)
		throw new Error(
			`reconstructionError: k is ${k}; it must be an integer from 0 to the ${fit.nComponents} components fitted`
		);
	const used = fit.components.slice(0, k);
	const centred = new Array<number>(d);
	let lost = 0;
	let total = 0;
	for (const row of X) {
		for (let j = 0; j < d; j++) {
			centred[j] = row[j] - fit.mean[j];
			total += centred[j] * centred[j];
		}
		// the residual is the centred row minus its projection onto the components used
		const residual = centred.slice();
		for (const component of used) {
			let score = 0;
			for (let j = 0; j < d; j++) score += centred[j] * component[j];
			for (let j = 0; j < d; j++) residual[j] -= score * component[j];
		}
		for (let j = 0; j < d; j++) lost += residual[j] * residual[j];
	}
	if (!(total > 0))
		throw new Error('reconstructionError: X does not vary around the mean; the lost share is 0/0');
	return { k, meanSquared: lost / (X.length * d), lostShare: lost / total };
}
