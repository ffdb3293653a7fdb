import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	checkMatrix,
	correlationMatrix,
	describe as describeSample,
	histogram,
	mean,
	median,
	pearson,
	quantile,
	quantileSorted,
	quantiles,
	std,
	variance
} from '../../src/lib/ml/stats';
import { createRng } from '../../src/lib/ml/random';

/** Compares arrays that may hold nulls: null must be null, numbers to `digits` decimals. */
function expectCloseArray(actual: (number | null)[], expected: (number | null)[], digits = 12): void {
	expect(actual).toHaveLength(expected.length);
	expected.forEach((e, i) => {
		if (e === null) expect(actual[i]).toBeNull();
		else expect(actual[i] as number).toBeCloseTo(e, digits);
	});
}

describe('mean, variance, std', () => {
	// The textbook sample: mean 5; squared deviations 9,1,1,1,0,0,4,16 sum to 32.
	const sample = [2, 4, 4, 4, 5, 5, 7, 9];

	it('match hand arithmetic', () => {
		expect(mean(sample)).toBe(5);
		expect(variance(sample)).toBe(4); // 32 / 8
		expect(variance(sample, 1)).toBeCloseTo(32 / 7, 14);
		expect(std(sample)).toBe(2);
		expect(std(sample, 1)).toBeCloseTo(Math.sqrt(32 / 7), 14);
	});

	it('handle negative values and a single value', () => {
		expect(mean([-3, 5])).toBe(1);
		expect(variance([-3, 5])).toBe(16); // deviations ±4
		expect(variance([42])).toBe(0);
		expect(std([-7])).toBe(0);
	});

	it('give exactly 0 for a constant sample (NumPy: np.var([0.1] * 3) = 1.9e-34)', () => {
		expect(variance([0.1, 0.1, 0.1])).toBe(0);
		expect(std([1e300, 1e300])).toBe(0);
	});

	it('stays accurate far from zero (corrected two-pass)', () => {
		// np.var([1e9 + 1, 1e9 + 2, 1e9 + 3]) = 2/3
		expect(variance([1e9 + 1, 1e9 + 2, 1e9 + 3])).toBeCloseTo(2 / 3, 9);
	});

	it('reject bad input, saying what and where', () => {
		expect(() => mean([])).toThrow(/mean: x is empty/);
		expect(() => mean([1, NaN])).toThrow(/mean: x\[1\] is NaN/);
		expect(() => variance([1, Infinity])).toThrow(/x\[1\] is Infinity/);
		expect(() => variance([1, 2], 2)).toThrow(/ddof is 2 but there are only 2 value/);
		expect(() => std([1], 1)).toThrow(/ddof must be less than n/);
		expect(() => variance([1, 2], -1)).toThrow(/ddof is -1/);
		expect(() => std([1, 2, 3], 0.5)).toThrow(/ddof is 0.5/);
		expect(() => mean([1e308, 1e308])).toThrow(/overflows/);
	});
});

