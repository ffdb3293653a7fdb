/**
 * The work that can take longer than a frame: k-means for k = 1…10 (nInit restarts each)
 * with each k's silhouette score, one k from several seeds, and the silhouette of every
 * sample for one clustering.
 * Plain functions, run in a worker (workers/kmeans.worker.ts) or, where there is none, in
 * the page.
 */
import {
	kMeans,
	kMeansSweep,
	silhouetteSamples,
	silhouetteScore,
	type KMeansInit,
	type KMeansRun
} from '$lib/ml/kmeans';

export interface SweepPoint {
	k: number;
	/** The lowest inertia of nInit runs. */
	inertia: number;
	/** The silhouette score of that run's clusters; null for k = 1 or k ≥ n, where it is undefined. */
	silhouette: number | null;
}

export interface SweepRequest {
	type: 'sweep';
	X: number[][];
	ks: number[];
	init: KMeansInit;
	seed: number;
	nInit: number;
}
export interface SilhouetteRequest {
	type: 'silhouette';
	X: number[][];
	labels: number[];
}
/** One k from each of the given seeds (nInit = 1 each): how much the start matters. */
export interface SeedsRequest {
	type: 'seeds';
	X: number[][];
	k: number;
	init: KMeansInit;
	seeds: number[];
}
export type KMeansJob = SweepRequest | SilhouetteRequest | SeedsRequest;

/** What the sweep is doing: the k-means runs, then each k's silhouette. */
export type SweepPhase = 'runs' | 'silhouettes';
/** Hears the work done of the total (in the estimated units of {@link sweepCosts}) and the phase. */
export type ProgressListener = (done: number, total: number, phase: SweepPhase) => void;

export type KMeansJobReply =
	| { type: 'progress'; done: number; total: number; phase: SweepPhase }
	| { type: 'sweep'; points: SweepPoint[] }
	| { type: 'silhouette'; values: number[] }
	| { type: 'seeds'; runs: KMeansRun[] }
	| { type: 'error'; message: string };

/** How many distinct clusters the labels name (an empty cluster can leave fewer than k). */
export function clusterCount(labels: readonly number[]): number {
	return new Set(labels).size;
}

/**
 * Passes over the data one k-means run costs, roughly: the seeding plus its Lloyd iterations
 * (5 to 17 on average for 2,000 blobs, moons or noise), fewer distances each with the
 * bounds that skip most of them. Measured in Node, a silhouette of 2,000 points took 9 to 15
 * times one run's time, which n(n − 1)/2 against n · 5.5 · 15 (k = 1…10) puts at 12.
 */
export const passesPerRun = 15;

/**
 * The sweep's work in distance computations, estimated, so its progress bar moves with the
 * time spent: each run n · k̄ · {@link passesPerRun} (k̄ the mean k, since progress does not
 * say which k a run was for); each silhouette every pair once, n(n − 1)/2, or n (counting the
 * labels) where it is undefined (k = 1 or k ≥ n).
 */
export function sweepCosts(
	n: number,
	ks: readonly number[],
	nInit: number
): { run: number; runs: number; silhouettes: number[]; total: number } {
	const distinct = [...new Set(ks)];
	const meanK = distinct.reduce((a, b) => a + b, 0) / distinct.length;
	const run = n * meanK * passesPerRun;
	const runs = distinct.length * nInit;
	const silhouettes = ks.map((k) => (k >= 2 && k < n ? (n * (n - 1)) / 2 : n));
	return { run, runs, silhouettes, total: runs * run + silhouettes.reduce((a, b) => a + b, 0) };
}

/**
 * The elbow sweep: every k's best run (kMeansSweep shares the k-means++ seeding between the
 * ks), then each k's silhouette, with progress weighted by {@link sweepCosts}.
 */
export function sweep(request: SweepRequest, onProgress: ProgressListener): SweepPoint[] {
	const { X, ks, init, seed, nInit } = request;
	const costs = sweepCosts(X.length, ks, nInit);
	const runs = kMeansSweep(X, ks, {
		init,
		seed,
		nInit,
		onProgress: (done) => onProgress(done * costs.run, costs.total, 'runs')
	});
	let done = costs.runs * costs.run;
	return runs.map((run, i) => {
		const clusters = clusterCount(run.labels);
		const silhouette = clusters >= 2 && clusters < X.length ? silhouetteScore(X, run.labels) : null;
		done += costs.silhouettes[i];
		onProgress(i === runs.length - 1 ? costs.total : done, costs.total, 'silhouettes');
		return { k: run.k, inertia: run.inertia, silhouette };
	});
}

/** Runs a job and answers with its reply; an error becomes a message, never a throw. */
export function runJob(job: KMeansJob, onProgress: ProgressListener): KMeansJobReply {
	try {
		if (job.type === 'sweep') return { type: 'sweep', points: sweep(job, onProgress) };
		if (job.type === 'seeds') {
			const { X, k, init } = job;
			return {
				type: 'seeds',
				runs: job.seeds.map((seed) => kMeans(X, k, { init, seed, nInit: 1, recordHistory: false }).runs[0])
			};
		}
		return { type: 'silhouette', values: silhouetteSamples(job.X, job.labels) };
	} catch (error) {
		return { type: 'error', message: error instanceof Error ? error.message : String(error) };
	}
}

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
