/**
 * "Fit preprocessing inside each fold", measured: on a wide table of pure noise (100 rows, 1,000
 * features unrelated to the label), k-NN on the 50 features most correlated with the label is
 * cross-validated twice on the same folds: the features ranked inside each fold on its training
 * rows (honest: a coin flip, 50% on average), or once on all 100 rows before the folds (the
 * leak: every test fold helped choose them).
 */
import { knnPredictions } from '$lib/ml/holdoutScore';
import { columnsChosenOn, projectColumns, WIDE_TABLE, type LeakPair } from '$lib/ml/selectionLeak';
import type { Fold } from '$lib/ml/split';
import type { SplitData } from '$lib/ml/splitDatasets';
import type { Method } from './codec';
import { makeFolds, scoreFolds, type FoldOptions } from './folds';

/** The wide table's folds: the page's method and count, capped so every fold can be made on 100 rows. */
export function wideFolds(table: SplitData, method: Method, k: number, options: FoldOptions) {
	return makeFolds(
		method,
		table.y,
		Math.min(k, method === 'timeseries' ? WIDE_TABLE.rows - 1 : WIDE_TABLE.rows),
		options
	);
}

/** One fold's predictions of its test rows by the honest and the leaky pipeline. */
export interface LeakFoldPredictions {
	clean: number[];
	leaky: number[];
}

/** The honest pipeline ranks the features on the fold's training rows; the leaky one uses `leakyColumns`, ranked on all rows. */
export function leakFoldPredictions(
	table: SplitData,
	leakyColumns: readonly number[],
	fold: Fold,
	neighbours: number
): LeakFoldPredictions {
	return {
		clean: knnPredictions(
			projectColumns(table, columnsChosenOn(table, fold.train)),
			fold.train,
			fold.test,
			neighbours
		),
		leaky: knnPredictions(projectColumns(table, leakyColumns), fold.train, fold.test, neighbours)
	};
}

/** The CV estimate (mean of the fold scores, pooled for one-row folds) of each pipeline from its folds' predictions. */
export function leakFromPredictions(
	y: readonly number[],
	folds: readonly Fold[],
	predictions: readonly LeakFoldPredictions[]
): LeakPair {
	return {
		clean: scoreFolds(y, folds, (_, i) => predictions[i].clean).estimate,
		leaky: scoreFolds(y, folds, (_, i) => predictions[i].leaky).estimate
	};
}

/** The CV estimate of the honest and the leaky pipeline on the same folds of the wide table, all at once. */
export function cvSelectionLeak(
	table: SplitData,
	leakyColumns: readonly number[],
	method: Method,
	k: number,
	options: FoldOptions,
	neighbours: number
): LeakPair {
	const folds = wideFolds(table, method, k, options);
	return leakFromPredictions(
		table.y,
		folds,
		folds.map((fold) => leakFoldPredictions(table, leakyColumns, fold, neighbours))
	);
}
