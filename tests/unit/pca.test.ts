import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pca } from '../../src/lib/ml/pca';

function expectArrayClose(actual: number[], expected: number[], digits = 12): void {
	expect(actual).toHaveLength(expected.length);
	expected.forEach((e, i) => expect(actual[i]).toBeCloseTo(e, digits));
}

function expectMatrixClose(actual: number[][], expected: number[][], digits = 12): void {
	expect(actual).toHaveLength(expected.length);
	expected.forEach((row, i) => expectArrayClose(actual[i], row, digits));
}

/**
 * Points on the line y = x with a small perpendicular wiggle, shifted by (3, 1):
 * x = t + e + 3, y = t − e + 1 with t = −2..2 and e = 0.1, −0.1, 0, −0.1, 0.1.
 * Along u = (1, 1)/√2 the coordinate is √2·t, along w = (1, −1)/√2 it is √2·e, and
 * Σt = Σe = Σt·e = 0, so the covariance is diagonal in (u, w) with
 * var_u = 2·Σt²/(n − 1) = 2·10/4 = 5 and var_w = 2·Σe²/4 = 2·0.04/4 = 0.02.
 */
const t = [-2, -1, 0, 1, 2];
const e = [0.1, -0.1, 0, -0.1, 0.1];
const LINE = t.map((ti, i) => [ti + e[i] + 3, ti - e[i] + 1]);

/**
 * A 12 × 3 matrix NumPy rebuilds with
 *   j = np.arange(12); x0 = (j*7919 % 100)/10; x1 = 0.5*x0 + (j*104729 % 37)/10
 *   x2 = (j*31 % 17)/5 − 0.3*x0; X = np.stack([x0, x1, x2], 1)
 */
const X3 = Array.from({ length: 12 }, (_, j) => {
	const x0 = ((j * 7919) % 100) / 10;
	const x1 = 0.5 * x0 + ((j * 104729) % 37) / 10;
	const x2 = ((j * 31) % 17) / 5 - 0.3 * x0;
	return [x0, x1, x2];
});

describe('pca by hand', () => {
	it('finds the line y = x as the first component', () => {
		const result = pca(LINE);
		expectArrayClose(result.mean, [3, 1], 14);
		expectArrayClose(result.components[0], [Math.SQRT1_2, Math.SQRT1_2], 12);
		// The second is ±(1, −1)/√2: its two entries tie in |value|, so rounding picks the sign.
		expectArrayClose(result.components[1].map(Math.abs), [Math.SQRT1_2, Math.SQRT1_2], 12);
		expect(result.components[1][0] * result.components[1][1]).toBeCloseTo(-0.5, 12);
		expectArrayClose(result.explainedVariance, [5, 0.02], 12);
		expectArrayClose(result.explainedVarianceRatio, [5 / 5.02, 0.02 / 5.02], 12);
		// The mean projects to 0; the first point (1.1, −1.1) to √2·t = −2√2 on the first component.
		expectArrayClose(result.transform([result.mean])[0], [0, 0], 14);
		expect(result.transform([LINE[0]])[0][0]).toBeCloseTo(-2 * Math.SQRT2, 12);
	});

	it("uses the n − 1 variance, as scikit-learn's explained_variance_", () => {
		// Two points 0 and 2 on the x axis: deviations ±1, so the sample variance is 2/1 = 2.
		const result = pca([
			[0, 5],
			[2, 5]
		]);
		expectArrayClose(result.explainedVariance, [2, 0], 14);
		expectArrayClose(result.explainedVarianceRatio, [1, 0], 14);
		expectArrayClose(result.components[0], [1, 0], 14);
	});

	it('makes the largest-|value| entry of each component positive', () => {
		// Variance only along (1, −2)/√5 (flipped to (−1, 2)/√5 so the −2 entry turns positive).
		const result = pca([
			[1, -2],
			[-1, 2],
			[2, -4]
		]);
		expectArrayClose(result.components[0], [-1 / Math.sqrt(5), 2 / Math.sqrt(5)], 12);
	});
});

