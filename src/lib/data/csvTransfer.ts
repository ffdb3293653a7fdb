/**
 * The CSV worker's messages, and the Table in a form that crosses to the main
 * thread cheaply. Structured cloning a plain array of 1,000,000 numbers and
 * nulls costs the receiving thread about 175 ms (measured in Node, v8
 * deserialize, 100,000 rows × 10 columns): a frozen page. As Float64Arrays
 * with NaN for missing, transferred rather than copied, it crosses in about
 * 1 ms and turns back into arrays in about 18 ms. Text columns go as one code
 * per row and the list of distinct values, so each value is copied once.
 */
import { nextTask } from '../kit/task/slices';
import type { CsvResult } from './csv';
import type { UnusableColumn } from './csvRange';
import type { Column } from './table';

export type WireColumn =
	| { name: string; kind: 'numeric'; values: Float64Array<ArrayBuffer>; missing: number }
	| { name: string; kind: 'categorical'; codes: Int32Array<ArrayBuffer>; levels: string[]; missing: number };

export interface WireTable {
	name: string;
	columns: WireColumn[];
	rowCount: number;
}

export type WireResult =
	| { ok: true; table: WireTable; notes: string[]; unusable: UnusableColumn[] }
	| { ok: false; message: string };

/** Main thread → worker. */
export type CsvWorkerRequest = { type: 'parse'; file: Blob; fileName: string } | { type: 'cancel' };

/** Worker → main thread. */
export type CsvWorkerReply = { type: 'progress'; fraction: number } | { type: 'done'; result: WireResult };

/** The code of a missing cell in a categorical column. */
const MISSING_CODE = -1;

function columnToWire(column: Column): WireColumn {
	const { name, missing } = column;
	if (column.kind === 'numeric') {
		const values = new Float64Array(column.values.length);
		// a cell read as a number is finite (parseNumberCell refuses NaN), so NaN can only mean missing
		column.values.forEach((value, i) => (values[i] = value ?? NaN));
		return { name, kind: 'numeric', values, missing };
	}
	const levels: string[] = [];
	const codeOf = new Map<string, number>();
	const codes = new Int32Array(column.values.length);
	column.values.forEach((value, i) => {
		if (value === null) {
			codes[i] = MISSING_CODE;
			return;
		}
		let code = codeOf.get(value);
		if (code === undefined) {
			code = levels.push(value) - 1;
			codeOf.set(value, code);
		}
		codes[i] = code;
	});
	return { name, kind: 'categorical', codes, levels, missing };
}

function columnFromWire(column: WireColumn): Column {
	const { name, missing } = column;
	if (column.kind === 'numeric') {
		const values: (number | null)[] = new Array(column.values.length);
		for (let i = 0; i < column.values.length; i++) {
			const value = column.values[i];
			values[i] = Number.isNaN(value) ? null : value;
		}
		return { name, kind: 'numeric', values, missing };
	}
	const values: (string | null)[] = new Array(column.codes.length);
	for (let i = 0; i < column.codes.length; i++) {
		const code = column.codes[i];
		values[i] = code === MISSING_CODE ? null : column.levels[code];
	}
	return { name, kind: 'categorical', values, missing };
}

/** The result to post, and the buffers to transfer with it (they become unusable in the worker). */
export function resultToWire(result: CsvResult): { result: WireResult; transfer: ArrayBuffer[] } {
	if (!result.ok) return { result, transfer: [] };
	const columns = result.table.columns.map(columnToWire);
	const transfer = columns.map((column) =>
		column.kind === 'numeric' ? column.values.buffer : column.codes.buffer
	);
	return {
		result: {
			ok: true,
			notes: result.notes,
			unusable: result.unusable,
			table: { name: result.table.name, rowCount: result.table.rowCount, columns }
		},
		transfer
	};
}

export function resultFromWire(result: WireResult): CsvResult {
	if (!result.ok) return result;
	const { name, rowCount, columns } = result.table;
	return {
		ok: true,
		notes: result.notes,
		unusable: result.unusable,
		table: { name, rowCount, columns: columns.map(columnFromWire) }
	};
}

/**
 * As {@link resultFromWire}, one column per task: converting a million cells back to arrays
 * in one go would hold the main thread for well over the 200 ms a page may freeze.
 */
export async function resultFromWireSliced(result: WireResult): Promise<CsvResult> {
	if (!result.ok) return result;
	const { name, rowCount, columns } = result.table;
	const converted: Column[] = [];
	for (const column of columns) {
		converted.push(columnFromWire(column));
		await nextTask();
	}
	return {
		ok: true,
		notes: result.notes,
		unusable: result.unusable,
		table: { name, rowCount, columns: converted }
	};
}
