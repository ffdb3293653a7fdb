import { existsSync, openAsBlob, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
	MAX_CSV_BYTES,
	MAX_CSV_COLUMNS,
	MAX_CSV_ROWS,
	STOPPED_MESSAGE,
	parseCsvBlob,
	parseCsvBytes,
	parseCsvText,
	type CsvResult
} from '$lib/data/csv';
import { SLICE_LENGTH, splitCsvRows } from '$lib/data/csvRows';
import { uniqueColumnNames, isDataRow } from '$lib/data/csvHeader';
import { resultFromWire, resultToWire } from '$lib/data/csvTransfer';
import type { Column, Table } from '$lib/data/table';
import {
	COLUMNS,
	GENERATED_DIR,
	MISSING_EVERY,
	ROWS,
	ROWS_FILE,
	TOO_BIG_FILE,
	WIDE_FILE,
	makeLargeFixtures
} from '../fixtures/csv/make-large.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/csv');

function fixtureBytes(name: string): Uint8Array {
	return new Uint8Array(readFileSync(join(FIXTURES, name)));
}

async function parseFixture(name: string): Promise<CsvResult> {
	return parseCsvBytes(fixtureBytes(name), name);
}

/** The table, failing the test with the message when the file was refused. */
function tableOf(result: CsvResult): { table: Table; notes: string[] } {
	if (!result.ok) throw new Error(`expected a table, got: ${result.message}`);
	return result;
}

function messageOf(result: CsvResult): string {
	if (result.ok) throw new Error(`expected a refusal, got a table of ${result.table.rowCount} rows`);
	return result.message;
}

function column(table: Table, name: string): Column {
	const found = table.columns.find((c) => c.name === name);
	if (!found) throw new Error(`no column ${name}; has ${table.columns.map((c) => c.name).join(', ')}`);
	return found;
}

