import { describe, expect, it } from 'vitest';
import { kFold } from '$lib/ml/split';
import { cvCodec } from '$lib/widgets/cross-validation/codec';
import { cvQuestions, foldSizes } from '$lib/widgets/cross-validation/quiz';

describe('fold sizes', () => {
	it('are scikit-learn KFold sizes: 103 rows in 5 folds are 21, 21, 21, 20, 20', () => {
		// 103 = 5 × 20 + 3: the first three folds take one more
		expect(foldSizes(103, 5)).toEqual([21, 21, 21, 20, 20]);
		expect(foldSizes(7, 3)).toEqual([3, 2, 2]);
		expect(kFold(103, 5).map((f) => f.test.length)).toEqual(foldSizes(103, 5));
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

	it('round-trips a state and falls back on a tampered field', () => {
		const state = { ...cvCodec.defaults(), method: 'stratified' as const, folds: 10, shuffle: 'off' as const };
		expect(cvCodec.decode(cvCodec.encode(state)).value).toEqual(state);
		const { value, problems } = cvCodec.decode(new URLSearchParams('folds=50&method=holdout'));
		expect([value.folds, value.method]).toEqual([5, 'kfold']);
		expect(problems).toHaveLength(2);
	});
});
