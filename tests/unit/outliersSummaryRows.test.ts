/** The outliers page's before/after table, skewness moments and histograms, worked by hand. */
import { describe, expect, it } from 'vitest';
import type { ColumnSummary } from '$lib/ml/outliers';
import { columnHistogram, skewMoments, summaryRows } from '$lib/widgets/outliers/analysis';

const before: ColumnSummary = { n: 10, mean: 12, median: 10, std: 4, skewness: 1.5 };
const after: ColumnSummary = { n: 9, mean: 10, median: 9.5, std: 2, skewness: null };

describe('summaryRows', () => {
	it('gives each statistic its change, and none where a side is undefined', () => {
		const rows = summaryRows(before, after, false);
		expect(rows.map((r) => [r.id, r.change])).toEqual([
			['n', -1],
			['mean', -2],
			['median', -0.5],
			['std', -2],
			['skew', null]
		]);
		expect(rows.every((r) => !r.inLogUnits)).toBe(true);
	});

	it('after a log transform the centre and spread have no change to show (log units)', () => {
		const rows = summaryRows(before, { ...after, skewness: 0.5 }, true);
		expect(rows.map((r) => [r.id, r.change, r.inLogUnits])).toEqual([
			['n', -1, false],
			['mean', null, true],
			['median', null, true],
			['std', null, true],
			['skew', -1, false]
		]);
	});
});

describe('skewMoments', () => {
	it('writes m₂ = s² and m₃ = g₁·s³, so m₃ / m₂^1.5 gives back g₁', () => {
		// s = 4, g₁ = 1.5: m₂ = 16, m₃ = 1.5 · 64 = 96; 96 / 16^1.5 = 96 / 64 = 1.5
		expect(skewMoments(before)).toEqual({ m2: 16, m3: 96 });
		expect(skewMoments(after)).toBeNull();
	});
});

describe('columnHistogram', () => {
	it('bins 1 to 16 into 8 bins of two values each on the padded range', () => {
		const { domain, counts } = columnHistogram(
			Array.from({ length: 16 }, (_, i) => i + 1),
			[]
		);
		// range 15, padded by 3% (0.45) each side
		expect(domain[0]).toBeCloseTo(0.55, 10);
		expect(domain[1]).toBeCloseTo(16.45, 10);
		expect(counts).toEqual([2, 2, 2, 2, 2, 2, 2, 2]);
	});
});
