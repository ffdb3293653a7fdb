/**
 * CSV text → rows of cells, with papaparse doing the quoting rules. The text is
 * parsed a slice at a time, yielding to the event loop between slices, so a
 * long file reports progress and can be stopped (an AbortSignal, or a worker's
 * "cancel" message, is seen between slices). Limits on width and length are
 * checked as rows arrive, so a hostile file is refused early, not after
 * filling memory.
 */
import Papa from 'papaparse';
import { formatCount } from '$lib/format/format';
import { nextTask } from '../kit/task/slices';

import { MAX_CSV_COLUMNS, MAX_CSV_ROWS, STOPPED_MESSAGE } from './csvLimits';

export { MAX_CSV_COLUMNS, MAX_CSV_ROWS, STOPPED_MESSAGE };

/** Characters parsed between two yields: a few milliseconds of work each. */
export const SLICE_LENGTH = 512 * 1024;

/** Separators papaparse may pick from; the record and unit separators it also tries are not used in CSV files people make. */
const DELIMITERS = [',', ';', '\t', '|'];

export interface CsvProgressOptions {
	/** Called after each slice with the share of the text parsed so far, 0 to 1. */
	onProgress?: (fraction: number) => void;
	/** Stops the parse at the next slice. */
	signal?: AbortSignal;
}

/** How many rows had something, and the line of the first. */
export interface Tally {
	count: number;
	firstLine: number;
}

export interface CsvRows {
	/** The non-blank rows, the first one (names, or data without names) included. */
	rows: string[][];
	/** The line of the file each row starts on, 1-based: what a text editor shows. */
	lines: number[];
	delimiter: string;
	/** Rows with fewer cells than the first row: their missing cells are read as missing. */
	shortRows: Tally;
	/** Rows with more cells than the first row, all of the extra ones blank (a trailing separator): the blanks are dropped. */
	trimmedRows: Tally;
	/** Cells whose quotes are malformed (text after a closing quote): papaparse reads them as best it can. */
	strayQuotes: Tally;
}

export type CsvRowsResult = ({ ok: true } & CsvRows) | { ok: false; message: string };

type Newline = '\n' | '\r' | '\r\n';

interface Slice {
	rows: string[][];
	errors: Papa.ParseError[];
	/** Characters of the slice's text that its rows used; the next slice starts there, at a row's start. */
	consumed: number;
	newline: Newline;
}

/**
 * The separator, guessed once from the start of the file, and the width of the
 * first row, so a file of a million columns is refused before its first row
 * is parsed whole. Empty lines are left out of the guess: papaparse weighs how
 * evenly rows split, and the empty line that ends most files would otherwise
 * spoil the guess for a small file.
 */
function sniffFirstRow(text: string): { delimiter: string; width: number; complete: boolean } {
	const sample = text.slice(0, SLICE_LENGTH);
	const { data, meta } = Papa.parse<string[]>(sample, {
		preview: 1,
		skipEmptyLines: true,
		delimitersToGuess: DELIMITERS
	});
	// `truncated`: the preview stopped before the end of the sample, so the first row ended inside it
	const complete = meta.truncated || sample.length === text.length;
	return { delimiter: meta.delimiter, width: data[0]?.length ?? 0, complete };
}

/**
 * Parses the complete rows at the start of `text`: papaparse reads the text in
 * chunks and we stop it after the first chunk that completes a row. Its cursor
 * then says where the last complete row ends. A row longer than a chunk comes
 * back as no rows, and papaparse carries it into the next chunk by itself.
 */
function parseSlice(text: string, delimiter: string, newline: Newline | undefined): Slice {
	const found: Papa.ParseResult<string[]>[] = [];
	Papa.parse<string[]>(text, {
		delimiter,
		newline,
		chunkSize: SLICE_LENGTH,
		chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser) {
			if (results.data.length === 0) return;
			found.push(results);
			parser.abort();
		},
		// the types ask for it alongside `chunk`; the rows already arrived through `chunk`
		complete() {}
	});
	const results = found[0];
	if (!results) return { rows: [], errors: [], consumed: text.length, newline: newline ?? '\n' };
	const linebreak = results.meta.linebreak;
	return {
		rows: results.data,
		errors: results.errors,
		// a cursor that did not move would loop for ever; never seen, but cheap to rule out
		consumed: results.meta.cursor > 0 ? results.meta.cursor : text.length,
		newline: linebreak === '\r' || linebreak === '\r\n' ? linebreak : '\n'
	};
}

/** A line the file has but no data: blank, or spaces only. */
function isBlankRow(row: string[]): boolean {
	return row.length === 1 && row[0].trim() === '';
}

