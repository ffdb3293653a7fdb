/**
 * k-nearest-neighbour imputation, as scikit-learn's `KNNImputer` (uniform weights,
 * `metric='nan_euclidean'`), fitted and applied to the same rows.
 */
import { checkGappyMatrix, observedColumn, type MatrixWithGaps } from './impute';
import { show } from './show';

/**
 * Euclidean distance that skips missing coordinates and scales up for them, as scikit-learn's
 * `nan_euclidean_distances`: √(n / present · Σ over coordinates present in both (a_j − b_j)²),
 * n the number of coordinates. Null when the two rows share no present coordinate (NumPy: NaN).
 */
export function nanEuclidean(a: readonly (number | null)[], b: readonly (number | null)[]): number | null {
	if (a.length !== b.length)
		throw new Error(`nanEuclidean: the rows have ${a.length} and ${b.length} coordinates; they must match`);
	let present = 0;
	let squares = 0;
	for (let j = 0; j < a.length; j++) {
		const [p, q] = [a[j], b[j]];
		if (p === null || q === null) continue;
		present++;
		squares += (p - q) ** 2;
	}
	return present === 0 ? null : Math.sqrt((a.length / present) * squares);
}

/** Options of {@link knnImpute}. */
export interface KnnImputeOptions {
	/** Neighbours averaged per missing cell (scikit-learn's default 5); fewer when fewer rows have the value. */
	nNeighbors?: number;
}

/** Output of {@link knnImpute}. */
export interface KnnImputed {
	/** The filled data, rows × kept columns (a column with no observed value is dropped, as scikit-learn). */
	X: number[][];
	/** Input columns dropped because every value was missing. */
	dropped: number[];
	/** For each filled cell, the rows whose values were averaged; keyed "row,column" of the input. */
	donors: Map<string, number[]>;
}

/**
 * Fills each missing cell with the mean of that column over the `nNeighbors` nearest rows that
 * have it, as scikit-learn's `KNNImputer(n_neighbors, weights='uniform')`: distances are
 * {@link nanEuclidean} over all columns; donors are the rows with the column present and a
 * defined distance; a row with no defined distance to any donor gets the column's mean, as
 * scikit-learn does. Nearer first; equal distances go to the earlier row (NumPy's partition
 * leaves that order unspecified, so a tie at the k-th place may pick a different donor there).
 * Output: {@link KnnImputed}. Throws for a bad X or nNeighbors not an integer ≥ 1.
 */
export function knnImpute(X: MatrixWithGaps, options: KnnImputeOptions = {}): KnnImputed {
	const width = checkGappyMatrix('knnImpute', X);
	const k = options.nNeighbors ?? 5;
	if (!Number.isInteger(k) || k < 1)
		throw new Error(`knnImpute: nNeighbors is ${show(k)}; it must be an integer of at least 1`);
	const columnMeans = Array.from({ length: width }, (_, j) => {
		const values = observedColumn(X, j);
		return values.length === 0 ? null : values.reduce((s, v) => s + v, 0) / values.length;
	});
	const dropped = columnMeans.flatMap((m, j) => (m === null ? [j] : []));
	const kept = columnMeans.flatMap((m, j) => (m === null ? [] : [j]));
	const donors = new Map<string, number[]>();
	// the cells as one typed array, NaN where missing: the distance loop runs rows² times
	const cells = Float64Array.from(X.flatMap((row) => row.map((v) => v ?? NaN)));
	const distances = new Float64Array(X.length);
	const filled = X.map((row, i) => {
		const out = row.slice();
		const missing = kept.filter((j) => row[j] === null);
		if (missing.length === 0) return kept.map((j) => out[j] as number);
		// distances from this row to every other row, computed once for all its missing columns
		distancesFrom(cells, width, i, distances);
		for (const j of missing) {
			const nearest = nearestDonors(cells, width, j, distances, k);
			if (nearest.length === 0) {
				out[j] = columnMeans[j];
				continue;
			}
			out[j] = nearest.reduce((s, r) => s + (X[r][j] as number), 0) / nearest.length;
			donors.set(`${i},${j}`, nearest);
		}
		return kept.map((c) => out[c] as number);
	});
	return { X: filled, dropped, donors };
}

/** {@link nanEuclidean} from row i to every row of `cells` (rows × width, NaN = missing) into `out`; NaN where undefined and for row i itself. */
function distancesFrom(cells: Float64Array, width: number, i: number, out: Float64Array) {
	const start = i * width;
	for (let r = 0; r < out.length; r++) {
		let present = 0;
		let squares = 0;
		for (let j = 0, at = r * width; j < width; j++, at++) {
			const diff = cells[start + j] - cells[at];
			// NaN − anything is NaN: the coordinate is missing on one side
			if (diff === diff) {
				present++;
				squares += diff * diff;
			}
		}
		out[r] = r === i || present === 0 ? NaN : Math.sqrt((width / present) * squares);
	}
}

/**
 * The k rows nearest by `distances` among those with column j present and a defined (non-NaN)
 * distance, nearest first; an equal distance keeps the earlier row. One pass with a small
 * sorted buffer: O(rows · k), not a sort of every candidate.
 */
function nearestDonors(
	cells: Float64Array,
	width: number,
	j: number,
	distances: Float64Array,
	k: number
): number[] {
	const best: number[] = [];
	for (let r = 0; r < distances.length; r++) {
		const d = distances[r];
		if (Number.isNaN(d) || Number.isNaN(cells[r * width + j])) continue;
		if (best.length === k && d >= distances[best[k - 1]]) continue;
		let at = best.length === k ? k - 1 : best.length;
		// strictly greater moves aside, so an earlier row at the same distance stays ahead
		while (at > 0 && distances[best[at - 1]] > d) {
			best[at] = best[at - 1];
			at--;
		}
		best[at] = r;
	}
	return best;
}
