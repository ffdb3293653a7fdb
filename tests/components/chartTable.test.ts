import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import ChartTable from '$lib/charts/ChartTable.svelte';

describe('ChartTable', () => {
	it('cuts a 200,000-character cell to 60 with an ellipsis, and takes columns that share a name', async () => {
		const errors = vi.spyOn(console, 'error');
		const long = 'w'.repeat(200_000);
		render(ChartTable, {
			caption: 'Counts',
			data: () => ({ columns: ['value', 'value', long], rows: [[long, '1', '2']] }),
			rowHeaders: true
		});
		await fireEvent.click(screen.getByRole('button', { name: 'Show as a table' }));
		const table = screen.getByRole('table', { name: 'Counts' });
		const cells = [...table.querySelectorAll('th, td')].map((cell) => cell.textContent);
		expect(cells).toEqual(['value', 'value', `${'w'.repeat(59)}…`, `${'w'.repeat(59)}…`, '1', '2']);
		// the start of a cut cell stays readable in its tooltip
		expect(table.querySelector('tbody th')?.getAttribute('title')).toBe(`${'w'.repeat(999)}…`);
		expect(errors).not.toHaveBeenCalled();
	});
});

describe('ChartTable past 100 rows', () => {
	const rows = (n: number) => Array.from({ length: n }, (_, i) => [String(i), String(i * i)]);

	it('shows a page of 100 at a time, with Previous / Next and where it is', async () => {
		render(ChartTable, { caption: 'Squares', data: () => ({ columns: ['n', 'n²'], rows: rows(250) }) });
		await fireEvent.click(screen.getByRole('button', { name: 'Show as a table' }));
		const firstCells = () =>
			[...screen.getByRole('table', { name: 'Squares' }).querySelectorAll('tbody tr td:first-child')].map(
				(c) => c.textContent
			);
		expect(firstCells()).toEqual(Array.from({ length: 100 }, (_, i) => String(i)));
		expect(screen.getByText('Rows 1–100 of 250')).toBeTruthy();
		expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Previous rows' }).disabled).toBe(true);
		await fireEvent.click(screen.getByRole('button', { name: 'Next rows' }));
		await fireEvent.click(screen.getByRole('button', { name: 'Next rows' }));
		expect(firstCells()).toEqual(Array.from({ length: 50 }, (_, i) => String(200 + i)));
		expect(screen.getByText('Rows 201–250 of 250')).toBeTruthy();
		expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Next rows' }).disabled).toBe(true);
	});

	it('a table of 100 rows or fewer has no pager', async () => {
		render(ChartTable, { caption: 'Few', data: () => ({ columns: ['n', 'n²'], rows: rows(100) }) });
		await fireEvent.click(screen.getByRole('button', { name: 'Show as a table' }));
		expect(screen.queryByRole('button', { name: 'Next rows' })).toBeNull();
	});
});
