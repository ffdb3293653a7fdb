/** Messages between the page and the training worker (`workers/train.worker.ts`). No tfjs here. */
import type { NetworkSpec } from './architecture';
import type { EpochRecord, Problem, TrainingStatus, TrainSettings } from './settings';

/** Everything a run needs; a new setup replaces the running network. */
export interface TrainSetup {
	spec: NetworkSpec;
	problem: Problem;
	settings: TrainSettings;
	/** The decision-boundary grid's feature rows (see problem.ts `boundaryGrid`). */
	grid: Float32Array;
}

export type TrainRequest =
	/** Build a fresh network (epoch 0); `run` numbers it so that late replies of an older run are dropped. */
	| { type: 'setup'; run: number; setup: TrainSetup }
	/** Train up to `maxEpochs` epochs, stopping once `budgetMs` has passed (at least one epoch). */
	| { type: 'train'; run: number; maxEpochs: number; budgetMs: number };

/** What the page draws after a setup or a slice of training. */
export interface TrainSnapshot {
	/** The epochs trained in this slice (after a setup: epoch 0, untrained). */
	records: EpochRecord[];
	status: TrainingStatus;
	bestEpoch: number;
	restored: boolean;
	/** Class probabilities on the grid, cells × classes; null when this slice did not recompute them (see the worker). */
	probabilities: Float32Array | null;
	/** kernels[layer][input][unit]. */
	kernels: number[][][];
}

/** `answers` names the request a snapshot answers, so the page counts only training slices as done. */
export type TrainReply =
	| ({ type: 'snapshot'; run: number; answers: TrainRequest['type'] } & TrainSnapshot)
	| { type: 'error'; run: number; message: string };

/** Starts the training worker (its own chunk: tfjs is downloaded only now). */
export function startTrainWorker(): Worker {
	return new Worker(new URL('../workers/train.worker.ts', import.meta.url), { type: 'module' });
}
