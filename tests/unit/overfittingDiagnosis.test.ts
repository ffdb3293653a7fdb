/**
 * The one rule per tab that says "overfitting" or "underfitting" (diagnosis.ts), on hand-made
 * cases at its edges, and the polynomial verdict on the state the page builds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	diagnoseFit,
	diagnoseRun,
	overfittingCures,
	readFit,
	runVerdict,
	summarizeRun,
	underfittingCures,
	type RunSummary
} from '$lib/widgets/overfitting/diagnosis';
import { OverfittingState } from '$lib/widgets/overfitting/State.svelte';

/** A summary of a two-class run at epoch 120 whose lowest validation loss was 0.30 at epoch 40, training loss 0.25 then; edits on top. */
const run = (edits: Partial<RunSummary> & { lastTrain?: number; lastVal?: number }): RunSummary => ({
	best: { epoch: 40, trainLoss: 0.25, valLoss: 0.3 },
	last: { epoch: 120, trainLoss: edits.lastTrain ?? 0.05, valLoss: edits.lastVal ?? 0.45 },
	recentLowestVal: 0.4,
	trainLossBefore: 0.07,
	classes: 2,
	...edits
});

describe('the network rule', () => {
	// overfitting: the last 10 epochs' lowest validation loss above 1.25 × 0.30 = 0.375 and 0.05 above it, training loss below its 0.25 at the best epoch
	it.each([
		{ name: 'validation held at 0.40 > 0.375, training fell', input: run({}), expected: 'overfitting' },
		{
			name: 'validation dipped to 0.37 < 0.375 within the window',
			input: run({ recentLowestVal: 0.37 }),
			expected: 'neither'
		},
		{ name: 'a run shorter than the window', input: run({ recentLowestVal: null }), expected: 'neither' },
		{
			name: 'training loss rose too (0.26 > 0.25): not memorising',
			input: run({ lastTrain: 0.26 }),
			expected: 'neither'
		},
		// tiny losses: 0.030 → 0.045 is 1.5 × but only 0.015 nats, under 0.05
		{
			name: 'a rise of 1.5 × but 0.015 nats',
			input: run({
				best: { epoch: 40, trainLoss: 0.03, valLoss: 0.03 },
				recentLowestVal: 0.045,
				lastTrain: 0.02,
				lastVal: 0.05
			}),
			expected: 'neither'
		},
		// underfitting: 0.65 · ln 2 = 0.4506; both above it, training loss fell 0.005 < 0.01 in 20 epochs
		{
			name: 'both near ln 2 and stalled',
			input: run({
				recentLowestVal: 0.68,
				lastTrain: 0.69,
				lastVal: 0.69,
				trainLossBefore: 0.695,
				best: { epoch: 30, trainLoss: 0.69, valLoss: 0.68 }
			}),
			expected: 'underfitting'
		},
		{
			name: 'both high but still falling (0.05 in 20 epochs)',
			input: run({
				recentLowestVal: 0.6,
				lastTrain: 0.6,
				lastVal: 0.6,
				trainLossBefore: 0.65,
				best: { epoch: 119, trainLoss: 0.61, valLoss: 0.6 }
			}),
			expected: 'neither'
		},
		{
			name: 'stalled and high, but before epoch 50',
			input: run({
				last: { epoch: 40, trainLoss: 0.69, valLoss: 0.69 },
				recentLowestVal: 0.69,
				trainLossBefore: 0.69,
				best: { epoch: 38, trainLoss: 0.69, valLoss: 0.69 }
			}),
			expected: 'neither'
		},
		// three classes: chance is ln 3 = 1.0986, high is above 0.714; 0.69 is not high there
		{
			name: 'three classes: 0.69 is well under ln 3',
			input: run({
				classes: 3,
				recentLowestVal: 0.68,
				lastTrain: 0.69,
				lastVal: 0.69,
				trainLossBefore: 0.69,
				best: { epoch: 30, trainLoss: 0.69, valLoss: 0.68 }
			}),
			expected: 'neither'
		},
		{
			name: 'three classes, 0.9 and stalled',
			input: run({
				classes: 3,
				recentLowestVal: 0.9,
				lastTrain: 0.9,
				lastVal: 0.9,
				trainLossBefore: 0.9,
				best: { epoch: 30, trainLoss: 0.9, valLoss: 0.9 }
			}),
			expected: 'underfitting'
		}
	])('$name: $expected', ({ input, expected }) => {
		expect(diagnoseRun(input)).toBe(expected);
	});

	it('summarises a run from its epochs: the last 10 epochs lowest validation loss, training loss 20 epochs back', () => {
		// validation loss 1 − e/100 up to epoch 30, then rising 0.02 an epoch; training loss 1 − e/50
		const history = Array.from({ length: 61 }, (_, epoch) => ({
			epoch,
			trainLoss: 1 - epoch / 50,
			valLoss: epoch <= 30 ? 1 - epoch / 100 : 0.7 + 0.02 * (epoch - 30)
		}));
		const summary = summarizeRun(history, 30, 2)!;
		expect(summary.best).toMatchObject({ epoch: 30, valLoss: 0.7 });
		// epochs 51–60: the lowest is epoch 51's 0.7 + 0.42 = 1.12; training loss at epoch 40 is 0.2
		expect(summary.recentLowestVal).toBeCloseTo(1.12, 12);
		expect(summary.trainLossBefore).toBeCloseTo(0.2, 12);
		expect(summarizeRun(history.slice(0, 5), 4, 2)).toMatchObject({
			recentLowestVal: null,
			trainLossBefore: null
		});
		expect(summarizeRun([], 0, 2)).toBeNull();
	});

	it('says "restored" once early stopping put weights back, with the verdict on the epochs it ran past', () => {
		const history = Array.from({ length: 61 }, (_, epoch) => ({
			epoch,
			trainLoss: 1 - epoch / 70,
			valLoss: epoch <= 30 ? 1 - epoch / 100 : 0.7 + 0.02 * (epoch - 30)
		}));
		expect(runVerdict(history, 30, 2, false)?.kind).toBe('overfitting');
		expect(runVerdict(history, 30, 2, true)).toMatchObject({ kind: 'restored', ranPast: 'overfitting' });
	});

	it('never suggests a cure that is already on (property), and suggests a stronger dose of it instead', () => {
		const rate = fc.constantFrom(0, 0.001, 0.03);
		fc.assert(
			fc.property(
				fc.record({ l1: rate, l2: rate, drop: fc.constantFrom(0, 0.4), pat: fc.constantFrom(0, 20) }),
				(on) => {
					const cures = overfittingCures(on).join(', ');
					if (on.l2 > 0 || on.l1 > 0) expect(cures).not.toContain('an L2 penalty');
					if (on.drop > 0) expect(cures).not.toMatch(/(^|, )dropout/);
					if (on.pat > 0) expect(cures).not.toContain('early stopping');
				}
			)
		);
		expect(overfittingCures({ l1: 0, l2: 0, drop: 0, pat: 0 })).toEqual([
			'an L2 penalty',
			'dropout',
			'early stopping',
			'more training data'
		]);
		expect(overfittingCures({ l1: 0, l2: 0.03, drop: 0.4, pat: 20 })).toEqual([
			'a stronger penalty',
			'more dropout',
			'more training data'
		]);
		expect(underfittingCures({ l1: 0, l2: 0, drop: 0, pat: 0, layers: 0, crosses: 0 })).toEqual([
			'a hidden layer',
			'a feature cross such as x₁² and x₂²'
		]);
		expect(underfittingCures({ l1: 0, l2: 0.01, drop: 0, pat: 0, layers: 2, crosses: 1 })).toEqual([
			'more hidden units',
			'less regularisation'
		]);
	});
});

