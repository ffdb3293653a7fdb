/**
 * From a 2-D data set to what a network trains on: a seeded, stratified train /
 * validation split, a standard scaler fitted on the training part only (no leak from
 * validation), and the feature rows with the chosen crosses. The decision-boundary grid
 * goes through the same scaler and crosses, so the network sees it as it saw the data.
 * No tfjs here: the page calls it, and the worker gets the typed arrays.
 */
import type { Dataset } from '$lib/ml/datasets';
import { largest } from '$lib/ml/extremes';
import { fitScaler, type Scaler } from '$lib/ml/scaling';
import { trainValTestSplit } from '$lib/ml/split';
import { featureMatrix, inputNames, type Cross } from './features';
import type { Problem } from './settings';

export interface ProblemOptions {
	/** Share of the samples trained on, in (0, 1); the rest is validation. */
	trainFraction: number;
	/** Seed of the split (give one apart from the data's seed). */
	seed: number;
	crosses: readonly Cross[];
}

export interface PreparedProblem {
	problem: Problem;
	/** Sample indices of each part, into the data set's rows. */
	train: number[];
	val: number[];
	/** False when the parts were too small to keep each class's share, and the split is plain random. */
	stratified: boolean;
	scaler: Scaler<'standard'>;
	crosses: readonly Cross[];
}

/** Splits (stratified by class where the parts are large enough), scales and builds the features. Throws when a part would be empty. */
export function prepareProblem(
	data: Dataset,
	{ trainFraction, seed, crosses }: ProblemOptions
): PreparedProblem {
	const classes = largest(data.y) + 1;
	const n = data.y.length;
	const fractions = { train: trainFraction, val: 1 - trainFraction, test: 0, seed };
	let stratified = true;
	let parts;
	try {
		parts = trainValTestSplit(n, { ...fractions, stratify: data.y });
	} catch {
		// too few points to give every class a place in both parts (e.g. 4 classes, 2 training points)
		stratified = false;
		parts = trainValTestSplit(n, fractions);
	}
	const { train, val } = parts;
	const scaler = fitScaler(
		'standard',
		train.map((i) => data.X[i])
	);
	const part = (indices: number[]) => featureMatrix(scaler.transform(indices.map((i) => data.X[i])), crosses);
	return {
		problem: {
			trainX: part(train),
			trainY: train.map((i) => data.y[i]),
			valX: part(val),
			valY: val.map((i) => data.y[i]),
			inputs: inputNames(crosses).length,
			classes
		},
		train,
		val,
		stratified,
		scaler,
		crosses
	};
}

/** A square grid over the data's plane, cell centres row by row from the top (largest x₂) down. */
export interface Grid {
	/** Cells per side. */
	size: number;
	xDomain: [number, number];
	yDomain: [number, number];
	/** The cells' feature rows, scaled and crossed as the training data. */
	features: Float32Array;
}

/** The grid for the decision boundary: `size` × `size` cells over the given domains. */
export function boundaryGrid(
	prepared: PreparedProblem,
	size: number,
	xDomain: [number, number],
	yDomain: [number, number]
): Grid {
	const points: number[][] = [];
	for (let row = 0; row < size; row++) {
		const y = yDomain[1] - ((row + 0.5) / size) * (yDomain[1] - yDomain[0]);
		for (let col = 0; col < size; col++)
			points.push([xDomain[0] + ((col + 0.5) / size) * (xDomain[1] - xDomain[0]), y]);
	}
	return {
		size,
		xDomain,
		yDomain,
		features: featureMatrix(prepared.scaler.transform(points), prepared.crosses)
	};
}
