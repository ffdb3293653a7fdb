/**
 * The work that can take longer than a frame: k-means for k = 1…10 (nInit restarts each)
 * with each k's silhouette score, one k from several seeds, and the silhouette of every
 * sample for one clustering.
 * Plain functions, run in a worker (workers/kmeans.worker.ts) or, where there is none, in
 * the page.
 */
import { kMeans, kMeansSweep, silhouetteSamples, silhouetteScore, type KMeansInit, type KMeansRun } from '$lib/ml/kmeans';

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

export type KMeansJobReply =
	| { type: 'progress'; done: number; total: number }
	| { type: 'sweep'; points: SweepPoint[] }
	| { type: 'silhouette'; values: number[] }
	| { type: 'seeds'; runs: KMeansRun[] }
	| { type: 'error'; message: string };

/** How many distinct clusters the labels name (an empty cluster can leave fewer than k). */
export function clusterCount(labels: readonly number[]): number {
	return new Set(labels).size;
}

/**
 * The elbow sweep: every k's best run (kMeansSweep shares the k-means++ seeding between the
 * ks), then each k's silhouette. `onProgress` hears the steps done of the total: one per run
 * (ks × nInit) and one per silhouette.
 */
export function sweep(request: SweepRequest, onProgress: (done: number, total: number) => void): SweepPoint[] {
	const { X, ks, init, seed, nInit } = request;
	const runCount = new Set(ks).size * nInit;
	const total = runCount + ks.length;
	const runs = kMeansSweep(X, ks, { init, seed, nInit, onProgress: (done) => onProgress(done, total) });
	return runs.map((run, i) => {
		const clusters = clusterCount(run.labels);
		const silhouette = clusters >= 2 && clusters < X.length ? silhouetteScore(X, run.labels) : null;
		onProgress(runCount + i + 1, total);
		return { k: run.k, inertia: run.inertia, silhouette };
	});
}

/** Runs a job and answers with its reply; an error becomes a message, never a throw. */
export function runJob(job: KMeansJob, onProgress: (done: number, total: number) => void): KMeansJobReply {
	try {
		if (job.type === 'sweep') return { type: 'sweep', points: sweep(job, onProgress) };
		if (job.type === 'seeds') {
			const { X, k, init } = job;
			return { type: 'seeds', runs: job.seeds.map((seed) => kMeans(X, k, { init, seed, nInit: 1, recordHistory: false }).runs[0]) };
		}
		return { type: 'silhouette', values: silhouetteSamples(job.X, job.labels) };
	} catch (error) {
		return { type: 'error', message: error instanceof Error ? error.message : String(error) };
	}
}
