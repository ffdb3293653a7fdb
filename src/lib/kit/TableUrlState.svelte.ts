/**
 * The state of a widget that takes a table: the UrlState shell plus the table source the
 * data-source picker (`DataSource.svelte`) shows: the real tables as they load, the learner's
 * upload and a real table's load error. The upload never enters the link (`input.src` says
 * only 'upload'), so it lives here as raw state: thousands of cells need no deep proxies.
 */
import { RealTables } from '$lib/data/RealTables.svelte';
import type { Table } from '$lib/data/table';
import { realTableInfo } from './dataSource';
import { UrlState } from './UrlState.svelte';

export class TableUrlState<T extends { q: number; src: string }> extends UrlState<T> {
	/** Real tables as they load (see RealTables). */
	realTables = new RealTables();
	/** The learner's table, once one is loaded. */
	uploaded = $state.raw<Table | null>(null);
	/** Why a real table could not be loaded, if it could not. */
	loadError = $derived(this.realTables.error);
	/** The table `input.src` names: the upload or a loaded real table; null for generated data or while a table loads. */
	sourceTable = $derived.by((): Table | null => {
		const { src } = this.input;
		if (src === 'upload') return this.uploaded;
		const info = realTableInfo(src);
		return info ? (this.realTables.loaded[info.name] ?? null) : null;
	});

	/** Call while the widget's component initialises: fetches each real table the moment it is chosen. */
	followSource() {
		this.realTables.follow(() => this.input.src);
	}

	/** Whether a link names the upload while one is open here: "Show me" on an uploaded file reopens it. */
	protected reopensUpload(params: URLSearchParams): boolean {
		return params.get('src') === 'upload' && this.uploaded !== null;
	}
}
