/**
 * The inner loops of k-means (see kmeans.ts for what they match in scikit-learn):
 * Lloyd's assign and update steps over flat typed arrays, and the stopping rules of
 * one run. The starts are in seeding.ts.
 */
import { squaredDistance, toRows, type FlatData } from './flatData';
import { BoundedAssigner } from './hamerly';
import type { KMeansStep } from './kmeansTypes';
import type { Nearest } from './seeding';

export { squaredDistance };

/**
 * The assignment (E) step: each sample to its nearest centroid, ties to the
 * lower index (scikit-learn's loop keeps the first minimum).
 * Writes `labels` and each sample's squared distance to its centroid into
 * `distances`; returns the inertia (their sum).
 */
export function assignInto(
	flat: FlatData,
	centroids: Float64Array,
	k: number,
	labels: Int32Array,
	distances: Float64Array
): number {
	const { data, n, d } = flat;
	let inertia = 0;
	for (let i = 0; i < n; i++) {
		let best = 0;
		let bestDistance = squaredDistance(data, i, centroids, 0, d);
		for (let c = 1; c < k; c++) {
			const dist = squaredDistance(data, i, centroids, c, d);
			if (dist < bestDistance) {
				bestDistance = dist;
				best = c;
			}
		}
		labels[i] = best;
		distances[i] = bestDistance;
		inertia += bestDistance;
	}
	return inertia;
}

/**
 * The update (M) step: each centroid to the mean of its samples, written into
 * `next`, from each cluster's sum and size as the assignment step left them.
 * An empty cluster is relocated as scikit-learn's
 * `_relocate_empty_clusters_dense`: the samples farthest from their own
 * (current) centroid are taken in decreasing distance, one per empty cluster;
 * the sample becomes that cluster's only member and leaves its old one. The
 * labels are not rewritten; the next assignment step does that. One guard
 * scikit-learn lacks: a sample is not taken from a cluster it alone holds,
 * which could only happen with duplicate points, and would empty that cluster.
 * Returns the squared centroid shift summed over all centroids.
 */
function updateInto(
	flat: FlatData,
	assigner: BoundedAssigner,
	current: Float64Array,
	k: number,
	next: Float64Array
): number {
	const { data, n, d } = flat;
	const { labels, sums, counts } = assigner;
	let empty = 0;
	for (let c = 0; c < k; c++) if (counts[c] === 0) empty++;
	if (empty > 0) {
		const distances = new Float64Array(n);
		assigner.distances(current, distances);
		const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => distances[b] - distances[a] || a - b);
		let nextCandidate = 0;
		for (let c = 0; c < k; c++) {
			if (counts[c] !== 0) continue;
			// Some cluster holds two or more samples while one is empty (n >= k), so this ends.
			while (counts[labels[order[nextCandidate]]] < 2) nextCandidate++;
			const i = order[nextCandidate++];
			const old = labels[i];
			for (let j = 0; j < d; j++) {
				sums[old * d + j] -= data[i * d + j];
				sums[c * d + j] = data[i * d + j];
			}
			counts[old]--;
			counts[c] = 1;
		}
		// the sums no longer match the labels until the next assignment recounts them
		assigner.stale = true;
	}
	let shift = 0;
	for (let c = 0; c < k; c++) {
		const oc = c * d;
		for (let j = 0; j < d; j++) {
			next[oc + j] = sums[oc + j] / counts[c];
			const diff = next[oc + j] - current[oc + j];
			shift += diff * diff;
		}
	}
	return shift;
}

/** Settings of one run, already validated. */
export interface RunSettings {
	k: number;
	maxIter: number;
	/** The absolute tolerance: tol · mean feature variance. */
	tolerance: number;
	signal?: AbortSignal;
}

export interface RunOutcome {
	centroids: Float64Array;
	labels: Int32Array;
	inertia: number;
	iterations: number;
	converged: boolean;
	history: KMeansStep[];
}

function step(
	centroids: Float64Array,
	labels: Int32Array,
	inertia: number,
	k: number,
	d: number
): KMeansStep {
	return { centroids: toRows(centroids, k, d), labels: Array.from(labels), inertia };
}

/**
 * One run of Lloyd's algorithm from `start`, with scikit-learn's stopping rules (see the file
 * comment). `nearest`, when given, is the first assignment to `start` as the seeding found it.
 */
export function lloyd(
	flat: FlatData,
	start: Float64Array,
	settings: RunSettings,
	record: boolean,
	nearest?: Nearest
): RunOutcome {
	const { d } = flat;
	const { k, maxIter, tolerance, signal } = settings;
	let centroids = start.slice();
	let spare = new Float64Array(k * d);
	const assigner = new BoundedAssigner(flat, k);
	const { labels } = assigner;
	if (nearest) assigner.assignFrom(nearest);
	else assigner.assignAll(centroids);
	const history: KMeansStep[] = record ? [step(centroids, labels, assigner.distances(centroids), k, d)] : [];
	let iterations = maxIter;
	let converged = false;
	for (let t = 1; t <= maxIter; t++) {
		signal?.throwIfAborted();
		const shift = updateInto(flat, assigner, centroids, k, spare);
		[centroids, spare] = [spare, centroids];
		assigner.reassign(spare, centroids);
		if (record) history.push(step(centroids, labels, assigner.distances(centroids), k, d));
		// scikit-learn tests the shift of update t before it sees the labels of
		// update t (its next iteration), so the same order here gives its n_iter_.
		if (shift <= tolerance) {
			iterations = t;
			converged = true;
			break;
		}
		if (assigner.changed === 0) {
			// scikit-learn notices unchanged labels one iteration later, after an
			// update that moves nothing; it counts that iteration if maxIter allows.
			iterations = Math.min(t + 1, maxIter);
			converged = true;
			break;
		}
	}
	return { centroids, labels, inertia: assigner.distances(centroids), iterations, converged, history };
}

/** scikit-learn's `_is_same_clustering`: whether `b` relabels `a` consistently. */
export function sameClustering(a: Int32Array, b: Int32Array, k: number): boolean {
	const mapping = new Int32Array(k).fill(-1);
	for (let i = 0; i < a.length; i++) {
		if (mapping[a[i]] === -1) mapping[a[i]] = b[i];
		else if (mapping[a[i]] !== b[i]) return false;
	}
	return true;
}

/** Mean over features of the population variance (NumPy's np.var(X, axis=0).mean()), by two passes. */
export function meanFeatureVariance(flat: FlatData): number {
	const { data, n, d } = flat;
	let total = 0;
	for (let j = 0; j < d; j++) {
		let sum = 0;
		for (let i = 0; i < n; i++) sum += data[i * d + j];
		const mean = sum / n;
		let squares = 0;
		for (let i = 0; i < n; i++) {
			const diff = data[i * d + j] - mean;
			squares += diff * diff;
		}
		total += squares / n;
	}
	return total / d;
}
