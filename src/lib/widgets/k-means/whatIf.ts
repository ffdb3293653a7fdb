/**
 * The run the page steps through, and the same run under a change a question asks about:
 * one more cluster, or the other choice of scaling. Pure, so the state, the quiz and the tests
 * compute them one way.
 */
import { adjustedRandScore } from '$lib/ml/agreement';
import { kMeans, type KMeansInit, type KMeansResult } from '$lib/ml/kmeans';
import { maxK, type KMeansUrlState } from './codec';
import { generated, type ClusterData } from './data';
import { frameCount } from './frames';

/** The run stepped through: one start (nInit = 1) with every step recorded, from clicked centroids or the start seed. */
export function stepRun(
	X: number[][],
	k: number,
	input: Pick<KMeansUrlState, 'init' | 'seed' | 'placed'>
): KMeansResult {
	if (input.init === 'click') return kMeans(X, k, { initialCentroids: input.placed.slice(0, k) });
	return kMeans(X, k, { init: input.init, seed: input.seed, nInit: 1 });
}

/** The last frame of a run: where "Show me" opens a changed run, at its final clusters. */
export const lastStep = (run: KMeansResult) => frameCount(run.history) - 1;

/** The seeds table's starts: seeds 1…10, one start each (nInit = 1). */
export const tableSeeds = Array.from({ length: 10 }, (_, i) => i + 1);

/** The lowest final inertia of some starts: what keeping the best of them gives. */
export const bestInertia = (runs: readonly { inertia: number }[]) => Math.min(...runs.map((r) => r.inertia));

/** The lowest final inertia of the seeds table's starts with this k (the seeds job's runs, computed here). */
export function bestOfStarts(X: number[][], k: number, init: KMeansInit): number {
	return bestInertia(tableSeeds.map((seed) => kMeans(X, k, { init, seed, nInit: 1, recordHistory: false })));
}

export interface OneMore {
	/** The run with k + 1 from the start seed: the one "Show me" steps through. */
	run: KMeansResult;
	/** The best of the ten table starts with k, and with k + 1. */
	bestBefore: number;
	best: number;
}

/** Whether one more cluster can be run: not with clicked centroids (the new one has no place), nor at the largest k or one cluster per point. */
const oneMoreRuns = (X: number[][], k: number, input: KMeansUrlState) =>
	input.init !== 'click' && k < maxK && k + 1 <= X.length;

/**
 * One more cluster from the same start, given the best of the ten table starts with k and
 * with k + 1 (the page has them from the k-means worker); null where one more cannot run.
 */
export function oneMoreFrom(
	X: number[][],
	k: number,
	input: KMeansUrlState,
	bestBefore: number,
	best: number
): OneMore | null {
	return oneMoreRuns(X, k, input) ? { run: stepRun(X, k + 1, input), bestBefore, best } : null;
}

/** As {@link oneMoreFrom}, the twenty starts computed here, on the calling thread. */
export function runWithOneMore(X: number[][], k: number, input: KMeansUrlState): OneMore | null {
	if (input.init === 'click' || !oneMoreRuns(X, k, input)) return null;
	return oneMoreFrom(X, k, input, bestOfStarts(X, k, input.init), bestOfStarts(X, k + 1, input.init));
}

export interface Rescaled {
	/** The other choice of scaling. */
	scale: KMeansUrlState['scale'];
	run: KMeansResult;
	/** Adjusted Rand index of its final clusters against the true groups. */
	agreement: number;
}

/**
 * The same run on the data scaled the other way, and how well it then finds the true groups.
 * Null without true groups, with clicked centroids (placed in the other units) or when the
 * data cannot be built.
 */
export function rescaled(
	other: ClusterData | string | null,
	k: number,
	input: KMeansUrlState
): Rescaled | null {
	if (typeof other !== 'object' || other === null || !other.truth || input.init === 'click') return null;
	const run = stepRun(other.X, Math.min(k, other.X.length), input);
	return {
		scale: input.scale === 'on' ? 'off' : 'on',
		run,
		agreement: adjustedRandScore(other.truth, run.labels)
	};
}

/** Population standard deviation (NumPy's np.std), as StandardScaler divides by. */
function sd(values: number[]): number {
	const mean = values.reduce((a, b) => a + b, 0) / values.length;
	return Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length);
}

/** Each raw feature's standard deviation before any scaling: a table's own columns, or the two generated features. */
export function rawSpreads(input: KMeansUrlState, data: ClusterData): { name: string; sd: number }[] {
	if (data.columnSpreads) return data.columnSpreads;
	const raw = generated(input).X;
	return [data.xName, data.yName].map((name, j) => ({ name, sd: sd(raw.map((row) => row[j])) }));
}
