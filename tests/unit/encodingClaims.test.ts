/**
 * The encoding page's claims, checked on the state the page builds (each source with the columns
 * it opens on, and a high-cardinality column) against numbers worked out here by hand: group
 * means and squared errors, bin edges and counts, category counts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsvTable } from '$lib/ml/datasets';
import { encodingCodec } from '$lib/widgets/encoding/codec';
import { encodingQuestions, rmseOptions, tailOptions, tailReason } from '$lib/widgets/encoding/quiz';
import { EncodingState } from '$lib/widgets/encoding/State.svelte';
import { expectWellFormedQuestions } from './quizRules';

const load = (name: 'penguins' | 'cars') =>
	parseCsvTable(name, readFileSync(`static/data/${name}.csv`, 'utf8'));
const tables = { penguins: load('penguins'), cars: load('cars') };

/** The page's sources with the columns each opens on. */
const presets = [
	{ name: 'penguins (default)', params: '' },
	{ name: 'cars', params: 'src=cars&cat=origin&y=mpg&num=horsepower' },
	{ name: 'shop', params: 'src=shop&cat=plan&y=income&num=income' }
];

/** The numbers binned on a page (none when its column cannot be binned). */
const binnedValues = (widget: EncodingState) => (widget.binInput?.ok ? widget.binInput.x : []);

function page(params: string): EncodingState {
	const widget = new EncodingState();
	widget.realTables.loaded = tables;
	widget.load(new URLSearchParams(params));
	return widget;
}
const join = (...parts: string[]) => parts.filter((p) => p !== '').join('&');

/** Every arrangement of a list. */
function permutations<T>(items: readonly T[]): T[][] {
	if (items.length <= 1) return [[...items]];
	return items.flatMap((item, i) =>
		permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest])
	);
}

/** The target's rows per category, by hand from the table. */
function rowsByCategory(widget: EncodingState): Map<string, number[]> {
	const groups = new Map<string, number[]>();
	widget.values.forEach((c, i) => {
		const v = widget.targetValues![i];
		if (c === null || v === null) return;
		groups.set(c, [...(groups.get(c) ?? []), v]);
	});
	return groups;
}
/** Squared error of predicting each group's own mean, by hand. */
function groupedError(groups: Map<string, number[]>, left: readonly string[]): number {
	const side = (cats: string[]) => {
		const ys = cats.flatMap((c) => groups.get(c) ?? []);
		const m = ys.reduce((s, v) => s + v, 0) / ys.length;
		return ys.reduce((s, v) => s + (v - m) ** 2, 0);
	};
	const all = [...groups.keys()];
	return side(all.filter((c) => left.includes(c))) + side(all.filter((c) => !left.includes(c)));
}

/** Equal-width bin counts by hand: edges min + i·(max − min)/k, a value on an inner edge in the bin above, the maximum in the last. */
function uniformCounts(x: readonly number[], k: number): number[] {
	const [min, max] = [Math.min(...x), Math.max(...x)];
	const counts = new Array<number>(k).fill(0);
	for (const v of x) counts[Math.min(k - 1, Math.floor(((v - min) / (max - min)) * k))]++;
	return counts;
}