/** Line breaks inside quoted cells, so line numbers after them stay true. */
function breaksInside(row: string[], breakChar: string): number {
	let breaks = 0;
	for (const cell of row) {
		for (let at = cell.indexOf(breakChar); at !== -1; at = cell.indexOf(breakChar, at + 1)) breaks++;
	}
	return breaks;
}

function hasContent(cells: string[]): boolean {
	return cells.some((cell) => cell.trim() !== '');
}

function count(tally: Tally, line: number): void {
	if (tally.count === 0) tally.firstLine = line;
	tally.count++;
}

const tooWideMessage = (width: number, exact: boolean) =>
	`The first row has ${exact ? formatCount(width) : `more than ${formatCount(MAX_CSV_COLUMNS)}`} columns; the playground reads at most ${formatCount(MAX_CSV_COLUMNS)}. Keep the columns you need (in a spreadsheet, delete the others) and save a smaller CSV.`;

const tooLongMessage = () =>
	`The file has more than ${formatCount(MAX_CSV_ROWS)} rows of data; the playground reads at most ${formatCount(MAX_CSV_ROWS)}. Keep a sample of the rows and save a smaller CSV.`;

/**
 * Rows with more cells than the header are refused rather than cut or
 * dropped: the extra cell almost always comes from an unquoted separator
 * inside a value ("Smith, John", "1,234"), which shifts every later value of
 * the row into the wrong column. Cutting would keep wrong numbers, dropping
 * would hide rows; the line number lets the learner fix the file.
 */
const tooManyCellsMessage = (line: number, cells: number, width: number, firstLine: number) =>
	`Line ${formatCount(line)} has ${formatCount(cells)} cells but the first row (line ${formatCount(firstLine)}) has ${formatCount(width)}, so its values would land in the wrong columns. This usually comes from a separator inside a value, like 1,234 or Smith, John: put such values in double quotes, or remove the extra cells, and try again.`;

const unclosedQuoteMessage = (line: number) =>
	`Line ${formatCount(line)} opens a quoted cell (") that is never closed, so the rest of the file would be read as one cell. Close the quote or remove it, and try again.`;

/** Splits CSV text into rows, refusing it with a message when it breaks a limit or a rule above. */
export async function splitCsvRows(text: string, options: CsvProgressOptions = {}): Promise<CsvRowsResult> {
	const { onProgress, signal } = options;
	const rows: string[][] = [];
	const lines: number[] = [];
	const shortRows: Tally = { count: 0, firstLine: 0 };
	const trimmedRows: Tally = { count: 0, firstLine: 0 };
	const strayQuotes: Tally = { count: 0, firstLine: 0 };
	const first = sniffFirstRow(text);
	if (first.width > MAX_CSV_COLUMNS)
		return { ok: false, message: tooWideMessage(first.width, first.complete) };
	const delimiter = first.delimiter;
	let newline: Newline | undefined;
	let width = 0;
	let line = 1;
	let offset = 0;

	while (offset < text.length) {
		if (signal?.aborted) return { ok: false, message: STOPPED_MESSAGE };
		const slice = parseSlice(text.slice(offset), delimiter, newline);
		newline = slice.newline;
		const breakChar = newline === '\r' ? '\r' : '\n';
		const sliceLines: number[] = [];

		for (const row of slice.rows) {
			const rowLine = line;
			sliceLines.push(rowLine);
			line += 1 + breaksInside(row, breakChar);
			if (isBlankRow(row)) continue;
			if (rows.length === 0) {
				width = row.length;
				if (width > MAX_CSV_COLUMNS) return { ok: false, message: tooWideMessage(width, true) };
			} else if (row.length < width) {
				count(shortRows, rowLine);
			} else if (row.length > width) {
				if (hasContent(row.slice(width))) {
					return { ok: false, message: tooManyCellsMessage(rowLine, row.length, width, lines[0]) };
				}
				row.length = width;
				count(trimmedRows, rowLine);
			}
			rows.push(row);
			lines.push(rowLine);
			// one row more than the data limit: the first row may be names
			if (rows.length > MAX_CSV_ROWS + 1) return { ok: false, message: tooLongMessage() };
		}

		for (const error of slice.errors) {
			const errorLine = sliceLines[error.row ?? 0] ?? line;
			if (error.code === 'MissingQuotes') return { ok: false, message: unclosedQuoteMessage(errorLine) };
			if (error.code === 'InvalidQuotes') count(strayQuotes, errorLine);
		}

		offset += slice.consumed;
		onProgress?.(Math.min(1, offset / text.length));
		await nextTask();
	}
	if (signal?.aborted) return { ok: false, message: STOPPED_MESSAGE };
	return { ok: true, rows, lines, delimiter, shortRows, trimmedRows, strayQuotes };
}

/** The row limit once the first row is known to be data rather than names. */
export function rowLimitMessage(dataRows: number): string | null {
	return dataRows > MAX_CSV_ROWS ? tooLongMessage() : null;
}
