/**
 * The data-splits story: every step at the state its link opens, over several data and split
 * seeds, holds its lesson, and each number its text quotes is worked out here again from the
 * data (counts by hand, k-NN and roc_auc_score without the widget's scoring code).
 */
import { describe, expect, it } from 'vitest';
import { trainValTestSplit } from '$lib/ml/split';
import { asScore } from '$lib/format/scoreText';
import { withDuplicates } from '$lib/widgets/data-splits/analysis';
import { splitsCodec } from '$lib/widgets/data-splits/codec';
import { SplitsState } from '$lib/widgets/data-splits/State.svelte';
import { splitsSteps } from '$lib/widgets/data-splits/steps';
import { leakTally } from '$lib/widgets/data-splits/seedRuns';
import { aucOn, dataOf, expectClean, mean, openStep, seeds1to50 } from './splitStoriesByHand';

const seeds = [1, 2, 3, 4];
/** The 50-seed run takes seconds on a shared machine. */
const slow = 60_000;

const storyState = (id: string, seed: number) => openStep(new SplitsState(), id, seed);

/** The step's settings over the defaults, with these seeds: the inputs the test rebuilds the data from. */
function inputOf(id: string, seed: number) {
	const step = splitsSteps.find((s) => s.id === id)!;
	return { ...splitsCodec.defaults(), ...step.settings, seed, dseed: seed };
}

describe('story: a rare class drifts, and stratifying keeps it', () => {
	it.each(seeds)(
		'seed %i: unstratified, the 20 test rows hold from none to a few of the 10 positives over split seeds 1–50',
		async (seed) => {
			const state = await storyState('rare-class', seed);
			const data = dataOf(inputOf('rare-class', seed));
			// 5% of 200 rows; the test part is ⌈0.1 × 200⌉ = 20 rows
			const positives = data.y.filter((v) => v === 1).length;
			expect(positives).toBe(10);
			const testPositives = (s: number) =>
				trainValTestSplit(200, { train: 0.8, val: 0.1, test: 0.1, seed: s, shuffle: true }).test.filter(
					(i) => data.y[i] === 1
				).length;
			const counts = seeds1to50.map(testPositives);
			const [lo, hi] = [Math.min(...counts), Math.max(...counts)];
			expect(lo).toBeLessThan(hi);
			const text = state.storyText!.text;
			expect(state.storyText!.holds).toBe(true);
			expect(text).toContain(
				`the 20 test rows hold ${testPositives(seed)} of the 10 positives on this split`
			);
			expect(text).toContain(`from ${lo} to ${hi} over split seeds 1–50, where the class share gives 1.0`);
			expectClean(text);
		},
		slow
	);

	it.each(seeds)(
		'seed %i: stratified, every split seed deals the test part exactly 10 × 20 ÷ 200 = 1 positive',
		async (seed) => {
			const state = await storyState('stratified', seed);
			const data = dataOf(inputOf('stratified', seed));
			const counts = seeds1to50.map(
				(s) =>
					trainValTestSplit(200, {
						train: 0.8,
						val: 0.1,
						test: 0.1,
						seed: s,
						shuffle: true,
						stratify: data.y
					}).test.filter((i) => data.y[i] === 1).length
			);
			expect(new Set(counts)).toEqual(new Set([1]));
			const text = state.storyText!.text;
			expect(state.storyText!.holds).toBe(true);
			expect(text).toBe(
				'Stratified, the 20 test rows hold 1 of the 10 positives: 1 on every split seed from 1 to 50, within one of 10 × 20 ÷ 200 = 1.0.'
			);
		},
		slow
	);
});

