/**
 * The words of the data-source picker (`DataSource.svelte`), kept out of the component so a
 * test can read them: the note under a built-in table and the label of the learner's-CSV choice.
 */
import { DATASETS, type DatasetInfo } from '$lib/ml/datasets';
import type { Table } from '$lib/data/table';

/** One built-in choice of the picker: a real table or generated data. */
export interface SourceOption<S extends string> {
	value: S;
	label: string;
}

/** What the picker reads and calls on a widget's state (a TableUrlState with its own `setSource` and `useUpload`). */
export interface SourceState<S extends string> {
	input: { src: S | 'upload' };
	/** The learner's table, once one is loaded (its choice is disabled until then). */
	uploaded: Table | null;
	/** Why a real table could not be loaded, if it could not. */
	loadError: string | null;
	/** Chooses a source, with the widget's own defaults for it (columns, k…). */
	setSource(src: S | 'upload'): void;
	/** Takes a table read from the upload box. */
	useUpload(table: Table): void;
	/** The sentence under the upload box: what a link made with a file opens. */
	uploadNote: string;
}

/** Extra words for the note under a real table: `detail` after its description, `tail` after its source. */
export interface DatasetNoteExtras {
	detail?: string | null;
	tail?: string;
}

/** The real table `src` names, or undefined for generated data and the learner's CSV. */
export function realTableInfo(src: string): DatasetInfo | undefined {
	return DATASETS.find((d) => d.name === src);
}

/** The note under a real table ("344 penguins… Source: …."), or null when `src` names no real table. */
export function datasetNote(src: string, { detail, tail }: DatasetNoteExtras = {}): string | null {
	const info = realTableInfo(src);
	if (!info) return null;
	return `${info.description}${detail ? ` ${detail}` : ''} Source: ${info.source}.${tail ? ` ${tail}` : ''}`;
}

/** The learner's-CSV choice: names the file once one is loaded, else says where to load one. */
export function uploadChoiceLabel(uploaded: Table | null): string {
	return `Your CSV${uploaded ? ` (${uploaded.name})` : ': upload one below'}`;
}

/** The sentence under the upload box where a link made with a file opens a fallback table: its name, from the widget's fallback. */
export function uploadLinkNote(fallback: UploadFallback<unknown>): string {
	return `An uploaded file is never put in the share link: a link made while one is open opens ${fallback.name}.`;
}

/** What a link made with an uploaded file opens in a browser that does not hold that file (the file never leaves its browser). */
export interface UploadFallback<T> {
	/** The table it opens, for the notice: "the penguins". */
	name: string;
	settings: Partial<T>;
}
