/**
 * The feature-scaling story: every step at the state its link opens, over several seeds (the
 * seed draws the train/test split the scalers are fitted on). Each number a step's text quotes
 * is worked out here from the raw rows, by hand or with the engine directly, not read back
 * from the widget.
 */
import { describe, expect, it } from 'vitest';
import { nearestNeighbours } from '$lib/ml/knn';
import { fitScaler } from '$lib/ml/scaling';
import { formatShort } from '$lib/format/format';
import { farCar } from '$lib/widgets/feature-scaling/story';
import type { ScalingState } from '$lib/widgets/feature-scaling/State.svelte';
import { scalingPage } from './featureScalingPage';

const seeds = [1, 2, 3, 4];
const ids = ['units', 'squeeze', 'test-row', 'leak'];

/** The page after a click on step `id`, then its seed set to `seed` (the seed is no step's setting). */
function stepPage(id: string, seed: number): ScalingState {
	const page = scalingPage('');
	page.applyStep(page.steps.find((step) => step.id === id)!);
	page.input.seed = seed;
	expect(page.storyStep?.id).toBe(id);
	return page;
}

/** The cars table's horsepower and weight, the added point left out. */
function originals(page: ScalingState): number[][] {
	return page.data!.X.slice(0, page.data!.addedFrom);
}

/** Where min-max fitted on `fitted` values puts the smallest and largest of `values`: "lo to hi". */
function minmaxSpan(values: number[], fitted: number[]): string {
	const [low, high] = [Math.min(...fitted), Math.max(...fitted)];
	const scale = (v: number) => (v - low) / (high - low);
	return `${formatShort(scale(Math.min(...values)))} to ${formatShort(scale(Math.max(...values)))}`;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

describe('feature-scaling story', () => {
	it('each step link opens that step (no step shadows another)', () => {
		for (const id of ids) {
			const page = scalingPage(
				scalingPage('')
					.stepLink(scalingPage('').steps.find((s) => s.id === id)!)
					.slice(1)
			);
			expect(page.storyStep?.id, id).toBe(id);
		}
	});

	it.each(seeds)(
		'seed %i, units: weight spans a range about 19 times horsepower’s and standardizing changes the neighbours',
		(seed) => {
			const page = stepPage('units', seed);
			const X = originals(page);
			const [hp, weight] = [X.map((r) => r[0]), X.map((r) => r[1])];
			const ratio = (Math.max(...weight) - Math.min(...weight)) / (Math.max(...hp) - Math.min(...hp));
			expect(ratio).toBeGreaterThan(10);
			// standardized with the training rows' mean and (population) standard deviation, as StandardScaler
			const train = page.split!.train.map((i) => X[i]);
			const mean = [0, 1].map((j) => train.reduce((sum, r) => sum + r[j], 0) / train.length);
			const sd = [0, 1].map((j) =>
				Math.sqrt(train.reduce((sum, r) => sum + (r[j] - mean[j]) ** 2, 0) / train.length)
			);
			const Z = X.map((r) => r.map((v, j) => (v - mean[j]) / sd[j]));
			const before = nearestNeighbours(X, 0, 5);
			const same = nearestNeighbours(Z, 0, 5).filter((i) => before.includes(i)).length;
			expect(same).toBeLessThan(5);
			const story = page.storyText!;
			expect(story.holds).toBe(true);
			expect(story.text).toContain(
				`Weight spans ${formatShort(Math.min(...weight))} to ${formatShort(Math.max(...weight))}, horsepower ${formatShort(Math.min(...hp))} to ${formatShort(Math.max(...hp))}`
			);
			expect(story.text).toContain(`${Math.round(ratio)} times wider`);
			expect(story.text).toContain(
				`Of row 1's 5 nearest neighbours, ${same === 1 ? '1 is' : `${same} are`} still among its nearest after standard`
			);
		}
	);

	it.each(seeds)(
		'seed %i, squeeze: min-max fitted with the far car in training keeps a sliver, robust scaling its spread',
		(seed) => {
			const page = stepPage('squeeze', seed);
			const X = originals(page);
			const hp = X.map((r) => r[0]);
			const trainHp = page.split!.train.filter((i) => i < X.length).map((i) => hp[i]);
			const kept = (Math.max(...hp) - Math.min(...hp)) / (farCar[0] - Math.min(...trainHp));
			expect(kept).toBeLessThan(0.5);
			// robust scaling divides by the training rows' IQR: the spread kept is the IQR without the point over the IQR with it
			const iqr = (values: number[]) => {
				const scaler = fitScaler(
					'robust',
					values.map((v) => [v, 0])
				);
				return (scaler.params as { scale: number[] }).scale[0];
			};
			const robustKept = iqr(trainHp) / iqr([...trainHp, farCar[0]]);
			expect(robustKept).toBeGreaterThanOrEqual(0.8);
			// the verdicts the sentence under the plots and the story both read
			expect(page.effect).toMatchObject({ squeezed: true, robustHeld: true });
			const story = page.storyText!;
			expect(story.holds).toBe(true);
			expect(story.text).toContain(
				`horsepower now spans ${minmaxSpan(hp, [...trainHp, farCar[0]])}: ${percent(kept)} of the range`
			);
			expect(story.text).toContain(`keeps ${percent(robustKept)} of its spread`);
		}
	);

	it.each(seeds)('seed %i, test row: scalers fitted on the training rows never see it', (seed) => {
		const page = stepPage('test-row', seed);
		const hp = originals(page).map((r) => r[0]);
		const trainHp = page.split!.train.filter((i) => i < hp.length).map((i) => hp[i]);
		const story = page.storyText!;
		expect(story.holds).toBe(true);
		expect(story.text).toContain(`horsepower at ${minmaxSpan(hp, trainHp)}, as without it`);
	});

	it.each(seeds)('seed %i, leak: min-max fitted on all rows takes its maximum from the test row', (seed) => {
		const page = stepPage('leak', seed);
		const hp = originals(page).map((r) => r[0]);
		const kept = (Math.max(...hp) - Math.min(...hp)) / (farCar[0] - Math.min(...hp));
		expect(kept).toBeLessThan(0.5);
		const story = page.storyText!;
		expect(story.holds).toBe(true);
		expect(story.text).toContain(`learns its maximum from that test row`);
		expect(story.text).toContain(
			`shrinks to ${minmaxSpan(hp, [...hp, farCar[0]])}, ${percent(kept)} of the range`
		);
	});

	it('no step says NaN, undefined or Infinity, and a step goes when a setting it made changes', () => {
		for (const id of ids) {
			const text = stepPage(id, 1).storyText?.text ?? '';
			expect(text.length, id).toBeGreaterThan(40);
			expect(text, id).not.toMatch(/NaN|Infinity|undefined/);
		}
		const page = stepPage('squeeze', 1);
		page.moveOutlier(0, 900, 3000);
		expect(page.storyStep?.id).toBe('squeeze');
		page.input.fit = 'all';
		expect(page.storyStep).toBeNull();
	});
});
