/**
 * The CSV reader names the numeric columns no widget can compute with: values whose squares
 * (or sums of squares and cubes) overflow double precision, and values so small that their
 * squares round to 0. The limits are worked out by hand in the comments; the files are the
 * hostile ones the upload journey uses (tests/fixtures/csv/hostile.js).
 */
import { describe, expect, it } from 'vitest';
import { parseCsvText } from '$lib/data/csv';
import { shortExponent, unusableColumns, unusableMessage, withoutColumns } from '$lib/data/csvRange';
import { tableFromRows } from '$lib/data/table';
import { mean, std } from '$lib/ml/stats';
import { skewness } from '$lib/ml/outliers';
import { nearMaxCsv, subnormalCsv, squaresOverflowCsv } from '../fixtures/csv/hostile.js';

const table = (columns: Record<string, string[]>) =>
	tableFromRows(
		't',
		Object.keys(columns),
		Object.values(columns)[0].map((_, i) => Object.values(columns).map((cells) => cells[i]))
	);

describe('which numeric columns cannot be used', () => {
	const cases: { name: string; cells: string[]; reason: string | null }[] = [
		// 1.7e308 + 1.7e308 overflows, and so does (1.7e308)²
		{
			name: 'near the largest double',
			cells: ['1.7e308', '-1.2e308', '3'],
			reason: 'holds values up to 1.7e308, whose squares overflow double precision (largest 1.8e308)'
		},
		// (1e200)² = 1e400 > 1.8e308
		{
			name: 'squares overflow',
			cells: ['1e200', '2e200', '5e199'],
			reason: 'holds values up to 2e200, whose squares overflow double precision (largest 1.8e308)'
		},
		// (3e120)² = 9e240 is fine, but cubes of 3e120 are 2.7e361
		{
			name: 'cubes overflow',
			cells: ['3e120', '1', '2'],
			reason:
				'holds values up to 3e120; past ±1e100, sums of their squares and cubes can overflow double precision'
		},
		{
			name: 'subnormal',
			cells: ['5e-324', '1e-320', '0'],
			reason:
				'holds values down to 5e-324, below the smallest full-precision double (2.2e-308); their squares round to 0'
		},
		// 1e-120 is a normal double, but (1e-120)³ = 1e-360 rounds to 0
		{
			name: 'tiny but normal',
			cells: ['1e-120', '-3e-121', '0'],
			reason: 'holds values only within ±1e-120; past ±1e-100, their squares and cubes round to 0'
		},
		// exactly the limits are still usable
		{ name: 'at 1e100', cells: ['1e100', '-1e100', '0'], reason: null },
		{ name: 'at 1e-100', cells: ['1e-100', '0', '-5e-101'], reason: null },
		{ name: 'ordinary numbers', cells: ['1', '2.5', '-7'], reason: null },
		// a subnormal among ordinary numbers: the spread comes from the ordinary ones
		{ name: 'a subnormal among ordinary numbers', cells: ['5e-324', '1', '2'], reason: null },
		{ name: 'all zero (constant, which widgets handle)', cells: ['0', '0', '0'], reason: null },
		{ name: 'text', cells: ['a', '1e308', 'b'], reason: null }
	];
	for (const { name, cells, reason } of cases) {
		it(name, () => {
			const found = unusableColumns(table({ x: cells, ok: ['1', '2', '3'] }));
			expect(found).toEqual(reason ? [{ name: 'x', reason }] : []);
		});
	}

	it('keeps to a range where the engine computes mean, spread and skewness without overflow or 0/0', () => {
		// at the limits: 200,000 rows of ±1e100 and of ±1e-100, what the text promises
		const big = Array.from({ length: 200_000 }, (_, i) => (i % 2 ? 1e100 : -1e100));
		const small = big.map((v) => v * 1e-200);
		for (const values of [big, small]) {
			expect(Number.isFinite(mean(values))).toBe(true);
			expect(std(values)).toBeGreaterThan(0);
			expect(skewness(values)).not.toBeNull();
			expect(Number.isFinite(skewness(values)!)).toBe(true);
		}
		// just past them the engine fails, as the reasons say
		expect(() => std([1e200, -1e200])).toThrow(/overflow/);
		expect(skewness([1e-120, 0, 0])).toBeNaN();
	});

	it('writes extremes short', () => {
		expect([1.7e308, 5e-324, 2e200, 1e-120, 1234].map(shortExponent)).toEqual([
			'1.7e308',
			'5e-324',
			'2e200',
			'1e-120',
			'1.2e3'
		]);
	});
});

describe('the reader', () => {
	it('reports the unusable column of each hostile file, and leaves the table whole until asked', async () => {
		for (const [text, name] of [
			[nearMaxCsv(), 'huge'],
			[squaresOverflowCsv(), 'big'],
			[subnormalCsv(), 'tiny']
		] as const) {
			const result = await parseCsvText(text, 'f.csv');
			if (!result.ok) throw new Error(result.message);
			expect(result.unusable.map((u) => u.name)).toEqual([name]);
			expect(result.table.columns.map((c) => c.name)).toEqual(['group', name, 'height', 'weight']);
			const kept = withoutColumns(result.table, [name]);
			expect(kept.columns.map((c) => c.name)).toEqual(['group', 'height', 'weight']);
			expect(kept.rowCount).toBe(60);
			expect(unusableColumns(kept)).toEqual([]);
		}
	});

	it('says what cannot be used, why, and what is left', () => {
		const unusable = [
			{
				name: 'huge',
				reason: 'holds values up to 1.7e308, whose squares overflow double precision (largest 1.8e308)'
			}
		];
		expect(unusableMessage('f.csv', unusable, 3)).toBe(
			'1 column of “f.csv” cannot be used: “huge” holds values up to 1.7e308, whose squares overflow double precision (largest 1.8e308). Rescale it (multiply or divide by a power of ten), or leave it out and load the other 3 columns.'
		);
		expect(
			unusableMessage('f.csv', [...unusable, { name: 'tiny', reason: 'holds values down to 5e-324' }], 0)
		).toBe(
			'No column of “f.csv” can be used: “huge” holds values up to 1.7e308, whose squares overflow double precision (largest 1.8e308); “tiny” holds values down to 5e-324. Rescale them (multiply or divide by a power of ten) and load the file again.'
		);
	});
});

describe('many unusable columns', () => {
	it('names the first three with their reasons and counts the rest', () => {
		const unusable = Array.from({ length: 1000 }, (_, j) => ({
			name: `c${j + 1}`,
			reason: 'holds values up to 1e200'
		}));
		expect(unusableMessage('w.csv', unusable, 2)).toBe(
			'1,000 columns of “w.csv” cannot be used: “c1” holds values up to 1e200; “c2” holds values up to 1e200; “c3” holds values up to 1e200; and 997 more columns. Rescale them (multiply or divide by a power of ten), or leave them out and load the other 2 columns.'
		);
	});
});
