/**
 * The missing-values story: every step opened as its link or a click opens it, at several
 * seeds, says what the numbers show. Each number a step quotes is recomputed here from the
 * engine's primitives (punchHoles, knnImpute) and plain sums, not from the widget's analysis.
 */
import { describe, expect, it } from 'vitest';
import { knnImpute } from '$lib/ml/knnImpute';
import { punchHoles, type Mechanism } from '$lib/ml/missingness';
import type { StudyData } from '$lib/widgets/missing-data/analysis';
import { verdictSeeds } from '$lib/widgets/missing-data/bias';
import { missingCodec } from '$lib/widgets/missing-data/codec';
import { show, signed } from '$lib/widgets/missing-data/quiz';
import { MissingState } from '$lib/widgets/missing-data/State.svelte';
import { openTablePage } from './tablePage';

const seeds = [1, 2, 3, 4];

const average = (x: readonly number[]) => x.reduce((s, v) => s + v, 0) / x.length;
/** Population standard deviation (ddof 0), as the page's σ. */
const sd = (x: readonly number[]) => Math.sqrt(average(x.map((v) => (v - average(x)) ** 2)));
const correlation = (x: readonly number[], y: readonly number[]) => {
	const [mx, my] = [average(x), average(y)];
	const cov = x.reduce((s, v, i) => s + (v - mx) * (y[i] - my), 0);
	const vx = x.reduce((s, v) => s + (v - mx) ** 2, 0);
	const vy = y.reduce((s, v) => s + (v - my) ** 2, 0);
	return cov / Math.sqrt(vx * vy);
};
const times = (ratio: number) => `×${ratio.toFixed(2)}`;

/** The page at step `id` (opened as a click on the step does), then its seed set. */
function storyState(id: string, seed: number): MissingState {
	const state = openTablePage(() => new MissingState(), '');
	state.applyStep(state.steps.find((step) => step.id === id)!);
	state.input.seed = seed;
	expect(state.storyStep?.id).toBe(id);
	return state;
}

/** The studied column with the holes a mechanism punches at 30%, by hand. */
function holes(data: StudyData, mechanism: Mechanism, seed: number, rate = 0.3): (number | null)[] {
	const punched = new Set(punchHoles(data.values, { mechanism, rate, seed, driver: data.driver }));
	return data.values.map((v, p) => (punched.has(p) ? null : v));
}
const present = (x: readonly (number | null)[]) => x.filter((v): v is number => v !== null);
const meanFilled = (after: readonly (number | null)[]) => {
	const m = average(present(after));
	return after.map((v) => v ?? m);
};
const knnFilled = (data: StudyData, after: readonly (number | null)[]) =>
	knnImpute(
		after.map((v, p) => [v, data.driver[p]]),
		{ nNeighbors: 5 }
	).X.map((row) => row[0]);

/** Dropping rows over the verdict's seeds: the average of kept mean − true mean, and its standard error. */
function averageBias(data: StudyData, mechanism: Mechanism, seed: number) {
	const truth = average(present(data.values));
	const biases = verdictSeeds(seed).map((s) => average(present(holes(data, mechanism, s))) - truth);
	const m = average(biases);
	const se = Math.sqrt(biases.reduce((t, b) => t + (b - m) ** 2, 0) / (biases.length - 1) / biases.length);
	return { m, se, systematic: Math.abs(m) > 4 * se };
}

function expectClean(text: string) {
	expect(text).not.toMatch(/NaN|Infinity|undefined|null/);
}

