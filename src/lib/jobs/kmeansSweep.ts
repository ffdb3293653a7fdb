/**
 * The elbow sweep as the page reads it. The sweep itself, and the other k-means jobs, are
 * engine code (`$lib/ml/kmeansJobs`), which the worker runs.
 */
import type { SweepPoint } from '$lib/ml/kmeansJobs';

export { clusterCount, sweep, type SweepPhase, type SweepPoint, type SweepRequest } from '$lib/ml/kmeansJobs';

/**
 * The ks at which the sweep's inertia is above the one before. The lowest possible inertia
 * never rises with k (a clustering with one more centroid can copy one with fewer and split
 * a cluster), but the sweep keeps the best of a few starts, which can miss it.
 */
export function inertiaRises(points: readonly SweepPoint[]): number[] {
	return points.filter((p, i) => i > 0 && p.inertia > points[i - 1].inertia).map((p) => p.k);
}
