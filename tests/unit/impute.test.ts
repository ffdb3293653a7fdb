import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { impute, simpleImpute, missingIndicator, mostFrequent, type ImputeStrategy } from '$lib/ml/impute';
import { knnImpute, nanEuclidean } from '$lib/ml/knnImpute';
import { holePuncher, punchHoles } from '$lib/ml/missingness';
import { mean } from '$lib/ml/stats';

// column 0 observed: 1, 2, 2, 7 (one gap); column 1 observed: 10, 30, 30, 20, 20 (one gap)
const X = [
	[1, 10],
	[null, 30],
	[2, 30],
	[2, 20],
	[7, null],
	[null, 20]
];

describe('impute (SimpleImputer)', () => {
	const cases: { strategy: ImputeStrategy; fill?: number; statistics: number[] }[] = [
		// mean: (1 + 2 + 2 + 7) / 4 = 3; (10 + 30 + 30 + 20 + 20) / 5 = 22
		{ strategy: 'mean', statistics: [3, 22] },
		// median: sorted 1 2 2 7 → (2 + 2) / 2 = 2; sorted 10 20 20 30 30 → 20
		{ strategy: 'median', statistics: [2, 20] },
		// most frequent: 2 (twice); 20 and 30 both twice → the smaller, 20
		{ strategy: 'most_frequent', statistics: [2, 20] },
		// constant: scikit-learn's default fill for numbers is 0
		{ strategy: 'constant', statistics: [0, 0] },
		{ strategy: 'constant', fill: -1, statistics: [-1, -1] }
	];
	for (const { strategy, fill, statistics } of cases) {
		it(`${strategy}${fill === undefined ? '' : ` ${fill}`} fills each gap with its column's statistic`, () => {
			const result = simpleImpute(X, strategy, fill);
			expect(result.statistics).toEqual(statistics);
			expect(result.dropped).toEqual([]);
			expect(result.missingColumns).toEqual([0, 1]);
			expect(result.X[1][0]).toBe(statistics[0]);
			expect(result.X[5][0]).toBe(statistics[0]);
			expect(result.X[4][1]).toBe(statistics[1]);
			expect(result.X[0]).toEqual([1, 10]);
		});
	}

	it('the median of an even count averages the two middle values', () => {
		// 4, 1, 3, 8 sorted 1 3 4 8 → (3 + 4) / 2 = 3.5
		expect(simpleImpute([[4], [1], [null], [3], [8]], 'median').statistics).toEqual([3.5]);
	});

	it('most_frequent breaks ties toward the smallest value, in any order', () => {
		expect(mostFrequent([5, 3, 5, 3, 9])).toBe(3);
		expect(mostFrequent([9, 8, 7])).toBe(7); // all once: the smallest
		expect(mostFrequent([-2, 4, 4, -2, 4])).toBe(4); // 4 three times beats −2 twice
	});

	it('drops an all-missing column for mean, median and most_frequent, and keeps it for constant', () => {
		const gappy = [
			[1, null],
			[3, null]
		];
		for (const strategy of ['mean', 'median', 'most_frequent'] as const) {
			const result = simpleImpute(gappy, strategy);
			expect(result.dropped).toEqual([1]);
			expect(result.statistics[1]).toBeNull();
			expect(result.X).toEqual([[1], [3]]);
		}
		expect(simpleImpute(gappy, 'constant', 5).X).toEqual([
			[1, 5],
			[3, 5]
		]);
	});

	it('adds the indicator columns of the columns that had gaps (add_indicator)', () => {
		const result = simpleImpute(
			[
				[1, 4],
				[null, 5],
				[3, 6]
			],
			'mean',
			0,
			{ addIndicator: true }
		);
		// column 0 mean (1 + 3) / 2 = 2; only column 0 had a gap, so one indicator column
		expect(result.X).toEqual([
			[1, 4, 0],
			[2, 5, 1],
			[3, 6, 0]
		]);
	});

	it('says what is wrong with bad input', () => {
		expect(() => simpleImpute([], 'mean')).toThrow(/empty/);
		expect(() => simpleImpute([[1, 2], [3]], 'mean')).toThrow(/X\[1\] has 1 cells/);
		expect(() => simpleImpute([[1], [NaN]], 'mean')).toThrow(/X\[1\]\[0\] is NaN/);
		expect(() => simpleImpute([[1]], 'mode' as ImputeStrategy)).toThrow(/strategy/);
		expect(() => simpleImpute([[1]], 'constant', Infinity)).toThrow(/fillValue/);
	});
});

