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
	if (a.length !== b.length) throw new Error(`nanEuclidean: the rows have ${a.length} and ${b.length} coordinates; they must match`);
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
	if (!Number.isInteger(k) || k < 1) throw new Error(`knnImpute: nNeighbors is ${show(k)}; it must be an integer of at least 1`);
	const columnMeans = Array.from({ length: width }, (_, j) => {
		const values = observedColumn(X, j);
		return values.length === 0 ? null : values.reduce((s, v) => s + v, 0) / values.length;
	});
	const dropped = columnMeans.flatMap((m, j) => (m === null ? [j] : []));
	const kept = columnMeans.flatMap((m, j) => (m === null ? [] : [j]));
	const donors = new Map<string, number[]>();
	const filled = X.map((row, i) => {
		const out = row.slice();
		const missing = kept.filter((j) => row[j] === null);
		if (missing.length === 0) return kept.map((j) => out[j] as number);
		// distances from this row to every other row, computed once for all its missing columns
		const distances = X.map((other, r) => (r === i ? null : nanEuclidean(row, other)));
		for (const j of missing) {
			const candidates: number[] = [];
			for (let r = 0; r < X.length; r++) if (X[r][j] !== null && distances[r] !== null) candidates.push(r);
			if (candidates.length === 0) {
				out[j] = columnMeans[j];
				continue;
			}
			candidates.sort((p, q) => (distances[p] as number) - (distances[q] as number) || p - q);
			const nearest = candidates.slice(0, k);
			out[j] = nearest.reduce((s, r) => s + (X[r][j] as number), 0) / nearest.length;
			donors.set(`${i},${j}`, nearest);
		}
		return kept.map((c) => out[c] as number);
	});
	return { X: filled, dropped, donors };
}
