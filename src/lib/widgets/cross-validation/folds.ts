/**
 * The cross-validation widget's folds and scores: one function per question the page asks, each
 * a thin layer over the engine's splitters, so the unit tests can check them without a page.
 */
import { kFold, leaveOneOut, stratifiedKFold, timeSeriesSplit, type Fold } from '$lib/ml/split';
import { meanAndSd, score, type SplitData } from '../data-splits/analysis';
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

/** Accuracy of k-NN (`neighbours`, capped at each fold's training rows) on each fold's test rows. */
export function foldScores(data: SplitData, folds: Fold[], neighbours: number): number[] {
	return folds.map((fold) => score(data, fold.train, fold.test, neighbours) ?? 0);
}

/** One row of the bias / variance / compute table: the fold count, what the folds score, and what they cost. */
export interface FoldCountRow {
	/** Folds, or 'loo' for leave-one-out. */
	folds: number | 'loo';
	/** Mean and population sd of the per-fold accuracies; null when these folds cannot be made. */
	mean: number | null;
	sd: number | null;
	/** Rows each model is fitted on (the mean over the folds). */
	trainRows: number | null;
	/** Model fits: one per fold. */
	fits: number | null;
	/** Why the folds cannot be made, when they cannot. */
	problem: string | null;
}

/** The fold counts the trade-off table compares. */
export const COMPARED_FOLD_COUNTS = [2, 5, 10, 20, 'loo'] as const;

/**
 * One row of the trade-off table: the same method with `count` folds (or leave-one-out) on the
 * same data. Leave-one-out has no time-ordered version: its folds would train on the future.
 */
export function foldCountRow(data: SplitData, method: Method, options: FoldOptions, neighbours: number, count: number | 'loo'): FoldCountRow {
	const empty = { folds: count, mean: null, sd: null, trainRows: null, fits: null };
	if (count === 'loo' && method === 'timeseries') {
		return { ...empty, problem: 'leave-one-out would train on rows after the one it tests' };
	}
	try {
		const folds = count === 'loo' ? leaveOneOut(data.y.length) : makeFolds(method === 'loo' ? 'kfold' : method, data.y, count, options);
		const stats = meanAndSd(foldScores(data, folds, neighbours));
		const trainRows = folds.reduce((sum, f) => sum + f.train.length, 0) / folds.length;
		return { folds: count, mean: stats?.mean ?? null, sd: stats?.sd ?? null, trainRows, fits: folds.length, problem: null };
	} catch (error) {
		return { ...empty, problem: error instanceof Error ? error.message.replace(/^\w+: /, '') : String(error) };
	}
}

/**
 * The whole trade-off table: the mean score (fewer folds train on fewer rows, so it tends lower),
 * the spread of the fold scores (smaller folds, noisier scores) and the fits each costs.
 */
export function foldCountTable(data: SplitData, method: Method, options: FoldOptions, neighbours: number): FoldCountRow[] {
	return COMPARED_FOLD_COUNTS.map((count) => foldCountRow(data, method, options, neighbours, count));
}
