import { describe, expect, it } from 'vitest';
import type { Column } from '$lib/data/table';
import { binBoth, binningInput, categoryCounts, expectedSharing, formatOrder, ordinalVsOneHot, parseOrder, rareGrouping } from '$lib/widgets/encoding/analysis';
import { decodeEncodingState, encodingCodec, type EncodingUrlState } from '$lib/widgets/encoding/codec';
import { encodingQuestions } from '$lib/widgets/encoding/quiz';
import { shopTable, SHOP_ROWS } from '$lib/widgets/encoding/shopTable';

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
		expect(decodeEncodingState(encodingCodec.encode(state))).toEqual({ value: state, problems: [] });
	});

	it('falls back field by field, and an upload link opens the penguins', () => {
		const { value, problems } = decodeEncodingState(new URLSearchParams('bins=x&ord=1.a&drop=both&cat=island&src=upload'));
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
		expect(binningInput(text, ['mass'])).toEqual({ ok: false, message: expect.stringMatching(/“island” holds text.*Pick a numeric one: mass/) });
		expect(binningInput(empty, ['mass'])).toEqual({ ok: false, message: expect.stringMatching(/no values at all/) });
		expect(binningInput(undefined, [])).toEqual({ ok: false, message: 'This table has no numeric column to bin.' });
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

describe('the questions', () => {
	const x = [1, 2, 3, 4, 100];
	const view = {
		column: 'island',
		counts: categoryCounts(['Biscoe', 'Dream', 'Torgersen', 'Dream']),
		order: ['Biscoe', 'Dream', 'Torgersen'],
		fit: ordinalVsOneHot(['Biscoe', 'Dream', 'Torgersen'], [0, 1, 2, 1], [10, 20, 24, 20]),
		target: 'mass',
		binned: { column: 'price', x, bins: 4, ...binBoth(x, 4) },
		vocabulary: 8
	};
	const all = encodingQuestions(view, 1, 100);
	const byId = (id: string) => all.find((q) => q.id === id)!;
	it('answers from the numbers on screen', () => {
		expect(byId('one-hot-columns')).toMatchObject({ answer: 2 }); // 3 islands, less the dropped one
		expect(byId('ordinal-code')).toMatchObject({ answer: 2 }); // Torgersen, third in the order
		expect(byId('uniform-width')).toMatchObject({ answer: 24.75 }); // (100 − 1) / 4
		expect(byId('bag-columns')).toMatchObject({ answer: '8' });
		// the line through (0, 10), (1, 20), (1, 20), (2, 24): x̄ = 1, ȳ = 18.5
		// Σ(x − x̄)(y − ȳ) = (−1)(−8.5) + 0 + 0 + (1)(5.5) = 14; Σ(x − x̄)² = 2: slope 7, intercept 11.5; code 2 → 25.5
		expect((byId('ordinal-line') as { answer: number }).answer).toBeCloseTo(25.5, 10);
	});
	it('asks four, and the same four for the same seed', () => {
		expect(encodingQuestions(view, 5)).toHaveLength(4);
		expect(encodingQuestions(view, 5)).toEqual(encodingQuestions(view, 5));
	});
});
