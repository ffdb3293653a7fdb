/**
 * What the two split lessons' story tests work out again without the widgets' scoring code: the
 * lesson's data from a link's fields, k-NN's share of positive neighbours scored by
 * roc_auc_score, a plain mean; and how the page opens a story step.
 */
import { expect } from 'vitest';
import { knnClassifier } from '$lib/ml/knn';
import { rocAuc } from '$lib/ml/metrics';
import { makeSplitData, type SplitData } from '$lib/ml/splitDatasets';

/** The link fields both split lessons draw their data from. */
interface DataFields {
	n: number;
	pos: number;
	sep: number;
	dseed: number;
	time: 'on' | 'off';
}

/** What `openStep` needs of a split lesson's state. */
interface StepHost {
	load(params: URLSearchParams): void;
	readonly steps: readonly { id: string }[];
	applyStep(step: never): void;
	input: { seed: number; dseed: number };
	readonly storyStep: { id: string } | null;
	/** The page's slow numbers (the 50-seed runs, the leaks), run now instead of once the controls rest. */
	slowTask: { run(): Promise<void> };
}

export const seeds1to50 = Array.from({ length: 50 }, (_, i) => i + 1);

/**
 * A fresh page state after a click on story step `id` (as its link opens it), then its data and
 * shuffle seeds set to `seed`, with its slow numbers in.
 */
export async function openStep<S extends StepHost>(state: S, id: string, seed: number): Promise<S> {
	state.load(new URLSearchParams(''));
	state.applyStep(state.steps.find((step) => step.id === id) as never);
	state.input.seed = seed;
	state.input.dseed = seed;
	expect(state.storyStep?.id).toBe(id);
	await state.slowTask.run();
	return state;
}

export function dataOf(input: DataFields): SplitData {
	return makeSplitData({
		n: input.n,
		positiveShare: input.pos / 100,
		separation: input.sep,
		seed: input.dseed,
		drift: input.time === 'on'
	});
}

/** AUC of k-NN fitted on `train` rows of `data`, scoring `X` / `y`: each row's share of positive neighbours, then roc_auc_score; null with one class. */
export function knnAuc(
	data: SplitData,
	train: number[],
	X: number[][],
	y: number[],
	k: number
): number | null {
	if (!y.includes(0) || !y.includes(1)) return null;
	const model = knnClassifier(
		train.map((i) => data.X[i]),
		train.map((i) => data.y[i]),
		k
	);
	const shares = X.map((x) => model.neighbours(x).filter((j) => data.y[train[j]] === 1).length / k);
	return rocAuc(y, shares);
}

/** The same, scoring rows `test` of `data`. */
export const aucOn = (data: SplitData, train: number[], test: number[], k: number) =>
	knnAuc(
		data,
		train,
		test.map((i) => data.X[i]),
		test.map((i) => data.y[i]),
		k
	);

export const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** A sentence the page shows carries no number gone wrong. */
export function expectClean(text: string) {
	expect(text).not.toMatch(/NaN|Infinity|undefined|null/);
}
