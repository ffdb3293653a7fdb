/**
 * The widget's two regression tables, as training and validation rows with each feature's name
 * and (for the synthetic table) its true coefficient:
 * - synthetic: eight features whose true effects are known: two strong ones, a near copy of
 *   the first (correlated, useless on its own), two equally useful ones measured in very
 *   different units (thousands, hundredths), and three of pure noise;
 * - cars: the Auto MPG table, fuel economy from five engine measurements on their own scales.
 */
import { createRng } from '$lib/ml/random';
import { numericMatrix, type Table } from '$lib/data/table';

export interface Feature {
	name: string;
	/** What one unit of it is, for the page. */
	unit: string;
	/** The coefficient that generated y, per unit of the feature; null for a real table. */
	truth: number | null;
}

export interface Rows {
	X: number[][];
	y: number[];
}

export interface Problem {
	target: string;
	features: Feature[];
	train: Rows;
	val: Rows;
}

/** Validation rows drawn for the synthetic table: many, so the validation curve is smooth, not one split's luck. */
export const SYNTHETIC_VALIDATION = 300;

/** Each synthetic feature: how it is drawn from z (a standard normal per row) and the first feature, and its true effect. */
const SYNTHETIC: readonly {
	feature: Feature;
	/** Its value from the row's own standard normal z and the first feature x1. */
	draw: (z: number, x1: number) => number;
}[] = [
	{ feature: { name: 'x1', unit: '1', truth: 3 }, draw: (z) => z },
	// r ≈ 0.95 with x1: it carries x1's signal but none of its own
	{
		feature: { name: 'x1 copy', unit: '1', truth: 0 },
		draw: (z, x1) => 0.95 * x1 + Math.sqrt(1 - 0.95 ** 2) * z
	},
	{ feature: { name: 'x2', unit: '1', truth: -2 }, draw: (z) => z },
	// one unit is tiny against its spread (sd 1,000): a small weight, hardly touched by a penalty
	{ feature: { name: 'x3 (thousands)', unit: '0.001', truth: 0.0015 }, draw: (z) => 1000 * z },
	// one unit is huge against its spread (sd 0.01): a big weight, the first a penalty on raw units takes
	{ feature: { name: 'x4 (hundredths)', unit: '100', truth: 150 }, draw: (z) => 0.01 * z },
	{ feature: { name: 'noise 1', unit: '1', truth: 0 }, draw: (z) => z },
	{ feature: { name: 'noise 2', unit: '1', truth: 0 }, draw: (z) => z },
	{ feature: { name: 'noise 3', unit: '1', truth: 0 }, draw: (z) => z }
];

/** The synthetic table's features, in column order. */
export const syntheticFeatures: readonly Feature[] = SYNTHETIC.map((s) => s.feature);

function syntheticRows(count: number, noise: number, rng: ReturnType<typeof createRng>): Rows {
	const X: number[][] = [];
	const y: number[] = [];
	for (let i = 0; i < count; i++) {
		const row: number[] = [];
		for (const s of SYNTHETIC) row.push(s.draw(rng.normal(), row[0] ?? 0));
		X.push(row);
		y.push(row.reduce((sum, v, j) => sum + v * SYNTHETIC[j].feature.truth!, 0) + rng.normal(0, noise));
	}
	return { X, y };
}

/**
 * `n` training rows and {@link SYNTHETIC_VALIDATION} validation rows from the same process:
 * y = Σ truth_j · x_j + noise (sd `noise`). The validation rows come from a second stream of
 * the seed, so changing n does not change them.
 */
export function syntheticProblem(n: number, noise: number, seed: number): Problem {
	return {
		target: 'y',
		features: [...syntheticFeatures],
		train: syntheticRows(n, noise, createRng(seed)),
		val: syntheticRows(SYNTHETIC_VALIDATION, noise, createRng(seed + 1_000_003))
	};
}

/** The cars table's features, with their units (static/data/README.md). */
export const CAR_FEATURES: readonly Feature[] = [
	{ name: 'cylinders', unit: 'cylinder', truth: null },
	{ name: 'displacement', unit: 'cubic inch', truth: null },
	{ name: 'horsepower', unit: 'hp', truth: null },
	{ name: 'weight', unit: 'lb', truth: null },
	{ name: 'acceleration', unit: 's (0–60 mph)', truth: null }
];

/** Share of the cars held out for validation. */
export const CARS_VALIDATION_SHARE = 0.3;

/**
 * Miles per gallon from the five measurements, rows with a gap dropped, shuffled by the seed
 * and split: the last {@link CARS_VALIDATION_SHARE} (rounded up) validate.
 */
export function carsProblem(table: Table, seed: number): Problem {
	const names = CAR_FEATURES.map((f) => f.name);
	const { X } = numericMatrix(table, [...names, 'mpg']);
	const order = createRng(seed).shuffle(X.map((_, i) => i));
	const held = Math.ceil(order.length * CARS_VALIDATION_SHARE);
	const rows = (idx: number[]): Rows => ({
		X: idx.map((i) => X[i].slice(0, names.length)),
		y: idx.map((i) => X[i][names.length])
	});
	return {
		target: 'mpg',
		features: [...CAR_FEATURES],
		train: rows(order.slice(0, order.length - held)),
		val: rows(order.slice(order.length - held))
	};
}
