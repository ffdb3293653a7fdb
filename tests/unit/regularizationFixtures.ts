/** The L1 vs L2 widget's states as the page builds them, for its unit tests. */
import { expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseCsvTable } from '$lib/ml/realTables';
import type { Table } from '$lib/data/table';
import { RegularizationState } from '$lib/widgets/regularization/State.svelte';

let cars: Table | null = null;

/** The shipped cars table, read from disk once. */
export function carsTable(): Table {
	cars ??= parseCsvTable('cars', readFileSync('static/data/cars.csv', 'utf8'));
	return cars;
}

/** A fresh widget state opened from `query` (a link), with the cars table at hand and its path over λ computed. */
export async function openState(query = ''): Promise<RegularizationState> {
	const state = new RegularizationState();
	state.load(new URLSearchParams(query));
	state.cars = carsTable();
	await state.pathTask.run();
	expect(state.path, 'the path over λ').not.toBeNull();
	return state;
}

/** A state on story step `id` (opened as its link or a click does), with its seed set to `seed`. */
export async function storyState(id: string, seed: number): Promise<RegularizationState> {
	const state = new RegularizationState();
	state.applyStep(state.steps.find((step) => step.id === id)!);
	state.input.seed = seed;
	await state.pathTask.run();
	expect(state.storyStep?.id).toBe(id);
	expect(state.path, 'the path over λ').not.toBeNull();
	return state;
}
