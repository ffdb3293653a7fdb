/**
 * Every run behind kMeans and the elbow sweep: nInit starts for each k, the best kept per k as
 * scikit-learn's `KMeans.fit` keeps it (see kmeans.ts).
 *
 * One seeding serves several k. Greedy k-means++ draws the same random numbers for its first
 * c centres whatever k is, as long as k asks for as many candidates per centre (2 + ⌊ln k⌋):
 * with one seed, the start for k = 5 is the first five centres of the start for k = 7. So each
 * seed is seeded once per candidate count, for the largest k that needs it, and each k runs
 * from its prefix as soon as the seeding reaches it, starting from the nearest-centre state the
 * seeding already holds, so Lloyd's first assignment measures no distance. These are the very
 * runs each k would make alone (a property test compares), with about a third of the seeding
 * work for k = 1…10 (56 passes over the data per seed instead of 158). Random starts (a partial
 * shuffle) share prefixes the same way, whatever k.
 */
import type { FlatData } from './flatData';
import type { KMeansInit, KMeansRun } from './kmeansTypes';
import { lloyd, sameClustering, type RunOutcome, type RunSettings } from './lloyd';
import { createRng } from './random';
import { candidateCount, kMeansPlusPlus, randomRows, type Nearest } from './seeding';

/** The best run of one k. */
export interface BestRun {
	/** The winning run, without history. */
	outcome: RunOutcome;
	/** Its starting centroids, to replay it with history. */
	start: Float64Array;
	/** Every run, in seed order. */
	runs: KMeansRun[];
}

export interface RunsPlan {
	seed: number;
	init: KMeansInit;
	nInit: number;
	/** Explicit starting centroids: one run, for the one k. */
	start?: Float64Array;
	maxIter: number;
	/** The absolute tolerance: tol · mean feature variance. */
	tolerance: number;
	signal?: AbortSignal;
}

/**
 * The seeds of the runs: run 0 uses `seed` itself, so nInit = 10 is never
 * worse than nInit = 1 with the same seed; the others are drawn from
 * createRng(seed), so that seeds 1 and 2 share no runs.
 */
function runSeeds(seed: number, nInit: number): number[] {
	const seeds = [seed];
	const rng = createRng(seed);
	while (seeds.length < nInit) seeds.push(rng.int(4294967296));
	return seeds;
}

/** The ks grouped by the seeding they share, each group in ascending order. */
function groups(init: KMeansInit, ks: readonly number[]): number[][] {
	const byKey = new Map<number, number[]>();
	for (const k of [...new Set(ks)].sort((a, b) => a - b)) {
		const key = init === 'random' ? 0 : candidateCount(k);
		byKey.set(key, [...(byKey.get(key) ?? []), k]);
	}
	return [...byKey.values()];
}

/**
 * Runs nInit starts of every k in `ks` (each from 1 to n) and keeps each k's best; `onRun`
 * hears each run as it ends. Throws the signal's reason once it is aborted.
 */
export function bestRuns(
	flat: FlatData,
	ks: readonly number[],
	plan: RunsPlan,
	onRun?: () => void
): Map<number, BestRun> {
	const found = new Map<number, BestRun | undefined>(ks.map((k) => [k, undefined]));
	const run = (k: number, seed: number, start: Float64Array, nearest?: Nearest): void => {
		plan.signal?.throwIfAborted();
		const settings: RunSettings = {
			k,
			maxIter: plan.maxIter,
			tolerance: plan.tolerance,
			signal: plan.signal
		};
		const outcome = lloyd(flat, start, settings, false, nearest);
		const summary: KMeansRun = {
			seed,
			inertia: outcome.inertia,
			iterations: outcome.iterations,
			converged: outcome.converged
		};
		const best = found.get(k);
		if (!best) found.set(k, { outcome, start, runs: [summary] });
		else {
			best.runs.push(summary);
			// a later run must be strictly lower and not the same partition (kmeans.ts)
			if (outcome.inertia < best.outcome.inertia && !sameClustering(outcome.labels, best.outcome.labels, k)) {
				best.outcome = outcome;
				best.start = start;
			}
		}
		onRun?.();
	};
	if (plan.start) {
		for (const k of ks) run(k, plan.seed, plan.start);
	} else {
		const { d } = flat;
		for (const group of groups(plan.init, ks)) {
			const largest = group[group.length - 1];
			for (const seed of runSeeds(plan.seed, plan.nInit)) {
				const rng = createRng(seed);
				if (plan.init === 'random') {
					const rows = randomRows(flat, largest, rng);
					for (const k of group) run(k, seed, rows.slice(0, k * d));
				} else {
					kMeansPlusPlus(flat, largest, rng, (count, centroids, nearest) => {
						if (group.includes(count)) run(count, seed, centroids.slice(0, count * d), nearest);
					});
				}
			}
		}
	}
	const result = new Map<number, BestRun>();
	for (const [k, best] of found) {
		// nInit >= 1, so every k has a run
		if (!best) throw new Error(`k-means: no run was made for k = ${k}`);
		result.set(k, best);
	}
	return result;
}
