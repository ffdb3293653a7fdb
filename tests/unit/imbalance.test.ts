import { describe, expect, it } from 'vitest';
import { classWeights, randomOversample, randomUndersample, smote } from '$lib/ml/imbalance';
import { fitLogistic } from '$lib/ml/logistic';

const SEEDS = [1, 7, 42];

// Five negatives and two positives: small enough to count every row by hand.
const X = [
	[0, 0],
	[1, 0],
	[2, 0],
	[3, 0],
	[4, 0],
	[10, 10],
	[11, 12]
];
const y = [0, 0, 0, 0, 0, 1, 1];

const count = (labels: number[], c: number) => labels.filter((v) => v === c).length;

describe('classWeights', () => {
	const cases = [
		// n / (K · n_c) worked by hand
		{ name: '3 negatives, 1 positive', y: [0, 0, 0, 1], expected: [4 / 6, 2] },
		{
			name: 'the exam case: 9,500 and 500',
			y: [...Array(9500).fill(0), ...Array(500).fill(1)],
			expected: [10000 / 19000, 10]
		},
		{ name: 'three classes of 2, 1 and 3', y: [0, 0, 1, 2, 2, 2], expected: [1, 2, 2 / 3] },
		{ name: 'balanced classes weigh 1', y: [0, 1, 0, 1], expected: [1, 1] }
	];
	it.each(cases)('$name', ({ y, expected }) => {
		const weights = classWeights(y);
		expect(weights).toHaveLength(expected.length);
		weights.forEach((w, i) => expect(w).toBeCloseTo(expected[i], 12));
	});

	it('gives the positive class negatives ÷ positives times the negative weight (scale_pos_weight)', () => {
		const [negative, positive] = classWeights([...Array(9500).fill(0), ...Array(500).fill(1)]);
		expect(positive / negative).toBeCloseTo(19, 12);
	});

	it('refuses an absent class and empty labels', () => {
		expect(() => classWeights([0, 0, 2])).toThrow(/class 1 has no rows/);
		expect(() => classWeights([])).toThrow(/empty/);
	});
});

describe('randomOversample', () => {
	it.each(SEEDS)('copies positives until both classes have 5 rows (seed %i)', (seed) => {
		const out = randomOversample(X, y, { seed });
		expect(out.y).toHaveLength(10);
		expect([count(out.y, 0), count(out.y, 1)]).toEqual([5, 5]);
		expect(out.synthetic.filter(Boolean)).toHaveLength(3);
		// the originals come first, unchanged
		expect(out.X.slice(0, 7)).toEqual(X);
		out.synthetic.forEach((added, i) => {
			if (!added) return;
			expect(out.y[i]).toBe(1);
			expect([5, 6]).toContain(out.source[i]);
			expect(out.X[i]).toEqual(X[out.source[i]]);
		});
	});

	it('is the same for the same seed and leaves a balanced set alone', () => {
		expect(randomOversample(X, y, { seed: 3 })).toEqual(randomOversample(X, y, { seed: 3 }));
		expect(randomOversample([[0], [1]], [0, 1]).y).toEqual([0, 1]);
	});
});

describe('randomUndersample', () => {
	it.each(SEEDS)('keeps 2 of the 5 negatives and both positives (seed %i)', (seed) => {
		const out = randomUndersample(X, y, { seed });
		expect(out.y).toHaveLength(4);
		expect([count(out.y, 0), count(out.y, 1)]).toEqual([2, 2]);
		expect(out.synthetic.every((s) => !s)).toBe(true);
		expect(new Set(out.source).size).toBe(4);
		out.source.forEach((s, i) => expect(out.X[i]).toEqual(X[s]));
		expect(out.source).toEqual([...out.source].sort((a, b) => a - b));
	});
});

