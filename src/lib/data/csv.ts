/**
 * A learner's own CSV file → a Table, or a plain message saying why not.
 * Pure (no DOM): the same code runs in the CSV worker, on the main thread for
 * small files, and in Node tests. Nothing in a cell is ever evaluated; cells
 * are only read as numbers or kept as text.
 */
import { counted, formatCount } from '$lib/format/format';
import { decimalCommaColumns, isFormulaLike, strayTextAmongNumbers, useDecimalPoints } from './csvCells';
import { decodeCsvBytes, sniffBinaryText } from './csvDecode';
import { generatedName, isDataRow, uniqueColumnNames } from './csvHeader';
import { unusableColumns, type UnusableColumn } from './csvRange';
import { csvSizeMessage, STOPPED_MESSAGE } from './csvLimits';
import { rowLimitMessage, splitCsvRows, type CsvProgressOptions, type CsvRows } from './csvRows';
import { tableFromRows, type Table } from './table';

export { MAX_CSV_BYTES, MAX_CSV_COLUMNS, MAX_CSV_ROWS, STOPPED_MESSAGE, csvSizeMessage } from './csvLimits';

/**
 * A table read, with notes on how it was read and the numeric columns no widget can compute
 * with (see csvRange.ts): the upload box offers to leave those out before any widget sees them.
 */
export type CsvResult =
	{ ok: true; table: Table; notes: string[]; unusable: UnusableColumn[] } | { ok: false; message: string };

export type CsvParseOptions = CsvProgressOptions;

const STOPPED: CsvResult = { ok: false, message: STOPPED_MESSAGE };

const DELIMITER_NAMES: Record<string, string> = {
	';': 'semicolons (;)',
	'\t': 'tabs',
	'|': 'vertical bars (|)'
};

/** Notes list at most this many examples, so a file with 900 renamed columns gets a short note. */
const EXAMPLES = 3;

function listed(items: string[]): string {
	const shown = items.slice(0, EXAMPLES).join('; ');
	return items.length > EXAMPLES ? `${shown}; and ${formatCount(items.length - EXAMPLES)} more` : shown;
}

/** A cell quoted in a note: on one line, and short enough to read. */
function quoted(cell: string): string {
	const flat = cell.replace(/\s+/g, ' ').trim();
	return `“${flat.length > 40 ? `${flat.slice(0, 39)}…` : flat}”`;
}

/** Cells a spreadsheet would run as formulas: counted, and the first shown, for the note. */
function formulaCells(
	rows: string[][],
	lines: number[],
	names: string[]
): { count: number; example: string } {
	let count = 0;
	let example = '';
	rows.forEach((row, i) => {
		row.forEach((cell, j) => {
			if (!isFormulaLike(cell)) return;
			if (count === 0) example = `${quoted(cell)} in ${names[j]}, line ${formatCount(lines[i])}`;
			count++;
		});
	});
	return { count, example };
}

/** Everything the learner should know about how the file was read, most important first. */
function readingNotes(
	split: CsvRows,
	firstRowIsData: boolean,
	renames: string[],
	decimalColumns: string[]
): string[] {
	const notes: string[] = [];
	const width = split.rows[0].length;
	if (firstRowIsData) {
		notes.push(
			`The first row holds only numbers, so it was read as data, not as column names: the columns are called “${generatedName(0)}”${width > 1 ? ` to “${generatedName(width - 1)}”` : ''}.`
		);
	}
	if (renames.length > 0) notes.push(`Column names made unique: ${listed(renames)}.`);
	const delimiterName = DELIMITER_NAMES[split.delimiter];
	if (delimiterName) notes.push(`Cells are separated by ${delimiterName}.`);
	if (decimalColumns.length > 0) {
		notes.push(`Read with a decimal comma (2,5 as 2.5): ${listed(decimalColumns)}.`);
	}
	const { shortRows, trimmedRows, strayQuotes } = split;
	if (shortRows.count > 0) {
		notes.push(
			`${counted(shortRows.count, 'row has', 'rows have')} fewer cells than the first row (first on line ${formatCount(shortRows.firstLine)}): the cells they lack count as missing.`
		);
	}
	if (trimmedRows.count > 0) {
		notes.push(
			`${counted(trimmedRows.count, 'row ends', 'rows end')} with blank cells beyond the last column (first on line ${formatCount(trimmedRows.firstLine)}): they were ignored.`
		);
	}
	if (strayQuotes.count > 0) {
		notes.push(
			`${counted(strayQuotes.count, 'cell has', 'cells have')} a misplaced double quote (first on line ${formatCount(strayQuotes.firstLine)}): read as well as possible, so check ${strayQuotes.count === 1 ? 'it' : 'them'}.`
		);
	}
	return notes;
}

