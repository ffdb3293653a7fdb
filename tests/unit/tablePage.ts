/**
 * A widget that takes a table, opened as the page opens it, for the tests: the real tables
 * read from static/data (as the browser would fetch them), then a link's state loaded.
 */
import { readFileSync } from 'node:fs';
import { parseCsvTable } from '$lib/ml/realTables';
import type { RealTables } from '$lib/data/RealTables.svelte';

/** The shipped tables, read once. */
export const realTables: RealTables['loaded'] = Object.fromEntries(
	['cars', 'penguins', 'iris'].map((name) => [
		name,
		parseCsvTable(name, readFileSync(`static/data/${name}.csv`, 'utf8'))
	])
);

/** A new state from `make`, its real tables loaded, opened at `query` (a link's query string). */
export function openTablePage<S extends { realTables: RealTables; load(params: URLSearchParams): void }>(
	make: () => S,
	query = ''
): S {
	const state = make();
	state.realTables.loaded = realTables;
	state.load(new URLSearchParams(query));
	return state;
}
