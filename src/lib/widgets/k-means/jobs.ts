/**
 * Runners for the k-means tasks: each job runs in the k-means worker through the kit's
 * runInWorker, with progress, and stops when its task cancels it. Where there is no Worker
 * (unit and component tests) the job runs in the page instead.
 */
import { runInWorker } from '$lib/kit/task/worker';
import type { RunContext } from '$lib/kit/task/Task.svelte';
import {
	runJob,
	type KMeansJob,
	type KMeansJobReply,
	type SweepPhase,
	type SweepPoint
} from '$lib/ml/kmeansJobs';
import type { KMeansRun } from '$lib/ml/kmeans';

const makeWorker = () =>
	new Worker(new URL('../../workers/kmeans.worker.ts', import.meta.url), { type: 'module' });

type Answer = Exclude<KMeansJobReply, { type: 'progress' }>;

/** Runs a job and answers with its reply; the worker's error reply becomes a thrown Error (the task's message). */
async function runKMeansJob<T extends Answer['type']>(
	job: KMeansJob,
	expect: T,
	{ signal, progress }: RunContext
): Promise<Extract<Answer, { type: T }>> {
	const onProgress = (done: number, total: number, phase: SweepPhase) => progress(done / total, phase);
	const reply: KMeansJobReply =
		typeof Worker === 'undefined'
			? await Promise.resolve().then(() => (signal.throwIfAborted(), runJob(job, onProgress)))
			: await runInWorker<KMeansJobReply>(makeWorker, job, {
					signal,
					onProgress: (p) => onProgress(p.done, p.total, p.phase)
				});
	if (reply.type === 'error') throw new Error(reply.message);
	if (reply.type !== expect) throw new Error(`the k-means worker answered ${reply.type}, not ${expect}`);
	return reply as Extract<Answer, { type: T }>;
}

export const sweepJob = async (
	job: KMeansJob & { type: 'sweep' },
	context: RunContext
): Promise<SweepPoint[]> => (await runKMeansJob(job, 'sweep', context)).points;

export const seedsJob = async (
	job: KMeansJob & { type: 'seeds' },
	context: RunContext
): Promise<KMeansRun[]> => (await runKMeansJob(job, 'seeds', context)).runs;

export const silhouetteJob = async (
	job: KMeansJob & { type: 'silhouette' },
	context: RunContext
): Promise<number[]> => (await runKMeansJob(job, 'silhouette', context)).values;
