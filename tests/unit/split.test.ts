import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRng } from '../../src/lib/ml/random';
import {
	approximateMode,
	kFold,
	leaveOneOut,
	splitSizes,
	stratifiedKFold,
	stratifiedKFoldWarnings,
	timeSeriesSplit,
	trainValTestSplit,
	type Fold
} from '../../src/lib/ml/split';

const range = (start: number, stop: number): number[] =>
	Array.from({ length: stop - start }, (_, i) => start + i);
const sorted = (a: readonly number[]): number[] => a.slice().sort((x, y) => x - y);

/** The parts hold 0..n−1 exactly once between them. */
function expectPartition(parts: readonly (readonly number[])[], n: number): void {
	expect(sorted(parts.flat())).toEqual(range(0, n));
}

/** Each fold's train is the complement of its test, both ascending; the tests partition 0..n−1. */
function expectFolds(folds: readonly Fold[], n: number): void {
	for (const { train, test } of folds) {
		expect(train).toEqual(sorted(train));
		expect(test).toEqual(sorted(test));
		expectPartition([train, test], n);
	}
	expectPartition(
		folds.map((f) => f.test),
		n
	);
}

describe('splitSizes and trainValTestSplit sizes', () => {
	// Held-out parts are ceil(fraction · n), train the rest (scikit-learn's train_test_split rule).
	const cases: { n: number; f: [number, number, number]; sizes: [number, number, number]; why: string }[] = [
		{ n: 7, f: [0.8, 0.1, 0.1], sizes: [5, 1, 1], why: 'ceil(0.7) = 1 twice; 7 − 2 = 5' },
		{ n: 10, f: [0.7, 0.15, 0.15], sizes: [6, 2, 2], why: 'ceil(1.5) = 2 twice; 10 − 4 = 6' },
		{ n: 1000, f: [0.8, 0.1, 0.1], sizes: [800, 100, 100], why: '0.1 · 1000 = 100 exactly' },
		{ n: 100, f: [0.7, 0.15, 0.15], sizes: [70, 15, 15], why: '0.15 · 100 = 15' },
		{ n: 11, f: [0.75, 0.125, 0.125], sizes: [7, 2, 2], why: 'ceil(1.375) = 2 twice; 11 − 4 = 7' },
		{ n: 3, f: [0.34, 0.33, 0.33], sizes: [1, 1, 1], why: 'ceil(0.99) = 1 twice' },
		{ n: 5, f: [0.6, 0.2, 0.2], sizes: [3, 1, 1], why: '0.2 · 5 = 1 exactly, not rounded up to 2' },
		{ n: 10, f: [0.8, 0, 0.2], sizes: [8, 0, 2], why: 'no validation part' },
		{ n: 9, f: [0.5, 0.5, 0], sizes: [4, 5, 0], why: 'ceil(4.5) = 5 for val; no test part' },
		// 0.07 · 100 is 7.000000000000001 in floating point; snapped to 7 (scikit-learn's ceil would say 8).
		{ n: 100, f: [0.86, 0.07, 0.07], sizes: [86, 7, 7], why: '7 % of 100 is 7' }
	];
	for (const { n, f, sizes, why } of cases) {
		it(`n = ${n}, ${f.join('/')} → ${sizes.join('/')} (${why})`, () => {
			const fractions = { train: f[0], val: f[1], test: f[2] };
			expect(splitSizes(n, fractions)).toEqual({ train: sizes[0], val: sizes[1], test: sizes[2] });
			for (const shuffle of [true, false]) {
				const split = trainValTestSplit(n, { ...fractions, shuffle, seed: 3 });
				expect([split.train.length, split.val.length, split.test.length]).toEqual(sizes);
				expectPartition([split.train, split.val, split.test], n);
			}
		});
	}

	it('rejects fractions that do not sum to 1, are outside [0, 1), or leave no training sample', () => {
		expect(() => splitSizes(10, { train: 0.7, val: 0.1, test: 0.1 })).toThrow(/sum to 0\.9.*must sum to 1/);
		expect(() => splitSizes(10, { train: 0.7, val: 0.2, test: 0.2 })).toThrow(/must sum to 1/);
		expect(() => splitSizes(10, { train: 1, val: 0, test: 0 })).toThrow(
			/train is 1; each fraction must be a number in \[0, 1\)/
		);
		expect(() => splitSizes(10, { train: 1.2, val: -0.1, test: -0.1 })).toThrow(/train is 1\.2/);
		expect(() => splitSizes(10, { train: 0.5, val: NaN, test: 0.5 })).toThrow(/val is NaN/);
		expect(() => splitSizes(10, { train: 0, val: 0.5, test: 0.5 })).toThrow(/train is 0/);
		// n = 2: ceil(0.5) = 1 for val and 1 for test leave 0 for training (as scikit-learn's "train set will be empty").
		expect(() => splitSizes(2, { train: 0.5, val: 0.25, test: 0.25 })).toThrow(/leaving 0 for training/);
		expect(() => splitSizes(0, { train: 0.8, val: 0.1, test: 0.1 })).toThrow(/n is 0/);
		expect(() => splitSizes(2.5, { train: 0.8, val: 0.1, test: 0.1 })).toThrow(/n is 2\.5/);
		expect(() => trainValTestSplit(10, { train: 0.8, val: 0.1, test: 0.1, seed: 0.5 })).toThrow(
			/seed is 0\.5/
		);
	});

	it('accepts fractions that sum to 1 only up to floating-point rounding', () => {
		// 0.1 + 0.2 + 0.7 is 1.0000000000000002 in floating point.
		expect(splitSizes(10, { train: 0.7, val: 0.2, test: 0.1 })).toEqual({ train: 7, val: 2, test: 1 });
	});
});