describe('missingIndicator', () => {
	it("marks gaps in the columns that have some ('missing-only') or in all", () => {
		expect(missingIndicator(X)).toEqual({
			features: [0, 1],
			matrix: [
				[0, 0],
				[1, 0],
				[0, 0],
				[0, 0],
				[0, 1],
				[1, 0]
			]
		});
		const full = missingIndicator(
			[
				[1, null],
				[2, 3]
			],
			'all'
		);
		expect(full.features).toEqual([0, 1]);
		expect(
			missingIndicator([
				[1, null],
				[2, 3]
			]).matrix
		).toEqual([[1], [0]]);
	});
});

describe('nanEuclidean', () => {
	it('scales the distance over the shared coordinates up to all of them', () => {
		// the rows of KNNImputer's documented example: [1, 2, nan] to [3, 4, 3]:
		// shared coordinates 0 and 1: (1 − 3)² + (2 − 4)² = 8, scaled by 3 / 2 → √12
		expect(nanEuclidean([1, 2, null], [3, 4, 3])).toBeCloseTo(Math.sqrt(12), 12);
		// [1, 2, nan] to [nan, 6, 5]: only coordinate 1 shared, (2 − 6)² = 16, × 3 / 1 → √48
		expect(nanEuclidean([1, 2, null], [null, 6, 5])).toBeCloseTo(Math.sqrt(48), 12);
		// scikit-learn's docstring: nan_euclidean_distances([[0, 1], [1, nan]], [[0, 0]]) = [[1], [1.41421356]]
		expect(nanEuclidean([0, 1], [0, 0])).toBe(1);
		expect(nanEuclidean([1, null], [0, 0])).toBeCloseTo(1.41421356, 8);
		expect(nanEuclidean([null, 1], [2, null])).toBeNull();
	});
});

describe('knnImpute (KNNImputer)', () => {
	it("reproduces scikit-learn's documented example", () => {
		// KNNImputer(n_neighbors=2).fit_transform([[1, 2, nan], [3, 4, 3], [nan, 6, 5], [8, 8, 7]])
		const result = knnImpute(
			[
				[1, 2, null],
				[3, 4, 3],
				[null, 6, 5],
				[8, 8, 7]
			],
			{ nNeighbors: 2 }
		);
		expect(result.X).toEqual([
			[1, 2, 4],
			[3, 4, 3],
			[5.5, 6, 5],
			[8, 8, 7]
		]);
		// row 0: distances √12 (row 1), √48 (row 2), √127.5 (row 3) → rows 1 and 2: (3 + 5) / 2 = 4
		expect(result.donors.get('0,2')).toEqual([1, 2]);
	});

	it('averages fewer donors when fewer rows have the value, and uses the column mean when no distance is defined', () => {
		// row 2 shares no coordinate with any row that has column 1 → the mean of column 1, (10 + 20) / 2
		const result = knnImpute(
			[
				[1, 10],
				[2, 20],
				[null, null]
			],
			{ nNeighbors: 5 }
		);
		expect(result.X[2]).toEqual([1.5, 15]);
		// one row of two has column 1: k = 5 uses that one donor
		expect(
			knnImpute([
				[0, 7],
				[1, null]
			]).X[1]
		).toEqual([1, 7]);
	});

	it('agrees with a direct reading of the definition (every distance, a full sort) on random data', () => {
		// the reference: nan_euclidean to every other row, donors with the column present, nearest k by (distance, row)
		const reference = (M: (number | null)[][], k: number) =>
			M.map((row, i) =>
				row.map((v, j) => {
					if (v !== null) return v;
					const donors = M.flatMap((other, r) => {
						const d = r === i ? null : nanEuclidean(row, other);
						return other[j] === null || d === null ? [] : [{ r, d }];
					});
					if (donors.length === 0) {
						const column = M.flatMap((o) => (o[j] === null ? [] : [o[j] as number]));
						return column.reduce((s, x) => s + x, 0) / column.length;
					}
					const nearest = donors.sort((a, b) => a.d - b.d || a.r - b.r).slice(0, k);
					return nearest.reduce((s, { r }) => s + (M[r][j] as number), 0) / nearest.length;
				})
			);
		const cell = fc.option(fc.integer({ min: -50, max: 50 }), { nil: null, freq: 3 });
		const matrix = fc.array(fc.tuple(fc.integer({ min: -50, max: 50 }), cell, cell), {
			minLength: 2,
			maxLength: 12
		});
		fc.assert(
			fc.property(matrix, fc.integer({ min: 1, max: 4 }), (rows, k) => {
				const M = rows.map((r) => [...r]);
				// a column with no value is dropped, tested above
				fc.pre([0, 1, 2].every((j) => M.some((r) => r[j] !== null)));
				expect(knnImpute(M, { nNeighbors: k }).X).toEqual(reference(M, k));
			})
		);
	});

	it('drops an all-missing column and refuses a bad k', () => {
		expect(
			knnImpute([
				[1, null],
				[2, null]
			]).dropped
		).toEqual([1]);
		expect(() => knnImpute([[1]], { nNeighbors: 0 })).toThrow(/nNeighbors/);
	});
});

