import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import ChartTable from '$lib/charts/ChartTable.svelte';

describe('ChartTable', () => {
	it('cuts a 200,000-character cell to 60 with an ellipsis, and takes columns that share a name', async () => {
		const errors = vi.spyOn(console, 'error');
		const long = 'w'.repeat(200_000);
		render(ChartTable, { caption: 'Counts', data: () => ({ columns: ['value', 'value', long], rows: [[long, '1', '2']] }), rowHeaders: true });
		await fireEvent.click(screen.getByRole('button', { name: 'Show as a table' }));
		const table = screen.getByRole('table', { name: 'Counts' });
		const cells = [...table.querySelectorAll('th, td')].map((cell) => cell.textContent);
		expect(cells).toEqual(['value', 'value', `${'w'.repeat(59)}…`, `${'w'.repeat(59)}…`, '1', '2']);
		// the start of a cut cell stays readable in its tooltip
		expect(table.querySelector('tbody th')?.getAttribute('title')).toBe(`${'w'.repeat(999)}…`);
		expect(errors).not.toHaveBeenCalled();
	});
});
