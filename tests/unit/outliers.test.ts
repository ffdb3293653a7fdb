import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	clip,
	flagOutside,
	iqrFences,
	log1p,
	log1pProblem,
	maxAbsZ,
	skewness,
	summarize,
	winsorize,
	zFences,
	zScores
} from '$lib/ml/outliers';

describe('iqrFences', () => {
	it('uses NumPy’s linear quartiles (worked by hand)', () => {
		// sorted [2, 4, 4, 5, 6, 7, 8, 30], n = 8
		// Q1: h = 7 · 0.25 = 1.75 → x[1] + 0.75 (x[2] − x[1]) = 4 + 0 = 4
		// Q3: h = 7 · 0.75 = 5.25 → x[5] + 0.25 (x[6] − x[5]) = 7 + 0.25 = 7.25
		// IQR 3.25; 1.5 · IQR = 4.875; fences −0.875 and 12.125
		const f = iqrFences([30, 4, 2, 7, 5, 8, 4, 6]);
		expect(f.q1).toBe(4);
		expect(f.q3).toBe(7.25);
		expect(f.iqr).toBe(3.25);
		expect(f.lower).toBeCloseTo(-0.875, 12);
		expect(f.upper).toBeCloseTo(12.125, 12);
		// k = 3 ("far out"): 4 − 9.75 = −5.75, 7.25 + 9.75 = 17
		expect(iqrFences([30, 4, 2, 7, 5, 8, 4, 6], 3).upper).toBeCloseTo(17, 12);
	});

	it('flags the values beyond the fences', () => {
		const x = [30, 4, 2, 7, 5, 8, 4, 6];
		const f = iqrFences(x);
		expect(flagOutside(x, f.lower, f.upper)).toEqual([true, false, false, false, false, false, false, false]);
	});

	it('puts both fences on the value of a constant column (IQR 0)', () => {
		const f = iqrFences([5, 5, 5]);
		expect([f.iqr, f.lower, f.upper]).toEqual([0, 5, 5]);
		expect(flagOutside([5, 5, 5], f.lower, f.upper)).toEqual([false, false, false]);
	});

	it('rejects a bad multiplier or bad data', () => {
		expect(() => iqrFences([1, 2], -1)).toThrow(/k is -1/);
		expect(() => iqrFences([1, 2], NaN)).toThrow(/k is NaN/);
		expect(() => iqrFences([])).toThrow(/empty/);
		expect(() => iqrFences([1, NaN])).toThrow(/x\[1\] is NaN/);
	});
});

describe('z-scores', () => {
	it('divide by the population std (ddof 0), as scipy.stats.zscore', () => {
		// [2, 4, 4, 4, 5, 5, 7, 9]: mean 40 / 8 = 5; squared deviations 9 + 1 + 1 + 1 + 0 + 0 + 4 + 16 = 32;
		// variance 32 / 8 = 4, std 2; z of 9 is (9 − 5) / 2 = 2, of 2 is −1.5
		const z = zScores([2, 4, 4, 4, 5, 5, 7, 9])!;
		expect(z[0]).toBeCloseTo(-1.5, 12);
		expect(z[7]).toBeCloseTo(2, 12);
		const f = zFences([2, 4, 4, 4, 5, 5, 7, 9], 1.5);
		// 5 ± 1.5 · 2
		expect([f.mean, f.std, f.lower, f.upper]).toEqual([5, 2, 2, 8]);
		expect(flagOutside([2, 4, 4, 4, 5, 5, 7, 9], f.lower, f.upper)).toEqual([
			false,
			false,
			false,
			false,
			false,
			false,
			false,
			true
		]);
	});

	it('are undefined (null) for a constant column, never NaN', () => {
		expect(zScores([3, 3, 3])).toBeNull();
		const f = zFences([3, 3, 3]);
		expect([f.std, f.lower, f.upper]).toEqual([0, null, null]);
		expect(flagOutside([3, 3, 3], f.lower, f.upper)).toEqual([false, false, false]);
	});

	// a property over many generated columns: 1.7 s with two CPU-bound processes beside it
	it('never pass √(n − 1): ten points cannot reach |z| > 3', () => {
		// nine zeros and one 1: mean 0.1, std √(0.09) = 0.3, z = 0.9 / 0.3 = 3 = √9
		const x = [...new Array(9).fill(0), 1];
		expect(zScores(x)![9]).toBeCloseTo(3, 12);
		expect(maxAbsZ(10)).toBe(3);
		// Whole numbers, as most columns hold: the bound is exact arithmetic, and values that differ
		// only in their last bits (or are subnormal) round the mean off-centre and can pass it slightly.
		// Here the sums are exact, the mean is off by at most ~1e-13 and a deviation is at least 1/40.
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 2, maxLength: 40 }),
				(values) => {
					const z = zScores(values);
					if (z === null) return;
					for (const v of z) expect(Math.abs(v)).toBeLessThanOrEqual(maxAbsZ(values.length) * (1 + 1e-9));
				}
			),
			{ numRuns: 2000 }
		);
	}, 20_000);

	it('rejects a cut-off of 0 or less', () => {
		expect(() => zFences([1, 2], 0)).toThrow(/cutoff is 0/);
	});
});

