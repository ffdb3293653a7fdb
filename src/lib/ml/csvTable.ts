/**
 * CSV text into the shared Table type, with papaparse. A module of its own, so the parser is
 * downloaded only by a page that loads a table, not by every page that lists them.
 */
import Papa from 'papaparse';
import { tableFromRows, type Table } from '../data/table';

/** Parses CSV text (first line the header) into a Table; throws for malformed CSV or over-long rows. */
export function parseCsvTable(name: string, text: string): Table {
	const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: true, delimiter: ',' });
	if (parsed.errors.length > 0) {
		const e = parsed.errors[0];
		throw new Error(`${name}.csv: ${e.message}${e.row === undefined ? '' : ` (row ${e.row})`}`);
	}
	const [header, ...rows] = parsed.data;
	if (!header) throw new Error(`${name}.csv is empty; a header line is needed`);
	rows.forEach((row, i) => {
		if (row.length > header.length) {
			throw new Error(
				`${name}.csv: line ${i + 2} has ${row.length} cells but the header has ${header.length}`
			);
		}
	});
	return tableFromRows(name, header, rows);
}
