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

	/**
	 * Assigns every sample to its nearest centroid (ties to the lower index), writing
	 * `labels` and the squared distances; returns the inertia. `previousLabels` must be the
	 * labels of this assigner's previous call (null on the first call, which searches fully).
	 */
	assign(centroids: Float64Array, previousLabels: Int32Array | null, labels: Int32Array, distances: Float64Array): number {
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

		let inertia = 0;
		for (let i = 0; i < n; i++) {
			if (bounded) {
				const own = previousLabels![i];
				const ownDistance = squaredDistance(data, i, centroids, own, d);
				lower[i] -= maxShift;
				if (Math.sqrt(ownDistance) * (1 + 1e-9) < Math.max(half[own], lower[i])) {
					labels[i] = own;
					distances[i] = ownDistance;
					inertia += ownDistance;
					continue;
				}
			}
			let best = 0;
			let bestDistance = squaredDistance(data, i, centroids, 0, d);
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
			labels[i] = best;
			distances[i] = bestDistance;
			lower[i] = Math.sqrt(second);
			inertia += bestDistance;
		}
		this.previous = centroids.slice();
		return inertia;
	}
}