describe('quantile, quantiles, quantileSorted, median', () => {
	it("match NumPy's linear method", () => {
		// np.quantile([1, 2, 3, 4], [0.25, 0.5, 0.75, 0.1]) = [1.75, 2.5, 3.25, 1.3]
		expectCloseArray(quantiles([4, 1, 3, 2], [0.25, 0.5, 0.75, 0.1]), [1.75, 2.5, 3.25, 1.3], 14);
		expect(quantile([4, 1, 3, 2], 0)).toBe(1);
		expect(quantile([4, 1, 3, 2], 1)).toBe(4);
		// np.quantile([0.1, 0.2, 0.7], 0.35) = 0.17; 0.8 → 0.5
		expect(quantile([0.7, 0.1, 0.2], 0.35)).toBeCloseTo(0.17, 15);
		expect(quantile([0.7, 0.1, 0.2], 0.8)).toBeCloseTo(0.5, 15);
	});

	it("interpolates from the upper value when the fraction is >= 0.5, as NumPy's _lerp", () => {
		// np.quantile([1.34, 4.53], 0.7) = 3.573 exactly; 1.34 + (4.53 − 1.34)·0.7 = 3.5730000000000004
		expect(quantile([4.53, 1.34], 0.7)).toBe(3.573);
		// np.quantile([0.4, 5.29], 0.73) = 3.9697
		expect(quantile([0.4, 5.29], 0.73)).toBe(3.9697);
	});

	it('handles ties, negatives and one value', () => {
		// np.quantile([1, 1, 1, 2, 5], [0.4, 0.9]) = [1, 3.8]: h = 1.6 lies between two 1s; h = 3.6 → 2 + 0.6·3
		expectCloseArray(quantiles([5, 1, 2, 1, 1], [0.4, 0.9]), [1, 3.8], 14);
		// sorted [−5, −3, −1], h = 0.5 → −4
		expect(quantile([-5, -1, -3], 0.25)).toBe(-4);
		expect(quantile([3], 0.3)).toBe(3);
	});

	it('median of odd and even samples', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(median([-1, -1, 7])).toBe(-1);
	});

	it('leaves its input unchanged', () => {
		const x = [5, 3, 9, 1];
		quantile(x, 0.5);
		median(x);
		expect(x).toEqual([5, 3, 9, 1]);
	});

	it('quantileSorted reads a sorted array directly', () => {
		expect(quantileSorted([1, 2, 3, 4], 0.25)).toBe(1.75);
		expect(quantileSorted(Float64Array.from([10, 20]), 0.5)).toBe(15);
		expect(() => quantileSorted([], 0.5)).toThrow(/sorted is empty/);
		expect(() => quantileSorted([1, NaN], 0.5)).toThrow(/sorted\[1\] is NaN/);
	});

	it('rejects q outside [0, 1] and bad samples', () => {
		expect(() => quantile([1, 2], 1.5)).toThrow(/q is 1.5; it must be a number in \[0, 1\]/);
		expect(() => quantile([1, 2], -0.1)).toThrow(/q is -0.1/);
		expect(() => quantile([1, 2], NaN)).toThrow(/q is NaN/);
		expect(() => quantiles([1, 2], [0.5, 2])).toThrow(/qs\[1\]/);
		expect(() => median([])).toThrow(/median: x is empty/);
		expect(() => quantile([1, NaN, 3], 0.5)).toThrow(/quantile: x\[1\] is NaN/);
	});

	it('agrees with a sort-based reference on random samples (selection vs sorting)', () => {
		fc.assert(
			fc.property(
				fc.array(fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })), {
					minLength: 1,
					maxLength: 300
				}),
				fc.double({ min: 0, max: 1, noNaN: true }),
				(x, q) => {
					const sorted = Float64Array.from(x).sort();
					// + 0 turns −0 into 0: sorting puts −0 before 0, selection may pick either, and they are equal
					expect(quantile(x, q) + 0).toBe(quantileSorted(sorted, q) + 0);
				}
			)
		);
	});

	it('agrees with sorting on long samples with outliers, ties and huge values', () => {
		const rng = createRng(5);
		// Smooth samples take the bucket-counting path; heavy ties and extreme values fall back to plain selection.
		const samples = {
			normal: Array.from({ length: 20_000 }, () => rng.normal(3, 2)),
			uniform: Array.from({ length: 50_001 }, () => rng.next() - 0.5),
			mildOutliers: Array.from({ length: 20_000 }, () => rng.normal() * (rng.next() < 0.01 ? 50 : 1)),
			outliers: Array.from({ length: 20_000 }, () => (rng.next() < 0.01 ? 1e6 * rng.next() : rng.next())),
			oneExtreme: Array.from({ length: 20_000 }, (_, i) => (i === 7 ? 1e300 : rng.normal())),
			ties: Array.from({ length: 20_000 }, () => rng.int(5)),
			huge: Array.from({ length: 20_000 }, () => (2 * rng.next() - 1) * 1.7e308)
		};
		const qs = [0, 0.001, 0.25, 0.5, 0.6180339, 0.75, 0.999, 1];
		for (const x of Object.values(samples)) {
			const sorted = Float64Array.from(x).sort();
			expect(quantiles(x, qs)).toEqual(qs.map((q) => quantileSorted(sorted, q)));
		}
	});

	it('is exact on a long sorted, reversed or constant column', () => {
		const n = 100_001; // (n − 1)·q is an integer for the quartiles
		const ascending = Array.from({ length: n }, (_, i) => i);
		expectCloseArray(quantiles(ascending, [0.25, 0.5, 0.75]), [25_000, 50_000, 75_000], 12);
		expectCloseArray(quantiles(ascending.slice().reverse(), [0.25, 0.5, 0.75]), [25_000, 50_000, 75_000], 12);
		expect(quantiles(new Array<number>(n).fill(7), [0.1, 0.5, 0.9])).toEqual([7, 7, 7]);
	});
});

