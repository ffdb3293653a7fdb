/**
 * The assignment step of Lloyd's algorithm with Hamerly's bounds (G. Hamerly, "Making
 * k-means even faster", SIAM SDM 2010): the same labels as a full search, found with far
 * fewer distances once the centroids settle. Each sample keeps an upper bound on the
 * distance to its own centroid and a lower bound on the distance to every other one; when
 * the upper bound is below the lower bound, or below half the gap from its centroid to the
 * nearest other one, no other centroid can be nearer and the sample is not even read.
 * When a centroid moves, the bounds move by as much (the triangle inequality).
 *
 * Exactness: a skip needs the bound to clear by a 1e-9 relative margin, far above the
 * rounding in the bounds, so a sample tied between two centroids always gets the full
 * search, which keeps the lower index as scikit-learn does.
 *
 * The clusters' sums are kept up to date by moving only the samples that change cluster,
 * as in Hamerly's paper, so the update step needs no pass over the data either.
 */
import { squaredDistance, type FlatData } from './flatData';
import type { Nearest } from './seeding';

// A bound must clear by this relative margin before a sample is skipped (see the file comment).
const MARGIN = 1 + 1e-9;

export class BoundedAssigner {
	/** Per sample: the index of its nearest centroid, ties to the lower index. */
	readonly labels: Int32Array;
	/** Per cluster: the sum of its samples (k × d), and its size. */
	readonly sums: Float64Array;
	readonly counts: Int32Array;
	/** How many samples changed cluster in the last assignment (all of them in the first). */
	changed = 0;
	/** Set when the caller edits `sums` or `counts` (an empty cluster relocated): the next assignment recounts them. */
	stale = false;

	/** Per sample: an upper bound on the distance (not squared) to its own centroid. */
	private readonly upper: Float64Array;
	/** Per sample: a lower bound on the distance (not squared) to its second-nearest centroid. */
	private readonly lower: Float64Array;
	/** Per centroid: half the distance to the nearest other centroid, and how far it last moved. */
	private readonly half: Float64Array;
	private readonly moved: Float64Array;

	constructor(
		private readonly flat: FlatData,
		private readonly k: number
	) {
		this.labels = new Int32Array(flat.n);
		this.sums = new Float64Array(k * flat.d);
		this.counts = new Int32Array(k);
		this.upper = new Float64Array(flat.n);
		this.lower = new Float64Array(flat.n);
		this.half = new Float64Array(k);
		this.moved = new Float64Array(k);
	}

	/** The first assignment: a full search for every sample. */
	assignAll(centroids: Float64Array): void {
		for (let i = 0; i < this.flat.n; i++) this.search(i, centroids);
		this.recount();
		this.changed = this.flat.n;
	}

	/** The first assignment, as the seeding found it (the same labels and distances as a full search). */
	assignFrom(nearest: Nearest): void {
		this.labels.set(nearest.labels);
		for (let i = 0; i < this.flat.n; i++) {
			this.upper[i] = Math.sqrt(nearest.closest[i]);
			this.lower[i] = Math.sqrt(nearest.second[i]);
		}
		this.recount();
		this.changed = this.flat.n;
	}

	/** A later assignment, after the centroids moved from `previous` to `centroids`. */
	reassign(previous: Float64Array, centroids: Float64Array): void {
		const { data, n, d } = this.flat;
		const { k, labels, upper, lower, half, moved, sums, counts } = this;
		// a sample's second-nearest centroid is another than its own, so its lower bound falls by
		// the farthest move of the others: the second-farthest for the one that moved farthest
		let farthest = 0;
		let secondFarthest = 0;
		let farthestIndex = 0;
		for (let c = 0; c < k; c++) {
			moved[c] = Math.sqrt(squaredDistance(previous, c, centroids, c, d));
			if (moved[c] > farthest) {
				secondFarthest = farthest;
				farthest = moved[c];
				farthestIndex = c;
			} else if (moved[c] > secondFarthest) secondFarthest = moved[c];
			let nearest = Infinity;
			for (let other = 0; other < k; other++) {
				if (other !== c) nearest = Math.min(nearest, squaredDistance(centroids, c, centroids, other, d));
			}
			half[c] = Math.sqrt(nearest) / 2;
		}
		let changed = 0;
		for (let i = 0; i < n; i++) {
			const own = labels[i];
			upper[i] += moved[own];
			lower[i] -= own === farthestIndex ? secondFarthest : farthest;
			const bound = Math.max(half[own], lower[i]);
			if (upper[i] * MARGIN < bound) continue;
			// the upper bound may only be loose: tighten it to the true distance and test again
			upper[i] = Math.sqrt(squaredDistance(data, i, centroids, own, d));
			if (upper[i] * MARGIN < bound) continue;
			const best = this.search(i, centroids);
			if (best === own) continue;
			changed++;
			if (this.stale) continue;
			counts[own]--;
			counts[best]++;
			for (let j = 0; j < d; j++) {
				sums[own * d + j] -= data[i * d + j];
				sums[best * d + j] += data[i * d + j];
			}
		}
		if (this.stale) this.recount();
		this.changed = changed;
	}

	/**
	 * The squared distance of each sample to its own centroid, written into `out` when
	 * given; returns their sum, the inertia.
	 */
	distances(centroids: Float64Array, out?: Float64Array): number {
		const { data, n, d } = this.flat;
		let inertia = 0;
		for (let i = 0; i < n; i++) {
			const dist = squaredDistance(data, i, centroids, this.labels[i], d);
			if (out) out[i] = dist;
			inertia += dist;
		}
		return inertia;
	}

	/** Full search for sample i: sets its label and both bounds exactly; returns the label. */
	private search(i: number, centroids: Float64Array): number {
		const { data, d } = this.flat;
		let best = 0;
		let bestDistance = squaredDistance(data, i, centroids, 0, d);
		let second = Infinity;
		// two features: the point's coordinates held in locals across the k centroids
		const x = d === 2 ? data[2 * i] : 0;
		const y = d === 2 ? data[2 * i + 1] : 0;
		for (let c = 1; c < this.k; c++) {
			let dist: number;
			if (d === 2) {
				const dx = x - centroids[2 * c];
				const dy = y - centroids[2 * c + 1];
				dist = dx * dx + dy * dy;
			} else dist = squaredDistance(data, i, centroids, c, d);
			if (dist < bestDistance) {
				second = bestDistance;
				bestDistance = dist;
				best = c;
			} else if (dist < second) second = dist;
		}
		this.labels[i] = best;
		this.upper[i] = Math.sqrt(bestDistance);
		this.lower[i] = Math.sqrt(second);
		return best;
	}

	/** Each cluster's sum and size from the labels, summed afresh in sample order. */
	private recount(): void {
		const { data, n, d } = this.flat;
		const { labels, sums, counts } = this;
		sums.fill(0);
		counts.fill(0);
		for (let i = 0; i < n; i++) {
			const c = labels[i];
			counts[c]++;
			for (let j = 0; j < d; j++) sums[c * d + j] += data[i * d + j];
		}
		this.stale = false;
	}
}
