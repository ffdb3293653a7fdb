/**
 * A widget's one optional real table: fetched the first time the page asks for it and at most
 * once, so a widget that never shows it never downloads it; a failure becomes a message for the
 * page to show while the rest of the widget keeps working.
 */
import { base } from '$app/paths';
import type { DatasetName } from '$lib/ml/realTables';
import { loadDataset } from './loadDataset';
import type { Table } from './table';

/**
 * A function that fetches `name` on its first call and hands the table to `loaded`, or to
 * `failed` a sentence naming `what` ("the penguin data") and the reason.
 */
export function tableLoader(
	name: DatasetName,
	what: string,
	loaded: (table: Table) => void,
	failed: (message: string) => void
): () => Promise<void> {
	let requested = false;
	return async () => {
		if (requested) return;
		requested = true;
		try {
			loaded(await loadDataset(name, { base }));
		} catch (error) {
			failed(
				`The ${what} could not be loaded (${error instanceof Error ? error.message : String(error)}). Reload the page to try again.`
			);
		}
	};
}