describe('missing-values story', () => {
	it('has 3–5 steps, each link opening its own step', () => {
		const state = openTablePage(() => new MissingState(), '');
		expect(state.steps.length).toBeGreaterThanOrEqual(3);
		expect(state.steps.length).toBeLessThanOrEqual(5);
		for (const step of state.steps) {
			const opened = openTablePage(() => new MissingState(), state.stepLink(step).slice(1));
			expect(opened.storyStep?.id).toBe(step.id);
			expect(missingCodec.encode(opened.input).toString()).toBe(state.stepLink(step).slice(1));
		}
	});

	it.each(seeds)('seed %i, the mean fills a spike: σ and r fall, by the numbers the step quotes', (seed) => {
		const state = storyState('mean-shrinks', seed);
		const data = state.data!;
		const story = state.storyText!;
		const after = holes(data, 'mcar', seed);
		const truth = present(data.values);
		const truthDriver = data.driver.filter((_, p) => data.values[p] !== null);
		const filled = meanFilled(after);
		const gaps = after.filter((v) => v === null).length;
		const [trueStd, afterStd] = [sd(truth), sd(filled)];
		const [rBefore, rAfter] = [correlation(truth, truthDriver), correlation(filled, data.driver)];
		expect(afterStd).toBeLessThan(trueStd);
		expect(Math.abs(rAfter)).toBeLessThan(Math.abs(rBefore));
		expect(story.holds).toBe(true);
		expect(story.text).toContain(
			`${gaps.toLocaleString('en-US')} gaps get the mean, ${show(average(present(after)))}`
		);
		expect(story.text).toContain(
			`σ falls from ${show(trueStd)} to ${show(afterStd)} (${times(afterStd / trueStd)} of the truth)`
		);
		expect(story.text).toContain(`r with flipper_length_mm from ${show(rBefore)} to ${show(rAfter)}`);
		expectClean(story.text);
	});

	it.each(seeds)('seed %i, dropping rows at random: the kept mean is off by noise only', (seed) => {
		const state = storyState('drop-at-random', seed);
		const data = state.data!;
		const story = state.storyText!;
		const verdict = averageBias(data, 'mcar', seed);
		expect(verdict.systematic).toBe(false);
		expect(story.holds).toBe(true);
		expect(story.text).toContain(
			`the rows kept average ${show(average(present(holes(data, 'mcar', seed))))} against the true ${show(average(present(data.values)))}`
		);
		expect(story.text).toContain(`averages ${signed(verdict.m)} ± ${show(verdict.se)}: noise, not a bias`);
		expectClean(story.text);
	});

	it.each(seeds)('seed %i, dropping rows not at random: the kept mean is biased low', (seed) => {
		const state = storyState('drop-not-at-random', seed);
		const data = state.data!;
		const story = state.storyText!;
		const verdict = averageBias(data, 'mnar', seed);
		expect(verdict.systematic).toBe(true);
		expect(verdict.m).toBeLessThan(0);
		expect(story.holds).toBe(true);
		expect(story.text).toContain(
			`the rows kept average ${show(average(present(holes(data, 'mnar', seed))))} against the true ${show(average(present(data.values)))}`
		);
		expect(story.text).toContain(`averages ${signed(verdict.m)} ± ${show(verdict.se)}: a bias, not noise`);
		expectClean(story.text);
	});

	it.each(seeds)('seed %i, k-NN under MAR: a smaller error and more spread than the mean', (seed) => {
		const state = storyState('knn-follows', seed);
		const data = state.data!;
		const story = state.storyText!;
		const truth = average(present(data.values));
		const after = holes(data, 'mar', seed);
		const observedStd = sd(present(after));
		const [dropBias, knnBias] = [average(present(after)) - truth, average(knnFilled(data, after)) - truth];
		const [knnRatio, meanRatio] = [
			sd(knnFilled(data, after)) / observedStd,
			sd(meanFilled(after)) / observedStd
		];
		expect(Math.abs(knnBias)).toBeLessThan(Math.abs(dropBias));
		expect(Number(knnRatio.toFixed(2))).toBeGreaterThan(Number(meanRatio.toFixed(2)));
		expect(story.holds).toBe(true);
		expect(story.text).toContain(`from ${signed(dropBias)} (dropping rows) to ${signed(knnBias)}`);
		expect(story.text).toContain(
			`σ is ${times(knnRatio)} of the observed values' σ, against ${times(meanRatio)} with the mean`
		);
		expectClean(story.text);
	});

	it('a step stays while the rate moves and goes when its method changes', () => {
		const state = storyState('drop-not-at-random', 1);
		state.input.rate = 0.5;
		expect(state.storyStep?.id).toBe('drop-not-at-random');
		expect(state.storyText?.holds).toBe(true);
		state.input.method = 'mean';
		expect(state.storyStep).toBeNull();
	});
});
