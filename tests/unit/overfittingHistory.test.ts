/**
 * The network tab keeps a long run's epochs bounded (older ones thinned), while the verdict it
 * gives, the best epoch and the last stay those of the whole run.
 */
import { describe, expect, it } from 'vitest';
import { createRng } from '$lib/ml/random';
import type { EpochRecord } from '$lib/nn/settings';
import { runVerdict } from '$lib/widgets/overfitting/diagnosis';
import {
	appendEpochs,
	curvePoints,
	emptyRunHistory,
	findEpoch,
	lastEpochOf,
	MAX_SAMPLED,
	RECENT_EPOCHS,
	ruleEpochs,
	thinning,
	type RunHistory
} from '$lib/widgets/overfitting/runHistory';
import { OverfittingState } from '$lib/widgets/overfitting/State.svelte';

const BOUND = MAX_SAMPLED + RECENT_EPOCHS + 1;

/** A synthetic run of `epochs` + 1 epochs (0…epochs) whose validation loss is lowest at `turn`, then climbs (or, with turn = epochs, falls throughout), with seeded noise. */
function syntheticRun(epochs: number, turn: number, seed: number, flat = false): EpochRecord[] {
	const rng = createRng(seed);
	return Array.from({ length: epochs + 1 }, (_, epoch) => {
		const noise = 0.01 * rng.next();
		if (flat)
			return { epoch, trainLoss: 0.68 + noise, valLoss: 0.69 + noise, trainAccuracy: 0.5, valAccuracy: 0.5 };
		const valLoss =
			epoch <= turn ? 1 - (0.6 * epoch) / turn + noise : 0.4 + (0.5 * (epoch - turn)) / epochs + noise;
		return {
			epoch,
			trainLoss: (1 + 10 * noise) / (1 + epoch / 50),
			valLoss,
			trainAccuracy: 0.9,
			valAccuracy: 0.8
		};
	});
}

/** The trainer's best epoch after each epoch: a new one only when strictly lower (trainer.ts, watchValidation). */
function bestEpochs(run: readonly EpochRecord[]): number[] {
	let best = 0;
	return run.map((r) => (r.valLoss < run[best].valLoss ? (best = r.epoch) : best));
}

/** Feeds the run in slices of 1–40 epochs, as the worker answers; calls `look` after each slice with the epochs so far. */
function feed(
	run: readonly EpochRecord[],
	seed: number,
	look: (history: RunHistory, upTo: number, bestEpoch: number) => void
): RunHistory {
	const rng = createRng(seed);
	const best = bestEpochs(run);
	let history = emptyRunHistory();
	for (let at = 0; at < run.length;) {
		const size = at === 0 ? 1 : 1 + rng.int(40);
		const slice = run.slice(at, at + size);
		at += slice.length;
		history = appendEpochs(history, slice, best[at - 1]);
		look(history, at - 1, best[at - 1]);
	}
	return history;
}

describe('a long run, thinned', () => {
	it(`never keeps more than ${BOUND} epochs, and always the first, the best and the last, in order, each once`, () => {
		for (const seed of [1, 2, 3]) {
			const run = syntheticRun(10_000, 3_000 + 1_000 * seed, seed);
			feed(run, seed, (history, upTo, bestEpoch) => {
				const points = curvePoints(history);
				const epochs = points.map((r) => r.epoch);
				expect(points.length).toBeLessThanOrEqual(BOUND);
				expect(epochs[0]).toBe(0);
				expect(epochs.at(-1)).toBe(upTo);
				expect(epochs).toContain(bestEpoch);
				expect(epochs.every((e, i) => i === 0 || e > epochs[i - 1])).toBe(true);
				expect(lastEpochOf(history)).toEqual(run[upTo]);
				expect(history.best).toEqual(run[bestEpoch]);
				expect(findEpoch(history, bestEpoch)).toEqual(run[bestEpoch]);
			});
		}
	});

	it('keeps every epoch while the run is short, and says nothing is thinned', () => {
		const run = syntheticRun(MAX_SAMPLED - 1, 200, 4);
		const history = feed(run, 4, () => {});
		expect(curvePoints(history)).toEqual(run);
		expect(thinning(history)).toBeNull();
	});

	it('past the bound: every epoch of the last 100, one in `stride` before (a power of 2), as the note says', () => {
		const run = syntheticRun(10_000, 9_000, 5);
		const history = feed(run, 5, () => {});
		const note = thinning(history)!;
		// 10,001 epochs, at most 500 sampled: 10,001 / 500 > 16, so a stride of 32 (by hand)
		expect(note.stride).toBe(32);
		expect(note.fullFrom).toBe(10_000 - RECENT_EPOCHS + 1);
		const points = curvePoints(history);
		const older = points.filter((r) => r.epoch < note.fullFrom && r.epoch !== history.best!.epoch);
		expect(older.every((r) => r.epoch % 32 === 0)).toBe(true);
		expect(older.length).toBe(Math.floor((note.fullFrom - 1) / 32) + 1);
		expect(points.filter((r) => r.epoch >= note.fullFrom)).toEqual(run.slice(note.fullFrom));
	});
});

describe('the verdict on a thinned run is the whole run’s', () => {
	const shapes = [
		{ name: 'overfitting after epoch 2,000', run: syntheticRun(6_000, 2_000, 11) },
		{ name: 'still learning (validation falls throughout)', run: syntheticRun(6_000, 6_000, 12) },
		{ name: 'flat near ln 2 (underfitting)', run: syntheticRun(6_000, 1, 13, true) }
	];
	for (const { name, run } of shapes) {
		it(name, () => {
			const kinds = new Set<string>();
			feed(run, 7, (history, upTo, bestEpoch) => {
				const whole = run.slice(0, upTo + 1);
				for (const restored of [false, true]) {
					const thinned = runVerdict(ruleEpochs(history), bestEpoch, 2, restored);
					expect(thinned).toEqual(runVerdict(whole, bestEpoch, 2, restored));
				}
				kinds.add(runVerdict(whole, bestEpoch, 2, false)!.kind);
			});
			// the shapes do reach the verdicts they are named for, so the comparison above compares something
			expect(kinds).toContain(
				name.startsWith('overfitting') ? 'overfitting' : name.startsWith('flat') ? 'underfitting' : 'neither'
			);
		});
	}

	it('the page’s state: the verdict, the epoch on screen and the best epoch after 10,000 epochs are the whole run’s', () => {
		const run = syntheticRun(10_000, 4_000, 21);
		const best = bestEpochs(run);
		const page = new OverfittingState();
		page.session.history = feed(run, 21, () => {});
		expect(page.session.epoch).toBe(10_000);
		expect(page.session.bestEpoch).toBe(best[10_000]);
		expect(page.current).toEqual(run[10_000]);
		expect(page.runVerdict).toEqual(runVerdict(run, best[10_000], page.network.classes, false));
		expect(page.runVerdict?.kind).toBe('overfitting');
		page.session.restored = true;
		expect(page.current).toEqual(run[best[10_000]]);
		expect(page.session.curve.length).toBeLessThanOrEqual(BOUND);
	});
});
