import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tableFromRows } from '$lib/data/table';
import {
	fitLine,
	fittedCurve,
	flagBoth,
	ruleBounds,
	scatterMarks,
	treat,
	tukeyBox,
	valueDomain
} from '$lib/widgets/outliers/analysis';
import { generatedPair, maxRows, tablePair } from '$lib/widgets/outliers/columns';
import { outliersCodec, type OutliersUrlState } from '$lib/widgets/outliers/codec';
import { summarize, skewness } from '$lib/ml/outliers';
import { openLink } from './openLink';
import { OutliersState } from '$lib/widgets/outliers/State.svelte';

// the heights of tests/fixtures/csv/valid-small.csv that have a mass too, then one added point (400)
const heights = [170, 182, 165, 159, 190, 400];

describe('flagBoth', () => {
	it('flags the far height by the IQR rule but not by |z| > 3 (six values cannot pass √5)', () => {
		// sorted 159 165 170 182 190 400: Q1 = 165 + 0.25 × 5 = 166.25, Q3 = 182 + 0.75 × 8 = 188, IQR 21.75
		// fences 166.25 − 32.625 = 133.625 and 188 + 32.625 = 220.625
		const f = flagBoth(heights, 1.5, 3);
		expect(f.iqr.lower).toBeCloseTo(133.625, 10);
		expect(f.iqr.upper).toBeCloseTo(220.625, 10);
		expect(f.iqrOnly).toEqual([5]);
		expect(f.both).toEqual([]);
		// mean 1266 / 6 = 211; squared deviations 1681 + 841 + 2116 + 2704 + 441 + 35721 = 43504; std √(43504 / 6) = 85.15
		expect(f.z.std).toBeCloseTo(Math.sqrt(43504 / 6), 10);
		// with cut-off 2, z of 400 = 189 / 85.15 = 2.22 is flagged by both
		expect(flagBoth(heights, 1.5, 2).both).toEqual([5]);
		// with k = 10 the fences are far out and only z (cut-off 2) flags it
		expect(flagBoth(heights, 10, 2).zOnly).toEqual([5]);
	});
});

describe('scatterMarks', () => {
	it("flags in red, rings the learner's point, and keeps its red when a rule flags it", () => {
		const flagged = [false, true, false, true];
		expect([...scatterMarks(flagged, null).marks]).toEqual([
			[1, 'outlier'],
			[3, 'outlier']
		]);
		expect(scatterMarks(flagged, 2).marks.get(2)).toBe('picked');
		expect(scatterMarks(flagged, 3).marks.get(3)).toBe('picked-outlier');
		expect([...scatterMarks(flagged, 3).draggable]).toEqual([3]);
	});
});

describe('treat', () => {
	const f = flagBoth(heights, 1.5, 3);
	const bounds = ruleBounds(f, 'iqr');

	it('removes the flagged rows: the mean falls back to 866 / 5 = 173.2', () => {
		const t = treat(heights, 'remove', f.byIqr, bounds, 5);
		expect(t.rows).toEqual([0, 1, 2, 3, 4]);
		expect(summarize(t.values).mean).toBeCloseTo(173.2, 10);
		expect(t.changed).toBe(1);
	});

	it('caps at the fences: 400 becomes 220.625, the mean (866 + 220.625) / 6 = 181.104', () => {
		const t = treat(heights, 'cap', f.byIqr, bounds, 5);
		expect(t.values[5]).toBeCloseTo(220.625, 10);
		expect(summarize(t.values).mean).toBeCloseTo(1086.625 / 6, 10);
		// the median (170 + 182) / 2 = 176 does not move
		expect(summarize(t.values).median).toBe(176);
		expect(t.map(1000)).toBeCloseTo(220.625, 10);
		expect(t.map(170)).toBe(170);
	});

	it('winsorizes by counts: 20% of 6 values is one at each end', () => {
		const t = treat(heights, 'winsor', f.byIqr, bounds, 20);
		// ⌊0.2 × 6⌋ = 1: 159 → 165 and 400 → 190
		expect(t.values).toEqual([170, 182, 165, 165, 190, 190]);
		expect(t.map(10)).toBe(165);
		expect(t.changed).toBe(2);
	});

	it('log-transforms with log1p, or keeps the column and says why when a value is ≤ −1', () => {
		const t = treat(heights, 'log', f.byIqr, bounds, 5);
		expect(t.values[0]).toBeCloseTo(Math.log(171), 12);
		expect(skewness(t.values)!).toBeLessThan(skewness(heights)!);
		const bad = treat([3, -2, 5], 'log', [false, false, false], [null, null], 5);
		expect(bad.problem).toMatch(/undefined for x ≤ −1/);
		expect(bad.values).toEqual([3, -2, 5]);
	});

	it('refuses to remove every row', () => {
		const t = treat([1, 2], 'remove', [true, true], [null, null], 5);
		expect(t.problem).toMatch(/leave none/);
		expect(t.rows).toEqual([0, 1]);
	});

	it('keeps the rule’s null bounds for a constant column (std 0): capping changes nothing', () => {
		const c = flagBoth([4, 4, 4], 1.5, 3);
		expect(treat([4, 4, 4], 'cap', c.byZ, ruleBounds(c, 'z'), 5).values).toEqual([4, 4, 4]);
	});
});

