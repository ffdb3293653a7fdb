/**
 * Column names from a CSV's first row: whether that row is names at all, and
 * names every widget can tell apart (a widget finds columns by name).
 */
import { isMissingCell, parseNumberCell } from './table';

/** Longer names would break every label and legend they appear in. */
export const MAX_COLUMN_NAME_LENGTH = 80;

/**
 * A first row of numbers only is data, not names (a file exported without its
 * header). Strictly every cell: a row like ",2019,2020" is a header (a pivot
 * table's years), so a blank cell keeps the row as names.
 */
export function isDataRow(row: string[]): boolean {
	return row.length > 0 && row.every((cell) => !isMissingCell(cell) && parseNumberCell(cell) !== null);
}

/** The generated name of the column at `index` (0-based), as a person counts: "column 1". */
export function generatedName(index: number): string {
	return `column ${index + 1}`;
}

export interface ColumnNames {
	names: string[];
	/** One line per changed name, saying what it was and what it became. */
	changes: string[];
}

function shorten(name: string): string {
	return name.length > MAX_COLUMN_NAME_LENGTH ? `${name.slice(0, MAX_COLUMN_NAME_LENGTH - 1)}…` : name;
}

/**
 * Unique, non-blank names: a blank becomes "column 3" (its position), a
 * repeat of "x" becomes "x (2)", "x (3)"… skipping any name the header already
 * uses, so a made-up name never collides with a real one.
 */
export function uniqueColumnNames(header: string[]): ColumnNames {
	const trimmed = header.map((cell) => shorten(cell.trim()));
	const taken = new Set(trimmed.filter((name) => name !== ''));
	const used = new Set<string>();
	const changes: string[] = [];
	const names = trimmed.map((name, index) => {
		let unique = name;
		if (name === '') {
			unique = generatedName(index);
			for (let k = 2; taken.has(unique) || used.has(unique); k++) unique = `${generatedName(index)} (${k})`;
			changes.push(`blank name of column ${index + 1} → “${unique}”`);
		} else if (used.has(name)) {
			for (let k = 2; taken.has(unique) || used.has(unique); k++) unique = `${name} (${k})`;
			changes.push(`repeated “${name}” in column ${index + 1} → “${unique}”`);
		} else if (name !== header[index].trim()) {
			changes.push(`long name of column ${index + 1} shortened to “${name}”`);
		}
		used.add(unique);
		return unique;
	});
	return { names, changes };
}
