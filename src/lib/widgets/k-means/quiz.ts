/** "Check yourself" questions built from the run on screen. */
import type { KMeansRun, KMeansStep, KneeSuggestion } from '$lib/ml/kmeans';
import { createRng } from '$lib/ml/random';
import type { Question } from '$lib/ui/quiz';
import type { Frame } from './frames';
import type { SweepPoint } from './sweep';

export interface KMeansQuizView {
	X: number[][];
	history: KMeansStep[];
	frame: Frame;
	sweep: SweepPoint[] | null;
	suggestion: KneeSuggestion | null;
	seedRuns: KMeansRun[] | null;
	agreement: number | null;
}

export const clusterName = (c: number) => `cluster ${c + 1}`;
const squared = (a: readonly number[], b: readonly number[]) => a.reduce((s, v, j) => s + (v - b[j]) ** 2, 0);
const short = (v: number) => Number(v.toPrecision(3)).toLocaleString('en-US', { maximumSignificantDigits: 3 });
/** Coordinates without thousands separators, whose commas would read as more coordinates. */
const coordinate = (v: number) => Number(v.toPrecision(3)).toString();
const point = (p: readonly number[]) => `(${p.map(coordinate).join(', ')})`;

/**
 * The question seed's stream for picking the ringed point. The starts draw their first
 * centroid with createRng(start seed).int(n), and both seeds are 1 by default: the same
 * stream would ring the very point the first centroid sits on. Shifted past the largest start
 * seed the link allows (1,000,000), it can never be a start's stream.
 */
const focusStream = (seed: number) => createRng(seed + 1_000_003);

/**
 * The point the "next assign" question asks about: one whose cluster the next assign step
 * changes, when there is one (the interesting case), chosen with the question seed. A point
 * a centroid sits on is never chosen: the centroid's disc hides it and the answer is trivial.
 */
export function focusPoint(view: Pick<KMeansQuizView, 'X' | 'history' | 'frame'>, seed: number): number | null {
	const { X, history, frame } = view;
	if (frame.phase === 'assign' || X.length === 0) return null;
	const next = history[frame.phase === 'start' ? 0 : frame.iteration + 1].labels;
	const visible = X.map((_, i) => i).filter((i) => !frame.centroids.some((c) => c.every((v, j) => v === X[i][j])));
	const movers = frame.labels ? visible.filter((i) => next[i] !== frame.labels![i]) : [];
	const pool = movers.length > 0 ? movers : visible;
	return pool.length > 0 ? pool[focusStream(seed).int(pool.length)] : null;
}

/**
 * Whether a start ended in a worse local minimum than the best: more than 0.5% above it.
 * Smaller gaps are other partitions of nearly equal quality (common on moons and noise),
 * not the trap the seeds table is there to show.
 */
export const isWorse = (inertia: number, best: number) => inertia > best * 1.005;

type Generator = (v: KMeansQuizView, seed: number) => Question | null;