describe('describe', () => {
	it('matches pandas Series.describe()', () => {
		// pd.Series([1, 2, 3, 4, 100]).describe(): mean 22; std = sqrt((21²+20²+19²+18²+78²)/4) = sqrt(1902.5)
		const d = describeSample([100, 2, 1, 4, 3]);
		expect(d.count).toBe(5);
		expect(d.mean).toBe(22);
		expect(d.std as number).toBeCloseTo(43.617656975128774, 12); // np.std([1,2,3,4,100], ddof=1)
		expect([d.min, d.q1, d.median, d.q3, d.max]).toEqual([1, 2, 3, 4, 100]);
	});

	it('reports std null for a single value and 0 for a constant sample', () => {
		expect(describeSample([7])).toEqual({
			count: 1,
			mean: 7,
			std: null,
			min: 7,
			q1: 7,
			median: 7,
			q3: 7,
			max: 7
		});
		expect(describeSample([-2, -2]).std).toBe(0);
		expect(() => describeSample([])).toThrow(/describe: x is empty/);
	});
});

describe('pearson', () => {
	it('matches hand arithmetic', () => {
		// mx = 3, my = 4; Σdxdy = 6, Σdx² = 10, Σdy² = 6 → r = 6/√60 (np.corrcoef → 0.7745966692414834)
		expect(pearson([1, 2, 3, 4, 5], [2, 4, 5, 4, 5])).toBeCloseTo(0.7745966692414834, 14);
		expect(pearson([1, 2, 3], [-2, -4, -6])).toBe(-1);
		expect(pearson([-1, 0, 1], [10, 20, 30])).toBe(1);
	});

	it('is null (0/0) when a side is constant, including a single pair', () => {
		expect(pearson([1, 1, 1], [1, 2, 3])).toBeNull();
		expect(pearson([1, 2, 3], [0.1, 0.1, 0.1])).toBeNull();
		expect(pearson([5], [6])).toBeNull();
	});

	it('rejects unequal lengths and NaN', () => {
		expect(() => pearson([1, 2], [1, 2, 3])).toThrow(/differ in length \(2 vs 3\)/);
		expect(() => pearson([1, NaN], [1, 2])).toThrow(/x\[1\] is NaN/);
	});
});

describe('correlationMatrix', () => {
	it('matches np.corrcoef(X, rowvar=False)', () => {
		const X = [
			[1, 2, 0],
			[2, 1, 5],
			[3, 4, 1],
			[4, 3, 7]
		];
		// np.corrcoef(X, rowvar=False)
		const expected = [
			[1, 0.6000000000000001, 0.664244965389879],
			[0.6000000000000001, 1, -0.19536616629114087],
			[0.664244965389879, -0.19536616629114087, 1]
		];
		const r = correlationMatrix(X);
		r.forEach((row, i) => expectCloseArray(row, expected[i], 12));
		expect(r[0][2]).toBe(r[2][0]);
	});

	it('puts null in the row and column of a constant feature', () => {
		const r = correlationMatrix([
			[1, 5, -1],
			[2, 5, -2],
			[3, 5, -3]
		]);
		expect(r).toEqual([
			[1, null, -1],
			[null, null, null],
			[-1, null, 1]
		]);
		expect(correlationMatrix([[1, 2]])).toEqual([
			[null, null],
			[null, null]
		]);
	});

	it('rejects ragged, empty and non-finite matrices', () => {
		expect(() => correlationMatrix([])).toThrow(/X is empty/);
		expect(() =>
			correlationMatrix([
				[1, 2],
				[3, 4, 5]
			])
		).toThrow(/X\[1\] has 3 values but correlationMatrix: X\[0\] has 2/);
		expect(() => correlationMatrix([[1, NaN]])).toThrow(/X\[0\]\[1\] is NaN/);
		expect(() => checkMatrix('X', [[]])).toThrow(/X\[0\] is empty/);
	});
});

