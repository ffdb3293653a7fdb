/** What a training run is given and what it reports: plain types and lists, no tfjs (the page imports them). */

export type OptimizerName = 'sgd' | 'momentum' | 'adam';
export const OPTIMIZERS: readonly OptimizerName[] = ['sgd', 'momentum', 'adam'];

export interface TrainSettings {
	optimizer: OptimizerName;
	learningRate: number;
	batchSize: number;
	/** Kernel penalties, each >= 0. */
	l1: number;
	l2: number;
	/** Dropout rate of every hidden layer, in [0, 1). */
	dropout: number;
	/** Epochs without a lower validation loss before stopping; 0 turns early stopping off. */
	patience: number;
	/** On an early stop, put back the weights of the best epoch (Keras's restore_best_weights). */
	restoreBest: boolean;
	seed: number;
}

/** The data, already scaled and turned into features (see features.ts). */
export interface Problem {
	/** Rows flattened, `inputs` numbers each. */
	trainX: Float32Array;
	trainY: readonly number[];
	valX: Float32Array;
	valY: readonly number[];
	inputs: number;
	classes: number;
}

/** One epoch's figures; cross-entropy in nats per sample (the penalty not included), accuracy in [0, 1]. */
export interface EpochRecord {
	epoch: number;
	trainLoss: number;
	valLoss: number;
	trainAccuracy: number;
	valAccuracy: number;
}

/** running: more epochs to go; stopped: early stopping ended it; diverged: the loss blew up. */
export type TrainingStatus = 'running' | 'stopped' | 'diverged';
