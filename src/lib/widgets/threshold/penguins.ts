/**
 * Real scores: a logistic regression that tells male from female Palmer penguins by
 * their measurements, fitted in the browser. Every penguin's score comes from a model
 * that did not see it (5-fold cross-validated probabilities, as scikit-learn's
 * `cross_val_predict(..., method="predict_proba")`), so the curves are honest.
 */
import { numericMatrix, columnByName, type Table } from '$lib/data/table';
import { fitLogistic } from '$lib/ml/logistic';
import { createRng } from '$lib/ml/random';
import type { ScoreSet } from '$lib/ml/scores';

export const penguinFeatures = ['bill_length_mm', 'bill_depth_mm', 'flipper_length_mm', 'body_mass_g'] as const;
export type PenguinFeature = (typeof penguinFeatures)[number];

export const featureNames: Record<PenguinFeature, string> = {
	bill_length_mm: 'bill length',
	bill_depth_mm: 'bill depth',
	flipper_length_mm: 'flipper length',
	body_mass_g: 'body mass'
};

const folds = 5;

/** Standardises with the training rows' mean and std, so no test row shapes its own scaling. */
function standardiser(train: number[][]): (row: number[]) => number[] {
	const d = train[0].length;
	const mean = Array.from({ length: d }, (_, j) => train.reduce((s, r) => s + r[j], 0) / train.length);
	const sd = mean.map((m, j) => Math.sqrt(train.reduce((s, r) => s + (r[j] - m) ** 2, 0) / train.length) || 1);
	return (row) => row.map((v, j) => (v - mean[j]) / sd[j]);
}

/** The rows that have a sex and every chosen measurement, with label 1 for male. */
export function penguinData(table: Table, features: readonly PenguinFeature[]): { X: number[][]; y: number[] } {
	const sex = columnByName(table, 'sex');
	const { X, rows } = numericMatrix(table, [...features]);
	const keep = rows.map((row, i) => ({ row, i })).filter(({ row }) => sex.values[row] !== null);
	return {
		X: keep.map(({ i }) => X[i]),
		y: keep.map(({ row }) => (sex.values[row] === 'male' ? 1 : 0))
	};
}

/**
 * Out-of-fold probabilities of "male": the rows are shuffled with `seed` and cut into five
 * contiguous folds; each fold is scored by a model fitted (C = 1) on the other four.
 */
export function penguinScores(table: Table, features: readonly PenguinFeature[], seed: number): ScoreSet {
	const { X, y } = penguinData(table, features);
	const order = createRng(seed).shuffle(X.map((_, i) => i));
	const scores = new Array<number>(X.length);
	for (let f = 0; f < folds; f++) {
		// fold sizes as scikit-learn's KFold: the first n mod k folds hold one more
		const base = Math.floor(X.length / folds);
		const extra = X.length % folds;
		const start = f * base + Math.min(f, extra);
		const end = start + base + (f < extra ? 1 : 0);
		const test = order.slice(start, end);
		const train = [...order.slice(0, start), ...order.slice(end)];
		const scale = standardiser(train.map((i) => X[i]));
		const model = fitLogistic(
			train.map((i) => scale(X[i])),
			train.map((i) => y[i])
		);
		const probabilities = model.predictProba(test.map((i) => scale(X[i])));
		test.forEach((i, k) => (scores[i] = probabilities[k]));
	}
	return { yTrue: y, scores };
}
