/**
 * The engine's regression metrics beyond metrics.test.ts's: MAPE (with scikit-learn's ε at a zero
 * actual) and the residual list. Expected values were derived with NumPy in a throwaway script:
 * e = y − ŷ; mean(|e|), mean(e²), 1 − Σe² / Σ(y − ȳ)², mean(|e| / max(|y|, np.finfo(np.float64).eps)).
 */
import { describe, expect, it } from 'vitest';
import { MAPE_EPSILON, regressionMetrics, residuals } from '$lib/ml/metrics';

describe('regressionMetrics: MAPE and residuals', () => {
	const cases = [
		{
			// the curriculum's check: errors 1, 1, 1, 9 → MAE 3, MSE 21, RMSE √21 = 4.58257569495584;
			// NumPy: R² = −15.8, MAPE = 1.0208333333333333 (1/1 + 1/2 + 1/3 + 9/4, over 4)
			name: 'errors 1, 1, 1, 9',
			yTrue: [1, 2, 3, 4],
			yPred: [2, 3, 4, 13],
			expected: { mae: 3, mse: 21, rmse: 4.58257569495584, r2: -15.8, mape: 1.0208333333333333 }
		},
		{
			// NumPy: MSE 1.5625, MAE 1.125, R² 0.9388379204892966, MAPE 0.4875 (0.5 + 0.25 + 1 + 0.2, over 4)
			name: 'negative and fractional actuals',
			yTrue: [2, -4, 0.5, 10],
			yPred: [1, -3, 1, 12],
			expected: { mae: 1.125, mse: 1.5625, rmse: 1.25, r2: 0.9388379204892966, mape: 0.4875 }
		}
	];
	for (const { name, yTrue, yPred, expected } of cases) {
		it(name, () => {
			const got = regressionMetrics(yTrue, yPred);
			expect(got.mae).toBeCloseTo(expected.mae, 12);
			expect(got.mse).toBeCloseTo(expected.mse, 12);
			expect(got.rmse).toBeCloseTo(expected.rmse, 12);
			expect(got.r2!).toBeCloseTo(expected.r2, 12);
			expect(got.mape!).toBeCloseTo(expected.mape, 12);
			expect(got.mapeSklearn).toBeCloseTo(expected.mape, 12);
			expect(got.zeroActuals).toBe(0);
		});
	}

	it('an actual of 0 makes MAPE undefined; scikit-learn’s ε value is kept beside it', () => {
		// NumPy: mean(|e| / max(|y|, eps)) for y = [0, 2, 4], ŷ = [1, 2, 3] = 1501199875790165.2 (a float64 reads it as …165)
		const got = regressionMetrics([0, 2, 4], [1, 2, 3]);
		expect(got.mape).toBeNull();
		expect(got.zeroActuals).toBe(1);
		expect(got.mapeSklearn / 1501199875790165).toBeCloseTo(1, 12);
		expect(MAPE_EPSILON).toBe(2.220446049250313e-16);
		// the other metrics are unaffected: MAE 2/3, R² 0.75 (NumPy)
		expect(got.mae).toBeCloseTo(2 / 3, 12);
		expect(got.r2!).toBeCloseTo(0.75, 12);
	});

	it('residuals are y − ŷ, one per sample', () => {
		expect(residuals([1, 2, 3, 4], [2, 3, 4, 13])).toEqual([-1, -1, -1, -9]);
		expect(() => residuals([], [])).toThrow(/empty/);
		expect(() => residuals([1], [1, 2])).toThrow(/differ in length/);
	});
});