describe('a tree splits ordinal codes only into contiguous ranges', () => {
	for (const preset of presets) {
		it(`${preset.name}: in every order, one split of the codes is a leading range, and its best is found among those`, () => {
			const sorted = page(preset.params);
			for (const order of permutations(sorted.present)) {
				const positions = order.map((c) => sorted.present.indexOf(c)).join('.');
				const widget = page(join(preset.params, `ord=${positions}`));
				expect(widget.order).toEqual(order);
				const reach = widget.reach!;
				const splits = reach.splits!;
				expect(reach.splitCount).toBe(order.length - 1);
				expect(splits.map((s) => s.left)).toEqual(order.slice(1).map((_, t) => order.slice(0, t + 1)));
				expect(reach.apart.left).toEqual([order[1]]);
				const groups = rowsByCategory(widget);
				const split = widget.treeSplit!;
				const contiguous = Math.min(...splits.map((s) => groupedError(groups, s.left)));
				const any = Math.min(
					...[[order[0]], [order[1]], [order[2]]].map((left) => groupedError(groups, left))
				);
				const n = [...groups.values()].reduce((s, ys) => s + ys.length, 0);
				expect(split.onCodes.rmse).toBeCloseTo(Math.sqrt(contiguous / n), 6);
				expect(split.best.rmse).toBeCloseTo(Math.sqrt(any / n), 6);
				expect(split.reachable).toBe(contiguous <= any * (1 + 1e-9));
			}
		});
	}

	for (const preset of presets) {
		it(`${preset.name}: "a reversed order only flips the line": the same RMSE, the slope negated`, () => {
			const sorted = page(preset.params);
			const reversed = page(
				join(preset.params, `ord=${sorted.present.map((_, i) => sorted.present.length - 1 - i).join('.')}`)
			);
			expect(reversed.order).toEqual([...sorted.order].reverse());
			expect(reversed.ordinalFit!.rmseLine).toBeCloseTo(sorted.ordinalFit!.rmseLine, 9);
			expect(reversed.ordinalFit!.slope).toBeCloseTo(-sorted.ordinalFit!.slope, 9);
		});
	}

	it("penguins: Biscoe alone is the best grouping of the islands, out of one split's reach once Biscoe sits between the others", () => {
		// body mass: Biscoe's mean is far above Dream's and Torgersen's, which nearly match
		expect(page('').treeSplit).toMatchObject({
			onCodes: { left: ['Biscoe'] },
			best: { left: ['Biscoe'] },
			reachable: true
		});
		const between = page('ord=1.0.2'); // Dream, Biscoe, Torgersen
		expect(between.order).toEqual(['Dream', 'Biscoe', 'Torgersen']);
		expect(between.treeSplit).toMatchObject({
			best: { left: ['Biscoe'], right: ['Dream', 'Torgersen'] },
			reachable: false
		});
	});

	it('a column past twelve categories: the groupings are not counted, the splits still are', () => {
		const zip = page('src=shop&cat=zip');
		// the splits are counted (k − 1), not listed: listing them for thousands of categories built k² names
		expect(zip.present.length).toBeGreaterThan(12);
		expect(zip.reach!.splitCount).toBe(zip.present.length - 1);
		expect(zip.reach!.splits).toBeNull();
		expect(zip.reach!.groupings).toBeNull();
		expect(zip.treeSplit).toBeNull();
	});
});

