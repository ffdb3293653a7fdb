/**
 * The penalised linear models against values derived outside this code: scikit-learn's
 * published `Lasso` example, ridge by numpy's solve of (XᵀX + αI)w = Xᵀy on centred data,
 * the lasso and elastic net by FISTA (proximal gradient, 200,000 steps) in numpy, soft
 * thresholding on an orthogonal design, and the objective's KKT conditions on random data.
 * The numpy script is /tmp/w17/ref/ref.py (seed 7); its printed numbers are pasted below.
 */
import { describe, expect, it } from 'vitest';
import {
	elasticNet,
	elasticNetPath,
	lasso,
	lassoPath,
	predictLinear,
	ridge,
	ridgePath
} from '$lib/ml/linear';
import { createRng } from '$lib/ml/random';

// numpy: rng = default_rng(7), 8 samples, 3 features (the third correlated with the first), rounded to 2 decimals
const X = [
	[0.0, 1.6, 2.86],
	[-0.89, 0.09, 2.06],
	[0.06, 3.68, 2.78],
	[-0.62, 1.98, 2.87],
	[0.11, -0.86, 3.05],
	[0.7, -1.69, 3.12],
	[-1.9, -1.58, 1.13],
	[-0.24, -1.53, 3.02]
];
const y = [-2.82, -1.31, -8.23, -4.86, 2.16, 4.79, -0.16, 2.76];

const close = (actual: number[], expected: number[], tolerance: number) => {
	expect(actual.length).toBe(expected.length);
	actual.forEach((v, i) =>
		expect(Math.abs(v - expected[i]), `entry ${i}: ${v} vs ${expected[i]}`).toBeLessThan(tolerance)
	);
};

describe('ridge', () => {
	// numpy: np.linalg.solve(Xc.T @ Xc + a I, Xc.T @ yc); intercept ȳ − x̄·w
	const cases = [
		{
			alpha: 0,
			coef: [1.3564346873811317, -2.133454395437834, 0.49185865265426987],
			intercept: -1.3210626118422766
		},
		{
			alpha: 0.5,
			coef: [1.096616188107106, -2.092093808784316, 0.6434998035441846],
			intercept: -1.8160599195318459
		},
		{
			alpha: 10,
			coef: [0.3964292244973245, -1.5226680620917665, 0.2814483289492556],
			intercept: -1.2342591653390378
		}
	];
	it.each(cases)('α = $alpha matches numpy', ({ alpha, coef, intercept }) => {
		const fit = ridge(X, y, alpha);
		close(fit.coef, coef, 1e-9);
		expect(fit.intercept).toBeCloseTo(intercept, 9);
	});
	it('ridgePath gives the same fit at each α', () => {
		const path = ridgePath(
			X,
			y,
			cases.map((c) => c.alpha)
		);
		path.forEach((point, i) => close(point.coef, cases[i].coef, 1e-9));
	});
	it('without an intercept, the penalty acts on the raw columns', () => {
		// one feature, no intercept: w = Σxy / (Σx² + α) = (1·2 + 2·4) / (1 + 4 + 1) = 10/6
		expect(ridge([[1], [2]], [2, 4], 1, { fitIntercept: false }).coef[0]).toBeCloseTo(10 / 6, 12);
	});
});

