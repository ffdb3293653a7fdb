import { describe, expect, it } from 'vitest';
import { kFold } from '$lib/ml/split';
import { makeSplitData } from '$lib/widgets/data-splits/analysis';
import { cvCodec, decodeCvState } from '$lib/widgets/cross-validation/codec';
import { foldCountRow, foldCountTable, makeFolds } from '$lib/widgets/cross-validation/folds';
import { cvQuestions, foldSizes } from '$lib/widgets/cross-validation/quiz';

const range = (start: number, stop: number) => Array.from({ length: stop - start }, (_, i) => start + i);
const labels = (n: number) => Array.from({ length: n }, (_, i) => i % 2);
const options = { shuffle: false, seed: 1 };

describe('fold sizes', () => {
	it('are scikit-learn KFold sizes: 103 rows in 5 folds are 21, 21, 21, 20, 20', () => {
		// 103 = 5 × 20 + 3: the first three folds take one more
		expect(foldSizes(103, 5)).toEqual([21, 21, 21, 20, 20]);
		expect(foldSizes(7, 3)).toEqual([3, 2, 2]);
		expect(kFold(103, 5).map((f) => f.test.length)).toEqual(foldSizes(103, 5));
	});
});

describe('time series (expanding window), as scikit-learn TimeSeriesSplit', () => {
	it("gives the documented example: TimeSeriesSplit(n_splits=5) on 6 samples", () => {
		// scikit-learn's docs: train [0] test [1], train [0 1] test [2], …, train [0 1 2 3 4] test [5]
		expect(makeFolds('timeseries', labels(6), 5, options)).toEqual([
			{ train: [0], test: [1] },
			{ train: [0, 1], test: [2] },
			{ train: [0, 1, 2], test: [3] },
			{ train: [0, 1, 2, 3], test: [4] },
			{ train: [0, 1, 2, 3, 4], test: [5] }
		]);
	});

	it('test_size = n_samples // (n_splits + 1); the test blocks are the last k, each trained on everything before it', () => {
		// (n, k, test size by hand): 103 // 6 = 17, 7 // 4 = 1, 20 // 20 = 1, 300 // 21 = 14, 10 // 3 = 3
		for (const [n, k, size] of [
			[103, 5, 17],
			[7, 3, 1],
			[20, 19, 1],
			[300, 20, 14],
			[10, 2, 3]
		]) {
			const folds = makeFolds('timeseries', labels(n), k, options);
			expect(folds.map((f) => f.test.length)).toEqual(new Array(k).fill(size));
			folds.forEach((fold, i) => {
				const start = n - (k - i) * size;
				expect(fold.test).toEqual(range(start, start + size));
				expect(fold.train).toEqual(range(0, start));
			});
		}
		// 20 splits need 21 blocks: 20 rows are too few, as scikit-learn refuses
		expect(() => makeFolds('timeseries', labels(20), 20, options)).toThrow(/only 20 samples/);
	});
});

describe('the bias / variance / compute table', () => {
	const data = makeSplitData({ n: 103, positiveShare: 0.2, separation: 1.5, seed: 1, drift: false });

	it('counts one fit per fold, and the rows each fit trains on', () => {
		const rows = foldCountTable(data, 'kfold', options, 5);
		expect(rows.map((r) => r.folds)).toEqual([2, 5, 10, 20, 'loo']);
		expect(rows.map((r) => r.fits)).toEqual([2, 5, 10, 20, 103]);
		// each fit trains on n minus its test fold, so on average n − n / k: 103 − 51.5, 103 − 20.6, …, and 102 for leave-one-out
		expect(rows.map((r) => r.trainRows)).toEqual([51.5, 82.4, 92.7, 97.85, 102].map((v) => expect.closeTo(v, 10)));
		for (const row of rows) {
			expect(row.mean).toBeGreaterThanOrEqual(0);
			expect(row.mean).toBeLessThanOrEqual(1);
		}
		// leave-one-out scores one row per fold, so each fold scores 0 or 1: sd = √(p(1 − p)) for the mean p
		const loo = rows[4];
		expect(loo.sd).toBeCloseTo(Math.sqrt((loo.mean as number) * (1 - (loo.mean as number))), 12);
	});

	it('has no leave-one-out for time order, and says why a fold count cannot be made', () => {
		expect(foldCountRow(data, 'timeseries', options, 5, 'loo')).toMatchObject({ mean: null, fits: null, problem: expect.stringMatching(/train on rows after/) });
		// 20 rows, 2 positives and 18 negatives: 20 stratified folds exceed both classes, which scikit-learn refuses;
		// 10 folds exceed only the positives, which it merely warns about
		const few = makeSplitData({ n: 20, positiveShare: 0.1, separation: 1.5, seed: 1, drift: false });
		expect(foldCountRow(few, 'stratified', options, 5, 20)).toMatchObject({ fits: null, problem: expect.stringMatching(/no class has that many samples/) });
		expect(foldCountRow(few, 'stratified', options, 5, 10).fits).toBe(10);
		// time-series with 20 splits on 20 rows is refused: 21 blocks needed
		expect(foldCountRow(few, 'timeseries', options, 5, 20)).toMatchObject({ mean: null, problem: expect.stringMatching(/only 20 samples/) });
	});
});

describe('cross-validation questions and link', () => {
	it('asks the largest fold and the leave-one-out fit count from the numbers', () => {
		const folds = kFold(103, 5);
		const questions = cvQuestions({ n: 103, folds, method: 'kfold', k: 5 }, 1, 10);
		expect(questions.find((q) => q.id === 'largest-fold')?.answer).toBe(21);
		expect(questions.find((q) => q.id === 'loo-fits')?.answer).toBe(103);
		// the last fold tests rows 83–102, so it trains on the other 83
		expect(questions.find((q) => q.id === 'train-size')?.answer).toBe(83);
	});

	it('asks the time-series test size as scikit-learn computes it: 103 // 6 = 17', () => {
		const folds = makeFolds('timeseries', labels(103), 5, options);
		const questions = cvQuestions({ n: 103, folds, method: 'timeseries', k: 5 }, 1, 10);
		expect(questions.find((q) => q.id === 'time-series-fold')?.answer).toBe(17);
		expect(questions.find((q) => q.id === 'largest-fold')).toBeUndefined();
		// the last split trains on every row before 103 − 17 = 86
		expect(questions.find((q) => q.id === 'train-size')?.answer).toBe(86);
	});

	it('keeps the other questions in their places when one does not apply', () => {
		for (let seed = 1; seed <= 20; seed++) {
			const kfold = cvQuestions({ n: 103, folds: kFold(103, 5), method: 'kfold', k: 5 }, seed, 10).map((q) => q.id);
			const loo = cvQuestions({ n: 103, folds: kFold(103, 5), method: 'loo', k: 5 }, seed, 10).map((q) => q.id);
			expect(kfold.filter((id) => id !== 'largest-fold')).toEqual(loo);
		}
	});

	it('round-trips a state and falls back on a tampered field; old links keep their data', () => {
		const state = { ...cvCodec.defaults(), method: 'timeseries' as const, folds: 10, shuffle: 'off' as const, time: 'on' as const, dseed: 4 };
		expect(decodeCvState(cvCodec.encode(state)).value).toEqual(state);
		const { value, problems } = decodeCvState(new URLSearchParams('folds=50&method=holdout'));
		expect([value.folds, value.method]).toEqual([5, 'kfold']);
		expect(problems).toHaveLength(2);
		expect(decodeCvState(new URLSearchParams('seed=9')).value).toMatchObject({ seed: 9, dseed: 9 });
	});
});
