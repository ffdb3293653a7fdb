import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { knnAccuracies, knnAccuracy, knnClassifier, nearestNeighbours } from '../../src/lib/ml/knn';

describe('nearestNeighbours', () => {
	// Distances from row 0 = (0, 0): row 1 (1, 0) → 1; row 2 (0, 2) → 2; row 3 (3, 0) → 3;
	// row 4 (5, 5) → √50 ≈ 7.07.
	const X = [
		[0, 0],
		[1, 0],
		[0, 2],
		[3, 0],
		[5, 5]
	];

	it('returns the k nearest other rows, nearest first', () => {
		expect(nearestNeighbours(X, 0, 1)).toEqual([1]);
		expect(nearestNeighbours(X, 0, 2)).toEqual([1, 2]);
		expect(nearestNeighbours(X, 0, 4)).toEqual([1, 2, 3, 4]);
		// From row 4 = (5, 5): row 3 → √(4 + 25) = √29, row 2 → √(25 + 9) = √34,
		// row 1 → √(16 + 25) = √41, row 0 → √50.
		expect(nearestNeighbours(X, 4, 4)).toEqual([3, 2, 1, 0]);
	});

	it('breaks ties between equally distant rows by lower index', () => {
		// Rows 1, 2 and 3 are all at distance 1 from row 0 = (0); row 4 at 2.
		const line = [[0], [1], [-1], [1], [2]];
		expect(nearestNeighbours(line, 0, 1)).toEqual([1]);
		expect(nearestNeighbours(line, 0, 2)).toEqual([1, 2]);
		expect(nearestNeighbours(line, 0, 3)).toEqual([1, 2, 3]);
		// From row 3 = (1): row 1 is a duplicate (distance 0), then rows 0 and 4 at 1, then row 2 at 2.
		expect(nearestNeighbours(line, 3, 4)).toEqual([1, 0, 4, 2]);
	});

	it('agrees with sorting all distances (property)', () => {
		fc.assert(
			fc.property(
				fc.array(fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 2, maxLength: 2 }), {
					minLength: 2,
					maxLength: 30
				}),
				fc.nat(),
				fc.nat(),
				(rows, iSeed, kSeed) => {
					const i = iSeed % rows.length;
					const k = 1 + (kSeed % (rows.length - 1));
					const squared = (j: number) => (rows[j][0] - rows[i][0]) ** 2 + (rows[j][1] - rows[i][1]) ** 2;
					const expected = rows
						.map((_, j) => j)
						.filter((j) => j !== i)
						.sort((a, b) => squared(a) - squared(b) || a - b)
						.slice(0, k);
					expect(nearestNeighbours(rows, i, k)).toEqual(expected);
				}
			)
		);
	});

	it('validates its input', () => {
		expect(() => nearestNeighbours(X, 0, 0)).toThrow(/k is 0; it must be an integer >= 1/);
		expect(() => nearestNeighbours(X, 0, 5)).toThrow(/k is 5 but there are only 4 other rows/);
		expect(() => nearestNeighbours(X, 5, 1)).toThrow(/i is 5; it must be a row index from 0 to 4/);
		expect(() => nearestNeighbours([[0, 0], [1]], 0, 1)).toThrow(/X\[1\] has 1 values but .*X\[0\] has 2/);
		expect(() => nearestNeighbours([[0], [NaN]], 0, 1)).toThrow(/X\[1\]\[0\] is NaN/);
		expect(() => nearestNeighbours([], 0, 1)).toThrow(/empty/);
	});
});

