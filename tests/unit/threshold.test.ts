import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	countsAt,
	errorCost,
	indexScores,
	maxF1Threshold,
	minCostThreshold,
	thresholdForRecall
} from '$lib/ml/threshold';

// scikit-learn's roc_curve example: y = [0, 0, 1, 1], scores = [0.1, 0.4, 0.35, 0.8].
// Sorted high to low: 0.8 (pos), 0.4 (neg), 0.35 (pos), 0.1 (neg).
const y = [0, 0, 1, 1];
const s = [0.1, 0.4, 0.35, 0.8];

describe('countsAt', () => {
	const index = indexScores(y, s);

	it('predicts positive when the score is >= the threshold', () => {
		expect(countsAt(index, 0.5)).toEqual({ tp: 1, fp: 0, fn: 1, tn: 2 });
		expect(countsAt(index, 0.4)).toEqual({ tp: 1, fp: 1, fn: 1, tn: 1 });
		expect(countsAt(index, 0.35)).toEqual({ tp: 2, fp: 1, fn: 0, tn: 1 });
		expect(countsAt(index, 0.1)).toEqual({ tp: 2, fp: 2, fn: 0, tn: 0 });
		expect(countsAt(index, 0)).toEqual({ tp: 2, fp: 2, fn: 0, tn: 0 });
		expect(countsAt(index, Infinity)).toEqual({ tp: 0, fp: 0, fn: 2, tn: 2 });
	});

	it('flags tied scores together', () => {
		// sorted: 0.9 (pos), then 0.5 × 3 (pos, neg, pos), then 0.2 (neg)
		const tied = indexScores([1, 0, 1, 0, 1], [0.5, 0.5, 0.9, 0.2, 0.5]);
		expect(tied.distinct).toEqual([0.9, 0.5, 0.2]);
		expect(countsAt(tied, 0.5)).toEqual({ tp: 3, fp: 1, fn: 0, tn: 1 });
		expect(countsAt(tied, 0.500001)).toEqual({ tp: 1, fp: 0, fn: 2, tn: 2 });
	});

	it('handles all scores equal: everything or nothing is flagged', () => {
		const flat = indexScores([1, 0, 0], [0.3, 0.3, 0.3]);
		expect(countsAt(flat, 0.3)).toEqual({ tp: 1, fp: 2, fn: 0, tn: 0 });
		expect(countsAt(flat, 0.31)).toEqual({ tp: 0, fp: 0, fn: 1, tn: 2 });
	});

	it('refuses bad input with a message', () => {
		expect(() => indexScores([0, 2], [0.1, 0.2])).toThrow(/yTrue\[1\] is 2/);
		expect(() => indexScores([0, 1], [0.1, NaN])).toThrow(/scores\[1\] is NaN/);
		expect(() => indexScores([], [])).toThrow(/empty/);
		expect(() => countsAt(index, NaN)).toThrow(/NaN/);
	});

	it('agrees with a direct count at any threshold (property)', () => {
		const sample = fc
			.array(fc.tuple(fc.constantFrom(0, 1), fc.integer({ min: 0, max: 20 })), {
				minLength: 1,
				maxLength: 40
			})
			.chain((pairs) => fc.tuple(fc.constant(pairs), fc.integer({ min: -1, max: 21 })));
		fc.assert(
			fc.property(sample, ([pairs, t]) => {
				const labels = pairs.map((p) => p[0]);
				const scores = pairs.map((p) => p[1] / 20);
				const threshold = t / 20;
				const expected = { tp: 0, fp: 0, fn: 0, tn: 0 };
				pairs.forEach((_, i) => {
					const flagged = scores[i] >= threshold;
					if (labels[i] === 1) expected[flagged ? 'tp' : 'fn']++;
					else expected[flagged ? 'fp' : 'tn']++;
				});
				expect(countsAt(indexScores(labels, scores), threshold)).toEqual(expected);
			})
		);
	});
});

describe('threshold pickers', () => {
	const index = indexScores(y, s);

	it('finds the threshold with the highest F1', () => {
		// F1 = 2TP / (2TP + FP + FN): at 0.8: 2/3; at 0.4: 2/4; at 0.35: 4/5; at 0.1: 4/6
		const choice = maxF1Threshold(index);
		expect(choice?.threshold).toBe(0.35);
		expect(choice?.counts).toEqual({ tp: 2, fp: 1, fn: 0, tn: 1 });
	});

	it('finds the highest threshold that reaches a recall', () => {
		expect(thresholdForRecall(index, 0.5)?.threshold).toBe(0.8);
		expect(thresholdForRecall(index, 0.9)?.threshold).toBe(0.35);
		expect(thresholdForRecall(index, 1)?.threshold).toBe(0.35);
		// 19 of 20 positives is exactly 95%, although 0.95 × 20 is 18.999… in floating point
		const twenty = indexScores(
			Array.from({ length: 20 }, () => 1),
			Array.from({ length: 20 }, (_, i) => i / 20)
		);
		expect(thresholdForRecall(twenty, 0.95)?.counts.tp).toBe(19);
		expect(() => thresholdForRecall(index, 0)).toThrow(/targetRecall/);
	});

	it('finds the cheapest threshold, ties going to the highest', () => {
		// costs (FP, FN) = (1, 1): nothing 2, 0.8 → 1, 0.4 → 2, 0.35 → 1, 0.1 → 2: tie, highest is 0.8
		expect(minCostThreshold(index, 1, 1).threshold).toBe(0.8);
		// (1, 5): nothing 10, 0.8 → 5, 0.4 → 6, 0.35 → 1, 0.1 → 2
		expect(minCostThreshold(index, 1, 5).threshold).toBe(0.35);
		// (10, 1): nothing 2, 0.8 → 1, 0.4 → 11, 0.35 → 10, 0.1 → 20
		expect(minCostThreshold(index, 10, 1).threshold).toBe(0.8);
		// free false negatives: flagging nothing costs 0
		expect(minCostThreshold(index, 1, 0).threshold).toBe(Infinity);
		expect(errorCost({ tp: 1, fp: 2, fn: 3, tn: 4 }, 10, 100)).toBe(320);
		expect(() => minCostThreshold(index, -1, 1)).toThrow(/costFp/);
	});

	it('says there is no answer with a single class, rather than inventing one', () => {
		const negativesOnly = indexScores([0, 0, 0], [0.2, 0.5, 0.9]);
		expect(maxF1Threshold(negativesOnly)).toBeNull();
		expect(thresholdForRecall(negativesOnly, 0.9)).toBeNull();
		// the cost is still defined: with only negatives, flagging nothing is free
		expect(minCostThreshold(negativesOnly, 1, 1).counts).toEqual({ tp: 0, fp: 0, fn: 0, tn: 3 });
	});
});