describe('story: time order', () => {
	it.each(seeds)(
		'seed %i: in time order every test row comes after the training rows; the in-order and shuffled test AUCs as quoted',
		async (seed) => {
			const state = await storyState('time-order', seed);
			const input = inputOf('time-order', seed);
			const data = dataOf(input);
			const k = input.k;
			// 80 / 10 / 10 of 500 rows in time order: the first 400 train, the last 50 test
			const train = Array.from({ length: 400 }, (_, i) => i);
			const test = Array.from({ length: 50 }, (_, i) => 450 + i);
			const inOrder = aucOn(data, train, test, k);
			expect(inOrder).not.toBeNull();
			const shuffled = seeds1to50
				.map((s) => trainValTestSplit(500, { train: 0.8, val: 0.1, test: 0.1, seed: s, shuffle: true }))
				.map((parts) => aucOn(data, parts.train, parts.test, k))
				.filter((v): v is number => v !== null);
			const text = state.storyText!.text;
			expect(state.storyText!.holds).toBe(true);
			expect(text).toContain(
				`the 50 test rows come after all 400 training rows, as in a forecast: test AUC ${asScore(inOrder)}.`
			);
			expect(text).toContain(`${asScore(mean(shuffled))} on average over split seeds 1–50`);
			expectClean(text);
		},
		slow
	);
});

describe('story: duplicated rows', () => {
	it.each(seeds)(
		'seed %i: with k = 1 the copies lift the test AUC on average over split seeds 1–50',
		async (seed) => {
			const state = await storyState('duplicates', seed);
			const clean = dataOf(inputOf('duplicates', seed));
			const data = withDuplicates(clean, seed);
			// 30% of 200 rows copied, appended after the originals
			expect(data.copies).toBe(60);
			const pair = (s: number) => {
				const parts = trainValTestSplit(260, { train: 0.8, val: 0.1, test: 0.1, seed: s, shuffle: true });
				const original = (rows: number[]) => rows.filter((i) => i < 200);
				return {
					leaky: aucOn(data, parts.train, parts.test, 1),
					clean: aucOn(data, original(parts.train), original(parts.test), 1)
				};
			};
			const here = pair(seed);
			const both = seeds1to50
				.map(pair)
				.filter((p): p is { leaky: number; clean: number } => p.leaky !== null && p.clean !== null);
			const [leakyMean, cleanMean] = [mean(both.map((p) => p.leaky)), mean(both.map((p) => p.clean))];
			expect(leakyMean).toBeGreaterThan(cleanMean);
			// the leak panel's "raised it on N of M splits": the seeds counted here, from the AUCs above
			const raised = both.filter((p) => p.leaky > p.clean).length;
			const lowered = both.filter((p) => p.leaky < p.clean).length;
			const summary = state.summary!.duplicates!;
			expect(summary).toMatchObject({ raised, lowered, count: both.length, raisedMean: true });
			expect(leakTally(summary)).toBe(
				`raised it on ${raised} of ${both.length} splits` +
					(lowered > 0 ? ` and lowered it on ${lowered}` : '')
			);
			const text = state.storyText!.text;
			expect(state.storyText!.holds).toBe(true);
			expect(text).toContain('60 copied rows and k = 1');
			expect(text).toContain(
				`Test AUC ${asScore(here.leaky)} with the copies, ${asScore(here.clean)} without`
			);
			expect(text).toContain(`${asScore(leakyMean)} against ${asScore(cleanMean)}`);
			expectClean(text);
		},
		slow
	);
});

describe('the steps and their links', () => {
	it('each step link opens that step, and the default page is on none', () => {
		const state = new SplitsState();
		state.load(new URLSearchParams(''));
		expect(state.storyStep).toBeNull();
		for (const step of state.steps) {
			const opened = new SplitsState();
			opened.load(new URLSearchParams(state.stepLink(step).slice(1)));
			expect(opened.storyStep?.id, step.id).toBe(step.id);
			expect(opened.linkProblems).toEqual([]);
		}
	});

	it('a step whose numbers need the 50-seed run says nothing until it is in', () => {
		const state = new SplitsState();
		state.load(new URLSearchParams(state.stepLink(state.steps.find((s) => s.id === 'time-order')!).slice(1)));
		expect(state.storyStep?.id).toBe('time-order');
		expect(state.storyText).toBeNull();
	});
});
