import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import CsvUpload from '$lib/data/CsvUpload.svelte';
import { STOPPED_MESSAGE, type CsvParseOptions, type CsvResult } from '$lib/data/csv';
import type { Table } from '$lib/data/table';
import { nearMaxCsv } from '../fixtures/csv/hostile.js';

type Loader = (file: File, options?: CsvParseOptions) => Promise<CsvResult>;

// jsdom has no Worker: small files take loadCsvFile's main-thread path for real.
// One test swaps in a loader it controls, to hold a read open and stop it.
const swap = vi.hoisted(() => ({ loader: null as Loader | null }));
vi.mock('$lib/data/loadCsvFile', async (importOriginal) => {
	const actual = await importOriginal<typeof import('$lib/data/loadCsvFile')>();
	return {
		...actual,
		loadCsvFile: (file: File, options?: CsvParseOptions) => (swap.loader ?? actual.loadCsvFile)(file, options)
	};
});

afterEach(() => {
	swap.loader = null;
});

const label = 'Upload a CSV file';
const FIXTURES = join(import.meta.dirname, '../fixtures/csv');

function fixture(name: string): File {
	return new File([readFileSync(join(FIXTURES, name))], name, { type: 'text/csv' });
}

function renderUpload() {
	const onload = vi.fn<(table: Table) => void>();
	render(CsvUpload, { onload });
	const input = screen.getByLabelText(label) as HTMLInputElement;
	return { onload, input };
}

async function choose(input: HTMLInputElement, file: File): Promise<void> {
	await fireEvent.change(input, { target: { files: [file] } });
}

/** The message region the file box points to. */
function messageOf(input: HTMLInputElement): HTMLElement {
	const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
	const region = ids
		.map((id) => document.getElementById(id))
		.find((el) => el?.getAttribute('aria-live') === 'polite');
	if (!region) throw new Error('no polite message region described the file box');
	return region;
}

