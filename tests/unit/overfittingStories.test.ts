/**
 * The story's network steps, trained as the page trains them (the URL's defaults, the step's
 * settings, the same setup functions and the cpu backend; seeded, so deterministic), with the
 * page's verdict and the story's text after every epoch, read from the widget's state; every
 * number a step's text quotes is recomputed here from the trainer's own history. 300 epochs
 * each: three clicks of "Train 100 epochs". The polynomial step is checked over data seeds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parameterCount } from '$lib/nn/architecture';
import { useCpuBackend } from '$lib/nn/tf';
import { Trainer } from '$lib/nn/trainer';
import { fitPolynomial } from '$lib/ml/regression';
import { overfittingCodec, type OverfittingUrlState } from '$lib/widgets/overfitting/codec';
import type { RunVerdict } from '$lib/widgets/overfitting/diagnosis';
import type { StepText } from '$lib/kit/story';
import { overfittingSteps } from '$lib/widgets/overfitting/presets';
import { appendEpochs } from '$lib/widgets/overfitting/runHistory';
import { polyData } from '$lib/widgets/overfitting/polynomial';
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
	/** The story's step on screen and what it says, after each epoch (index = epoch). */
	stepIds: (string | null)[];
	texts: (StepText | null)[];
	status: string;
	bestEpoch: number;
	restored: boolean;
	/** √Σw² of the final kernels. */
	norm: number;
	/** Neighbouring cells of the page's boundary grid that the network puts in different classes: the boundary's length, in cell edges. */
	boundaryEdges: number;
	trainingPoints: number;
}

const stepSettings = (id: string) => overfittingSteps.find((s) => s.id === id)!.settings;

