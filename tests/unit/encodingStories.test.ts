/**
 * The encoding page's story: every step, opened as its link opens it (the real tables loaded as
 * the browser loads them), is the step on screen, its lesson holds, and every number its
 * sentence quotes is recomputed here by hand from the table's columns. No seed is involved (the
 * shop table is generated from a fixed one); the free ordinal order is tried in every arrangement.
 */
import { describe, expect, it } from 'vitest';
import type { Table } from '$lib/data/table';
import { formatCount } from '$lib/format/format';
import { show } from '$lib/widgets/encoding/quiz';
import { shopTable } from '$lib/widgets/encoding/shopTable';
import { EncodingState } from '$lib/widgets/encoding/State.svelte';
import { openTablePage, realTables } from './tablePage';

/** The state a step's link opens, read by a fresh page. */
function opened(id: string, extra = ''): EncodingState {
	const page = new EncodingState();
	const step = page.steps.find((s) => s.id === id)!;
	const query = page.stepLink(step).slice(1);
	return openTablePage(() => new EncodingState(), extra ? `${query}&${extra}` : query);
}

/** A column's values, read straight from the table (as loaded), not through the state. */
const columnOf = (table: Table | undefined, name: string): readonly (number | string | null)[] =>
	table!.columns.find((c) => c.name === name)!.values;

function expectClean(text: string) {
	expect(text).not.toMatch(/NaN|undefined|Infinity|null/);
}

