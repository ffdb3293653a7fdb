/**
 * Choosing features by how strongly they correlate with a label: the filter step that,
 * run on all the rows before a split, leaks the test labels into the model.
 *
 * For two classes this ranks features exactly as scikit-learn's
 * `SelectKBest(f_classif, k=m)`: with labels 0/1, f_classif's F statistic is
 * (n − 2) · r² / (1 − r²), which grows with |r|, the Pearson correlation of the
 * feature with the label (the point-biserial correlation).
 */
import { checkFiniteArray } from './curves';
import { checkInteger } from './indices';
import { checkMatrix } from './stats';

/**
 * |r| between each feature (column) of X and the label, over the rows listed.
 *
 * Inputs: `X`, rows × features, finite, not ragged; `y`, one finite label per
 * row; `rows`, the row indices to use (default: every row).
 * Output: one |r| in [0, 1] per feature, or null where the feature or the
 * label is constant over those rows (r is 0/0 there).
 * Throws for bad X or y, mismatched lengths, or a row index out of range.
 */
export function labelCorrelations(
	X: readonly (readonly number[])[],
	y: readonly number[],
	rows: readonly number[] = X.map((_, i) => i)
): (number | null)[] {
	const where = 'labelCorrelations';
	const d = checkMatrix(`${where}: X`, X);
	checkFiniteArray(`${where}: y`, y);
	if (y.length !== X.length) throw new Error(`${where}: X has ${X.length} rows but y has ${y.length} labels`);
	for (const i of rows) {
		if (!Number.isInteger(i) || i < 0 || i >= X.length) {
			throw new Error(`${where}: row index ${String(i)} is outside 0–${X.length - 1}`);
		}
	}
	if (rows.length === 0) return new Array<number | null>(d).fill(null);
	// Centre on the means first (two passes): one-pass sums of squares lose digits to cancellation.
	const meanX = new Float64Array(d);
	let meanY = 0;
	for (const i of rows) {
		const row = X[i];
		for (let j = 0; j < d; j++) meanX[j] += row[j];
		meanY += y[i];
	}
	for (let j = 0; j < d; j++) meanX[j] /= rows.length;
	meanY /= rows.length;
	const sxy = new Float64Array(d);
	const sxx = new Float64Array(d);
	let syy = 0;
	for (const i of rows) {
		const row = X[i];
		const dy = y[i] - meanY;
		syy += dy * dy;
		for (let j = 0; j < d; j++) {
			const dx = row[j] - meanX[j];
			sxy[j] += dx * dy;
			sxx[j] += dx * dx;
		}
	}
	return Array.from(meanX, (_, j) =>
		sxx[j] === 0 || syy === 0 ? null : Math.min(1, Math.abs(sxy[j]) / Math.sqrt(sxx[j] * syy))
	);
}

/**
 * The `m` features most correlated with the label over the rows listed, as
 * `SelectKBest(f_classif, k=m)` would keep them for two classes.
 *
 * Inputs: as {@link labelCorrelations}, and `m`, an integer from 1 to the
 * number of features.
 * Output: m feature indices, strongest first; equal |r| go to the lower index,
 * and constant features (r undefined) come after every other.
 * Throws as labelCorrelations, or for a bad m.
 */
export function topFeaturesByCorrelation(
	X: readonly (readonly number[])[],
	y: readonly number[],
	m: number,
	rows?: readonly number[]
): number[] {
	const r = labelCorrelations(X, y, rows);
	checkInteger('topFeaturesByCorrelation', 'm', m, 1);
	if (m > r.length)
		throw new Error(`topFeaturesByCorrelation: m is ${m} but there are only ${r.length} features`);
	const strength = r.map((v) => v ?? -1);
	return r
		.map((_, j) => j)
		.sort((a, b) => strength[b] - strength[a] || a - b)
		.slice(0, m);
}
