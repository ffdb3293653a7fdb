/**
 * The two columns the outliers widget studies: generated (normal or skewed) or taken from a
 * table, with at most maxRows rows (a seeded sample of a larger table).
 */
import { columnByName, type Table } from '$lib/data/table';
import { createRng } from '$lib/ml/random';

/** The column examined (x) and the column fitted against it (y), row by row. */
export interface ColumnPair {
	x: number[];
	y: number[];
	xName: string;
	yName: string;
	/** Table rows left out because one of the two cells was missing. */
	dropped: number;
	/** When the table had more complete rows than {@link maxRows}: how many (a random sample stands in for them). */
	sampledFrom: number | null;
}

/** Most rows the widget works on: a bigger file is sampled, so dragging a point redraws within a frame or two. */
export const maxRows = 2500;

const twoDecimals = (v: number) => Math.round(v * 100) / 100;

/**
 * Generated data, rounded to two decimals. "normal": x ~ N(50, 10) and y = 20 + 0.5x + noise.
 * "skewed": x log-normal (median 20, a long right tail) and y = 5 + 10·ln x + noise, the
 * shape (income, house prices, counts) where a log transform straightens the relation.
 */
export function generatedPair(kind: 'normal' | 'skewed', n: number, seed: number): ColumnPair {
	const rng = createRng(seed);
	const x: number[] = [];
	const y: number[] = [];
	for (let i = 0; i < n; i++) {
		const xi = kind === 'normal' ? rng.normal(50, 10) : Math.exp(rng.normal(Math.log(20), 0.8));
		const yi =
			kind === 'normal' ? 20 + 0.5 * xi + rng.normal(0, 4) : 5 + 10 * Math.log(xi) + rng.normal(0, 3);
		x.push(twoDecimals(xi));
		y.push(twoDecimals(yi));
	}
	return {
		x,
		y,
		xName: kind === 'normal' ? 'x (normal)' : 'x (right-skewed)',
		yName: 'y',
		dropped: 0,
		sampledFrom: null
	};
}

/**
 * Two numeric columns of a table, keeping the rows where both have a value; above
 * {@link maxRows} of them, a random sample (drawn with `seed`, kept in file order).
 */
export function tablePair(table: Table, xName: string, yName: string, seed: number): ColumnPair {
	const xs = columnByName(table, xName).values as (number | null)[];
	const ys = columnByName(table, yName).values as (number | null)[];
	const complete: number[] = [];
	for (let i = 0; i < table.rowCount; i++) if (xs[i] !== null && ys[i] !== null) complete.push(i);
	const sampledFrom = complete.length > maxRows ? complete.length : null;
	const rows =
		sampledFrom === null
			? complete
			: createRng(seed)
					.shuffle(complete)
					.slice(0, maxRows)
					.sort((a, b) => a - b);
	return {
		x: rows.map((i) => xs[i] as number),
		y: rows.map((i) => ys[i] as number),
		xName,
		yName,
		dropped: table.rowCount - complete.length,
		sampledFrom
	};
}
