/**
 * The decision-boundary widget's neural network: the /overfitting widget's network kit
 * (src/lib/nn: its Mlp and Trainer on tfjs's cpu backend), trained for a fixed number of
 * epochs on the plane's training rows and read like every other model (boundaryModels.ts's
 * resultOf). Only the network's worker (workers/modelZooNet.worker.ts) imports this module,
 * and the page starts that worker only once a network is chosen: tfjs is downloaded then.
 */
import { featureMatrix } from '$lib/nn/features';
import { parameterCount, type NetworkSpec } from '$lib/nn/architecture';
import type { TrainSettings } from '$lib/nn/settings';
import { useCpuBackend } from '$lib/nn/tf';
import { Trainer } from '$lib/nn/trainer';
import { prepare, resultOf, type ModelResult, type SharedSettings } from './boundaryModels';
import type { ModelSettings, Plane } from './boundaryTypes';

/**
 * The fixed training budget: epochs of Adam over the training rows in batches of 32. Enough
 * for 8 tanh units to bend round circles and moons; bounded, so a fit ends in about a second.
 */
export const NN_EPOCHS = 150;

/** One hidden layer of `units` tanh units on the two standardised inputs, one sigmoid output. */
export const networkSpec = (units: number): NetworkSpec => ({
	inputs: 2,
	hidden: [units],
	activation: 'tanh',
	classes: 2
});

/** Adam at 0.03, no penalty, no dropout; no early stopping (it would watch the test rows). */
const trainSettings = (seed: number): TrainSettings => ({
	optimizer: 'adam',
	learningRate: 0.03,
	batchSize: 32,
	l1: 0,
	l2: 0,
	dropout: 0,
	patience: 0,
	restoreBest: false,
	seed
});

/**
 * Trains the network on the plane's training rows (standardised as for logistic regression
 * and k-NN) and reads it on the training rows, the test rows and the grid. `shouldStop` is
 * asked after every epoch (the page's Stop ends a worker outright; a caller without one can
 * still stop). Throws as fitModel does.
 */
export async function fitNetwork(
	plane: Plane,
	settings: ModelSettings,
	shared: SharedSettings,
	shouldStop: () => boolean = () => false
): Promise<ModelResult> {
	await useCpuBackend();
	const prepared = prepare(plane);
	const { trainRows, trainY, testRows, testY } = prepared;
	const spec = networkSpec(settings.units);
	const trainer = new Trainer(
		spec,
		{
			trainX: featureMatrix(trainRows, []),
			trainY,
			valX: featureMatrix(testRows, []),
			valY: testY,
			inputs: 2,
			classes: 2
		},
		trainSettings(shared.seed)
	);
	try {
		for (let epoch = 0; epoch < NN_EPOCHS && trainer.trainEpoch(); epoch++) {
			if (shouldStop()) throw new Error('Stopped.');
		}
		if (trainer.status === 'diverged') throw new Error('The network’s training diverged.');
		const probability = (rows: number[][]) => {
			const p = trainer.probabilities(featureMatrix(rows, []));
			return rows.map((_, i) => p[2 * i + 1]);
		};
		return resultOf(plane, 'nn', prepared, {
			probability,
			size: { parameters: parameterCount(spec), nodes: null, trees: null, stored: null, depth: null }
		});
	} finally {
		trainer.dispose();
	}
}
