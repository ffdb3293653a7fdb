/**
 * The loss surface of a real model: a logistic regression with one standardised feature, whose two
 * parameters are the slope w and the intercept b, and whose loss is the mean log loss (no penalty).
 * Its gradient can be taken on all rows (batch gradient descent), on a mini-batch, or on one row
 * (stochastic gradient descent): the batches walk through the rows in a seeded shuffled order,
 * reshuffled every epoch, as a data loader with `shuffle=True` does.
 */
import { createRng } from './random';
import type { GradientAt } from './optimize';
import { logisticFrame, type Surface } from './lossSurfaces';

/** log(1 + eˣ) without overflow for large x. */
const softplus = (x: number) => (x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x)));
const sigmoid = (x: number) => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x)));

export interface LogisticSurface extends Surface {
	/** The standardised feature, one value per row. */
	z: number[];
	/** The labels, 0 or 1. */
	y: number[];
	/** The gradient of the mean log loss over the rows `rows` only. */
	batchGradient(w: readonly number[], rows: readonly number[]): number[];
}

/** Mean log loss of rows `rows` at (slope, intercept): −mean[y log p + (1 − y) log(1 − p)], p = σ(w z + b). */
function batchLoss(z: number[], y: number[], [w, b]: readonly number[], rows: readonly number[]): number {
	let sum = 0;
	// −log σ(s) = softplus(−s), −log(1 − σ(s)) = softplus(s)
	for (const i of rows) sum += y[i] === 1 ? softplus(-(w * z[i] + b)) : softplus(w * z[i] + b);
	return sum / rows.length;
}

function batchGradient(
	z: number[],
	y: number[],
	[w, b]: readonly number[],
	rows: readonly number[]
): number[] {
	let gw = 0;
	let gb = 0;
	for (const i of rows) {
		const residual = sigmoid(w * z[i] + b) - y[i];
		gw += residual * z[i];
		gb += residual;
	}
	return [gw / rows.length, gb / rows.length];
}

/**
 * The rows grouped by (z, y) with their counts: a measured feature repeats (100 irises have 35
 * distinct sepal lengths), so the whole loss and its gradient sum over the groups, weighted, in a
 * fraction of the time; a contour grid evaluates the loss thousands of times.
 */
function groupRows(z: number[], y: number[]): { z: number[]; y: number[]; count: number[] } {
	const index = new Map<string, number>();
	const groups = { z: [] as number[], y: [] as number[], count: [] as number[] };
	z.forEach((value, i) => {
		const key = `${value}|${y[i]}`;
		const at = index.get(key);
		if (at === undefined) {
			index.set(key, groups.z.length);
			groups.z.push(value);
			groups.y.push(y[i]);
			groups.count.push(1);
		} else groups.count[at]++;
	});
	return groups;
}

/** The mean log loss over all rows, from their groups. */
function groupedLoss(g: ReturnType<typeof groupRows>, n: number, [w, b]: readonly number[]): number {
	let sum = 0;
	for (let k = 0; k < g.z.length; k++) {
		const s = w * g.z[k] + b;
		sum += g.count[k] * (g.y[k] === 1 ? softplus(-s) : softplus(s));
	}
	return sum / n;
}

/** The gradient of the mean log loss over all rows, from their groups. */
function groupedGradient(g: ReturnType<typeof groupRows>, n: number, [w, b]: readonly number[]): number[] {
	let gw = 0;
	let gb = 0;
	for (let k = 0; k < g.z.length; k++) {
		const residual = g.count[k] * (sigmoid(w * g.z[k] + b) - g.y[k]);
		gw += residual * g.z[k];
		gb += residual;
	}
	return [gw / n, gb / n];
}