const generators: Generator[] = [
	(view, seed) => {
		const i = focusPoint(view, seed);
		if (i === null) return null;
		const { X, frame } = view;
		const distances = frame.centroids.map((c) => squared(X[i], c));
		const answer = distances.indexOf(Math.min(...distances));
		return {
			id: 'next-assign',
			form: 'compute',
			kind: 'choice',
			prompt: `After the next assign step, which cluster will the ringed point at ${point(X[i])} belong to?`,
			options: frame.centroids.map((_, c) => clusterName(c)),
			answer: clusterName(answer),
			explanation: `Assign puts each point with its nearest centroid. Its squared distances to the centroids are ${distances.map((d, c) => `${clusterName(c)}: ${short(d)}`).join(', ')}; the smallest is ${clusterName(answer)}'s.`
		};
	},
	({ history, frame }) => {
		if (frame.phase !== 'assign' || frame.iteration + 1 >= history.length) return null;
		const next = history[frame.iteration + 1].centroids;
		const moves = frame.centroids.map((c, j) => Math.sqrt(squared(c, next[j])));
		const answer = moves.indexOf(Math.max(...moves));
		return {
			id: 'next-update',
			form: 'compute',
			kind: 'choice',
			prompt: 'After the next update step, which centroid moves the farthest?',
			options: frame.centroids.map((_, c) => clusterName(c)),
			answer: clusterName(answer),
			explanation: `Update moves each centroid to the mean of the points now coloured like it. The distances moved are ${moves.map((m, c) => `${clusterName(c)}: ${short(m)}`).join(', ')}.`
		};
	},
	({ frame }) => {
		if (frame.inertia === null) return null;
		const options = ['It can only fall or stay the same', 'It can rise if a centroid moves the wrong way', 'It is random'];
		return {
			id: 'inertia-direction',
			form: 'compute',
			kind: 'choice',
			prompt: `The inertia is now ${short(frame.inertia)}. What can the next step do to it?`,
			options,
			answer: options[0],
			explanation: 'Assign gives each point its nearest centroid, so no distance grows; update puts each centroid at its points\' mean, the position with the least squared distance to them. Neither step can raise the sum: Lloyd\'s algorithm always descends, though perhaps into a local minimum.'
		};
	},
	({ sweep, suggestion }) => {
		if (!sweep || !suggestion) return null;
		return {
			id: 'elbow-k',
			form: 'compute',
			kind: 'number',
			prompt: 'Which k does the knee finder (Kneedle) pick on the elbow plot?',
			answer: suggestion.k,
			tolerance: 0,
			explanation: `Kneedle scales k and inertia to [0, 1] and takes the k where the curve lies farthest below the straight line from its first to its last point: k = ${suggestion.k}, where the difference is ${short(Math.max(...suggestion.scores.map((s) => s.score)))}.`
		};
	},
	({ sweep }) => {
		const scored = sweep?.filter((p): p is SweepPoint & { silhouette: number } => p.silhouette !== null) ?? [];
		if (scored.length < 2) return null;
		const best = scored.reduce((a, b) => (b.silhouette > a.silhouette ? b : a));
		return {
			id: 'silhouette-k',
			form: 'compute',
			kind: 'number',
			prompt: 'Which k has the highest silhouette score in the sweep?',
			answer: best.k,
			tolerance: 0,
			explanation: `k = ${best.k} scores ${best.silhouette.toFixed(3)}; the others: ${scored.filter((p) => p !== best).map((p) => `k = ${p.k}: ${p.silhouette.toFixed(3)}`).join(', ')}. Unlike inertia, the silhouette does not improve just because k grows.`
		};
	},
	({ sweep, suggestion }) => {
		if (!sweep) return null;
		// two neighbouring k past the knee (else the last two), where a lower inertia tempts most
		const pairs = sweep.slice(0, -1).map((p, i) => [p, sweep[i + 1]] as const).filter(([a, b]) => a.k >= 2 && b.inertia < a.inertia);
		const pair = pairs.find(([a]) => suggestion !== null && a.k > suggestion.k) ?? pairs.at(-1);
		if (!pair) return null;
		const [a, b] = pair;
		const options = [`No: the best inertia falls (or stays) whenever k grows, so a lower value proves nothing on its own`, `Yes: lower inertia means better clusters`];
		const evidence = suggestion ? `Here the knee finder suggests k = ${suggestion.k}` : 'Here the knee finder finds no clear bend';
		return {
			id: 'inertia-falls',
			form: 'compute',
			kind: 'choice',
			prompt: `The best inertia is ${short(a.inertia)} at k = ${a.k} and ${short(b.inertia)} at k = ${b.k}. Does the lower value, on its own, show that k = ${b.k} is the better choice?`,
			options,
			answer: options[0],
			explanation: `Another centroid can always take over some points and bring them closer (at k = n the inertia is 0). Choose k where the curve bends (the elbow), by the silhouette, or by what the clusters are for. ${evidence}.`
		};
	},
	({ seedRuns }) => {
		if (!seedRuns || seedRuns.length < 2) return null;
		const best = Math.min(...seedRuns.map((r) => r.inertia));
		const worse = seedRuns.filter((r) => isWorse(r.inertia, best));
		return {
			id: 'seeds-worse',
			form: 'compute',
			kind: 'number',
			prompt: `Of the ${seedRuns.length} starts in the seeds table, how many end more than 0.5% above the best inertia (marked “worse” in the table)?`,
			answer: worse.length,
			tolerance: 0,
			explanation:
				worse.length === 0
					? `None: every start ends within 0.5% of the best, ${short(best)}; with these data and this k the start hardly matters.`
					: `${worse.length} of ${seedRuns.length} (seed${worse.length === 1 ? '' : 's'} ${worse.map((r) => r.seed).join(', ')}) stop in a worse local minimum than ${short(best)}. That is why k-means runs several starts (n_init) and keeps the lowest inertia.`
		};
	},
	({ agreement }) => {
		if (agreement === null || agreement > 0.6) return null;
		const options = ['Round, similar-sized groups around a centre', 'Any connected shape', 'Groups with the same number of points'];
		return {
			id: 'assumption',
			form: 'compute',
			kind: 'choice',
			prompt: `Here k-means agrees with the true groups only ${agreement.toFixed(2)} (adjusted Rand index). What shape of cluster does k-means assume?`,
			options,
			answer: options[0],
			explanation: 'k-means gives each point to its nearest centroid, so its clusters are convex cells around centres, best for round groups of similar spread. Moons, rings and stretched blobs break that assumption; density- or graph-based methods (DBSCAN, spectral clustering) follow shapes instead.'
		};
	}
];

export function kMeansQuestions(view: KMeansQuizView, seed: number, count = 4): Question[] {
	const available = generators.map((make) => make(view, seed)).filter((q): q is Question => q !== null);
	return createRng(seed).shuffle(available).slice(0, count);
}