describe('trainValTestSplit', () => {
	it('without shuffling gives contiguous parts in order: train, then val, then test', () => {
		expect(trainValTestSplit(10, { train: 0.7, val: 0.15, test: 0.15, shuffle: false })).toEqual({
			train: [0, 1, 2, 3, 4, 5],
			val: [6, 7],
			test: [8, 9]
		});
	});

	it('is deterministic for a seed, and the seed matters', () => {
		const options = { train: 0.6, val: 0.2, test: 0.2 };
		const a = trainValTestSplit(50, { ...options, seed: 11 });
		expect(trainValTestSplit(50, { ...options, seed: 11 })).toEqual(a);
		expect(trainValTestSplit(50, { ...options, seed: 12 })).not.toEqual(a);
		// The default seed is 0.
		expect(trainValTestSplit(50, options)).toEqual(trainValTestSplit(50, { ...options, seed: 0 }));
	});

	it('loses and repeats no index, shuffled or not (property)', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 300 }),
				fc.integer({ min: 0, max: 9 }),
				fc.integer({ min: 0, max: 9 }),
				fc.boolean(),
				fc.integer(),
				(n, val20, test20, shuffle, seed) => {
					// Fractions in twentieths, so that they sum to 1 and train > 0.
					fc.pre(val20 + test20 < 20);
					const fractions = { train: (20 - val20 - test20) / 20, val: val20 / 20, test: test20 / 20 };
					let sizes;
					try {
						sizes = splitSizes(n, fractions);
					} catch {
						return; // too few samples for these fractions: covered above
					}
					const split = trainValTestSplit(n, { ...fractions, shuffle, seed });
					expectPartition([split.train, split.val, split.test], n);
					expect(split.train.length).toBe(sizes.train);
					expect(split.val.length).toBe(sizes.val);
					expect(split.test.length).toBe(sizes.test);
					expect(split.test.length).toBe(Math.ceil((n * test20) / 20));
				}
			)
		);
	});

	it('stratified: 1,000 samples, 5 % positive, 10 % test → exactly 5 positives in test', () => {
		// Positives' share of test = 50 · 100 / 1000 = 5 exactly, so no rounding is involved.
		const labels = range(0, 1000).map((i) => (i % 20 === 0 ? 1 : 0));
		for (const seed of [0, 1, 2]) {
			const split = trainValTestSplit(1000, { train: 0.8, val: 0.1, test: 0.1, stratify: labels, seed });
			const positives = (part: number[]) => part.filter((i) => labels[i] === 1).length;
			expect(split.test).toHaveLength(100);
			expect(positives(split.test)).toBe(5);
			expect(positives(split.val)).toBe(5);
			expect(positives(split.train)).toBe(40);
			expectPartition([split.train, split.val, split.test], 1000);
		}
	});

	it('stratified: a case where drawing the parts one after another can miss by more than one sample', () => {
		// Counts [2, 8, 8]; sizes test 3, val 5, train 10. Exact shares: test 1/3, 4/3, 4/3;
		// val 5/9, 20/9, 20/9; train 10/9, 40/9, 40/9. Drawing test then val with
		// _approximate_mode can leave class 0 with 0 training samples (10/9 away); every
		// cell must instead be the floor or the ceiling of its share.
		const labels = [0, 0, ...new Array<number>(8).fill(1), ...new Array<number>(8).fill(2)];
		const fractions = { train: 10 / 18, val: 5 / 18, test: 3 / 18 };
		const share = {
			train: [10 / 9, 40 / 9, 40 / 9],
			val: [5 / 9, 20 / 9, 20 / 9],
			test: [1 / 3, 4 / 3, 4 / 3]
		};
		for (let seed = 0; seed < 200; seed++) {
			const split = trainValTestSplit(18, { ...fractions, stratify: labels, seed });
			for (const part of ['train', 'val', 'test'] as const) {
				for (let c = 0; c < 3; c++) {
					const count = split[part].filter((i) => labels[i] === c).length;
					expect(Math.abs(count - share[part][c])).toBeLessThan(1);
				}
			}
		}
	});

	it('stratified: a case where handing out leftovers by largest remainder gets stuck and must be repaired', () => {
		// Counts [2, 2, 7], n = 11, sizes train 4, val 4, test 3. Shares · 11: train and val
		// 8, 8, 28 (floors 0, 0, 2, remainders 8, 8, 6); test 6, 6, 21 (floors 0, 0, 1,
		// remainders 6, 6, 10). Every class and every part is 2 short of its floors. Largest
		// remainders first: class 2 → test (10), then classes 0 and 1 → train and val (8 each),
		// filling both; test still needs one, and only class 2 still needs one, but class 2's
		// test cell is already raised. The split must still come out within one everywhere.
		const labels = [0, 0, 1, 1, 2, 2, 2, 2, 2, 2, 2];
		const share = {
			train: [8 / 11, 8 / 11, 28 / 11],
			val: [8 / 11, 8 / 11, 28 / 11],
			test: [6 / 11, 6 / 11, 21 / 11]
		};
		for (let seed = 0; seed < 50; seed++) {
			const split = trainValTestSplit(11, {
				train: 4 / 11,
				val: 4 / 11,
				test: 3 / 11,
				stratify: labels,
				seed
			});
			expect([split.train.length, split.val.length, split.test.length]).toEqual([4, 4, 3]);
			expectPartition([split.train, split.val, split.test], 11);
			for (const part of ['train', 'val', 'test'] as const) {
				for (let c = 0; c < 3; c++) {
					const count = split[part].filter((i) => labels[i] === c).length;
					expect(Math.abs(count - share[part][c])).toBeLessThan(1);
				}
			}
		}
	});

	it('stratified: every class count in every part is within one of its exact share (property)', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 2, max: 40 }), { minLength: 1, maxLength: 5 }),
				fc.integer({ min: 0, max: 9 }),
				fc.integer({ min: 1, max: 9 }),
				fc.integer(),
				(classSizes, val20, test20, seed) => {
					const labels = classSizes.flatMap((size, c) => new Array<number>(size).fill(c * 3 + 1));
					const n = labels.length;
					const shuffledLabels = createRng(seed).shuffle(labels);
					const fractions = { train: (20 - val20 - test20) / 20, val: val20 / 20, test: test20 / 20 };
					// A training sample must remain: ceil(val · n) + ceil(test · n) < n.
					fc.pre(Math.ceil((n * val20) / 20) + Math.ceil((n * test20) / 20) < n);
					const sizes = splitSizes(n, fractions);
					const nClasses = classSizes.length;
					fc.pre(Object.values(sizes).every((s) => s === 0 || s >= nClasses));
					const split = trainValTestSplit(n, { ...fractions, stratify: shuffledLabels, seed });
					expectPartition([split.train, split.val, split.test], n);
					for (const part of ['train', 'val', 'test'] as const) {
						expect(split[part]).toHaveLength(sizes[part]);
						classSizes.forEach((size, c) => {
							const count = split[part].filter((i) => shuffledLabels[i] === c * 3 + 1).length;
							// |count − size · partSize / n| < 1, in integers.
							expect(Math.abs(count * n - size * sizes[part])).toBeLessThan(n);
						});
					}
				}
			)
		);
	});

	it('stratified: refuses what scikit-learn refuses', () => {
		const base = { train: 0.6, val: 0.2, test: 0.2 };
		expect(() => trainValTestSplit(10, { ...base, stratify: [0, 0, 0, 0, 0, 1, 1, 1, 1, 2] })).toThrow(
			/class 2 has only 1 sample/
		);
		expect(() =>
			trainValTestSplit(10, { ...base, stratify: [0, 1, 0, 1, 0, 1, 0, 1, 0, 1], shuffle: false })
		).toThrow(/stratify needs shuffle = true/);
		expect(() => trainValTestSplit(10, { ...base, stratify: [0, 1, 0] })).toThrow(/3 labels but n is 10/);
		expect(() => trainValTestSplit(4, { ...base, stratify: [0, 1, NaN, 1] })).toThrow(/stratify\[2\] is NaN/);
		// n = 9: val and test hold ceil(1.8) = 2 each, fewer than the 3 classes.
		expect(() => trainValTestSplit(9, { ...base, stratify: [0, 0, 0, 1, 1, 1, 2, 2, 2] })).toThrow(
			/val part holds 2 samples, fewer than the 3 classes/
		);
	});
});

