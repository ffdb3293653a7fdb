import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	fitScaler,
	normalizeRows,
	scalerFromParams,
	SCALER_METHODS,
	type ScalerMethod
} from '../../src/lib/ml/scaling';

function expectMatrixClose(actual: number[][], expected: number[][], digits = 12): void {
	expect(actual).toHaveLength(expected.length);
	expected.forEach((row, i) => {
		expect(actual[i]).toHaveLength(row.length);
		row.forEach((e, j) => expect(actual[i][j]).toBeCloseTo(e, digits));
	});
}

/**
 * A fixed 20 × 3 matrix that NumPy can rebuild: in Python,
 *   i = np.arange(20)[:, None]; j = np.arange(3)[None, :]
 *   X = ((i*7919 + j*104729) % 1000) / 10 - 50; X[:, 2] = np.floor(X[:, 2] / 10)
 * (the last column has ties and negative values).
 */
const NUMPY_X: number[][] = Array.from({ length: 20 }, (_, i) =>
	[0, 1, 2].map((j) => {
		const v = ((i * 7919 + j * 104729) % 1000) / 10 - 50;
		return j === 2 ? Math.floor(v / 10) : v;
	})
);

describe('fitScaler: the scikit-learn documentation examples', () => {
	it('StandardScaler', () => {
		const data = [
			[0, 0],
			[0, 0],
			[1, 1],
			[1, 1]
		];
		const scaler = fitScaler('standard', data);
		expect(scaler.params.mean).toEqual([0.5, 0.5]);
		expect(scaler.params.scale).toEqual([0.5, 0.5]);
		expect(scaler.transform(data)).toEqual([
			[-1, -1],
			[-1, -1],
			[1, 1],
			[1, 1]
		]);
		expect(scaler.transform([[2, 2]])).toEqual([[3, 3]]);
	});

	it('MinMaxScaler', () => {
		const data = [
			[-1, 2],
			[-0.5, 6],
			[0, 10],
			[1, 18]
		];
		const scaler = fitScaler('minmax', data);
		expect(scaler.params.max).toEqual([1, 18]); // data_max_
		expect(scaler.params.min).toEqual([-1, 2]);
		expect(scaler.params.scale).toEqual([2, 16]); // the divisor; sklearn's scale_ is its reciprocal
		expect(scaler.transform(data)).toEqual([
			[0, 0],
			[0.25, 0.25],
			[0.5, 0.5],
			[1, 1]
		]);
		expect(scaler.transform([[2, 2]])).toEqual([[1.5, 0]]);
	});

	it('MaxAbsScaler', () => {
		const X = [
			[1, -1, 2],
			[2, 0, 0],
			[0, 1, -1]
		];
		const scaler = fitScaler('maxabs', X);
		expect(scaler.params.maxAbs).toEqual([2, 1, 2]);
		expect(scaler.transform(X)).toEqual([
			[0.5, -1, 1],
			[1, 0, 0],
			[0, 1, -0.5]
		]);
	});

	it('RobustScaler', () => {
		const X = [
			[1, -2, 2],
			[-2, 1, 3],
			[4, 1, -2]
		];
		const scaler = fitScaler('robust', X);
		// Column 0 sorted [−2, 1, 4]: median 1, q1 = −2 + 0.5·3 = −0.5, q3 = 2.5, IQR 3.
		// Column 1 [−2, 1, 1]: median 1, q1 −0.5, q3 1, IQR 1.5. Column 2 [−2, 2, 3]: median 2, q1 0, q3 2.5.
		expect(scaler.params.center).toEqual([1, 1, 2]);
		expect(scaler.params.q1).toEqual([-0.5, -0.5, 0]);
		expect(scaler.params.q3).toEqual([2.5, 1, 2.5]);
		expect(scaler.params.scale).toEqual([3, 1.5, 2.5]);
		expectMatrixClose(
			scaler.transform(X),
			[
				[0, -2, 0],
				[-1, 0, 0.4],
				[1, 0, -1.6]
			],
			15
		);
	});
});

