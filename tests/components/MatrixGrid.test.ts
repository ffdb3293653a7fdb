import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import MatrixGrid, { type CellRole } from '$lib/charts/MatrixGrid.svelte';

const caption = 'Spam filter on 10 emails';
const base = {
	values: [
		[1, 2],
		[3, 4]
	],
	rowLabels: ['Spam', 'Ham'],
	colLabels: ['Flagged', 'Passed'],
	caption
};

/** Row i, column j of a binary matrix with positive class 0: TP FN / FP TN. */
const binaryRole = (i: number, j: number): CellRole =>
	i === 0 ? (j === 0 ? 'tp' : 'fn') : j === 0 ? 'fp' : 'tn';

/** The value cells of each body row, in order. */
function valueCells(): HTMLElement[][] {
	const [, ...bodyRows] = within(screen.getByRole('table')).getAllByRole('rowgroup');
	return bodyRows.flatMap((group) =>
		within(group)
			.getAllByRole('row')
			.map((row) => within(row).getAllByRole('cell'))
	);
}

describe('MatrixGrid', () => {
	it('is a table named by its caption, which sits outside the scrolling box so a phone wraps it', () => {
		render(MatrixGrid, base);
		const table = screen.getByRole('table', { name: caption });
		const label = document.getElementById(table.getAttribute('aria-labelledby')!)!;
		expect(label).toHaveTextContent(caption);
		expect(label.closest('.scroll')).toBeNull();
	});

	it('has the predicted classes as column headers and the actual classes as row headers', () => {
		render(MatrixGrid, base);
		const columns = screen.getAllByRole('columnheader').map((th) => th.textContent?.trim());
		expect(columns).toEqual(['Predicted →', 'Flagged', 'Passed']);
		const rows = screen.getAllByRole('rowheader').map((th) => th.textContent?.trim());
		expect(rows).toEqual(['Actual ↓', 'Spam', 'Ham']);
	});

	it('uses custom axis titles', () => {
		render(MatrixGrid, { ...base, rowTitle: 'Truth', colTitle: 'Guess' });
		// the arrows are drawn for the eye and hidden from screen readers
		expect(screen.getByRole('columnheader', { name: 'Guess' })).toHaveTextContent('Guess →');
		expect(screen.getByRole('rowheader', { name: 'Truth' })).toHaveTextContent('Truth ↓');
	});

	it('shows each value in its row and column', () => {
		render(MatrixGrid, base);
		expect(valueCells().map((row) => row.map((cell) => cell.textContent?.trim()))).toEqual([
			['1', '2'],
			['3', '4']
		]);
		// each body row is labelled by its actual class
		const spamRow = screen.getByRole('rowheader', { name: 'Spam' }).closest('tr') as HTMLElement;
		expect(
			within(spamRow)
				.getAllByRole('cell')
				.map((c) => c.textContent?.trim())
		).toEqual(['1', '2']);
		const hamRow = screen.getByRole('rowheader', { name: 'Ham' }).closest('tr') as HTMLElement;
		expect(
			within(hamRow)
				.getAllByRole('cell')
				.map((c) => c.textContent?.trim())
		).toEqual(['3', '4']);
	});

	it('writes large values with thousands separators', () => {
		render(MatrixGrid, {
			...base,
			values: [
				[12345, 0],
				[0, 1000000]
			]
		});
		expect(
			valueCells()
				.flat()
				.map((cell) => cell.textContent?.trim())
		).toEqual(['12,345', '0', '0', '1,000,000']);
	});

	it('marks the diagonal', () => {
		render(MatrixGrid, base);
		const diagonal = valueCells().map((row) => row.map((cell) => cell.classList.contains('diagonal')));
		expect(diagonal).toEqual([
			[true, false],
			[false, true]
		]);
	});

	it('adds the role of each cell as a class', () => {
		render(MatrixGrid, { ...base, role: binaryRole });
		const roles = valueCells().map((row) =>
			row.map((cell) => ['tp', 'fp', 'fn', 'tn'].filter((r) => cell.classList.contains(r)))
		);
		expect(roles).toEqual([
			[['tp'], ['fn']],
			[['fp'], ['tn']]
		]);
	});

	it('adds no role classes without a role function, and no tags unless asked', () => {
		render(MatrixGrid, { ...base, role: binaryRole });
		expect(screen.queryByText('TP')).toBeNull();
		const plain = render(MatrixGrid, { ...base, caption: 'plain' });
		const cells = within(plain.container)
			.getAllByRole('cell')
			.filter((c) => c.classList.contains('cell'));
		expect(cells).toHaveLength(4);
		for (const cell of cells) for (const r of ['tp', 'fp', 'fn', 'tn']) expect(cell).not.toHaveClass(r);
	});

	it('shows role tags when asked', () => {
		render(MatrixGrid, { ...base, role: binaryRole, showRoleTags: true });
		expect(valueCells().map((row) => row.map((cell) => cell.querySelector('.tag')?.textContent))).toEqual([
			['TP', 'FN'],
			['FP', 'TN']
		]);
	});

	/** The accent's share in the cell's background mix, e.g. "30%". */
	const shadeOf = (cell: HTMLElement) => /var\(--accent\) (\d+%)/.exec(cell.getAttribute('style') ?? '')?.[1];

	it('shades each cell by its share of the largest value, up to 40%', () => {
		render(MatrixGrid, base);
		// largest is 4: 1 → 10%, 2 → 20%, 3 → 30%, 4 → 40%
		const shades = valueCells().map((row) => row.map(shadeOf));
		expect(shades).toEqual([
			['10%', '20%'],
			['30%', '40%']
		]);
	});

	it('shades an all-zero matrix at 0% (no division by zero)', () => {
		render(MatrixGrid, {
			...base,
			values: [
				[0, 0],
				[0, 0]
			]
		});
		expect(valueCells().flat().map(shadeOf)).toEqual(['0%', '0%', '0%', '0%']);
	});

	it('renders custom cell content with the row, column and value', () => {
		const cell = createRawSnippet((row: () => number, col: () => number, value: () => number) => ({
			render: () => `<b>${row()},${col()}=${value()}</b>`
		}));
		render(MatrixGrid, { ...base, cell });
		expect(valueCells().map((r) => r.map((c) => c.textContent?.trim()))).toEqual([
			['0,0=1', '0,1=2'],
			['1,0=3', '1,1=4']
		]);
	});
});