describe('hostile fixtures', () => {
	it('an empty file (0 bytes) is refused as empty', async () => {
		expect(messageOf(await parseFixture('empty.csv'))).toBe(
			'The file is empty (0 bytes): it has no rows or columns.'
		);
	});

	it('a file of spaces and blank lines is refused', async () => {
		expect(messageOf(await parseFixture('whitespace.csv'))).toBe(
			'The file holds only spaces and blank lines: it has no rows or columns.'
		);
	});

	it('a PNG renamed .csv is refused as binary before parsing', async () => {
		expect(messageOf(await parseFixture('binary.csv'))).toMatch(/^This file looks binary .* not CSV text/);
	});

	it('short rows are padded as missing and counted; blank extra cells are dropped', async () => {
		const { table, notes } = tableOf(await parseFixture('ragged.csv'));
		expect(table.rowCount).toBe(5);
		expect(table.columns.map((c) => c.name)).toEqual(['name', 'height_cm', 'mass_kg', 'team']);
		expect(column(table, 'height_cm')).toMatchObject({
			kind: 'numeric',
			values: [170, 182, 165, 175, null],
			missing: 1
		});
		expect(column(table, 'mass_kg')).toMatchObject({
			kind: 'numeric',
			values: [65, null, 58, null, null],
			missing: 3
		});
		expect(column(table, 'team')).toMatchObject({
			kind: 'categorical',
			values: ['red', null, 'blue', 'green', null]
		});
		expect(notes).toContain(
			'2 rows have fewer cells than the first row (first on line 3): the cells they lack count as missing.'
		);
		expect(notes).toContain(
			'1 row ends with blank cells beyond the last column (first on line 4): they were ignored.'
		);
	});

	it('a row with more cells than the header is refused with its line, counting a quoted newline', async () => {
		const message = messageOf(await parseFixture('ragged-extra-cells.csv'));
		expect(message).toMatch(
			/^Line 5 has 4 cells but the first row \(line 1\) has 3, so its values would land in the wrong columns\./
		);
		expect(message).toContain('put such values in double quotes');
	});

	it('a quote that never closes is refused with its line', async () => {
		expect(messageOf(await parseFixture('unclosed-quote.csv'))).toMatch(
			/^Line 3 opens a quoted cell \("\) that is never closed/
		);
	});

	it('quoted commas, doubled quotes and a quoted newline are read as cell content', async () => {
		const { table, notes } = tableOf(await parseFixture('quoted-commas.csv'));
		expect(table.rowCount).toBe(3);
		expect(column(table, 'name').values).toEqual(['Smith, John', 'Ada', 'Lovelace, Ada']);
		expect(column(table, 'comment').values).toEqual([
			'said "hi", then left',
			'line one\nline two',
			'a, b, c'
		]);
		expect(column(table, 'score')).toMatchObject({ kind: 'numeric', values: [3, 4, 5.5] });
		expect(notes).toEqual([]);
	});

	it('a column of text is categorical, the others numeric', async () => {
		const { table, notes } = tableOf(await parseFixture('all-text-column.csv'));
		expect(table.columns.map((c) => c.kind)).toEqual(['numeric', 'categorical', 'numeric']);
		expect(column(table, 'species').values).toEqual(['Adelie', 'Gentoo', 'Chinstrap', 'Adelie']);
		expect(notes).toEqual([]);
	});

	it('formula-looking cells stay plain text with a note; -3, 1e5 and " 2.5 " stay numbers', async () => {
		const { table, notes } = tableOf(await parseFixture('formula-cells.csv'));
		expect(column(table, 'cell')).toMatchObject({
			kind: 'categorical',
			values: ["=cmd|' /C calc'!A0", '=1+1', '@SUM(A1)', '+1+1', '-']
		});
		expect(column(table, 'value')).toMatchObject({
			kind: 'numeric',
			values: [-3, 1e5, 2.5, -0.5, 7],
			missing: 0
		});
		expect(notes).toEqual([
			"5 cells start with =, +, - or @ (“=cmd|' /C calc'!A0” in cell, line 2). They are kept as plain text and never run here, but a spreadsheet may run such cells as formulas: take care if you open this data in one."
		]);
	});

	it('semicolon separators are detected, and decimal commas read as numbers', async () => {
		const { table, notes } = tableOf(await parseFixture('semicolons.csv'));
		expect(table.columns.map((c) => c.name)).toEqual(['city', 'temperature_c', 'rain_mm']);
		expect(column(table, 'temperature_c')).toMatchObject({ kind: 'numeric', values: [12.5, 9.8, 16] });
		expect(column(table, 'rain_mm')).toMatchObject({ kind: 'numeric', values: [3, 7, 1] });
		expect(notes).toEqual([
			'Cells are separated by semicolons (;).',
			'Read with a decimal comma (2,5 as 2.5): temperature_c.'
		]);
	});

	it('a first row of numbers is data: columns get generated names and a note says so', async () => {
		const { table, notes } = tableOf(await parseFixture('no-header.csv'));
		expect(table.rowCount).toBe(3);
		expect(table.columns.map((c) => c.name)).toEqual(['column 1', 'column 2', 'column 3']);
		expect(column(table, 'column 2').values).toEqual([2, 5.5, 8]);
		expect(column(table, 'column 3').values).toEqual([3, -6, 0.9]);
		expect(notes).toEqual([
			'The first row holds only numbers, so it was read as data, not as column names: the columns are called “column 1” to “column 3”.'
		]);
	});

	it('repeated and blank column names are made unique', async () => {
		const { table, notes } = tableOf(await parseFixture('duplicate-headers.csv'));
		expect(table.columns.map((c) => c.name)).toEqual(['x', 'x (2)', 'column 3', 'y', 'x (3)']);
		expect(column(table, 'x (3)').values).toEqual([5, 10]);
		expect(notes).toEqual([
			'Column names made unique: repeated “x” in column 2 → “x (2)”; blank name of column 3 → “column 3”; repeated “x” in column 5 → “x (3)”.'
		]);
	});

	it('a valid file is read whole, missing markers counted', async () => {
		const { table, notes } = tableOf(await parseFixture('valid-small.csv'));
		expect(table.name).toBe('valid-small.csv');
		expect(table.rowCount).toBe(6);
		expect(table.columns.map((c) => [c.name, c.kind, c.missing])).toEqual([
			['height_cm', 'numeric', 0],
			['mass_kg', 'numeric', 1],
			['sex', 'categorical', 0],
			['age', 'numeric', 1]
		]);
		expect(column(table, 'age').values).toEqual([34, 41, null, 29, 23, 52]);
		expect(notes).toEqual([]);
	});
});

describe('cells and names', () => {
	it.each([
		{ cell: '-3', value: -3 },
		{ cell: '1e5', value: 100000 },
		{ cell: ' 2.5 ', value: 2.5 },
		{ cell: '+4', value: 4 },
		{ cell: '.5', value: 0.5 }
	])('"$cell" keeps its column numeric ($value)', async ({ cell, value }) => {
		const { table } = tableOf(await parseCsvText(`a,b\n${cell},x\n1,y\n`, 't.csv'));
		expect(column(table, 'a')).toMatchObject({ kind: 'numeric', values: [value, 1] });
	});

	it.each(['=1+1', '@SUM(A1)', '+1+1', '-abc', '0x1F', 'Infinity', '1,234'])(
		'"%s" makes its column categorical text, kept exactly',
		async (cell) => {
			const { table } = tableOf(await parseCsvText(`a\n"${cell}"\n2\n3\n`, 't.csv'));
			expect(column(table, 'a')).toMatchObject({ kind: 'categorical', values: [cell, '2', '3'] });
		}
	);

	it('explains a mostly numeric column that came out categorical', async () => {
		const { notes } = tableOf(await parseCsvText('income\n100\n200\nunknown\n400\n', 't.csv'));
		expect(notes).toEqual([
			'“income” is mostly numbers but is read as categorical because of text such as “unknown” (line 4). Fix or blank such cells to make it numeric.'
		]);
	});

	it.each([
		{ row: ['1', '2'], data: true },
		{ row: ['-3', '1e5', ' 2.5 '], data: true },
		{ row: ['a', '1'], data: false },
		{ row: ['', '2019', '2020'], data: false },
		{ row: ['NA', '2'], data: false }
	])('first row $row is data: $data', ({ row, data }) => {
		expect(isDataRow(row)).toBe(data);
	});

	it('generated names never collide with names already in the header', () => {
		expect(uniqueColumnNames(['', 'column 1', 'x', 'x', 'x (2)']).names).toEqual([
			'column 1 (2)',
			'column 1',
			'x',
			'x (3)',
			'x (2)'
		]);
	});

	it('strips a UTF-8 byte order mark, from bytes and from text', async () => {
		const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('id,v\n1,2\n')]);
		expect(tableOf(await parseCsvBytes(bytes, 't.csv')).table.columns[0].name).toBe('id');
		expect(tableOf(await parseCsvText('\ufeffid,v\n1,2\n', 't.csv')).table.columns[0].name).toBe('id');
	});

	it('reads Windows-1252 bytes, with a note, when they are not UTF-8', async () => {
		const { table, notes } = tableOf(
			await parseCsvBytes(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a, 0x31, 0x0a]), 't.csv')
		);
		expect(table.columns[0].name).toBe('café');
		expect(notes[0]).toMatch(/not UTF-8 text, so it was read as Windows-1252/);
	});

	it('reads UTF-16 text marked by its byte order mark', async () => {
		const text = 'a,b\n1,2\n';
		const bytes = new Uint8Array(2 + text.length * 2);
		bytes.set([0xff, 0xfe]);
		for (let i = 0; i < text.length; i++) bytes[2 + 2 * i] = text.charCodeAt(i);
		const { table } = tableOf(await parseCsvBytes(bytes, 't.csv'));
		expect(table.columns.map((c) => c.values)).toEqual([[1], [2]]);
	});

	it('refuses text with NUL or many control characters', async () => {
		expect(messageOf(await parseCsvText('a,b\n1,\u0000\n', 't.csv'))).toMatch(/looks binary/);
		expect(messageOf(await parseCsvText('a,b\n' + '\u0001\u0002,x\n'.repeat(50), 't.csv'))).toMatch(
			/looks binary/
		);
		expect(
			messageOf(await parseCsvBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14]), 'book.csv'))
		).toMatch(/Excel \.xlsx/);
	});

	it('detects tabs, and counts lines in CRLF files', async () => {
		const { notes } = tableOf(await parseCsvText('a\tb\n1\t2\n', 't.csv'));
		expect(notes).toEqual(['Cells are separated by tabs.']);
		expect(messageOf(await parseCsvText('a,b\r\n1,2\r\n\r\n3,4,5\r\n', 't.csv'))).toMatch(
			/^Line 4 has 3 cells/
		);
	});

	it('reads a misplaced quote as well as it can, with a note on its line', async () => {
		const { table, notes } = tableOf(await parseCsvText('a,b\n1,2\n"x"y",3\n', 't.csv'));
		expect(column(table, 'a').values).toEqual(['1', 'x"y']);
		expect(column(table, 'b').values).toEqual([2, 3]);
		expect(notes).toContain(
			'1 cell has a misplaced double quote (first on line 3): read as well as possible, so check it.'
		);
	});

	it('refuses a header with no data under it, and reads a single column', async () => {
		expect(messageOf(await parseCsvText('a,b,c\n', 't.csv'))).toBe(
			'The file has column names (“a”; “b”; “c”) but no rows of data under them.'
		);
		const { table } = tableOf(await parseCsvText('y\n1\n\n3\n', 't.csv'));
		expect(table.columns[0].values).toEqual([1, 3]);
	});
});