describe('pca against NumPy', () => {
	// C = np.cov(X.T); w, V = np.linalg.eigh(C); sorted by descending w; each row of V.T flipped so
	// its largest |entry| is positive (np.argmax(np.abs(row))).
	const result = pca(X3);

	it('matches the mean and np.linalg.eigvalsh(np.cov(X.T)) sorted descending', () => {
		expectArrayClose(result.mean, [4.616666666666666, 3.5083333333333333, 0.1316666666666668], 13);
		expectArrayClose(
			result.explainedVariance,
			[15.17345418309089, 1.0287677038250052, 0.7190690221750188],
			12
		);
		expectArrayClose(
			result.explainedVarianceRatio,
			[0.8967078377536194, 0.06079723523175781, 0.04249492701462281],
			12
		);
		expect(result.explainedVarianceRatio.reduce((s, r) => s + r, 0)).toBeCloseTo(1, 14);
	});

	it('matches the eigenvectors and the projection of the first row', () => {
		expectMatrixClose(
			result.components,
			[
				[0.8202569870692936, 0.46377030802392827, -0.33480677496041744],
				[0.05272772948716901, 0.5215326267443469, 0.8516005552982393],
				[-0.5695597086409226, 0.7161849067360557, -0.4033372257259858]
			],
			11
		);
		// (X[0] − X.mean(0)) @ V.T
		expectArrayClose(
			result.transform([X3[0]])[0],
			[-5.369831028917399, -2.185264056408115, 0.16995800848051887],
			11
		);
		expectArrayClose(result.transform([result.mean])[0], [0, 0, 0], 13);
	});

	it('keeps the leading nComponents', () => {
		const two = pca(X3, 2);
		expect(two.nComponents).toBe(2);
		expectMatrixClose(two.components, result.components.slice(0, 2), 12);
		expectArrayClose(two.explainedVarianceRatio, result.explainedVarianceRatio.slice(0, 2), 14);
		expect(two.transform(X3)[5]).toHaveLength(2);
	});
});

describe('pca properties', () => {
	const data = fc.integer({ min: 1, max: 6 }).chain((d) =>
		fc.array(fc.array(fc.double({ min: -1000, max: 1000, noNaN: true }), { minLength: d, maxLength: d }), {
			minLength: 2,
			maxLength: 30
		})
	);

	it('gives orthonormal eigenvectors of the covariance whose variances sum to its trace', () => {
		fc.assert(
			fc.property(data, (X) => {
				const n = X.length;
				const d = X[0].length;
				const mean = Array.from({ length: d }, (_, j) => X.reduce((s, row) => s + row[j], 0) / n);
				const cov = Array.from({ length: d }, (_, j) =>
					Array.from(
						{ length: d },
						(_, l) => X.reduce((s, row) => s + (row[j] - mean[j]) * (row[l] - mean[l]), 0) / (n - 1)
					)
				);
				const trace = cov.reduce((s, row, j) => s + row[j], 0);
				if (!(trace > 1e-9)) return; // constant data: pca throws, tested below
				const result = pca(X);
				const { components, explainedVariance } = result;
				const tolerance = 1e-9 * trace;
				expect(Math.abs(explainedVariance.reduce((s, v) => s + v, 0) - trace)).toBeLessThanOrEqual(tolerance);
				for (let c = 1; c < explainedVariance.length; c++)
					expect(explainedVariance[c]).toBeLessThanOrEqual(explainedVariance[c - 1]);
				components.forEach((u, c) => {
					components.forEach((v, c2) => {
						const dot = u.reduce((s, x, j) => s + x * v[j], 0);
						expect(dot).toBeCloseTo(c === c2 ? 1 : 0, 10);
					});
					// C u = λ u
					cov.forEach((row, j) => {
						const cu = row.reduce((s, x, l) => s + x * u[l], 0);
						expect(Math.abs(cu - explainedVariance[c] * u[j])).toBeLessThanOrEqual(tolerance);
					});
					const largest = u.reduce((best, x, j) => (Math.abs(x) > Math.abs(u[best]) ? j : best), 0);
					expect(u[largest]).toBeGreaterThan(0);
				});
				// With every component kept (d <= n), inverseTransform undoes transform.
				if (d <= n) {
					const back = result.inverseTransform(result.transform(X));
					back.forEach((row, i) =>
						row.forEach((x, j) => expect(Math.abs(x - X[i][j])).toBeLessThanOrEqual(1e-9 * 1000))
					);
				}
			}),
			{ numRuns: 200 }
		);
	});
});

describe('pca errors', () => {
	it('says what is wrong', () => {
		expect(() => pca([[1, 2]])).toThrow(/1 row; at least 2 are needed/);
		expect(() => pca([])).toThrow(/X is empty/);
		expect(() => pca([[1], [NaN]])).toThrow(/X\[1\]\[0\] is NaN/);
		expect(() =>
			pca([
				[1, 2],
				[1, 2]
			])
		).toThrow(/every feature of X is constant/);
		expect(() => pca(LINE, 0)).toThrow(
			/nComponents is 0; it must be an integer from 1 to min\(samples, features\) = 2/
		);
		expect(() => pca(LINE, 3)).toThrow(/nComponents is 3/);
		expect(() => pca(LINE, 1.5)).toThrow(/nComponents is 1.5/);
		expect(() => pca(LINE).transform([[1, 2, 3]])).toThrow(/has 3 columns; the training data had 2 features/);
		expect(() => pca(LINE, 1).inverseTransform([[1, 2]])).toThrow(/one score per component \(1\)/);
	});
});
