/**
 * The cross-validation widget's folds and scores: a thin layer over the engine's splitters and
 * the split lessons' k-NN score (ROC AUC of its vote share), so the unit tests can check them
 * without a page.
 */
import { auc, knnPredictions, meanAndSd } from '$lib/ml/holdoutScore';
import { kFold, leaveOneOut, stratifiedKFold, timeSeriesSplit, type Fold } from '$lib/ml/split';
import type { SplitData } from '$lib/ml/splitDatasets';
import type { Method } from './codec';

export interface FoldOptions {
	/** Shuffle before dealing (k-fold and stratified only: time order and leave-one-out never shuffle). */
	shuffle: boolean;
	seed: number;
}

/**
 * The folds of a method on labels `y`: scikit-learn's KFold, StratifiedKFold, TimeSeriesSplit
 * (expanding window: test folds of ⌊n / (k + 1)⌋ rows, each trained on every row before it) or
 * LeaveOneOut. Throws the engine's error when the folds cannot be made.
 */
export function makeFolds(method: Method, y: readonly number[], k: number, options: FoldOptions): Fold[] {
	const n = y.length;
	if (method === 'loo') return leaveOneOut(n);
	if (method === 'timeseries') return timeSeriesSplit(n, k);
	if (method === 'stratified') return stratifiedKFold(y, k, options);
	return kFold(n, k, options);
}

/** What a cross-validation run scores. */
export interface CvScore {
	/** AUC of each fold; null where the fold's test rows hold one class only (AUC is 0/0 there). */
	scores: (number | null)[];
	/** Folds with a score. */
	scored: number;
	/** Mean and population sd (ddof 0, as NumPy's std of cross_val_score's array) of the fold scores that exist. */
	mean: number | null;
	sd: number | null;
	/** AUC of every out-of-fold score pooled, as scikit-learn's cross_val_predict(method='predict_proba') then roc_auc_score. */
	pooled: number | null;
	/**
	 * The run's estimate: the mean of the fold scores; when no fold has one (leave-one-out tests
	 * one row, so one class, per fold), the pooled score.
	 */
	estimate: number | null;
	estimateKind: 'mean' | 'pooled';
}

/** Scores a run whose model predicts each fold's test rows with `predict` (given the fold and its index). */
export function scoreFolds(
	y: readonly number[],
	folds: readonly Fold[],
	predict: (fold: Fold, index: number) => number[]
): CvScore {
	const truth: number[] = [];
	const predicted: number[] = [];
	const scores = folds.map((fold, index) => {
		const labels = fold.test.map((i) => y[i]);
		const guesses = predict(fold, index);
		truth.push(...labels);
		predicted.push(...guesses);
		return auc(labels, guesses);
	});
	const defined = scores.filter((s): s is number => s !== null);
	const stats = meanAndSd(defined);
	const pooled = truth.length > 0 ? auc(truth, predicted) : null;
	return {
		scores,
		scored: defined.length,
		mean: stats?.mean ?? null,
		sd: stats?.sd ?? null,
		pooled,
		estimate: stats ? stats.mean : pooled,
		estimateKind: stats ? 'mean' : 'pooled'
	};
}

/** k-NN (`neighbours`, capped at each fold's training rows) cross-validated on `data`. */
export function crossValidate(data: SplitData, folds: readonly Fold[], neighbours: number): CvScore {
	return scoreFolds(data.y, folds, (fold) => knnPredictions(data, fold.train, fold.test, neighbours));
}

/** scikit-learn's TimeSeriesSplit on n rows with k splits: each test fold's rows, ⌊n / (k + 1)⌋, and the first rows, only ever trained on. */
export function timeSeriesRule(n: number, k: number): { testSize: number; firstBlock: number } {
	const testSize = Math.floor(n / (k + 1));
	return { testSize, firstBlock: n - k * testSize };
}

/** Test-fold sizes as the formula gives them: n = q·k + r, so r folds of q + 1 rows and k − r of q. */
export function foldSizeRule(
	n: number,
	k: number
): { small: number; large: number; largeFolds: number; smallFolds: number } {
	const small = Math.floor(n / k);
	const largeFolds = n % k;
	return { small, large: small + 1, largeFolds, smallFolds: k - largeFolds };
}

/** The parts of "mean ± sd" of the fold scores that exist, for the formula with its numbers: Σs, n, Σ(s − mean)². Null without a score. */
export function meanSdParts(
	scores: readonly (number | null)[]
): { values: number[]; sum: number; count: number; mean: number; squares: number; sd: number } | null {
	const values = scores.filter((s): s is number => s !== null);
	if (values.length === 0) return null;
	const sum = values.reduce((a, b) => a + b, 0);
	const mean = sum / values.length;
	const squares = values.reduce((a, s) => a + (s - mean) ** 2, 0);
	return { values, sum, count: values.length, mean, squares, sd: Math.sqrt(squares / values.length) };
}
