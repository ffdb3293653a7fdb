/**
 * The PCA page's state as the page builds it, for the tests: the real tables read from
 * static/data (as the browser would fetch them), then a link's state loaded.
 */
import { PcaState } from '$lib/widgets/pca/State.svelte';
import { openTablePage } from './tablePage';

/** The page opened at `query` (a link's query string). */
export const pcaPage = (query = ''): PcaState => openTablePage(() => new PcaState(), query);

/** The page after a click on story step `id`, then (when given) its seed set. */
export function pcaStepPage(id: string, seed?: number): PcaState {
	const page = pcaPage('');
	page.applyStep(page.steps.find((step) => step.id === id)!);
	if (seed !== undefined) page.input.seed = seed;
	return page;
}
