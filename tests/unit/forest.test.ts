import { describe, expect, it } from 'vitest';
import { featuresPerNode, fitForest } from '$lib/ml/forest';
import { makeMoons, makeXor } from '$lib/ml/datasets';
import { fitTree } from '$lib/ml/tree';

const moons = makeMoons({ n: 120, noise: 0.3, seed: 4 });
const grid = Array.from({ length: 121 }, (_, i) => [-1.5 + (i % 11) * 0.35, -1 + Math.floor(i / 11) * 0.2]);

describe('fitForest', () => {
	it('a one-tree forest without bootstrap and with all features is the tree', () => {
		for (const maxDepth of [2, undefined]) {
			const tree = fitTree(moons.X, moons.y, { maxDepth });
			const forest = fitForest(moons.X, moons.y, {
				trees: 1,
				maxDepth,
				bootstrap: false,
				maxFeatures: 'all',
				seed: 9
			});
			expect(forest.trees[0].root).toEqual(tree.root);
			expect(forest.predict(grid)).toEqual(tree.predict(grid));
			expect(forest.predictProba(grid)).toEqual(tree.predictProba(grid));
			expect(forest.nodes).toBe(2 * tree.leaves - 1);
		}
	});

	it('averages its trees’ class fractions (soft voting) and predicts the larger', () => {
		const forest = fitForest(moons.X, moons.y, { trees: 7, maxDepth: 3, seed: 2 });
		const proba = forest.predictProba(grid);
		grid.forEach((row, i) => {
			const mean = [0, 1].map(
				(c) => forest.trees.reduce((s, t) => s + (t.predictProba([row])[0][c] ?? 0), 0) / 7
			);
			expect(proba[i][0]).toBeCloseTo(mean[0], 12);
			expect(proba[i][1]).toBeCloseTo(mean[1], 12);
		});
		expect(forest.predict(grid)).toEqual(proba.map((p) => (p[1] > p[0] ? 1 : 0)));
	});

	it('is the same forest for the same seed and another for another seed', () => {
		const a = fitForest(moons.X, moons.y, { trees: 5, seed: 1 });
		const b = fitForest(moons.X, moons.y, { trees: 5, seed: 1 });
		const c = fitForest(moons.X, moons.y, { trees: 5, seed: 2 });
		expect(b.predictProba(grid)).toEqual(a.predictProba(grid));
		expect(c.predictProba(grid)).not.toEqual(a.predictProba(grid));
	});

	it('grows each tree on a bootstrap sample: n rows drawn with replacement, so some repeat', () => {
		const forest = fitForest(moons.X, moons.y, { trees: 3, maxDepth: 1, seed: 5 });
		for (const tree of forest.trees) {
			expect(tree.root.samples).toBe(moons.X.length);
			// a sample of n with replacement almost surely changes the class counts from the data's 60/60
			expect(tree.root.counts).not.toEqual([60, 60]);
		}
	});

	it('searches max(1, ⌊√d⌋) features per node by default, as scikit-learn', () => {
		expect(featuresPerNode('sqrt', 2)).toBe(1);
		expect(featuresPerNode(undefined, 9)).toBe(3);
		expect(featuresPerNode('all', 4)).toBe(4);
		expect(() => featuresPerNode(5, 4)).toThrow(/maxFeatures/);
	});

	it('learns XOR, which no single split helps, and fits its training rows when unlimited', () => {
		const xor = makeXor({ n: 200, noise: 0.05, seed: 3 });
		const forest = fitForest(xor.X, xor.y, { trees: 20, seed: 1 });
		const correct = forest.predict(xor.X).filter((p, i) => p === xor.y[i]).length;
		expect(correct / xor.X.length).toBeGreaterThan(0.97);
	});

	it('refuses bad options with a message', () => {
		expect(() => fitForest(moons.X, moons.y, { trees: 0, seed: 1 })).toThrow(/trees is 0/);
		expect(() => fitForest(moons.X, moons.y.slice(1), { trees: 2, seed: 1 })).toThrow(/labels/);
		expect(() => fitTree(moons.X, moons.y, { maxFeatures: 1 })).toThrow(/random/);
	});
});
