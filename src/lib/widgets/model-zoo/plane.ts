/**
 * The data both models learn from: a generated plane or two measurements of a real table,
 * two classes, split once into training and test rows (stratified, seeded), with the plot's
 * domains. Both models see exactly these rows, so their numbers compare.
 */
import { DATA_NAMES, makeData, plotDomains, seedsFor, type DataName } from '$lib/ml/planeData';
import { trainValTestSplit } from '$lib/ml/split';
import type { Table } from '$lib/data/table';
import { columnByName, numericMatrix } from '$lib/data/table';
import type { Plane } from '$lib/jobs/boundaryTypes';
import type { TableName, ZooData, ZooUrlState } from './codec';

export type { Plane };

/** The two measurements and two classes taken from each real table: overlapping classes, so depth can overfit. */
export const TABLE_VIEWS: Record<
	TableName,
	{
		columns: [string, string];
		axes: [string, string];
		classColumn: string;
		classes: [string, string];
	}
> = {
	penguins: {
		columns: ['bill_length_mm', 'bill_depth_mm'],
		axes: ['bill length (mm)', 'bill depth (mm)'],
		classColumn: 'species',
		classes: ['Adelie', 'Chinstrap']
	},
	iris: {
		columns: ['sepal_length_cm', 'sepal_width_cm'],
		axes: ['sepal length (cm)', 'sepal width (cm)'],
		classColumn: 'species',
		classes: ['versicolor', 'virginica']
	}
};

export const DATA_LABELS: Record<ZooData, string> = {
	moons: 'Moons',
	circles: 'Circles',
	xor: 'XOR',
	blobs: 'Two blobs',
	spiral: 'Spiral',
	penguins: 'Penguins (real)',
	iris: 'Iris (real)'
};

/** Rows of a real table whose class is one of the two kept and whose two measurements are present. */
export function tableRows(table: Table, name: TableName): { X: number[][]; y: number[] } {
	const view = TABLE_VIEWS[name];
	const { X, rows } = numericMatrix(table, view.columns);
	const species = columnByName(table, view.classColumn).values;
	const kept = { X: [] as number[][], y: [] as number[] };
	rows.forEach((row, i) => {
		const label = view.classes.indexOf(String(species[row]));
		if (label < 0) return;
		kept.X.push(X[i]);
		kept.y.push(label);
	});
	return kept;
}

/** The plane the models learn; null while a real table is still loading. */
export function makePlane(input: ZooUrlState, tables: Partial<Record<TableName, Table>>): Plane | null {
	let rows: { X: number[][]; y: number[] };
	let axes: [string, string] = ['x₁', 'x₂'];
	let classes: [string, string] = ['class 0', 'class 1'];
	if ((DATA_NAMES as readonly string[]).includes(input.data)) {
		const name = input.data as DataName;
		rows = makeData({ name, n: input.n, noise: input.noise, classes: 2, seed: input.seed });
	} else {
		const name = input.data as TableName;
		const table = tables[name];
		if (!table) return null;
		rows = tableRows(table, name);
		axes = TABLE_VIEWS[name].axes;
		classes = TABLE_VIEWS[name].classes;
	}
	const fraction = input.test / 100;
	const { train, test } = trainValTestSplit(rows.y.length, {
		train: 1 - fraction,
		val: 0,
		test: fraction,
		seed: seedsFor(input.seed).split,
		stratify: rows.y
	});
	const domains = plotDomains(rows);
	return { ...rows, train, test, xDomain: domains.x, yDomain: domains.y, axes, classes };
}

/** The points as BoundaryMap draws them: coordinates, and whether each is a test point (a ring). */
export function planePoints(plane: Plane | null): { x: number[]; y: number[]; heldOut: boolean[] } {
	if (!plane) return { x: [], y: [], heldOut: [] };
	const test = new Set(plane.test);
	return {
		x: plane.X.map((row) => row[0]),
		y: plane.X.map((row) => row[1]),
		heldOut: plane.X.map((_, i) => test.has(i))
	};
}
