import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fitScaler, SCALER_METHODS } from '../../src/lib/ml/scaling';
import { fitTree, giniImpurity, type TreeNode } from '../../src/lib/ml/tree';

function nodes(root: TreeNode): TreeNode[] {
	return root.kind === 'leaf' ? [root] : [root, ...nodes(root.left), ...nodes(root.right)];
}

/** The tree without its thresholds: what must not change when a feature is rescaled. */
function shape(node: TreeNode): unknown {
	return node.kind === 'leaf'
		? { counts: node.counts }
		: { feature: node.feature, counts: node.counts, left: shape(node.left), right: shape(node.right) };
}

describe('giniImpurity', () => {
	it('is 1 − Σ p²', () => {
		expect(giniImpurity([5, 0])).toBe(0);
		expect(giniImpurity([1, 1])).toBe(0.5); // 1 − (1/4 + 1/4)
		expect(giniImpurity([3, 2])).toBeCloseTo(12 / 25, 15); // 1 − (9 + 4)/25
		expect(giniImpurity([1, 1, 1])).toBeCloseTo(2 / 3, 15); // 1 − 3 · 1/9
		expect(() => giniImpurity([0, 0])).toThrow(/all 0/);
		expect(() => giniImpurity([1, -1])).toThrow(/counts\[1\] is -1/);
	});
});