describe('capping', () => {
	it('clips at the bounds, as pandas’ clip', () => {
		expect(clip([-3, 0, 5, 20], -1, 10)).toEqual([-1, 0, 5, 10]);
		expect(clip([-3, 20], null, 10)).toEqual([-3, 10]);
		expect(() => clip([1], 2, 1)).toThrow(/above upper/);
	});

	it('winsorizes Wikipedia’s 20 values at 5% each side, as scipy.stats.mstats.winsorize', () => {
		// https://en.wikipedia.org/wiki/Winsorizing: the 90% winsorization of this list
		// replaces the one lowest (−40) by −5 and the one highest (1053) by 101
		const x = [92, 19, 101, 58, 1053, 91, 26, 78, 10, 13, -40, 101, 86, 85, 15, 89, 89, 28, -5, 41];
		const expected = [92, 19, 101, 58, 101, 91, 26, 78, 10, 13, -5, 101, 86, 85, 15, 89, 89, 28, -5, 41];
		expect(winsorize(x, [0.05, 0.05])).toEqual(expected);
		// ⌊0.04 · 20⌋ = 0 values each side: unchanged
		expect(winsorize(x, [0.04, 0.04])).toEqual(x);
		expect(() => winsorize(x, [0.5, 0])).toThrow(/low limit is 0.5/);
	});

	it('keeps the order of the values and the middle untouched (property)', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 50 }),
				fc.double({ min: 0, max: 0.49, noNaN: true }),
				(x, limit) => {
					const w = winsorize(x, [limit, limit]);
					for (let i = 0; i < x.length; i++)
						for (let j = 0; j < x.length; j++) if (x[i] < x[j]) expect(w[i]).toBeLessThanOrEqual(w[j]);
					expect(Math.min(...w)).toBeGreaterThanOrEqual(Math.min(...x));
					expect(Math.max(...w)).toBeLessThanOrEqual(Math.max(...x));
				}
			)
		);
	});
});

describe('log1p', () => {
	it('maps 0 to 0 and e − 1 to 1, and negatives above −1 to negative logs', () => {
		const [a, b, c] = log1p([0, Math.E - 1, -0.5]);
		expect(a).toBe(0);
		expect(b).toBeCloseTo(1, 15);
		expect(c).toBeCloseTo(Math.log(0.5), 15);
	});

	it('says clearly why a value of −1 or below cannot be logged', () => {
		expect(log1pProblem([3, -1, 2])).toMatch(
			/undefined for x ≤ −1, and the smallest value is -1 \(value 2\)/
		);
		expect(log1pProblem([0, 5])).toBeNull();
		expect(() => log1p([1, -4])).toThrow(/smallest value is -4/);
	});
});

describe('skewness', () => {
	it('matches scipy.stats.skew (bias=True) on its documented example', () => {
		// scipy.stats.skew([2, 8, 0, 4, 1, 9, 9, 0]) = 0.2650554122698573 (scipy's docstring); by hand:
		// mean 33/8 = 4.125; m2 = 110.875/8 = 13.859375; m3 = 109.40625/8 = 13.67578125; m3 / m2^1.5 = 0.26506
		expect(skewness([2, 8, 0, 4, 1, 9, 9, 0])).toBeCloseTo(0.2650554122698573, 12);
		expect(skewness([1, 2, 3, 4, 5])).toBeCloseTo(0, 15);
	});

	it('is positive for a right tail, negative for a left one, null for a constant column', () => {
		// [0, 0, 3]: mean 1, m2 = (1 + 1 + 4)/3 = 2, m3 = (−1 − 1 + 8)/3 = 2, g1 = 2 / 2^1.5 = 1/√2
		expect(skewness([0, 0, 3])).toBeCloseTo(Math.SQRT1_2, 12);
		expect(skewness([0, 0, -3])).toBeCloseTo(-Math.SQRT1_2, 12);
		expect(skewness([4, 4, 4])).toBeNull();
	});

	it('summarize gathers n, mean, median, std (ddof 0) and skewness', () => {
		expect(summarize([0, 0, 3])).toEqual({
			n: 3,
			mean: 1,
			median: 0,
			std: Math.sqrt(2),
			skewness: expect.closeTo(Math.SQRT1_2, 12)
		});
	});
});