describe("the binning text's nearly empty tail bins follow the column's skew", () => {
	it('shop income (skewness 2.0), 4 bins: the last two are nearly empty', () => {
		const widget = page('src=shop&cat=plan&num=income&bins=4');
		const x = binnedValues(widget);
		const counts = uniformCounts(x, 4);
		expect(widget.binnings!.uniform.counts).toEqual(counts);
		// an even share is 500 / 4 = 125; a quarter of it 31.25
		expect(counts.slice(2).every((c) => c < 31.25)).toBe(true);
		expect(counts[1]).toBeGreaterThanOrEqual(31.25);
		expect(widget.binnings!.tails).toMatchObject({ low: [], high: counts.slice(2), even: 125 });
		expect(widget.binnings!.tails.skewness!).toBeGreaterThan(1.5);
	});

	it('penguin body mass (skewness 0.47), 4 bins: no bin is nearly empty', () => {
		const widget = page('');
		const x = binnedValues(widget);
		const counts = uniformCounts(x, 4);
		// 342 / 4 = 85.5 an even share; a quarter 21.4: the fewest bin holds more
		expect(Math.min(...counts)).toBeGreaterThan(342 / 16);
		expect(widget.binnings!.tails).toMatchObject({ low: [], high: [], fewest: Math.min(...counts) });
		expect(widget.binnings!.tails.skewness).toBeCloseTo(0.47, 2);
	});

	it('cars cylinders, 4 bins: a nearly empty bin inside the range is a gap, not a tail, and the page does not say "no bin is nearly empty"', () => {
		const widget = page('src=cars&cat=origin&num=cylinders&bins=4');
		const x = binnedValues(widget);
		const counts = uniformCounts(x, 4);
		// cylinders 3–8 in widths of 1.25: 3 and 4 cylinders | 5 | 6 | 8 (no 7-cylinder car): 5 cylinders alone is the gap
		expect(counts[1]).toBeLessThan(x.length / 16);
		expect([counts[0], counts[3]].every((c) => c >= x.length / 16)).toBe(true);
		expect(widget.binnings!.tails).toMatchObject({ low: [], high: [], inner: [counts[1]] });
		// quantile edges at 0, 25, 50, 75, 100%: 3, 4, 4, 8, 8 cylinders (half the cars have 4): merged to 3, 4, 8, two bins, so the page does not say "every bin has data" of four
		expect(widget.binnings!.quantile.edges).toEqual([3, 4, 8]);
		expect(widget.binnings!.quantile.counts.length).toBeLessThan(4);
	});

	it('over every column of every source and k = 2…10: the bins called nearly empty are exactly those under a quarter of an even share', () => {
		for (const preset of presets) {
			for (const num of page(preset.params).numericNames) {
				for (let k = 2; k <= 10; k++) {
					const widget = page(join(preset.params, `num=${num}&bins=${k}`));
					if (!widget.binInput?.ok || widget.binnings!.uniform.edges[0] === -Infinity) continue;
					const x = binnedValues(widget);
					const quarter = x.length / k / 4;
					const counts = uniformCounts(x, k);
					const { low, high, inner } = widget.binnings!.tails;
					expect([...low, ...inner, ...high], `${num}, k = ${k}`).toEqual(counts.filter((c) => c < quarter));
				}
			}
		}
	});

	it('the tail question explains its own key: by hand on four shapes', () => {
		const shape = (low: number[], high: number[], skewness: number | null) => ({
			skewness,
			even: 40,
			low,
			high,
			inner: [],
			fewest: 1,
			nearThreshold: false
		});
		expect(tailReason(shape([], [3, 2], 1.8))).toBe(
			'A long right tail (positive skewness) stretches the range: the last 2 bins hold fewer than 10 rows.'
		);
		expect(tailReason(shape([4], [], -1.1))).toBe(
			'A long left tail (negative skewness) stretches the range: the first bin holds fewer than 10 rows.'
		);
		expect(tailReason(shape([1], [2], 0.1))).toBe(
			'Both ends thin out: the first bin holds fewer than 10 rows and the last bin holds fewer than 10 rows.'
		);
		expect(tailReason(shape([], [], 0.47))).toBe(
			'Every bin holds at least 10 rows: with skewness 0.47 the range is not stretched enough to empty one.'
		);
		// a skewness that rounds to zero from below reads 0.00, and a constant column has none
		expect(tailReason(shape([], [], -0.001))).toBe(
			'Every bin holds at least 10 rows: with skewness 0.00 the range is not stretched enough to empty one.'
		);
		expect(tailReason(shape([], [], null))).toBe(
			'Every bin holds at least 10 rows: with every value the same (skewness undefined) the range is not stretched enough to empty one.'
		);
	});

	it('cars horsepower, 4 bins: the right tail leaves the last bin nearly empty', () => {
		const widget = page('src=cars&cat=origin&num=horsepower');
		const x = binnedValues(widget);
		const counts = uniformCounts(x, 4);
		expect(counts[3]).toBeLessThan(x.length / 16);
		expect(widget.binnings!.tails.high).toEqual([counts[3]]);
		expect(widget.binnings!.tails.skewness!).toBeGreaterThan(0);
	});
});