describe('approximateMode (scikit-learn docstring examples)', () => {
	it('gives the floor of each share plus the leftovers by largest remainder', () => {
		const rng = createRng(0);
		// [4, 2], 3 draws: shares 2 and 1 exactly.
		expect(approximateMode([4, 2], 3, rng)).toEqual([2, 1]);
		// [5, 2], 4 draws: shares 20/7 ≈ 2.86 and 8/7 ≈ 1.14 → floors [2, 1]; the leftover goes to 6/7.
		expect(approximateMode([5, 2], 4, rng)).toEqual([3, 1]);
	});

	it('breaks ties among equal remainders at random, but deterministically for a seed', () => {
		// [2, 2, 2, 1], 2 draws: shares 4/7, 4/7, 4/7, 2/7 → floors 0; two of the three tied
		// 4/7 classes get one each, the last class (2/7) none. scikit-learn shows [0, 1, 1, 0]
		// for rng = 0 and [1, 1, 0, 0] for rng = 42: which two depends on the generator.
		const seen = new Set<string>();
		for (let seed = 0; seed < 50; seed++) {
			const drawn = approximateMode([2, 2, 2, 1], 2, createRng(seed));
			expect(drawn[3]).toBe(0);
			expect(drawn.slice(0, 3).sort()).toEqual([0, 1, 1]);
			expect(approximateMode([2, 2, 2, 1], 2, createRng(seed))).toEqual(drawn);
			seen.add(drawn.join());
		}
		expect(seen.size).toBe(3);
	});

	it('rejects impossible draws', () => {
		expect(() => approximateMode([1, 1], 3, createRng(0))).toThrow(/only 2 samples/);
		expect(() => approximateMode([0, 0], 0, createRng(0))).toThrow(/all 0/);
		expect(() => approximateMode([1, -1], 0, createRng(0))).toThrow(/classCounts\[1\] is -1/);
	});
});

