/**
 * The data-splits widget's numbers: a labelled 2-D data set (optionally drifting in time),
 * its train / validation / test split, and what a 5-nearest-neighbour model scores on each
 * part: across 50 seeds, when k is tuned on the test set, and with duplicated rows leaking.
 */
import { knnAccuracies, knnAccuracy } from '$lib/ml/knn';
import { createRng } from '$lib/ml/random';
import { mean, std } from '$lib/ml/stats';
import { trainValTestSplit, type TrainValTest } from '$lib/ml/split';

export interface SplitData {
	X: number[][];
	/** 1 for the (rarer) positive class. */
	y: number[];
}

export interface DataOptions {
	n: number;
	/** Share of positives, a fraction. */
	positiveShare: number;
	/** Distance between the class centres (per axis). */
	separation: number;
	seed: number;
	/** Samples in time order with both classes drifting, so the future looks unlike the past. */
	drift: boolean;
}

/**
 * Two Gaussian classes (sd 1) around (0, 0) and (s, s). With drift, sample i is taken at time
 * t = i / (n − 1) and both centres move by (3t, 3t): late negatives land where early positives were.
 */
export function makeSplitData({ n, positiveShare, separation, seed, drift }: DataOptions): SplitData {
	// a stream of its own: the split shuffles with `seed`, and the same permutation here would
	// deal every positive into the same part
	const rng = createRng(seed + 1_000_003);
	const positives = new Set(rng.shuffle(Array.from({ length: n }, (_, i) => i)).slice(0, Math.max(1, Math.round(n * positiveShare))));
	const X: number[][] = [];
	const y: number[] = [];
	for (let i = 0; i < n; i++) {
		const label = positives.has(i) ? 1 : 0;
		const shift = (drift ? (3 * i) / Math.max(1, n - 1) : 0) + label * separation;
		X.push([rng.normal(shift, 1), rng.normal(shift, 1)]);
		y.push(label);
	}
	return { X, y };
}

/** Copies of a random 30% of the rows appended, as a careless merge of two exports would leave them. */
export function withDuplicates(data: SplitData, seed: number): SplitData & { copies: number } {
	const n = data.X.length;
	const picked = createRng(seed + 7).shuffle(Array.from({ length: n }, (_, i) => i)).slice(0, Math.round(0.3 * n));
	return {
		X: [...data.X, ...picked.map((i) => [...data.X[i]])],
		y: [...data.y, ...picked.map((i) => data.y[i])],
		copies: picked.length
	};
}

export interface SplitSettings {
	/** Percentages, summing to 100. */
	train: number;
	val: number;
	test: number;
	shuffle: boolean;
	stratify: boolean;
	seed: number;
}

export function splitData(data: SplitData, s: SplitSettings): TrainValTest {
	return trainValTestSplit(data.X.length, {
		train: s.train / 100,
		val: s.val / 100,
		test: s.test / 100,
		seed: s.seed,
		shuffle: s.shuffle,
		stratify: s.stratify && s.shuffle ? data.y : undefined
	});
}

/** Accuracy of k-NN fitted on `fit` rows and scored on `score` rows (null when either is empty). */
export function score(data: SplitData, fit: number[], scoreOn: number[], k: number): number | null {
	if (fit.length === 0 || scoreOn.length === 0) return null;
	const pick = (rows: number[]) => rows.map((i) => data.X[i]);
	return knnAccuracy(pick(fit), fit.map((i) => data.y[i]), pick(scoreOn), scoreOn.map((i) => data.y[i]), Math.min(k, fit.length));
}

/** The test score of the same recipe over `count` seeds: how much one split's number is luck. */
export function seedSpread(data: SplitData, s: SplitSettings, k: number, count = 50): number[] {
	const scores: number[] = [];
	for (let seed = 1; seed <= count; seed++) {
		const parts = splitData(data, { ...s, seed });
		const value = score(data, parts.train, parts.test, k);
		if (value !== null) scores.push(value);
	}
	return scores;
}

export interface TuningRow {
	k: number;
	val: number | null;
	test: number | null;
	/** The score on 1,000 fresh samples from the same source: the truth the parts estimate. */
	fresh: number;
}

export const candidateKs = [1, 3, 5, 7, 9, 11, 15, 21, 31];

/** Scores of every candidate k on validation, test and fresh data, all fitted on the training part (one neighbour search per row for all k). */
export function tuning(data: SplitData, parts: TrainValTest, options: DataOptions): TuningRow[] {
	const fresh = makeSplitData({ ...options, n: 1000, seed: options.seed + 100_000, drift: false });
	const ks = candidateKs.filter((k) => k <= parts.train.length);
	if (ks.length === 0) return [];
	const rows = (idx: number[]) => idx.map((i) => data.X[i]);
	const labels = (idx: number[]) => idx.map((i) => data.y[i]);
	const trainX = rows(parts.train);
	const trainY = labels(parts.train);
	const on = (idx: number[]) => (idx.length === 0 ? ks.map(() => null) : knnAccuracies(trainX, trainY, rows(idx), labels(idx), ks));
	const val = on(parts.val);
	const test = on(parts.test);
	const freshScores = knnAccuracies(trainX, trainY, fresh.X, fresh.y, ks);
	return ks.map((k, i) => ({ k, val: val[i], test: test[i], fresh: freshScores[i] }));
}

/** The row with the highest value of `key`; ties go to the smaller k (the simpler model). */
export function bestBy(rows: TuningRow[], key: 'val' | 'test'): TuningRow | null {
	let best: TuningRow | null = null;
	for (const row of rows) {
		const value = row[key];
		if (value !== null && (best === null || value > (best[key] as number))) best = row;
	}
	return best;
}

export function meanAndSd(values: number[]): { mean: number; sd: number } | null {
	return values.length === 0 ? null : { mean: mean(values), sd: std(values) };
}

/** Per part: its size and its positives. */
export function partCounts(y: number[], parts: TrainValTest): { part: keyof TrainValTest; size: number; positives: number }[] {
	return (['train', 'val', 'test'] as const).map((part) => ({
		part,
		size: parts[part].length,
		positives: parts[part].filter((i) => y[i] === 1).length
	}));
}
