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
/** The k with the highest silhouette score in the sweep (the first on a tie); null when no k has one. */
export function bestSilhouette(points: readonly SweepPoint[]): (SweepPoint & { silhouette: number }) | null {
	const scored = points.filter((p): p is SweepPoint & { silhouette: number } => p.silhouette !== null);
	return scored.length ? scored.reduce((a, b) => (b.silhouette > a.silhouette ? b : a)) : null;
}

/** The seeds table's starts summed up: the best and worst final inertia, and how many starts end worse than the best. */
export interface SeedSummary {
	best: number;
	worst: number;
	/** Starts ending more than 0.5% above the best (see isWorse). */
	worse: number;
}
