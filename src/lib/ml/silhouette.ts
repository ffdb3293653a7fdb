/**
 * Silhouettes, as scikit-learn's `silhouette_samples` and `silhouette_score` (Euclidean):
 * s = (b − a) / max(a, b), a sample alone in its cluster scoring 0. Exported through kmeans.ts.
 */
import { flatten, type FlatData } from './flatData';
import { show } from './show';

// silhouetteSamples keeps an n × (number of clusters) table of distance sums
// (each pair is measured once) up to this many entries (16 MB); beyond it, it
// measures each pair twice with one row of sums, in O(n + clusters) memory.
const PAIR_TABLE_LIMIT = 1 << 21;

/** Labels as dense codes 0..K−1 (in order of first appearance), after checking them. */
function encodeLabels(
	where: string,
	labels: readonly number[],
	n: number
): { codes: Int32Array; sizes: number[] } {
	if (!Array.isArray(labels) || labels.length !== n) {
		throw new Error(
			`${where}: labels must hold one label per row of X (${n}); got ${Array.isArray(labels) ? labels.length : show(labels)}`
		);
	}
	const index = new Map<number, number>();
	const codes = new Int32Array(n);
	const sizes: number[] = [];
	for (let i = 0; i < n; i++) {
		const v: unknown = labels[i];
		if (typeof v !== 'number' || !Number.isSafeInteger(v)) {
			throw new Error(`${where}: labels[${i}] is ${show(v)}; every label must be an integer`);
		}
		let code = index.get(v);
		if (code === undefined) {
			code = sizes.length;
			index.set(v, code);
			sizes.push(0);
		}
		codes[i] = code;
		sizes[code]++;
	}
	const clusters = sizes.length;
	if (clusters < 2 || clusters > n - 1) {
		const why =
			clusters < 2
				? 'with one cluster there is no other cluster to compare with'
				: 'with every sample in its own cluster no within-cluster distance exists';
		throw new Error(
			`${where}: the labels form ${clusters} cluster(s) among ${n} samples; the silhouette needs from 2 to n − 1 = ${n - 1} clusters (${why})`
		);
	}
	return { codes, sizes };
}

/**
 * For each sample and cluster, the sum of Euclidean distances from the sample
 * to the cluster's members, as a row-major n × K table.
 */
function distanceSumsTable(flat: FlatData, codes: Int32Array, K: number): Float64Array {
	const { data, n, d } = flat;
	const sums = new Float64Array(n * K);
	for (let i = 0; i < n; i++) {
		const oi = i * d;
		const rowI = i * K;
		const ci = codes[i];
		for (let j = i + 1; j < n; j++) {
			const oj = j * d;
			let s = 0;
			for (let f = 0; f < d; f++) {
				const diff = data[oi + f] - data[oj + f];
				s += diff * diff;
			}
			const dist = Math.sqrt(s);
			sums[rowI + codes[j]] += dist;
			sums[j * K + ci] += dist;
		}
	}
	return sums;
}

/** One sample's silhouette from its distance sums per cluster (`sums[offset + c]`). */
function silhouetteOf(sums: Float64Array, offset: number, own: number, sizes: readonly number[]): number {
	// scikit-learn sets a sample alone in its cluster to 0 (a(i) would be 0/0).
	if (sizes[own] === 1) return 0;
	const a = sums[offset + own] / (sizes[own] - 1);
	let b = Infinity;
	for (let c = 0; c < sizes.length; c++) {
		if (c === own) continue;
		const mean = sums[offset + c] / sizes[c];
		if (mean < b) b = mean;
	}
	const scale = Math.max(a, b);
	// a = b = 0 (duplicates shared by two clusters) is 0/0; scikit-learn's nan_to_num makes it 0.
	return scale === 0 ? 0 : (b - a) / scale;
}

/**
 * Silhouette coefficient of each sample, as scikit-learn's
 * `silhouette_samples(X, labels)` with the Euclidean metric:
 * s(i) = (b − a) / max(a, b), where a is the mean distance from i to the other
 * members of its cluster and b the smallest mean distance from i to the
 * members of another cluster. A sample alone in its cluster scores 0.
 * Inputs: `X`, rows × features; `labels`, one integer per row (any integers,
 * e.g. −1 counts as a cluster like any other).
 * Output: one value in [−1, 1] per sample.
 * Throws for bad X or labels, or when the labels form fewer than 2 or more
 * than n − 1 clusters (the message says why). Costs O(n² · features) time.
 */
export function silhouetteSamples(X: readonly (readonly number[])[], labels: readonly number[]): number[] {
	const flat = flatten('silhouetteSamples', X);
	const { codes, sizes } = encodeLabels('silhouetteSamples', labels, flat.n);
	return silhouetteValues(flat, codes, sizes);
}

function silhouetteValues(flat: FlatData, codes: Int32Array, sizes: readonly number[]): number[] {
	const { data, n, d } = flat;
	const K = sizes.length;
	const out = new Array<number>(n);
	if (n * K <= PAIR_TABLE_LIMIT) {
		const sums = distanceSumsTable(flat, codes, K);
		for (let i = 0; i < n; i++) out[i] = silhouetteOf(sums, i * K, codes[i], sizes);
		return out;
	}
	// Many clusters: one row of sums at a time, each pair measured from both ends.
	const row = new Float64Array(K);
	for (let i = 0; i < n; i++) {
		row.fill(0);
		const oi = i * d;
		for (let j = 0; j < n; j++) {
			if (j === i) continue;
			const oj = j * d;
			let s = 0;
			for (let f = 0; f < d; f++) {
				const diff = data[oi + f] - data[oj + f];
				s += diff * diff;
			}
			row[codes[j]] += Math.sqrt(s);
		}
		out[i] = silhouetteOf(row, 0, codes[i], sizes);
	}
	return out;
}

/**
 * Mean silhouette coefficient over all samples, as scikit-learn's
 * `silhouette_score(X, labels)` (Euclidean, no sampling).
 * Inputs, errors and cost as {@link silhouetteSamples}.
 * Output: a number in [−1, 1]; near 1, tight and well-separated clusters.
 */
export function silhouetteScore(X: readonly (readonly number[])[], labels: readonly number[]): number {
	const flat = flatten('silhouetteScore', X);
	const { codes, sizes } = encodeLabels('silhouetteScore', labels, flat.n);
	const values = silhouetteValues(flat, codes, sizes);
	let sum = 0;
	for (const v of values) sum += v;
	return sum / values.length;
}
