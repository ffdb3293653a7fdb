/**
 * The task's runner for one model's fit: the job in a fresh worker through the kit's
 * runInWorker (stopped when the task cancels), or in the page where there is no Worker.
 * The neural network has its own worker (tfjs is downloaded only when it is chosen) and
 * trains nowhere else.
 */
import { runInWorker } from '$lib/kit/task/worker';
import type { RunContext } from '$lib/kit/task/Task.svelte';
import { runFitJob, type FitJob, type FitReply } from '$lib/jobs/boundaryFit';
import type { ModelResult } from '$lib/jobs/boundaryModels';

export type { FitJob };

const makeWorker = () =>
	new Worker(new URL('../../workers/modelZoo.worker.ts', import.meta.url), { type: 'module' });
const makeNetWorker = () =>
	new Worker(new URL('../../workers/modelZooNet.worker.ts', import.meta.url), { type: 'module' });

/** The fit in a worker (in the page without one, but for the network); a failed fit throws its reason. */
export async function fitInWorker(job: FitJob, { signal }: RunContext): Promise<ModelResult> {
	const net = job.settings.kind === 'nn';
	const reply =
		typeof Worker === 'undefined'
			? await Promise.resolve().then(() => (signal.throwIfAborted(), runFitJob(job)))
			: await runInWorker<FitReply>(net ? makeNetWorker : makeWorker, job, { signal });
	if (reply.type === 'error') throw new Error(reply.message);
	return reply.result;
}