describe('fitTree: hand examples', () => {
	// x = 1..5, y = 0 0 1 0 1 (three 0s, two 1s). Weighted child Gini of each cut:
	//   1.5: L {0} 0;        R {0,1,0,1} 1/2  → 4/5 · 1/2             = 0.4
	//   2.5: L {0,0} 0;      R {1,0,1} 4/9    → 3/5 · 4/9             = 4/15 ≈ 0.267
	//   3.5: L {0,0,1} 4/9;  R {0,1} 1/2      → 3/5 · 4/9 + 2/5 · 1/2 = 7/15 ≈ 0.467
	//   4.5: L {0,0,1,0} 3/8; R {1} 0         → 4/5 · 3/8             = 0.3
	// Best: the cut between 2 and 3. scikit-learn writes it as the midpoint 2.5; here the
	// threshold is the lower value 2 (x ≤ 2 goes left), which splits the training rows alike.
	const X = [[1], [2], [3], [4], [5]];
	const y = [0, 0, 1, 0, 1];

	it('a stump takes the split with the lowest weighted Gini', () => {
		const tree = fitTree(X, y, { maxDepth: 1 });
		expect(tree.depth).toBe(1);
		expect(tree.leaves).toBe(2);
		const root = tree.root;
		expect(root.kind).toBe('split');
		if (root.kind !== 'split') return;
		expect(root.feature).toBe(0);
		expect(root.threshold).toBe(2);
		expect(root.counts).toEqual([3, 2]);
		expect(root.impurity).toBeCloseTo(12 / 25, 15);
		expect(root.samples).toBe(5);
		expect(root.left).toMatchObject({ kind: 'leaf', counts: [2, 0], impurity: 0, prediction: 0, depth: 1 });
		expect(root.right).toMatchObject({ kind: 'leaf', counts: [1, 2], prediction: 1, depth: 1 });
		expect(root.right.impurity).toBeCloseTo(4 / 9, 15);
		expect(tree.predict(X)).toEqual([0, 0, 1, 1, 1]);
		// x ≤ 2 goes left: the threshold itself is on the left, anything above it (2.5 too) on the right.
		expect(tree.predict([[2], [2.0000001], [2.5]])).toEqual([0, 1, 1]);
		expect(tree.predictProba([[0], [9]])).toEqual([
			[1, 0],
			[1 / 3, 2 / 3]
		]);
	});

	it('grown without limit, it fits distinct training rows exactly', () => {
		const tree = fitTree(X, y);
		expect(tree.predict(X)).toEqual(y);
		// Right child {3,4,5} → y 1 0 1: cuts after 3 (L {1}, R {0,1}: 2/3 · 1/2 = 1/3) and
		// after 4 (L {1,0}: 2/3 · 1/2 = 1/3) tie; the lower threshold 3 wins, leaving {4,5} to split at 4.
		expect(tree.depth).toBe(3);
		expect(tree.leaves).toBe(4);
	});

	it('among equally good thresholds takes the lowest', () => {
		// x = 1..4, y = 0 1 1 0: cutting after 1 gives 3/4 · 4/9 = 1/3, after 2 gives 1/2, after 3 gives 1/3: a tie.
		const tree = fitTree([[1], [2], [3], [4]], [0, 1, 1, 0], { maxDepth: 1 });
		expect(tree.root).toMatchObject({ kind: 'split', feature: 0, threshold: 1 });
	});

	it('among equally good features takes the lowest index', () => {
		const tree = fitTree(
			[
				[1, 1],
				[2, 2],
				[3, 3],
				[4, 4]
			],
			[0, 0, 1, 1]
		);
		expect(tree.root).toMatchObject({ kind: 'split', feature: 0, threshold: 2 });
	});

	it('prefers the feature that separates better', () => {
		// Feature 0 orders y as 0 1 0 1 (best cut 1/3); feature 1 orders it 0 0 1 1 (pure between 20 and 30).
		const tree = fitTree(
			[
				[1, 10],
				[2, 30],
				[3, 20],
				[4, 40]
			],
			[0, 1, 0, 1]
		);
		expect(tree.root).toMatchObject({ kind: 'split', feature: 1, threshold: 20 });
		expect(tree.depth).toBe(1);
	});

	it('learns XOR: the first split gains nothing but is still made, as scikit-learn', () => {
		// Root Gini 1/2; every cut leaves two {0, 1} children, 1/2 each: zero gain, a tie
		// everywhere, so feature 0 at 0 (x ≤ 0 left); each child then splits on feature 1 at 0.
		const XX = [
			[0, 0],
			[0, 1],
			[1, 0],
			[1, 1]
		];
		const yy = [0, 1, 1, 0];
		const tree = fitTree(XX, yy);
		expect(tree.root).toMatchObject({ kind: 'split', feature: 0, threshold: 0 });
		expect(tree.depth).toBe(2);
		expect(tree.leaves).toBe(4);
		expect(tree.predict(XX)).toEqual(yy);
		// Depth 1: both leaves hold one of each class; the tie predicts the smaller class.
		const stump = fitTree(XX, yy, { maxDepth: 1 });
		expect(stump.predict(XX)).toEqual([0, 0, 0, 0]);
	});

	it('stops at pure nodes', () => {
		const tree = fitTree([[1], [2], [3]], [1, 1, 1]);
		expect(tree.root).toMatchObject({ kind: 'leaf', counts: [0, 3], prediction: 1, impurity: 0 });
		expect(tree.depth).toBe(0);
		expect(tree.leaves).toBe(1);
	});

	it('cannot separate equal rows with different labels', () => {
		// The cut after 1 isolates x = 2; the two x = 1 rows stay together (labels 0 and 1).
		const tree = fitTree([[1], [1], [2]], [0, 1, 1]);
		expect(tree.leaves).toBe(2);
		expect(tree.predict([[1], [2]])).toEqual([0, 1]);
	});

	it('respects minSamplesLeaf and minSamplesSplit', () => {
		// n = 5 with 3 per side is impossible: the root stays a leaf (majority 0).
		const none = fitTree(X, y, { minSamplesLeaf: 3 });
		expect(none.root.kind).toBe('leaf');
		expect(none.predict([[5]])).toEqual([0]);
		// 2 per side: only the cuts after 2 and after 3 are allowed; after 2 wins (4/15 < 7/15). The
		// right child {3,4,5} has 3 < 2 · 2 samples and stays a leaf.
		const two = fitTree(X, y, { minSamplesLeaf: 2 });
		expect(two.root).toMatchObject({ kind: 'split', threshold: 2 });
		expect(two.depth).toBe(1);
		// A node of 5 samples is not split when 6 are required.
		expect(fitTree(X, y, { minSamplesSplit: 6 }).root.kind).toBe('leaf');
	});

	it('validates its input', () => {
		expect(() => fitTree([[1], [2]], [0])).toThrow(/2 rows but y has 1 labels/);
		expect(() => fitTree([[1], [2]], [0, 1.5])).toThrow(/y\[1\] is 1\.5/);
		expect(() => fitTree([[1], [2]], [0, -1])).toThrow(/y\[1\] is -1/);
		expect(() => fitTree([[1], [NaN]], [0, 1])).toThrow(/X\[1\]\[0\] is NaN/);
		expect(() => fitTree([[1], [2]], [0, 1], { maxDepth: 0 })).toThrow(/maxDepth is 0/);
		expect(() => fitTree([[1], [2]], [0, 1], { minSamplesLeaf: 0 })).toThrow(/minSamplesLeaf is 0/);
		expect(() => fitTree([[1], [2]], [0, 1], { minSamplesSplit: 1 })).toThrow(/minSamplesSplit is 1/);
		const tree = fitTree([[1], [2]], [0, 1], { maxDepth: Infinity });
		expect(() => tree.predict([[1, 2]])).toThrow(/X\[0\] has 2 features; the tree was fitted on 1/);
		expect(() => tree.predict([[NaN]])).toThrow(/X\[0\]\[0\] is NaN/);
	});
});