describe('lasso and elastic net', () => {
	it("reproduces scikit-learn's documented Lasso example", () => {
		// sklearn.linear_model.Lasso docs: Lasso(alpha=0.1).fit([[0,0],[1,1],[2,2]], [0,1,2]) → coef_ [0.85, 0], intercept_ 0.15
		const fit = lasso(
			[
				[0, 0],
				[1, 1],
				[2, 2]
			],
			[0, 1, 2],
			0.1
		);
		close(fit.coef, [0.85, 0], 1e-9);
		expect(fit.intercept).toBeCloseTo(0.15, 9);
	});

	// numpy FISTA on (1/2n)‖yc − Xc w‖² + α·r‖w‖₁ + ½α(1 − r)‖w‖², run 200,000 steps: the optimum itself
	const optimum = [
		{ alpha: 0.1, r: 1, coef: [1.4521387019490783, -2.0842680253201937, 0.1168643387888804] },
		{ alpha: 0.5, r: 1, coef: [0.7558074096792695, -1.922829021926535, 0.0] },
		{ alpha: 2.0, r: 1, coef: [0.0, -1.4530784491879438, 0.0] },
		{ alpha: 0.3, r: 0.5, coef: [0.8557924700845523, -1.9723793236349465, 0.4084462814406715] },
		{ alpha: 1.0, r: 0.2, coef: [0.41064402539584244, -1.6333514790034511, 0.23812573391142722] }
	];
	it.each(optimum)(
		'α = $alpha, l1Ratio = $r: a tight tol reaches the optimum (proximal gradient)',
		({ alpha, r, coef }) => {
			close(elasticNet(X, y, alpha, r, { tol: 1e-12, maxIter: 100_000 }).coef, coef, 1e-8);
		}
	);

	// what scikit-learn returns at its default tol = 1e-4: a separate numpy port of its cd_fast.enet_coordinate_descent
	// (/tmp/w17/ref/cd.py), whose stopping rule leaves the weights up to ~1e-3 from the optimum on these correlated columns
	const sklearnDefault = [
		{
			alpha: 0.1,
			r: 1,
			coef: [1.4511797816435263, -2.084299600158651, 0.11789701917247387],
			intercept: -0.32201532665948196,
			nIter: 38
		},
		{
			alpha: 0.5,
			r: 1,
			coef: [0.7558082638052914, -1.9228290703042596, 0.0],
			intercept: -0.2899089872258864,
			nIter: 6
		},
		{ alpha: 2.0, r: 1, coef: [0.0, -1.4530784491879434, 0.0], intercept: -0.6517871776090469, nIter: 2 },
		{
			alpha: 0.3,
			r: 0.5,
			coef: [0.8556982969267568, -1.9723847132909367, 0.40852149734417587],
			intercept: -1.311480331075221,
			nIter: 12
		},
		{
			alpha: 1.0,
			r: 0.2,
			coef: [0.41064176556755616, -1.6333518776194198, 0.23812662316199204],
			intercept: -1.0928145470499235,
			nIter: 6
		}
	];
	it.each(sklearnDefault)(
		"α = $alpha, l1Ratio = $r at the default tol agrees with sklearn's iterates to 1e-4",
		({ alpha, r, coef, intercept, nIter }) => {
			const fit = elasticNet(X, y, alpha, r);
			close(fit.coef, coef, 1e-4);
			expect(Math.abs(fit.intercept - intercept)).toBeLessThan(1e-4);
			expect(fit.nIter).toBe(nIter);
		}
	);
	it('sets weights to exactly zero where the optimum has them at zero', () => {
		expect(lasso(X, y, 2).coef[0]).toBe(0);
		expect(lasso(X, y, 2).coef[2]).toBe(0);
		// α above max|Xcᵀyc|/n zeroes every weight
		expect(lasso(X, y, 100).coef).toEqual([0, 0, 0]);
	});
	it('lassoPath and elasticNetPath warm-start to the optimum at each α', () => {
		const tight = { tol: 1e-12, maxIter: 100_000 };
		const path = lassoPath(X, y, [2, 0.5, 0.1], tight);
		[2, 1, 0].forEach((row, i) => close(path[i].coef, optimum[row].coef, 1e-8));
		close(elasticNetPath(X, y, [1], 0.2, tight)[0].coef, optimum[4].coef, 1e-8);
	});

	// centred columns orthogonal, ‖x₁‖² = ‖x₂‖² = 4, ‖x₃‖² = 16: each weight is soft-thresholded on its own,
	// w_j = S(x_jᵀy/n, α·r) / (x_jᵀx_j/n + α(1 − r)) (worked in numpy, ref.py)
	const Xo = [
		[1, 1, 2],
		[1, -1, -2],
		[-1, 1, -2],
		[-1, -1, 2]
	];
	const yo = [3, 1, -2, 0.5];
	it.each([
		{ alpha: 0.2, r: 1, coef: [1.175, 0, 0.5125] },
		{ alpha: 0.6, r: 1, coef: [0.775, 0, 0.4125] },
		{ alpha: 0.4, r: 0.5, coef: [0.9791666666666667, 0, 0.488095238095238] }
	])('orthogonal design: soft thresholding at α = $alpha, l1Ratio = $r', ({ alpha, r, coef }) => {
		const fit = elasticNet(Xo, yo, alpha, r);
		close(fit.coef, coef, 1e-9);
		expect(fit.intercept).toBeCloseTo(0.625, 9);
	});

	it('meets the KKT conditions on random data (|X_jᵀr|/n ≤ α, equality with the sign of w_j where w_j ≠ 0)', () => {
		for (const seed of [1, 2, 3, 4, 5]) {
			const rng = createRng(seed);
			const n = 40;
			const p = 6;
			const data = Array.from({ length: n }, () => Array.from({ length: p }, () => rng.normal()));
			for (const row of data) row[1] = row[0] + 0.1 * row[1]; // two correlated columns
			const target = data.map((row) => 2 * row[0] - row[3] + 0.5 * rng.normal());
			for (const alpha of [0.01, 0.1, 0.5]) {
				const fit = lasso(data, target, alpha, { tol: 1e-12, maxIter: 100_000 });
				const residual = target.map((t, i) => t - predictLinear(fit, [data[i]])[0]);
				expect(Math.abs(residual.reduce((a, b) => a + b, 0))).toBeLessThan(1e-8); // intercept unpenalised
				const means = Array.from({ length: p }, (_, j) => data.reduce((s, row) => s + row[j], 0) / n);
				for (let j = 0; j < p; j++) {
					const g = data.reduce((s, row, i) => s + (row[j] - means[j]) * residual[i], 0) / n;
					expect(Math.abs(g)).toBeLessThanOrEqual(alpha + 1e-7);
					if (fit.coef[j] !== 0) {
						expect(Math.abs(Math.abs(g) - alpha)).toBeLessThan(1e-7);
						expect(Math.sign(g)).toBe(Math.sign(fit.coef[j]));
					}
				}
			}
		}
	});

	it('stops by the duality gap: a looser tol takes fewer sweeps', () => {
		expect(lasso(X, y, 0.1, { tol: 1e-2 }).nIter).toBeLessThan(lasso(X, y, 0.1, { tol: 1e-10 }).nIter);
	});
});

describe('bad input', () => {
	it.each([
		{ name: 'no rows', run: () => ridge([], [], 1), message: /no rows/ },
		{ name: 'ragged rows', run: () => lasso([[1, 2], [3]], [1, 2], 1), message: /Row 1/ },
		{ name: 'NaN', run: () => lasso([[1], [NaN]], [1, 2], 1), message: /X\[1\]\[0\]/ },
		{ name: 'y too short', run: () => ridge([[1], [2]], [1], 1), message: /y has 1/ },
		{ name: 'negative alpha', run: () => lasso([[1], [2]], [1, 2], -1), message: /alpha/ },
		{ name: 'l1Ratio above 1', run: () => elasticNet([[1], [2]], [1, 2], 1, 2), message: /l1Ratio/ }
	])('$name throws', ({ run, message }) => {
		expect(run).toThrow(message);
	});
});