describe('high cardinality: most columns are 1 on a handful of rows only when the counts say so', () => {
	it('the shop ZIP codes: more than half the categories occur fewer than 5 times', () => {
		const widget = page('src=shop&cat=zip');
		const counts = new Map<string, number>();
		for (const v of widget.values) counts.set(v!, (counts.get(v!) ?? 0) + 1);
		const rare = [...counts.values()].filter((c) => c < 5).length;
		expect(counts.size).toBeGreaterThan(20);
		expect(rare * 2).toBeGreaterThan(counts.size);
	});
});

describe('the questions', () => {
	for (const preset of [
		...presets,
		{ name: 'shop ZIP codes', params: 'src=shop&cat=zip&y=income&num=income' }
	]) {
		it(`${preset.name}: well formed for q = 1–6, half or more predict or scenario`, () => {
			for (let q = 1; q <= 6; q++)
				expectWellFormedQuestions(page(join(preset.params, `q=${q}`)).questions, encodingCodec.decode);
		});
	}

	it('tiny vocabularies (“Hello”, “a”, “”, “a a a”) on every source and n-gram choice: distinct terms, and every question well formed with distinct options', () => {
		for (const preset of presets) {
			for (const text of ['Hello', 'a', '', 'a a a', 'Hello. Hello']) {
				for (const ng of ['1', '2', '12']) {
					for (let q = 1; q <= 6; q++) {
						const widget = page(
							join(preset.params, new URLSearchParams({ text, ng, q: String(q) }).toString())
						);
						expect(widget.linkProblems).toEqual([]);
						expect(new Set(widget.bag.vocabulary).size).toBe(widget.bag.vocabulary.length);
						expect(widget.bag.vocabulary).toEqual(text.startsWith('Hello') && ng !== '2' ? ['hello'] : []);
						expectWellFormedQuestions(widget.questions, encodingCodec.decode);
					}
				}
			}
		}
	});

	it('each answer agrees with the changed state worked by hand', () => {
		for (const preset of presets) {
			for (const q of [1, 2, 3, 4]) {
				const widget = page(join(preset.params, `q=${q}`));
				const all = encodingQuestions(
					{
						input: widget.input,
						column: widget.column!.name,
						values: widget.values,
						counts: widget.counts,
						present: widget.present,
						order: widget.order,
						fit: widget.ordinalFit,
						target: { name: widget.target!, values: widget.targetValues! },
						encoder: widget.encoded,
						binned: {
							column: widget.binColumn!.name,
							x: binnedValues(widget),
							bins: widget.input.bins,
							...widget.binnings!
						},
						shop: widget.shop
					},
					q,
					100
				);
				const byId = (id: string) => all.find((question) => question.id === id)!;
				const opened = (id: string) => page(byId(id).see!.params);

				// 5 colours: 5 columns, or 4 with drop='first'
				const colours = byId('colours-one-hot');
				const colourState = opened('colours-one-hot');
				expect(new Set(colourState.values).size).toBe(5);
				expect(colours.answer).toBe(colourState.input.drop === 'first' ? 4 : 5);

				// an unseen value under 'ignore': as many zeros as the encoder has columns
				const unseen = byId('unseen-category');
				const seen = opened('unseen-category');
				expect(widget.counts.map((c) => c.category)).not.toContain(seen.input.nv);
				expect(unseen.answer).toBe(`${widget.encoded!.columns.length} columns, all 0`);

				// one split reaches only a leading range of the asked order
				const tree = byId('tree-grouping');
				const asked = opened('tree-grouping').order;
				const [left, right] = (tree.answer as string)
					.slice(1, -1)
					.split('} | {')
					.map((side) => side.split(', '));
				expect(left).toEqual(asked.slice(0, left.length));
				expect(right).toEqual(asked.slice(left.length));

				// the straight line on the recoded categories, fitted by hand: slope Sxy / Sxx
				const recoded = opened('reorder-rmse');
				const lineRmse = (state: EncodingState) => {
					const pairs = state.values.flatMap((c, i) =>
						c === null || state.targetValues![i] === null
							? []
							: [[state.order.indexOf(c), state.targetValues![i]!]]
					);
					const [mx, my] = [0, 1].map((j) => pairs.reduce((s, p) => s + p[j], 0) / pairs.length);
					const slope =
						pairs.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0) /
						pairs.reduce((s, [x]) => s + (x - mx) ** 2, 0);
					return Math.sqrt(
						pairs.reduce((s, [x, y]) => s + (y - my - slope * (x - mx)) ** 2, 0) / pairs.length
					);
				};
				const [before, after] = [lineRmse(widget), lineRmse(recoded)];
				const reversed = recoded.order.join() === [...widget.order].reverse().join();
				expect(byId('reorder-rmse').answer).toBe(
					reversed ? rmseOptions[2] : after > before ? rmseOptions[0] : rmseOptions[1]
				);

				// equal-width bins at the asked count, by hand
				const tail = byId('skew-tail');
				const binned = opened('skew-tail');
				const x = binnedValues(binned);
				const counts = uniformCounts(x, binned.input.bins);
				const quarter = x.length / binned.input.bins / 4;
				const [low, high] = [counts[0] < quarter, counts.at(-1)! < quarter];
				// a clear key: no bin within a quarter of the threshold, and no nearly empty bin inside the range (the options name the ends only)
				expect(
					counts.every((c) => Math.abs(c - quarter) >= quarter / 4),
					`${preset.name} q=${q}: ${counts}`
				).toBe(true);
				const sparse = counts.filter((c) => c < quarter).length;
				let ends = 0;
				for (let i = 0; i < counts.length && counts[i] < quarter; i++) ends++;
				for (let i = counts.length - 1; i >= ends && counts[i] < quarter; i--) ends++;
				expect(sparse).toBe(ends);
				// the explanation follows the key: it names the end it empties, or says none is emptied
				const reason: Record<string, RegExp> = {
					[tailOptions[0]]: /the last( \d+)? bins? holds? fewer/,
					[tailOptions[1]]: /the first( \d+)? bins? holds? fewer/,
					[tailOptions[2]]: /Both ends thin out/,
					[tailOptions[3]]: /Every bin holds at least/
				};
				expect(tail.explanation).toMatch(reason[tail.answer as string]);
				expect(tail.answer).toBe(
					low && high ? tailOptions[2] : high ? tailOptions[0] : low ? tailOptions[1] : tailOptions[3]
				);
				expect(binned.input.bins).not.toBe(widget.input.bins);

				const width = byId('uniform-width');
				const k = Number(/each of (\d+) equal-width bins/.exec(width.prompt)![1]);
				expect(k).not.toBe(widget.input.bins);
				expect(width.answer).toBeCloseTo((Math.max(...x) - Math.min(...x)) / k, 9);
			}
		}
	});

	it('rare grouping at min_frequency=10 on the shop ZIP codes, by hand', () => {
		const widget = page('src=shop&cat=zip');
		const counts = new Map<string, number>();
		for (const v of widget.values) counts.set(v!, (counts.get(v!) ?? 0) + 1);
		const rare = [...counts.values()].filter((c) => c < 10).length;
		const question = encodingQuestions(
			{
				input: widget.input,
				column: 'zip',
				values: widget.values,
				counts: widget.counts,
				present: widget.present,
				order: widget.order,
				fit: null,
				target: null,
				encoder: widget.encoded,
				binned: null,
				shop: widget.shop
			},
			1,
			100
		).find((q) => q.id === 'rare-grouping')!;
		expect(question.answer).toBe(counts.size - rare + 1);
	});
});
