/**
 * One decision-boundary model's fit as a job: the same pure function in the worker
 * (workers/modelZoo.worker.ts) and, where there is no Worker (unit tests), in the page.
 */
import { fitModel, type ModelResult, type SharedSettings } from './boundaryModels';
import type { ModelSettings, Plane } from './boundaryTypes';

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