describe('smote', () => {
	// Positives at (0, 0), (1, 0), (0, 2), (5, 5) among 8 negatives. Their nearest positive,
	// worked by hand: (0,0)→(1,0) at 1; (1,0)→(0,0) at 1; (0,2)→(0,0) at 2 (not (1,0) at √5);
	// (5,5)→(0,2) at √34 (not (1,0) at √41 or (0,0) at √50).
	const negatives = Array.from({ length: 8 }, (_, i) => [20 + i, -3]);
	const positives = [
		[0, 0],
		[1, 0],
		[0, 2],
		[5, 5]
	];
	const data = [...negatives, ...positives];
	const labels = [...negatives.map(() => 0), ...positives.map(() => 1)];
	const nearest: Record<number, number> = { 8: 9, 9: 8, 10: 8, 11: 10 };

	it.each(SEEDS)('adds 4 positives, each on the segment to its nearest positive, k = 1 (seed %i)', (seed) => {
		const out = smote(data, labels, { k: 1, seed });
		expect([count(out.y, 0), count(out.y, 1)]).toEqual([8, 8]);
		expect(out.X.slice(0, 12)).toEqual(data);
		out.synthetic.forEach((added, i) => {
			if (!added) return;
			const [from, to] = [out.source[i], out.neighbour[i]];
			expect(out.neighbour[i]).toBe(nearest[from]);
			const a = data[from];
			const b = data[to];
			const gap =
				((out.X[i][0] - a[0]) * (b[0] - a[0]) + (out.X[i][1] - a[1]) * (b[1] - a[1])) /
				((b[0] - a[0]) ** 2 + (b[1] - a[1]) ** 2);
			expect(gap).toBeGreaterThanOrEqual(0);
			expect(gap).toBeLessThan(1);
			// on the segment: a + gap · (b − a)
			expect(out.X[i][0]).toBeCloseTo(a[0] + gap * (b[0] - a[0]), 12);
			expect(out.X[i][1]).toBeCloseTo(a[1] + gap * (b[1] - a[1]), 12);
		});
	});

	it.each(SEEDS)(
		'with k = 3 every point lies between a positive and one of the other positives (seed %i)',
		(seed) => {
			const out = smote(data, labels, { k: 3, seed });
			out.synthetic.forEach((added, i) => {
				if (!added) return;
				expect(out.source[i]).toBeGreaterThanOrEqual(8);
				expect(out.neighbour[i]).toBeGreaterThanOrEqual(8);
				expect(out.neighbour[i]).not.toBe(out.source[i]);
				const [a, b] = [data[out.source[i]], data[out.neighbour[i]]];
				// collinear: the cross product of (b − a) and (p − a) is zero
				const cross = (b[0] - a[0]) * (out.X[i][1] - a[1]) - (b[1] - a[1]) * (out.X[i][0] - a[0]);
				expect(Math.abs(cross)).toBeLessThan(1e-9);
			});
		}
	);

	it('refuses k as large as the minority class, and k < 1', () => {
		expect(() => smote(data, labels, { k: 4 })).toThrow(/class 1 has 4 rows; k = 4/);
		expect(() => smote(data, labels, { k: 0 })).toThrow(/k is 0/);
	});
});

describe('fitLogistic with sample weights', () => {
	// One binary feature, no penalty: the fit reproduces each group's weighted positive rate.
	// x = 0: labels 1, 0, 0 with weights 3, 1, 1 → 3/5, so b = ln(3/2).
	// x = 1: labels 1, 1, 0 with weights 1, 1, 2 → 2/4, so b + w = 0 and w = −ln(3/2).
	const Xb = [[0], [0], [0], [1], [1], [1]];
	const yb = [1, 0, 0, 1, 1, 0];
	const weights = [3, 1, 1, 1, 1, 2];

	it('reproduces the weighted group rates', () => {
		const model = fitLogistic(Xb, yb, { C: Infinity, sampleWeight: weights });
		expect(model.intercept).toBeCloseTo(Math.log(1.5), 6);
		expect(model.coefficients[0]).toBeCloseTo(-Math.log(1.5), 6);
	});

	it('weighs a row 2 as two copies of it, with the penalty too', () => {
		const duplicated = fitLogistic([...Xb, [0], [0], [1]], [...yb, 1, 1, 0], { C: 0.5 });
		const weighted = fitLogistic(Xb, yb, { C: 0.5, sampleWeight: weights });
		expect(weighted.intercept).toBeCloseTo(duplicated.intercept, 8);
		expect(weighted.coefficients[0]).toBeCloseTo(duplicated.coefficients[0], 8);
	});

	it('refuses weights of the wrong length or sign', () => {
		expect(() => fitLogistic(Xb, yb, { sampleWeight: [1, 1] })).toThrow(/2 weights for 6 rows/);
		expect(() => fitLogistic(Xb, yb, { sampleWeight: [1, 1, 1, 1, 1, -1] })).toThrow(/sampleWeight\[5\]/);
	});
});
