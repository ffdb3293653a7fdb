/**
 * Real scores: a logistic regression that tells male from female Palmer penguins by
 * their measurements, fitted in the browser. Every penguin's score comes from a model
 * that did not see it (5-fold cross-validated probabilities, as scikit-learn's
 * `cross_val_predict(..., method="predict_proba")`), so the curves are honest. The page
 * imports this with the table, so a page on simulated scores never downloads the model.
 */
import { numericMatrix, columnByName, type Table } from '$lib/data/table';
import { fitLogistic } from '$lib/ml/logistic';
import { fitScaler } from '$lib/ml/scaling';
import { kFold } from '$lib/ml/split';
import type { ScoreSet } from '$lib/ml/scores';
import type { PenguinFeature } from './penguinFeatures';

const folds = 5;

/** The rows that have a sex and every chosen measurement, with label 1 for male. */
export function penguinData(
	table: Table,
	features: readonly PenguinFeature[]
): { X: number[][]; y: number[] } {
	const sex = columnByName(table, 'sex');
	const { X, rows } = numericMatrix(table, [...features]);
	const keep = rows.map((row, i) => ({ row, i })).filter(({ row }) => sex.values[row] !== null);
	return {
		X: keep.map(({ i }) => X[i]),
		y: keep.map(({ row }) => (sex.values[row] === 'male' ? 1 : 0))
	};
}

/**
 * Out-of-fold probabilities of "male": five shuffled folds (`kFold`, as scikit-learn's KFold with
 * shuffle=True); each fold is scored by a model fitted (C = 1) on the other four.
 */
export function penguinScores(table: Table, features: readonly PenguinFeature[], seed: number): ScoreSet {
	const { X, y } = penguinData(table, features);
	const scores = new Array<number>(X.length);
	for (const { train, test } of kFold(X.length, folds, { shuffle: true, seed })) {
		// standardised with the training rows' mean and std, so no test row shapes its own scaling
		const scaler = fitScaler(
			'standard',
			train.map((i) => X[i])
		);
		const model = fitLogistic(
			scaler.transform(train.map((i) => X[i])),
			train.map((i) => y[i])
		);
		const probabilities = model.predictProba(scaler.transform(test.map((i) => X[i])));
		test.forEach((i, k) => (scores[i] = probabilities[k]));
	}
	return { yTrue: y, scores };
}
