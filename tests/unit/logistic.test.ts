import { describe, expect, it } from 'vitest';
import { solveLinear } from '$lib/ml/linalg';
import { fitLogistic } from '$lib/ml/logistic';

describe('solveLinear', () => {
	it('solves a small system', () => {
		// 2a + b = 3, a + 3b = 5 → a = 0.8, b = 1.4
		const [a, b] = solveLinear(
			[
				[2, 1],
				[1, 3]
			],
			[3, 5]
		);
		expect(a).toBeCloseTo(0.8, 12);
		expect(b).toBeCloseTo(1.4, 12);
	});

	it('says when the system is singular', () => {
		expect(() =>
			solveLinear(
				[
					[1, 2],
					[2, 4]
				],
				[1, 2]
			)
		).toThrow(/singular/);
	});
});

describe('fitLogistic', () => {
	// One binary feature: at x = 0, 1 of 3 is positive; at x = 1, 2 of 3. With no penalty the
	// fit reproduces those rates: σ(b) = 1/3 → b = ln(1/2); σ(b + w) = 2/3 → b + w = ln 2, w = 2 ln 2.
	const X = [[0], [0], [0], [1], [1], [1]];
	const y = [1, 0, 0, 1, 1, 0];

	it('reproduces the group rates with no penalty', () => {
		const model = fitLogistic(X, y, { C: Infinity });
		expect(model.converged).toBe(true);
		expect(model.intercept).toBeCloseTo(Math.log(0.5), 8);
		expect(model.coefficients[0]).toBeCloseTo(2 * Math.log(2), 8);
		const [p0, , , p1] = model.predictProba(X);
		expect(p0).toBeCloseTo(1 / 3, 8);
		expect(p1).toBeCloseTo(2 / 3, 8);
	});

	it("meets the optimality conditions of scikit-learn's penalised objective", () => {
		// ½‖w‖² + C Σ log-loss is smallest where Σ (p − y) = 0 (intercept, unpenalised)
		// and w_j + C Σ (p − y) x_j = 0 for each weight.
		const data = [
			[0.5, 1.2],
			[1.5, -0.3],
			[-1, 0.8],
			[2, 2],
			[-0.5, -1.5],
			[0.3, 0.1],
			[1.1, -0.9]
		];
		const labels = [1, 1, 0, 1, 0, 0, 1];
		const C = 0.7;
		const model = fitLogistic(data, labels, { C });
		const p = model.predictProba(data);
		const residual = p.map((v, i) => v - labels[i]);
		expect(residual.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 7);
		for (let j = 0; j < 2; j++) {
			const g = model.coefficients[j] + C * residual.reduce((sum, r, i) => sum + r * data[i][j], 0);
			expect(g).toBeCloseTo(0, 7);
		}
		// the penalty shrinks the weights compared with no penalty
		const free = fitLogistic(data, labels, { C: Infinity });
		const norm = (w: number[]) => Math.hypot(...w);
		expect(norm(model.coefficients)).toBeLessThan(norm(free.coefficients));
	});

	it('refuses bad input', () => {
		expect(() => fitLogistic([], [])).toThrow(/empty/);
		expect(() => fitLogistic([[1], [2, 3]], [0, 1])).toThrow(/X\[1\] has 2 features/);
		expect(() => fitLogistic([[1], [2]], [0, 2])).toThrow(/y\[1\] is 2/);
		expect(() => fitLogistic([[1], [NaN]], [0, 1])).toThrow(/NaN/);
		expect(() => fitLogistic([[1], [2]], [0, 1], { C: 0 })).toThrow(/C is 0/);
	});
});
