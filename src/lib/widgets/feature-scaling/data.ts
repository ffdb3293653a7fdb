/**
 * The feature-scaling widget's data: generated blobs, or two numeric columns of a table (a
 * real one or the learner's upload), with the label column as classes where there is one.
 */
import { columnByName, type Table } from '$lib/data/table';
import { makeBlobs } from '$lib/ml/datasets';
import { createRng } from '$lib/ml/random';
import type { ScalingData } from './analysis';

/** Most rows the widget works on: a bigger file is sampled, so every edit stays within a frame or two. */
export const maxRows = 2500;

/** Generated data: two blobs whose second feature is in units 1,000 times smaller (grams, not kilograms). */
export function blobs(n: number, seed: number): ScalingData {
	const { X, y } = makeBlobs({
		n,
		centers: [
			[2, 3],
			[5, 4.5]
		],
		noise: 0.8,
		seed
	});
	return {
		X: X.map(([a, b]) => [a, b * 1000]),
		classes: y,
		classNames: ['cluster 1', 'cluster 2'],
		xName: 'feature 1',
		yName: 'feature 2 (×1,000)',
		addedFrom: X.length,
		sampledFrom: null
	};
}

/** `count` of `items` drawn at random (a partial Fisher–Yates shuffle: `count` swaps, not one per item), in their original order. */
function sampleSorted(items: number[], count: number, seed: number): number[] {
	const rng = createRng(seed);
	const pool = [...items];
	for (let i = 0; i < count; i++) {
		const j = i + rng.int(pool.length - i);
		[pool[i], pool[j]] = [pool[j], pool[i]];
	}
	return pool.slice(0, count).sort((a, b) => a - b);
}

/**
 * The two chosen numeric columns of a table, and its label column (if any) as classes. Rows
 * missing either value are left out; above `maxRows` complete rows, a seeded random sample
 * (kept in file order) stands in for them, and `sampledFrom` says how many there were.
 */
export function fromTable(
	table: Table,
	fx: string,
	fy: string,
	labelColumn: string | null,
	seed: number
): ScalingData {
	const [xs, ys] = [fx, fy].map((name) => columnByName(table, name).values as (number | null)[]);
	const complete: number[] = [];
	for (let i = 0; i < table.rowCount; i++) if (xs[i] !== null && ys[i] !== null) complete.push(i);
	const sampledFrom = complete.length > maxRows ? complete.length : null;
	// rows are picked before any row array is built, so a 100,000-row file costs one pass, not 100,000 arrays
	const rows = sampledFrom === null ? complete : sampleSorted(complete, maxRows, seed);
	const X = rows.map((i) => [xs[i] as number, ys[i] as number]);
	let classes: number[] | null = null;
	let classNames: string[] = [];
	const label = labelColumn ? table.columns.find((c) => c.name === labelColumn) : undefined;
	if (label && label.kind === 'categorical') {
		const values = rows.map((r) => label.values[r] ?? '(missing)');
		classNames = [...new Set(values)].sort();
		classes = values.map((v) => classNames.indexOf(v));
	}
	return {
		X,
		classes,
		classNames,
		xName: fx,
		yName: fy,
		addedFrom: X.length,
		sampledFrom,
		incomplete: table.rowCount - complete.length
	};
}

/** Columns on very different scales where the table has them: the point of the lesson. */
export function defaultColumns(src: string, numeric: string[]): [string, string] {
	if (src === 'cars') return ['horsepower', 'weight'];
	if (src === 'penguins') return ['bill_depth_mm', 'body_mass_g'];
	return [numeric[0], numeric[1]];
}

/** Four significant digits keep links short and numbers readable. */
export function roundForLink(v: number): number {
	return Number(v.toPrecision(4));
}

/**
 * Where "Add an outlier" puts a point: ten interquartile ranges beyond the largest first
 * feature, at the median of the second, in the base data's units.
 */
export function farPoint(X: number[][]): [number, number] {
	const xs = X.map((r) => r[0]).sort((p, q) => p - q);
	const ys = X.map((r) => r[1]).sort((p, q) => p - q);
	const iqr = xs[Math.floor(xs.length * 0.75)] - xs[Math.floor(xs.length * 0.25)] || 1;
	return [roundForLink(xs[xs.length - 1] + 10 * iqr), roundForLink(ys[Math.floor(ys.length / 2)])];
}
