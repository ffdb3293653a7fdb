/**
 * The widget's data: two round Gaussian classes in two features, the positives rarer and shifted
 * along the diagonal, then one stratified split that holds 30% out as the test set.
 */
import { createRng } from '$lib/ml/random';
import { trainValTestSplit } from '$lib/ml/split';

/** Share of the rows held out as the test set. */
export const TEST_SHARE = 0.3;
/** Fewest positives made: a stratified split then leaves at least 2 in training, so SMOTE has a neighbour. */
export const MIN_POSITIVES = 4;

export interface ImbalancedData {
	X: number[][];
	y: number[];
}

/** How many of n rows are positive at `percent`%: rounded, at least {@link MIN_POSITIVES}, leaving as many negatives. */
export function positiveCount(n: number, percent: number): number {
	return Math.min(Math.floor(n / 2), Math.max(MIN_POSITIVES, Math.round((n * percent) / 100)));
}

/**
 * n rows: negatives around (0, 0), positives around (s/√2, s/√2), both with σ 1 per feature, so
 * the centres are `separation` σ apart. Negatives come first (the plot draws positives on top).
 */
export function makeImbalanced(n: number, percent: number, separation: number, seed: number): ImbalancedData {
	const rng = createRng(seed);
	const positives = positiveCount(n, percent);
	const shift = separation / Math.SQRT2;
	const X: number[][] = [];
	const y: number[] = [];
	for (let i = 0; i < n; i++) {
		const label = i < n - positives ? 0 : 1;
		X.push([rng.normal(label * shift, 1), rng.normal(label * shift, 1)]);
		y.push(label);
	}
	return { X, y };
}

/** The stratified train / test split of labels `y` (indices), the same for the same seed. */
export function splitRows(y: readonly number[], seed: number): { train: number[]; test: number[] } {
	const { train, test } = trainValTestSplit(y.length, {
		train: 1 - TEST_SHARE,
		val: 0,
		test: TEST_SHARE,
		seed,
		stratify: y
	});
	return { train, test };
}