describe('fitScaler against NumPy on a 20 × 3 matrix with ties', () => {
	it('standard: X.mean(0), X.std(0) and the scaled first row', () => {
		const scaler = fitScaler('standard', NUMPY_X);
		// X.mean(0) = [3.0500000000000003, -4.05, -1.1]; X.std(0) = [28.74947825613536, 25.13031038407604, 2.9647934160747185]
		expectMatrixClose([scaler.params.mean], [[3.0500000000000003, -4.05, -1.1]], 12);
		expectMatrixClose([scaler.params.std], [[28.74947825613536, 25.13031038407604, 2.9647934160747185]], 12);
		// ((X - X.mean(0)) / X.std(0))[0]
		expectMatrixClose(
			scaler.transform([NUMPY_X[0]]),
			[[-1.8452508782025885, 1.0724101528438352, 0.03372916286774427]],
			12
		);
	});

	it('robust: np.percentile(X, [25, 50, 75], axis=0) and the scaled row 5', () => {
		const scaler = fitScaler('robust', NUMPY_X);
		expectMatrixClose(
			[scaler.params.q1, scaler.params.center, scaler.params.q3],
			[
				[-16.824999999999996, -23.599999999999998, -3.25],
				[6.850000000000001, -4.050000000000001, -1.5],
				[26.400000000000002, 15.499999999999996, 1.25]
			],
			12
		);
		// ((X - q50) / (q75 - q25))[5]
		expectMatrixClose(
			scaler.transform([NUMPY_X[5]]),
			[[0.06130711393869286, -0.3465473145780052, -0.7777777777777778]],
			12
		);
	});

	it('minmax and maxabs: X.min(0), X.max(0), np.abs(X).max(0)', () => {
		const minmax = fitScaler('minmax', NUMPY_X);
		expect(minmax.params.min).toEqual([-50, -50, -5]);
		expect(minmax.params.max).toEqual([44.7, 41.900000000000006, 4]);
		// ((X - X.min(0)) / (X.max(0) - X.min(0)))[7]
		expectMatrixClose(
			minmax.transform([NUMPY_X[7]]),
			[[0.4572333685322069, 0.176278563656148, 0.8888888888888888]],
			12
		);
		expect(fitScaler('maxabs', NUMPY_X).params.maxAbs).toEqual([50, 50, 5]);
	});
});

describe('fitScaler: constant and near-constant features get scale 1', () => {
	const X = [
		[5, 1, 0],
		[5, 2, 0],
		[5, 3, 0]
	];

	it('a constant column is shifted to 0, never divided by 0 (standard, minmax, robust)', () => {
		for (const method of ['standard', 'minmax', 'robust'] as const) {
			const scaler = fitScaler(method, X);
			expect(scaler.params.scale[0]).toBe(1);
			expect(scaler.params.scale[2]).toBe(1);
			expect(scaler.params.constant).toEqual([true, false, true]);
			const out = scaler.transform(X);
			expect(out.map((r) => r[0])).toEqual([0, 0, 0]);
			expect(out.map((r) => r[2])).toEqual([0, 0, 0]);
		}
	});

	it('maxabs divides a constant 5 by 5 (max|x| is not 0) and only an all-zero column by 1', () => {
		const scaler = fitScaler('maxabs', X);
		expect(scaler.params).toEqual({ maxAbs: [5, 3, 0], scale: [5, 3, 1], constant: [false, false, true] });
		expect(scaler.transform(X)).toEqual([
			[1, 1 / 3, 0],
			[1, 2 / 3, 0],
			[1, 1, 0]
		]);
	});

	it('standard reports std 0 for an exactly constant column', () => {
		expect(fitScaler('standard', [[0.1], [0.1], [0.1]]).params.std).toEqual([0]);
	});

	it("standard uses scikit-learn's _is_constant_feature test on the variance", () => {
		// x = [1e10, 1e10 + 2^-19]: var = 1.82e-12 <= n·ε·var + (n·mean·ε)² = 1.97e-11, so constant.
		const nearConstant = fitScaler('standard', [[1e10], [1e10 + 2 ** -19]]);
		expect(nearConstant.params.constant).toEqual([true]);
		expect(nearConstant.params.scale).toEqual([1]);
		// x = [1e-20, 2e-20, 3e-20]: tiny but clearly varying, so it IS scaled:
		// (x - x.mean()) / x.std() = [-1.22474487, 0, 1.22474487]
		const tiny = fitScaler('standard', [[1e-20], [2e-20], [3e-20]]);
		expect(tiny.params.constant).toEqual([false]);
		expect(tiny.params.scale[0]).toBeCloseTo(8.164965809277262e-21, 33);
		expectMatrixClose(
			tiny.transform([[1e-20], [2e-20], [3e-20]]),
			[[-1.224744871391589], [0], [1.224744871391589]],
			9
		);
	});

	it('the other methods treat a scale below 10·ε as zero', () => {
		// max|x| = 3e-20 < 10 · 2.22e-16, so MaxAbsScaler divides by 1 and leaves the values as they are.
		const maxabs = fitScaler('maxabs', [[1e-20], [-3e-20]]);
		expect(maxabs.params).toEqual({ maxAbs: [3e-20], scale: [1], constant: [true] });
		expect(maxabs.transform([[1e-20]])).toEqual([[1e-20]]);
		// max − min = 1e-15 < 2.2e-15: constant for MinMaxScaler; 1e-14 is not.
		expect(fitScaler('minmax', [[0], [1e-15]]).params.constant).toEqual([true]);
		expect(fitScaler('minmax', [[0], [1e-14]]).params.scale).toEqual([1e-14]);
	});
});

