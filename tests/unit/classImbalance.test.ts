import { describe, expect, it } from 'vitest';
import { imbalanceCodec } from '$lib/widgets/class-imbalance/codec';
import { makeImbalanced, positiveCount } from '$lib/widgets/class-imbalance/data';
import { resultOf } from '$lib/widgets/class-imbalance/results';
import { copiesByValue, fitted, scoresByHand, SEEDS, stateWith } from './classImbalanceByHand';

describe('the class-imbalance codec', () => {
	it('round-trips a changed state and falls back field by field on a tampered link', () => {
		const state = stateWith({ pos: 0.5, rem: 'custom', when: 'before', w: 12.5, n: 4000, t: 0.35 });
		expect(imbalanceCodec.decode(imbalanceCodec.encode(state)).value).toEqual(state);
		const { value, problems } = imbalanceCodec.decode(new URLSearchParams('pos=abc&rem=magic&k=50&n=300'));
		expect(value.pos).toBe(imbalanceCodec.defaults().pos);
		expect(value.rem).toBe(imbalanceCodec.defaults().rem);
		expect(value.k).toBe(imbalanceCodec.defaults().k);
		expect(value.n).toBe(300);
		expect(problems).toHaveLength(3);
	});
});

describe('the data', () => {
	it.each([
		// n · percent / 100, rounded, at least 4, at most half
		{ n: 1000, pct: 2, expected: 20 },
		{ n: 1000, pct: 0.5, expected: 5 },
		{ n: 200, pct: 0.5, expected: 4 },
		{ n: 5000, pct: 50, expected: 2500 }
	])('$n rows at $pct% hold $expected positives', ({ n, pct, expected }) => {
		expect(positiveCount(n, pct)).toBe(expected);
		expect(makeImbalanced(n, pct, 2, 1).y.filter((v) => v === 1)).toHaveLength(expected);
	});
});

describe('every remedy on the test set', () => {
	it.each(SEEDS)(
		'after the split: scores as counted by hand, no test row from training (seed %i)',
		async (seed) => {
			const results = await fitted(stateWith({ seed }));
			for (const e of results.after) {
				const byHand = scoresByHand(e.test.y, e.test.scores, e.remedy === 'threshold' ? 0.2 : 0.5);
				expect(e.metrics.accuracy).toBeCloseTo(byHand.accuracy, 12);
				expect(e.metrics.recall).toBe(byHand.recall);
				expect(e.metrics.precision).toBe(byHand.precision);
				expect(e.leak).toEqual({ copies: 0, synthetic: 0 });
				expect(copiesByValue(e.train.X, e.test.X)).toBe(0);
				// the untouched test set: 300 rows, the data's share of positives (20 of 1,000 → 6 of 300)
				expect(e.test.y).toHaveLength(300);
				expect(e.test.y.filter((v) => v === 1)).toHaveLength(6);
			}
		}
	);

	it.each(SEEDS)(
		'oversampling before the split puts copies of training rows in the test set (seed %i)',
		async (seed) => {
			const results = await fitted(stateWith({ seed }));
			const before = resultOf(results, 'over', 'before');
			expect(before.leak.copies).toBe(copiesByValue(before.train.X, before.test.X));
			expect(before.leak.copies).toBeGreaterThan(0);
			// 980 negatives and 980 positives after oversampling; 30% of 1,960 is 588 test rows, half positive
			expect(before.test.y).toHaveLength(588);
			expect(before.test.y.filter((v) => v === 1)).toHaveLength(294);
		}
	);

	it.each(SEEDS)('each remedy resamples the training rows as counted by hand (seed %i)', async (seed) => {
		const results = await fitted(stateWith({ seed }));
		// 700 training rows, 14 positives (stratified 70% of 20), 686 negatives
		expect(results.balance).toEqual({ negatives: 686, positives: 14, scalePosWeight: 49 });
		expect(resultOf(results, 'over', 'after').trained).toEqual({
			negatives: 686,
			positives: 686,
			copies: 672,
			synthetic: 0
		});
		expect(resultOf(results, 'smote', 'after').trained).toEqual({
			negatives: 686,
			positives: 686,
			copies: 0,
			synthetic: 672
		});
		expect(resultOf(results, 'under', 'after').trained).toEqual({
			negatives: 14,
			positives: 14,
			copies: 0,
			synthetic: 0
		});
		// balanced: 700 / (2 · 686) and 700 / (2 · 14) = 25
		const [negative, positive] = resultOf(results, 'balanced', 'after').weights!;
		expect(negative).toBeCloseTo(700 / 1372, 12);
		expect(positive).toBeCloseTo(25, 12);
		expect(resultOf(results, 'custom', 'after').weights).toEqual([1, 10]);
		// threshold moving keeps the model: the same scores, so the same PR-AUC
		expect(resultOf(results, 'threshold', 'after').test.scores).toEqual(
			resultOf(results, 'none', 'after').test.scores
		);
	});
});
