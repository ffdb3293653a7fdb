/**
 * The outliers story: every step at the state its link opens (over several seeds where the seed
 * draws the data). Each number a step's text quotes is worked out here by hand from the column's
 * values (quartiles by linear interpolation as NumPy's percentile, moments with ddof 0 as
 * scipy), not read back from the widget.
 */
import { describe, expect, it } from 'vitest';
import { formatValue } from '$lib/format/format';
import type { OutliersState } from '$lib/widgets/outliers/State.svelte';
import { powerfulCar, smallSample } from '$lib/widgets/outliers/story';
import { outliersPage } from './outliersPage';

const ids = ['disagree', 'one-point', 'remove', 'log', 'small-sample'];

/** The page after a click on step `id`, then (when given) its seed set. */
function stepPage(id: string, seed?: number): OutliersState {
	const page = outliersPage('');
	page.applyStep(page.steps.find((step) => step.id === id)!);
	if (seed !== undefined) page.input.seed = seed;
	expect(page.storyStep?.id).toBe(id);
	return page;
}

/** The cars table's horsepower as the page reads it (the rows with horsepower and mpg), by hand. */
const horsepower = () => outliersPage('').base!.x.slice();

function quantile(values: number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	const position = p * (sorted.length - 1);
	const low = Math.floor(position);
	const high = Math.min(low + 1, sorted.length - 1);
	return sorted[low] + (position - low) * (sorted[high] - sorted[low]);
}
const mean = (x: number[]) => x.reduce((sum, v) => sum + v, 0) / x.length;
const moment = (x: number[], k: number) => mean(x.map((v) => (v - mean(x)) ** k));
const std = (x: number[]) => Math.sqrt(moment(x, 2));
const skewness = (x: number[]) => moment(x, 3) / moment(x, 2) ** 1.5;
function fences(x: number[], k: number): [number, number] {
	const [q1, q3] = [quantile(x, 0.25), quantile(x, 0.75)];
	return [q1 - k * (q3 - q1), q3 + k * (q3 - q1)];
}
const outside = (x: number[], [low, high]: [number, number]) => x.map((v) => v < low || v > high);
const values = (n: number) => (n === 1 ? '1 value' : `${n} values`);

describe('outliers story', () => {
	it('each step link opens that step (no step shadows another)', () => {
		for (const id of ids) {
			const link = outliersPage('').stepLink(outliersPage('').steps.find((s) => s.id === id)!);
			expect(outliersPage(link.slice(1)).storyStep?.id, id).toBe(id);
		}
	});

	it('two rules disagree: the fences flag values on horsepower the z cut-off of 3 does not', () => {
		const x = horsepower();
		const byIqr = outside(x, fences(x, 1.5));
		const byZ = outside(x, [mean(x) - 3 * std(x), mean(x) + 3 * std(x)]);
		const count = (flags: boolean[]) => flags.filter(Boolean).length;
		const iqrOnly = x.filter((_, i) => byIqr[i] && !byZ[i]).length;
		const zOnly = x.filter((_, i) => byZ[i] && !byIqr[i]).length;
		expect(iqrOnly + zOnly).toBeGreaterThan(0);
		const story = stepPage('disagree').storyText!;
		expect(story.holds).toBe(true);
		expect(story.text).toContain(
			`the IQR fences (k = 1.5) flag ${values(count(byIqr))}, the z cut-off of 3 flags ${values(count(byZ))}`
		);
		expect(story.text).toContain(`${values(iqrOnly)} flagged by the fences only`);
		if (zOnly === 0) expect(story.text).not.toContain('by the z rule only');
	});

	it('one point drags the mean further than the median', () => {
		const x = horsepower();
		const withPoint = [...x, powerfulCar[0]];
		const medianMoved = Math.abs(quantile(withPoint, 0.5) - quantile(x, 0.5));
		expect(mean(withPoint) - mean(x)).toBeGreaterThan(medianMoved);
		const story = stepPage('one-point').storyText!;
		expect(story.holds).toBe(true);
		expect(story.text).toContain(
			`With your one point the mean goes from ${formatValue(mean(x))} to ${formatValue(mean(withPoint))}`
		);
		expect(story.text).toContain(
			`the median goes from ${formatValue(quantile(x, 0.5))} to ${formatValue(quantile(withPoint, 0.5))}`
		);
	});

	it('removing the rows outside the fences lowers the mean and the skewness', () => {
		const x = horsepower();
		const flagged = outside(x, fences(x, 1.5));
		const kept = x.filter((_, i) => !flagged[i]);
		expect(skewness(kept)).toBeLessThan(skewness(x));
		const story = stepPage('remove').storyText!;
		expect(story.holds).toBe(true);
		expect(story.text).toContain(
			`Removing the ${values(x.length - kept.length)} outside the fences moves the mean from ${formatValue(mean(x))} to ${formatValue(mean(kept))} and the skewness from ${formatValue(skewness(x))} to ${formatValue(skewness(kept))}`
		);
	});

	it('a log transform shortens the right tail', () => {
		const x = horsepower();
		const logged = x.map(Math.log1p);
		expect(skewness(x)).toBeGreaterThan(0.5);
		expect(Math.abs(skewness(logged))).toBeLessThan(skewness(x));
		const story = stepPage('log').storyText!;
		expect(story.holds).toBe(true);
		expect(story.text).toContain(
			`the skewness goes from ${formatValue(skewness(x))} to ${formatValue(skewness(logged))}`
		);
	});

	it.each([1, 2, 3, 4, 5])(
		'seed %i, too few values: no z-score of 11 values passes √10, so 3.5 flags nothing; the fences flag the point',
		(seed) => {
			const page = stepPage('small-sample', seed);
			const x = page.data!.x;
			expect(x).toHaveLength(11);
			expect(x[10]).toBe(smallSample.pt[0]);
			const z = x.map((v) => Math.abs(v - mean(x)) / std(x));
			expect(Math.max(...z)).toBeLessThanOrEqual(Math.sqrt(10));
			expect(Math.max(...z)).toBeLessThan(3.5);
			expect(outside(x, fences(x, 1.5))[10]).toBe(true);
			const story = page.storyText!;
			expect(story.holds).toBe(true);
			expect(story.text).toContain(
				`With 11 values no z-score can pass √(n − 1) = ${formatValue(Math.sqrt(10))}, so the cut-off of 3.5 flags nothing, not even your point at 500; the IQR fences flag it.`
			);
		}
	);

	it('no step says NaN, undefined or Infinity, and the point step follows a dragged point', () => {
		for (const id of ids) {
			const text = stepPage(id, 1).storyText?.text ?? '';
			expect(text.length, id).toBeGreaterThan(40);
			expect(text, id).not.toMatch(/NaN|Infinity|undefined/);
		}
		const page = stepPage('one-point');
		page.movePoint(900, 20);
		expect(page.storyStep?.id).toBe('one-point');
		expect(page.storyText?.text).toContain(`to ${formatValue(mean([...horsepower(), 900]))}`);
		page.input.treat = 'cap';
		expect(page.storyStep).toBeNull();
	});
});