describe('kFold (scikit-learn KFold)', () => {
	it('n = 7, k = 3: the first 7 mod 3 = 1 fold holds one more; contiguous in order', () => {
		const folds = kFold(7, 3);
		expect(folds.map((f) => f.test)).toEqual([
			[0, 1, 2],
			[3, 4],
			[5, 6]
		]);
		expect(folds[1].train).toEqual([0, 1, 2, 5, 6]);
		expectFolds(folds, 7);
	});

	it('n = 103, k = 5: 103 = 5 · 20 + 3, so fold sizes 21, 21, 21, 20, 20', () => {
		expect(kFold(103, 5).map((f) => f.test.length)).toEqual([21, 21, 21, 20, 20]);
		expect(kFold(103, 5, { shuffle: true, seed: 4 }).map((f) => f.test.length)).toEqual([21, 21, 21, 20, 20]);
	});

	it("scikit-learn's docs example: 4 samples, 2 splits", () => {
		// Fold 0: train [2 3], test [0 1]; Fold 1: train [0 1], test [2 3].
		expect(kFold(4, 2)).toEqual([
			{ train: [2, 3], test: [0, 1] },
			{ train: [0, 1], test: [2, 3] }
		]);
	});

	it('every index is a test index exactly once, shuffled or not (property)', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 2, max: 200 }),
				fc.integer({ min: 2, max: 20 }),
				fc.boolean(),
				fc.integer(),
				(n, k, shuffle, seed) => {
					fc.pre(k <= n);
					const folds = kFold(n, k, { shuffle, seed });
					expect(folds).toHaveLength(k);
					expectFolds(folds, n);
					folds.forEach((f, i) => expect(f.test.length).toBe(Math.floor(n / k) + (i < n % k ? 1 : 0)));
				}
			)
		);
	});

	it('shuffling is seeded: same seed, same folds; the folds differ from the unshuffled ones', () => {
		expect(kFold(30, 3, { shuffle: true, seed: 9 })).toEqual(kFold(30, 3, { shuffle: true, seed: 9 }));
		expect(kFold(30, 3, { shuffle: true, seed: 9 })).not.toEqual(kFold(30, 3));
		// The seed is ignored without shuffling (as scikit-learn's random_state).
		expect(kFold(30, 3, { seed: 9 })).toEqual(kFold(30, 3));
	});

	it('rejects k < 2, k > n and non-integers', () => {
		expect(() => kFold(5, 1)).toThrow(/k is 1; it must be an integer >= 2/);
		expect(() => kFold(5, 6)).toThrow(/k is 6 but there are only 5 samples/);
		expect(() => kFold(5, 2.5)).toThrow(/k is 2\.5/);
		expect(() => kFold(NaN, 2)).toThrow(/n is NaN/);
	});
});