/** Small data sets with many repeated values (ties are where trees go wrong). */
const dataArb = fc
	.record({ n: fc.integer({ min: 2, max: 30 }), d: fc.integer({ min: 1, max: 3 }) })
	.chain(({ n, d }) =>
		fc.record({
			X: fc.array(fc.array(fc.integer({ min: -6, max: 6 }), { minLength: d, maxLength: d }), {
				minLength: n,
				maxLength: n
			}),
			y: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: n, maxLength: n })
		})
	);

describe('fitTree: properties', () => {
	it('respects maxDepth and minSamplesLeaf; counts add up; pure nodes are leaves', () => {
		fc.assert(
			fc.property(
				dataArb,
				fc.integer({ min: 1, max: 5 }),
				fc.integer({ min: 1, max: 4 }),
				({ X, y }, maxDepth, minSamplesLeaf) => {
					const tree = fitTree(X, y, { maxDepth, minSamplesLeaf });
					const all = nodes(tree.root);
					const leaves = all.filter((node) => node.kind === 'leaf');
					expect(tree.depth).toBeLessThanOrEqual(maxDepth);
					expect(tree.depth).toBe(Math.max(...all.map((node) => node.depth)));
					expect(tree.leaves).toBe(leaves.length);
					expect(tree.root.samples).toBe(X.length);
					for (const node of all) {
						expect(node.counts.reduce((s, c) => s + c, 0)).toBe(node.samples);
						if (node.kind === 'leaf') {
							expect(node.samples).toBeGreaterThanOrEqual(Math.min(minSamplesLeaf, X.length));
						} else {
							expect(node.impurity).toBeGreaterThan(0);
							expect(node.left.depth).toBe(node.depth + 1);
							node.counts.forEach((c, k) => expect(node.left.counts[k] + node.right.counts[k]).toBe(c));
						}
					}
					const probabilities = tree.predictProba(X);
					for (const p of probabilities) expect(p.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
				}
			)
		);
	});

	it('fits training data perfectly when grown fully and no equal rows disagree', () => {
		fc.assert(
			fc.property(dataArb, ({ X, y }) => {
				const labelOf = new Map<string, number>();
				for (let i = 0; i < X.length; i++) {
					const key = X[i].join();
					fc.pre(labelOf.get(key) === undefined || labelOf.get(key) === y[i]);
					labelOf.set(key, y[i]);
				}
				expect(fitTree(X, y).predict(X)).toEqual(y);
			})
		);
	});

	it('predictions do not change when a feature is rescaled by x → a·x + b, a > 0, new points on a midpoint included', () => {
		fc.assert(
			fc.property(
				dataArb,
				fc.nat(),
				fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
				fc.double({ min: -1e3, max: 1e3, noNaN: true }),
				fc.integer({ min: 1, max: 6 }),
				({ X, y }, featureSeed, a, b, maxDepth) => {
					const j = featureSeed % X[0].length;
					const rescale = (v: number) => a * v + b;
					// Rounding must not merge two distinct values (it cannot for these ranges, but say so).
					const values = [...new Set(X.map((row) => row[j]))].sort((p, q) => p - q);
					for (let t = 1; t < values.length; t++) fc.pre(rescale(values[t - 1]) < rescale(values[t]));
					const scaled = X.map((row) => row.map((v, f) => (f === j ? rescale(v) : v)));
					const original = fitTree(X, y, { maxDepth });
					const transformed = fitTree(scaled, y, { maxDepth });
					expect(shape(transformed.root)).toEqual(shape(original.root));
					expect(transformed.predict(scaled)).toEqual(original.predict(X));
					// New points: training values, the midpoints between them (where scikit-learn puts its
					// thresholds, and where rounding used to tip a point across), and beyond either end.
					const probes = probeRows(X);
					const scaledProbes = probes.map((row) => row.map((v, f) => (f === j ? rescale(v) : v)));
					expect(transformed.predict(scaledProbes)).toEqual(original.predict(probes));
				}
			)
		);
	});

	it('standard, min-max, max-abs and robust scaling never change its predictions on new rows', () => {
		fc.assert(
			fc.property(scaledDataArb, fc.integer({ min: 1, max: 6 }), ({ X, y }, maxDepth) => {
				const probes = probeRows(X);
				const expected = fitTree(X, y, { maxDepth }).predict(probes);
				for (const method of SCALER_METHODS) {
					// fitted on the training rows and applied to the new ones, as the feature-scaling widget does
					const scaler = fitScaler(method, X);
					const tree = fitTree(scaler.transform(X), y, { maxDepth });
					expect(tree.predict(scaler.transform(probes)), method).toEqual(expected);
				}
			})
		);
	});

	it('a new value halfway between two training values goes the same way before and after min-max scaling', () => {
		// Horsepower 78 (class 0) and 80 (class 1): the cut falls between them; a car with 79 hp
		// lies exactly on scikit-learn's midpoint. On the raw numbers and after min-max scaling
		// with min 46 and max 770 (the widget's cars with an outlier), 79 must land on the same side.
		const X = [[46], [60], [78], [80], [95], [770]];
		const y = [0, 0, 0, 1, 1, 1];
		const raw = fitTree(X, y, { maxDepth: 1 });
		expect(raw.root).toMatchObject({ kind: 'split', threshold: 78 });
		const scaler = fitScaler('minmax', X);
		const scaled = fitTree(scaler.transform(X), y, { maxDepth: 1 });
		expect(scaled.predict(scaler.transform([[79]]))).toEqual(raw.predict([[79]]));
		expect(raw.predict([[78], [79]])).toEqual([0, 1]);
	});
});

/** Rows of values on very different scales, as real features are (horsepower, weight in pounds, a ratio). */
const scaledDataArb = fc
	.record({ n: fc.integer({ min: 2, max: 30 }), d: fc.integer({ min: 1, max: 3 }) })
	.chain(({ n, d }) =>
		fc.record({
			X: fc.array(
				fc.array(
					fc.oneof(
						fc.integer({ min: -6, max: 6 }),
						fc.integer({ min: 40, max: 250 }),
						fc.integer({ min: 1500, max: 5200 })
					),
					{ minLength: d, maxLength: d }
				),
				{ minLength: n, maxLength: n }
			),
			y: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: n, maxLength: n })
		})
	);

/**
 * New rows built from each feature's training values, the midpoints between consecutive
 * distinct values, and a value beyond each end, mixed across features.
 */
function probeRows(X: number[][]): number[][] {
	const candidates = X[0].map((_, f) => {
		const values = [...new Set(X.map((row) => row[f]))].sort((p, q) => p - q);
		const midpoints = values.slice(1).map((v, t) => values[t] / 2 + v / 2);
		return [values[0] - 1, ...values, ...midpoints, values[values.length - 1] + 1];
	});
	const longest = Math.max(...candidates.map((c) => c.length));
	return Array.from({ length: longest }, (_, i) => candidates.map((c, f) => c[(i + f * 3) % c.length]));
}
