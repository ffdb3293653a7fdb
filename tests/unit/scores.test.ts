import { describe, expect, it } from 'vitest';
import { binormalAuc, makeScores, normalCdf, positiveCount } from '$lib/ml/scores';
import { rocAuc } from '$lib/ml/metrics';

describe('normalCdf and binormalAuc', () => {
	it('match the standard normal table', () => {
		expect(normalCdf(0)).toBeCloseTo(0.5, 7);
		expect(normalCdf(1.96)).toBeCloseTo(0.975, 4); // table: 0.97500
		expect(normalCdf(-1)).toBeCloseTo(0.158655, 5); // table: 0.15866
	});

	it('gives 0.5 with no separation and Φ(d / (σ√2)) otherwise', () => {
		expect(binormalAuc(0, 1)).toBeCloseTo(0.5, 7);
		// d = 2, σ = 1: Φ(√2) = Φ(1.4142); table Φ(1.41) = 0.92073, Φ(1.42) = 0.92220 → 0.92135
		expect(binormalAuc(2, 1)).toBeCloseTo(0.92135, 4);
	});
});

describe('makeScores', () => {
	it('draws the requested class sizes, with both classes always present', () => {
		expect(positiveCount(1000, 0.05)).toBe(50);
		expect(positiveCount(20, 0.01)).toBe(1); // 0.2 rounds to 0, but one positive is kept
		expect(positiveCount(10, 0.99)).toBe(9);
		const set = makeScores({ n: 1000, positiveShare: 0.05, separation: 2, spread: 1, seed: 7 });
		expect(set.yTrue.filter((v) => v === 1)).toHaveLength(50);
		expect(set.scores.every((v) => v > 0 && v < 1)).toBe(true);
	});

	it('is deterministic for a seed and differs between seeds', () => {
		const options = { n: 50, positiveShare: 0.3, separation: 1, spread: 1 };
		expect(makeScores({ ...options, seed: 3 })).toEqual(makeScores({ ...options, seed: 3 }));
		expect(makeScores({ ...options, seed: 3 }).scores).not.toEqual(makeScores({ ...options, seed: 4 }).scores);
	});

	it('has a sample AUC near the model AUC when the sample is large', () => {
		const set = makeScores({ n: 40_000, positiveShare: 0.5, separation: 2, spread: 1, seed: 1 });
		expect(Math.abs(rocAuc(set.yTrue, set.scores) - 0.92135)).toBeLessThan(0.01);
	});

	it('refuses impossible options', () => {
		const good = { n: 10, positiveShare: 0.5, separation: 1, spread: 1, seed: 1 };
		expect(() => makeScores({ ...good, n: 1 })).toThrow(/n is 1/);
		expect(() => makeScores({ ...good, positiveShare: 1 })).toThrow(/positiveShare/);
		expect(() => makeScores({ ...good, spread: 0 })).toThrow(/spread/);
	});
});
