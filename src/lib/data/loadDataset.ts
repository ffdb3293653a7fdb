/**
 * Loads the real tables of `static/data/` over the network (the engine only parses them), caching
 * one promise per name.
 */
import type { Table } from './table';
import { datasetInfo, type DatasetInfo, type DatasetName } from '$lib/ml/realTables';

/** Options of {@link loadDataset}. */
export interface LoadOptions {
	/** The fetch to use (default: the global one); tests in Node pass one that reads the file from disk. */
	fetch?: typeof fetch;
	/** The site's base path (SvelteKit's `base` from `$app/paths`), e.g. '' or '/playground'. Default ''. */
	base?: string;
}

const cache = new Map<DatasetName, Promise<Table>>();

async function fetchTable(name: DatasetName, options: LoadOptions): Promise<Table> {
	const fetchImpl = options.fetch ?? globalThis.fetch;
	if (typeof fetchImpl !== 'function')
		throw new Error('loadDataset: no fetch is available; pass options.fetch');
	const url = `${options.base ?? ''}/data/${name}.csv`;
	const response = await fetchImpl(url);
	if (!response.ok)
		throw new Error(`loadDataset: GET ${url} answered ${response.status} ${response.statusText}`.trim());
	// the parser comes with the first table: most pages open on generated data. (The bundler notes
	// that csvTable.ts is also re-exported statically, for the engine's API, and so stays where it
	// is; the CSV library it imports, which is most of its weight, still moves to its own file.)
	const [{ parseCsvTable }, text] = await Promise.all([import('$lib/ml/csvTable'), response.text()]);
	return parseCsvTable(name, text);
}

/**
 * Loads one of the real tables of {@link DATASETS}.
 * Inputs: `name`; `options.fetch` and `options.base` (see {@link LoadOptions}).
 * Output: a promise of the {@link Table} (column kinds and missing counts as
 * `tableFromRows` decides them), cached per name: later calls share the
 * first result and must treat it as read-only. A failed load is not cached,
 * so it can be retried.
 * Rejects for an unknown name, a failed request or malformed CSV.
 */
export function loadDataset(name: DatasetName, options: LoadOptions = {}): Promise<Table> {
	let info: DatasetInfo;
	try {
		info = datasetInfo(name);
	} catch (error) {
		return Promise.reject(error);
	}
	const cached = cache.get(info.name);
	if (cached) return cached;
	const pending = fetchTable(info.name, options);
	cache.set(info.name, pending);
	pending.catch(() => {
		if (cache.get(info.name) === pending) cache.delete(info.name);
	});
	return pending;
}

/** Forgets every loaded table (for tests, or to reload after the files changed). */
export function clearDatasetCache(): void {
	cache.clear();
}
