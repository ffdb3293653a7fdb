/**
 * What the cross-validation questions ask about, computed once from the page's state: each
 * predict question's answer comes from the engine run on the changed state, here, so that the
 * quiz only words it and a test can recompute it independently.
 */
import type { Fold } from '$lib/ml/split';
import type { SplitData } from '$lib/ml/splitDatasets';
import type { CvUrlState } from './codec';
import { makeFolds } from './folds';

export interface CvQuizFacts {
	input: CvUrlState;
	/** Rows on the page. */
	n: number;
	/** Positives on the page. */
	positives: number;
	/** Plain k-fold (the page's folds and shuffle) against stratified k-fold: positives in each test fold; null unless the page shows plain k-fold. */
	stratify: { plain: number[]; stratified: number[] } | null;
	/**
	 * Shuffled k-fold with the page's fold count on the same rows, in time order: how many of its
	 * folds train on a row that comes after one of their test rows (the same count is 0 for
	 * TimeSeriesSplit); null when the page already shows shuffled k-fold on time-ordered data.
	 */
	timeShuffle: { folds: number; trainOnLater: number } | null;
}

const positivesIn = (y: readonly number[], folds: readonly Fold[]) =>
	folds.map((fold) => fold.test.filter((i) => y[i] === 1).length);

/** Folds that fit on a row from after one of their test rows: each has seen part of the future it is scored on. */
export function foldsTrainingOnLater(folds: readonly Fold[]): number {
	return folds.filter(
		(fold) =>
			fold.train.length > 0 && fold.test.length > 0 && Math.max(...fold.train) > Math.min(...fold.test)
	).length;
}

/** The k-fold count the questions use: the page's, or 5 when the page shows leave-one-out. */
export function questionFolds(input: CvUrlState): number {
	return input.method === 'loo' ? 5 : input.folds;
}

export function cvQuizFacts(input: CvUrlState, data: SplitData): CvQuizFacts {
	const k = questionFolds(input);
	const positives = data.y.filter((v) => v === 1).length;
	const options = { shuffle: input.shuffle === 'on', seed: input.seed };
	let stratify: CvQuizFacts['stratify'] = null;
	if (input.method === 'kfold' && positives >= k) {
		stratify = {
			plain: positivesIn(data.y, makeFolds('kfold', data.y, k, options)),
			stratified: positivesIn(data.y, makeFolds('stratified', data.y, k, options))
		};
	}
	const showsShuffledTime =
		input.time === 'on' &&
		input.shuffle === 'on' &&
		(input.method === 'kfold' || input.method === 'stratified');
	const timeShuffle = showsShuffledTime
		? null
		: {
				folds: k,
				trainOnLater: foldsTrainingOnLater(makeFolds('kfold', data.y, k, { shuffle: true, seed: input.seed }))
			};
	return { input, n: data.y.length, positives, stratify, timeShuffle };
}
