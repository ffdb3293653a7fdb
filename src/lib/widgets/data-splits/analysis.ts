/**
 * The data-splits widget's numbers: a labelled 2-D data set (optionally drifting in time),
 * its train / validation / test split, and what a k-nearest-neighbour model scores on each
 * part. The leaks live in leaks.ts, the 50-seed summaries in seedRuns.ts.
 */
import { knnAccuracies, knnAccuracy } from '$lib/ml/knn';
import { createRng, type Rng } from '$lib/ml/random';
import { mean, std } from '$lib/ml/stats';
import { splitSizes, trainValTestSplit, type TrainValTest } from '$lib/ml/split';
import { counted } from './words';

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
	/** Seed of the data alone: the split has a seed of its own, so changing it never changes the rows. */
	seed: number;
	/** Samples in time order with both classes drifting, so the future looks unlike the past. */
	drift: boolean;
}

/** Both class centres move by (3t, 3t) as time t runs from 0 (first row) to 1 (last row). */
const DRIFT_PER_UNIT_TIME = 3;

/**
 * `count` samples, round(count · share) (at least one) of them positive at random places:
 * two Gaussian classes (sd 1) around (d, d) and (d + s, d + s), d = `driftOf(i)` for sample i.
 */
function drawSamples(rng: Rng, count: number, share: number, separation: number, driftOf: (i: number) => number): SplitData {
	const positives = new Set(rng.shuffle(Array.from({ length: count }, (_, i) => i)).slice(0, Math.max(1, Math.round(count * share))));
	const X: number[][] = [];
	const y: number[] = [];
	for (let i = 0; i < count; i++) {
		const label = positives.has(i) ? 1 : 0;
		const shift = driftOf(i) + label * separation;
		X.push([rng.normal(shift, 1), rng.normal(shift, 1)]);
		y.push(label);
	}
	return { X, y };
}

/**
 * Two Gaussian classes (sd 1) around (0, 0) and (s, s). With drift, sample i is taken at time
 * t = i / (n − 1) and both centres move by (3t, 3t): late negatives land where early positives were.
 */
export function makeSplitData({ n, positiveShare, separation, seed, drift }: DataOptions): SplitData {
	// a stream of its own, apart from any split's shuffle
	const rng = createRng(seed + 1_000_003);
	return drawSamples(rng, n, positiveShare, separation, (i) => (drift ? (DRIFT_PER_UNIT_TIME * i) / Math.max(1, n - 1) : 0));
}

/** Fresh samples to score against: how many, and (for drifting data) how far past the series they reach. */
export const FRESH_COUNT = 1000;

/**
 * 1,000 new samples from the same source, the truth a held-out part estimates. For drifting data
 * they come from after the series ends: times evenly from just past t = 1 to 1 + `horizon`
 * (a fraction of the series' length), since a model is used on the future, not on its own past.
 */
export function makeFreshData(options: DataOptions, horizon: number): SplitData {
	// the stream earlier versions drew their fresh samples from, so old links show the same table
	const rng = createRng(options.seed + 100_000 + 1_000_003);
	const driftOf = options.drift ? (i: number) => DRIFT_PER_UNIT_TIME * (1 + (horizon * (i + 1)) / FRESH_COUNT) : () => 0;
	return drawSamples(rng, FRESH_COUNT, options.positiveShare, options.separation, driftOf);
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
	/** Seed of the shuffle alone. */
	seed: number;
}

/** The parts' shares as the engine takes them: fractions, not percentages. */
export function fractionsOf(s: SplitSettings): { train: number; val: number; test: number } {
	return { train: s.train / 100, val: s.val / 100, test: s.test / 100 };
}

export function splitData(data: SplitData, s: SplitSettings): TrainValTest {
	return trainValTestSplit(data.X.length, {
		...fractionsOf(s),
		seed: s.seed,
		shuffle: s.shuffle,
		stratify: s.stratify && s.shuffle ? data.y : undefined
	});
}

const partNames = { train: 'training', val: 'validation', test: 'test' } as const;

/**
 * Why stratifying cannot deal these rows (null when it can), in words for the control: the two
 * rules scikit-learn's StratifiedShuffleSplit enforces and the engine throws for. Every class
 * needs 2 samples, and every part that is not empty needs room for one sample of each class.
 */
export function stratifyProblem(y: number[], s: SplitSettings): string | null {
	if (!s.stratify || !s.shuffle) return null;
	const positives = y.filter((v) => v === 1).length;
	const negatives = y.length - positives;
	const fewest = Math.min(positives, negatives);
	if (fewest < 2) {
		const kind = positives <= negatives ? 'positive' : 'negative';
		return `Stratifying needs at least 2 samples of each class to share between the parts, but these ${counted(y.length, 'sample')} hold ${counted(fewest, kind)}. Raise Positives or Samples, or turn stratifying off.`;
	}
	const sizes = splitSizes(y.length, fractionsOf(s));
	for (const part of ['train', 'val', 'test'] as const) {
		if (sizes[part] > 0 && sizes[part] < 2) {
			return `Stratifying needs room for one sample of each class in every part, but the ${partNames[part]} part holds ${counted(sizes[part], 'sample')}. Give it a larger share or more samples, or turn stratifying off.`;
		}
	}
	return null;
}

/** The k that k-NN can use with this many training rows: k itself, or all of them when there are fewer. */
export function usableK(k: number, trainSize: number): number {
	return Math.max(1, Math.min(k, trainSize));
}

/** Accuracy of k-NN fitted on `fit` rows and scored on `scoreOn` rows (null when either is empty); k is capped at the training size. */
export function score(data: SplitData, fit: number[], scoreOn: number[], k: number): number | null {
	if (fit.length === 0 || scoreOn.length === 0) return null;
	const pick = (rows: number[]) => rows.map((i) => data.X[i]);
	return knnAccuracy(pick(fit), fit.map((i) => data.y[i]), pick(scoreOn), scoreOn.map((i) => data.y[i]), usableK(k, fit.length));
}

/** Accuracy of k-NN fitted on `fit` rows of `data`, scored on every row of `other` (fresh data). */
export function scoreOnOther(data: SplitData, fit: number[], other: SplitData, k: number): number | null {
	if (fit.length === 0 || other.X.length === 0) return null;
	return knnAccuracy(fit.map((i) => data.X[i]), fit.map((i) => data.y[i]), other.X, other.y, usableK(k, fit.length));
}

/** The seeds every 50-seed summary uses. */
export const SPREAD_SEEDS = Array.from({ length: 50 }, (_, i) => i + 1);

export interface TuningRow {
	k: number;
	val: number | null;
	test: number | null;
	/** The score on 1,000 fresh samples (for drifting data, from after the series): the truth the parts estimate. */
	fresh: number;
}

export const candidateKs = [1, 3, 5, 7, 9, 11, 15, 21, 31];

/** Scores of every candidate k on validation, test and fresh data, all fitted on the training part (one neighbour search per row for all k). */
export function tuning(data: SplitData, parts: TrainValTest, fresh: SplitData): TuningRow[] {
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
