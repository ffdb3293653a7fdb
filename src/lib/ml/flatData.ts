/** Data matrices as one row-major Float64Array, shared by the k-means and silhouette loops. */
import { checkMatrix } from './stats';

/** X as one row-major Float64Array, after checking it (non-empty, finite, not ragged). */
export interface FlatData {
	data: Float64Array;
	n: number;
	d: number;
}

export function flatten(where: string, X: readonly (readonly number[])[]): FlatData {
	const d = checkMatrix(`${where}: X`, X);
	const n = X.length;
	const data = new Float64Array(n * d);
	for (let i = 0; i < n; i++) {
		const row = X[i];
		for (let j = 0; j < d; j++) data[i * d + j] = row[j];
	}
	return { data, n, d };
}

export function toRows(flat: Float64Array, rows: number, d: number): number[][] {
	const out: number[][] = new Array<number[]>(rows);
	for (let r = 0; r < rows; r++) out[r] = Array.from(flat.subarray(r * d, (r + 1) * d));
	return out;
}

/** Squared distance between row i of `data` and row c of `centroids` (both row-major with d columns). */
export function squaredDistance(
	data: Float64Array,
	i: number,
	centroids: Float64Array,
	c: number,
	d: number
): number {
	// two features (every plot of the k-means lab) without the loop: the hot loops run about twice as fast
	if (d === 2) {
		const dx = data[2 * i] - centroids[2 * c];
		const dy = data[2 * i + 1] - centroids[2 * c + 1];
		return dx * dx + dy * dy;
	}
	let sum = 0;
	const oi = i * d;
	const oc = c * d;
	for (let j = 0; j < d; j++) {
		const diff = data[oi + j] - centroids[oc + j];
		sum += diff * diff;
	}
	return sum;
}
