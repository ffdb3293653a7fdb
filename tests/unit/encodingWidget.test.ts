import { describe, expect, it } from 'vitest';
import type { Column } from '$lib/data/table';
import {
	binBoth,
	binningInput,
	categoryCounts,
	expectedSharing,
	formatOrder,
	ordinalVsOneHot,
	parseOrder,
	rareGrouping,
	tailShape
} from '$lib/widgets/encoding/analysis';
import { codeReach, treeSplits } from '$lib/widgets/encoding/treeSplits';
import { encodingCodec, type EncodingUrlState } from '$lib/widgets/encoding/codec';
import { shopTable, SHOP_ROWS } from '$lib/widgets/encoding/shopTable';
import { openLink } from './openLink';
import { EncodingState } from '$lib/widgets/encoding/State.svelte';

describe('the encoding codec', () => {
	it('round-trips a state through the URL', () => {
		const state: EncodingUrlState = {
			...encodingCodec.defaults(),
			src: 'shop',
			cat: 'plan',
			drop: 'first',
			nv: 'gold',
			unk: 'ignore',
			ord: '0.2.1',
			num: 'income',
			bins: 7,
			text: 'One line.\nAnother\tline.',
			ng: '12',
			q: 3
		};
		expect(encodingCodec.decode(encodingCodec.encode(state))).toEqual({ value: state, problems: [] });
	});

	it('falls back field by field, and an upload link opens the penguins', () => {
		const { value, problems } = openLink(
			new EncodingState(),
			'bins=x&ord=1.a&drop=both&cat=island&src=upload'
		);
		expect(value.bins).toBe(4);
		expect(value.ord).toBe('');
		expect(value.drop).toBe('none');
		expect(value.src).toBe('penguins');
		expect(problems).toHaveLength(4);
		expect(problems.at(-1)).toMatch(/uploaded file/);
	});
});

describe('the widget analysis', () => {
	it('an order is an arrangement of 0..k−1, else null; the sorted one is written as nothing', () => {
		expect(parseOrder('', 3)).toEqual([0, 1, 2]);
		expect(parseOrder('2.0.1', 3)).toEqual([2, 0, 1]);
		expect(parseOrder('0.0.1', 3)).toBeNull();
		expect(parseOrder('0.1', 3)).toBeNull();
		expect(formatOrder([0, 1, 2])).toBe('');
		expect(formatOrder([1, 0, 2])).toBe('1.0.2');
	});

	it('counts categories in the encoders’ order and groups the rare ones', () => {
		const counts = categoryCounts(['b', 'a', 'b', null, 'c', 'b', 'b', 'b']);
		expect(counts).toEqual([
			{ category: 'a', count: 1 },
			{ category: 'b', count: 5 },
			{ category: 'c', count: 1 },
			{ category: null, count: 1 }
		]);
		// a, c and missing fall under 5 rows: b keeps its column, the three share one
		expect(rareGrouping(counts)).toEqual({ rare: 3, rows: 3, columns: 2 });
	});

	it('expected categories sharing a hashed column: 3 categories into 32 columns', () => {
		// each meets one of the other two with probability 1 − (31/32)² = 63/1024: 3 · 63/1024
		expect(expectedSharing(3, 32)).toBeCloseTo(189 / 1024, 12);
		expect(expectedSharing(1, 32)).toBe(0);
		// 2 categories into 2 columns: they share with probability 1/2, and then both do
		expect(expectedSharing(2, 2)).toBeCloseTo(1, 12);
	});

	it('says why a column cannot be binned', () => {
		const text: Column = { name: 'island', kind: 'categorical', values: ['a'], missing: 0 };
		const empty: Column = { name: 'mass', kind: 'numeric', values: [null, null], missing: 2 };
		expect(binningInput(text, ['mass'])).toEqual({
			ok: false,
			message: expect.stringMatching(/“island” holds text.*Pick a numeric one: mass/)
		});
		expect(binningInput(empty, ['mass'])).toEqual({
			ok: false,
			message: expect.stringMatching(/no values at all/)
		});
		expect(binningInput(undefined, [])).toEqual({
			ok: false,
			message: 'This table has no numeric column to bin.'
		});
		const mass: Column = { name: 'mass', kind: 'numeric', values: [3, null, 1], missing: 1 };
		expect(binningInput(mass, ['mass'])).toEqual({ ok: true, x: [3, 1], missing: 1 });
	});
});

describe('ordinalVsOneHot', () => {
	// codes 0, 0, 1, 1, 2, 2 with targets 1, 3, 10, 12, 5, 7: category means 2, 11, 6.
	// The line: x̄ = 1, ȳ = 38/6; Σ(x − x̄)(y − ȳ) = 8 and Σ(x − x̄)² = 4, so slope 2 and intercept 38/6 − 2 = 13/3.
	// One-hot's squared errors are 1 each (RMSE 1); the line's sum to 214/3 (RMSE √(214/18)).
	const codes = [0, 0, 1, 1, 2, 2, null];
	const y = [1, 3, 10, 12, 5, 7, 99];
	it('one-hot predicts the means, the ordinal codes one line', () => {
		const fit = ordinalVsOneHot(['a', 'b', 'c'], codes, y)!;
		expect(fit.fits.map((f) => f.mean)).toEqual([2, 11, 6]);
		fit.fits.forEach((f, i) => expect(f.line).toBeCloseTo(13 / 3 + 2 * i, 10));
		expect(fit.slope).toBeCloseTo(2, 10);
		expect(fit.rmseOneHot).toBeCloseTo(1, 10);
		expect(fit.rmseLine).toBeCloseTo(Math.sqrt(214 / 18), 10);
	});
	it('needs two categories with a target', () => {
		expect(ordinalVsOneHot(['a', 'b'], [0, 0, 1], [1, 2, null])).toBeNull();
	});
});

