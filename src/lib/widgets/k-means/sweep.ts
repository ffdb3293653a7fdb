/**
 * The work that can take longer than a frame: k-means for k = 1…10 (nInit restarts each)
 * with each k's silhouette score, one k from several seeds, and the silhouette of every
 * sample for one clustering.
 * Plain functions, run in a worker (workers/kmeans.worker.ts) or, where there is none, in
 * the page.
 */
import { kMeans, silhouetteSamples, silhouetteScore, type KMeansInit, type KMeansRun } from '$lib/ml/kmeans';

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

/** The elbow sweep, one k at a time; `onPoint` hears each as it is done. */
export function sweep(request: SweepRequest, onPoint: (done: number, total: number) => void): SweepPoint[] {
	const { X, ks, init, seed, nInit } = request;
	return ks.map((k, i) => {
		const run = kMeans(X, k, { init, seed, nInit, recordHistory: false });
		const clusters = clusterCount(run.labels);
		const silhouette = clusters >= 2 && clusters < X.length ? silhouetteScore(X, run.labels) : null;
		onPoint(i + 1, ks.length);
		return { k, inertia: run.inertia, silhouette };
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
