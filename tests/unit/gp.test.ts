/**
 * Gaussian-process regression and expected improvement against values derived independently:
 * the posterior and log marginal likelihood by numpy (np.linalg.solve and slogdet on the
 * kernel matrix, a throwaway script), EI's closed form worked by hand.
 */
import { describe, expect, it } from 'vitest';
import { expectedImprovement, fitGp, predictGp, rbfKernel } from '$lib/ml/gp';

const X = [
	[0.1, 0.2],
	[0.5, 0.9],
	[0.8, 0.3]
];
const y = [0.7, 0.85, 0.6];
const settings = { lengthScale: 0.3, signalVariance: 1.5, noiseVariance: 1e-3, priorMean: 0.5 };

describe('rbfKernel', () => {
	it('is σ² at distance 0 and σ² e^(−1/2) one length scale away', () => {
		expect(rbfKernel([0.2, 0.4], [0.2, 0.4], 0.3, 1.5)).toBe(1.5);
		// ‖a − b‖ = 0.3 = ℓ: 1.5 · e^(−0.5) = 0.909796...
		expect(rbfKernel([0, 0], [0.3, 0], 0.3, 1.5)).toBeCloseTo(1.5 * Math.exp(-0.5), 12);
	});
});

describe('fitGp and predictGp (numpy: solve and slogdet on K + noise·I)', () => {
	const model = fitGp(X, y, settings);
	it('gives numpy’s posterior mean and variance between the observations', () => {
		const p = predictGp(model, [0.4, 0.5]);
		expect(p.mean).toBeCloseTo(0.7208000754245276, 10);
		expect(p.variance).toBeCloseTo(0.9664375826505647, 10);
	});
	it('at an observation: close to its value, with variance about the noise', () => {
		const p = predictGp(model, X[1]);
		expect(p.mean).toBeCloseTo(0.8497734931228653, 10);
		expect(p.variance).toBeCloseTo(0.0009993289386311943, 10);
	});
	it('gives numpy’s log marginal likelihood', () => {
		expect(model.logLikelihood).toBeCloseTo(-3.4145763949000805, 9);
	});
	it('without noise, the posterior at a training point is its value with zero variance', () => {
		const exact = fitGp(X, y, { ...settings, noiseVariance: 0 });
		for (let i = 0; i < X.length; i++) {
			const p = predictGp(exact, X[i]);
			expect(p.mean).toBeCloseTo(y[i], 9);
			expect(p.variance).toBeCloseTo(0, 9);
		}
	});
	it('far from every observation, falls back to the prior', () => {
		const p = predictGp(model, [10, 10]);
		expect(p.mean).toBeCloseTo(0.5, 12);
		expect(p.variance).toBeCloseTo(1.5, 12);
	});
	it('refuses what it cannot fit, saying why', () => {
		expect(() => fitGp([], [], settings)).toThrow(/at least one/);
		expect(() => fitGp(X, [1, 2], settings)).toThrow(/3 inputs but 2 outputs/);
		expect(() => fitGp(X, y, { ...settings, lengthScale: 0 })).toThrow(/length scale/);
		expect(() => fitGp([[0], [0]], [1, 2], { ...settings, noiseVariance: 0 })).toThrow(/positive definite/);
	});
});

describe('expectedImprovement', () => {
	it('by hand: mean 0.9, sd 0.1, best 0.85 → z = 0.5, 0.05·Φ(0.5) + 0.1·φ(0.5)', () => {
		// Φ(0.5) = 0.691462, φ(0.5) = 0.352065: 0.0345731 + 0.0352065 = 0.0697796 (math.erf agrees: 0.06977966)
		expect(expectedImprovement(0.9, 0.1, 0.85)).toBeCloseTo(0.0697796, 6);
	});
	it('is about 0 at a point known to be worse, and the gain itself with no uncertainty', () => {
		expect(expectedImprovement(0.5, 0.01, 0.85)).toBeLessThan(1e-12);
		expect(expectedImprovement(0.9, 0, 0.85)).toBeCloseTo(0.05, 12);
		expect(expectedImprovement(0.8, 0, 0.85)).toBe(0);
	});
	it('with mean at the best, is sd·φ(0) = 0.3989·sd; ξ raises the bar', () => {
		expect(expectedImprovement(0.85, 0.2, 0.85)).toBeCloseTo(0.2 / Math.sqrt(2 * Math.PI), 6);
		expect(expectedImprovement(0.85, 0.2, 0.85, 0.1)).toBeLessThan(expectedImprovement(0.85, 0.2, 0.85));
	});
});
