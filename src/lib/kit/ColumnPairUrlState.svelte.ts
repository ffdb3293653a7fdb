/**
 * The state of a widget that studies two numeric columns of a table, chosen with the
 * `ColumnPair` picker (feature scaling, missing values, outliers): the TableUrlState shell
 * plus the table on screen, its numeric columns, the two the link names, and an upload that
 * opens on the file's first two numeric columns.
 */
import { numericColumnNames, pickTwoColumns, type Table } from '$lib/data/table';
import type { Codec } from '$lib/url/codec';
import type { UploadFallback } from './dataSource';
import { TableUrlState } from './TableUrlState.svelte';

/** The fields of a state that hold a word: the ones that can name a column. */
type TextKey<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T];

export abstract class ColumnPairUrlState<T extends { q: number; src: string }> extends TableUrlState<T> {
	constructor(
		codec: Codec<T>,
		uploadFallback: UploadFallback<T>,
		/** The two link fields that name the columns, in the picker's order. */
		private readonly columnFields: readonly [TextKey<T>, TextKey<T>]
	) {
		super(codec, uploadFallback);
	}

	/** The table on screen, or null for generated data (or while a table loads). */
	table = $derived(this.sourceTable);
	/** Numeric columns of the table on screen, for the pickers. */
	numericColumns = $derived(numericColumnNames(this.table));
	/** The two columns the link names when the table has them, else its first two numeric ones. */
	columns = $derived.by(() => {
		const [first, second] = this.columnFields;
		return pickTwoColumns(this.numericColumns, this.input[first] as string, this.input[second] as string);
	});

	/** Chooses a source, with the widget's own defaults for it (columns, added points…). */
	abstract setSource(src: T['src'] | 'upload'): void;

	/** Takes a table read from the upload box, on its first two numeric columns. */
	useUpload(table: Table) {
		this.uploaded = table;
		this.setSource('upload');
		const [first, second] = numericColumnNames(table);
		Object.assign(this.input, { [this.columnFields[0]]: first ?? '', [this.columnFields[1]]: second ?? '' });
	}
}