describe('knnClassifier', () => {
	// One feature: class 0 at 0 and 1, class 1 at 2, 10 and 11.
	const Xtrain = [[0], [1], [2], [10], [11]];
	const yTrain = [0, 0, 1, 1, 1];

	it('takes the majority label of the k nearest training rows', () => {
		const model = knnClassifier(Xtrain, yTrain, 3);
		// x = 0.4: distances 0.4 (0), 0.6 (0), 1.6 (1) → votes 0, 0, 1 → 0.
		// x = 9: distances 1 (10), 2 (11), 7 (2) → all class 1.
		// x = 1.6: distances 0.4 (2), 0.6 (1), 1.6 (0) → votes 1, 0, 0 → 0.
		expect(model.predict([[0.4], [9], [1.6]])).toEqual([0, 1, 0]);
		expect(model.neighbours([1.6])).toEqual([2, 1, 0]);
	});

	it('breaks a tied vote toward the smallest label, as scikit-learn', () => {
		// k = 2 at x = 1.6: the two nearest are row 2 (label 1, 0.4 away) and row 1 (label 0,
		// 0.6 away): one vote each, so the smaller label 0 wins, whatever the distances.
		expect(knnClassifier(Xtrain, yTrain, 2).predict([[1.6]])).toEqual([0]);
		// Labels 3 and 7 tie: 3 wins.
		expect(knnClassifier([[0], [1]], [7, 3], 2).predict([[0]])).toEqual([3]);
	});

	it('with k = 1 reproduces the training labels (distinct rows)', () => {
		expect(knnClassifier(Xtrain, yTrain, 1).predict(Xtrain)).toEqual(yTrain);
	});

	it('with k = n predicts the overall majority everywhere', () => {
		// Three 1s against two 0s.
		expect(knnClassifier(Xtrain, yTrain, 5).predict([[-100], [0], [100]])).toEqual([1, 1, 1]);
	});

	it('is not changed by later edits to the training arrays', () => {
		const X = Xtrain.map((r) => r.slice());
		const y = yTrain.slice();
		const model = knnClassifier(X, y, 1);
		X[0][0] = 50;
		y[0] = 1;
		expect(model.predict([[0]])).toEqual([0]);
	});

	it('validates its input', () => {
		expect(() => knnClassifier(Xtrain, yTrain, 6)).toThrow(/k is 6 but there are only 5 training rows/);
		expect(() => knnClassifier(Xtrain, yTrain, 1.5)).toThrow(/k is 1\.5/);
		expect(() => knnClassifier(Xtrain, [0, 1], 1)).toThrow(/5 rows but yTrain has 2 labels/);
		expect(() => knnClassifier(Xtrain, [0, 0, NaN, 1, 1], 1)).toThrow(/yTrain\[2\] is NaN/);
		const model = knnClassifier(Xtrain, yTrain, 1);
		expect(() => model.predict([[1, 2]])).toThrow(/X\[0\] has 2 features; the training rows have 1/);
		expect(() => model.predict([[Infinity]])).toThrow(/X\[0\]\[0\] is Infinity/);
		expect(() => knnClassifier([[1e200], [-1e200]], [0, 1], 1).predict([[0]])).toThrow(/overflows/);
	});
});

describe('knnAccuracy', () => {
	it('scores the fraction of test rows predicted correctly', () => {
		const Xtrain = [[0], [1], [2], [10], [11]];
		const yTrain = [0, 0, 1, 1, 1];
		// k = 1: 0.2 → row 0 (0) ✓; 2.4 → row 2 (1) ✓; 9 → row 3 (1) but the truth is 0 ✗;
		// 1.2 → row 1 (0) but the truth is 1 ✗. 2 of 4 right.
		expect(knnAccuracy(Xtrain, yTrain, [[0.2], [2.4], [9], [1.2]], [0, 1, 0, 1], 1)).toBe(0.5);
		expect(() => knnAccuracy(Xtrain, yTrain, [[0, 1]], [0], 1)).toThrow(
			/Xtest has 2 features but Xtrain has 1/
		);
		expect(() => knnAccuracy(Xtrain, yTrain, [[0]], [0, 1], 1)).toThrow(/1 rows but yTest has 2 labels/);
	});
});

describe('knnAccuracies', () => {
	it('equals knnAccuracy for each k (property)', () => {
		const point = fc.tuple(fc.integer({ min: -5, max: 5 }), fc.integer({ min: -5, max: 5 }));
		const labelled = fc.array(fc.tuple(point, fc.integer({ min: 0, max: 2 })), {
			minLength: 6,
			maxLength: 30
		});
		fc.assert(
			fc.property(labelled, labelled, (train, test) => {
				const Xtrain = train.map(([p]) => [...p]);
				const yTrain = train.map(([, y]) => y);
				const Xtest = test.map(([p]) => [...p]);
				const yTest = test.map(([, y]) => y);
				const ks = [1, 3, 5].filter((k) => k <= Xtrain.length);
				expect(knnAccuracies(Xtrain, yTrain, Xtest, yTest, ks)).toEqual(
					ks.map((k) => knnAccuracy(Xtrain, yTrain, Xtest, yTest, k))
				);
			})
		);
	});

	it('scores a hand example for k = 1 and 3', () => {
		// training: 0 at x = 0, 1, 2; 1 at x = 10. Test x = 9 (label 1): k = 1 → 1 (right), k = 3 → 0 (wrong)
		expect(knnAccuracies([[0], [1], [2], [10]], [0, 0, 0, 1], [[9]], [1], [1, 3])).toEqual([1, 0]);
	});
});
