import { describe, expect, it } from 'vitest';
import { numericColumnNames, pickTwoColumns, tableFromRows } from '$lib/data/table';

describe('choosing two columns', () => {
	const table = tableFromRows(
		't',
		['name', 'height', 'mass', 'age'],
		[
			['a', '1.7', '60', '30'],
			['b', '1.8', '', '41']
		]
	);

	it('lists the numeric columns in order', () => {
		expect(numericColumnNames(table)).toEqual(['height', 'mass', 'age']);
		expect(numericColumnNames(null)).toEqual([]);
	});

	it('keeps the wanted pair, and falls back column by column when one is missing or repeated', () => {
		const names = numericColumnNames(table);
		expect(pickTwoColumns(names, 'age', 'height')).toEqual(['age', 'height']);
		expect(pickTwoColumns(names, 'weight', 'age')).toEqual(['height', 'age']);
		expect(pickTwoColumns(names, 'mass', 'mass')).toEqual(['mass', 'height']);
		expect(pickTwoColumns(['only'], 'only', 'x')).toBeNull();
	});
});
