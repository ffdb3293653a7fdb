/**
 * What each remedy does to the training rows and how the model it feeds scores on the test set:
 * pure functions the state, the story and the questions all call, so every number on the page
 * comes from one place. The model is scikit-learn's default logistic regression (C = 1), fitted
 * with the remedy's class weights when it has some.
 */
import { classWeights, randomOversample, randomUndersample, smote, type Resampled } from '$lib/ml/imbalance';
import { fitLogistic } from '$lib/ml/logistic';
import { averagePrecision, binaryMetrics, type BinaryMetrics, type Counts } from '$lib/ml/metrics';
import type { ImbalanceUrlState, Remedy, When } from './codec';
import { splitRows, type ImbalancedData } from './data';

/** What a training point is in the plot: its class, or an added positive. */
export const NEGATIVE = 0;
export const POSITIVE = 1;
export const COPY = 2;
export const SYNTHETIC = 3;

/** The threshold every remedy but threshold moving flags at. */
export const DEFAULT_THRESHOLD = 0.5;

/** The link's settings a remedy reads: SMOTE's neighbours, the custom weight, the moved threshold, the seed. */
export type RemedySettings = Pick<ImbalanceUrlState, 'k' | 'w' | 't' | 'seed'>;

export interface Split {
	train: number[];
	test: number[];
}

export interface Evaluation {
	remedy: Remedy;
	when: When;
	/** Whether the remedy resamples the rows (so before or after the split matters). */
	resamples: boolean;
	/** The rows the model is fitted on, each point's kind (NEGATIVE … SYNTHETIC). */
	train: { X: number[][]; y: number[]; kind: number[] };
	/** Training rows by kind after the remedy. */
	trained: { negatives: number; positives: number; copies: number; synthetic: number };
	/** The class weights the fit used (negative, positive); null for none. */
	weights: [number, number] | null;
	/** SMOTE's neighbours used; null for other remedies. */
	kUsed: number | null;
	threshold: number;
	/** The test rows, their labels and the model's scores. */
	test: { X: number[][]; y: number[]; scores: number[] };
	counts: Counts;
	metrics: BinaryMetrics;
	/** Average precision of the test scores: the area under the precision–recall curve, as scikit-learn's. */
	ap: number;
	/** Test rows that are exact copies of a training row, and SMOTE points built from training rows. */
	leak: { copies: number; synthetic: number };
}

const resampling: Remedy[] = ['over', 'under', 'smote'];
export const resamples = (remedy: Remedy) => resampling.includes(remedy);

/** Positives in a label list. */
export const positivesIn = (y: readonly number[]) => y.reduce((sum, v) => sum + v, 0);

/** SMOTE's k for `positives` rows: at most one fewer than there are, as each needs k others. */
export const smoteK = (k: number, positives: number) => Math.max(1, Math.min(k, positives - 1));

function resample(remedy: Remedy, X: number[][], y: number[], settings: RemedySettings): Resampled {
	const { seed } = settings;
	if (remedy === 'over') return randomOversample(X, y, { seed });
	if (remedy === 'under') return randomUndersample(X, y, { seed });
	return smote(X, y, { k: smoteK(settings.k, positivesIn(y)), seed });
}

/** Rows `at` of a data set, with their labels. */
const pick = <T>(values: readonly T[], at: readonly number[]) => at.map((i) => values[i]);

/** Each row's kind in the plot. */
function kinds(y: readonly number[], added: readonly boolean[], remedy: Remedy): number[] {
	return y.map((label, i) => (!added[i] ? label : remedy === 'smote' ? SYNTHETIC : COPY));
}

/**
 * A key that two rows share exactly when they hold the same values: a copy shares its source's
 * key; a SMOTE point is its own row.
 */
function identity(set: Resampled, i: number, remedy: Remedy): string {
	return remedy === 'smote' && set.synthetic[i] ? `new ${i}` : `row ${set.source[i]}`;
}

/** How the test rows of a set resampled before the split repeat or derive from its training rows. */
function leakOf(set: Resampled, train: number[], test: number[], remedy: Remedy) {
	const trained = new Set(train.map((i) => identity(set, i, remedy)));
	const originals = new Set(train.filter((i) => !set.synthetic[i]).map((i) => set.source[i]));
	let copies = 0;
	let synthetic = 0;
	for (const i of test) {
		if (remedy === 'smote' && set.synthetic[i]) {
			if (originals.has(set.source[i]) || originals.has(set.neighbour[i])) synthetic++;
		} else if (trained.has(identity(set, i, remedy))) copies++;
	}
	return { copies, synthetic };
}

