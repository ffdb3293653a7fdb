/**
 * The real tables of `static/data/` as a widget uses them: each fetched the first time it is
 * shown, kept raw (thousands of cells need no deep proxies); a failure is kept as a message
 * for the page to show while the rest keeps working.
 */
import { base } from '$app/paths';
import { DATASETS, type DatasetName } from '$lib/ml/datasets';
import { loadDataset } from './loadDataset';
import type { Table } from './table';

export class RealTables {
	loaded = $state.raw<Partial<Record<DatasetName, Table>>>({});
	error = $state<string | null>(null);

	/** Call while a component initialises: fetches the real table that `source()` names (if it names one) whenever it changes. */
	follow(source: () => string) {
		$effect(() => {
			const name = DATASETS.find((d) => d.name === source())?.name;
			if (name) this.ensure(name);
		});
	}

	async ensure(name: DatasetName) {
		if (this.loaded[name]) return;
		try {
			const table = await loadDataset(name, { base });
			this.loaded = { ...this.loaded, [name]: table };
		} catch (error) {
			this.error = `The ${name} data could not be loaded (${error instanceof Error ? error.message : String(error)}).`;
		}
	}
}
