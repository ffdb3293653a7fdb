/**
 * The starts of k-means runs: greedy k-means++ and random rows (see kmeans.ts for what they
 * match in scikit-learn). Both choose centres one at a time, and the c-th choice never depends
 * on k beyond the number of k-means++ candidates, so one seeding serves every k that draws as
 * many candidates: its first k centres are the start that k alone would get (kmeansRuns.ts
 * relies on this).
 */
import { squaredDistance, type FlatData } from './flatData';
import type { Rng } from './random';

/**
 * Each sample's nearest centre so far (ties to the lower index), its squared distance, and the
 * squared distance to the second-nearest (Infinity with one centre): exactly what a full
 * assignment step to these centres would find, so Lloyd's first step can start from it.
 */
export interface Nearest {
	labels: Int32Array;
	closest: Float64Array;
	second: Float64Array;
}

/** Hears each prefix of a seeding: the first `count` rows of `centroids` and their {@link Nearest}; both change after the call returns. */
export type PrefixListener = (count: number, centroids: Float64Array, nearest: Nearest) => void;

/** Index of the first entry of the non-decreasing `cumulative` that exceeds `target`, clipped to the last. */
function firstAbove(cumulative: Float64Array, target: number): number {
	let lo = 0;
	let hi = cumulative.length - 1;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (cumulative[mid] > target) hi = mid;
		else lo = mid + 1;
	}
	return lo;
}

/** How many candidates greedy k-means++ draws for each centre, as scikit-learn: 2 + ⌊ln k⌋. */
export function candidateCount(k: number): number {
	return 2 + Math.floor(Math.log(k));
}

/** Σ over samples of min(D², squared distance to sample `candidate`): the potential if it became a centre. */
function potentialWith(flat: FlatData, candidate: number, closest: Float64Array): number {
	const { data, n, d } = flat;
	let potential = 0;
	// two features: the candidate's coordinates held in locals across the n points
	const cx = d === 2 ? data[2 * candidate] : 0;
	const cy = d === 2 ? data[2 * candidate + 1] : 0;
	for (let i = 0; i < n; i++) {
		let dist: number;
		if (d === 2) {
			const dx = data[2 * i] - cx;
			const dy = data[2 * i + 1] - cy;
			dist = dx * dx + dy * dy;
		} else dist = squaredDistance(data, i, data, candidate, d);
		potential += dist < closest[i] ? dist : closest[i];
	}
	return potential;
}

/** Makes centre c (already in `centroids`) count in each sample's nearest and second-nearest. */
function addCentre(flat: FlatData, centroids: Float64Array, c: number, nearest: Nearest): void {
	const { data, n, d } = flat;
	const { labels, closest, second } = nearest;
	for (let i = 0; i < n; i++) {
		const dist = squaredDistance(data, i, centroids, c, d);
		if (dist < closest[i]) {
			second[i] = closest[i];
			closest[i] = dist;
			labels[i] = c;
		} else if (dist < second[i]) second[i] = dist;
	}
}

/**
 * Greedy k-means++ seeding, as scikit-learn's `_kmeans_plusplus`. The idea is
 * Arthur & Vassilvitskii's ("k-means++: the advantages of careful seeding",
 * SODA 2007): the first centre is a uniformly random sample, each next one is
 * sampled with probability proportional to D², the squared distance to the
 * nearest centre chosen so far. The greedy variant (mentioned in that paper's
 * conclusion, and scikit-learn's default) draws 2 + floor(ln k) candidates per
 * step and keeps the one that leaves the smallest potential Σ D².
 * Sampling picks the first sample whose running sum of D² exceeds u · Σ D²;
 * scikit-learn's `searchsorted` takes "reaches" instead, which can pick a
 * sample with D² = 0 when u = 0 (here u can be exactly 0).
 * `onPrefix` hears the first 1, 2, …, k centres as they are chosen.
 */
export function kMeansPlusPlus(flat: FlatData, k: number, rng: Rng, onPrefix?: PrefixListener): Float64Array {
	const { data, n, d } = flat;
	const centroids = new Float64Array(k * d);
	const trials = candidateCount(k);
	const nearest: Nearest = {
		labels: new Int32Array(n),
		closest: new Float64Array(n).fill(Infinity),
		second: new Float64Array(n).fill(Infinity)
	};
	const cumulative = new Float64Array(n);
	for (let c = 0; c < k; c++) {
		let chosen = 0;
		if (c === 0) chosen = rng.int(n);
		else {
			let potential = 0;
			for (let i = 0; i < n; i++) {
				potential += nearest.closest[i];
				cumulative[i] = potential;
			}
			let bestPotential = Infinity;
			for (let t = 0; t < trials; t++) {
				const candidate = firstAbove(cumulative, rng.next() * potential);
				const trialPotential = potentialWith(flat, candidate, nearest.closest);
				// Strictly lower, so the first of equal candidates wins (np.argmin).
				if (trialPotential < bestPotential) {
					bestPotential = trialPotential;
					chosen = candidate;
				}
			}
		}
		for (let j = 0; j < d; j++) centroids[c * d + j] = data[chosen * d + j];
		addCentre(flat, centroids, c, nearest);
		onPrefix?.(c + 1, centroids, nearest);
	}
	return centroids;
}

/** k distinct rows chosen uniformly (a partial Fisher–Yates shuffle), as scikit-learn's init='random'. */
export function randomRows(flat: FlatData, k: number, rng: Rng): Float64Array {
	const { data, n, d } = flat;
	const index = new Int32Array(n);
	for (let i = 0; i < n; i++) index[i] = i;
	const centroids = new Float64Array(k * d);
	for (let c = 0; c < k; c++) {
		const r = c + rng.int(n - c);
		const chosen = index[r];
		index[r] = index[c];
		index[c] = chosen;
		for (let j = 0; j < d; j++) centroids[c * d + j] = data[chosen * d + j];
	}
	return centroids;
}