/** The training and test rows for a remedy, resampled after or before the split (cheap: no fit, so the plot follows a slider at once). */
export function rowsFor(
	data: ImbalancedData,
	split: Split,
	remedy: Remedy,
	when: When,
	settings: RemedySettings
) {
	const testRows = { X: pick(data.X, split.test), y: pick(data.y, split.test) };
	const trainX = pick(data.X, split.train);
	const trainY = pick(data.y, split.train);
	if (!resamples(remedy))
		return {
			train: { X: trainX, y: trainY, kind: [...trainY] },
			test: testRows,
			leak: { copies: 0, synthetic: 0 }
		};
	if (when === 'after') {
		const set = resample(remedy, trainX, trainY, settings);
		return {
			train: { X: set.X, y: set.y, kind: kinds(set.y, set.synthetic, remedy) },
			test: testRows,
			leak: { copies: 0, synthetic: 0 }
		};
	}
	// the leak: resample every row, then split what comes out
	const set = resample(remedy, data.X, data.y, settings);
	const resplit = splitRows(set.y, settings.seed);
	const kind = kinds(set.y, set.synthetic, remedy);
	return {
		train: { X: pick(set.X, resplit.train), y: pick(set.y, resplit.train), kind: pick(kind, resplit.train) },
		test: { X: pick(set.X, resplit.test), y: pick(set.y, resplit.test) },
		leak: leakOf(set, resplit.train, resplit.test, remedy)
	};
}

/** The class weights (negative, positive) a remedy fits with; null when it uses none. */
function weightsFor(remedy: Remedy, y: readonly number[], w: number): [number, number] | null {
	if (remedy === 'balanced') {
		const [negative, positive] = classWeights(y);
		return [negative, positive];
	}
	return remedy === 'custom' ? [1, w] : null;
}

/** The confusion counts of `scores` flagged at `threshold` (a score ≥ threshold is positive). */
export function countsAt(y: readonly number[], scores: readonly number[], threshold: number): Counts {
	const counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
	y.forEach((label, i) => {
		const flagged = scores[i] >= threshold;
		if (label === 1) counts[flagged ? 'tp' : 'fn']++;
		else counts[flagged ? 'fp' : 'tn']++;
	});
	return counts;
}

/** One remedy, fitted and scored. */
export function evaluate(
	data: ImbalancedData,
	split: Split,
	remedy: Remedy,
	when: When,
	settings: RemedySettings
): Evaluation {
	const { train, test, leak } = rowsFor(data, split, remedy, when, settings);
	const weights = weightsFor(remedy, train.y, settings.w);
	const sampleWeight = weights ? train.y.map((label) => weights[label]) : undefined;
	const model = fitLogistic(train.X, train.y, {
		sampleWeight,
		// the gradient is a sum over rows: an absolute 1e-8 is below its rounding noise on thousands
		// of rows, and Newton would spend its 100 steps there; 1e-7 per unit of weight is far finer
		// than the three decimals shown
		tol: 1e-7 * (sampleWeight ? sampleWeight.reduce((a, b) => a + b, 0) : train.y.length)
	});
	const scores = model.predictProba(test.X);
	const threshold = remedy === 'threshold' ? settings.t : DEFAULT_THRESHOLD;
	const counts = countsAt(test.y, scores, threshold);
	const count = (kind: number) => train.kind.filter((k) => k === kind).length;
	const copies = count(COPY);
	const synthetic = count(SYNTHETIC);
	return {
		remedy,
		when,
		resamples: resamples(remedy),
		train,
		trained: {
			negatives: count(NEGATIVE),
			positives: count(POSITIVE) + copies + synthetic,
			copies,
			synthetic
		},
		weights,
		kUsed:
			remedy === 'smote'
				? smoteK(settings.k, positivesIn(when === 'after' ? pick(data.y, split.train) : data.y))
				: null,
		threshold,
		test: { X: test.X, y: test.y, scores },
		counts,
		metrics: binaryMetrics(counts),
		ap: averagePrecision(test.y, scores),
		leak
	};
}

/** Every remedy, in the order of the remedy list, resampled `when`. */
export function evaluateAll(
	data: ImbalancedData,
	split: Split,
	list: readonly Remedy[],
	when: When,
	settings: RemedySettings
): Evaluation[] {
	return list.map((remedy) => evaluate(data, split, remedy, when, settings));
}

/** The training split's class counts before any remedy, and XGBoost's scale_pos_weight = negatives ÷ positives. */
export function trainingBalance(data: ImbalancedData, split: Split) {
	const positives = positivesIn(pick(data.y, split.train));
	const negatives = split.train.length - positives;
	return { negatives, positives, scalePosWeight: negatives / positives };
}

/** The test split's share of negatives: the accuracy of a model that flags nothing. */
export function flagNothingAccuracy(data: ImbalancedData, split: Split): number {
	const positives = positivesIn(pick(data.y, split.test));
	return (split.test.length - positives) / split.test.length;
}
