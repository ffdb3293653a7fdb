/**
 * The cross-validation story: every step at the state its link opens, over several data and
 * shuffle seeds, holds its lesson, and each number its text quotes is worked out here again
 * (fold sizes by hand, k-NN and roc_auc_score without the widget's scoring code).
 */
import { describe, expect, it } from 'vitest';
import { topFeaturesByCorrelation } from '$lib/ml/featureSelection';
import { columnsChosenOnAllRows, makeWideTable } from '$lib/ml/selectionLeak';
import { kFold, stratifiedKFold, type Fold } from '$lib/ml/split';
import type { SplitData } from '$lib/ml/splitDatasets';
import { asScore } from '$lib/format/scoreText';
import { cvCodec } from '$lib/widgets/cross-validation/codec';
import { CvState } from '$lib/widgets/cross-validation/State.svelte';
import { cvSteps } from '$lib/widgets/cross-validation/steps';
import { aucOn, dataOf, expectClean, mean, openStep } from './splitStoriesByHand';

const seeds = [1, 2, 3, 4];
const slow = 60_000;

const storyState = (id: string, seed: number) => openStep(new CvState(), id, seed);

function inputOf(id: string, seed: number) {
	const step = cvSteps.find((s) => s.id === id)!;
	return { ...cvCodec.defaults(), ...step.settings, seed, dseed: seed };
}

/** AUC of k-NN on a fold's test rows, fitted on its training rows. */
const foldAuc = (data: SplitData, fold: Fold, k: number) => aucOn(data, fold.train, fold.test, k);

describe('story: 5 folds of 103 rows', () => {
	it.each(seeds)(
		'seed %i: 103 = 20 × 5 + 3, so 3 folds of 21 and 2 of 20, each row tested once',
		async (seed) => {
			const state = await storyState('fold-sizes', seed);
			expect(state.folds.map((f) => f.test.length)).toEqual([21, 21, 21, 20, 20]);
			expect(
				state.folds
					.flatMap((f) => f.test)
					.sort((a, b) => a - b)
					.join()
			).toBe(Array.from({ length: 103 }, (_, i) => i).join());
			expect(state.storyText).toEqual({
				holds: true,
				text: '103 = 20 × 5 + 3, so 3 test folds of 21 rows and 2 of 20. Each row is tested once, by the one of the 5 fits that did not train on it.'
			});
		},
		slow
	);

	it('is the step the default page opens on', () => {
		const state = new CvState();
		state.load(new URLSearchParams(''));
		expect(state.storyStep?.id).toBe('fold-sizes');
	});
});

describe('story: each fold is one noisy score', () => {
	it.each(seeds)(
		'seed %i: 10 stratified folds, every one scored, their AUCs at least 0.1 apart; the range and mean ± sd as quoted',
		async (seed) => {
			const state = await storyState('fold-spread', seed);
			const input = inputOf('fold-spread', seed);
			const data = dataOf(input);
			const aucs = stratifiedKFold(data.y, 10, { shuffle: true, seed }).map((f) => foldAuc(data, f, input.k));
			expect(aucs.every((a) => a !== null)).toBe(true);
			const values = aucs as number[];
			const [lo, hi] = [Math.min(...values), Math.max(...values)];
			expect(hi - lo).toBeGreaterThanOrEqual(0.1);
			const m = mean(values);
			// NumPy's default standard deviation: divide by the count
			const sd = Math.sqrt(mean(values.map((v) => (v - m) ** 2)));
			const text = state.storyText!.text;
			expect(state.storyText!.holds).toBe(true);
			expect(text).toContain(`The 10 fold AUCs run from ${asScore(lo)} to ${asScore(hi)}`);
			expect(text).toContain(`their mean, ${asScore(m)} ± ${asScore(sd)}.`);
			expectClean(text);
		},
		slow
	);
});

describe('story: a rare class needs stratifying', () => {
	it.each(seeds)(
		'seed %i: plain 10-fold on 100 rows with 10 positives leaves some folds without a positive',
		async (seed) => {
			const state = await storyState('rare-class', seed);
			const data = dataOf(inputOf('rare-class', seed));
			expect(data.y.filter((v) => v === 1).length).toBe(10);
			const noPositive = kFold(100, 10, { shuffle: true, seed }).filter((f) =>
				f.test.every((i) => data.y[i] === 0)
			).length;
			expect(noPositive).toBeGreaterThan(0);
			const text = state.storyText!.text;
			expect(state.storyText!.holds).toBe(true);
			expect(text).toContain(`Plain k-fold leaves ${noPositive} of 10 test folds without a positive`);
			expect(text).toContain('With 10 positives for 10 folds');
			expectClean(text);
		},
		slow
	);
});

describe('story: time order', () => {
	it.each(seeds)(
		'seed %i: 5 splits of 103 rows test blocks of ⌊103 / 6⌋ = 17 after their training rows; the first 18 never tested',
		async (seed) => {
			const state = await storyState('time-series', seed);
			expect(state.folds.map((f) => f.test.length)).toEqual([17, 17, 17, 17, 17]);
			// the pooled headline's "out-of-fold scores": 5 × 17 = 103 − 18
			expect(state.tested).toBe(85);
			for (const fold of state.folds) expect(Math.max(...fold.train)).toBeLessThan(Math.min(...fold.test));
			expect(state.storyText).toEqual({
				holds: true,
				text: 'Each of the 5 splits tests a block of 17 rows and trains only on the rows before it; the first 18 are never tested. Shuffled k-fold would train on rows from after the ones it tests, which a forecast never has.'
			});
		},
		slow
	);
});

describe('story: feature selection before the folds', () => {
	it.each(seeds)(
		'seed %i: on pure noise, features chosen on all rows lift the 5-fold AUC by 0.15 or more over features chosen inside each fold',
		async (seed) => {
			const state = await storyState('leak', seed);
			const table = makeWideTable(seed);
			const leakyColumns = columnsChosenOnAllRows(table);
			const project = (columns: number[]) => ({
				X: table.X.map((row) => columns.map((j) => row[j])),
				y: table.y
			});
			const folds = kFold(table.y.length, 5, { shuffle: true, seed });
			const clean = mean(
				folds.map((f) => foldAuc(project(topFeaturesByCorrelation(table.X, table.y, 50, f.train)), f, 5)!)
			);
			const leaky = mean(folds.map((f) => foldAuc(project(leakyColumns), f, 5)!));
			expect(leaky - clean).toBeGreaterThanOrEqual(0.15);
			// the leak panel says the score rose on data with no signal
			expect(state.leakRaised).toBe(true);
			const text = state.storyText!.text;
			expect(state.storyText!.holds).toBe(true);
			expect(text).toContain(`cross-validate to AUC ${asScore(clean)}`);
			expect(text).toContain(`chosen once on all rows first, ${asScore(leaky)}`);
			expectClean(text);
		},
		slow
	);
});

describe('the steps and their links', () => {
	it('each step link opens that step with no link problem', () => {
		const state = new CvState();
		state.load(new URLSearchParams(''));
		for (const step of state.steps) {
			const opened = new CvState();
			opened.load(new URLSearchParams(state.stepLink(step).slice(1)));
			expect(opened.storyStep?.id, step.id).toBe(step.id);
			expect(opened.linkProblems).toEqual([]);
		}
	});
});