describe('fitScaler: single rows, ties and negative values', () => {
	it('a single row: every feature is constant', () => {
		const row = [[3, -4]];
		expect(fitScaler('standard', row).transform(row)).toEqual([[0, 0]]);
		expect(fitScaler('minmax', row).transform(row)).toEqual([[0, 0]]);
		expect(fitScaler('robust', row).transform(row)).toEqual([[0, 0]]);
		// MaxAbsScaler: max|x| = [3, 4], so [3/3, −4/4]
		expect(fitScaler('maxabs', row).transform(row)).toEqual([[1, -1]]);
	});

	it('robust with ties: np.percentile([1, 1, 1, 2, 10], [25, 50, 75]) = [1, 1, 2]', () => {
		const X = [[1], [1], [10], [2], [1]];
		const scaler = fitScaler('robust', X);
		expect(scaler.params).toEqual({ center: [1], q1: [1], q3: [2], scale: [1], constant: [false] });
		// The outlier 10 stays far out: (10 − 1) / 1 = 9.
		expect(scaler.transform(X)).toEqual([[0], [0], [9], [1], [0]]);
	});

	it('negative values: minmax maps the training minimum to 0 and maximum to 1 exactly', () => {
		const X = [[-0.3], [-0.1], [-0.7]];
		expect(
			fitScaler('minmax', X)
				.transform(X)
				.map((r) => r[0])
		).toEqual([(-0.3 - -0.7) / (-0.1 - -0.7), 1, 0]);
	});
});

