/**
 * The assignment step of Lloyd's algorithm with Hamerly's bounds (G. Hamerly, "Making
 * k-means even faster", SIAM SDM 2010): the same labels and distances as a full search,
 * found with far fewer distances once the centroids settle. Each sample keeps a lower bound
 * on its distance to its second-nearest centroid; when the distance to its own centroid is
 * below that bound, or below half the gap from its centroid to the nearest other one, no
 * other centroid can be nearer and the k-way search is skipped.
 *
 * Exactness: the skip test is strict (with a 1e-9 relative margin for rounding), so a sample
 * tied between two centroids always gets the full search, which keeps the lower index as
 * scikit-learn does. The distance to the own centroid is always computed exactly, so the
 * inertia and the distances used to relocate empty clusters are those of a full search.
 */
import { squaredDistance, type FlatData } from './flatData';

export class BoundedAssigner {
	/** Per sample: a lower bound on the distance (not squared) to its second-nearest centroid. */
	private readonly lower: Float64Array;
	/** Per centroid: half the distance to the nearest other centroid. */
	private readonly half: Float64Array;
	/** The centroids of the previous assignment, to bound how far each has moved since. */
	private previous: Float64Array | null = null;

	constructor(
		private readonly flat: FlatData,
		private readonly k: number
	) {
		this.lower = new Float64Array(flat.n);
		this.half = new Float64Array(k);
	}

	/** How many samples changed label in the last call (all of them on the first). */
	changed = 0;

	/**
	 * Assigns every sample to its nearest centroid (ties to the lower index), writing
	 * `labels` and the squared distances; returns the inertia. `previousLabels` must be the
	 * labels of this assigner's previous call (null on the first call, which searches fully).
	 * The same pass writes each cluster's size into `counts` and the sum of its samples into
	 * `sums` (k × d), which is all the update step needs: it saves that step a pass over the data.
	 */
	assign(
		centroids: Float64Array,
		previousLabels: Int32Array | null,
		labels: Int32Array,
		distances: Float64Array,
		sums: Float64Array,
		counts: Int32Array
	): number {
		const { data, n, d } = this.flat;
		const { k, lower, half } = this;
		for (let c = 0; c < k; c++) {
			let nearest = Infinity;
			for (let other = 0; other < k; other++) {
				if (other !== c) nearest = Math.min(nearest, squaredDistance(centroids, c, centroids, other, d));
			}
			half[c] = Math.sqrt(nearest) / 2;
		}
		const bounded = this.previous !== null && previousLabels !== null;
		let maxShift = 0;
		if (this.previous) for (let c = 0; c < k; c++) maxShift = Math.max(maxShift, Math.sqrt(squaredDistance(this.previous, c, centroids, c, d)));
		sums.fill(0);
		counts.fill(0);
		let changed = 0;
		let inertia = 0;
		for (let i = 0; i < n; i++) {
			let best = 0;
			let bestDistance: number;
			const own = bounded ? previousLabels![i] : 0;
			const ownDistance = bounded ? squaredDistance(data, i, centroids, own, d) : 0;
			if (bounded) lower[i] -= maxShift;
			if (bounded && Math.sqrt(ownDistance) * (1 + 1e-9) < Math.max(half[own], lower[i])) {
				best = own;
				bestDistance = ownDistance;
			} else {
				bestDistance = squaredDistance(data, i, centroids, 0, d);
				let second = Infinity;
				// two features: the point's coordinates held in locals across the k centroids
				const x = d === 2 ? data[2 * i] : 0;
				const y = d === 2 ? data[2 * i + 1] : 0;
				for (let c = 1; c < k; c++) {
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
				lower[i] = Math.sqrt(second);
				if (!bounded || best !== own) changed++;
			}
			labels[i] = best;
			distances[i] = bestDistance;
			inertia += bestDistance;
			counts[best]++;
			if (d === 2) {
				sums[2 * best] += data[2 * i];
				sums[2 * best + 1] += data[2 * i + 1];
			} else for (let j = 0; j < d; j++) sums[best * d + j] += data[i * d + j];
		}
		this.changed = changed;
		this.previous = centroids.slice();
		return inertia;
	}
}
