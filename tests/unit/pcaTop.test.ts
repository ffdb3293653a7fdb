/**
 * pcaTop, the PCA that scales, against pca (checked against NumPy in pca.test.ts) on small
 * tables wide enough (over PCA_EXACT_FEATURES = 50 columns) to take the iterative paths:
 * the n × n Gram matrix when there are more columns than rows, the d × d covariance
 * otherwise. Independent of pcaTop's own sums: pca forms the covariance and runs Jacobi.
 */
import { describe, expect, it } from 'vitest';
import { PCA_EXACT_FEATURES, pca, pcaTop } from '$lib/ml/pca';
import { createRng } from '$lib/ml/random';

/** `n` rows × `d` columns: three directions of decreasing spread (10, 4, 1.5) plus noise of 0.1, so the leading components are well apart. */
function table(n: number, d: number, seed: number): number[][] {
	const rng = createRng(seed);
	const directions = [0, 1, 2].map(() => Array.from({ length: d }, () => rng.normal()));
	const spreads = [10, 4, 1.5];
	return Array.from({ length: n }, () => {
		const weights = spreads.map((s) => s * rng.normal());
		return Array.from(
			{ length: d },
			(_, j) => 5 + weights.reduce((sum, w, k) => sum + w * directions[k][j], 0) + 0.1 * rng.normal()
		);
	});
}

function expectClose(actual: number[], expected: number[], tolerance: number) {
	expect(actual).toHaveLength(expected.length);
	actual.forEach((value, i) => expect(Math.abs(value - expected[i])).toBeLessThanOrEqual(tolerance));
}

const cases = [
	{ name: 'more columns than rows (the Gram matrix)', n: 12, d: 80, method: 'gram' },
	{ name: 'more rows than columns (the covariance)', n: 90, d: 60, method: 'covariance' },
	{ name: 'a square table', n: 55, d: 55, method: 'covariance' }
] as const;

describe('pcaTop against pca', () => {
	for (const { name, n, d, method } of cases) {
		for (const seed of [1, 2, 3]) {
			it(`${name}, ${n} × ${d}, seed ${seed}`, () => {
				const X = table(n, d, seed);
				const exact = pca(X, 3);
				const top = pcaTop(X, 3);
				expect(top.method).toBe(method);
				expect(top.converged).toBe(true);
				const largest = exact.explainedVariance[0];
				expectClose(top.explainedVariance, exact.explainedVariance, 1e-9 * largest);
				expectClose(top.explainedVarianceRatio, exact.explainedVarianceRatio, 1e-9);
				expectClose(top.mean, exact.mean, 1e-12);
				// the same sign rule (largest |entry| positive) on both sides, so the vectors agree outright
				top.components.forEach((component, c) => expectClose(component, exact.components[c], 1e-6));
				const scale = Math.sqrt(largest);
				top
					.transform(X.slice(0, 4))
					.forEach((row, i) => expectClose(row, exact.transform(X.slice(0, 4))[i], 1e-5 * scale));
			});
		}
	}

	it('hands a narrow table to pca itself', () => {
		const X = table(30, PCA_EXACT_FEATURES, 4);
		const top = pcaTop(X, 2);
		expect(top.method).toBe('jacobi');
		expect(top.products).toBe(0);
		expect(top.explainedVariance).toEqual(pca(X, 2).explainedVariance);
	});

	it('finds a rank-one table’s second component anyway: a unit vector orthogonal to the first, with variance 0', () => {
		// two rows: the centred data is ±(row difference)/2, one direction only
		const X = [Array.from({ length: 60 }, (_, j) => j), Array.from({ length: 60 }, (_, j) => 2 * j + 1)];
		const top = pcaTop(X, 2);
		expect(top.method).toBe('gram');
		// by hand: rows differ by (j + 1); each lies (j + 1)/2 from the mean; variance (n − 1 = 1) is Σ 2·((j + 1)/2)² = Σ (j + 1)² / 2
		const expected = Array.from({ length: 60 }, (_, j) => (j + 1) ** 2).reduce((a, b) => a + b, 0) / 2;
		expect(top.explainedVariance[0]).toBeCloseTo(expected, 6);
		expect(top.explainedVariance[1]).toBeCloseTo(0, 9);
		const [first, second] = top.components;
		const dot = first.reduce((sum, v, j) => sum + v * second[j], 0);
		const norm = Math.sqrt(second.reduce((sum, v) => sum + v * v, 0));
		expect(Math.abs(dot)).toBeLessThan(1e-12);
		expect(norm).toBeCloseTo(1, 12);
	});

	it('projects 50 rows × 1,000 columns with few products of the Gram matrix', () => {
		const rng = createRng(9);
		// two groups of 25 rows, 3 apart in every column: the first component separates them
		const X = Array.from({ length: 50 }, (_, i) =>
			Array.from({ length: 1000 }, () => (i < 25 ? 0 : 3) + rng.next())
		);
		const top = pcaTop(X, 2);
		expect(top.method).toBe('gram');
		// the 50 × 50 Gram matrix has at most 49 directions: the Krylov space is whole after 49 products
		expect(top.products).toBeLessThanOrEqual(50);
		const scores = top.transform(X).map((row) => row[0]);
		const signs = new Set(scores.map((s, i) => Math.sign(s) * (i < 25 ? 1 : -1)));
		expect(signs.size).toBe(1);
	});

	it('says what is wrong, as pca does', () => {
		expect(() => pcaTop([[1, 2]])).toThrow('pcaTop: X has 1 row');
		expect(() => pcaTop(table(10, 60, 1), 11)).toThrow(
			'pcaTop: nComponents is 11; it must be an integer from 1 to min(samples, features) = 10'
		);
		expect(() => pcaTop(Array.from({ length: 3 }, () => new Array(60).fill(7)))).toThrow(
			'pcaTop: every feature of X is constant'
		);
		const huge = Array.from({ length: 3 }, (_, i) => Array.from({ length: 60 }, () => (i - 1) * 1e300));
		expect(() => pcaTop(huge)).toThrow('pcaTop: values are too large');
	});
});