describe('fitLine and fittedCurve', () => {
	it('fits the least-squares line, pulled by one far point', () => {
		// points (0, 1), (1, 3), (2, 5) lie on y = 1 + 2x
		const exact = fitLine([0, 1, 2], [1, 3, 5])!;
		expect(exact.intercept).toBeCloseTo(1, 12);
		expect(exact.slope).toBeCloseTo(2, 12);
		expect(exact.r).toBeCloseTo(1, 12);
		// add (3, 0): x̄ = 1.5, ȳ = 2.25; Sxy = (−1.5)(−1.25) + (−0.5)(0.75) + (0.5)(2.75) + (1.5)(−2.25) = −0.5; Sxx = 5; slope −0.1
		const pulled = fitLine([0, 1, 2, 3], [1, 3, 5, 0])!;
		expect(pulled.slope).toBeCloseTo(-0.1, 12);
		expect(pulled.intercept).toBeCloseTo(2.25 + 0.15, 12);
	});

	it('gives no line for a column with one distinct value', () => {
		expect(fitLine([2, 2, 2], [1, 2, 3])).toBeNull();
	});

	it('draws the fit in raw units through the treatment’s map, leaving out undefined logs', () => {
		const curve = fittedCurve({ intercept: 1, slope: 2, r: 1 }, Math.log1p, [-2, 1], 3);
		// x = −2 and −1 have no log1p; x = 0 → 1, x = 1 → 1 + 2 ln 2
		expect(curve).toEqual([
			[0, 1],
			[1, 1 + 2 * Math.log(2)]
		]);
	});
});

describe('data', () => {
	it('pairs two table columns, leaving out rows missing either', () => {
		const table = tableFromRows(
			't',
			['a', 'b'],
			[
				['1', '2'],
				['', '3'],
				['4', 'NA'],
				['5', '6']
			]
		);
		expect(tablePair(table, 'a', 'b', 1)).toEqual({
			x: [1, 5],
			y: [2, 6],
			xName: 'a',
			yName: 'b',
			dropped: 2,
			sampledFrom: null
		});
	});

	it('samples a big table down to maxRows complete rows, in file order, the same for the same seed', () => {
		const rows = Array.from({ length: maxRows + 500 }, (_, i) => [
			String(i),
			i % 7 === 0 ? '' : String(2 * i)
		]);
		const table = tableFromRows('big', ['a', 'b'], rows);
		const pair = tablePair(table, 'a', 'b', 4);
		// every 7th row lacks b: 3000 − ⌈3000 / 7⌉ = 3000 − 429 = 2571 complete rows
		expect(pair.sampledFrom).toBe(2571);
		expect(pair.dropped).toBe(429);
		expect(pair.x).toHaveLength(maxRows);
		expect(pair.x.every((v, i) => i === 0 || v > pair.x[i - 1])).toBe(true);
		expect(pair.y).toEqual(pair.x.map((v) => 2 * v));
		expect(tablePair(table, 'a', 'b', 4)).toEqual(pair);
	});

	it('generates a right-skewed column when asked, and the same one for the same seed', () => {
		const skewed = generatedPair('skewed', 500, 3);
		const normal = generatedPair('normal', 500, 3);
		expect(skewness(skewed.x)!).toBeGreaterThan(1);
		expect(Math.abs(skewness(normal.x)!)).toBeLessThan(0.5);
		expect(generatedPair('skewed', 500, 3)).toEqual(skewed);
	});

	it('draws Tukey’s whiskers to the last values inside the fences', () => {
		const f = flagBoth(heights, 1.5, 3);
		const box = tukeyBox(heights, f.iqr, 176);
		expect([box.min, box.max, box.outliers]).toEqual([159, 190, [400]]);
	});

	it('widens the value axis to near cut-offs only', () => {
		// data 0–10: a cut-off at 12 (within 2.5) widens it, one at 100 does not
		const [low, high] = valueDomain([0, 10], [12, 100, null]);
		expect(low).toBeCloseTo(-0.36, 10);
		expect(high).toBeCloseTo(12.36, 10);
	});
});

describe('URL state', () => {
	it('round-trips any valid state', () => {
		const state = fc.record<OutliersUrlState>({
			src: fc.constantFrom('cars', 'penguins', 'iris', 'normal', 'skewed'),
			col: fc.constantFrom('horsepower', 'a b', 'mpg'),
			col2: fc.constantFrom('mpg', 'weight'),
			n: fc.integer({ min: 10, max: 2000 }),
			seed: fc.integer({ min: 1, max: 1_000_000 }),
			k: fc.double({ min: 0, max: 10, noNaN: true }),
			z: fc.double({ min: 0.5, max: 10, noNaN: true }),
			rule: fc.constantFrom('iqr', 'z'),
			treat: fc.constantFrom('keep', 'remove', 'cap', 'winsor', 'log'),
			pct: fc.integer({ min: 1, max: 25 }),
			pt: fc.option(
				fc.tuple(fc.integer({ min: -1e6, max: 1e6 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }))
			),
			q: fc.integer({ min: 1, max: 1_000_000 })
		});
		fc.assert(
			fc.property(state, (s) => {
				const { value, problems } = outliersCodec.decode(outliersCodec.encode(s));
				expect(problems).toEqual([]);
				expect(value).toEqual({ ...s, k: s.k + 0, z: s.z + 0, pt: s.pt && [s.pt[0] + 0, s.pt[1] + 0] });
			})
		);
	});

	it('falls back field by field on a tampered link, and never restores an upload', () => {
		const { value, problems } = openLink(new OutliersState(), 'k=x&z=0&pt=1_a&treat=log&src=upload&col=a');
		expect(value.k).toBe(1.5);
		expect(value.z).toBe(3);
		expect(value.pt).toBeNull();
		expect(value.treat).toBe('log');
		expect([value.src, value.col]).toEqual(['cars', 'horsepower']);
		expect(problems).toHaveLength(4);
	});
});
