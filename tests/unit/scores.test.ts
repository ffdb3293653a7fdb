import { describe, expect, it } from 'vitest';
import { binormalAuc, makeScores, normalCdf, positiveCount, posteriorScore } from '$lib/ml/scores';
import { rocAuc } from '$lib/ml/metrics';
import { countsAt, errorCost, indexScores, minCostThreshold } from '$lib/ml/threshold';

/** Bayes' rule written out: π·N(e; d/2, σ²) / (π·N(e; d/2, σ²) + (1 − π)·N(e; −d/2, σ²)). */
function bayes(e: number, d: number, sd: number, prior: number): number {
	const density = (mean: number) =>
		Math.exp(-((e - mean) ** 2) / (2 * sd * sd)) / (sd * Math.sqrt(2 * Math.PI));
	const positive = prior * density(d / 2);
	return positive / (positive + (1 - prior) * density(-d / 2));
}

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
		// at the widest separation and narrowest spread the log-odds pass 37, where 1 / (1 + e^-z) rounds to 1
		const extreme = makeScores({ n: 2000, positiveShare: 0.5, separation: 5, spread: 0.5, seed: 1 });
		expect(extreme.scores.every((v) => v > 0 && v < 1)).toBe(true);
	});

	it('is deterministic for a seed and differs between seeds', () => {
		const options = { n: 50, positiveShare: 0.3, separation: 1, spread: 1 };
		expect(makeScores({ ...options, seed: 3 })).toEqual(makeScores({ ...options, seed: 3 }));
		expect(makeScores({ ...options, seed: 3 }).scores).not.toEqual(
			makeScores({ ...options, seed: 4 }).scores
		);
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

describe('scores are the true posterior P(positive | evidence)', () => {
	it.each([
		{ name: 'evidence 0.5, d 2, σ 1, 20% positive', e: 0.5, d: 2, sd: 1, prior: 0.2 },
		{ name: 'evidence −1, d 1, σ 2, 5% positive', e: -1, d: 1, sd: 2, prior: 0.05 },
		{ name: 'evidence 2, d 3, σ 0.5, 50% positive', e: 2, d: 3, sd: 0.5, prior: 0.5 },
		{ name: 'evidence −0.3, d 4, σ 1.5, 90% positive', e: -0.3, d: 4, sd: 1.5, prior: 0.9 }
	])("agrees with Bayes' rule on the two normal densities: $name", ({ e, d, sd, prior }) => {
		expect(posteriorScore(e, d, sd, prior)).toBeCloseTo(bayes(e, d, sd, prior), 12);
	});

	it('by hand: evidence 0.5, d 2, σ 1, 20% positive has log-odds 2 · 0.5 + ln(0.25) = −0.386294', () => {
		// e^0.386294 = 1.471518, so 1 / (1 + 1.471518) = 1 / 2.471518 = 0.404610
		expect(posteriorScore(0.5, 2, 1, 0.2)).toBeCloseTo(0.40461, 5);
	});

	it('with no separation, every score is the share of positives in the set', () => {
		// 37 of 250 round from 14.8%: 0.148 → 37 positives, prior 37 / 250 = 0.148
		const set = makeScores({ n: 250, positiveShare: 0.148, separation: 0, spread: 1.3, seed: 4 });
		expect(set.scores.every((s) => Math.abs(s - 37 / 250) < 1e-12)).toBe(true);
		// every score ties, so the ROC AUC is exactly one half
		expect(rocAuc(set.yTrue, set.scores)).toBe(0.5);
	});

	it('are calibrated on a large sample: in each tenth of the score range, the share of positives is the average score', () => {
		let chiSquare = 0;
		let bins = 0;
		for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
			const { yTrue, scores } = makeScores({ n: 20_000, positiveShare: 0.2, separation: 2, spread: 1, seed });
			const tenths = Array.from({ length: 10 }, () => ({ count: 0, score: 0, positives: 0, variance: 0 }));
			scores.forEach((s, i) => {
				const bin = tenths[Math.min(9, Math.floor(s * 10))];
				bin.count++;
				bin.score += s;
				bin.positives += yTrue[i];
				bin.variance += s * (1 - s);
			});
			for (const bin of tenths) {
				// calibrated, a bin's positives are a sum of Bernoulli(p) draws: mean Σp, variance Σp(1 − p)
				const z = (bin.positives - bin.score) / Math.sqrt(bin.variance);
				expect(Math.abs(z), `seed ${seed}`).toBeLessThan(4);
				chiSquare += z * z;
				bins++;
			}
		}
		// 80 bins: a chi-square with 80 degrees of freedom passes 80 + 4·√160 ≈ 131 about 3 times in 10,000
		expect(chiSquare).toBeLessThan(bins + 4 * Math.sqrt(2 * bins));
	});

	it('make 0.5 mean "more likely positive than not": above it most samples are positive, below it most are not', () => {
		for (const seed of [1, 2, 3, 4]) {
			const { yTrue, scores } = makeScores({
				n: 20_000,
				positiveShare: 0.05,
				separation: 2,
				spread: 1,
				seed
			});
			const above = scores.flatMap((s, i) => (s >= 0.5 ? [yTrue[i]] : []));
			const below = scores.flatMap((s, i) => (s < 0.5 ? [yTrue[i]] : []));
			expect(above.reduce((a, b) => a + b, 0) / above.length).toBeGreaterThan(0.5);
			expect(below.reduce((a, b) => a + b, 0) / below.length).toBeLessThan(0.5);
		}
	});

	it('put the cheapest threshold on 20,000 samples near c_FP / (c_FP + c_FN), and the formula costs within 3% of the least', () => {
		for (const [costFp, costFn, share] of [
			[1, 20, 0.1],
			[20, 1, 0.4],
			[1, 5, 0.2],
			[1, 1, 0.3]
		]) {
			const formula = costFp / (costFp + costFn);
			for (const seed of [1, 2, 3, 4, 5, 6]) {
				const set = makeScores({ n: 20_000, positiveShare: share, separation: 2, spread: 1, seed });
				const index = indexScores(set.yTrue, set.scores);
				const cheapest = minCostThreshold(index, costFp, costFn);
				expect(Math.abs(cheapest.threshold - formula), `${costFp}:${costFn}, seed ${seed}`).toBeLessThan(
					0.06
				);
				const atFormula = errorCost(countsAt(index, formula), costFp, costFn);
				expect(
					atFormula / errorCost(cheapest.counts, costFp, costFn),
					`${costFp}:${costFn}, seed ${seed}`
				).toBeLessThan(1.03);
			}
		}
	});
});
