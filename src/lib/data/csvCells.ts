/**
 * Single-cell judgements the CSV reader makes on top of the table's own
 * typing: cells a spreadsheet would run as formulas, European decimal commas,
 * and the stray text that keeps a column of numbers from being numeric.
 */
import { isMissingCell, parseNumberCell } from './table';

const FORMULA_PREFIXES = new Set(['=', '+', '-', '@']);

/**
 * A cell a spreadsheet would run as a formula if this data were exported and
 * opened there (CSV injection). Numbers like "-3" or "+1" are not: they are
 * only ever read as numbers. Nothing here evaluates anything; the flag exists
 * so a note can warn the learner.
 */
export function isFormulaLike(cell: string): boolean {
	return FORMULA_PREFIXES.has(cell.charAt(0)) && !isMissingCell(cell) && parseNumberCell(cell) === null;
}

const DECIMAL_COMMA = /^\s*[+-]?\d+,\d+\s*$/;

/**
 * Columns written with a decimal comma ("2,5"), as spreadsheets in much of
 * Europe save them, alongside semicolon separators. Only asked of files whose
 * separator is not a comma, where "2,5" cannot be two cells. A column
 * qualifies when every present cell is a number either way and at least one
 * has the comma.
 */
export function decimalCommaColumns(rows: string[][], width: number): number[] {
	const columns: number[] = [];
	for (let j = 0; j < width; j++) {
		let commas = 0;
		let qualifies = true;
		for (const row of rows) {
			const cell = row[j] ?? '';
			if (isMissingCell(cell)) continue;
			if (DECIMAL_COMMA.test(cell)) commas++;
			else if (parseNumberCell(cell) === null) {
				qualifies = false;
				break;
			}
		}
		if (qualifies && commas > 0) columns.push(j);
	}
	return columns;
}

/** Rewrites "2,5" as "2.5" in the given columns, in place (the rows belong to the reader). */
export function useDecimalPoints(rows: string[][], columns: number[]): void {
	for (const row of rows) {
		for (const j of columns) {
			const cell = row[j];
			if (cell !== undefined && DECIMAL_COMMA.test(cell)) row[j] = cell.replace(',', '.');
		}
	}
}

/**
 * In a column read as categorical, the first present cell that is not a
 * number, when most present cells are numbers: one "n/a" or "1,234" among
 * numbers is the usual reason a learner's numeric column is not numeric.
 */
export function strayTextAmongNumbers(values: (string | null)[]): { index: number; cell: string } | null {
	let present = 0;
	let numbers = 0;
	let first: { index: number; cell: string } | null = null;
	for (let index = 0; index < values.length; index++) {
		const cell = values[index];
		if (cell === null) continue;
		present++;
		if (parseNumberCell(cell) !== null) numbers++;
		else first ??= { index, cell };
	}
	return first && numbers >= present / 2 ? first : null;
}