describe('the generated shop table', () => {
	const shop = shopTable();
	const column = (name: string) => shop.columns.find((c) => c.name === name)!;
	it('has a unique id, hundreds of ZIP codes, and one-valued columns', () => {
		expect(shop.rowCount).toBe(SHOP_ROWS);
		expect(new Set<unknown>(column('customer_id').values).size).toBe(SHOP_ROWS);
		expect(new Set<unknown>(column('zip').values).size).toBeGreaterThan(150);
		expect(new Set<unknown>(column('currency').values).size).toBe(1);
		expect(new Set<unknown>(column('vat_rate').values).size).toBe(1);
	});
	it('is the same on every visit', () => {
		expect(shopTable()).toEqual(shop);
	});
});

describe('tailShape: where equal-width bins run nearly empty', () => {
	// 20 values: sixteen near 1, then 5, 9, 13, 40. Four bins of width (40 − 1) / 4 = 9.75: [1, 10.75) holds 18, [10.75, 20.5) one (13),
	// [20.5, 30.25) none, [30.25, 40] one (40). An even share is 5; a quarter of it 1.25, so the last three bins are nearly empty
	const right = [...Array.from({ length: 16 }, () => 1), 5, 9, 13, 40];
	it('a long right tail empties the high end', () => {
		const shape = tailShape(right, binBoth(right, 4).uniform.counts);
		expect(binBoth(right, 4).uniform.counts).toEqual([18, 1, 0, 1]);
		expect(shape.even).toBe(5);
		expect(shape).toMatchObject({ low: [], high: [1, 0, 1], fewest: 0 });
		expect(shape.skewness!).toBeGreaterThan(0);
	});
	it('the mirror image empties the low end, with a negative skewness', () => {
		const left = right.map((v) => -v);
		const shape = tailShape(left, binBoth(left, 4).uniform.counts);
		expect(shape).toMatchObject({ low: [1, 0, 1], high: [] });
		expect(shape.skewness!).toBeLessThan(0);
	});
	it('an even spread leaves no bin nearly empty', () => {
		const even = Array.from({ length: 20 }, (_, i) => i);
		// widths 19 / 4 = 4.75: 0–4, 5–9, 10–14, 15–19 hold 5 each
		expect(tailShape(even, binBoth(even, 4).uniform.counts)).toMatchObject({
			low: [],
			high: [],
			fewest: 5,
			skewness: 0
		});
	});
});

describe('treeSplits: one split of the codes against the best grouping', () => {
	// categories a, b, c with targets a: 0, 0; b: 10, 10; c: 1, 1. The best grouping is {b} | {a, c}:
	// its squared error is 0 + (0 − 0.5)²·2 + (1 − 0.5)²·2 = 1, RMSE √(1/6)
	const y = [0, 0, 10, 10, 1, 1];
	it('codes in the order a, b, c cannot make it in one split', () => {
		const split = treeSplits(['a', 'b', 'c'], [0, 0, 1, 1, 2, 2], y)!;
		expect(split.best).toEqual({ left: ['b'], right: ['a', 'c'], rmse: Math.sqrt(1 / 6) });
		// {a} | {b, c}: b and c's mean 5.5 leaves 4 · 4.5² = 81; {a, b} | {c}: a and b's mean 5 leaves 4 · 25 = 100
		expect(split.onCodes.left).toEqual(['a']);
		expect(split.onCodes.rmse).toBeCloseTo(Math.sqrt(81 / 6), 12);
		expect(split.reachable).toBe(false);
		expect([split.splits, split.groupings]).toEqual([2, 3]);
	});
	it('codes in the order b, a, c reach it', () => {
		const split = treeSplits(['b', 'a', 'c'], [1, 1, 0, 0, 2, 2], y)!;
		expect(split.onCodes.left).toEqual(['b']);
		expect(split.reachable).toBe(true);
	});
	it('what one split can reach, without a target', () => {
		expect(codeReach(['a', 'b', 'c', 'd'])).toEqual({
			splitCount: 3,
			splits: [
				{ left: ['a'], right: ['b', 'c', 'd'] },
				{ left: ['a', 'b'], right: ['c', 'd'] },
				{ left: ['a', 'b', 'c'], right: ['d'] }
			],
			groupings: 7,
			apart: { left: ['b'], right: ['a', 'c', 'd'] }
		});
		expect(codeReach(['a', 'b'])).toBeNull();
		// 20,000 categories: counted, not listed (a list of every split would hold 200 million names)
		const many = Array.from({ length: 20_000 }, (_, i) => `c${i}`);
		expect(codeReach(many)).toMatchObject({
			splitCount: 19_999,
			splits: null,
			groupings: null,
			apart: { left: ['c1'] }
		});
		expect(treeSplits(['a', 'b'], [0, 1], [1, 2])).toBeNull();
	});
});
