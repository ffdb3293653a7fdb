/**
 * A table as the widgets see it: named columns, each numeric or categorical,
 * missing cells kept as null and counted. Real data sets and uploaded CSV
 * files both end up here, so every widget reads one shape.
 */

export interface NumericColumn {
	name: string;
	kind: 'numeric';
	values: (number | null)[];
	missing: number;
}

export interface CategoricalColumn {
	name: string;
	kind: 'categorical';
	values: (string | null)[];
	missing: number;
}

export type Column = NumericColumn | CategoricalColumn;

export interface Table {
	name: string;
	columns: Column[];
	rowCount: number;
}

/** The cells pandas' read_csv reads as missing by default, so counts agree with it. */
const MISSING_MARKERS = new Set([
	'',
	'#N/A',
	'#N/A N/A',
	'#NA',
	'-1.#IND',
	'-1.#QNAN',
	'-NaN',
	'-nan',
	'1.#IND',
	'1.#QNAN',
	'<NA>',
	'N/A',
	'NA',
	'NULL',
	'NaN',
	'None',
	'n/a',
	'nan',
	'null'
]);

/** Plain decimal or scientific numbers only: no hex, no "Infinity", no thousands separators. */
const NUMBER_PATTERN = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export function isMissingCell(cell: string): boolean {
	return MISSING_MARKERS.has(cell.trim());
}

/** The number a cell holds, or null when it is not a plain finite number. */
export function parseNumberCell(cell: string): number | null {
	const text = cell.trim();
	if (!NUMBER_PATTERN.test(text)) return null;
	const value = Number(text);
	return Number.isFinite(value) ? value : null;
}

/**
 * Types each column from its cells: numeric when every present cell is a
 * number (and at least one is present), categorical otherwise. Rows shorter
 * than the header are padded with missing cells; the caller decides what to
 * do about longer ones before calling.
 */
export function tableFromRows(name: string, header: string[], rows: string[][]): Table {
	const columns: Column[] = header.map((columnName, j) => {
		const cells = rows.map((row) => row[j] ?? '');
		const missing = cells.filter(isMissingCell).length;
		const present = cells.length - missing;
		const numbers = cells.map((cell) => (isMissingCell(cell) ? null : parseNumberCell(cell)));
		const allNumeric = present > 0 && numbers.filter((v) => v !== null).length === present;
		if (allNumeric) return { name: columnName, kind: 'numeric', values: numbers, missing };
		return {
			name: columnName,
			kind: 'categorical',
			values: cells.map((cell) => (isMissingCell(cell) ? null : cell)),
			missing
		};
	});
	return { name, columns, rowCount: rows.length };
}

export function columnByName(table: Table, columnName: string): Column {
	const column = table.columns.find((c) => c.name === columnName);
	if (!column) throw new Error(`Table "${table.name}" has no column "${columnName}"`);
	return column;
}

/**
 * The chosen numeric columns as a data set (rows × features), keeping only
 * the rows where every chosen column has a value. `rows` maps back to the
 * table's row numbers.
 */
export function numericMatrix(table: Table, columnNames: string[]): { X: number[][]; rows: number[] } {
	const columns = columnNames.map((columnName) => {
		const column = columnByName(table, columnName);
		if (column.kind !== 'numeric') throw new Error(`Column "${columnName}" is not numeric`);
		return column;
	});
	const X: number[][] = [];
	const rows: number[] = [];
	for (let i = 0; i < table.rowCount; i++) {
		const row = columns.map((column) => column.values[i]);
		if (row.every((v) => v !== null)) {
			X.push(row as number[]);
			rows.push(i);
		}
	}
	return { X, rows };
}

/** The names of a table's numeric columns, in order (none for no table). */
export function numericColumnNames(table: Table | null): string[] {
	return table ? table.columns.filter((c) => c.kind === 'numeric').map((c) => c.name) : [];
}

/**
 * Two different columns out of `names` for a widget that plots or compares two: the wanted
 * ones when present (the second only if it differs from the first), else the first names
 * available. Null with fewer than two names. A link naming a column the table lacks thus
 * still opens on something sensible.
 */
export function pickTwoColumns(
	names: readonly string[],
	first: string,
	second: string
): [string, string] | null {
	if (names.length < 2) return null;
	const a = names.includes(first) ? first : names[0];
	const b = names.includes(second) && second !== a ? second : names.find((n) => n !== a)!;
	return [a, b];
}
