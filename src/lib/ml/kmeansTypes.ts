/** Types shared by kmeans, kmeansRuns and lloyd (kept apart so none of them imports another back). */

/** How the first centroids of a run are chosen. */
export type KMeansInit = 'k-means++' | 'random';

/**
 * One frame of the k-means animation: a set of centroids and the assignment
 * of every point to the nearest of THOSE centroids.
 */
export interface KMeansStep {
	/** k rows, in the units of X. */
	centroids: number[][];
	/** For each sample, the index of its nearest centroid in `centroids` (ties go to the lower index). */
	labels: number[];
	/** Σ squared distance from each sample to `centroids[labels[i]]`, in units of X squared. */
	inertia: number;
}

/** Summary of one of the nInit runs, in the order they ran. */
export interface KMeansRun {
	/** The seed that reproduces this run alone: kMeans(X, k, { ...options, seed, nInit: 1 }). */
	seed: number;
	inertia: number;
	/** scikit-learn's n_iter_ for this run. */
	iterations: number;
	/** False when the run stopped at maxIter without meeting either convergence test. */
	converged: boolean;
}
