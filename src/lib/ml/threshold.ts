/**
 * A classifier's scores turned into a confusion matrix at any threshold, and the
 * thresholds that are best by a named rule. The scores are sorted once
 * ({@link indexScores}); each threshold after that costs a binary search, so a
 * dragged threshold never re-sorts thousands of scores.
 *
 * Convention (scikit-learn's `roc_curve` and `precision_recall_curve`): a sample
 * is predicted positive when its score is >= the threshold.
 */
import { checkPaired } from './curves';
import { binaryMetrics, type Counts } from './metrics';

/** Scores sorted from highest to lowest, with running counts of the positives among them. */
export interface ScoreIndex {
	/** Scores in decreasing order. */
	sorted: Float64Array;
	/** positivesAbove[k]: how many of the k highest scores belong to positives (length n + 1). */
	positivesAbove: Int32Array;
	positives: number;
	negatives: number;
	/** The distinct scores, decreasing: the only thresholds that give different matrices. */
	distinct: number[];
}

/**
 * Sorts the scores once for {@link countsAt} and the threshold pickers.
 * Inputs: `yTrue`, labels 0/1; `scores`, finite numbers, same length.
 * Throws for empty, unequal or non-finite input and for labels other than 0/1.
 * A single class is allowed here (a matrix is still defined); the curves refuse it.
 */
export function indexScores(yTrue: readonly number[], scores: readonly number[]): ScoreIndex {
	checkPaired('yTrue', yTrue, 'scores', scores);
	const n = scores.length;
	for (let i = 0; i < n; i++) {
		if (yTrue[i] !== 0 && yTrue[i] !== 1)
			throw new Error(`yTrue[${i}] is ${yTrue[i]}; binary labels must be 0 or 1`);
	}
	const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => scores[j] - scores[i]);
	const sorted = new Float64Array(n);
	const positivesAbove = new Int32Array(n + 1);
	const distinct: number[] = [];
	for (let k = 0; k < n; k++) {
		const score = scores[order[k]];
		sorted[k] = score;
		positivesAbove[k + 1] = positivesAbove[k] + yTrue[order[k]];
		if (k === 0 || score !== sorted[k - 1]) distinct.push(score);
	}
	const positives = positivesAbove[n];
	return { sorted, positivesAbove, positives, negatives: n - positives, distinct };
}

/** How many scores are >= threshold: a binary search over the decreasing scores. */
function countAbove(index: ScoreIndex, threshold: number): number {
	let lo = 0;
	let hi = index.sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (index.sorted[mid] >= threshold) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** The confusion matrix when every score >= threshold is predicted positive. */
export function countsAt(index: ScoreIndex, threshold: number): Counts {
	if (Number.isNaN(threshold)) throw new Error('threshold is NaN; it must be a number');
	const flagged = countAbove(index, threshold);
	const tp = index.positivesAbove[flagged];
	const fp = flagged - tp;
	return { tp, fp, fn: index.positives - tp, tn: index.negatives - fp };
}

/** A threshold chosen by a rule, with the matrix it gives. */
export interface ThresholdChoice {
	threshold: number;
	counts: Counts;
}

/**
 * Every threshold that gives a distinct matrix, highest first: +Infinity (flag
 * nothing), then each distinct score. Linear in n after the sort.
 */
function* candidates(index: ScoreIndex): Generator<ThresholdChoice> {
	const { sorted, positivesAbove, positives, negatives } = index;
	yield { threshold: Infinity, counts: { tp: 0, fp: 0, fn: positives, tn: negatives } };
	for (let k = 0; k < sorted.length; k++) {
		// the last of a run of tied scores: every tie is flagged together
		if (k + 1 < sorted.length && sorted[k + 1] === sorted[k]) continue;
		const tp = positivesAbove[k + 1];
		const fp = k + 1 - tp;
		yield { threshold: sorted[k], counts: { tp, fp, fn: positives - tp, tn: negatives - fp } };
	}
}

/** The best candidate by `score` (higher is better); ties go to the highest threshold, which flags the fewest. */
function best(index: ScoreIndex, score: (c: Counts) => number | null): ThresholdChoice | null {
	let chosen: ThresholdChoice | null = null;
	let bestScore = -Infinity;
	for (const candidate of candidates(index)) {
		const value = score(candidate.counts);
		if (value !== null && value > bestScore) {
			bestScore = value;
			chosen = candidate;
		}
	}
	return chosen;
}

/**
 * The threshold with the highest F1. Null when F1 is undefined everywhere (no positives:
 * F1 = 2TP/(2TP + FP + FN) is 0/0 at the threshold that flags nothing, and 0 elsewhere,
 * so "best" would mean nothing).
 */
export function maxF1Threshold(index: ScoreIndex): ThresholdChoice | null {
	if (index.positives === 0) return null;
	return best(index, (c) => binaryMetrics(c).f1);
}

/**
 * The highest threshold whose recall reaches `targetRecall` (a fraction in (0, 1]): of all
 * thresholds that catch enough positives, the one that flags the fewest samples, so its
 * precision is the best the target allows. Null when there are no positives.
 */
export function thresholdForRecall(index: ScoreIndex, targetRecall: number): ThresholdChoice | null {
	if (!(targetRecall > 0 && targetRecall <= 1)) {
		throw new Error(`targetRecall is ${targetRecall}; it must be a fraction above 0 and at most 1`);
	}
	if (index.positives === 0) return null;
	// Recall only grows as the threshold falls, so the first candidate to reach the target is the highest.
	// Compare counts, not rounded fractions: TP >= target × P, with a hair of slack for 0.95 × 20 = 18.999….
	const needed = targetRecall * index.positives - 1e-9;
	for (const candidate of candidates(index)) {
		if (candidate.counts.tp >= needed) return candidate;
	}
	return null; // unreachable: the lowest score flags every positive
}

/** Total cost of a matrix: each false positive at `costFp`, each false negative at `costFn`. */
export function errorCost(c: Counts, costFp: number, costFn: number): number {
	return costFp * c.fp + costFn * c.fn;
}

/**
 * The threshold with the lowest total cost of mistakes, FP × costFp + FN × costFn
 * (costs >= 0). Ties go to the highest threshold.
 */
export function minCostThreshold(index: ScoreIndex, costFp: number, costFn: number): ThresholdChoice {
	for (const [name, cost] of [
		['costFp', costFp],
		['costFn', costFn]
	] as const) {
		if (!(cost >= 0) || !Number.isFinite(cost))
			throw new Error(`${name} is ${cost}; a cost must be a finite number >= 0`);
	}
	// there is always a candidate (+Infinity), and a cost is never null
	return best(index, (c) => -errorCost(c, costFp, costFn)) as ThresholdChoice;
}
