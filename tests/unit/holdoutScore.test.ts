import { describe, expect, it } from 'vitest';
import {
	auc,
	aucPairs,
	knnPredictions,
	knnShares,
	meanAndSd,
	missingClass,
	rowsOf,
	score,
	scoresForKs,
	usableK
} from '$lib/ml/holdoutScore';
import { binaryMetrics } from '$lib/ml/metrics';
import { makeSplitData } from '$lib/ml/splitDatasets';
import { trainValTestSplit } from '$lib/ml/split';

describe('the split lessons’ score: ROC AUC of k-NN’s share of positive neighbours', () => {
	it('AUC matches scikit-learn’s roc_auc_score on its documented kind of example, and its pairs add up', () => {
		// roc_auc_score([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) = 0.75: of the 4 (positive, negative) pairs the positive wins 3
		expect(auc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])).toBeCloseTo(0.75, 12);
		expect(aucPairs([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])).toEqual({
			won: 3,
			ties: 0,
			positives: 2,
			negatives: 2
		});
		// a constant score ties every pair: (0 + ½ × 4) / 4 = 0.5, however accurate "all negative" is
		expect(auc([0, 0, 0, 1], [0, 0, 0, 0])).toBe(0.5);
		expect(aucPairs([0, 0, 0, 1], [0, 0, 0, 0])).toEqual({ won: 0, ties: 3, positives: 1, negatives: 3 });
		expect(binaryMetrics({ tp: 0, fp: 0, fn: 1, tn: 3 }).accuracy).toBe(0.75);
		// one class only: no pair, no AUC
		expect(auc([1, 1], [0.2, 0.9])).toBeNull();
	});

	it('a part lacking a class says which', () => {
		const y = [0, 1, 0, 0];
		expect(missingClass(y, [0, 2])).toBe('positive');
		expect(missingClass(y, [1])).toBe('negative');
		expect(missingClass(y, [0, 1])).toBeNull();
		expect(missingClass(y, [])).toBe('positive');
	});

	it('the share of positives among the k nearest training rows, by hand', () => {
		// training rows 0, 1, 10 labelled 0, 1, 1; k = 2: x = 0.4 → rows at 0 and 1 → 1/2; x = 9 → rows at 10 and 1 → 2/2
		const data = { X: [[0], [1], [10], [0.4], [9]], y: [0, 1, 1, 0, 1] };
		expect(knnShares(data, [0, 1, 2], [[0.4], [9]], 2)).toEqual([0.5, 1]);
		expect(knnPredictions(data, [0, 1, 2], [3, 4], 2)).toEqual([0.5, 1]);
		// scored rows 3 (negative, 0.5) and 4 (positive, 1): the positive wins the only pair
		expect(score(data, [0, 1, 2], [3, 4], 2)).toBe(1);
		// k larger than the training rows is capped: k = 5 on 3 rows uses all 3
		expect(usableK(5, 3)).toBe(3);
		expect(knnShares(data, [0, 1, 2], [[0.4]], 5)).toEqual([2 / 3]);
	});

	it('scoresForKs gives every k the score one k at a time gives', () => {
		const data = makeSplitData({ n: 200, positiveShare: 0.2, separation: 1.5, seed: 4, drift: false });
		const parts = trainValTestSplit(200, { train: 0.6, val: 0.2, test: 0.2, seed: 3, stratify: data.y });
		const ks = [1, 3, 5, 9, 31];
		expect(scoresForKs(data, parts.train, rowsOf(data, parts.test), ks)).toEqual(
			ks.map((k) => expect.closeTo(score(data, parts.train, parts.test, k) as number, 12))
		);
		expect(
			scoresForKs(
				data,
				parts.train,
				rowsOf(
					data,
					parts.test.filter((i) => data.y[i] === 0)
				),
				ks
			)
		).toEqual(ks.map(() => null));
	});

	it('meanAndSd uses the population standard deviation', () => {
		// 0.8, 0.9, 1.0: mean 0.9, deviations ±0.1 → sd √(0.02 / 3)
		const stats = meanAndSd([0.8, 0.9, 1]);
		expect(stats?.mean).toBeCloseTo(0.9, 12);
		expect(stats?.sd).toBeCloseTo(Math.sqrt(0.02 / 3), 12);
		expect(meanAndSd([])).toBeNull();
	});
});
