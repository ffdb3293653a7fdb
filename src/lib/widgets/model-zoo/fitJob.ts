/**
 * One model's fit as a job: the same pure function in the worker and, where there is no
 * Worker (unit and component tests), in the page. The task's runner posts it to a fresh
 * worker through the kit's runInWorker and stops it when the task cancels.
 */
import { runInWorker } from '$lib/kit/task/worker';
import type { RunContext } from '$lib/kit/task/Task.svelte';
import { fitModel, type ModelResult, type SharedSettings } from './models';
import type { ModelSettings } from './codec';
import type { Plane } from './plane';

export interface FitJob {
	plane: Plane;
	settings: ModelSettings;
	shared: SharedSettings;
}

export type FitReply = { type: 'fit'; result: ModelResult } | { type: 'error'; message: string };

/** Runs a job; a model that cannot be fitted answers with its reason. */
export function runFitJob(job: FitJob): FitReply {
	try {
		return { type: 'fit', result: fitModel(job.plane, job.settings, job.shared) };
	} catch (error) {
		return { type: 'error', message: error instanceof Error ? error.message : String(error) };
	}
}

const makeWorker = () =>
	new Worker(new URL('../../workers/modelZoo.worker.ts', import.meta.url), { type: 'module' });

/** The task's runner: the fit in a worker (in the page without one); a failed fit throws its reason. */
export async function fitInWorker(job: FitJob, { signal }: RunContext): Promise<ModelResult> {
	const reply =
		typeof Worker === 'undefined'
			? await Promise.resolve().then(() => (signal.throwIfAborted(), runFitJob(job)))
			: await runInWorker<FitReply>(makeWorker, job, { signal });
	if (reply.type === 'error') throw new Error(reply.message);
	return reply.result;
}