/** Why a mostly numeric column came out categorical, for each such column. */
function strayTextNotes(table: Table, lines: number[]): string[] {
	const notes: string[] = [];
	for (const column of table.columns) {
		if (column.kind !== 'categorical') continue;
		const stray = strayTextAmongNumbers(column.values);
		if (!stray) continue;
		notes.push(
			`“${column.name}” is mostly numbers but is read as categorical because of text such as ${quoted(stray.cell)} (line ${formatCount(lines[stray.index])}). Fix or blank such cells to make it numeric.`
		);
	}
	return notes;
}

/** Rows (already split and checked) → the Table and its notes. */
function tableFromSplit(fileName: string, split: CsvRows): CsvResult {
	const firstRowIsData = isDataRow(split.rows[0]);
	const header = firstRowIsData
		? { names: split.rows[0].map((_, j) => generatedName(j)), changes: [] }
		: uniqueColumnNames(split.rows[0]);
	const rows = firstRowIsData ? split.rows : split.rows.slice(1);
	const lines = firstRowIsData ? split.lines : split.lines.slice(1);
	if (rows.length === 0) {
		return {
			ok: false,
			message: `The file has column names (${listed(header.names.map((name) => `“${name}”`))}) but no rows of data under them.`
		};
	}
	const tooLong = rowLimitMessage(rows.length);
	if (tooLong) return { ok: false, message: tooLong };

	const decimalColumns = split.delimiter === ',' ? [] : decimalCommaColumns(rows, header.names.length);
	useDecimalPoints(rows, decimalColumns);
	const formulas = formulaCells(rows, lines, header.names);
	const table = tableFromRows(fileName, header.names, rows);

	const notes = readingNotes(
		split,
		firstRowIsData,
		header.changes,
		decimalColumns.map((j) => header.names[j])
	);
	if (formulas.count > 0) {
		notes.push(
			`${counted(formulas.count, 'cell starts', 'cells start')} with =, +, - or @ (${formulas.example}). ${formulas.count === 1 ? 'It is' : 'They are'} kept as plain text and never run here, but a spreadsheet may run such cells as formulas: take care if you open this data in one.`
		);
	}
	for (const note of strayTextNotes(table, lines)) notes.push(note);
	return { ok: true, table, notes, unusable: unusableColumns(table) };
}

/** Parses CSV text (a leading BOM is dropped); the separator is detected. */
export async function parseCsvText(
	text: string,
	fileName: string,
	options: CsvParseOptions = {}
): Promise<CsvResult> {
	if (options.signal?.aborted) return STOPPED;
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	if (body.length === 0) return { ok: false, message: 'The file is empty: it has no rows or columns.' };
	const tooBig = csvSizeMessage(body.length);
	if (tooBig) return { ok: false, message: tooBig };
	if (body.trim() === '') {
		return { ok: false, message: 'The file holds only spaces and blank lines: it has no rows or columns.' };
	}
	const binary = sniffBinaryText(body);
	if (binary) return { ok: false, message: binary };

	const split = await splitCsvRows(body, options);
	if (!split.ok) return split;
	if (options.signal?.aborted) return STOPPED;
	return tableFromSplit(fileName, split);
}

/** Parses a file's bytes: size, then binary content, then encoding, then the text. */
export async function parseCsvBytes(
	bytes: ArrayBuffer | Uint8Array,
	fileName: string,
	options: CsvParseOptions = {}
): Promise<CsvResult> {
	const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
	const tooBig = csvSizeMessage(view.byteLength);
	if (tooBig) return { ok: false, message: tooBig };
	if (view.byteLength === 0)
		return { ok: false, message: 'The file is empty (0 bytes): it has no rows or columns.' };
	const decoded = decodeCsvBytes(view);
	if (!decoded.ok) return decoded;
	const result = await parseCsvText(decoded.text, fileName, options);
	return result.ok ? { ...result, notes: [...decoded.notes, ...result.notes] } : result;
}

/** Parses a File (or any Blob), refusing one over the size limit before reading a byte of it. */
export async function parseCsvBlob(
	blob: Blob,
	fileName: string,
	options: CsvParseOptions = {}
): Promise<CsvResult> {
	const tooBig = csvSizeMessage(blob.size);
	if (tooBig) return { ok: false, message: tooBig };
	if (options.signal?.aborted) return STOPPED;
	return parseCsvBytes(await blob.arrayBuffer(), fileName, options);
}
