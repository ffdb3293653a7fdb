/**
 * The outliers page's state as the page builds it, for the tests: the real tables read from
 * static/data (as the browser would fetch them), then a link's state loaded. The presets a
 * learner can pick: each real table with its default columns, and the two generated columns.
 */
import { OutliersState } from '$lib/widgets/outliers/State.svelte';
import { openTablePage } from './tablePage';

/** The page opened at `query` (a link's query string). */
export const outliersPage = (query = ''): OutliersState => openTablePage(() => new OutliersState(), query);

/** Each data set a learner can pick, with the columns the page picks for it (cars is the default); the generated ones over seeds. */
export const PRESETS = [
	'src=cars',
	'src=penguins&col=body_mass_g&col2=flipper_length_mm',
	'src=iris&col=petal_length_cm&col2=petal_width_cm',
	...[1, 2, 3].flatMap((seed) => [`src=normal&seed=${seed}`, `src=skewed&seed=${seed}`])
];
