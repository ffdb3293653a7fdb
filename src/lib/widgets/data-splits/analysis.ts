/**
 * The data-splits widget's numbers: the train / validation / test split of the lesson's data
 * (`$lib/ml/splitDatasets`) and what a k-nearest-neighbour model scores on each part, by ROC
 * AUC of its vote share (`$lib/ml/holdoutScore`). The leaks live in leaks.ts, the 50-seed
 * summaries in seedRuns.ts.
 */
import { aucPairs, candidateKs, knnPredictions, rowsOf, scoresForKs } from '$lib/ml/holdoutScore';
import { createRng } from '$lib/ml/random';
import { splitSizes, trainValTestSplit, type TrainValTest } from '$lib/ml/split';
import type { SplitData } from '$lib/ml/splitDatasets';
import { counted, formatCount } from '$lib/format/format';

/** Copies of a random 30% of the rows appended, as a careless merge of two exports would leave them. */
export function withDuplicates(data: SplitData, seed: number): SplitData & { copies: number } {
	const n = data.X.length;
	const picked = createRng(seed + 7)
		.shuffle(Array.from({ length: n }, (_, i) => i))
		.slice(0, Math.round(0.3 * n));
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

/** The seeds every 50-seed summary uses. */
export const SPREAD_SEEDS = Array.from({ length: 50 }, (_, i) => i + 1);

export interface TuningRow {
	k: number;
	val: number | null;
	test: number | null;
	/** The score on 1,000 fresh samples (for drifting data, from after the series): the truth the parts estimate. */
	fresh: number | null;
}

/**
 * AUC of every candidate k on validation, test and fresh data, all fitted on the
 * training part (one neighbour search per row for all k). A part that holds one class only
 * scores null for every k.
 */
export function tuning(data: SplitData, parts: TrainValTest, fresh: SplitData): TuningRow[] {
	const ks = candidateKs.filter((k) => k <= parts.train.length);
	if (ks.length === 0) return [];
	const val = scoresForKs(data, parts.train, rowsOf(data, parts.val), ks);
	const test = scoresForKs(data, parts.train, rowsOf(data, parts.test), ks);
	const freshScores = scoresForKs(data, parts.train, fresh, ks);
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

/** Per part: its size and its positives. */
export function partCounts(
	y: number[],
	parts: TrainValTest
): { part: keyof TrainValTest; size: number; positives: number }[] {
	return (['train', 'val', 'test'] as const).map((part) => ({
		part,
		size: parts[part].length,
		positives: parts[part].filter((i) => y[i] === 1).length
	}));
}

/** The pairs the test part's AUC is made of: k-NN fitted on the training part, run on the `scored` rows. */
export function partPairs(data: SplitData, train: number[], scored: number[], k: number) {
	return aucPairs(
		scored.map((i) => data.y[i]),
		knnPredictions(data, train, scored, k)
	);
}

/** A held-out part's size worked out for the page: "⌈0.1 × 200⌉ = 20", with the product shown when it is not whole ("⌈0.15 × 33⌉ = ⌈4.95⌉ = 5"). */
export function heldOutArithmetic(percent: number, rows: number, size: number): string {
	const product = Number(((percent / 100) * rows).toFixed(3));
	return `⌈${percent / 100} × ${formatCount(rows)}⌉ = ${Number.isInteger(product) ? '' : `⌈${product}⌉ = `}${formatCount(size)}`;
}

/** The parts' names on the page, in the engine's order. */
/**
 * Why a validation or test part shows no score: there is no split, the part lacks a class
 * (`lacks`, so AUC is undefined), or the part is empty; null when it has a score.
 */
export function missingScoreWhy(
	split: boolean,
	score: number | null,
	lacks: string | null,
	part: 'val' | 'test'
): string | null {
	if (!split) return 'no split';
	if (score !== null) return null;
	const name = part === 'val' ? 'validation' : 'test';
	return lacks ? `undefined: the ${name} part holds no ${lacks}` : `no ${name} part`;
}

/** Which scored parts hold one class only, in words ("" when both hold both): the tuning table then cannot pick a k. */
export function untunableText(valLacks: string | null, testLacks: string | null): string {
	return [
		valLacks && `the validation part holds no ${valLacks}`,
		testLacks && `the test part holds no ${testLacks}`
	]
		.filter(Boolean)
		.join(' and ');
}

export const PART_NAMES = { train: 'Training', val: 'Validation', test: 'Test' } as const;

/** A part (or all rows) with its share of positives; `share` is null for an empty part, which has none. */
export interface PartShare {
	part: 'all' | keyof TrainValTest;
	label: string;
	size: number;
	positives: number;
	share: number | null;
}

/** All rows first, then each part: the numbers the share chart and the counts table both show. */
export function partShares(y: number[], counts: ReturnType<typeof partCounts>): PartShare[] {
	const positives = y.filter((v) => v === 1).length;
	return [
		{
			part: 'all',
			label: 'All data',
			size: y.length,
			positives,
			share: y.length ? positives / y.length : null
		},
		...counts.map((c) => ({
			part: c.part,
			label: PART_NAMES[c.part],
			size: c.size,
			positives: c.positives,
			share: c.size ? c.positives / c.size : null
		}))
	];
}

/** The sample grid's text alternative: each part's size and positives, or why nothing was dealt. */
export function gridSummary(rows: number, counts: ReturnType<typeof partCounts>): string {
	if (counts.length === 0)
		return `${counted(rows, 'sample')}, none dealt to a part: the split cannot be made.`;
	return (
		counts
			.map((c) => `${PART_NAMES[c.part]}: ${counted(c.size, 'sample')}, ${formatCount(c.positives)} positive`)
			.join('; ') + '.'
	);
}

/** The fewest and most positives the test part holds over split seeds 1–50 with these settings. */
export interface SeedRange {
	min: number;
	max: number;
}

/**
 * The test part's positives on the splits of SPREAD_SEEDS with these settings (only the seed
 * changes): how far the luck of the deal moves a rare class. Splitting only, no model: cheap.
 */
export function testPositivesOverSeeds(data: SplitData, s: SplitSettings): SeedRange {
	const counts = SPREAD_SEEDS.map(
		(seed) => splitData(data, { ...s, seed }).test.filter((i) => data.y[i] === 1).length
	);
	return { min: Math.min(...counts), max: Math.max(...counts) };
}
