/**
 * The network tab's stories, trained as the page trains them (the URL's defaults, the preset's
 * settings, the same setup functions and the cpu backend; seeded, so deterministic), and the
 * page's verdict after every epoch, read from the widget's state. 300 epochs each: three
 * clicks of "Train 100 epochs".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parameterCount } from '$lib/nn/architecture';
import { useCpuBackend } from '$lib/nn/tf';
import { Trainer } from '$lib/nn/trainer';
import { overfittingCodec, type OverfittingUrlState } from '$lib/widgets/overfitting/codec';
import type { RunVerdict } from '$lib/widgets/overfitting/diagnosis';
import { PRESETS } from '$lib/widgets/overfitting/presets';
import { appendEpochs } from '$lib/widgets/overfitting/runHistory';
import { networkData, networkProblem, networkSpec, trainSettings } from '$lib/widgets/overfitting/setup';
import { OverfittingState } from '$lib/widgets/overfitting/State.svelte';

const EPOCHS = 300;
/**
 * Training 300 epochs of one preset takes 0.1–1 s on an idle machine and 5–10× that beside two
 * CPU-bound processes on 2 cores: 60 s per test of one or two runs leaves room. The test of
 * eight runs (four seeds, with and without L2) takes 6 s idle, so it gets its own 120 s.
 */
const BUDGET = { timeout: 60_000 };
const EIGHT_RUNS_BUDGET = { timeout: 120_000 };

interface Trained {
	valLoss: number[];
	trainLoss: number[];
	/** The page's verdict after each epoch (index = epoch). */
	verdicts: (RunVerdict | null)[];
	status: string;
	bestEpoch: number;
	restored: boolean;
	/** √Σw² of the final kernels. */
	norm: number;
	/** Neighbouring cells of the page's boundary grid that the network puts in different classes: the boundary's length, in cell edges. */
	boundaryEdges: number;
	trainingPoints: number;
}

/** Trains a preset (null: the page's defaults) with edits, as the page builds it, reading the verdict from the page's own state after each epoch. */
function train(id: string | null, edits: Partial<OverfittingUrlState> = {}): Trained {
	const settings = id ? PRESETS.find((p) => p.id === id)!.settings : {};
	const input = { ...overfittingCodec.defaults(), ...settings, ...edits };
	const page = new OverfittingState();
	page.load(overfittingCodec.encode(input));
	const prepared = networkProblem(input, networkData(input));
	const trainer = new Trainer(networkSpec(input, prepared), prepared.problem, trainSettings(input));
	const verdicts: (RunVerdict | null)[] = [];
	const look = () => {
		// what the worker reports after a slice (here of one epoch): the new epochs, the best epoch, whether weights were put back
		page.session.history = appendEpochs(
			page.session.history,
			trainer.history.slice(page.session.history.recent.length ? -1 : 0),
			trainer.bestEpoch
		);
		page.session.restored = trainer.restored;
		verdicts.push(page.runVerdict);
	};
	look();
	for (let e = 0; e < EPOCHS && trainer.trainEpoch(); e++) look();
	const result = {
		valLoss: trainer.history.map((r) => r.valLoss),
		trainLoss: trainer.history.map((r) => r.trainLoss),
		verdicts,
		status: trainer.status,
		bestEpoch: trainer.bestEpoch,
		restored: trainer.restored,
		norm: trainer.mlp.kernelNorm(),
		boundaryEdges: boundaryEdges(trainer.probabilities(page.network.grid.features), page.network.grid.size),
		trainingPoints: prepared.train.length
	};
	trainer.dispose();
	return result;
}

/** Cell edges between a class-1 cell and a class-0 cell, rows × columns of two probabilities each. */
function boundaryEdges(probabilities: Float32Array, size: number): number {
	const positive = (row: number, col: number) => probabilities[2 * (row * size + col) + 1] > 0.5;
	let edges = 0;
	for (let row = 0; row < size; row++) {
		for (let col = 0; col < size; col++) {
			if (col + 1 < size && positive(row, col) !== positive(row, col + 1)) edges++;
			if (row + 1 < size && positive(row, col) !== positive(row + 1, col)) edges++;
		}
	}
	return edges;
}

const kinds = (t: Trained, from = 1) => new Set(t.verdicts.slice(from).map((v) => v?.kind));
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

