import { describe, expect, it } from 'vitest';
import { fitBoosting, meanLogLoss } from '$lib/ml/boosting';
import { makeMoons } from '$lib/ml/datasets';

describe('fitBoosting', () => {
	/*
	 * Four points x = 0, 1, 2, 3 with labels 0, 1, 1, 1, depth-1 trees, learning rate 0.1,
	 * worked by hand and checked with numpy (/tmp/mz_boost.py: the prior log(0.75 / 0.25); the
	 * residuals y − σ(F); the split with the least squared error found by trying x <= 0, 1, 2;
	 * each leaf Σ residual / Σ p(1 − p)). Round 1: residuals −0.75, 0.25, 0.25, 0.25; the
	 * split x <= 0; leaves −0.75 / 0.1875 = −4 and 0.75 / 0.5625 = 4/3.
	 */
	const X = [[0], [1], [2], [3]];
	const y = [0, 1, 1, 1];

	it('one round on four points, worked by hand', () => {
		const model = fitBoosting(X, y, { rounds: 1, learningRate: 0.1, maxDepth: 1 });
		expect(model.prior).toBeCloseTo(Math.log(3), 14);
		const tree = model.trees[0];
		expect(tree.root.kind === 'split' && tree.root.threshold).toBe(0);
		expect(tree.leaves.map((l) => l.value)).toEqual([expect.closeTo(-4, 12), expect.closeTo(4 / 3, 12)]);
		const F = model.decision(X);
		[0.6986122886681098, 1.231945622001443, 1.231945622001443, 1.231945622001443].forEach((v, i) =>
			expect(F[i]).toBeCloseTo(v, 12)
		);
		expect(model.trainingLoss[0]).toBeCloseTo(0.5623351446188083, 12);
		expect(model.trainingLoss[1]).toBeCloseTo(0.46754832813802605, 12);
		expect(model.probability(X)[0]).toBeCloseTo(0.6678800269243251, 12);
	});

	it('a second round takes another Newton step from the new probabilities (numpy: −3.0110, 1.2917)', () => {
		const model = fitBoosting(X, y, { rounds: 2, learningRate: 0.1, maxDepth: 1 });
		expect(model.trees[1].leaves[0].value).toBeCloseTo(-3.010960138106918, 10);
		expect(model.trees[1].leaves[1].value).toBeCloseTo(1.2917244396809824, 10);
		expect(model.trainingLoss[2]).toBeCloseTo(0.3990545845773844, 12);
		// the staged prediction after one round is the one-round model's
		expect(model.probability(X, 1)[0]).toBeCloseTo(0.6678800269243251, 12);
		expect(model.probability(X, 0)[0]).toBeCloseTo(0.75, 12);
	});

	it('never raises the training loss from one round to the next at a small rate', () => {
		for (const seed of [1, 2, 3]) {
			const data = makeMoons({ n: 150, noise: 0.35, seed });
			const model = fitBoosting(data.X, data.y, { rounds: 60, learningRate: 0.1, maxDepth: 3 });
			for (let r = 1; r < model.trainingLoss.length; r++)
				expect(model.trainingLoss[r]).toBeLessThanOrEqual(model.trainingLoss[r - 1] + 1e-12);
			expect(model.trainingLoss[60]).toBeLessThan(model.trainingLoss[0] / 2);
		}
	});

	it('counts its nodes and keeps the log-loss finite for sure predictions', () => {
		const model = fitBoosting(X, y, { rounds: 3, learningRate: 1, maxDepth: 2 });
		expect(model.nodes).toBe(model.trees.reduce((s, t) => s + t.nodes, 0));
		expect(meanLogLoss([1, 0], [800, -800])).toBeCloseTo(0, 12);
		expect(Number.isFinite(meanLogLoss([0], [800]))).toBe(true);
	});

	it('refuses bad input with a message', () => {
		expect(() => fitBoosting(X, [1, 1, 1, 1], { rounds: 1 })).toThrow(/one class/);
		expect(() => fitBoosting(X, y, { rounds: 0 })).toThrow(/rounds/);
		expect(() => fitBoosting(X, y, { rounds: 1, learningRate: 0 })).toThrow(/learningRate/);
		expect(() => fitBoosting(X, [0, 2, 1, 1], { rounds: 1 })).toThrow(/0 or 1/);
	});
});