describe('limits', () => {
	it(`takes ${MAX_CSV_COLUMNS} columns and refuses one more`, async () => {
		const header = (n: number) => Array.from({ length: n }, (_, j) => `c${j}`).join(',');
		const ones = (n: number) => Array(n).fill('1').join(',');
		const atLimit = await parseCsvText(`${header(MAX_CSV_COLUMNS)}\n${ones(MAX_CSV_COLUMNS)}\n`, 't.csv');
		expect(tableOf(atLimit).table.columns).toHaveLength(MAX_CSV_COLUMNS);
		const over = await parseCsvText(
			`${header(MAX_CSV_COLUMNS + 1)}\n${ones(MAX_CSV_COLUMNS + 1)}\n`,
			't.csv'
		);
		expect(messageOf(over)).toMatch(/^The first row has 1,001 columns; the playground reads at most 1,000\./);
	});

	it('refuses a first row of millions of cells before parsing it whole', async () => {
		const started = performance.now();
		const result = await parseCsvText(`${','.repeat(5_000_000)}\n`, 't.csv');
		expect(messageOf(result)).toMatch(/^The first row has more than 1,000 columns;/);
		expect(performance.now() - started).toBeLessThan(1_000);
	});

	// 200,001 rows, read twice: about 2 s with two CPU-bound processes beside it
	it(`takes ${MAX_CSV_ROWS} rows and refuses one more`, async () => {
		const atLimit = await parseCsvText('x\n' + '1\n'.repeat(MAX_CSV_ROWS), 't.csv');
		expect(tableOf(atLimit).table.rowCount).toBe(MAX_CSV_ROWS);
		const over = await parseCsvText('x\n' + '1\n'.repeat(MAX_CSV_ROWS + 1), 't.csv');
		expect(messageOf(over)).toBe(
			'The file has more than 200,000 rows of data; the playground reads at most 200,000. Keep a sample of the rows and save a smaller CSV.'
		);
		// without names, the first row counts as data too
		expect(messageOf(await parseCsvText('1\n'.repeat(MAX_CSV_ROWS + 1), 't.csv'))).toMatch(
			/more than 200,000 rows/
		);
	}, 30_000);

	it('states the size limit, checked on bytes', async () => {
		expect(MAX_CSV_BYTES).toBe(20 * 1024 * 1024);
		const over = new Uint8Array(MAX_CSV_BYTES + 1).fill(0x31);
		expect(messageOf(await parseCsvBytes(over, 'big.csv'))).toMatch(
			/^The file is 20.1 MB; the playground reads files up to 20 MB\./
		);
	});
});