/** The minimum of the mean log loss by Newton's method from (0, 0); it exists when the classes overlap. */
function newtonMinimum(z: number[], y: number[], all: number[]): number[] {
	let w = [0, 0];
	for (let iteration = 0; iteration < 100; iteration++) {
		const [gw, gb] = batchGradient(z, y, w, all);
		let [hww, hwb, hbb] = [0, 0, 0];
		for (const i of all) {
			const p = sigmoid(w[0] * z[i] + w[1]);
			const weight = p * (1 - p);
			hww += weight * z[i] * z[i];
			hwb += weight * z[i];
			hbb += weight;
		}
		[hww, hwb, hbb] = [hww / all.length, hwb / all.length, hbb / all.length];
		const det = hww * hbb - hwb * hwb;
		const step = [(hbb * gw - hwb * gb) / det, (hww * gb - hwb * gw) / det];
		w = [w[0] - step[0], w[1] - step[1]];
		if (Math.hypot(step[0], step[1]) < 1e-12) break;
	}
	if (!w.every(Number.isFinite))
		throw new Error('logisticSurface: the classes are separated by the feature, so the loss has no minimum');
	return w;
}

/** The mean log loss in TeX. */
export const logisticTex =
	'L(w, b) = -\\frac{1}{n}\\sum_i \\big[y_i \\log p_i + (1 - y_i)\\log(1 - p_i)\\big],\\quad p_i = \\sigma(w z_i + b)';

/**
 * The surface of a logistic regression of labels `y` (0 or 1) on one feature `x`, standardised
 * (mean 0, population standard deviation 1) so slope and intercept share a scale.
 * Throws for fewer than two rows, lengths that differ, a constant feature, labels other than 0 / 1,
 * a single class or classes the feature separates.
 */
export function logisticSurface(
	x: readonly number[],
	y: readonly number[],
	frame: Surface['frame'] = logisticFrame
): LogisticSurface {
	if (x.length !== y.length) throw new Error(`logisticSurface: ${x.length} values but ${y.length} labels`);
	if (x.length < 2) throw new Error('logisticSurface: needs at least two rows');
	if (!x.every(Number.isFinite)) throw new Error('logisticSurface: every value must be a finite number');
	if (!y.every((label) => label === 0 || label === 1))
		throw new Error('logisticSurface: labels must be 0 or 1');
	if (new Set(y).size < 2) throw new Error('logisticSurface: needs both classes');
	const mean = x.reduce((s, v) => s + v, 0) / x.length;
	const sd = Math.sqrt(x.reduce((s, v) => s + (v - mean) ** 2, 0) / x.length);
	if (sd === 0) throw new Error('logisticSurface: the feature is constant');
	const z = x.map((v) => (v - mean) / sd);
	const labels = [...y];
	const all = z.map((_, i) => i);
	const minimum = newtonMinimum(z, labels, all);
	const groups = groupRows(z, labels);
	return {
		id: 'logistic',
		z,
		y: labels,
		loss: (w) => groupedLoss(groups, z.length, w),
		gradient: (w) => groupedGradient(groups, z.length, w),
		batchGradient: (w, rows) => batchGradient(z, labels, w, rows),
		frame,
		minima: [minimum],
		minLoss: batchLoss(z, labels, minimum, all),
		names: ['slope w', 'intercept b'],
		tex: logisticTex
	};
}

/**
 * The rows of each step's batch: epoch after epoch, the rows in a fresh seeded shuffle, cut into
 * batches of `batchSize` (the last of an epoch smaller when the size does not divide the rows).
 * Output: batch k's row indices for step k = 0, 1, 2…
 */
export function batchSchedule(rows: number, batchSize: number, seed: number): (step: number) => number[] {
	if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > rows)
		throw new Error(`batchSchedule: batch size must be a whole number from 1 to ${rows}, got ${batchSize}`);
	const perEpoch = Math.ceil(rows / batchSize);
	const rng = createRng(seed);
	const orders: number[][] = [];
	const indices = Array.from({ length: rows }, (_, i) => i);
	return (step) => {
		const epoch = Math.floor(step / perEpoch);
		while (orders.length <= epoch) orders.push(rng.shuffle(indices));
		const start = (step % perEpoch) * batchSize;
		return orders[epoch].slice(start, start + batchSize);
	};
}

/** The gradient a step sees: on all rows when `batchSize` is the number of rows, else on that step's batch. */
export function batchGradientAt(surface: LogisticSurface, batchSize: number, seed: number): GradientAt {
	if (batchSize === surface.z.length) return (w) => surface.gradient(w);
	const schedule = batchSchedule(surface.z.length, batchSize, seed);
	return (w, step) => surface.batchGradient(w, schedule(step));
}
