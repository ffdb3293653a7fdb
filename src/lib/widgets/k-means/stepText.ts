/**
 * What the frame on screen did, in one sentence, and at the last frame why the run stopped.
 * A run stops by scikit-learn's rules (see $lib/ml/lloyd.ts): after update t, when the
 * centroids' squared shift, summed over all centroids, is at most tol · the mean feature
 * variance ("tolerance"); else when assigning to the new centroids changed no point
 * ("stable"); else at maxIter ("limit"). A run stopped on the tolerance can still have moved
 * a few points in its last assign step, so the end is told from the frame, not assumed.
 */
import { DEFAULT_TOL, kMeansTolerance, type KMeansResult } from '$lib/ml/kmeans';
import { counted, formatShort, superscript } from '$lib/format/format';
import type { Frame } from './frames';

export interface Ending {
	reason: 'tolerance' | 'stable' | 'limit';
	/** Update steps in the history, so on screen: history.length − 1. */
	updates: number;
	/** scikit-learn's n_iter_: one more than `updates` after a stable stop (it counts an update that moves nothing). */
	nIter: number;
	/** The last update's squared centroid shift, summed over the centroids, in units of X squared. */
	shift: number;
	/** What that shift was compared with: tol · the mean over features of their variance. */
	tolerance: number;
	tol: number;
}

/** Why the run stopped where it did (the history has at least two entries: the start and one update). */
export function howItEnded(
	X: readonly (readonly number[])[],
	run: Pick<KMeansResult, 'history' | 'iterations' | 'converged'>,
	tol = DEFAULT_TOL
): Ending {
	const { history } = run;
	const updates = history.length - 1;
	const before = history[updates - 1].centroids;
	let shift = 0;
	history[updates].centroids.forEach((c, j) => c.forEach((v, f) => (shift += (v - before[j][f]) ** 2)));
	const tolerance = kMeansTolerance(X, tol);
	// the same order as the run's own test: the shift first, then the labels
	const reason = !run.converged ? 'limit' : shift <= tolerance ? 'tolerance' : 'stable';
	return { reason, updates, nIter: run.iterations, shift, tolerance, tol };
}

/** Shifts and tolerances, often tiny: below 0.001, two digits times a power of ten (3.1 × 10⁻⁵). */
export function tiny(v: number): string {
	if (v === 0 || Math.abs(v) >= 1e-3) return formatShort(v);
	const [mantissa, exponent] = v.toExponential(1).split('e');
	return `${mantissa} × 10${superscript(Number(exponent))}`;
}
const points = (count: number) => counted(count, 'point');
const steps = (count: number) => counted(count, 'update step');

/** The sentence under the step buttons for `frame`, the last of `frames` when `ending` is given. */
export function stepStatus(frame: Frame, frames: number, ending: Ending | null): string {
	const of = `Step ${frame.index} of ${frames - 1}`;
	if (frame.phase === 'start')
		return `${of}: the starting centroids. Next, assign every point to its nearest centroid.`;
	const inertia = `inertia ${formatShort(frame.inertia ?? 0)}`;
	if (frame.phase === 'update')
		return `${of}, update: each centroid moved to the mean of its points. ${capital(inertia)}. Next, reassign.`;
	if (frame.iteration === 0)
		return `${of}, assign: every point joins its nearest centroid. ${capital(inertia)}.`;
	const moved = frame.changed === 0 ? 'no point changed cluster' : `${points(frame.changed)} changed cluster`;
	if (!ending) return `${of}, assign: ${moved}. ${capital(inertia)}.`;
	const nIterNote =
		ending.nIter === ending.updates
			? ''
			: ` (scikit-learn's n_iter_ says ${ending.nIter}: it also counts the update that would move nothing)`;
	if (ending.reason === 'stable') {
		return `${of}, assign: ${moved}, so the centroids would not move again. Converged after ${steps(ending.updates)}${nIterNote}, ${inertia}.`;
	}
	if (ending.reason === 'tolerance') {
		const within = `the last update moved the centroids less than the tolerance (squared shift ${tiny(ending.shift)} ≤ tol ${tiny(ending.tol)} × mean feature variance = ${tiny(ending.tolerance)})`;
		if (frame.changed === 0)
			return `${of}, assign: ${moved}, and ${within}. Converged after ${steps(ending.updates)}${nIterNote}, ${inertia}.`;
		return `${of}, assign: ${moved}, yet the run stops here: ${within}, which scikit-learn counts as converged (“center shift within tolerance”). ${capital(steps(ending.updates))}${nIterNote}, ${inertia}.`;
	}
	return `${of}, assign: ${moved}. Stopped at the limit of ${steps(ending.updates)} without converging, ${inertia}.`;
}

const capital = (s: string) => s[0].toUpperCase() + s.slice(1);
