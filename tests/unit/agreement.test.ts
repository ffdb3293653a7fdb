import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { adjustedRandScore } from '$lib/ml/agreement';

describe('adjustedRandScore', () => {
	it('gives scikit-learn’s documented values', () => {
		// from the adjusted_rand_score documentation
		expect(adjustedRandScore([0, 0, 1, 1], [0, 0, 1, 1])).toBe(1);
		expect(adjustedRandScore([0, 0, 1, 1], [1, 1, 0, 0])).toBe(1);
		expect(adjustedRandScore([0, 0, 1, 2], [0, 0, 1, 1])).toBeCloseTo(0.5714285714, 9);
		expect(adjustedRandScore([0, 0, 1, 1], [0, 0, 1, 2])).toBeCloseTo(0.5714285714, 9);
		expect(adjustedRandScore([0, 0, 0, 0], [0, 1, 2, 3])).toBe(0);
		expect(adjustedRandScore([0, 0, 1, 1], [0, 1, 0, 1])).toBe(-0.5);
	});

	it('is symmetric and ignores how the clusters are numbered', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })), {
					minLength: 2,
					maxLength: 40
				}),
				(pairs) => {
					const a = pairs.map((p) => p[0]);
					const b = pairs.map((p) => p[1]);
					const ab = adjustedRandScore(a, b);
					expect(adjustedRandScore(b, a)).toBeCloseTo(ab, 12);
					expect(
						adjustedRandScore(
							a,
							b.map((v) => 7 - v)
						)
					).toBeCloseTo(ab, 12);
					expect(ab).toBeLessThanOrEqual(1 + 1e-12);
				}
			)
		);
	});

	it('says what is wrong with its input', () => {
		expect(() => adjustedRandScore([0, 1], [0])).toThrow(/2 and 1 samples/);
		expect(() => adjustedRandScore([], [])).toThrow(/at least one/);
		expect(() => adjustedRandScore([0, 0.5], [0, 1])).toThrow(/truth\[1\]/);
	});
});