describe('stratifiedKFold (scikit-learn StratifiedKFold, >= 0.22)', () => {
	it("scikit-learn's docs example: y = [0, 0, 1, 1], 2 splits → test folds [0, 2] and [1, 3]", () => {
		expect(stratifiedKFold([0, 0, 1, 1], 2)).toEqual([
			{ train: [1, 3], test: [0, 2] },
			{ train: [0, 2], test: [1, 3] }
		]);
	});

	it('numbers classes by first appearance before dealing them round robin', () => {
		// y = [1, 1, 1, 0, 0, 0]: label 1 appears first, so it is class 0. y_order = [0 0 0 1 1 1];
		// position p goes to fold p mod 2: class 0 at positions 0, 1, 2 → folds 0, 1, 0 (2 in fold 0,
		// 1 in fold 1); class 1 at 3, 4, 5 → folds 1, 0, 1 (1 in fold 0, 2 in fold 1). In index order,
		// samples 0, 1 → fold 0, sample 2 → fold 1; sample 3 → fold 0, samples 4, 5 → fold 1.
		expect(stratifiedKFold([1, 1, 1, 0, 0, 0], 2).map((f) => f.test)).toEqual([
			[0, 1, 3],
			[2, 4, 5]
		]);
	});

	it('three classes, three folds', () => {
		// y = [2, 0, 1, 2, 0, 1, 2, 0, 1, 2]: classes by appearance 2 (4 samples), 0 (3), 1 (3).
		// y_order positions 0–3 (class "2") → folds 0, 1, 2, 0; 4–6 (class "0") → 1, 2, 0;
		// 7–9 (class "1") → 1, 2, 0. Label-2 samples 0, 3, 6, 9 → folds 0, 0, 1, 2; label-0
		// samples 1, 4, 7 → 0, 1, 2; label-1 samples 2, 5, 8 → 0, 1, 2.
		expect(stratifiedKFold([2, 0, 1, 2, 0, 1, 2, 0, 1, 2], 3).map((f) => f.test)).toEqual([
			[0, 1, 2, 3],
			[4, 5, 6],
			[7, 8, 9]
		]);
	});

	it('each fold holds floor or ceil of c/k of each class, and the tests partition the samples (property)', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 2, maxLength: 120 }),
				fc.integer({ min: 2, max: 8 }),
				fc.boolean(),
				fc.integer(),
				(labels, k, shuffle, seed) => {
					const sizes = [0, 1, 2, 3].map((c) => labels.filter((l) => l === c).length);
					fc.pre(k <= labels.length && sizes.some((s) => s >= k));
					const folds = stratifiedKFold(labels, k, { shuffle, seed });
					expect(folds).toHaveLength(k);
					expectFolds(folds, labels.length);
					for (const { test } of folds) {
						sizes.forEach((size, c) => {
							const count = test.filter((i) => labels[i] === c).length;
							expect(count === Math.floor(size / k) || count === Math.ceil(size / k)).toBe(true);
						});
					}
				}
			)
		);
	});

	it('shuffling keeps each fold’s class counts and is seeded', () => {
		const labels = range(0, 40).map((i) => i % 4);
		const plain = stratifiedKFold(labels, 5);
		const shuffled = stratifiedKFold(labels, 5, { shuffle: true, seed: 2 });
		expect(shuffled).toEqual(stratifiedKFold(labels, 5, { shuffle: true, seed: 2 }));
		expect(shuffled).not.toEqual(plain);
		const classCounts = (folds: Fold[]) =>
			folds.map((f) => [0, 1, 2, 3].map((c) => f.test.filter((i) => labels[i] === c).length));
		expect(classCounts(shuffled)).toEqual(classCounts(plain));
	});

	it('throws when k exceeds every class; only warns when it exceeds some', () => {
		expect(() => stratifiedKFold([0, 0, 1, 1], 3)).toThrow(/no class has that many samples/);
		expect(() => stratifiedKFold([0, 1], 3)).toThrow(/only 2 samples/);
		// Class 1 has one member, fewer than k = 3: scikit-learn's UserWarning, not an error.
		expect(stratifiedKFold([0, 0, 0, 1], 3).map((f) => f.test)).toEqual([[0, 3], [1], [2]]);
		expect(stratifiedKFoldWarnings([0, 0, 0, 1], 3)).toEqual([
			'The least populated class has only 1 member, which is less than k = 3: some test folds lack it.'
		]);
		expect(stratifiedKFoldWarnings([0, 0, 0, 1, 1, 1], 3)).toEqual([]);
	});
});

