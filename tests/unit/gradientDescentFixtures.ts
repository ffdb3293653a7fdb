/** The gradient-descent widget's states as the page builds them, for its unit tests. */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { tableFromRows, type Table } from '$lib/data/table';
import { GradientState } from '$lib/widgets/gradient-descent/State.svelte';

let iris: Table | null = null;

/** The shipped iris table, read from disk once. */
export function irisTable(): Table {
	if (!iris) {
		const lines = readFileSync('static/data/iris.csv', 'utf8').trim().split('\n');
		iris = tableFromRows(
			'iris',
			lines[0].split(','),
			lines.slice(1).map((line) => line.split(','))
		);
	}
	return iris;
}

/** A fresh widget state opened from `query` (a link), with the iris table at hand. */
export function openState(query = ''): GradientState {
	const state = new GradientState();
	state.load(new URLSearchParams(query));
	state.iris = irisTable();
	return state;
}

/** A fresh state after story step `id` was opened (as its link or a click does), then started at `start` if given. */
export function storyState(id: string, start?: [number, number]): GradientState {
	const state = openState('');
	state.applyStep(state.steps.find((step) => step.id === id)!);
	if (start) state.input.start = start;
	expect(state.storyStep?.id).toBe(id);
	return state;
}

/** Every number written in a text, as numbers ("1.731e-9" and "−0.8" included). */
export const numbersIn = (text: string) =>
	[...text.replaceAll('−', '-').matchAll(/-?\d[\d,]*(\.\d+)?(e-?\d+)?/g)].map((m) =>
		Number(m[0].replaceAll(',', ''))
	);
