import { describe, expect, it } from 'vitest';
import { datasetNote, realTableInfo, uploadChoiceLabel, uploadLinkNote } from '../../src/lib/kit/dataSource';
import type { Table } from '../../src/lib/data/table';

describe('the data-source picker’s words', () => {
	it('describes a real table with its source, and nothing for generated data or an upload', () => {
		expect(datasetNote('penguins')).toBe(
			'344 penguins of three species from three Antarctic islands: bill, flipper and body mass. Source: Gorman, Williams & Fraser (2014), Palmer Station LTER; CC0.'
		);
		expect(datasetNote('blobs')).toBeNull();
		expect(datasetNote('upload')).toBeNull();
		expect(realTableInfo('shop')).toBeUndefined();
		expect(realTableInfo('iris')?.name).toBe('iris');
	});

	it('puts a widget’s detail after the description and its tail after the source', () => {
		const note = datasetNote('penguins', { detail: '2 rows are left out.', tail: 'Projected by PCA.' });
		expect(note).toBe(
			'344 penguins of three species from three Antarctic islands: bill, flipper and body mass. 2 rows are left out. Source: Gorman, Williams & Fraser (2014), Palmer Station LTER; CC0. Projected by PCA.'
		);
		// a null detail (no rows left out) adds nothing
		expect(datasetNote('penguins', { detail: null })).toBe(datasetNote('penguins'));
	});

	it('says under the upload box which table a link made with a file opens', () => {
		expect(uploadLinkNote({ name: 'the penguins', settings: {} })).toBe(
			'An uploaded file is never put in the share link: a link made while one is open opens the penguins.'
		);
	});

	it('names the uploaded file on its choice, or says where to load one', () => {
		expect(uploadChoiceLabel(null)).toBe('Your CSV: upload one below');
		const table: Table = { name: 'birds.csv', columns: [], rowCount: 0 };
		expect(uploadChoiceLabel(table)).toBe('Your CSV (birds.csv)');
	});
});
