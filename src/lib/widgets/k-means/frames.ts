/**
 * Lloyd's algorithm as frames a learner steps through. kMeans records `history`, one
 * entry per set of centroids with the labels assigned to them; the widget shows each
 * entry twice, as two steps: "assign" (recolour every point by its nearest centroid) and
 * "update" (move each centroid to the mean of its points, colours kept).
 *
 * Frame 0: the starting centroids, no point assigned yet.
 * Frame 2t + 1 (assign): history[t]'s centroids and labels.
 * Frame 2t + 2 (update): history[t + 1]'s centroids, still history[t]'s labels (but for a
 * point moved into an empty cluster, see updateLabels).
 * The last frame is the final assign. Usually no point changes cluster there, but a run that
 * stops because its centroids moved less than the tolerance can still move a few (see
 * stepText.ts, which says which rule stopped it).
 */
import { inertiaOf, type KMeansStep } from '$lib/ml/kmeans';

export type Phase = 'start' | 'assign' | 'update';

export interface Frame {
	index: number;
	phase: Phase;
	/** 0-based iteration: which history entry's labels are shown (or will be, at the start). */
	iteration: number;
	centroids: number[][];
	/** The colour of each point; null before the first assignment. */
	labels: number[] | null;
	/** Σ squared distance of each point to its cluster's centroid in this frame; null at the start. */
	inertia: number | null;
	/** Assign frames: points whose cluster differs from the previous assignment. */
	changed: number;
	/** Each centroid's positions so far, oldest first: the paths drawn behind them. */
	paths: number[][][];
	/** Points in each centroid's cluster as coloured in this frame; null at the start. */
	sizes: number[] | null;
}

/**
 * The colours an update frame shows: the assignment it started from, except where the
 * update filled an empty cluster. Lloyd's update (as scikit-learn's) gives an empty cluster
 * the point farthest from its own centroid, which leaves its old cluster; that point is
 * shown in its new cluster, so the frame's inertia is the one the update really reached.
 * The relocated point is found by its coordinates, which the new centroid copies exactly.
 */
export function updateLabels(
	X: number[][],
	labels: readonly number[],
	next: readonly (readonly number[])[]
): number[] {
	const counts = new Array<number>(next.length).fill(0);
	for (const label of labels) counts[label]++;
	const shown = [...labels];
	next.forEach((centroid, c) => {
		if (counts[c] > 0) return;
		const moved = X.findIndex((row, i) => counts[shown[i]] >= 2 && row.every((v, j) => v === centroid[j]));
		if (moved < 0) return;
		counts[shown[moved]]--;
		counts[c]++;
		shown[moved] = c;
	});
	return shown;
}

export function frameCount(history: readonly KMeansStep[]): number {
	return 2 * history.length;
}

/** Every frame's inertia, computed once per run (update frames need inertiaOf). */
export function inertiaTrail(X: number[][], history: readonly KMeansStep[]): (number | null)[] {
	const trail: (number | null)[] = [null];
	history.forEach((entry, t) => {
		trail.push(entry.inertia);
		const next = history[t + 1];
		if (next) trail.push(inertiaOf(X, updateLabels(X, entry.labels, next.centroids), next.centroids));
	});
	return trail;
}

export function frameAt(
	X: number[][],
	history: readonly KMeansStep[],
	trail: readonly (number | null)[],
	index: number
): Frame {
	const last = frameCount(history) - 1;
	const i = Math.max(0, Math.min(index, last));
	const phase: Phase = i === 0 ? 'start' : i % 2 === 1 ? 'assign' : 'update';
	const iteration = phase === 'update' ? i / 2 - 1 : Math.floor(i / 2);
	const centroidEntry = phase === 'update' ? iteration + 1 : iteration;
	const labels =
		phase === 'start'
			? null
			: phase === 'update'
				? updateLabels(X, history[iteration].labels, history[centroidEntry].centroids)
				: history[iteration].labels;
	// an assign frame is compared with the update frame before it, as the learner saw it
	const previous =
		phase === 'assign' && iteration > 0
			? updateLabels(X, history[iteration - 1].labels, history[iteration].centroids)
			: null;
	return {
		index: i,
		phase,
		iteration,
		centroids: history[centroidEntry].centroids,
		labels,
		inertia: trail[i] ?? null,
		changed:
			previous && labels ? labels.reduce((count, label, p) => count + (label !== previous[p] ? 1 : 0), 0) : 0,
		paths: history[0].centroids.map((_, c) =>
			history.slice(0, centroidEntry + 1).map((entry) => entry.centroids[c])
		),
		sizes: labels
			? history[centroidEntry].centroids.map((_, j) => labels.filter((l) => l === j).length)
			: null
	};
}