describe('CsvUpload', () => {
	it('is a labelled file box that says the file stays in the browser', () => {
		const { input } = renderUpload();
		expect(input).toHaveAttribute('type', 'file');
		expect(input).toHaveAccessibleDescription(
			expect.stringContaining('Your file stays in this browser: it is read here and never uploaded.')
		);
		expect(messageOf(input)).toHaveTextContent('');
		expect(input).not.toHaveAttribute('aria-invalid');
	});

	it('reads a good file: a summary of rows × columns, each column with kind and missing count, and onload', async () => {
		const { onload, input } = renderUpload();
		await choose(input, fixture('valid-small.csv'));
		expect(await screen.findByText('valid-small.csv')).toBeInTheDocument();
		expect(screen.getByText(/: 6 rows × 4 columns$/)).toBeInTheDocument();
		expect(messageOf(input)).toHaveTextContent('Loaded “valid-small.csv”: 6 rows × 4 columns.');

		const table = screen.getByRole('table', { name: /Each column of “valid-small.csv”/ });
		const rows = within(table)
			.getAllByRole('row')
			.slice(1)
			.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
		expect(rows).toEqual([
			['height_cm', 'numeric', '0'],
			['mass_kg', 'numeric', '1'],
			['sex', 'categorical', '0'],
			['age', 'numeric', '1']
		]);
		// the box says which file is loaded (the browser's own "No file chosen" would not), and the
		// column table scrolls sideways in a focusable region rather than breaking its words
		expect(input.closest('.drop')).toHaveTextContent('Loaded: valid-small.csv');
		expect(table.closest('[role="region"]')).toHaveAttribute('tabindex', '0');
		// the widget hears of the table in a task after the summary
		await waitFor(() => expect(onload).toHaveBeenCalledTimes(1));
		expect(onload.mock.calls[0][0]).toMatchObject({ name: 'valid-small.csv', rowCount: 6 });
	});

	it('shows how the file was read', async () => {
		const { input } = renderUpload();
		await choose(input, fixture('semicolons.csv'));
		const notes = await screen.findByRole('list', { name: 'How the file was read' });
		expect(within(notes).getByText('Cells are separated by semicolons (;).')).toBeInTheDocument();
	});

	it('shows a bad file’s message at the box and keeps the previous table', async () => {
		const { onload, input } = renderUpload();
		await choose(input, fixture('valid-small.csv'));
		await screen.findByText('valid-small.csv');

		await choose(input, fixture('binary.csv'));
		await vi.waitFor(() => expect(messageOf(input)).toHaveTextContent(/looks binary/));
		expect(messageOf(input)).toHaveClass('error');
		expect(messageOf(input)).toHaveTextContent(/“valid-small.csv” is still loaded\.$/);
		expect(input).toHaveAttribute('aria-invalid', 'true');
		// the last good summary stays, and the widget heard nothing new
		expect(screen.getByText('valid-small.csv')).toBeInTheDocument();
		expect(screen.getByRole('table', { name: /valid-small.csv/ })).toBeInTheDocument();
		expect(onload).toHaveBeenCalledTimes(1);
	});

	it('offers to leave out a column no widget can compute with, and loads nothing until asked', async () => {
		const { onload, input } = renderUpload();
		await choose(input, fixture('valid-small.csv'));
		await waitFor(() => expect(onload).toHaveBeenCalledTimes(1));

		await choose(input, new File([nearMaxCsv()], 'near-1e308.csv', { type: 'text/csv' }));
		await vi.waitFor(() =>
			expect(messageOf(input)).toHaveTextContent(
				/^1 column of “near-1e308.csv” cannot be used: “huge” holds values up to 1\.7e308, whose squares overflow/
			)
		);
		expect(messageOf(input)).toHaveTextContent(
			/leave it out and load the other 3 columns\. “valid-small.csv” is still loaded\.$/
		);
		expect(messageOf(input)).toHaveClass('error');
		// the last good table is still the one on show, and the widget heard nothing new
		expect(screen.getByRole('table', { name: /valid-small.csv/ })).toBeInTheDocument();
		expect(onload).toHaveBeenCalledTimes(1);

		await fireEvent.click(screen.getByRole('button', { name: 'Leave out “huge” and load the rest' }));
		await waitFor(() => expect(onload).toHaveBeenCalledTimes(2));
		const table = onload.mock.calls[1][0];
		expect(table.columns.map((c) => c.name)).toEqual(['group', 'height', 'weight']);
		expect(table.rowCount).toBe(60);
		expect(messageOf(input)).toHaveTextContent(
			'Loaded “near-1e308.csv” without “huge”: 60 rows × 3 columns.'
		);
		expect(messageOf(input)).not.toHaveClass('error');
		const notes = screen.getByRole('list', { name: 'How the file was read' });
		expect(
			within(notes).getByText(
				/^Left out, as no widget can compute with it: “huge” holds values up to 1\.7e308/
			)
		).toBeInTheDocument();
		expect(screen.queryByRole('button', { name: /Leave out/ })).toBeNull();
	});

	it('keeps the last good table when no column of a file can be used', async () => {
		const { onload, input } = renderUpload();
		await choose(input, fixture('valid-small.csv'));
		await waitFor(() => expect(onload).toHaveBeenCalledTimes(1));
		await choose(input, new File(['a,b\n1e200,5e-324\n2e200,0\n'], 'all-bad.csv', { type: 'text/csv' }));
		await vi.waitFor(() =>
			expect(messageOf(input)).toHaveTextContent(
				/^No column of “all-bad.csv” can be used: “a” holds values up to 2e200.*; “b” holds values down to 5e-324/
			)
		);
		expect(messageOf(input)).toHaveTextContent(/“valid-small.csv” is still loaded\.$/);
		expect(screen.queryByRole('button', { name: /Leave out/ })).toBeNull();
		expect(screen.getByRole('table', { name: /valid-small.csv/ })).toBeInTheDocument();
		expect(onload).toHaveBeenCalledTimes(1);
	});

	it.each(['empty.csv', 'whitespace.csv', 'ragged-extra-cells.csv', 'unclosed-quote.csv'])(
		'refuses %s with a message and no summary',
		async (name) => {
			const { onload, input } = renderUpload();
			await choose(input, fixture(name));
			await vi.waitFor(() => expect(messageOf(input)).toHaveClass('error'));
			expect(messageOf(input).textContent).not.toBe('');
			expect(screen.queryByRole('table')).toBeNull();
			expect(onload).not.toHaveBeenCalled();
		}
	);

	it('does not crash when the file cannot be read', async () => {
		const { input } = renderUpload();
		const file = fixture('valid-small.csv');
		Object.defineProperty(file, 'arrayBuffer', {
			value: () => Promise.reject(new Error('the disk went away'))
		});
		await choose(input, file);
		await vi.waitFor(() =>
			expect(messageOf(input)).toHaveTextContent('The file could not be read (the disk went away).')
		);
	});

	it('shows progress while reading, and Stop stops it', async () => {
		swap.loader = (_file, options) =>
			new Promise((resolve) => {
				options?.onProgress?.(0.4);
				options?.signal?.addEventListener('abort', () => resolve({ ok: false, message: STOPPED_MESSAGE }));
			});
		const { onload, input } = renderUpload();
		await choose(input, fixture('valid-small.csv'));

		const progress = await screen.findByRole('progressbar', { name: 'Reading “valid-small.csv”: 40%' });
		expect(progress).toHaveAttribute('value', '0.4');
		await fireEvent.click(screen.getByRole('button', { name: 'Stop' }));
		await vi.waitFor(() =>
			expect(messageOf(input)).toHaveTextContent('Stopped: “valid-small.csv” was not loaded.')
		);
		expect(messageOf(input)).not.toHaveClass('error');
		expect(screen.queryByRole('progressbar')).toBeNull();
		expect(onload).not.toHaveBeenCalled();
	});
});