describe('the network stories tell what they say (trained as the page trains them)', () => {
	let overfit: Trained;
	beforeAll(async () => {
		await useCpuBackend();
		overfit = train('overfit');
	}, BUDGET.timeout);

	it(
		'Overfit: 609 weights and biases on 20 training points; validation loss climbs and the page says overfitting from epoch 100 on',
		BUDGET,
		() => {
			const settings = PRESETS.find((p) => p.id === 'overfit')!.settings;
			expect(overfit.trainingPoints).toBe(20);
			expect(parameterCount({ inputs: 2, hidden: settings.layers!, activation: 'relu', classes: 2 })).toBe(
				609
			);
			expect(overfit.status).toBe('running');
			expect(overfit.valLoss[EPOCHS]).toBeGreaterThan(2 * Math.min(...overfit.valLoss));
			// training loss "heads to 0"
			expect(overfit.trainLoss[EPOCHS]).toBeLessThan(0.01);
			expect(kinds(overfit, 100)).toEqual(new Set(['overfitting']));
		}
	);

	it(
		'L2 cures it: the page never says overfitting in 300 epochs, the weights stay smaller, the boundary smoother and validation loss ends far lower',
		BUDGET,
		() => {
			const l2 = train('l2');
			expect(kinds(l2)).not.toContain('overfitting');
			expect(l2.verdicts[100]?.kind).toBe('neither');
			expect(l2.norm).toBeLessThan(overfit.norm / 2);
			// "the boundary smooth": a shorter boundary on the page's grid than the overfit network's
			expect(l2.boundaryEdges).toBeGreaterThan(0);
			expect(l2.boundaryEdges).toBeLessThan(0.75 * overfit.boundaryEdges);
			expect(l2.valLoss[EPOCHS]).toBeLessThan(overfit.valLoss[EPOCHS] / 2);
		}
	);

	it(
		'L2 at the preset’s 0.03 on other seeds: validation loss rises far less than in Overfit and ends below half of it',
		EIGHT_RUNS_BUDGET,
		() => {
			const l2 = PRESETS.find((p) => p.id === 'l2')!.settings.l2!;
			for (const seed of [2, 3, 4, 5]) {
				const [plain, cured] = [train('overfit', { seed }), train('overfit', { seed, l2 })];
				const rise = (t: Trained) => t.valLoss[EPOCHS] / Math.min(...t.valLoss);
				expect(rise(cured), `seed ${seed}`).toBeLessThan(rise(plain) / 2);
				expect(cured.valLoss[EPOCHS], `seed ${seed}`).toBeLessThan(plain.valLoss[EPOCHS] / 2);
			}
		}
	);

	it(
		'Dropout: validation loss jumps about but the page never says overfitting, and it ends far below Overfit',
		BUDGET,
		() => {
			const dropout = train('dropout');
			expect(kinds(dropout)).not.toContain('overfitting');
			expect(dropout.valLoss[EPOCHS]).toBeLessThan(overfit.valLoss[EPOCHS] / 2);
			expect(mean(dropout.valLoss.slice(50))).toBeLessThan(mean(overfit.valLoss.slice(50)) / 2);
			// "jumps about": after the first 10 epochs its validation loss moves from epoch to epoch by more than Overfit's
			const jumps = (t: Trained) =>
				mean(t.valLoss.slice(11).map((v, i) => Math.abs(v - t.valLoss[i + 10]) / t.valLoss[i + 10]));
			expect(jumps(dropout)).toBeGreaterThan(1.5 * jumps(overfit));
		}
	);

	it(
		'Dropout does the curing, not only its gentler learning rate: at that rate without dropout validation loss ends higher',
		BUDGET,
		() => {
			expect(PRESETS.find((p) => p.id === 'dropout')!.settings.lr).toBe(0.01);
			expect(train('dropout').valLoss[EPOCHS]).toBeLessThan(
				train('dropout', { drop: 0 }).valLoss[EPOCHS] / 2
			);
		}
	);

	it(
		'Early stopping: stops 20 epochs after the best, puts its weights back, and says the run had begun to overfit',
		BUDGET,
		() => {
			const early = train('early');
			expect(early.status).toBe('stopped');
			expect(early.restored).toBe(true);
			expect(early.valLoss.length - 1).toBe(early.bestEpoch + 20);
			expect(early.verdicts[early.verdicts.length - 1]).toMatchObject({
				kind: 'restored',
				ranPast: 'overfitting'
			});
		}
	);

	it(
		'Underfit: a straight line on the circles; both losses stay high and the page says underfitting from epoch 50 on',
		BUDGET,
		() => {
			const underfit = train('underfit');
			expect(kinds(underfit, 50)).toEqual(new Set(['underfitting']));
			// high: above 0.65 · ln 2 = 0.45 nats, checked by hand
			expect(Math.min(...underfit.trainLoss.slice(50), ...underfit.valLoss.slice(50))).toBeGreaterThan(0.45);
		}
	);

	it(
		'Playground default and the page’s own default learn without a verdict through epoch 100',
		BUDGET,
		() => {
			expect(kinds(train('playground'))).toEqual(new Set(['neither']));
			expect(
				new Set(
					train(null)
						.verdicts.slice(1, 101)
						.map((v) => v?.kind)
				)
			).toEqual(new Set(['neither']));
		}
	);
});