describe('Scaler: params, inverse and errors', () => {
	it('params are plain JSON and rebuild the same scaler', () => {
		for (const method of SCALER_METHODS) {
			const scaler = fitScaler(method, NUMPY_X);
			const params = JSON.parse(JSON.stringify(scaler.params)) as typeof scaler.params;
			expect(params).toEqual(scaler.params);
			const rebuilt = scalerFromParams(method, params);
			expect(rebuilt.transform(NUMPY_X)).toEqual(scaler.transform(NUMPY_X));
			expect(rebuilt.inverseTransform([[1, 2, 3]])).toEqual(scaler.inverseTransform([[1, 2, 3]]));
		}
		expect(() =>
			scalerFromParams('standard', { mean: [0], std: [0], scale: [0], constant: [false] })
		).toThrow(/params.scale\[0\] is 0; a scale must be > 0/);
		expect(() =>
			scalerFromParams('robust', { center: [0, 1], q1: [0], q3: [0], scale: [1], constant: [false] })
		).toThrow(/params.center must be an array of 1 numbers/);
	});

	it('does not modify its input', () => {
		const X = [
			[1, 2],
			[3, 5]
		];
		const scaler = fitScaler('standard', X);
		scaler.transform(X);
		scaler.inverseTransform(X);
		expect(X).toEqual([
			[1, 2],
			[3, 5]
		]);
	});

	it('inverseTransform(transform(X)) returns X for every method (property)', () => {
		const matrix = fc
			.integer({ min: 1, max: 5 })
			.chain((d) =>
				fc.array(
					fc.array(
						fc.oneof(
							fc.double({ min: -1e6, max: 1e6, noNaN: true }),
							fc.integer({ min: -3, max: 3 }),
							fc.double({ min: -1e-12, max: 1e-12, noNaN: true })
						),
						{ minLength: d, maxLength: d }
					),
					{ minLength: 1, maxLength: 30 }
				)
			);
		fc.assert(
			fc.property(matrix, fc.constantFrom<ScalerMethod>(...SCALER_METHODS), (X, method) => {
				const scaler = fitScaler(method, X);
				const back = scaler.inverseTransform(scaler.transform(X));
				back.forEach((row, i) =>
					row.forEach((v, j) => {
						// Relative to the column's magnitude: x − offset loses the digits below ulp(offset).
						const magnitude = Math.max(...X.map((r) => Math.abs(r[j])));
						expect(Math.abs(v - X[i][j])).toBeLessThanOrEqual(1e-9 * magnitude + Number.MIN_VALUE);
					})
				);
			}),
			{ numRuns: 300 }
		);
	});

	it('rejects a wrong number of columns, bad values and unknown methods', () => {
		const scaler = fitScaler('minmax', [
			[1, 2],
			[3, 4]
		]);
		expect(() => scaler.transform([[1, 2, 3]])).toThrow(
			/transform: X\[0\] has 3 values, but the scaler was fitted on 2 feature/
		);
		expect(() => scaler.inverseTransform([[1]])).toThrow(/inverseTransform: X\[0\] has 1 values/);
		expect(() =>
			scaler.transform([
				[1, 2],
				[NaN, 0]
			])
		).toThrow(/transform: X\[1\]\[0\] is NaN/);
		expect(() => scaler.transform([])).toThrow(/X is empty/);
		expect(() => fitScaler('minmax', [[1e308], [-1e308]])).toThrow(/too large/);
		expect(() => fitScaler('standard', [])).toThrow(/fitScaler: X is empty/);
		expect(() =>
			fitScaler('robust', [
				[1, 2],
				[3, 4, 5]
			])
		).toThrow(/X\[1\] has 3 values but fitScaler: X\[0\] has 2/);
		expect(() => fitScaler('zscore' as ScalerMethod, [[1]])).toThrow(
			/method is the string "zscore"; it must be one of standard, minmax, maxabs, robust/
		);
	});
});

describe('normalizeRows', () => {
	const X = [
		[4, 1, 2, 2],
		[1, 3, 9, 3],
		[5, 7, 5, 1]
	];

	it("matches scikit-learn's Normalizer docs (l2)", () => {
		// Row norms: √(16+1+4+4) = 5, √(1+9+81+9) = 10, √(25+49+25+1) = 10.
		expectMatrixClose(
			normalizeRows(X),
			[
				[0.8, 0.2, 0.4, 0.4],
				[0.1, 0.3, 0.9, 0.3],
				[0.5, 0.7, 0.5, 0.1]
			],
			15
		);
	});

	it('l1 and max norms, with negative values', () => {
		// Row sums of |x|: 9, 16, 18.
		expectMatrixClose(
			normalizeRows(X, 'l1'),
			[X[0].map((v) => v / 9), X[1].map((v) => v / 16), X[2].map((v) => v / 18)],
			15
		);
		// 'max' divides by the largest absolute value: |−5| = 5 in [−5, 2].
		expect(normalizeRows([[-5, 2]], 'max')).toEqual([[-1, 0.4]]);
		expect(normalizeRows([[-3, 4]], 'l2')).toEqual([[-0.6, 0.8]]);
		expect(normalizeRows([[-3, 1]], 'l1')).toEqual([[-0.75, 0.25]]);
	});

	it('leaves an all-zero row (and a norm below 10·ε) as it is', () => {
		expect(normalizeRows([[0, 0, 0]])).toEqual([[0, 0, 0]]);
		expect(normalizeRows([[1e-17, 0]], 'max')).toEqual([[1e-17, 0]]);
	});

	it('does not overflow for very large rows', () => {
		const [row] = normalizeRows([[3e200, 4e200]]);
		expect(row[0]).toBeCloseTo(0.6, 14);
		expect(row[1]).toBeCloseTo(0.8, 14);
	});

	it('rejects bad input and unknown norms', () => {
		expect(() => normalizeRows([[1, 2]], 'l3' as 'l1')).toThrow(/norm is the string "l3"/);
		expect(() => normalizeRows([])).toThrow(/normalizeRows: X is empty/);
		expect(() => normalizeRows([[1], [2, 3]])).toThrow(/X\[1\] has 2 values/);
	});
});
