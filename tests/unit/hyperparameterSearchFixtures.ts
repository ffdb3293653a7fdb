/**
 * The hyperparameter-search page's states as the page builds them, for its unit tests, and
 * the surfaces written out again from their definitions in natural values (a second, plain
 * copy the tests check the widget's numbers against).
 */
import { expect } from 'vitest';
import { SearchState } from '$lib/widgets/hyperparameter-search/State.svelte';

/** A fresh widget state opened from `query` (a link). */
export function openState(query = ''): SearchState {
	const state = new SearchState();
	state.load(new URLSearchParams(query));
	return state;
}

/** A widget state after its story step `id` was opened (as its link or a click does), then its seed set to `seed`. */
export async function storyState(id: string, seed: number): Promise<SearchState> {
	const state = openState('');
	state.applyStep(state.steps.find((step) => step.id === id)!);
	state.input.seed = seed;
	expect(state.storyStep?.id).toBe(id);
	// Bayesian search runs as a Task; outside a component nothing follows it, so run it here
	if (state.input.strat === 'bayes') await state.bayesTask.run();
	return state;
}

const bump = (x: number, centre: number, width: number) => Math.exp(-(((x - centre) / width) ** 2));

/** "Dropout matters, momentum barely": dropout 0.02–0.8, momentum 0.5–0.99, both linear. */
export function oneMattersByHand(dropout: number, momentum: number): number {
	const a = (dropout - 0.02) / 0.78;
	const b = (momentum - 0.5) / 0.49;
	return 0.7 + 0.22 * bump(a, 0.3, 0.09) + 0.012 * (1 - (b - 0.6) ** 2);
}

/** "Learning rate × L2 penalty": rate 1e-5–1 and penalty 1e-6–10, both drawn in decades. */
export function logScaleByHand(rate: number, penalty: number): number {
	const a = (Math.log10(rate) + 5) / 5;
	const b = (Math.log10(penalty) + 6) / 7;
	return 0.5 + 0.42 * bump(a, 0.46, 0.12) * (0.75 + 0.25 * bump(b, 3 / 7, 0.25));
}
