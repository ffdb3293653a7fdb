/** The threshold explorer's states as the page builds them, for its unit tests. */
import { expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { tableFromRows, type Table } from '$lib/data/table';
import * as penguinModel from '$lib/widgets/threshold/penguins';
import { ThresholdState } from '$lib/widgets/threshold/State.svelte';
import type { QuizView } from '$lib/widgets/threshold/quiz';

let penguins: Table | null = null;

/** The shipped penguin table, read from disk once. */
export function penguinTable(): Table {
	if (!penguins) {
		const lines = readFileSync('static/data/penguins.csv', 'utf8').trim().split('\n');
		penguins = tableFromRows(
			'penguins',
			lines[0].split(','),
			lines.slice(1).map((line) => line.split(','))
		);
	}
	return penguins;
}

/** A fresh widget state opened from `query` (a link), with the penguin table and model at hand (as loadPenguins leaves them). */
export function openState(query = ''): ThresholdState {
	const state = new ThresholdState();
	state.load(new URLSearchParams(query));
	state.penguins = penguinTable();
	state.penguinModel = penguinModel;
	return state;
}

/** A fresh widget state after its story step `id` was opened (as its link or a click does), then its seed set to `seed`. */
export function storyState(id: string, seed: number): ThresholdState {
	const state = openState('');
	state.applyStep(state.steps.find((step) => step.id === id)!);
	state.input.seed = seed;
	expect(state.storyStep?.id).toBe(id);
	return state;
}

/** What the quiz reads from a state. */
export function quizView(state: ThresholdState): QuizView {
	return { a: state.a!, b: state.b, threshold: state.threshold, counts: state.counts!, input: state.input };
}