describe('punchHoles', () => {
	const values = Array.from({ length: 200 }, (_, i) => i + 1);

	it('hides exactly round(rate × present) present cells, the same ones for a seed', () => {
		const holes = punchHoles([...values.slice(0, 9), null], { mechanism: 'mcar', rate: 0.34, seed: 3 });
		expect(holes).toHaveLength(3); // round(0.34 × 9) = 3
		expect(holes).not.toContain(9);
		expect(punchHoles(values, { mechanism: 'mcar', rate: 0.3, seed: 3 })).toEqual(
			punchHoles(values, { mechanism: 'mcar', rate: 0.3, seed: 3 })
		);
	});

	it('MNAR hides large values more often, so the observed mean drops; MAR follows the other column', () => {
		const mnar = new Set(punchHoles(values, { mechanism: 'mnar', rate: 0.3, seed: 1 }));
		const kept = values.filter((_, i) => !mnar.has(i));
		expect(mean(kept)).toBeLessThan(mean(values) - 10);
		// the driver runs opposite to the values: small values go missing
		const mar = new Set(
			punchHoles(values, { mechanism: 'mar', rate: 0.3, seed: 1, driver: values.map((v) => -v) })
		);
		expect(mean(values.filter((_, i) => !mar.has(i)))).toBeGreaterThan(mean(values) + 10);
	});

	it('refuses a rate outside [0, 1] and MAR without a driver', () => {
		expect(() => punchHoles(values, { mechanism: 'mcar', rate: 1.5, seed: 1 })).toThrow(/rate/);
		expect(() => punchHoles(values, { mechanism: 'mar', rate: 0.1, seed: 1 })).toThrow(/driver/);
		expect(() => holePuncher(values, 'mnar')(-0.1, 1)).toThrow(/rate/);
	});

	it('holePuncher, made once, punches what punchHoles punches at every rate and seed', () => {
		const gappy = values.map((v, i) => (i % 7 === 0 ? null : v));
		const driver = values.map((v) => (v * 37) % 101);
		for (const mechanism of ['mcar', 'mar', 'mnar'] as const) {
			const punch = holePuncher(gappy, mechanism, driver);
			for (const [rate, seed] of [
				[0, 1],
				[0.3, 1],
				[0.3, 2],
				[0.75, 9],
				[1, 4]
			]) {
				expect(punch(rate, seed)).toEqual(punchHoles(gappy, { mechanism, rate, seed, driver }));
			}
		}
	});
});

describe('properties: every imputer fills every gap and leaves observed values alone', () => {
	const gappyMatrix = fc
		.tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 4 }))
		.chain(([rows, cols]) =>
			fc.array(
				fc.array(fc.option(fc.integer({ min: -1000, max: 1000 }), { nil: null, freq: 3 }), {
					minLength: cols,
					maxLength: cols
				}),
				{
					minLength: rows,
					maxLength: rows
				}
			)
		);
	const imputers: [string, (M: (number | null)[][]) => { X: number[][]; dropped: number[] }][] = [
		...(['mean', 'median', 'most_frequent', 'constant'] as const).map(
			(s): [string, (M: (number | null)[][]) => { X: number[][]; dropped: number[] }] => [
				s,
				(M) => simpleImpute(M, s)
			]
		),
		['knn', (M) => knnImpute(M, { nNeighbors: 2 })]
	];
	for (const [name, run] of imputers) {
		it(name, () => {
			fc.assert(
				fc.property(gappyMatrix, (M) => {
					const { X: out, dropped } = run(M);
					const kept = M[0].map((_, j) => j).filter((j) => !dropped.includes(j));
					// only columns with no observed value are dropped
					for (const j of dropped) expect(M.every((row) => row[j] === null)).toBe(true);
					out.forEach((row, i) => {
						expect(row).toHaveLength(kept.length);
						row.forEach((v, c) => {
							expect(Number.isFinite(v)).toBe(true);
							const original = M[i][kept[c]];
							if (original !== null) expect(v).toBe(original);
						});
					});
				})
			);
		});
	}
});

describe('impute, the public name', () => {
	it('returns the filled matrix itself, as fit_transform does', () => {
		// column 0: observed 1 and 3, mean 2; column 1: observed 4 and 8, mean 6
		expect(
			impute(
				[
					[1, null],
					[null, 4],
					[3, 8]
				],
				'mean'
			)
		).toEqual([
			[1, 6],
			[2, 4],
			[3, 8]
		]);
		// an all-missing column is dropped, as scikit-learn does, except with a constant
		expect(
			impute(
				[
					[1, null],
					[2, null]
				],
				'median'
			)
		).toEqual([[1], [2]]);
		expect(
			impute(
				[
					[1, null],
					[2, null]
				],
				'constant',
				-1
			)
		).toEqual([
			[1, -1],
			[2, -1]
		]);
	});
});