describe('large generated files', () => {
	beforeAll(async () => {
		const names = [WIDE_FILE, ROWS_FILE, TOO_BIG_FILE];
		if (!names.every((name) => existsSync(join(GENERATED_DIR, name)))) await makeLargeFixtures();
	}, 60_000);

	const generated = (name: string) => join(GENERATED_DIR, name);

	it('refuses the 10,000-column file quickly', async () => {
		const started = performance.now();
		const result = await parseCsvBlob(await openAsBlob(generated(WIDE_FILE)), WIDE_FILE);
		const elapsed = performance.now() - started;
		expect(messageOf(result)).toMatch(
			/^The first row has 10,000 columns; the playground reads at most 1,000\./
		);
		expect(elapsed).toBeLessThan(1_000);
	});

	it('refuses the 50 MB file on its size, without reading it', async () => {
		const blob = await openAsBlob(generated(TOO_BIG_FILE));
		const read = vi.spyOn(blob, 'arrayBuffer');
		const result = await parseCsvBlob(blob, TOO_BIG_FILE);
		expect(messageOf(result)).toBe(
			'The file is 50 MB; the playground reads files up to 20 MB. Keep a sample of the rows (or fewer columns) and save a smaller CSV.'
		);
		expect(read).not.toHaveBeenCalled();
	});

	it('reads 100,000 rows × 10 columns across many slices, every value in place', async () => {
		const text = readFileSync(generated(ROWS_FILE), 'utf8');
		expect(text.length).toBeGreaterThan(8 * SLICE_LENGTH);
		const progress: number[] = [];
		const { table, notes } = tableOf(
			await parseCsvText(text, ROWS_FILE, { onProgress: (f) => progress.push(f) })
		);
		expect(table.rowCount).toBe(ROWS);
		expect(table.columns).toHaveLength(COLUMNS);
		expect(table.columns.every((c) => c.kind === 'numeric')).toBe(true);
		expect(column(table, 'x3').missing).toBe(ROWS / MISSING_EVERY);
		expect(notes).toEqual([]);
		// the same rows as one papaparse pass over the whole text
		const whole = Papa.parse<string[]>(text, { skipEmptyLines: true }).data.slice(1);
		for (const i of [0, 1, 5_000, 5_001, 49_999, 77_777, ROWS - 1]) {
			table.columns.forEach((c, j) => {
				expect(c.values[i]).toBe(whole[i][j] === '' ? null : Number(whole[i][j]));
			});
		}
		expect(progress.length).toBeGreaterThan(8);
		expect(progress).toEqual([...progress].sort((a, b) => a - b));
		expect(progress.at(-1)).toBe(1);
		// a functional check of a large file, not a timing one: room for a busy machine
	}, 30_000);
});

