import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fitPolynomial, polynomialFeatures } from '$lib/ml/regression';
import { leastSquares } from '$lib/ml/linalg';

describe('polynomialFeatures', () => {
	it('lists 1, x, x², … as scikit-learn’s PolynomialFeatures with include_bias', () => {
		expect(polynomialFeatures([2, -1], 3)).toEqual([
			[1, 2, 4, 8],
			[1, -1, 1, -1]
		]);
		expect(polynomialFeatures([5], 0)).toEqual([[1]]);
		expect(() => polynomialFeatures([1], 1.5)).toThrow(/whole number/);
	});
});

describe('fitPolynomial', () => {
	it('recovers a line through exact points', () => {
		const fit = fitPolynomial([0, 1, 2], [1, 3, 5], 1);
		expect(fit.coefficients[0]).toBeCloseTo(1, 12);
		expect(fit.coefficients[1]).toBeCloseTo(2, 12);
		expect(fit.predict([10])[0]).toBeCloseTo(21, 10);
	});

	it('agrees with NumPy’s polyfit example (degree 3 on six points)', () => {
		// numpy.polyfit documentation: polyfit([0..5], [0, 0.8, 0.9, 0.1, -0.8, -1], 3)
		// = [0.08703704, -0.81349206, 1.69312169, -0.03968254], highest power first.
		const fit = fitPolynomial([0, 1, 2, 3, 4, 5], [0, 0.8, 0.9, 0.1, -0.8, -1], 3);
		const expected = [-0.03968254, 1.69312169, -0.81349206, 0.08703704];
		fit.coefficients.forEach((c, i) => expect(c).toBeCloseTo(expected[i], 7));
	});

	it('ridge shrinks the slope and leaves the intercept unpenalised (hand-derived)', () => {
		// x = 0, 1, 2; y = 0, 2, 3: x̄ = 1, ȳ = 5/3, Sxx = 2, Sxy = 3.
		// Least squares: w = 3/2, b = 5/3 − 3/2 = 1/6. Ridge λ = 1: w = 3/(2 + 1) = 1, b = 5/3 − 1 = 2/3.
		const ols = fitPolynomial([0, 1, 2], [0, 2, 3], 1);
		expect(ols.coefficients[1]).toBeCloseTo(1.5, 12);
		expect(ols.coefficients[0]).toBeCloseTo(1 / 6, 12);
		const ridge = fitPolynomial([0, 1, 2], [0, 2, 3], 1, { l2: 1 });
		expect(ridge.coefficients[1]).toBeCloseTo(1, 12);
		expect(ridge.coefficients[0]).toBeCloseTo(2 / 3, 12);
	});

	it('interpolates ten points with degree 9 on [0, 1] to a tiny residual (QR keeps the digits)', () => {
		const x = Array.from({ length: 10 }, (_, i) => i / 9);
		const y = x.map((v) => Math.sin(2 * Math.PI * v));
		const fit = fitPolynomial(x, y, 9);
		fit.predict(x).forEach((p, i) => expect(p).toBeCloseTo(y[i], 6));
	});

	it('a larger penalty never makes the weights larger', () => {
		fc.assert(
			fc.property(
				fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 8, maxLength: 8 }),
				fc.double({ min: 0, max: 10, noNaN: true }),
				(y, lambda) => {
					const x = y.map((_, i) => i / 7);
					const norm = (l2: number) =>
						fitPolynomial(x, y, 5, { l2 })
							.coefficients.slice(1)
							.reduce((s, c) => s + c * c, 0);
					expect(norm(lambda + 1)).toBeLessThanOrEqual(norm(lambda) * (1 + 1e-9) + 1e-12);
				}
			),
			{ numRuns: 50 }
		);
	});

	it('says why it cannot fit', () => {
		expect(() => fitPolynomial([1, 1, 2], [0, 1, 2], 2)).toThrow(/at least 3 distinct x/);
		expect(() => fitPolynomial([1, 2], [0], 1)).toThrow(/as many y as x/);
		expect(() => fitPolynomial([1, 2], [0, 1], 1, { l2: -1 })).toThrow(/penalty/);
		// with a penalty the fit is unique even with fewer points than coefficients
		expect(fitPolynomial([1, 2], [0, 1], 5, { l2: 0.1 }).coefficients).toHaveLength(6);
	});
});

describe('leastSquares', () => {
	it('solves an overdetermined system as the normal equations would (hand-derived)', () => {
		// fit b0 + b1 t to (0,6), (1,0), (2,0): AᵀA = [[3,3],[3,5]], Aᵀb = [6,0] → b = (5, −3).
		const [b0, b1] = leastSquares(
			[
				[1, 0],
				[1, 1],
				[1, 2]
			],
			[6, 0, 0]
		);
		expect(b0).toBeCloseTo(5, 12);
		expect(b1).toBeCloseTo(-3, 12);
	});
});
