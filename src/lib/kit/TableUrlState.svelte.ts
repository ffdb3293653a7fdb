/**
 * The state of a widget that takes a table: the UrlState shell plus the table source the
 * data-source picker (`DataSource.svelte`) shows: the real tables as they load, the learner's
 * upload and a real table's load error. The upload never enters the link (`input.src` says
 * only 'upload'), so it lives here as raw state: thousands of cells need no deep proxies.
 */
import { RealTables } from '$lib/data/RealTables.svelte';
import type { Table } from '$lib/data/table';
import type { Codec, Decoded } from '$lib/url/codec';
import { realTableInfo, uploadLinkNote, type UploadFallback } from './dataSource';
import { UrlState } from './UrlState.svelte';

export class TableUrlState<T extends { q: number; src: string }> extends UrlState<T> {
	constructor(
		codec: Codec<T>,
		/** What a link with an upload opens where the file is not open. */
		private readonly uploadFallback: UploadFallback<T>
	) {
		super(codec);
	}

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

	/** The sentence under the upload box: a link made while a file is open opens the fallback table. */
	get uploadNote(): string {
		return uploadLinkNote(this.uploadFallback);
	}

	/** Call while the widget's component initialises: fetches each real table the moment it is chosen. */
	followSource() {
		this.realTables.follow(() => this.input.src);
	}

	/** A link made with an uploaded file opens the fallback table with a notice, unless the file is open here ("Show me" on it). */
	protected decode(params: URLSearchParams): Decoded<T> {
		const decoded = this.codec.decode(params);
		if (decoded.value.src === 'upload' && !this.reopensUpload(params)) {
			decoded.problems.push(
				`The link was made with an uploaded file, which never leaves its browser; showing ${this.uploadFallback.name} instead.`
			);
			Object.assign(decoded.value, this.uploadFallback.settings);
		}
		return decoded;
	}

	/** Whether a link names the upload while one is open here: "Show me" on an uploaded file reopens it. */
	protected reopensUpload(params: URLSearchParams): boolean {
		return params.get('src') === 'upload' && this.uploaded !== null;
	}
}
