/**
 * The feature-scaling page's state as the page builds it, for the tests: the real tables read
 * from static/data (as the browser would fetch them), then a link's state loaded. The presets a
 * learner can pick: each real table with its default columns, and the generated blobs.
 */
import { readFileSync } from 'node:fs';
import { parseCsvTable } from '$lib/ml/realTables';
import { ScalingState } from '$lib/widgets/feature-scaling/State.svelte';

const tables = Object.fromEntries(
	['cars', 'penguins', 'iris'].map((name) => [
		name,
		parseCsvTable(name, readFileSync(`static/data/${name}.csv`, 'utf8'))
	])
);

/** The page opened at `query` (a link's query string). */
export function scalingPage(query = ''): ScalingState {
	const state = new ScalingState();
	state.realTables.loaded = tables;
	state.load(new URLSearchParams(query));
	return state;
}

/** The page with its model scores computed, as the page computes them once the controls rest. */
export function scoredPage(query = ''): ScalingState {
	const state = scalingPage(query);
	state.scoreNow();
	return state;
}

/** The data a learner can pick, with the columns the page picks for each (cars is the default). */
export const PRESETS = [
	'src=cars',
	'src=penguins&fx=bill_depth_mm&fy=body_mass_g',
	'src=iris&fx=sepal_length_cm&fy=sepal_width_cm',
	'src=blobs'
];
export const SEEDS = [1, 2, 3];