describe('the encoding story', () => {
	it('has 3–5 steps with distinct ids, each the step on screen when applied on the page', () => {
		const state = openTablePage(() => new EncodingState());
		expect(state.steps.length).toBeGreaterThanOrEqual(3);
		expect(state.steps.length).toBeLessThanOrEqual(5);
		expect(new Set(state.steps.map((s) => s.id)).size).toBe(state.steps.length);
		for (const step of [...state.steps, ...[...state.steps].reverse()]) {
			state.applyStep(step);
			expect(state.storyStep?.id).toBe(step.id);
		}
	});

	it('says nothing while the table loads', () => {
		const state = new EncodingState();
		state.applyStep(state.steps[0]);
		expect(state.storyStep?.id).toBe('order');
		expect(state.storyText).toBeNull();
	});

	describe('order: one line over the codes against a mean per island, in every order of the islands', () => {
		const island = columnOf(realTables.penguins, 'island') as (string | null)[];
		const mass = columnOf(realTables.penguins, 'body_mass_g') as (number | null)[];
		const rows = island.flatMap((c, i) => (c !== null && mass[i] !== null ? [{ c, y: mass[i] }] : []));
		const sorted = ['Biscoe', 'Dream', 'Torgersen'];
		const orders = [
			[0, 1, 2],
			[0, 2, 1],
			[1, 0, 2],
			[1, 2, 0],
			[2, 0, 1],
			[2, 1, 0]
		];
		it.each(orders)('order %i.%i.%i', (...positions) => {
			const state = opened('order', `ord=${positions.join('.')}`);
			expect(state.storyStep?.id).toBe('order');
			const order = positions.map((p) => sorted[p]);
			// by hand: x = the code, least squares y = a + b·x, and each island's own mean
			const xs = rows.map((r) => order.indexOf(r.c));
			const ys = rows.map((r) => r.y);
			const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
			const [mx, my] = [mean(xs), mean(ys)];
			const b =
				xs.reduce((s, x, i) => s + (x - mx) * (ys[i] - my), 0) / xs.reduce((s, x) => s + (x - mx) ** 2, 0);
			const a = my - b * mx;
			const groupMean = (c: string) => mean(rows.filter((r) => r.c === c).map((r) => r.y));
			const rmse = (predict: (i: number) => number) =>
				Math.sqrt(mean(ys.map((y, i) => (y - predict(i)) ** 2)));
			const rmseLine = rmse((i) => a + b * xs[i]);
			const rmseOneHot = rmse((i) => groupMean(rows[i].c));
			expect(rmseLine).toBeGreaterThan(rmseOneHot);
			const story = state.storyText!;
			expect(story.holds).toBe(true);
			expect(story.text).toBe(
				`The codes ${order[0]} = 0, ${order[1]} = 1, ${order[2]} = 2 tell a linear model that ${order[1]} lies between ${order[0]} and ${order[2]}. ` +
					`Its one line over the codes predicts body_mass_g with RMSE ${show(rmseLine)}; one-hot, a mean per island, with ${show(rmseOneHot)}. Move the categories and watch the line.`
			);
			expectClean(story.text);
		});
	});

	it('unseen: “Anvers” under ignore is all zeros, the row of the dropped first island', () => {
		const state = opened('unseen');
		expect(state.storyStep?.id).toBe('unseen');
		const islands = new Set(columnOf(realTables.penguins, 'island') as (string | null)[]);
		// three islands, none missing; sorted, the first (dropped) is Biscoe, leaving 2 columns
		expect([...islands].sort()).toEqual(['Biscoe', 'Dream', 'Torgersen']);
		const story = state.storyText!;
		expect(story.holds).toBe(true);
		expect(story.text).toBe(
			"“Anvers” is none of the 3 values of island the encoder learned. With handle_unknown='ignore' it becomes [0, 0], the very row of the dropped “Biscoe”: the model cannot tell them apart."
		);
		expectClean(story.text);
	});

	it('cardinality: the shop’s ZIP codes make hundreds of columns, most of them rare', () => {
		const state = opened('cardinality');
		expect(state.storyStep?.id).toBe('cardinality');
		const zips = columnOf(shopTable(), 'zip') as string[];
		const rowsPer = new Map<string, number>();
		for (const z of zips) rowsPer.set(z, (rowsPer.get(z) ?? 0) + 1);
		const k = rowsPer.size;
		const rare = [...rowsPer.values()].filter((count) => count < 5).length;
		expect(k).toBeGreaterThan(20);
		expect(rare * 2).toBeGreaterThan(k);
		const story = state.storyText!;
		expect(story.holds).toBe(true);
		expect(story.text).toBe(
			`One-hot makes ${formatCount(k)} columns for zip: ${formatCount(zips.length)} rows × ${formatCount(k)} = ${formatCount(zips.length * k)} cells, ${show(100 - 100 / k)}% of them 0. ` +
				`${formatCount(rare)} of the ${formatCount(k)} values occur on fewer than 5 rows, too few to learn a weight from.`
		);
		expectClean(story.text);
	});

	it('skew: horsepower’s equal-width bins leave the last nearly empty, quantile bins share the rows out', () => {
		const state = opened('skew');
		expect(state.storyStep?.id).toBe('skew');
		const x = (columnOf(realTables.cars, 'horsepower') as (number | null)[]).filter((v) => v !== null);
		const n = x.length;
		const k = 4;
		// Fisher's g1 = m3 / m2^1.5 with population moments
		const m = x.reduce((s, v) => s + v, 0) / n;
		const m2 = x.reduce((s, v) => s + (v - m) ** 2, 0) / n;
		const m3 = x.reduce((s, v) => s + (v - m) ** 3, 0) / n;
		const g1 = m3 / m2 ** 1.5;
		// bins: a value on an inner edge goes to the bin above, the maximum stays in the last
		const binCounts = (edges: number[]) => {
			const counts = new Array<number>(k).fill(0);
			for (const v of x) {
				let bin = edges.slice(1, -1).filter((e) => v >= e).length;
				bin = Math.min(bin, k - 1);
				counts[bin]++;
			}
			return counts;
		};
		const [min, max] = [Math.min(...x), Math.max(...x)];
		const uniform = binCounts(Array.from({ length: k + 1 }, (_, i) => min + (i * (max - min)) / k));
		// NumPy's linear quantile: position (n − 1)·q among the sorted values, interpolated
		const s = [...x].sort((a, b) => a - b);
		const q = (p: number) => {
			const pos = (n - 1) * p;
			const lo = Math.floor(pos);
			return s[lo] + (pos - lo) * ((s[Math.min(lo + 1, n - 1)] ?? s[lo]) - s[lo]);
		};
		const quantile = binCounts(Array.from({ length: k + 1 }, (_, i) => q(i / k)));
		const even = n / k;
		expect(g1).toBeGreaterThan(0.5);
		expect(uniform[k - 1]).toBeLessThan(even / 4);
		expect(uniform[k - 2]).toBeGreaterThanOrEqual(even / 4);
		const range = (c: number[]) => `${formatCount(Math.min(...c))} to ${formatCount(Math.max(...c))}`;
		const story = state.storyText!;
		expect(story.holds).toBe(true);
		expect(story.text).toBe(
			`horsepower has a long right tail (skewness ${g1.toFixed(2)}): equal-width bins hold ${range(uniform)} rows, the last holds only ${formatCount(uniform[k - 1])}. ` +
				`Quantile bins hold ${range(quantile)} rows each, at the price of unequal widths.`
		);
		expectClean(story.text);
	});

	it('a link shared before the story (no step fields) still opens the same state', () => {
		const state = openTablePage(() => new EncodingState(), 'src=cars&cat=origin&y=mpg&num=horsepower&bins=7');
		expect(state.input).toMatchObject({ src: 'cars', cat: 'origin', y: 'mpg', num: 'horsepower', bins: 7 });
		expect(state.storyStep).toBeNull();
	});
});