describe('histogram', () => {
	it('matches numpy.histogram with a bin count', () => {
		// np.histogram([1, 2, 2, 3, 5], bins=4) → counts [1, 2, 1, 1], edges [1, 2, 3, 4, 5]
		expect(histogram([1, 2, 2, 3, 5], 4)).toEqual({ edges: [1, 2, 3, 4, 5], counts: [1, 2, 1, 1] });
	});

	it("follows NumPy's edges for values that sit on them in floating point", () => {
		// np.histogram([0, 0.1, ..., 1.0], bins=10) → [1 1 2 0 1 2 1 0 1 2]:
		// 0.3 < edge 3·0.1 = 0.30000000000000004, so it falls in bin 2.
		const x = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0];
		const h = histogram(x, 10);
		expect(h.counts).toEqual([1, 1, 2, 0, 1, 2, 1, 0, 1, 2]);
		expect(h.edges[3]).toBe(0.30000000000000004);
		expect(h.edges[10]).toBe(1);
	});

	it('widens a constant sample to [v − 0.5, v + 0.5] as NumPy', () => {
		// np.histogram([7, 7, 7], bins=3) → counts [0, 3, 0], edges [6.5, 6.8333, 7.1667, 7.5]
		const h = histogram([7, 7, 7], 3);
		expect(h.counts).toEqual([0, 3, 0]);
		expectCloseArray(h.edges, [6.5, 6.5 + 1 / 3, 6.5 + 2 / 3, 7.5], 14);
	});

	it('accepts a range, ignoring values outside it and closing the last bin', () => {
		// np.histogram([-3, -1, 0, 2, 10], bins=2, range=(-2, 2)) → [1, 2], edges [-2, 0, 2]
		expect(histogram([-3, -1, 0, 2, 10], 2, { range: [-2, 2] })).toEqual({
			edges: [-2, 0, 2],
			counts: [1, 2]
		});
	});

	it('accepts explicit edges, including a repeated one', () => {
		// np.histogram([0, 1, 1, 2, 3], bins=[0, 1, 1, 2]) → [1, 0, 3] (3 is outside)
		expect(histogram([0, 1, 1, 2, 3], [0, 1, 1, 2])).toEqual({ edges: [0, 1, 1, 2], counts: [1, 0, 3] });
		// np.histogram([-1.5, -0.5, 0.5, 4], bins=[-2, -1, 0, 5]) → [1, 1, 2]
		expect(histogram([-1.5, -0.5, 0.5, 4], [-2, -1, 0, 5]).counts).toEqual([1, 1, 2]);
	});

	it('counts every value once when no range cuts them off', () => {
		fc.assert(
			fc.property(
				// Multiples of 0.001, so the bins never get narrower than floating point allows (see below).
				fc.array(
					fc.integer({ min: -1e9, max: 1e9 }).map((v) => v / 1000),
					{ minLength: 1, maxLength: 200 }
				),
				fc.integer({ min: 1, max: 40 }),
				(x, bins) => {
					const h = histogram(x, bins);
					expect(h.counts.reduce((a, b) => a + b, 0)).toBe(x.length);
					expect(h.edges).toHaveLength(bins + 1);
				}
			)
		);
	});

	it('refuses bins narrower than floating point can represent, as NumPy', () => {
		// np.histogram([0, 5e-324], bins=2) raises "Too many bins for data range": the step 5e-324/2 rounds to 0.
		expect(() => histogram([0, 5e-324], 2)).toThrow(/too many bins \(2\)/);
	});

	it('rejects bad bins, edges and samples', () => {
		expect(() => histogram([1, 2], 0)).toThrow(/bins is 0/);
		expect(() => histogram([1, 2], 2.5)).toThrow(/bins is 2.5/);
		expect(() => histogram([1, 2], [0])).toThrow(/at least 2/);
		expect(() => histogram([1, 2], [0, 2, 1])).toThrow(/bins\[2\] is 1, below bins\[1\] = 2/);
		expect(() => histogram([1, 2], [0, 1], { range: [0, 1] })).toThrow(/range applies only to a bin count/);
		expect(() => histogram([1, 2], 2, { range: [3, 1] })).toThrow(/range is \[3, 1\]/);
		expect(() => histogram([], 3)).toThrow(/histogram: x is empty/);
		expect(() => histogram([1, NaN], 3)).toThrow(/x\[1\] is NaN/);
	});
});