describe('slices', () => {
	/** Rows with quoted separators, doubled quotes, quoted newlines and blank lines, and each row's true line. */
	function trickyText(rows: number): { text: string; expected: string[][]; lines: number[] } {
		const parts = ['id,text,n\n'];
		const expected: string[][] = [['id', 'text', 'n']];
		const lines = [1];
		let line = 2;
		for (let i = 0; i < rows; i++) {
			const cell = i % 3 === 0 ? `a, "b"\nc ${i}` : i % 3 === 1 ? `plain ${i}` : `x,${i}`;
			const quoted = `"${cell.replaceAll('"', '""')}"`;
			parts.push(`${i},${quoted},${i * 0.5}\n`);
			expected.push([String(i), cell, String(i * 0.5)]);
			lines.push(line);
			line += 1 + (cell.match(/\n/g)?.length ?? 0);
			if (i % 1_000 === 0) {
				parts.push('\n');
				line++;
			}
		}
		return { text: parts.join(''), expected, lines };
	}

	it('splits at row boundaries only: rows and line numbers match across slices', async () => {
		const { text, expected, lines } = trickyText(60_000);
		expect(text.length).toBeGreaterThan(3 * SLICE_LENGTH);
		const split = await splitCsvRows(text);
		if (!split.ok) throw new Error(split.message);
		expect(split.rows).toEqual(expected);
		expect(split.lines).toEqual(lines);
	});
});

describe('stopping', () => {
	it('an aborted signal stops the parse between slices', async () => {
		const text = readFileSync(join(GENERATED_DIR, ROWS_FILE), 'utf8');
		const controller = new AbortController();
		const progress: number[] = [];
		const result = await parseCsvText(text, ROWS_FILE, {
			signal: controller.signal,
			onProgress: (fraction) => {
				progress.push(fraction);
				controller.abort();
			}
		});
		expect(messageOf(result)).toBe(STOPPED_MESSAGE);
		expect(progress).toHaveLength(1);
		expect(progress[0]).toBeLessThan(0.2);
	});

	it('an abort from another task (a Stop button) lands at the next slice', async () => {
		const text = readFileSync(join(GENERATED_DIR, ROWS_FILE), 'utf8');
		const controller = new AbortController();
		const progress: number[] = [];
		const pending = parseCsvText(text, ROWS_FILE, {
			signal: controller.signal,
			onProgress: (f) => progress.push(f)
		});
		setTimeout(() => controller.abort(), 0);
		expect(messageOf(await pending)).toBe(STOPPED_MESSAGE);
		expect(progress.at(-1)).toBeLessThan(1);
	});

	it('a signal aborted before the start reads nothing', async () => {
		const controller = new AbortController();
		controller.abort();
		expect(messageOf(await parseCsvText('a\n1\n', 't.csv', { signal: controller.signal }))).toBe(
			STOPPED_MESSAGE
		);
	});
});

describe('crossing to the main thread', () => {
	it('round-trips a table through typed arrays, nulls and text included', async () => {
		const result = await parseFixture('ragged.csv');
		const wire = resultToWire(result);
		expect(wire.transfer).toHaveLength(4);
		// what postMessage does: the buffers move, the worker's copies become empty
		const received = structuredClone(wire.result, { transfer: wire.transfer });
		expect(wire.transfer.every((buffer) => buffer.byteLength === 0)).toBe(true);
		expect(resultFromWire(received)).toEqual(result);
	});

	it('passes a refusal through unchanged', () => {
		const refusal: CsvResult = { ok: false, message: 'nope' };
		expect(resultFromWire(resultToWire(refusal).result)).toEqual(refusal);
	});
});