describe('the polynomial rule', () => {
	// underfit: training RMSE over 1.2 × the lowest validation RMSE; else overfit: validation over 1.5 × training
	it.each([
		{
			name: 'the issue’s degree 2: 0.560 > 1.2 × 0.297 = 0.356',
			input: { train: 0.56, val: 0.573, lowestVal: 0.297, isBest: false },
			expected: 'underfitting'
		},
		{
			name: '0.35 < 0.356, validation 0.40 < 1.5 × 0.35',
			input: { train: 0.35, val: 0.4, lowestVal: 0.297, isBest: false },
			expected: 'neither'
		},
		{
			name: 'training 0.20, validation 0.31 > 0.30',
			input: { train: 0.2, val: 0.31, lowestVal: 0.297, isBest: false },
			expected: 'overfitting'
		},
		{
			name: 'training 0, validation 0.9: threads every point',
			input: { train: 0, val: 0.9, lowestVal: 0.297, isBest: false },
			expected: 'overfitting'
		},
		{
			name: 'the best degree with a lucky validation set is not underfitting',
			input: { train: 0.7, val: 0.43, lowestVal: 0.43, isBest: true },
			expected: 'neither'
		}
	])('$name: $expected', ({ input, expected }) => {
		expect(diagnoseFit(input)).toBe(expected);
	});

	/** The page's state at a link. */
	const page = (query: string) => {
		const state = new OverfittingState();
		state.load(new URLSearchParams(query));
		return state;
	};

	it('the issue’s example: seed 1, noise 0.3, degree 2 is underfitting, as the page and its numbers say', () => {
		const state = page('tab=polynomial&pseed=1&pnoise=0.3&deg=2');
		expect(state.polyFit.trainRmse!.toFixed(3)).toBe('0.560');
		expect(state.polyFit.valRmse!.toFixed(3)).toBe('0.573');
		expect(state.bestFit).toMatchObject({ degree: 3 });
		expect(state.bestFit!.valRmse!.toFixed(3)).toBe('0.297');
		expect(state.fitVerdict).toBe('underfitting');
	});

	it('the best degree is never called underfitting, even when its training error is far above its validation error', () => {
		// noise 0.5, seed 2: degree 2 has the lowest validation RMSE (0.433) and training RMSE 0.701, 1.62 × it
		const state = page('tab=polynomial&pseed=2&pnoise=0.5&deg=2');
		expect(state.bestFit!.degree).toBe(2);
		expect(state.polyFit.trainRmse!).toBeGreaterThan(1.2 * state.bestFit!.valRmse!);
		expect(state.fitReading).toEqual({ kind: 'neither', why: 'best-degree' });
		expect(readFit({ train: 0.37, val: 0.3, lowestVal: 0.3, isBest: false })).toEqual({
			kind: 'underfitting',
			why: 'train-high'
		});
		expect(readFit({ train: 0.2, val: 0.25, lowestVal: 0.25, isBest: true })).toEqual({
			kind: 'neither',
			why: 'within'
		});
	});

	it('over seeds: degree 1 underfits the sine, a degree near the best does neither, degree 14 overfits 21 points', () => {
		for (const seed of [1, 2, 3, 4, 5, 6]) {
			const at = (deg: number) => page(`tab=polynomial&pseed=${seed}&pnoise=0.25&deg=${deg}`);
			const state = at(1);
			expect(state.fitVerdict, `seed ${seed}, degree 1`).toBe('underfitting');
			// training RMSE over 1.2 × the lowest validation RMSE, checked by hand
			expect(state.polyFit.trainRmse!).toBeGreaterThan(1.2 * state.bestFit!.valRmse!);
			expect(at(state.bestFit!.degree).fitVerdict, `seed ${seed}, the best degree`).not.toBe('underfitting');
			const high = at(14);
			expect(high.fitVerdict, `seed ${seed}, degree 14`).toBe('overfitting');
			expect(high.polyFit.valRmse!).toBeGreaterThan(1.5 * high.polyFit.trainRmse!);
		}
	});
});