/** Trains a story step (null: the page's defaults) with edits, as the page builds it, reading the verdict and the story from the page's own state after each epoch. */
function train(id: string | null, edits: Partial<OverfittingUrlState> = {}): Trained {
	const settings = id ? stepSettings(id) : {};
	const input = { ...overfittingCodec.defaults(), ...settings, ...edits };
	const page = new OverfittingState();
	page.load(overfittingCodec.encode(input));
	const prepared = networkProblem(input, networkData(input));
	const trainer = new Trainer(networkSpec(input, prepared), prepared.problem, trainSettings(input));
	const verdicts: (RunVerdict | null)[] = [];
	const stepIds: (string | null)[] = [];
	const texts: (StepText | null)[] = [];
	const look = () => {
		// what the worker reports after a slice (here of one epoch): the new epochs, the best epoch, whether weights were put back
		page.session.history = appendEpochs(
			page.session.history,
			trainer.history.slice(page.session.history.recent.length ? -1 : 0),
			trainer.bestEpoch
		);
		page.session.restored = trainer.restored;
		verdicts.push(page.runVerdict);
		stepIds.push(page.storyStep?.id ?? null);
		texts.push(page.storyText);
	};
	look();
	for (let e = 0; e < EPOCHS && trainer.trainEpoch(); e++) look();
	const result = {
		valLoss: trainer.history.map((r) => r.valLoss),
		trainLoss: trainer.history.map((r) => r.trainLoss),
		verdicts,
		stepIds,
		texts,
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
/** Three decimals, as the page writes a loss. */
const nats = (value: number) => value.toFixed(3);
/** The lowest validation loss and its epoch (the first, on a tie), found here by hand. */
function lowest(valLoss: number[]): { epoch: number; value: number } {
	let epoch = 0;
	for (let e = 1; e < valLoss.length; e++) if (valLoss[e] < valLoss[epoch]) epoch = e;
	return { epoch, value: valLoss[epoch] };
}
/** The step stays on screen for the whole run, and none of its texts has a NaN, an undefined or an Infinity. */
function expectStepThroughout(t: Trained, id: string) {
	expect(new Set(t.stepIds)).toEqual(new Set([id]));
	for (const text of t.texts) {
		expect(text).not.toBeNull();
		expect(text!.text).not.toMatch(/NaN|undefined|Infinity|null/);
	}
}

describe('the network steps tell what they say (trained as the page trains them)', () => {
	let overfit: Trained;
	beforeAll(async () => {
		await useCpuBackend();
		overfit = train('overfit');
	}, BUDGET.timeout);

	it(
		'Overfit: 609 weights and biases on 20 training points; validation loss climbs, the page says overfitting from epoch 100 on, and the story quotes the run',
		BUDGET,
		() => {
			const settings = stepSettings('overfit');
			expect(overfit.trainingPoints).toBe(20);
			expect(parameterCount({ inputs: 2, hidden: settings.layers!, activation: 'relu', classes: 2 })).toBe(
				609
			);
			expect(overfit.status).toBe('running');
			expect(overfit.valLoss[EPOCHS]).toBeGreaterThan(2 * Math.min(...overfit.valLoss));
			// training loss "heads to 0"
			expect(overfit.trainLoss[EPOCHS]).toBeLessThan(0.01);
			expect(kinds(overfit, 100)).toEqual(new Set(['overfitting']));

			expectStepThroughout(overfit, 'overfit');
			expect(overfit.texts[0]).toEqual({
				holds: true,
				text: '609 weights and biases for 20 training points. Train 100 epochs and watch validation loss, the dashed line.'
			});
			const best = lowest(overfit.valLoss);
			expect(overfit.texts[EPOCHS]).toEqual({
				holds: true,
				text: `Validation loss was lowest at epoch ${best.epoch} (${nats(best.value)}) and is ${nats(overfit.valLoss[EPOCHS])} now, while training loss fell to ${nats(overfit.trainLoss[EPOCHS])}: the network memorises its 20 training points, noise and all.`
			});
			// before the run shows overfitting the story gives its figures and does not claim the lesson
			const early = overfit.texts[5]!;
			const bestSoFar = lowest(overfit.valLoss.slice(0, 6));
			expect(early).toEqual({
				holds: false,
				text: `Epoch 5: training loss ${nats(overfit.trainLoss[5])}, validation loss ${nats(overfit.valLoss[5])}, lowest ${nats(bestSoFar.value)} at epoch ${bestSoFar.epoch}. Train on and watch validation loss.`
			});
		}
	);

	it(
		'L2 cures it: the page never says overfitting in 300 epochs, the weights stay smaller, the boundary smoother, validation loss ends far lower, and the story says so with the run’s numbers',
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

			expectStepThroughout(l2, 'l2');
			expect(l2.texts[0]).toEqual({
				holds: true,
				text: 'The same 609 weights and biases with an L2 penalty of 0.03: large weights cost loss. Train 100 epochs and compare validation loss with step 1.'
			});
			const best = lowest(l2.valLoss);
			// "not overfitting": the lowest of the last 10 validation losses is within 1.25 × the lowest, by hand
			expect(Math.min(...l2.valLoss.slice(-10))).toBeLessThanOrEqual(1.25 * best.value + 0.05);
			for (const epoch of [100, EPOCHS])
				expect(l2.texts[epoch]).toEqual({
					holds: true,
					text: `Epoch ${epoch}: validation loss ${nats(l2.valLoss[epoch])}, lowest ${nats(lowest(l2.valLoss.slice(0, epoch + 1)).value)} at epoch ${lowest(l2.valLoss.slice(0, epoch + 1)).epoch}; it has not stayed above 1.25 × its lowest, so this is not overfitting.`
				});
			// before epoch 100 the lesson is not claimed
			expect(l2.texts[50]!.holds).toBe(false);
		}
	);

	it(
		'L2 at the step’s 0.03 on other seeds: validation loss rises far less than in Overfit and ends below half of it',
		EIGHT_RUNS_BUDGET,
		() => {
			const l2 = stepSettings('l2').l2!;
			for (const seed of [2, 3, 4, 5]) {
				const [plain, cured] = [train('overfit', { seed }), train('overfit', { seed, l2 })];
				const rise = (t: Trained) => t.valLoss[EPOCHS] / Math.min(...t.valLoss);
				expect(rise(cured), `seed ${seed}`).toBeLessThan(rise(plain) / 2);
				expect(cured.valLoss[EPOCHS], `seed ${seed}`).toBeLessThan(plain.valLoss[EPOCHS] / 2);
			}
		}
	);

	it(
		'Early stopping: stops 20 epochs after the best, puts its weights back, and the story says when, with the losses',
		BUDGET,
		() => {
			const early = train('early');
			expect(early.status).toBe('stopped');
			expect(early.restored).toBe(true);
			const best = lowest(early.valLoss);
			const stoppedAt = early.valLoss.length - 1;
			expect(stoppedAt).toBe(best.epoch + 20);
			expect(early.verdicts[early.verdicts.length - 1]).toMatchObject({
				kind: 'restored',
				ranPast: 'overfitting'
			});
			expectStepThroughout(early, 'early');
			expect(early.texts[0]).toEqual({
				holds: true,
				text: "Step 1's network, watched: training stops 20 epochs after the lowest validation loss and puts back that epoch's weights. Press Play."
			});
			expect(early.texts[stoppedAt]).toEqual({
				holds: true,
				text: `Training stopped at epoch ${stoppedAt}, 20 epochs after the lowest validation loss (${nats(best.value)}, epoch ${best.epoch}), and the weights of epoch ${best.epoch} are back; by then validation loss had climbed to ${nats(early.valLoss[stoppedAt])}.`
			});
			expect(early.valLoss[stoppedAt]).toBeGreaterThan(best.value);
		}
	);

	it(
		'Underfit: a straight line on the circles; both losses stay high, the page says underfitting from epoch 50 on, and the story quotes the bound',
		BUDGET,
		() => {
			const underfit = train('underfit');
			expect(kinds(underfit, 50)).toEqual(new Set(['underfitting']));
			// high: above 0.65 · ln 2 = 0.4505 nats, checked by hand; guessing scores ln 2 = 0.6931
			expect(Math.min(...underfit.trainLoss.slice(50), ...underfit.valLoss.slice(50))).toBeGreaterThan(0.45);
			expectStepThroughout(underfit, 'underfit');
			// no hidden layer on 2 inputs and one output: 2 weights and a bias
			expect(underfit.texts[0]).toEqual({
				holds: true,
				text: 'No hidden layer: 3 weights and biases draw one straight line, and one class is a ring around the other. Train 100 epochs and watch both losses.'
			});
			expect(underfit.texts[EPOCHS]).toEqual({
				holds: true,
				text: `Both losses stay above 0.451 (0.65 × ln 2; guessing scores 0.693): training ${nats(underfit.trainLoss[EPOCHS])}, validation ${nats(underfit.valLoss[EPOCHS])} at epoch 300. A straight line cannot fit a ring.`
			});
		}
	);

	it('The page’s own default learns without a verdict through epoch 100, and no step is on', BUDGET, () => {
		const plain = train(null);
		expect(new Set(plain.verdicts.slice(1, 101).map((v) => v?.kind))).toEqual(new Set(['neither']));
		expect(new Set(plain.stepIds)).toEqual(new Set([null]));
	});
});

describe('the polynomial step, over data seeds', () => {
	const step = overfittingSteps.find((s) => s.id === 'polynomial')!;
	/** RMSE by hand. */
	const rmse = (y: number[], yHat: number[]) =>
		Math.sqrt(y.reduce((sum, v, i) => sum + (v - yHat[i]) ** 2, 0) / y.length);
	const three = (v: number) => v.toFixed(3);

	it.each([1, 2, 3, 4, 5, 6, 7, 8])(
		'data seed %i: degree 12 fits its training points far better than new ones, above the best degree',
		(seed) => {
			const page = new OverfittingState();
			page.applyStep(step);
			page.input.pseed = seed;
			expect(page.storyStep?.id).toBe('polynomial');
			// the data as the page draws it; the fits and errors recomputed here, by least squares and by hand
			const { train: tr, val } = polyData(30, 0.25, seed, 30);
			expect(tr.x.length).toBe(21);
			const errors = Array.from({ length: 15 }, (_, i) => {
				const fit = fitPolynomial(tr.x, tr.y, i + 1);
				return { degree: i + 1, train: rmse(tr.y, fit.predict(tr.x)), val: rmse(val.y, fit.predict(val.x)) };
			});
			const best = errors.reduce((a, b) => (b.val < a.val ? b : a));
			const twelve = errors[11];
			expect(twelve.val).toBeGreaterThan(1.5 * twelve.train);
			expect(best.degree).toBeLessThan(12);
			const text = page.storyText!;
			expect(text.holds).toBe(true);
			expect(text.text).toBe(
				`Degree 12 threads its 21 training points and misses new ones: training RMSE ${three(twelve.train)}, validation RMSE ${three(twelve.val)}; validation RMSE is lowest at degree ${best.degree} (${three(best.val)}). Drag the degree down to find the bottom of the U.`
			);
		}
	);
});