describe('leaveOneOut', () => {
	it('tests on each sample alone', () => {
		expect(leaveOneOut(3)).toEqual([
			{ train: [1, 2], test: [0] },
			{ train: [0, 2], test: [1] },
			{ train: [0, 1], test: [2] }
		]);
		expectFolds(leaveOneOut(17), 17);
		expect(() => leaveOneOut(1)).toThrow(/n is 1; it must be an integer >= 2/);
	});
});

describe('timeSeriesSplit (scikit-learn TimeSeriesSplit)', () => {
	it('docs example: 6 samples, 5 splits (test size 6 // 6 = 1), the training part grows', () => {
		expect(timeSeriesSplit(6, 5)).toEqual([
			{ train: [0], test: [1] },
			{ train: [0, 1], test: [2] },
			{ train: [0, 1, 2], test: [3] },
			{ train: [0, 1, 2, 3], test: [4] },
			{ train: [0, 1, 2, 3, 4], test: [5] }
		]);
	});

	it('docs examples: 12 samples, 3 splits, test_size = 2, without and with gap = 2', () => {
		expect(timeSeriesSplit(12, 3, { testSize: 2 })).toEqual([
			{ train: range(0, 6), test: [6, 7] },
			{ train: range(0, 8), test: [8, 9] },
			{ train: range(0, 10), test: [10, 11] }
		]);
		expect(timeSeriesSplit(12, 3, { testSize: 2, gap: 2 })).toEqual([
			{ train: range(0, 4), test: [6, 7] },
			{ train: range(0, 6), test: [8, 9] },
			{ train: range(0, 8), test: [10, 11] }
		]);
	});

	it('uses n // (k + 1) by default and leaves the remainder to the first training part', () => {
		// n = 10, k = 3: test size 10 // 4 = 2; tests start at 10 − 3 · 2 = 4: [4 5], [6 7], [8 9].
		expect(timeSeriesSplit(10, 3)).toEqual([
			{ train: range(0, 4), test: [4, 5] },
			{ train: range(0, 6), test: [6, 7] },
			{ train: range(0, 8), test: [8, 9] }
		]);
		// maxTrainSize = 3 keeps only the latest three training samples (a sliding window).
		expect(timeSeriesSplit(10, 3, { maxTrainSize: 3 }).map((f) => f.train)).toEqual([
			[1, 2, 3],
			[3, 4, 5],
			[5, 6, 7]
		]);
	});

	it('never trains on the future (property)', () => {
		fc.assert(
			fc.property(fc.integer({ min: 3, max: 200 }), fc.integer({ min: 2, max: 10 }), (n, k) => {
				fc.pre(k + 1 <= n);
				const folds = timeSeriesSplit(n, k);
				expect(folds).toHaveLength(k);
				for (const { train, test } of folds) expect(Math.max(...train)).toBeLessThan(Math.min(...test));
				expect(folds[k - 1].test[folds[k - 1].test.length - 1]).toBe(n - 1);
			})
		);
	});

	it('refuses too many splits, as scikit-learn', () => {
		expect(() => timeSeriesSplit(4, 4)).toThrow(/k \+ 1 = 5 blocks but there are only 4 samples/);
		expect(() => timeSeriesSplit(12, 3, { testSize: 4 })).toThrow(/too many splits/);
		expect(() => timeSeriesSplit(12, 3, { testSize: 2, gap: 6 })).toThrow(/too many splits/);
		expect(() => timeSeriesSplit(12, 1)).toThrow(/k is 1/);
	});
});
