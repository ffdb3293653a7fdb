/** The row normalizer, as scikit-learn's `Normalizer`: each sample scaled to unit norm. Exported through scaling.ts. */
import { ZERO_SCALE, type RowNorm } from './scaleConstants';
import { show } from './show';
import { checkMatrix } from './stats';

/** The norm of one row, computed in units of its largest |x| if the plain sum overflows. */
function rowNorm(row: readonly number[], norm: RowNorm): number {
	let value = 0;
	if (norm === 'max') {
		for (const v of row) value = Math.max(value, Math.abs(v));
		return value;
	}
	for (const v of row) value += norm === 'l1' ? Math.abs(v) : v * v;
	if (norm === 'l2') value = Math.sqrt(value);
	if (Number.isFinite(value)) return value;
	let largest = 0;
	for (const v of row) largest = Math.max(largest, Math.abs(v));
	let scaled = 0;
	for (const v of row) scaled += norm === 'l1' ? Math.abs(v / largest) : (v / largest) ** 2;
	return largest * (norm === 'l1' ? scaled : Math.sqrt(scaled));
}

/**
 * Scales each row (sample) to unit norm, as scikit-learn's `Normalizer` /
 * `normalize(X, norm)`: l1 = Σ|x|, l2 = √Σx², max = max|x| (of absolute
 * values). A row whose norm is below 10·ε (an all-zero row) is divided by 1,
 * so it stays as it is (scikit-learn's `_handle_zeros_in_scale`).
 * Inputs: `X`, rows × features, non-empty, finite, not ragged; `norm`, default 'l2'.
 * Output: new rows; X is left unchanged. Throws for bad X or an unknown norm.
 */
export function normalizeRows(X: readonly (readonly number[])[], norm: RowNorm = 'l2'): number[][] {
	if (norm !== 'l1' && norm !== 'l2' && norm !== 'max') {
		throw new Error(`normalizeRows: norm is ${show(norm)}; it must be 'l1', 'l2' or 'max'`);
	}
	checkMatrix('normalizeRows: X', X);
	return X.map((row, i) => {
		const size = rowNorm(row, norm);
		if (!Number.isFinite(size)) throw new Error(`normalizeRows: the ${norm} norm of X[${i}] overflows`);
		const divisor = size < ZERO_SCALE ? 1 : size;
		return row.map((v) => v / divisor);
	});
}
